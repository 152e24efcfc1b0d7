package quote_test

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/onrecord/onrecord/quote"
)

// FuzzOffsets checks, for any text (valid UTF-8 or not) and any span in it,
// that converting every offset through every unit and back is the identity
// and agrees with counting, and that locating a span's exact text with its
// context and position finds a span with the same text.
//
//	go test ./quote -run '^$' -fuzz FuzzOffsets -fuzztime 60s
func FuzzOffsets(f *testing.F) {
	f.Add("“Pakistan’s” \U0001F600 cafe\u0301\r\nno\u00a0more", 1, 11)
	f.Add("I \U0001F600 it", 2, 3)
	f.Add("aaaaaaaa", 3, 4)
	f.Add("a\xff\xfeb\xe2\x80", 1, 5)
	f.Add("it’s and it's", 9, 13)
	f.Add("e\u0301\u0327 q\u0307", 0, 1)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		x := quote.NewIndex(text)
		bytes, units := reference(text)
		n := len(bytes) - 1
		if x.Len(quote.UnitCodePoint) != n || x.Len(quote.UnitByte) != len(text) || x.Len(quote.UnitUTF16) != units[n] {
			t.Fatalf("Len = %d, %d, %d; want %d, %d, %d", x.Len(quote.UnitCodePoint), x.Len(quote.UnitByte),
				x.Len(quote.UnitUTF16), n, len(text), units[n])
		}
		cps := make([]int, n+1)
		for i := range cps {
			cps[i] = i
		}
		for to, want := range map[quote.Unit][]int{quote.UnitByte: bytes, quote.UnitUTF16: units} {
			got, err := x.ConvertAll(cps, quote.UnitCodePoint, to)
			if err != nil || !slices.Equal(got, want) {
				t.Fatalf("code points to %s: %v, %v; want %v", to, got, err, want)
			}
			back, err := x.ConvertAll(got, to, quote.UnitCodePoint)
			if err != nil || !slices.Equal(back, cps) {
				t.Fatalf("%s back to code points: %v, %v", to, back, err)
			}
		}

		// Any offsets, in range or not, give an answer or an error.
		for _, u := range quote.Units() {
			if c, err := x.Convert(a, u, quote.UnitCodePoint); err == nil {
				if r, err := x.Convert(c, quote.UnitCodePoint, u); err != nil || r != a {
					t.Fatalf("%s offset %d: to code point %d and back %d, %v", u, a, c, r, err)
				}
			}
			_, _ = x.Span(a, b, u)
		}

		start, end := mod(a, n+1), mod(b, n+1)
		if start > end {
			start, end = end, start
		}
		if start == end {
			return
		}
		span, err := x.Span(start, end, quote.UnitCodePoint)
		if err != nil {
			t.Fatalf("Span(%d, %d): %v", start, end, err)
		}
		if span.Exact != text[bytes[start]:bytes[end]] || utf8.RuneCountInString(span.Exact) != span.Len() {
			t.Fatalf("span %+v does not hold text[%d:%d]", span, bytes[start], bytes[end])
		}
		for _, u := range quote.Units() {
			s, e, err := x.Offsets(span, u)
			if err != nil {
				t.Fatalf("Offsets(%s): %v", u, err)
			}
			back, err := x.Span(s, e, u)
			if err != nil || back != span {
				t.Fatalf("through %s: %+v, %v; want %+v", u, back, err, span)
			}
		}
		found, err := x.Locate(span.Exact, quote.WithPrefix(span.Prefix), quote.WithSuffix(span.Suffix),
			quote.WithHint(span.Start))
		if err != nil {
			t.Fatalf("Locate(%q): %v", span.Exact, err)
		}
		if found.Exact != span.Exact {
			t.Fatalf("Locate(%q) found %+v", span.Exact, found)
		}
	})
}

func mod(a, n int) int {
	if a %= n; a < 0 {
		a += n
	}
	return a
}
