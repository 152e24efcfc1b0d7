package attribution_test

import (
	"fmt"
	"os"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// Encode writes a document as indented JSON, the form that Decode reads back
// byte for byte; empty lists and optional members left empty are not written.
func ExampleEncode() {
	doc := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Kabul denies sheltering terrorists"},
		Speakers: []source.Speaker{
			{ID: "kabul", Kind: source.KindGovernment, Name: "Government of Afghanistan"},
		},
		Quotes: []quote.Quote{
			{ID: "q1", Kind: quote.KindIndirect, Text: "sheltering any terrorists", Cue: &quote.Cue{Text: "denies"}},
		},
		Attributions: []attribution.Attribution{
			{ID: "a1", Speaker: "kabul", Quote: "q1", Type: attribution.TypeDenial},
		},
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"},
			Created: "2026-11-26",
		},
	}
	if err := attribution.Encode(os.Stdout, doc); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "formatVersion": "0.2",
	//   "article": {
	//     "headline": "Kabul denies sheltering terrorists"
	//   },
	//   "speakers": [
	//     {
	//       "id": "kabul",
	//       "kind": "government",
	//       "name": "Government of Afghanistan"
	//     }
	//   ],
	//   "quotes": [
	//     {
	//       "id": "q1",
	//       "kind": "indirect",
	//       "text": "sheltering any terrorists",
	//       "cue": {
	//         "text": "denies"
	//       }
	//     }
	//   ],
	//   "attributions": [
	//     {
	//       "id": "a1",
	//       "speaker": "kabul",
	//       "quote": "q1",
	//       "type": "denial"
	//     }
	//   ],
	//   "annotation": {
	//     "by": {
	//       "kind": "person",
	//       "name": "Desk editor"
	//     },
	//     "created": "2026-11-26"
	//   }
	// }
}

// SourcesOf answers "who is cited for this claim?": the attributions that list
// it, each joining a speaker to the words.
func ExampleDocument_SourcesOf() {
	doc := &attribution.Document{
		Speakers: []source.Speaker{
			{ID: "islamabad", Kind: source.KindGovernment, Name: "Government of Pakistan"},
			{ID: "rajpoot", Kind: source.KindPerson, Name: "Israr Ahmed Rajpoot"},
		},
		Quotes: []quote.Quote{
			{ID: "q1", Kind: quote.KindIndirect, Text: "militants cross from Afghanistan"},
			{ID: "q2", Kind: quote.KindDirect, Text: "Nearly every assault on Pakistan’s forces traces back to Afghanistan,"},
		},
		Attributions: []attribution.Attribution{
			{ID: "a1", Speaker: "islamabad", Quote: "q1", Claims: []string{"c-border"}},
			{ID: "a2", Speaker: "rajpoot", Quote: "q2", Claims: []string{"c-border"}},
		},
		Claims: []attribution.Claim{
			{ID: "c-border", Kind: attribution.ClaimFactual, Text: "Attacks on Pakistan come from Afghanistan."},
		},
	}
	for _, a := range doc.SourcesOf("c-border") {
		s, _ := doc.Speaker(a.Speaker)
		q, _ := doc.Quote(a.Quote)
		fmt.Printf("%s (%s): %s\n", s, q.Kind, q.Text)
	}
	// Output:
	// Government of Pakistan (indirect): militants cross from Afghanistan
	// Israr Ahmed Rajpoot (direct): Nearly every assault on Pakistan’s forces traces back to Afghanistan,
}

// MentionsOf lists where the text names or refers to a speaker; the builder
// records a mention for each passage given with a speaker.
func ExampleDocument_MentionsOf() {
	b := attribution.NewBuilder(attribution.Document{
		Article: attribution.Article{Headline: "Returnees"},
		Text:    "Farzana Shah left Peshawar in May. Shah said she had no choice.",
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"},
			Created: "2026-11-26",
		},
	})
	shah := b.Speaker(source.Speaker{ID: "shah", Kind: source.KindPerson, Name: "Farzana Shah"},
		attribution.Passage{Text: "Farzana Shah"},
		attribution.Passage{Text: "Shah", Prefix: "May. "},
		attribution.Passage{Text: "she"})
	doc, err := b.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range doc.MentionsOf(shah) {
		fmt.Printf("[%d, %d) %s\n", m.Span.Start, m.Span.End, m.Span.Exact)
	}
	// Output:
	// [0, 12) Farzana Shah
	// [35, 39) Shah
	// [45, 48) she
}

// Spans visits every span of a document with its JSON Pointer: here to list
// what a document marks in its text.
func ExampleDocument_Spans() {
	b := attribution.NewBuilder(attribution.Document{
		Article: attribution.Article{Headline: "Talks"},
		Text:    "“The talks have failed,” the minister said.",
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"},
			Created: "2026-11-26",
		},
	})
	minister := b.Speaker(source.Speaker{Kind: source.KindPerson, Name: "Minister"},
		attribution.Passage{Text: "the minister"})
	b.Attribute(attribution.Attribution{Speaker: minister},
		quote.Quote{Kind: quote.KindDirect, Text: "The talks have failed,", Cue: &quote.Cue{Text: "said"}},
		attribution.CueAfter())
	doc, err := b.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	for pointer, span := range doc.Spans() {
		fmt.Printf("%-22s [%d, %d) %s\n", pointer, span.Start, span.End, span.Exact)
	}
	// Output:
	// /quotes/0/span         [1, 23) The talks have failed,
	// /quotes/0/cue/span     [38, 42) said
	// /mentions/0/span       [25, 37) the minister
}
