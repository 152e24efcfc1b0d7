package seed

import (
	_ "embed"

	"github.com/onrecord/onrecord/attribution"
)

//go:embed article.txt
var text string

// Text returns the story's text exactly as published, including the no-break
// spaces and the page furniture ("For more stories from The Media Line go to",
// "Author: |") that the copy carries.
func Text() string { return text }

// Document builds the onrecord document of the story. It fails only if a
// passage it looks for is not found exactly once in [Text], which does not
// happen with the text this version embeds.
func Document() (*attribution.Document, error) {
	b := attribution.NewBuilder(attribution.Document{
		Article: attribution.Article{
			Headline:  "Pakistan restarts Afghan refugee repatriation amid border tensions",
			Publisher: "The Media Line",
			Language:  "en",
			// The copy's byline reads "Author: |": no author is named.
		},
		Text: text,
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "onrecord developers"},
			Created: "2026-11-25",
		},
	})
	speakers(b)
	sourcing(b)
	claims(b)
	b.Credit(attribution.Credit{
		Kind:     attribution.CreditImage,
		Text:     "REUTERS/Charlotte Greenfield",
		Creator:  "Charlotte Greenfield",
		Provider: "Reuters",
		Caption:  "Children play outside their family’s shelters at Afghan refugee camp in Islamabad, Pakistan February 13, 2020. Picture taken February 13, 2020.",
	})
	return b.Document()
}
