package onrecord_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// The model in a few lines: an anonymous source, a quote, and the attribution
// that joins them, in a document validated as a whole. A reference to a
// speaker the document lacks is reported with its JSON Pointer and rule code
// (the error is a *attribution.ValidationError); once it is put right, the
// speaker prints as the description the story gives, in text as in JSON.
func Example() {
	doc := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Pakistan restarts Afghan refugee repatriation"},
		Speakers: []source.Speaker{{
			ID: "official", Kind: source.KindPerson, BasedIn: "Islamabad",
			Anonymity: &source.Anonymity{
				Description: "senior intelligence official",
				GroundRule:  source.GroundRuleAnonymity,
			},
		}},
		Quotes: []quote.Quote{{
			ID: "q1", Kind: quote.KindDirect,
			Text: "Pakistan has consistently urged Kabul to take action,",
			Cue:  &quote.Cue{Text: "said"},
		}},
		Attributions: []attribution.Attribution{{ID: "a1", Speaker: "oficial", Quote: "q1"}},
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"},
			Created: "2026-11-25",
		},
	}
	var verr *attribution.ValidationError
	if errors.As(doc.Validate(), &verr) {
		for _, p := range verr.Problems {
			fmt.Println(p.Pointer, p.Code, p.Message)
		}
	}

	doc.Attributions[0].Speaker = "official"
	if err := doc.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	s, _ := doc.Speaker(doc.Attributions[0].Speaker)
	q, _ := doc.Quote(doc.Attributions[0].Quote)
	fmt.Printf("%s %s: %q\n", s, q.Cue.Text, q.Text)
	data, err := json.Marshal(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))
	// Output:
	// /attributions/0/speaker unresolved-reference names no speaker of this document
	// senior intelligence official said: "Pakistan has consistently urged Kabul to take action,"
	// {"id":"official","kind":"person","anonymity":{"description":"senior intelligence official","groundRule":"anonymity"},"basedIn":"Islamabad"}
}
