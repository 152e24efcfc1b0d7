// Command sourcing prints the sourcing of a news text as a table: who is
// quoted, how they are described, whether they are named, and what they said.
//
// For now it models the opening of the seed article (The Media Line, on
// Pakistan restarting the deportation of Afghan refugees): its anonymous
// official and one named expert.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

func main() {
	doc := opening()
	if err := doc.Validate(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "SPEAKER\tNAMED\tKIND\tCUE\tWORDS")
	for _, a := range doc.Attributions {
		s, _ := doc.Speaker(a.Speaker)
		q, _ := doc.Quote(a.Quote)
		named := "named"
		if s.IsAnonymous() {
			named = "anonymous"
		}
		cue := ""
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", s, named, q.Kind, cue, q.Text)
	}
	w.Flush()
}

func opening() *attribution.Document {
	return &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article: attribution.Article{
			Headline:  "Pakistan restarts Afghan refugee repatriation amid border tensions",
			Publisher: "The Media Line",
			Language:  "en",
		},
		Speakers: []source.Speaker{
			{
				ID:      "official",
				Kind:    source.KindPerson,
				BasedIn: "Islamabad",
				Anonymity: &source.Anonymity{
					Description: "senior intelligence official",
					GroundRule:  source.GroundRuleAnonymity,
					Terms:       "Speaking on condition of anonymity",
				},
			},
			{
				ID:          "shah",
				Kind:        source.KindPerson,
				Name:        "Farzana Shah",
				BasedIn:     "Peshawar",
				Description: "a Peshawar-based defense expert specializing in Afghanistan’s armed groups",
				Expertise:   []string{"Afghanistan’s armed groups"},
			},
		},
		Quotes: []quote.Quote{
			{
				ID:   "q-official-1",
				Kind: quote.KindDirect,
				Text: "Pakistan has consistently urged Kabul to take action against terrorists operating on its soil,",
				Cue:  &quote.Cue{Text: "said", Lemma: "say"},
			},
			{
				ID:   "q-shah-1",
				Kind: quote.KindPartial,
				Text: "highly intricate and volatile.",
				Cue:  &quote.Cue{Text: "described", Lemma: "describe"},
			},
		},
		Attributions: []attribution.Attribution{
			{ID: "a-official-1", Speaker: "official", Quote: "q-official-1", Type: attribution.TypeAssertion},
			{ID: "a-shah-1", Speaker: "shah", Quote: "q-shah-1", Type: attribution.TypeAssertion},
		},
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "onrecord developers"},
			Created: "2026-11-25",
		},
	}
}
