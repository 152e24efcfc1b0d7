package briefing

import (
	_ "embed"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/source"
)

//go:embed transcript.txt
var text string

// Text returns the transcript's opening statements exactly as embedded: the
// title, the place and time lines, and every paragraph up to the moderator's
// "With that, we’ll start taking questions."
func Text() string { return text }

// The speakers' IDs.
const (
	Moderator       = "moderator"
	FirstOfficial   = "official-1"
	SecondOfficial  = "official-2"
	USGovernment    = "us-government"
	StateDepartment = "state-department"
	Russia          = "russia"
	Biden           = "biden"
	Blinken         = "blinken"
	Carstens        = "carstens"
	Griner          = "griner"
	SistersVisitor  = "sisters-visitor"
	WhelansCaller   = "whelans-caller"
)

// Document builds the onrecord document of the transcript. It fails only if
// a passage it looks for is not found exactly once in [Text], which does not
// happen with the text this version embeds.
func Document() (*attribution.Document, error) {
	b := attribution.NewBuilder(attribution.Document{
		Article: attribution.Article{
			Headline:  "Background Press Call on the Release of Brittney Griner",
			Publisher: "The White House",
			URL:       "https://www.whitehouse.gov/briefing-room/press-briefings/2022/12/08/background-press-call-on-the-release-of-brittney-griner/",
			Language:  "en",
			Published: "2022-12-08T13:48:22-05:00",
			Updated:   "2022-12-08T13:48:23-05:00",
			Dateline:  "Via Teleconference",
		},
		Text: text,
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "onrecord developers"},
			Created: "2026-11-26",
		},
	})
	speakers(b)
	sourcing(b)
	claims(b)
	return b.Document()
}

// background are the terms of the call, as the moderator states them.
const background = "on background, attributable to “senior administration officials.”"

// redacted is how the transcript prints an official's name.
const redacted = "[senior administration official]"

func speakers(b *attribution.Builder) {
	// The government the officials speak for, and a department inside it:
	// each one entity, referenced by the others.
	b.Speaker(source.Speaker{ID: USGovernment, Kind: source.KindGovernment, Name: "Government of the United States", Country: "US"},
		attribution.Passage{Text: "U.S. government", Prefix: "across the "},
		attribution.Passage{Text: "U.S. government", Prefix: "support that the "},
		attribution.Passage{Text: "U.S. government", Prefix: "the broader "})
	b.Speaker(source.Speaker{ID: StateDepartment, Kind: source.KindOrganization, Name: "State Department", Country: "US", Parent: USGovernment},
		attribution.Passage{Text: "the State Department"})

	// The moderator and the two officials: anonymous, not merely unnamed.
	// The call is on background; the transcript withholds their names and
	// prints "[senior administration official]" in their place. The story
	// (here the transcript) gives no reason beyond the ground rule.
	b.Speaker(source.Speaker{ID: Moderator, Kind: source.KindPerson,
		Anonymity:    &source.Anonymity{Description: "moderator", GroundRule: source.GroundRuleBackground, Terms: "this background briefing"},
		Affiliations: []source.Affiliation{{OrganizationID: USGovernment}}},
		attribution.Passage{Text: "MODERATOR", Suffix: ":  Good morning"},
		attribution.Passage{Text: "MODERATOR", Suffix: ":  With that"})
	official := func(id string, basis string, mentions ...attribution.Passage) {
		b.Speaker(source.Speaker{ID: id, Kind: source.KindPerson,
			Anonymity:    &source.Anonymity{Description: "senior administration official", GroundRule: source.GroundRuleBackground, Terms: background, Basis: basis},
			Affiliations: []source.Affiliation{{OrganizationID: USGovernment}}}, mentions...)
	}
	official(FirstOfficial, "",
		attribution.Passage{Text: redacted, Prefix: "this morning are "},
		attribution.Passage{Text: redacted, Prefix: "I’ll now turn it over to "},
		attribution.Passage{Text: redacted, Prefix: "I’ll give it over to "},
		attribution.Passage{Text: "SENIOR ADMINISTRATION OFFICIAL", Suffix: ":  Thank you so much"},
		attribution.Passage{Text: redacted, Prefix: "OFFICIAL:  Thanks, "})
	// The second official's account of Brittney Griner's release rests on a
	// conversation with the envoy who met her.
	official(SecondOfficial, "was able to talk to Ambassador Carstens to get a few details that we can provide",
		attribution.Passage{Text: redacted, Prefix: "official] and "},
		attribution.Passage{Text: redacted, Prefix: "he’ll turn it over to "},
		attribution.Passage{Text: "my colleague", Suffix: ", [senior"},
		attribution.Passage{Text: redacted, Prefix: "my colleague, "},
		attribution.Passage{Text: "SENIOR ADMINISTRATION OFFICIAL", Suffix: ":  Thanks, "})

	// Named people, tied to the government by reference.
	b.Speaker(source.Speaker{ID: Biden, Kind: source.KindPerson, Title: "President", Name: "Biden", QID: "Q6279",
		Affiliations: []source.Affiliation{{Role: "President", OrganizationID: USGovernment}}},
		attribution.Passage{Text: "President Biden", Suffix: " has prioritized"},
		attribution.Passage{Text: "the President", Suffix: " — President Biden"},
		attribution.Passage{Text: "President Biden", Suffix: " made the difficult"},
		attribution.Passage{Text: "the President", Suffix: " has made clear"},
		attribution.Passage{Text: "President Biden", Suffix: " issued"})
	b.Speaker(source.Speaker{ID: Blinken, Kind: source.KindPerson, Title: "Secretary of State", Name: "Blinken",
		Affiliations: []source.Affiliation{{Role: "Secretary of State", OrganizationID: StateDepartment}}},
		attribution.Passage{Text: "the Secretary of State", Suffix: " said publicly"},
		attribution.Passage{Text: "the Secretary of State", Suffix: " referenced"},
		attribution.Passage{Text: "Secretary of State Blinken"},
		attribution.Passage{Text: "Secretary Blinken"})
	b.Speaker(source.Speaker{ID: Carstens, Kind: source.KindPerson, Title: "Ambassador", Name: "Carstens"},
		attribution.Passage{Text: "Ambassador Carstens"},
		attribution.Passage{Text: "Roger"})
	b.Speaker(source.Speaker{ID: Griner, Kind: source.KindPerson, Name: "Brittney Griner"},
		attribution.Passage{Text: "Brittney Griner", Prefix: "secure the release of "},
		attribution.Passage{Text: "Brittney Griner", Suffix: " is on her way"},
		attribution.Passage{Text: "BG", Suffix: " has gone through"})

	// Russia, which the officials report and answer.
	b.Speaker(source.Speaker{ID: Russia, Kind: source.KindGovernment, Name: "Government of Russia", Country: "RU"},
		attribution.Passage{Text: "the Russians", Suffix: " made clear"},
		attribution.Passage{Text: "Russia", Suffix: " levied"},
		attribution.Passage{Text: "the Russians", Suffix: " have treated"})

	// Unnamed officials on the record: the transcript describes them and
	// withholds nothing on terms agreed with them.
	b.Speaker(source.Speaker{ID: SistersVisitor, Kind: source.KindPerson, Description: "a senior U.S. government official",
		Affiliations: []source.Affiliation{{OrganizationID: USGovernment}}},
		attribution.Passage{Text: "a senior U.S. government official"})
	b.Speaker(source.Speaker{ID: WhelansCaller, Kind: source.KindPerson, Description: "another senior U.S. official",
		Affiliations: []source.Affiliation{{OrganizationID: USGovernment}}},
		attribution.Passage{Text: "another senior U.S. official"})
}
