package quote_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/quote"
)

// BenchmarkLocateSeed locates every passage between curly quotes of the seed
// article, in one Index, as annotating the article does.
func BenchmarkLocateSeed(b *testing.B) {
	text := readSeed(b)
	ps := passages(text)
	b.ReportAllocs()
	for b.Loop() {
		x := quote.NewIndex(text)
		for _, p := range ps {
			if _, err := x.Locate(p.text); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// megabyte returns a text of about 1 MB in the seed article's mix of ASCII,
// curly quotes and no-break spaces, with an emoji per copy (two UTF-16
// units).
func megabyte(b *testing.B) string {
	seed := readSeed(b) + " \U0001F4F0\n"
	return strings.Repeat(seed, (1<<20)/len(seed)+1)
}

// BenchmarkConvertAll converts the offset of every code point of a 1 MB text
// to UTF-16 units, index built included.
func BenchmarkConvertAll(b *testing.B) {
	text := megabyte(b)
	n := quote.NewIndex(text).Len(quote.UnitCodePoint)
	offsets := make([]int, n+1)
	for i := range offsets {
		offsets[i] = i
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := quote.NewIndex(text).ConvertAll(offsets, quote.UnitCodePoint, quote.UnitUTF16); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkConvertAllBytes converts the byte offset of every code point of a
// 1 MB text to code points, index built included.
func BenchmarkConvertAllBytes(b *testing.B) {
	text := megabyte(b)
	var offsets []int
	for i := range text {
		offsets = append(offsets, i)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := quote.NewIndex(text).ConvertAll(offsets, quote.UnitByte, quote.UnitCodePoint); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkConvert converts one offset at a time in an Index of a 1 MB text.
func BenchmarkConvert(b *testing.B) {
	text := megabyte(b)
	x := quote.NewIndex(text)
	n := x.Len(quote.UnitUTF16)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i = (i + 7919) % n
		_, _ = x.Convert(i, quote.UnitUTF16, quote.UnitByte)
	}
}

// mixedMegabyte returns about 1 MB of mixed scripts: the seed article's
// English with its curly quotes and no-break spaces, Urdu, Chinese, Greek
// and emoji outside the Basic Multilingual Plane (two UTF-16 units each).
func mixedMegabyte(b *testing.B) string {
	chunk := readSeed(b) + "\nپاکستان کے حکام نے کہا کہ 🇵🇰 \n中华人民共和国外交部发言人表示 📰\nΗ κυβέρνηση δήλωσε 𝄞\n"
	return strings.Repeat(chunk, (1<<20)/len(chunk)+1)
}

// BenchmarkConvertAllVsRange compares, in one run, ConvertAll of every code
// point offset of a 1 MB mixed-script text to UTF-16 units, in a prebuilt
// Index, with a plain range loop that fills the same table: the cost of
// conversion against the least a program could do.
func BenchmarkConvertAllVsRange(b *testing.B) {
	text := mixedMegabyte(b)
	x := quote.NewIndex(text)
	n := x.Len(quote.UnitCodePoint)
	offsets := make([]int, n+1)
	for i := range offsets {
		offsets[i] = i
	}
	b.Run("RangeLoop", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			table := make([]int, n+1)
			i, u := 0, 0
			for _, r := range text {
				table[i] = u
				if r >= 0x10000 {
					u += 2
				} else {
					u++
				}
				i++
			}
			table[i] = u
		}
	})
	b.Run("ConvertAll", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := x.ConvertAll(offsets, quote.UnitCodePoint, quote.UnitUTF16); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkConvertAllUnsorted converts n offsets in reverse order, at two
// sizes ten times apart, beside the same offsets sorted: unsorted offsets
// cost a sort, O(n log n), and no more.
func BenchmarkConvertAllUnsorted(b *testing.B) {
	text := mixedMegabyte(b)
	x := quote.NewIndex(text)
	total := x.Len(quote.UnitCodePoint)
	for _, n := range []int{10000, 100000} {
		sorted := make([]int, n)
		for i := range sorted {
			sorted[i] = i * (total / n)
		}
		reversed := slices.Clone(sorted)
		slices.Reverse(reversed)
		for _, c := range []struct {
			name    string
			offsets []int
		}{{"sorted", sorted}, {"reversed", reversed}} {
			b.Run(fmt.Sprintf("%s/n=%d", c.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := x.ConvertAll(c.offsets, quote.UnitCodePoint, quote.UnitUTF16); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkLocate locates one passage in texts of two sizes ten times apart,
// with the convenience function, which builds an Index and its folding on
// every call, and with a prebuilt Index, which pays for them once.
func BenchmarkLocate(b *testing.B) {
	seed := readSeed(b)
	ps := passages(seed)
	for _, size := range []int{100 << 10, 1 << 20} {
		text := strings.Repeat(seed, size/len(seed)+1)
		// The last passage of the last copy, with its context, is unique.
		last := ps[len(ps)-1]
		exact := last.text
		x := quote.NewIndex(text)
		if _, err := x.Locate(exact, quote.WithHint(len([]rune(text)))); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("func/size=%dKB", size>>10), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := quote.Locate(text, exact, quote.WithHint(len(text))); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("index/size=%dKB", size>>10), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := x.Locate(exact, quote.WithHint(len(text))); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
