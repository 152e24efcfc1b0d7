package attribution_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// A document with mistakes: validation lists every problem, each with its JSON
// Pointer, rule code and message.
func ExampleDocument_Validate() {
	doc := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Kabul denies sheltering terrorists", Language: "en_US"},
		Speakers: []source.Speaker{
			{ID: "kabul", Kind: source.KindGovernment, Name: "Government of Afghanistan", Country: "AF"},
		},
		Quotes: []quote.Quote{
			{ID: "q1", Kind: quote.KindIndirect, Text: "sheltering any terrorists", Cue: &quote.Cue{Text: "denies"}},
		},
		Attributions: []attribution.Attribution{
			{ID: "a1", Speaker: "kabul", Quote: "q1", Type: attribution.TypeDenial, Claims: []string{"c1"}},
			{ID: "a2", Speaker: "islamabad", Quote: "q1"},
		},
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentSoftware, Name: "extractor"},
			Created: "2026-11-25T10:00:00Z",
		},
	}
	err := doc.Validate()
	var verr *attribution.ValidationError
	if errors.As(err, &verr) {
		for _, p := range verr.Problems {
			fmt.Printf("%s\t%s\t%s\n", p.Pointer, p.Code, p.Message)
		}
	}
	// Output:
	// /annotation/by/version	required	is required
	// /article/language	language-tag	is not a well-formed BCP 47 language tag (such as en, ur-PK, zh-Hant)
	// /attributions/0/claims/0	unresolved-reference	names no claim of this document
	// /attributions/1/speaker	unresolved-reference	names no speaker of this document
}

// Decode reads a document strictly and says where the input goes wrong.
func ExampleDecode() {
	input := `{
	  "formatVersion": "0.1",
	  "article": {"headline": "Pakistan restarts Afghan refugee repatriation", "byline": null},
	  "speakers": [{"id": "iom", "kind": "organization", "Name": "IOM"}],
	  "annotation": {"by": {"kind": "person", "name": "Desk"}, "created": "2026-11-25"}
	}`
	_, err := attribution.Decode(strings.NewReader(input))
	fmt.Println(err)
	// Output:
	// 2 problems
	//   /article/byline: must not be null; leave the member out instead (type)
	//   /speakers/0/Name: is not a member of this object (unknown-field)
}

// Claims that no attribution lists are what the text asserts on its own.
func ExampleDocument_UnsourcedClaims() {
	low, high := 600000.0, 800000.0
	doc := &attribution.Document{
		Claims: []attribution.Claim{{
			ID:   "c-entered",
			Kind: attribution.ClaimStatistical,
			Text: "Between 600,000 and 800,000 Afghans entered Pakistan after 2021.",
			Quantities: []attribution.Quantity{
				{Low: &low, High: &high, Unit: "Afghans", Text: "Between 600,000 and 800,000"},
			},
		}},
	}
	for _, c := range doc.UnsourcedClaims() {
		q := c.Quantities[0]
		fmt.Printf("%s: %s (%g to %g %s)\n", c.ID, c.Kind, *q.Low, *q.High, q.Unit)
	}
	// Output: c-entered: statistical (600000 to 800000 Afghans)
}
