package quote_test

import (
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/onrecord/onrecord/quote"
)

// reference counts the offsets of every code point boundary of text the
// plain way: entry k is where code point k starts, in bytes and in UTF-16
// units; the last entry is the end of the text.
func reference(text string) (bytes, units []int) {
	b, u := 0, 0
	for len(text[b:]) > 0 {
		bytes, units = append(bytes, b), append(units, u)
		r, w := utf8.DecodeRuneInString(text[b:])
		b += w
		u += utf16.RuneLen(r)
		if r == utf8.RuneError {
			u += 1 - utf16.RuneLen(r) // one unit, whatever RuneLen says
		}
	}
	return append(bytes, b), append(units, u)
}

func TestOffsetsHardTexts(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		start, end int // code points
		exact      string
		bytes      [2]int
		units      [2]int
	}{
		{"combining mark", "cafe\u0301 au lait", 0, 5, "cafe\u0301", [2]int{0, 6}, [2]int{0, 5}},
		{"after a combining mark", "cafe\u0301 au lait", 6, 8, "au", [2]int{7, 9}, [2]int{6, 8}},
		{"outside the BMP", "I \U0001F600 it", 2, 3, "\U0001F600", [2]int{2, 6}, [2]int{2, 4}},
		{"after a code point outside the BMP", "I \U0001F600 it", 4, 6, "it", [2]int{7, 9}, [2]int{5, 7}},
		{"CRLF line ends", "one\r\ntwo “quote”\r\nthree", 10, 15, "quote", [2]int{12, 17}, [2]int{10, 15}},
		{"after CRLF line ends", "one\r\ntwo “quote”\r\nthree", 18, 23, "three", [2]int{22, 27}, [2]int{18, 23}},
		{"at the very start", "héllo wörld", 0, 5, "héllo", [2]int{0, 6}, [2]int{0, 5}},
		{"at the very end", "héllo wörld", 6, 11, "wörld", [2]int{7, 13}, [2]int{6, 11}},
		{"the whole text", "’", 0, 1, "’", [2]int{0, 3}, [2]int{0, 1}},
		{"invalid UTF-8", "a\xffb\U0001F600", 2, 4, "b\U0001F600", [2]int{2, 7}, [2]int{2, 5}},
		{"ASCII only", "plain text", 6, 10, "text", [2]int{6, 10}, [2]int{6, 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := quote.NewIndex(tt.text)
			span, err := x.SpanContext(tt.start, tt.end, 0, 0)
			if err != nil {
				t.Fatalf("SpanContext: %v", err)
			}
			if span.Exact != tt.exact {
				t.Errorf("exact = %q, want %q", span.Exact, tt.exact)
			}
			for unit, want := range map[quote.Unit][2]int{quote.UnitByte: tt.bytes, quote.UnitUTF16: tt.units,
				quote.UnitCodePoint: {tt.start, tt.end}} {
				s, e, err := x.Offsets(span, unit)
				if err != nil || [2]int{s, e} != want {
					t.Errorf("Offsets(%s) = %d, %d, %v; want %v", unit, s, e, err, want)
				}
				back, err := x.Span(want[0], want[1], unit)
				if err != nil || back.Start != tt.start || back.End != tt.end || back.Exact != tt.exact {
					t.Errorf("Span(%v, %s) = %+v, %v; want [%d, %d) %q", want, unit, back, err, tt.start, tt.end, tt.exact)
				}
			}
			if got := tt.text[tt.bytes[0]:tt.bytes[1]]; got != tt.exact {
				t.Errorf("byte slice = %q, want %q", got, tt.exact)
			}
		})
	}
}

func TestConvertErrors(t *testing.T) {
	x := quote.NewIndex("a\U0001F600é")
	tests := []struct {
		name     string
		offset   int
		from, to quote.Unit
		want     error
	}{
		{"negative", -1, quote.UnitCodePoint, quote.UnitByte, quote.ErrOutOfRange},
		{"past the end in code points", 4, quote.UnitCodePoint, quote.UnitByte, quote.ErrOutOfRange},
		{"past the end in bytes", 8, quote.UnitByte, quote.UnitCodePoint, quote.ErrOutOfRange},
		{"past the end in UTF-16 units", 5, quote.UnitUTF16, quote.UnitCodePoint, quote.ErrOutOfRange},
		{"inside a UTF-8 sequence", 2, quote.UnitByte, quote.UnitCodePoint, quote.ErrNotBoundary},
		{"between surrogate halves", 2, quote.UnitUTF16, quote.UnitCodePoint, quote.ErrNotBoundary},
		{"unknown unit", 0, "rune", quote.UnitByte, quote.ErrUnit},
		{"unknown target unit", 0, quote.UnitByte, "", quote.ErrUnit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := x.Convert(tt.offset, tt.from, tt.to); !errors.Is(err, tt.want) {
				t.Errorf("Convert = %v, want %v", err, tt.want)
			}
			if _, err := x.ConvertAll([]int{0, tt.offset}, tt.from, tt.to); !errors.Is(err, tt.want) {
				t.Errorf("ConvertAll = %v, want %v", err, tt.want)
			}
		})
	}
	for _, u := range quote.Units() {
		if got, err := x.Convert(x.Len(u), u, u); err != nil || got != x.Len(u) {
			t.Errorf("Convert(end, %s) = %d, %v; want %d", u, got, err, x.Len(u))
		}
	}
	if got := x.Len("rune"); got != 0 {
		t.Errorf("Len of an unknown unit = %d, want 0", got)
	}
}

func TestSpanErrors(t *testing.T) {
	x := quote.NewIndex("I \U0001F600 it")
	if _, err := x.Span(4, 4, quote.UnitUTF16); !errors.Is(err, quote.ErrEmpty) {
		t.Errorf("empty span: %v, want ErrEmpty", err)
	}
	if _, err := x.Span(4, 2, quote.UnitCodePoint); !errors.Is(err, quote.ErrReversed) {
		t.Errorf("reversed span: %v, want ErrReversed", err)
	}
	if _, err := x.Span(3, 4, quote.UnitUTF16); !errors.Is(err, quote.ErrNotBoundary) {
		t.Errorf("span from a low surrogate: %v, want ErrNotBoundary", err)
	}
	if _, err := quote.NewSpan("short", 2, 9); !errors.Is(err, quote.ErrOutOfRange) {
		t.Errorf("span past the end: %v, want ErrOutOfRange", err)
	}
	if _, _, err := x.Offsets(quote.Span{Start: -2, End: 1, Exact: "x"}, quote.UnitByte); !errors.Is(err, quote.ErrOutOfRange) {
		t.Errorf("negative start: %v, want ErrOutOfRange", err)
	}
	if _, _, err := x.Offsets(quote.Span{Start: 0, End: 1, Exact: "I"}, "bytes"); !errors.Is(err, quote.ErrUnit) {
		t.Errorf("unknown unit: %v, want ErrUnit", err)
	}
	if _, err := x.Span(0, 1, "x"); !errors.Is(err, quote.ErrUnit) {
		t.Errorf("unknown unit: %v, want ErrUnit", err)
	}
}

// TestIndexBadInput gives every method of an Index that takes positions
// negative ones, reversed ones and ones past the end: each must fail with the
// right error, not panic nor answer.
func TestIndexBadInput(t *testing.T) {
	x := quote.NewIndex("I \U0001F600 it") // 6 code points, 9 bytes, 7 UTF-16 units
	flat := quote.NewIndex("plain")
	tests := []struct {
		name string
		call func() error
		want error
	}{
		{"Offsets, reversed", func() error { _, _, err := x.Offsets(quote.Span{Start: 2, End: 1}, quote.UnitByte); return err }, quote.ErrReversed},
		{"Offsets, reversed, ASCII", func() error { _, _, err := flat.Offsets(quote.Span{Start: 2, End: 1}, quote.UnitByte); return err }, quote.ErrReversed},
		{"Offsets, reversed past the end", func() error { _, _, err := x.Offsets(quote.Span{Start: 9, End: 7}, quote.UnitUTF16); return err }, quote.ErrReversed},
		{"Offsets, negative end", func() error { _, _, err := x.Offsets(quote.Span{Start: -3, End: -1}, quote.UnitUTF16); return err }, quote.ErrOutOfRange},
		{"Offsets, end past the end", func() error { _, _, err := x.Offsets(quote.Span{Start: 0, End: 7}, quote.UnitByte); return err }, quote.ErrOutOfRange},
		{"Offsets, start past the end", func() error { _, _, err := x.Offsets(quote.Span{Start: 7, End: 8}, quote.UnitByte); return err }, quote.ErrOutOfRange},
		{"Span, reversed bytes", func() error { _, err := x.Span(6, 2, quote.UnitByte); return err }, quote.ErrReversed},
		{"Span, reversed UTF-16 units", func() error { _, err := x.Span(4, 2, quote.UnitUTF16); return err }, quote.ErrReversed},
		{"Span, negative", func() error { _, err := x.Span(-1, 2, quote.UnitByte); return err }, quote.ErrOutOfRange},
		{"Span, past the end", func() error { _, err := x.Span(2, 10, quote.UnitByte); return err }, quote.ErrOutOfRange},
		{"Span, empty", func() error { _, err := flat.Span(2, 2, quote.UnitByte); return err }, quote.ErrEmpty},
		{"SpanContext, reversed", func() error { _, err := x.SpanContext(3, 1, 1, 1); return err }, quote.ErrReversed},
		{"SpanContext, negative", func() error { _, err := x.SpanContext(-1, 1, 1, 1); return err }, quote.ErrOutOfRange},
		{"SpanContext, past the end", func() error { _, err := x.SpanContext(1, 7, 1, 1); return err }, quote.ErrOutOfRange},
		{"Convert, negative", func() error { _, err := x.Convert(-1, quote.UnitUTF16, quote.UnitByte); return err }, quote.ErrOutOfRange},
		{"Convert, past the end", func() error { _, err := x.Convert(8, quote.UnitUTF16, quote.UnitByte); return err }, quote.ErrOutOfRange},
		{"ConvertAll, negative among others", func() error { _, err := x.ConvertAll([]int{3, -1, 0}, quote.UnitCodePoint, quote.UnitByte); return err }, quote.ErrOutOfRange},
		{"ConvertAll, past the end, ASCII", func() error { _, err := flat.ConvertAll([]int{6}, quote.UnitByte, quote.UnitUTF16); return err }, quote.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.call(); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if got, want := quote.ErrReversed.Error(), "span ends before it starts"; got != want {
		t.Errorf("ErrReversed = %q, want %q", got, want)
	}
}

// TestSpanContextExtremes asks for more context than any text holds.
func TestSpanContextExtremes(t *testing.T) {
	x := quote.NewIndex("héllo wörld")
	for _, n := range []int{math.MinInt, -1, 0, 100, math.MaxInt} {
		span, err := x.SpanContext(2, 4, n, n)
		if err != nil {
			t.Fatalf("SpanContext(2, 4, %d, %d): %v", n, n, err)
		}
		want := quote.Span{Start: 2, End: 4, Exact: "ll"}
		if n > 0 {
			want.Prefix, want.Suffix = "hé", "o wörld"
		}
		if span != want {
			t.Errorf("SpanContext(2, 4, %d, %d) = %+v, want %+v", n, n, span, want)
		}
	}
}

func TestNewSpanContext(t *testing.T) {
	text := "Kabul, however, denies sheltering any terrorists."
	span, err := quote.NewSpan(text, 16, 22)
	if err != nil {
		t.Fatal(err)
	}
	want := quote.Span{Start: 16, End: 22, Exact: "denies", Prefix: "Kabul, however, ",
		Suffix: " sheltering any terrorists."}
	if span != want {
		t.Errorf("NewSpan = %+v, want %+v", span, want)
	}

	long := "0123456789" + "0123456789" + "0123456789" + "0123456789" + "XY" + "0123456789" + "0123456789" + "0123456789" + "0123456789"
	span, err = quote.NewSpan(long, 40, 42)
	if err != nil {
		t.Fatal(err)
	}
	if n := utf8.RuneCountInString(span.Prefix); n != quote.DefaultContext || span.Prefix != long[8:40] {
		t.Errorf("prefix = %q (%d code points), want the %d before the span", span.Prefix, n, quote.DefaultContext)
	}
	if n := utf8.RuneCountInString(span.Suffix); n != quote.DefaultContext || span.Suffix != long[42:74] {
		t.Errorf("suffix = %q (%d code points), want the %d after the span", span.Suffix, n, quote.DefaultContext)
	}

	span, err = quote.NewIndex("ab’cd").SpanContext(2, 3, 1, 5)
	if err != nil {
		t.Fatal(err)
	}
	if span.Prefix != "b" || span.Suffix != "cd" {
		t.Errorf("context = %q, %q; want %q, %q", span.Prefix, span.Suffix, "b", "cd")
	}
}

// TestConvertAll checks that converting many offsets at once, sorted or
// not, gives what converting each gives, and what counting gives.
func TestConvertAll(t *testing.T) {
	text := "“Pakistan’s” \U0001F600 cafe\u0301\r\n" + string(make([]byte, 200)) + "ﬁn\xff\U00010348."
	x := quote.NewIndex(text)
	bytes, units := reference(text)
	cps := make([]int, len(bytes))
	for i := range cps {
		cps[i] = i
	}
	shuffled := slices.Clone(cps)
	slices.Reverse(shuffled)
	shuffled[0], shuffled[len(shuffled)/2] = shuffled[len(shuffled)/2], shuffled[0]

	for _, in := range [][]int{cps, shuffled} {
		for to, want := range map[quote.Unit][]int{quote.UnitByte: bytes, quote.UnitUTF16: units, quote.UnitCodePoint: cps} {
			got, err := x.ConvertAll(in, quote.UnitCodePoint, to)
			if err != nil {
				t.Fatalf("ConvertAll to %s: %v", to, err)
			}
			for i, cp := range in {
				if got[i] != want[cp] {
					t.Fatalf("code point %d in %s: %d, want %d", cp, to, got[i], want[cp])
				}
				if one, err := x.Convert(cp, quote.UnitCodePoint, to); err != nil || one != got[i] {
					t.Fatalf("Convert(%d) to %s = %d, %v; ConvertAll gave %d", cp, to, one, err, got[i])
				}
			}
			back, err := x.ConvertAll(got, to, quote.UnitCodePoint)
			if err != nil || !slices.Equal(back, in) {
				t.Fatalf("back from %s: %v, %v", to, back, err)
			}
		}
	}
	if x.Len(quote.UnitCodePoint) != len(cps)-1 || x.Len(quote.UnitByte) != len(text) || x.Len(quote.UnitUTF16) != units[len(units)-1] {
		t.Errorf("Len = %d, %d, %d", x.Len(quote.UnitCodePoint), x.Len(quote.UnitByte), x.Len(quote.UnitUTF16))
	}
	if x.Text() != text {
		t.Error("Text differs from the indexed text")
	}
}

func TestUnits(t *testing.T) {
	for _, u := range quote.Units() {
		if !u.IsValid() {
			t.Errorf("%s is listed but not valid", u)
		}
	}
	if quote.Unit("rune").IsValid() {
		t.Error(`"rune" is valid`)
	}
}

func readSeed(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// passage is a stretch of the seed article between curly double quotation
// marks, found by counting code points.
type passage struct {
	start, end int
	text       string
}

func passages(text string) []passage {
	var out []passage
	open, cp := -1, 0
	var openByte int
	for b, r := range text {
		switch r {
		case '“':
			open, openByte = cp+1, b+len("“")
		case '”':
			if open >= 0 {
				out = append(out, passage{open, cp, text[openByte:b]})
				open = -1
			}
		}
		cp++
	}
	return out
}

func TestSeedArticle(t *testing.T) {
	text := readSeed(t)
	if d := len(text) - utf8.RuneCountInString(text); d != 140 {
		t.Errorf("bytes minus code points = %d, want 140", d)
	}
	ps := passages(text)
	if len(ps) < 5 {
		t.Fatalf("found %d quoted passages in the seed article, want at least 5", len(ps))
	}
	x := quote.NewIndex(text)
	u16 := utf16.Encode([]rune(text))
	for i, p := range ps {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			span, err := x.Locate(p.text)
			if err != nil {
				t.Fatalf("Locate %q: %v", p.text, err)
			}
			if span.Start != p.start || span.End != p.end || span.Exact != p.text {
				t.Fatalf("Locate = [%d, %d) %q, want [%d, %d)", span.Start, span.End, span.Exact, p.start, p.end)
			}
			if span.Prefix == "" || span.Suffix == "" {
				t.Errorf("no context: %+v", span)
			}
			bs, be, err := x.Offsets(span, quote.UnitByte)
			if err != nil || text[bs:be] != p.text {
				t.Errorf("bytes [%d, %d) %v do not hold the passage", bs, be, err)
			}
			us, ue, err := x.Offsets(span, quote.UnitUTF16)
			if err != nil || !slices.Equal(u16[us:ue], utf16.Encode([]rune(p.text))) {
				t.Errorf("UTF-16 units [%d, %d) %v do not hold the passage", us, ue, err)
			}
			for unit, se := range map[quote.Unit][2]int{quote.UnitByte: {bs, be}, quote.UnitUTF16: {us, ue}} {
				back, err := x.Span(se[0], se[1], unit)
				if err != nil || back != span {
					t.Errorf("from %s: %+v, %v; want %+v", unit, back, err, span)
				}
			}
			fresh, err := quote.NewSpan(text, p.start, p.end)
			if err != nil || fresh != span {
				t.Errorf("NewSpan = %+v, %v; want %+v", fresh, err, span)
			}
		})
	}
}
