package schemaorg_test

import (
	"fmt"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/schemaorg"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// A quote of an anonymous official exported as schema.org: the Quotation is
// spoken by a Person that has a description and nothing that identifies it.
func Example() {
	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Pakistan restarts repatriation", URL: "https://example.org/story"},
		Speakers: []source.Speaker{{ID: "official", Kind: source.KindPerson, BasedIn: "Islamabad",
			Anonymity: &source.Anonymity{Description: "senior intelligence official", GroundRule: source.GroundRuleAnonymity}}},
		Quotes: []quote.Quote{{ID: "q1", Kind: quote.KindDirect, Text: "Pakistan has consistently urged Kabul to act,",
			Cue: &quote.Cue{Text: "said"}}},
		Attributions: []attribution.Attribution{{ID: "a1", Speaker: "official", Quote: "q1"}},
		Annotation:   attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"}, Created: "2026-11-25"},
	}
	g, err := schemaorg.Export(d, schemaorg.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	q := g.Nodes[0]["hasPart"].([]any)[0].(schemaorg.Node)
	fmt.Println(q["type"], q["id"], q["cue"])
	fmt.Println("spoken by", q["spokenByCharacter"].(schemaorg.Node)["id"])
	speaker := g.Nodes[1]
	fmt.Println(speaker["type"], speaker["description"], speaker["name"] == nil, speaker["workLocation"] == nil)
	// Output:
	// Quotation https://example.org/story#quote-q1 said
	// spoken by https://example.org/story#speaker-anonymous-1
	// Person senior intelligence official true true
}
