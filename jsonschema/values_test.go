package jsonschema_test

import (
	"strings"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// seedText is the part of the seed article that the sample document anchors
// its spans in.
const seedText = "ISLAMABAD — Pakistan’s decision to restart the repatriation of Afghan refugees is a " +
	"“confident move,” a senior intelligence official told The Media Line. “Pakistan has consistently " +
	"urged Kabul to take action against terrorists operating on its soil,” the official said. " +
	"“Nearly every assault traces back to Afghanistan.” According to the UN’s International Organization " +
	"for Migration, approximately 1.7 million undocumented Afghan refugees live in Pakistan, and between " +
	"600,000 and 800,000 have left. Kabul, however, denies sheltering any terrorists. " +
	"Farzana Shah described the security situation as “highly intricate and volatile.” " +
	"(credit: REUTERS/Charlotte Greenfield)"

// spanOf locates the first occurrence of exact in seedText, in code points,
// with a little context.
func spanOf(exact string) *quote.Span {
	i := strings.Index(seedText, exact)
	if i < 0 {
		return nil
	}
	start := utf8.RuneCountInString(seedText[:i])
	s := &quote.Span{Start: start, End: start + utf8.RuneCountInString(exact), Exact: exact}
	before := []rune(seedText[:i])
	if n := len(before); n > 0 {
		s.Prefix = string(before[max(0, n-4):])
	}
	after := []rune(seedText[i+len(exact):])
	if n := len(after); n > 0 {
		s.Suffix = string(after[:min(4, n)])
	}
	return s
}

func ptr[T any](v T) *T { return &v }

// sampleDocument models the sourcing of seedText with every part of the
// format in use.
func sampleDocument() *attribution.Document {
	return &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article: attribution.Article{
			Headline:  "Pakistan restarts Afghan refugee repatriation amid border tensions",
			Publisher: "The Media Line",
			URL:       "https://themedialine.org/top-stories/pakistan-restarts-afghan-refugee-repatriation",
			Language:  "en",
			Published: "2024-03-20T09:30:00Z",
		},
		Text:         seedText,
		Speakers:     sampleSpeakers(),
		Quotes:       sampleQuotes(),
		Attributions: sampleAttributions(),
		Claims:       sampleClaims(),
		Mentions: []attribution.Mention{
			{Speaker: "shah", Span: *spanOf("Farzana Shah")},
			{Speaker: "kabul", Span: *spanOf("Kabul, however")},
		},
		Credits: []attribution.Credit{{
			Kind: attribution.CreditImage, Text: "REUTERS/Charlotte Greenfield", Creator: "Charlotte Greenfield",
			Provider: "Reuters", Caption: "Afghan refugees at a border crossing", Span: spanOf("REUTERS/Charlotte Greenfield"),
		}},
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentSoftware, Name: "onrecord-extract", Version: "0.3.1", URL: "https://onrecord.github.io/"},
			Created: "2024-03-21",
		},
	}
}

func sampleSpeakers() []source.Speaker {
	return []source.Speaker{
		{
			ID: "official", Kind: source.KindPerson, BasedIn: "Islamabad", Country: "PK",
			Anonymity: &source.Anonymity{
				Description: "senior intelligence official",
				GroundRule:  source.GroundRuleAnonymity,
				Terms:       "speaking on condition of anonymity",
				Reason:      "not authorized to speak to the media",
				Basis:       "who has seen the report",
			},
		},
		{
			ID: "shah", Kind: source.KindPerson, Name: "Farzana Shah", Description: "a Peshawar-based defense expert",
			BasedIn: "Peshawar", Country: "PK", Expertise: []string{"Afghanistan’s armed groups", "internal security"},
			Affiliations: []source.Affiliation{
				{Role: "nonresident senior fellow", Since: "2023-10", Organization: &source.Organization{
					Name: "South Asia Center", Country: "US", SameAs: []string{"https://www.atlanticcouncil.org/programs/south-asia-center/"},
					Parent: &source.Organization{Name: "Atlantic Council", QID: "Q4816197"},
				}},
				{Role: "analyst", Since: "2019", Until: "2023-09-30"},
			},
			QID: "Q123456", SameAs: []string{"https://example.org/people/farzana-shah"},
		},
		{
			ID: "iom", Kind: source.KindOrganization, Name: "International Organization for Migration",
			ParentOrganization: &source.Organization{Name: "United Nations", QID: "Q1065"},
		},
		{ID: "kabul", Kind: source.KindGovernment, Name: "Government of Afghanistan", Country: "AF"},
		{ID: "pk-officials", Kind: source.KindGroup, Anonymity: &source.Anonymity{Description: "Pakistani officials", GroundRule: source.GroundRuleUnstated}},
	}
}

func sampleQuotes() []quote.Quote {
	return []quote.Quote{
		{
			ID: "q1", Kind: quote.KindMixed,
			Text:      "Pakistan’s decision to restart the repatriation of Afghan refugees is a “confident move,”",
			Fragments: []quote.Fragment{{Text: "confident move,", Span: spanOf("confident move,")}},
			Cue:       &quote.Cue{Text: "told", Lemma: "tell", Span: spanOf("told")},
			Channel:   &quote.Channel{Kind: quote.ChannelInterview, Name: "The Media Line"},
			Recipient: "The Media Line", Language: "en",
		},
		{
			ID: "q2", Kind: quote.KindDirect,
			Text: "Pakistan has consistently urged Kabul to take action against terrorists operating on its soil,",
			Span: spanOf("Pakistan has consistently urged Kabul to take action against terrorists operating on its soil,"),
			Cue:  &quote.Cue{Text: "said", Lemma: "say"},
			Said: "2024-03-19",
		},
		{
			ID: "q3", Kind: quote.KindDirect, ContinuationOf: "q2",
			Text:        "Nearly every assault traces back to Afghanistan.",
			Span:        spanOf("Nearly every assault traces back to Afghanistan."),
			Translation: &quote.Translation{From: "ur", Original: "تقریباً ہر حملہ", By: "The Media Line"},
		},
		{
			ID: "q4", Kind: quote.KindIndirect,
			Text:    "approximately 1.7 million undocumented Afghan refugees live in Pakistan",
			Cue:     &quote.Cue{Text: "According to"},
			Channel: &quote.Channel{Kind: quote.ChannelReport, Date: "2023-12", URL: "https://www.iom.int/reports/afghanistan"},
		},
		{ID: "q5", Kind: quote.KindIndirect, Text: "denies sheltering any terrorists", Cue: &quote.Cue{Text: "denies"}, Language: "en-GB"},
		{ID: "q6", Kind: quote.KindPartial, Text: "highly intricate and volatile.", Cue: &quote.Cue{Text: "described"}},
	}
}

func sampleAttributions() []attribution.Attribution {
	return []attribution.Attribution{
		{ID: "a1", Speaker: "official", Quote: "q1", Type: attribution.TypeAssertion, Claims: []string{"c3"}},
		{ID: "a2", Speaker: "official", Quote: "q2", Type: attribution.TypeCall, Confidence: ptr(0.92)},
		{ID: "a3", Speaker: "official", Quote: "q3", Parent: "a2", Type: attribution.TypeBelief, Confidence: ptr(0.0)},
		{ID: "a4", Speaker: "iom", Quote: "q4", Type: attribution.TypeFinding, Claims: []string{"c1", "c2"}, Confidence: ptr(1.0)},
		{ID: "a5", Speaker: "kabul", Quote: "q5", Type: attribution.TypeDenial, Claims: []string{"c4"}},
		{ID: "a6", Speaker: "shah", Quote: "q6"},
	}
}

func sampleClaims() []attribution.Claim {
	return []attribution.Claim{
		{
			ID: "c1", Kind: attribution.ClaimStatistical, Text: "About 1.7 million undocumented Afghan refugees live in Pakistan.",
			Span: spanOf("approximately 1.7 million undocumented Afghan refugees live in Pakistan"),
			Quantities: []attribution.Quantity{{
				Value: ptr(1.7e6), Unit: "undocumented Afghan refugees", Qualifier: attribution.QualifierApproximately,
				Text: "approximately 1.7 million", Span: spanOf("approximately 1.7 million"),
			}},
		},
		{
			ID: "c2", Kind: attribution.ClaimStatistical, Text: "Between 600,000 and 800,000 Afghans have left Pakistan.",
			Quantities: []attribution.Quantity{{Low: ptr(600000.0), High: ptr(800000.0), Unit: "Afghans who left"}},
			Relations:  []attribution.Relation{{Type: attribution.RelationSupports, Claim: "c1"}},
		},
		{ID: "c3", Kind: attribution.ClaimOpinion, Text: "Restarting the repatriation is a confident move."},
		{ID: "c4", Kind: attribution.ClaimFactual, Text: "Afghanistan shelters no terrorists.",
			Relations: []attribution.Relation{{Type: attribution.RelationDenies, Claim: "c5"}}},
		{ID: "c5", Kind: attribution.ClaimFactual, Text: "Afghanistan shelters terrorists who attack Pakistan."},
		{ID: "c6", Kind: attribution.ClaimPrediction, Text: "Deportations will resume after Ramadan.",
			Relations: []attribution.Relation{{Type: attribution.RelationQualifies, Claim: "c2"}}},
		{ID: "c7", Kind: attribution.ClaimPolicy, Text: "Pakistan will cease to shoulder the burden.",
			Quantities: []attribution.Quantity{{Value: ptr(36.0), Unit: "attacks", Qualifier: attribution.QualifierAtLeast}}},
	}
}
