package quote_test

import (
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
