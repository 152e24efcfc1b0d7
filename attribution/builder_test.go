package attribution_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// newBuilder starts a document on text with what validation requires.
func newBuilder(text string) *attribution.Builder {
	return attribution.NewBuilder(attribution.Document{
		Article:    attribution.Article{Headline: "A test"},
		Text:       text,
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"}, Created: "2026-11-26"},
	})
}

// where is a located value in short: its text and its span's positions.
type where struct {
	Text       string
	Start, End int
}

func at(text string, s *quote.Span) where {
	if s == nil {
		return where{Text: text, Start: -1, End: -1}
	}
	if s.Exact != text {
		return where{Text: text + " (span: " + s.Exact + ")", Start: s.Start, End: s.End}
	}
	return where{Text: text, Start: s.Start, End: s.End}
}

// TestBuilderPlaces adds one quote to a text and wants its words, fragments,
// edits and cue at the right places, in the text's own characters.
func TestBuilderPlaces(t *testing.T) {
	tests := []struct {
		name string
		text string
		q    quote.Quote
		opts []attribution.QuoteOption
		want []where // the quote, then its fragments, its edits and its cue
	}{{
		name: "straight quotes typed, curly printed",
		text: "“It’s over,” she said.",
		q:    quote.Quote{Kind: quote.KindDirect, Text: `It's over,`, Cue: &quote.Cue{Text: "said"}},
		opts: []attribution.QuoteOption{attribution.CueAfter()},
		want: []where{{"It’s over,", 1, 11}, {"said", 17, 21}},
	}, {
		name: "decomposed accent typed, composed printed",
		text: "The minister said the café would close.",
		q:    quote.Quote{Kind: quote.KindIndirect, Text: "the cafe\u0301 would close", Cue: &quote.Cue{Text: "said"}},
		want: []where{{"the café would close", 18, 38}, {"said", 13, 17}},
	}, {
		name: "the cue before the quote, not the nearer one inside it",
		text: "He said that nobody said a word.",
		q:    quote.Quote{Kind: quote.KindIndirect, Text: "nobody said a word", Cue: &quote.Cue{Text: "said"}},
		want: []where{{"nobody said a word", 13, 31}, {"said", 3, 7}},
	}, {
		name: "the cue after the quote, not the nearer one before it",
		text: "They left, she said. “We stay,” he said.",
		q:    quote.Quote{Kind: quote.KindDirect, Text: "We stay,", Cue: &quote.Cue{Text: "said"}},
		opts: []attribution.QuoteOption{attribution.CueAfter()},
		want: []where{{"We stay,", 22, 30}, {"said", 35, 39}},
	}, {
		name: "the nearest cue before",
		text: "She said no. Later she said the plan “was dead.”",
		q:    quote.Quote{Kind: quote.KindPartial, Text: "was dead.", Cue: &quote.Cue{Text: "said"}},
		want: []where{{"was dead.", 38, 47}, {"said", 23, 27}},
	}, {
		name: "a fragment inside its quote, not its earlier occurrence",
		text: "A “deal” was near. He told reporters the “deal” was off.",
		q: quote.Quote{Kind: quote.KindMixed, Text: `the "deal" was off`, Cue: &quote.Cue{Text: "told"},
			Fragments: []quote.Fragment{{Text: "deal"}}},
		want: []where{{"the “deal” was off", 37, 55}, {"deal", 42, 46}, {"told", 22, 26}},
	}, {
		name: "an elision and an insertion",
		text: "“We will … hold [the border],” the general said.",
		q: quote.Quote{Kind: quote.KindDirect, Text: "We will … hold [the border],", Cue: &quote.Cue{Text: "said"},
			Edits: []quote.Edit{{Kind: quote.EditElision, Text: "…"}, {Kind: quote.EditInsertion, Text: "[the border]"}}},
		opts: []attribution.QuoteOption{attribution.CueAfter()},
		want: []where{{"We will … hold [the border],", 1, 29}, {"…", 9, 10}, {"[the border]", 16, 28}, {"said", 43, 47}},
	}, {
		name: "the same insertion twice, in order",
		text: "“Ask [the official] or [the official],” he said.",
		q: quote.Quote{Kind: quote.KindDirect, Text: "Ask [the official] or [the official],", Cue: &quote.Cue{Text: "said"},
			Edits: []quote.Edit{{Kind: quote.EditInsertion, Text: "[the official]"}, {Kind: quote.EditInsertion, Text: "[the official]"}}},
		opts: []attribution.QuoteOption{attribution.CueAfter()},
		want: []where{{"Ask [the official] or [the official],", 1, 38}, {"[the official]", 5, 19}, {"[the official]", 23, 37}, {"said", 43, 47}},
	}, {
		name: "repeated words told apart by their context",
		text: "“No,” he said. “No,” she said.",
		q:    quote.Quote{Kind: quote.KindDirect, Text: "No,", Cue: &quote.Cue{Text: "said"}},
		opts: []attribution.QuoteOption{attribution.Context("“", "” she"), attribution.CueAfter()},
		want: []where{{"No,", 16, 19}, {"said", 25, 29}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBuilder(tt.text)
			b.Speaker(source.Speaker{ID: "s", Kind: source.KindPerson, Name: "Someone"})
			b.Attribute(attribution.Attribution{Speaker: "s"}, tt.q, tt.opts...)
			doc, err := b.Document()
			if err != nil {
				t.Fatal(err)
			}
			q := doc.Quotes[0]
			got := []where{at(q.Text, q.Span)}
			for _, f := range q.Fragments {
				got = append(got, at(f.Text, f.Span))
			}
			for _, e := range q.Edits {
				got = append(got, at(e.Text, e.Span))
			}
			if q.Cue != nil {
				got = append(got, at(q.Cue.Text, q.Cue.Span))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("placed (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBuilderErrors wants every problem back at once: passages not found,
// passages found twice with where each is, and the document's own problems.
func TestBuilderErrors(t *testing.T) {
	b := newBuilder("“No,” he said. “No,” she said.")
	b.Speaker(source.Speaker{ID: "he", Kind: source.KindPerson, Name: "He"}, attribution.Passage{Text: "he"})
	b.Attribute(attribution.Attribution{Speaker: "he"}, quote.Quote{Kind: quote.KindDirect, Text: "No,", Cue: &quote.Cue{Text: "said"}}, attribution.CueAfter())
	b.Attribute(attribution.Attribution{Speaker: "nobody"}, quote.Quote{Kind: quote.KindDirect, Text: "Yes,"})
	b.Attribute(attribution.Attribution{Speaker: "he"}, quote.Quote{Kind: quote.KindDirect, Text: "No,", Cue: &quote.Cue{Text: "she"}},
		attribution.Context("", "” she"))
	b.Claim(attribution.Claim{Kind: attribution.ClaimFactual, Text: "He refused."}, attribution.Passage{Text: "he refused"})
	doc, err := b.Document()
	if doc != nil {
		t.Errorf("a document despite problems")
	}
	var got []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var pe *attribution.PlaceError
		var ve *attribution.ValidationError
		switch {
		case errors.As(e, &pe):
			got = append(got, pe.Error())
		case errors.As(e, &ve):
			for _, p := range ve.Problems {
				got = append(got, p.Pointer+" "+string(p.Code))
			}
		default:
			t.Errorf("unexpected error %T %v", e, e)
		}
	}
	want := []string{
		`/mentions/0/span: "he" occurs 2 times and nothing tells them apart: at 6 "“No,” [he] said. “No,” she…"; at 22 "…he said. “No,” s[he] said."; give a prefix or suffix that only one of them has`,
		`/quotes/0/span: "No," occurs 2 times and nothing tells them apart: at 1 "“[No,]” he said. “No,”…"; at 16 "“No,” he said. “[No,]” she said."; give a prefix or suffix that only one of them has`,
		`/quotes/1/span: "Yes,": exact text not found`,
		`/quotes/2/cue/span: "she": exact text not found before the quote`,
		`/claims/0/span: "he refused": exact text not found`,
		"/attributions/1/speaker unresolved-reference",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if !errors.Is(err, quote.ErrAmbiguous) || !errors.Is(err, quote.ErrNotFound) {
		t.Errorf("errors.Is finds neither ErrAmbiguous nor ErrNotFound in %v", err)
	}
	var amb *quote.AmbiguousError
	if !errors.As(err, &amb) || len(amb.Candidates) != 2 {
		t.Errorf("errors.As finds no AmbiguousError with two candidates in %v", err)
	}
}

// TestBuilderIDs wants IDs made where none is given, of the ID form, unique
// even where the caller's own IDs look like the builder's.
func TestBuilderIDs(t *testing.T) {
	text := "Kabul denies it. Islamabad says so. Kabul says not."
	b := attribution.NewBuilder(attribution.Document{
		Article:    attribution.Article{Headline: "IDs"},
		Text:       text,
		Speakers:   []source.Speaker{{ID: "speaker-2", Kind: source.KindGovernment, Name: "Government of Pakistan"}},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"}, Created: "2026-11-26"},
	})
	kabul := b.Speaker(source.Speaker{Kind: source.KindGovernment, Name: "Government of Afghanistan"})
	got := []string{kabul}
	got = append(got, b.Attribute(attribution.Attribution{Speaker: kabul, Type: attribution.TypeDenial},
		quote.Quote{Kind: quote.KindIndirect, Text: "it", Cue: &quote.Cue{Text: "denies"}}))
	got = append(got, b.Attribute(attribution.Attribution{Speaker: "speaker-2"},
		quote.Quote{ID: "quote-3", Kind: quote.KindIndirect, Text: "so", Cue: &quote.Cue{Text: "says"}}))
	got = append(got, b.Attribute(attribution.Attribution{ID: "a-quote-3-2", Speaker: kabul},
		quote.Quote{Kind: quote.KindIndirect, Text: "not", Cue: &quote.Cue{Text: "says"}}))
	got = append(got, b.Claim(attribution.Claim{Kind: attribution.ClaimFactual, Text: "Kabul denies it."}, attribution.Passage{}))
	doc, err := b.Document()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		got = append(got, q.ID)
	}
	want := []string{"speaker-2-2", "a-quote-1", "a-quote-3", "a-quote-3-2", "claim-1", "quote-1", "quote-3", "quote-3-2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
}

// TestBuilderOwnsItsLists wants no document the builder has returned, and no
// list the caller handed it, changed by what the builder adds later.
func TestBuilderOwnsItsLists(t *testing.T) {
	speakers := make([]source.Speaker, 1, 8)
	speakers[0] = source.Speaker{ID: "a", Kind: source.KindPerson, Name: "A"}
	b := attribution.NewBuilder(attribution.Document{
		Article:    attribution.Article{Headline: "Lists"},
		Text:       "A said yes. B said no.",
		Speakers:   speakers,
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"}, Created: "2026-11-26"},
	})
	b.Attribute(attribution.Attribution{Speaker: "a"}, quote.Quote{Kind: quote.KindIndirect, Text: "yes", Cue: &quote.Cue{Text: "said"}})
	first, err := b.Document()
	if err != nil {
		t.Fatal(err)
	}
	b.Speaker(source.Speaker{ID: "b", Kind: source.KindPerson, Name: "B"}, attribution.Passage{Text: "B"})
	b.Attribute(attribution.Attribution{Speaker: "b"}, quote.Quote{Kind: quote.KindIndirect, Text: "no", Cue: &quote.Cue{Text: "said"}})
	second, err := b.Document()
	if err != nil {
		t.Fatal(err)
	}
	first.Quotes[0].Text = "changed by the caller"
	if got := fmt.Sprint(len(first.Speakers), len(first.Quotes), len(second.Speakers), len(second.Quotes), len(second.Mentions)); got != "1 1 2 2 1" {
		t.Errorf("speakers and quotes of the first and second documents, mentions of the second: %s, want 1 1 2 2 1", got)
	}
	if second.Quotes[0].Text != "yes" {
		t.Errorf("a change to the first document reached the second: %q", second.Quotes[0].Text)
	}
	if got := speakers[:2][1].ID; got != "" {
		t.Errorf("the builder wrote speaker %q into the caller's array", got)
	}
	// Re-anchoring one document moves its spans, not another's.
	if err := first.Reanchor("Then: A said yes. B said no."); err != nil {
		t.Fatal(err)
	}
	if first.Quotes[0].Span.Start != 13 || second.Quotes[0].Span.Start != 7 {
		t.Errorf("spans at %d and %d after re-anchoring the first document, want 13 and 7", first.Quotes[0].Span.Start, second.Quotes[0].Span.Start)
	}
	third, err := b.Document()
	if err != nil || third.Quotes[0].Span.Start != 7 || third.Quotes[0].Cue.Span == first.Quotes[0].Cue.Span {
		t.Errorf("a document built after re-anchoring another shares its spans (%v)", err)
	}
}

// TestBuilderKeepsTheText wants the text and the words found in it kept byte
// for byte, even where the text is not valid UTF-8.
func TestBuilderKeepsTheText(t *testing.T) {
	text := "He said \xff“yes\xfe”."
	b := newBuilder(text)
	b.Speaker(source.Speaker{ID: "he", Kind: source.KindPerson, Name: "He"})
	b.Attribute(attribution.Attribution{Speaker: "he"}, quote.Quote{Kind: quote.KindDirect, Text: "yes\xfe", Cue: &quote.Cue{Text: "said"}})
	doc, err := b.Document()
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != text || doc.Quotes[0].Text != "yes\xfe" {
		t.Errorf("text %q, quote %q: not kept byte for byte", doc.Text, doc.Quotes[0].Text)
	}
}

// TestZeroBuilder wants a zero Builder to report what it cannot place, not
// to panic.
func TestZeroBuilder(t *testing.T) {
	var b attribution.Builder
	b.Speaker(source.Speaker{Kind: source.KindPerson, Name: "A"}, attribution.Passage{Text: "A"})
	_, err := b.Document()
	if !errors.Is(err, quote.ErrNotFound) {
		t.Errorf("Document() = %v, want the mention not found", err)
	}
}

// TestBuilderClaimsAndCredits wants a quantity found inside its claim's
// appearance, and a credit and its caption in the text's own characters.
func TestBuilderClaimsAndCredits(t *testing.T) {
	text := "Some 500 people marched. Police counted about 500 too.\n\nMarchers in the rain. (Photo: J. Doe/Agency)"
	b := newBuilder(text)
	b.Claim(attribution.Claim{Kind: attribution.ClaimStatistical, Text: "Police counted about 500 marchers.",
		Quantities: []attribution.Quantity{{Value: new(500.0), Unit: "marchers", Qualifier: attribution.QualifierApproximately, Text: "about 500"}, {Value: new(500.0), Unit: "marchers", Text: "500"}}},
		attribution.Passage{Text: "Police counted about 500"})
	b.Credit(attribution.Credit{Kind: attribution.CreditImage, Text: "J. Doe/Agency", Caption: "Marchers in the rain."})
	doc, err := b.Document()
	if err != nil {
		t.Fatal(err)
	}
	c, cr := doc.Claims[0], doc.Credits[0]
	got := []where{at(c.Text, c.Span), at(c.Quantities[0].Text, c.Quantities[0].Span), at(c.Quantities[1].Text, c.Quantities[1].Span),
		at(cr.Text, cr.Span), at(cr.Caption, cr.CaptionSpan)}
	want := []where{{"Police counted about 500 marchers. (span: Police counted about 500)", 25, 49}, {"about 500", 40, 49}, {"500", 46, 49},
		{"J. Doe/Agency", 86, 99}, {"Marchers in the rain.", 56, 77}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("placed (-want +got):\n%s", diff)
	}
}

// TestBuilderTextIsTheDocuments types a quote with every variant the locator
// tolerates and wants the validator to accept what the builder made.
func TestBuilderTextIsTheDocuments(t *testing.T) {
	text := "“L’été à Montréal,\u00a0c’est ‘court’,” dit-il.\r\nFin."
	typed := "L'e\u0301te\u0301 a\u0300 Montre\u0301al, c'est 'court',"
	b := newBuilder(text)
	b.Speaker(source.Speaker{ID: "s", Kind: source.KindPerson, Name: "Il"})
	b.Attribute(attribution.Attribution{Speaker: "s"}, quote.Quote{Kind: quote.KindDirect, Text: typed, Cue: &quote.Cue{Text: "dit"}}, attribution.CueAfter())
	doc, err := b.Document()
	if err != nil {
		t.Fatal(err)
	}
	if q := doc.Quotes[0]; q.Text != q.Span.Exact || !strings.Contains(text, q.Text) {
		t.Errorf("quote text %q, span %q: not the text's own", q.Text, q.Span.Exact)
	}
}

// BenchmarkBuilder builds a document of n paragraphs, each with a speaker, a
// quote and its cue, at two sizes ten times apart. Every cue is the same word,
// so a cue looked for across the whole text would cost paragraphs times text
// length; looked for next to its quote, the cost grows with the text.
func BenchmarkBuilder(b *testing.B) {
	for _, n := range []int{10, 100} {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "“Point number %d stands,” speaker %d said.\n\n", i, i)
		}
		text := sb.String()
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			for b.Loop() {
				bl := newBuilder(text)
				for i := range n {
					s := bl.Speaker(source.Speaker{Kind: source.KindPerson, Name: fmt.Sprint("Speaker ", i)},
						attribution.Passage{Text: fmt.Sprint("speaker ", i), Suffix: " said"})
					bl.Attribute(attribution.Attribution{Speaker: s},
						quote.Quote{Kind: quote.KindDirect, Text: fmt.Sprintf("Point number %d stands,", i), Cue: &quote.Cue{Text: "said"}},
						attribution.CueAfter())
				}
				if _, err := bl.Document(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestBuilderWithholdsAnonymousMentions: a mention of an anonymous speaker
// that the text does not hold may be their name; the error does not repeat
// it.
func TestBuilderWithholdsAnonymousMentions(t *testing.T) {
	b := newBuilder("“We will act,” an official said.")
	b.Speaker(source.Speaker{Kind: source.KindPerson, Anonymity: &source.Anonymity{Description: "an official"}},
		attribution.Passage{Text: "Zarmina Vexhollow"})
	_, err := b.Document()
	if err == nil || strings.Contains(err.Error(), "Vexhollow") || !strings.Contains(err.Error(), "withheld") {
		t.Errorf("error %v: want the mention withheld", err)
	}
}
