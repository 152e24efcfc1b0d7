package citron_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/citron"
	"github.com/onrecord/onrecord/attribution/schemaorg"
	"github.com/onrecord/onrecord/attribution/webannotation"
	"github.com/onrecord/onrecord/examples/seed"
	"github.com/onrecord/onrecord/quote"
)

// toCitron writes a document in citron's annotation format, as citron's
// annotators would: a quote's contents keep their quotation marks, a quote
// continued after its cue is one citron quote with two contents, the source is
// the speaker's first mention and each speaker's mentions are a coreference
// group.
func toCitron(t *testing.T, d *attribution.Document) []byte {
	t.Helper()
	runes := []rune(d.Text)
	span := func(s *quote.Span) citron.Span { return citron.Span{Start: s.Start, End: s.End, Text: s.Exact} }
	content := func(q quote.Quote) citron.Span {
		s := span(q.Span)
		if q.Kind.IsVerbatim() {
			open, close := runes[s.Start-1], runes[s.End]
			if !strings.ContainsRune("“\"‘", open) || !strings.ContainsRune("”\"’", close) {
				t.Fatalf("quote %s: no quotation marks around its span", q.ID)
			}
			s = citron.Span{Start: s.Start - 1, End: s.End + 1, Text: string(runes[s.Start-1 : s.End+1])}
		}
		return s
	}
	ann := citron.Annotation{Text: d.Text}
	index := map[string]int{}
	for _, q := range d.Quotes {
		if q.ContinuationOf != "" {
			i := index[q.ContinuationOf]
			ann.Quotes[i].Contents = append(ann.Quotes[i].Contents, content(q))
			index[q.ID] = i
			continue
		}
		id, _ := json.Marshal(q.ID)
		cq := citron.AnnotatedQuote{ID: id, Contents: []citron.Span{content(q)}}
		if q.Cue != nil && q.Cue.Span != nil {
			c := span(q.Cue.Span)
			cq.Cue = &c
		}
		for _, a := range d.Attributions {
			if a.Quote == q.ID {
				if ms := d.MentionsOf(a.Speaker); len(ms) > 0 {
					cq.Sources = []citron.Span{span(&ms[0].Span)}
				}
			}
		}
		index[q.ID] = len(ann.Quotes)
		ann.Quotes = append(ann.Quotes, cq)
	}
	for _, s := range d.Speakers {
		var group []citron.Span
		for _, m := range d.MentionsOf(s.ID) {
			group = append(group, span(&m.Span))
		}
		if group != nil {
			ann.CoreferenceGroups = append(ann.CoreferenceGroups, group)
		}
	}
	data, err := json.Marshal(ann)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// kept is what a round trip must keep of a quote.
type kept struct {
	Text     string
	Verbatim bool
	Span     quote.Span
	Cue      string
	CueSpan  *quote.Span
	Speaker  string
	Follows  string // the text of the quote it continues
}

func keptQuotes(d *attribution.Document, speakerOf func(string) string) []kept {
	var out []kept
	for _, q := range d.Quotes {
		k := kept{Text: q.Text, Verbatim: q.Kind.IsVerbatim(), Span: *q.Span}
		if q.Cue != nil {
			k.Cue, k.CueSpan = q.Cue.Text, q.Cue.Span
		}
		for _, a := range d.Attributions {
			if a.Quote == q.ID {
				k.Speaker = speakerOf(a.Speaker)
			}
		}
		if p, ok := d.Quote(q.ContinuationOf); ok {
			k.Follows = p.Text
		}
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b kept) int { return a.Span.Start - b.Span.Start })
	return out
}

// mentionKey is a speaker's mentions, as the spans' positions.
func mentionKey(d *attribution.Document, id string) string {
	var parts []string
	for _, m := range d.MentionsOf(id) {
		parts = append(parts, m.Span.Exact+"@"+strconv.Itoa(m.Span.Start))
	}
	slices.Sort(parts)
	return strings.Join(parts, "|")
}

// The seed article, exported both ways and imported back from citron's
// annotation format, keeps every quote, cue, speaker and span.
func TestSeedRoundTrip(t *testing.T) {
	d, err := seed.Document()
	if err != nil {
		t.Fatal(err)
	}
	// Both exports carry every quote, at its span.
	g, err := schemaorg.Export(d, schemaorg.Options{})
	if err != nil {
		t.Fatal(err)
	}
	parts, _ := g.Nodes[0]["hasPart"].([]any)
	if len(parts) != len(d.Quotes) {
		t.Errorf("schema.org: %d quotations, want %d", len(parts), len(d.Quotes))
	}
	c, err := webannotation.Export(d, webannotation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.First.Items) != len(d.Quotes) {
		t.Errorf("Web Annotation: %d annotations, want %d", len(c.First.Items), len(d.Quotes))
	}
	for i, a := range c.First.Items {
		s := d.Quotes[i].Span
		if a.Target.Selector[0].Exact != s.Exact || *a.Target.Selector[1].Start != s.Start || *a.Target.Selector[1].End != s.End {
			t.Errorf("Web Annotation %d: target differs from quote %s's span", i, d.Quotes[i].ID)
		}
	}

	r, err := citron.ReadAnnotation(bytes.NewReader(toCitron(t, d)), citron.Options{Headline: d.Article.Headline})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Warnings) > 0 {
		t.Errorf("warnings: %v", r.Warnings)
	}
	got := r.Document
	// Speakers correspond through their mentions.
	seedBy := map[string]string{}
	for _, s := range d.Speakers {
		seedBy[mentionKey(d, s.ID)] = s.ID
	}
	mapped := map[string]string{}
	for _, s := range got.Speakers {
		id, ok := seedBy[mentionKey(got, s.ID)]
		if !ok {
			t.Errorf("imported speaker %s has mentions no seed speaker has", s.ID)
		}
		mapped[s.ID] = id
	}
	if len(got.Speakers) != len(d.Speakers) {
		t.Errorf("%d speakers, want %d", len(got.Speakers), len(d.Speakers))
	}
	want := keptQuotes(d, func(id string) string { return id })
	have := keptQuotes(got, func(id string) string { return mapped[id] })
	if diff := cmp.Diff(want, have); diff != "" {
		t.Errorf("quotes (-seed +imported):\n%s", diff)
	}
}
