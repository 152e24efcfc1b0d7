package page

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
)

func el(start, end int, name string) element {
	return element{start: start, end: end, open: "<" + name + ">", reopen: "<" + name + " c>", close: "</" + name + ">"}
}

func TestMarkup(t *testing.T) {
	tests := map[string]struct {
		text    string
		elems   []element
		inserts []insert
		want    string
	}{
		"plain, escaped": {text: `a<b>&"c"`, want: `a&lt;b&gt;&amp;&#34;c&#34;`},
		"one":            {text: "abcdef", elems: []element{el(1, 3, "x")}, want: "a<x>bc</x>def"},
		"nested":         {text: "abcdef", elems: []element{el(2, 3, "y"), el(1, 5, "x")}, want: "a<x>b<y>c</y>de</x>f"},
		"same start, the longer outside": {text: "abcdef", elems: []element{el(1, 3, "y"), el(1, 5, "x")},
			want: "a<x><y>bc</y>de</x>f"},
		"same end": {text: "abcdef", elems: []element{el(3, 5, "y"), el(1, 5, "x")}, want: "a<x>bc<y>de</y></x>f"},
		"same span, by rank": {text: "abc", elems: []element{{start: 0, end: 3, open: "<b>", close: "</b>", rank: 1}, {start: 0, end: 3, open: "<a>", close: "</a>"}},
			want: "<a><b>abc</b></a>"},
		"crossing": {text: "abcdef", elems: []element{el(0, 3, "x"), el(2, 5, "y")}, want: "<x>ab<y>c</y></x><y c>de</y>f"},
		"crossing twice": {text: "abcdefgh", elems: []element{el(0, 4, "x"), el(1, 6, "y"), el(2, 8, "z")},
			want: "<x>a<y>b<z>cd</z></y></x><y c><z c>ef</z></y><z c>gh</z>"},
		"adjacent":                   {text: "abcd", elems: []element{el(0, 2, "x"), el(2, 4, "y")}, want: "<x>ab</x><y>cd</y>"},
		"insert outside":             {text: "abcd", elems: []element{el(1, 3, "x")}, inserts: []insert{{at: 1, html: "<i/>"}}, want: "a<i/><x>bc</x>d"},
		"insert inside":              {text: "abcd", elems: []element{el(0, 4, "x")}, inserts: []insert{{at: 2, html: "<i/>"}}, want: "<x>ab<i/>cd</x>"},
		"insert at end":              {text: "ab", inserts: []insert{{at: 2, html: "<i/>"}}, want: "ab<i/>"},
		"empty and outside left out": {text: "abc", elems: []element{el(1, 1, "e"), el(2, 9, "o"), el(-1, 2, "n")}, want: "abc"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, markup(tt.text, tt.elems, tt.inserts)); diff != "" {
				t.Errorf("markup (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzMarkup checks, for any text and any elements, that the markup is well
// formed and keeps the text, and that each element's pieces hold its stretch
// of the text.
func FuzzMarkup(f *testing.F) {
	f.Add("Né “we 🙂 will go,” she said", []byte{0, 10, 3, 20, 5, 7, 12, 30})
	f.Add("abcdef", []byte{0, 3, 2, 5})
	f.Add("<&>", []byte{0, 1, 1, 3, 0, 3})
	f.Fuzz(func(t *testing.T, text string, bounds []byte) {
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\x00\r") {
			return // the HTML parser changes these, which is not the markup's doing
		}
		var elems []element
		for i := 0; i+1 < len(bounds) && len(elems) < 12; i += 2 {
			s, e := int(bounds[i]), int(bounds[i+1])
			boundary := func(i int) bool { return i == len(text) || i < len(text) && utf8.RuneStart(text[i]) }
			if !boundary(s) || !boundary(e) {
				continue
			}
			id := fmt.Sprint(len(elems))
			elems = append(elems, element{
				start: s, end: e,
				open:   `<mark data-quote="` + id + `">`,
				reopen: `<mark data-quote="` + id + `" data-cont="true">`,
				close:  "</mark>",
			})
		}
		out := `<div class="text">` + markup(text, elems, nil) + `</div>`
		if err := wellFormed(out); err != nil {
			t.Fatalf("not well formed: %v\n%s", err, out)
		}
		root, err := html.Parse(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if got := textOf(root); got != text {
			t.Fatalf("text %q, want %q", got, text)
		}
		for i, e := range elems {
			if e.start >= e.end {
				continue
			}
			if got := markText(root, fmt.Sprint(i)); got != text[e.start:e.end] {
				t.Errorf("element %d [%d, %d) holds %q, want %q", i, e.start, e.end, got, text[e.start:e.end])
			}
		}
	})
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// repeated returns the seed document with its text n times over and every
// quote, claim and attribution repeated with it.
func repeated(b *testing.B, n int) *attribution.Document {
	d, err := seedDocumentB()
	if err != nil {
		b.Fatal(err)
	}
	cps := utf8.RuneCountInString(d.Text)
	out := *d
	out.Text = strings.Repeat(d.Text, n)
	out.Quotes, out.Attributions = nil, nil
	shift := func(s *quote.Span, k int) *quote.Span {
		if s == nil {
			return nil
		}
		c := *s
		c.Start, c.End = c.Start+k*cps, c.End+k*cps
		return &c
	}
	for k := range n {
		suffix := fmt.Sprintf("-%d", k)
		for _, q := range d.Quotes {
			q.ID += suffix
			q.Span = shift(q.Span, k)
			if q.Cue != nil {
				c := *q.Cue
				c.Span = shift(c.Span, k)
				q.Cue = &c
			}
			var fs []quote.Fragment
			for _, f := range q.Fragments {
				f.Span = shift(f.Span, k)
				fs = append(fs, f)
			}
			q.Fragments = fs
			out.Quotes = append(out.Quotes, q)
		}
		for _, a := range d.Attributions {
			a.ID += suffix
			a.Quote += suffix
			if a.Parent != "" {
				a.Parent += suffix
			}
			out.Attributions = append(out.Attributions, a)
		}
	}
	return &out
}

func benchmarkWrite(b *testing.B, n int) {
	d := repeated(b, n)
	var fs []Finding
	for i := range d.Attributions {
		fs = append(fs, Finding{Check: "x", Severity: SeverityNotice, Pointer: fmt.Sprintf("/attributions/%d", i), Message: "a finding"})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := Write(io.Discard, d, Options{Findings: fs}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWrite renders the seed's page and one ten times larger; the time
// per quote should stay the same.
func BenchmarkWrite(b *testing.B) {
	b.Run("seed", func(b *testing.B) { benchmarkWrite(b, 1) })
	b.Run("seedx10", func(b *testing.B) { benchmarkWrite(b, 10) })
}
