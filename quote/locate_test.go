package quote_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/onrecord/onrecord/quote"
)

func TestLocate(t *testing.T) {
	twice := `He said “no.” Then she said “no.” to them.`
	tests := []struct {
		name       string
		text       string
		exact      string
		opts       []quote.LocateOption
		start, end int
		got        string // the span's Exact, when it differs from exact
		err        error
	}{
		{name: "once", text: "Kabul, however, denies sheltering any terrorists.", exact: "denies", start: 16, end: 22},
		{name: "twice, decided by the prefix", text: twice, exact: "no.", opts: []quote.LocateOption{quote.WithPrefix("she said “")}, start: 29, end: 32},
		{name: "twice, decided by the suffix", text: twice, exact: "no.", opts: []quote.LocateOption{quote.WithSuffix("” Then")}, start: 9, end: 12},
		{name: "twice, decided by the hint", text: twice, exact: "no.", opts: []quote.LocateOption{quote.WithHint(25)}, start: 29, end: 32},
		{name: "twice, the context outweighs the hint", text: twice, exact: "no.", opts: []quote.LocateOption{quote.WithHint(30), quote.WithPrefix("He said “")}, start: 9, end: 12},
		{name: "twice, the second in range", text: twice, exact: "no.", opts: []quote.LocateOption{quote.WithinRange(14, 42)}, start: 29, end: 32},
		{name: "twice, the first in range", text: twice, exact: "no.", opts: []quote.LocateOption{quote.WithinRange(0, 12), quote.WithHint(40)}, start: 9, end: 12},
		{name: "twice, neither wholly in range", text: twice, exact: "no.", opts: []quote.LocateOption{quote.WithinRange(10, 31)}, err: quote.ErrNotFound},
		{name: "twice, both in range", text: twice, exact: "no.", opts: []quote.LocateOption{quote.WithinRange(0, 42)}, err: quote.ErrAmbiguous},
		{name: "a range outside the text", text: twice, exact: "no.", opts: []quote.LocateOption{quote.WithinRange(50, 60)}, err: quote.ErrNotFound},
		{name: "twice, undecided", text: twice, exact: "no.", err: quote.ErrAmbiguous},
		{name: "twice, the hint halfway", text: "ab, ab", exact: "ab", opts: []quote.LocateOption{quote.WithHint(2)}, err: quote.ErrAmbiguous},
		{name: "overlapping occurrences", text: "aaa", exact: "aa", opts: []quote.LocateOption{quote.WithPrefix("a")}, start: 1, end: 3},
		{name: "absent", text: twice, exact: "yes", err: quote.ErrNotFound},
		{name: "longer than the text", text: "no", exact: "no.", err: quote.ErrNotFound},
		{name: "empty", text: twice, exact: "", err: quote.ErrEmpty},
		{name: "empty text", text: "", exact: "a", err: quote.ErrNotFound},
		{name: "straight apostrophe for a curly one", text: "Pakistan’s decision", exact: "Pakistan's", start: 0, end: 10, got: "Pakistan’s"},
		{name: "curly quotes for straight ones", text: `he said "go" and left`, exact: "said “go”", start: 3, end: 12, got: `said "go"`},
		{name: "prime for an apostrophe", text: "the UN’s agency", exact: "UN′s", start: 4, end: 8, got: "UN’s"},
		{name: "ordinary space for a no-break space", text: "approximately 1.7\u00a0million", exact: "1.7 million", start: 14, end: 25, got: "1.7\u00a0million"},
		{name: "narrow no-break space", text: "Nov.\u202f1, 2023", exact: "Nov. 1", start: 0, end: 6, got: "Nov.\u202f1"},
		{name: "decomposed for composed", text: "at the café", exact: "cafe\u0301", start: 7, end: 11, got: "café"},
		{name: "composed for decomposed", text: "at the cafe\u0301 now", exact: "café", start: 7, end: 12, got: "cafe\u0301"},
		{name: "before a combining mark", text: "He said cafe\u0301 noir.", exact: "cafe", err: quote.ErrNotFound},
		{name: "a base without its combining mark", text: "x e\u0301 y", exact: "e", err: quote.ErrNotFound},
		{name: "a combining mark without its base", text: "x e\u0301 y", exact: "\u0301", err: quote.ErrNotFound},
		{name: "between two combining marks", text: "e\u0301\u0327 e", exact: "e\u0301", err: quote.ErrNotFound},
		{name: "a combining sequence whole", text: "x e\u0301 y", exact: "e\u0301", start: 2, end: 4},
		{name: "a base alone, its other occurrence combined", text: "cafe\u0301 or cafe", exact: "cafe", start: 9, end: 13},
		{name: "a spacing mark", text: "\u0915\u093F", exact: "\u0915", err: quote.ErrNotFound},
		{name: "half of a ZWJ sequence", text: "Family 👨\u200d👩\u200d👧", exact: "👨", err: quote.ErrNotFound},
		{name: "the end of a ZWJ sequence", text: "Family 👨\u200d👩\u200d👧", exact: "👧", err: quote.ErrNotFound},
		{name: "a ZWJ sequence whole", text: "Family 👨\u200d👩\u200d👧!", exact: "👨\u200d👩\u200d👧", start: 7, end: 12},
		{name: "half of a flag", text: "Flag \U0001F1F5\U0001F1F0.", exact: "\U0001F1F5", err: quote.ErrNotFound},
		{name: "the second half of a flag", text: "Flag \U0001F1F5\U0001F1F0.", exact: "\U0001F1F0", err: quote.ErrNotFound},
		{name: "the second of two flags", text: "\U0001F1F5\U0001F1F0\U0001F1E6\U0001F1EB", exact: "\U0001F1E6\U0001F1EB", start: 2, end: 4},
		{name: "two flags' middle halves", text: "\U0001F1F5\U0001F1F0\U0001F1E6\U0001F1EB", exact: "\U0001F1F0\U0001F1E6", err: quote.ErrNotFound},
		{name: "an emoji without its skin tone", text: "ok \U0001F44D\U0001F3FD", exact: "\U0001F44D", err: quote.ErrNotFound},
		{name: "a character without its variation selector", text: "I \u2764\uFE0F it", exact: "I \u2764", err: quote.ErrNotFound},
		{name: "decomposed, inside a longer sequence", text: "e\u0301\u0327", exact: "é", err: quote.ErrNotFound},
		{name: "verbatim preferred to a variant", text: "it’s and it's", exact: "it's", start: 9, end: 13},
		{name: "a variant decided by the hint", text: "it’s and it‘s", exact: "it's", opts: []quote.LocateOption{quote.WithHint(0)}, start: 0, end: 4, got: "it’s"},
		{name: "outside the BMP", text: "I \U0001F600 it, \U0001F600", exact: "\U0001F600 it", start: 2, end: 6},
		{name: "CRLF line ends", text: "one\r\n“two”\r\nthree", exact: "two”\r\nthree", start: 6, end: 17},
		{name: "LF for CRLF", text: "one\r\ntwo", exact: "one\ntwo", start: 0, end: 8, got: "one\r\ntwo"},
		{name: "CRLF for LF", text: "one\ntwo", exact: "one\r\ntwo", start: 0, end: 7, got: "one\ntwo"},
		{name: "CRLF, verbatim preferred", text: "a\nb a\r\nb", exact: "a\r\nb", start: 4, end: 8},
		{name: "LF at a CRLF, the span takes the CR", text: "one\r\ntwo", exact: "\ntwo", start: 3, end: 8, got: "\r\ntwo"},
		{name: "a lone LF at a CRLF", text: "one\r\ntwo", exact: "\n", start: 3, end: 5, got: "\r\n"},
		{name: "CR without its LF", text: "one\r\ntwo", exact: "one\r", err: quote.ErrNotFound},
		{name: "a lone CR is no line end", text: "one\rtwo", exact: "one\ntwo", err: quote.ErrNotFound},
		{name: "a lone CR before a CRLF", text: "a\r\r\nb", exact: "a\r\nb", err: quote.ErrNotFound},
		{name: "at the very start", text: "Yes, he said.", exact: "Yes", start: 0, end: 3},
		{name: "at the very end", text: "Yes, he said.", exact: "said.", start: 8, end: 13},
		{name: "a hint outside the text", text: "a a", exact: "a", opts: []quote.LocateOption{quote.WithHint(-50)}, start: 0, end: 1},
		{name: "invalid UTF-8", text: "a\xff\xfeb \xff\xfe", exact: "\xfeb", start: 2, end: 4},
		{name: "a nil option", text: "a", exact: "a", opts: []quote.LocateOption{nil}, start: 0, end: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			span, err := quote.Locate(tt.text, tt.exact, tt.opts...)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Locate = %+v, %v; want %v", span, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Locate: %v", err)
			}
			want := tt.got
			if want == "" {
				want = tt.exact
			}
			if span.Start != tt.start || span.End != tt.end || span.Exact != want {
				t.Errorf("Locate = [%d, %d) %q, want [%d, %d) %q", span.Start, span.End, span.Exact, tt.start, tt.end, want)
			}
			fresh, err := quote.NewSpan(tt.text, span.Start, span.End)
			if err != nil || fresh != span {
				t.Errorf("Locate gave %+v, NewSpan at its place %+v, %v", span, fresh, err)
			}
		})
	}
}

func TestAmbiguousError(t *testing.T) {
	_, err := quote.Locate("no, no, no", "no", quote.WithHint(2))
	var amb *quote.AmbiguousError
	if !errors.As(err, &amb) {
		t.Fatalf("Locate = %v, want an *AmbiguousError", err)
	}
	if len(amb.Candidates) != 2 || amb.Candidates[0].Start != 0 || amb.Candidates[1].Start != 4 {
		t.Errorf("candidates = %+v, want the occurrences at 0 and 4", amb.Candidates)
	}
	if !errors.Is(err, quote.ErrAmbiguous) || errors.Is(err, quote.ErrNotFound) {
		t.Errorf("errors.Is does not tell %v apart", err)
	}
	if got, want := err.Error(), "exact text occurs more than once: 2 occurrences and nothing decides between them"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
}

// TestLocateAfterEdits finds a span again, by its exact text and context,
// after edits before it, inside it and after it.
func TestLocateAfterEdits(t *testing.T) {
	text := `“Pakistan has consistently urged Kabul to act,” the source said. “Pakistan has consistently urged Kabul to act,” he repeated.`
	second := utf8.RuneCountInString(text[:strings.LastIndex(text, "Pakistan")])
	span, err := quote.NewSpan(text, second, second+45)
	if err != nil {
		t.Fatal(err)
	}
	if span.Exact != "Pakistan has consistently urged Kabul to act," {
		t.Fatalf("span = %q", span.Exact)
	}
	opts := []quote.LocateOption{quote.WithPrefix(span.Prefix), quote.WithSuffix(span.Suffix), quote.WithHint(span.Start)}
	tests := []struct {
		name   string
		edited string
		start  int
		err    error
	}{
		{"unedited", text, second, nil},
		{"edited before", "EDITED " + text, second + 7, nil},
		{"edited after", text + " More follows.", second, nil},
		{"straight quotes, edited before", `Updated: "Pakistan has consistently urged Kabul to act," the source said. "Pakistan has consistently urged Kabul to act," he repeated.`, second + 9, nil},
		{"the first occurrence removed", `The source said. “Pakistan has consistently urged Kabul to act,” he repeated.`, 18, nil},
		{"edited inside, the other occurrence remains", `“Pakistan has consistently urged Kabul to act,” the source said. “Pakistan has urged Kabul to act,” he repeated.`, 1, nil},
		{"edited inside", `“Pakistan has urged Kabul to act,” the source said. “Pakistan has urged Kabul to act,” he repeated.`, 0, quote.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := quote.Locate(tt.edited, span.Exact, opts...)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Locate = %+v, %v; want %v", got, err, tt.err)
				}
				return
			}
			if err != nil || got.Start != tt.start || got.Len() != span.Len() {
				t.Errorf("Locate = %+v, %v; want start %d", got, err, tt.start)
			}
		})
	}
}

func TestContextMatches(t *testing.T) {
	x := quote.NewIndex("He said: “Pakistan’s decision stands,” and left.")
	tests := []struct {
		name           string
		span           quote.Span
		prefix, suffix bool
	}{
		{"both", quote.Span{Start: 10, End: 20, Prefix: "said: “", Suffix: " decision"}, true, true},
		{"both, with variants", quote.Span{Start: 10, End: 20, Prefix: `said: "`, Suffix: " decision"}, true, true},
		{"no context", quote.Span{Start: 10, End: 20}, true, true},
		{"the prefix differs", quote.Span{Start: 10, End: 20, Prefix: "told: “", Suffix: " decision"}, false, true},
		{"the suffix runs past the end", quote.Span{Start: 39, End: 48, Prefix: "” ", Suffix: " Then"}, true, false},
		{"outside the text", quote.Span{Start: 40, End: 60, Prefix: "x"}, false, false},
		{"negative", quote.Span{Start: -1, End: 2}, false, false},
		{"reversed", quote.Span{Start: 5, End: 2}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, s := x.ContextMatches(tt.span)
			if p != tt.prefix || s != tt.suffix {
				t.Errorf("ContextMatches = %v, %v; want %v, %v", p, s, tt.prefix, tt.suffix)
			}
		})
	}
}

func TestLocateExtremeHints(t *testing.T) {
	for _, hint := range []int{math.MinInt, -1, 0, 1, 5, math.MaxInt} {
		span, err := quote.Locate("ab ab ab", "ab", quote.WithHint(hint))
		want := 0
		if hint >= 5 {
			want = 6
		}
		if err != nil || span.Start != want {
			t.Errorf("hint %d: %+v, %v; want start %d", hint, span, err, want)
		}
	}
}

// TestIndexConcurrent uses one Index from several goroutines; run with -race,
// it checks that the folding made on first use is shared safely.
func TestIndexConcurrent(t *testing.T) {
	text := readSeed(t)
	x := quote.NewIndex(text)
	ps := passages(text)
	errs := make(chan error, len(ps))
	for _, p := range ps {
		go func() {
			span, err := x.Locate(p.text)
			if err == nil && span.Start != p.start {
				err = errors.New("located at the wrong place")
			}
			errs <- err
		}()
	}
	for range ps {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestWithinRangeAgrees holds a look-up inside a range, which scans only that
// stretch of the text, to what a brute force finds: of every stretch of the
// text inside the range equivalent to the exact text, the verbatim one, else
// the one nearest the hint. The words are curly and straight, composed and
// decomposed, and repeated.
func TestWithinRangeAgrees(t *testing.T) {
	text := "“It’s late,” he said. “Cafe\u0301 first,” she said. It's late, café, he said; “it’s late.” “It’s late,” she said; cafe\u0301."
	x := quote.NewIndex(text)
	n := x.Len(quote.UnitCodePoint)
	for _, exact := range []string{"said", "It's late", "café", "he said", "late"} {
		for from := 0; from < n; from += 3 {
			for _, width := range []int{4, 12, 40, n} {
				to := min(n, from+width)
				got, gotErr := x.Locate(exact, quote.WithinRange(from, to), quote.WithHint(from))
				var want *quote.Span
				for start := from; start < to; start++ {
					for end := start + 1; end <= to; end++ {
						c, err := x.Span(start, end, quote.UnitCodePoint)
						if err != nil || !quote.Equivalent(c.Exact, exact) {
							continue
						}
						better := want == nil ||
							(c.Exact == exact) != (want.Exact == exact) && c.Exact == exact ||
							(c.Exact == exact) == (want.Exact == exact) && abs(c.Start-from) < abs(want.Start-from)
						if better {
							want = &c
						}
					}
				}
				switch {
				case want == nil && gotErr == nil:
					t.Errorf("%q in [%d,%d): found %d-%d, want nothing", exact, from, to, got.Start, got.End)
				case want != nil && gotErr != nil:
					t.Errorf("%q in [%d,%d): %v, want %d-%d", exact, from, to, gotErr, want.Start, want.End)
				case want != nil && (got.Start != want.Start || got.End != want.End):
					t.Errorf("%q in [%d,%d): found %d-%d, want %d-%d", exact, from, to, got.Start, got.End, want.Start, want.End)
				}
			}
		}
	}
}

func abs(n int) int { return max(n, -n) }
