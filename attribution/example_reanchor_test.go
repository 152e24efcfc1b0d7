package attribution_test

import (
	"errors"
	"fmt"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// After the text is edited, every span moves to its new place; a span whose
// words were rewritten is reported, with its JSON Pointer, not dropped.
func ExampleDocument_Reanchor() {
	text := "Kabul, however, denies sheltering any terrorists, its spokesman said."
	denies, _ := quote.Locate(text, "denies sheltering any terrorists")
	spokesman, _ := quote.Locate(text, "its spokesman")
	doc := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Kabul denies sheltering terrorists"},
		Text:          text,
		Speakers:      []source.Speaker{{ID: "kabul", Kind: source.KindGovernment, Name: "Kabul"}},
		Quotes: []quote.Quote{{ID: "q1", Kind: quote.KindIndirect,
			Text: "denies sheltering any terrorists", Span: &denies}},
		Attributions: []attribution.Attribution{{ID: "a1", Speaker: "kabul", Quote: "q1"}},
		Mentions:     []attribution.Mention{{Speaker: "kabul", Span: spokesman}},
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"},
			Created: "2026-11-25",
		},
	}

	edited := "Update: Kabul, however, denies sheltering any terrorists, a Taliban spokesman said on Friday."
	err := doc.Reanchor(edited)
	fmt.Println(doc.Quotes[0].Span.Start, doc.Quotes[0].Span.End, doc.Quotes[0].Span.Exact)

	var rerr *attribution.ReanchorError
	if errors.As(err, &rerr) {
		for _, u := range rerr.Unplaced {
			fmt.Println(u.Pointer, errors.Is(u.Err, quote.ErrNotFound))
		}
	}
	// Output:
	// 24 56 denies sheltering any terrorists
	// /mentions/0/span true
}
