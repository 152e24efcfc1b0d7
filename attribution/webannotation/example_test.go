package webannotation_test

import (
	"fmt"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/webannotation"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// A quote becomes an annotation that targets its passage by quote and by
// position, and whose bodies identify the speaker and classify the kind and
// the cue.
func Example() {
	text := "“We will act,” the minister said."
	x := quote.NewIndex(text)
	words, _ := x.Locate("We will act,")
	cue, _ := x.Locate("said")
	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Minister promises action", URL: "https://example.org/story"},
		Text:          text,
		Speakers:      []source.Speaker{{ID: "minister", Kind: source.KindPerson, Name: "A. Minister"}},
		Quotes: []quote.Quote{{ID: "q1", Kind: quote.KindDirect, Text: "We will act,", Span: &words,
			Cue: &quote.Cue{Text: "said", Span: &cue}}},
		Attributions: []attribution.Attribution{{ID: "a1", Speaker: "minister", Quote: "q1"}},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"},
			Created: "2026-11-25T09:30:00+05:00"},
	}
	c, err := webannotation.Export(d, webannotation.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	a := c.First.Items[0]
	fmt.Println(a.Type, a.Motivation, a.Created, a.Creator.Type, a.Creator.Name)
	fmt.Println(a.Target.Source)
	for _, s := range a.Target.Selector {
		if s.Type == "TextQuoteSelector" {
			fmt.Printf("%s %q\n", s.Type, s.Exact)
		} else {
			fmt.Println(s.Type, *s.Start, *s.End)
		}
	}
	for _, b := range a.Body {
		fmt.Println(b["type"], b["purpose"])
	}
	// Output:
	// Annotation identifying 2026-11-25T04:30:00Z Person Desk
	// https://example.org/story
	// TextQuoteSelector "We will act,"
	// TextPositionSelector 1 13
	// SpecificResource identifying
	// SpecificResource classifying
	// [TextualBody Cue] classifying
	// schema:Quotation <nil>
}
