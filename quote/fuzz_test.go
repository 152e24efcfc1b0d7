package quote_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/onrecord/onrecord/quote"
)

// FuzzOffsets checks, for any text (valid UTF-8 or not) and any span in it,
// that converting every offset through every unit and back is the identity
// and agrees with counting, that locating a span's exact text with its
// context and position finds a span with the same text when the span cuts no
// character sequence, also with its CRLF line ends typed as LF, and that no
// span Locate returns cuts one.
//
//	go test ./quote -run '^$' -fuzz FuzzOffsets -fuzztime 60s
func FuzzOffsets(f *testing.F) {
	f.Add("“Pakistan’s” \U0001F600 cafe\u0301\r\nno\u00a0more", 1, 11)
	f.Add("I \U0001F600 it", 2, 3)
	f.Add("aaaaaaaa", 3, 4)
	f.Add("a\xff\xfeb\xe2\x80", 1, 5)
	f.Add("it’s and it's", 9, 13)
	f.Add("e\u0301\u0327 q\u0307", 0, 1)
	f.Add("one\r\ntwo\r\nthree \U0001F1F5\U0001F1F0", 2, 9)
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
		// A span that cuts no character sequence is found again by its
		// text and context; any span Locate returns cuts none.
		rs := []rune(text)
		found, err := x.Locate(span.Exact, quote.WithPrefix(span.Prefix), quote.WithSuffix(span.Suffix),
			quote.WithHint(span.Start))
		if !cuts(rs, start) && !cuts(rs, end) {
			if err != nil {
				t.Fatalf("Locate(%q): %v", span.Exact, err)
			}
			if found.Exact != span.Exact {
				t.Fatalf("Locate(%q) found %+v", span.Exact, found)
			}
			// Typed with LF, CRLF text is found: the span itself, or
			// the LF text verbatim with the same context elsewhere. A
			// lone CR beside a CRLF ("\r\r\n") reads two ways once its
			// line end is typed as LF, so such spans are left out.
			lf := strings.ReplaceAll(span.Exact, "\r\n", "\n")
			if lf != span.Exact && !strings.Contains(lf, "\r") {
				found, err := x.Locate(lf, quote.WithPrefix(span.Prefix), quote.WithSuffix(span.Suffix),
					quote.WithHint(span.Start))
				if err != nil || found.Exact != span.Exact && found.Exact != lf {
					t.Fatalf("Locate(%q) = %+v, %v; want %q", lf, found, err, span.Exact)
				}
				checkLocated(t, text, found, err)
			}
		}
		checkLocated(t, text, found, err)
		found, err = x.Locate(span.Exact)
		checkLocated(t, text, found, err)
	})
}

// FuzzLocate checks, for any text and any string to look for, that Locate
// neither panics nor returns a span that is not the text's own or that cuts a
// character sequence, and that it finds a string verbatim where it occurs once
// between sequences.
//
//	go test ./quote -run '^$' -fuzz FuzzLocate -fuzztime 60s
func FuzzLocate(f *testing.F) {
	f.Add("He said cafe\u0301 noir.", "cafe", 3)
	f.Add("x e\u0301 y", "\u0301", 0)
	f.Add("Family 👨\u200d👩\u200d👧", "👨", 9)
	f.Add("\U0001F1F5\U0001F1F0\U0001F1E6\U0001F1EB", "\U0001F1F0\U0001F1E6", 1)
	f.Add("one\r\ntwo\r\n", "one\ntwo", -4)
	f.Add("it’s “so”\u00a0and it's", "it's \"so\"", 100)
	f.Fuzz(func(t *testing.T, text, exact string, hint int) {
		x := quote.NewIndex(text)
		found, err := x.Locate(exact, quote.WithHint(hint))
		checkLocated(t, text, found, err)
		b := strings.Index(text, exact)
		if exact == "" || b < 0 || strings.Contains(text[b+1:], exact) {
			return // not there, or there more than once
		}
		bytes, _ := reference(text)
		start, ok1 := slices.BinarySearch(bytes, b)
		end, ok2 := slices.BinarySearch(bytes, b+len(exact))
		if !ok1 || !ok2 || cuts([]rune(text), start) || cuts([]rune(text), end) {
			return // inside a code point or a character sequence
		}
		if err != nil || found.Start != start || found.Exact != exact {
			t.Fatalf("Locate(%q) = %+v, %v; want [%d, %d)", exact, found, err, start, end)
		}
	})
}

// checkLocated fails unless what Locate returned, or each candidate of an
// ambiguity, is the text's own span and cuts no character sequence.
func checkLocated(t *testing.T, text string, found quote.Span, err error) {
	t.Helper()
	spans := []quote.Span{found}
	var amb *quote.AmbiguousError
	switch {
	case errors.As(err, &amb):
		spans = amb.Candidates
	case err != nil:
		return
	}
	rs := []rune(text)
	bytes, _ := reference(text)
	for _, s := range spans {
		if s.Start < 0 || s.End <= s.Start || s.End > len(rs) || text[bytes[s.Start]:bytes[s.End]] != s.Exact {
			t.Fatalf("span %+v is not in the text", s)
		}
		if cuts(rs, s.Start) || cuts(rs, s.End) {
			t.Fatalf("span %+v cuts a character sequence", s)
		}
	}
}

// cuts reports whether code-point offset i of rs falls inside a character
// sequence: before a combining mark, a zero-width joiner, a variation
// selector or an emoji modifier; after a zero-width joiner; between a flag's
// regional indicators; between \r and \n.
func cuts(rs []rune, i int) bool {
	if i <= 0 || i >= len(rs) {
		return false
	}
	before, after := rs[i-1], rs[i]
	if unicode.Is(unicode.Mn, after) || unicode.Is(unicode.Mc, after) || unicode.Is(unicode.Me, after) ||
		after == '\u200D' || before == '\u200D' || '\uFE00' <= after && after <= '\uFE0F' ||
		'\U0001F3FB' <= after && after <= '\U0001F3FF' || before == '\r' && after == '\n' {
		return true
	}
	flag := func(r rune) bool { return unicode.Is(unicode.Regional_Indicator, r) }
	n := 0 // regional indicators in a row up to i
	for j := i - 1; j >= 0 && flag(rs[j]); j-- {
		n++
	}
	return flag(after) && n%2 == 1
}

func mod(a, n int) int {
	if a %= n; a < 0 {
		a += n
	}
	return a
}
