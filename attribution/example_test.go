package attribution_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// Building a document from its text: the passages are typed as they come (here
// with a straight apostrophe where the text has a curly one), and the builder
// finds each in the text, records the text's own characters and makes the IDs
// not given. The document it returns has passed validation.
func Example() {
	text := "Pakistan will restart deportations in April, officials said. " +
		"“Nearly every assault on Pakistan’s forces traces back to Afghanistan,” said Israr Ahmed Rajpoot, " +
		"a security expert. Kabul denies sheltering any terrorists."
	b := attribution.NewBuilder(attribution.Document{
		Article: attribution.Article{Headline: "Pakistan restarts deportations", Language: "en"},
		Text:    text,
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"},
			Created: "2026-11-26",
		},
	})
	officials := b.Speaker(source.Speaker{Kind: source.KindGroup, Description: "officials"},
		attribution.Passage{Text: "officials"})
	rajpoot := b.Speaker(source.Speaker{ID: "rajpoot", Kind: source.KindPerson, Name: "Israr Ahmed Rajpoot"},
		attribution.Passage{Text: "Israr Ahmed Rajpoot"})
	kabul := b.Speaker(source.Speaker{ID: "kabul", Kind: source.KindGovernment, Name: "Government of Afghanistan"},
		attribution.Passage{Text: "Kabul"})

	b.Attribute(attribution.Attribution{Speaker: officials, Type: attribution.TypeAnnouncement},
		quote.Quote{Kind: quote.KindIndirect, Text: "Pakistan will restart deportations in April", Cue: &quote.Cue{Text: "said"}},
		attribution.CueAfter())
	traces := b.Claim(attribution.Claim{Kind: attribution.ClaimFactual, Text: "Attacks on Pakistan’s forces come from Afghanistan."},
		attribution.Passage{Text: "every assault on Pakistan's forces traces back to Afghanistan"})
	b.Attribute(attribution.Attribution{Speaker: rajpoot, Claims: []string{traces}},
		quote.Quote{Kind: quote.KindDirect, Text: "Nearly every assault on Pakistan's forces traces back to Afghanistan,", Cue: &quote.Cue{Text: "said"}},
		attribution.CueAfter())
	b.Attribute(attribution.Attribution{Speaker: kabul, Type: attribution.TypeDenial},
		quote.Quote{Kind: quote.KindIndirect, Text: "sheltering any terrorists", Cue: &quote.Cue{Text: "denies"}})

	doc, err := b.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range doc.Attributions {
		s, _ := doc.Speaker(a.Speaker)
		q, _ := doc.Quote(a.Quote)
		fmt.Printf("%s: %s %s at [%d, %d), cue %q at %d: %s\n", a.ID, s, q.Kind, q.Span.Start, q.Span.End, q.Cue.Text, q.Cue.Span.Start, q.Text)
	}
	fmt.Println(len(doc.Mentions), "mentions; claim", traces, "sourced to", doc.SourcesOf(traces)[0].Speaker)
	// Output:
	// a-quote-1: officials indirect at [0, 43), cue "said" at 55: Pakistan will restart deportations in April
	// a-quote-2: Israr Ahmed Rajpoot direct at [62, 131), cue "said" at 133: Nearly every assault on Pakistan’s forces traces back to Afghanistan,
	// a-quote-3: Government of Afghanistan indirect at [191, 216), cue "denies" at 184: sheltering any terrorists
	// 3 mentions; claim claim-1 sourced to rajpoot
}

// A passage the text holds twice, and one it does not hold: the builder goes
// on, and Document returns every problem, with where each candidate is.
func ExampleBuilder_Document() {
	b := attribution.NewBuilder(attribution.Document{
		Article:    attribution.Article{Headline: "Two answers"},
		Text:       "“No,” the minister said. Asked again, “No,” she said.",
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"}, Created: "2026-11-26"},
	})
	minister := b.Speaker(source.Speaker{Kind: source.KindPerson, Description: "the minister"}, attribution.Passage{Text: "the minister"})
	b.Attribute(attribution.Attribution{Speaker: minister},
		quote.Quote{Kind: quote.KindDirect, Text: "No,", Cue: &quote.Cue{Text: "said"}}, attribution.CueAfter())
	b.Attribute(attribution.Attribution{Speaker: minister},
		quote.Quote{Kind: quote.KindDirect, Text: "Yes,", Cue: &quote.Cue{Text: "said"}}, attribution.CueAfter())
	_, err := b.Document()
	fmt.Println(err)

	// The context of the second answer tells it apart.
	b = attribution.NewBuilder(attribution.Document{
		Article:    attribution.Article{Headline: "Two answers"},
		Text:       "“No,” the minister said. Asked again, “No,” she said.",
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"}, Created: "2026-11-26"},
	})
	minister = b.Speaker(source.Speaker{Kind: source.KindPerson, Description: "the minister"})
	b.Attribute(attribution.Attribution{Speaker: minister},
		quote.Quote{Kind: quote.KindDirect, Text: "No,", Cue: &quote.Cue{Text: "said"}},
		attribution.Context("again, “", ""), attribution.CueAfter())
	doc, err := b.Document()
	fmt.Println(err, doc.Quotes[0].Span.Start, doc.Quotes[0].Cue.Span.Start)
	// Output:
	// /quotes/0/span: "No," occurs 2 times and nothing tells them apart: at 1 "“[No,]” the minister s…"; at 39 "…. Asked again, “[No,]” she said."; give a prefix or suffix that only one of them has
	// /quotes/1/span: "Yes,": exact text not found
	// <nil> 39 48
}

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

// A claim and its figures: each figure is looked for inside the passage where
// the claim is made, so a figure that the text prints twice needs no more
// context.
func ExampleBuilder_Claim() {
	b := attribution.NewBuilder(attribution.Document{
		Article:    attribution.Article{Headline: "Detention"},
		Text:       "He has been held for over 12 years. He has spent over 12 years behind bars.",
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"}, Created: "2026-11-26"},
	})
	twelve := 12.0
	id := b.Claim(attribution.Claim{
		Kind: attribution.ClaimStatistical,
		Text: "He has spent more than 12 years behind bars.",
		Quantities: []attribution.Quantity{
			{Value: &twelve, Qualifier: attribution.QualifierMoreThan, Unit: "years behind bars", Text: "over 12 years"},
		},
	}, attribution.Passage{Text: "He has spent over 12 years behind bars"})
	doc, err := b.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := doc.Claim(id)
	q := c.Quantities[0]
	fmt.Printf("%s: claim at [%d, %d), figure %q at [%d, %d)\n", id, c.Span.Start, c.Span.End, q.Text, q.Span.Start, q.Span.End)
	// Output:
	// claim-1: claim at [36, 74), figure "over 12 years" at [49, 62)
}
