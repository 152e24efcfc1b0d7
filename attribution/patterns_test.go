package attribution_test

import (
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// patternsText holds one instance of each sourcing pattern that the design
// notes find in the seed article, in sentences of its kind.
const patternsText = "Speaking on condition of anonymity, an Islamabad-based senior intelligence official told The Media Line that the decision stands. " +
	"“Pakistan has urged Kabul to act,” the source said. “Kabul’s lack of seriousness led to the drive. Pakistan will cease to shoulder the burden.” " +
	"He outlined Islamabad’s firmly held belief that terrorists cross shared borders. " +
	"Pakistani officials say that these Afghans returned voluntarily. Kabul, however, denies sheltering any terrorists. " +
	"According to the UN’s International Organization for Migration, over 500,000 Afghans left Pakistan. " +
	"A report published in December 2023 found that “militant attacks claimed approximately 500 civilians.” " +
	"Between 600,000 and 800,000 Afghans are estimated to have entered Pakistan. At least 36 security officers have been killed. " +
	"On Wednesday, Pakistani Interior Minister Mohsin Raza Naqvi announced a restructuring. In a statement, Naqvi underscored the “need to promote the national narrative.” " +
	"Kamal Alam, a nonresident senior fellow at the Atlantic Council’s South Asia Center, told The Media Line that attacks cannot be attributed to refugees. " +
	"Farzana Shah, a Peshawar-based defense expert, described the situation as “highly intricate and volatile.” " +
	"(credit: REUTERS/Charlotte Greenfield)"

func f(v float64) *float64 { return &v }

func patternsDocument(t *testing.T) *attribution.Document {
	text := patternsText
	index := quote.NewIndex(text)
	at := func(exact string, opts ...quote.LocateOption) *quote.Span {
		t.Helper()
		s, err := index.Locate(exact, opts...)
		if err != nil {
			t.Fatalf("locating %q: %v", exact, err)
		}
		return &s
	}
	q := func(id string, kind quote.Kind, words, cue string) quote.Quote {
		return quote.Quote{ID: id, Kind: kind, Text: words, Span: at(words), Cue: &quote.Cue{Text: cue}}
	}
	split1 := q("q-split-1", quote.KindDirect, "Pakistan has urged Kabul to act,", "said")
	split2 := q("q-split-2", quote.KindDirect, "Kabul’s lack of seriousness led to the drive. Pakistan will cease to shoulder the burden.", "said")
	split2.ContinuationOf = "q-split-1"
	told := q("q-told", quote.KindIndirect, "the decision stands", "told")
	told.Recipient, told.Channel = "The Media Line", &quote.Channel{Kind: quote.ChannelInterview}
	report := q("q-report", quote.KindPartial, "militant attacks claimed approximately 500 civilians.", "found")
	report.Channel = &quote.Channel{Kind: quote.ChannelReport, Date: "2023-12"}
	statement := q("q-statement", quote.KindMixed, "the “need to promote the national narrative.”", "underscored")
	statement.Fragments = []quote.Fragment{{Text: "need to promote the national narrative.", Span: at("need to promote the national narrative.")}}
	statement.Channel = &quote.Channel{Kind: quote.ChannelStatement}

	return &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Sourcing patterns", Publisher: "The Media Line", Language: "en"}, // no byline
		Text:          text,
		Speakers: []source.Speaker{
			{ID: "official", Kind: source.KindPerson, BasedIn: "Islamabad", Anonymity: &source.Anonymity{
				Description: "senior intelligence official", GroundRule: source.GroundRuleAnonymity,
				Terms: "Speaking on condition of anonymity"}}, // rank, city, no reason
			{ID: "officials", Kind: source.KindGroup, Country: "PK", Anonymity: &source.Anonymity{Description: "Pakistani officials"}},
			{ID: "pakistan", Kind: source.KindGovernment, Name: "Government of Pakistan", Country: "PK"},
			{ID: "afghanistan", Kind: source.KindGovernment, Name: "Government of Afghanistan", Country: "AF"},
			{ID: "iom", Kind: source.KindOrganization, Name: "International Organization for Migration",
				ParentOrganization: &source.Organization{Name: "United Nations"}},
			{ID: "crss", Kind: source.KindOrganization, Name: "Center for Research and Security Studies", BasedIn: "Islamabad"},
			{ID: "naqvi", Kind: source.KindPerson, Name: "Mohsin Raza Naqvi", Affiliations: []source.Affiliation{{
				Role: "Interior Minister", Organization: &source.Organization{Name: "Government of Pakistan", Country: "PK"}}}},
			{ID: "alam", Kind: source.KindPerson, Name: "Kamal Alam", Affiliations: []source.Affiliation{{
				Role: "nonresident senior fellow", Organization: &source.Organization{Name: "South Asia Center",
					Parent: &source.Organization{Name: "Atlantic Council"}}}}},
			{ID: "shah", Kind: source.KindPerson, Name: "Farzana Shah", BasedIn: "Peshawar",
				Description: "a Peshawar-based defense expert", Expertise: []string{"defense"}},
		},
		Quotes: []quote.Quote{
			told, split1, split2,
			q("q-belief-outer", quote.KindIndirect, "Islamabad’s firmly held belief that terrorists cross shared borders", "outlined"),
			q("q-belief", quote.KindIndirect, "terrorists cross shared borders", "firmly held belief"),
			q("q-officials", quote.KindIndirect, "these Afghans returned voluntarily", "say"),
			q("q-denial", quote.KindIndirect, "sheltering any terrorists", "denies"),
			q("q-iom", quote.KindIndirect, "over 500,000 Afghans left Pakistan", "According to"),
			report,
			q("q-announce", quote.KindIndirect, "a restructuring", "announced"),
			statement,
			q("q-alam", quote.KindIndirect, "attacks cannot be attributed to refugees", "told"),
			q("q-shah", quote.KindPartial, "highly intricate and volatile.", "described"),
		},
		Attributions: []attribution.Attribution{
			{ID: "a-told", Speaker: "official", Quote: "q-told"},
			{ID: "a-split-1", Speaker: "official", Quote: "q-split-1", Claims: []string{"c-urged"}},
			{ID: "a-split-2", Speaker: "official", Quote: "q-split-2", Claims: []string{"c-cease"}},
			{ID: "a-outer", Speaker: "official", Quote: "q-belief-outer"},
			{ID: "a-belief", Speaker: "pakistan", Quote: "q-belief", Type: attribution.TypeBelief, Parent: "a-outer", Claims: []string{"c-shelter"}},
			{ID: "a-officials", Speaker: "officials", Quote: "q-officials"},
			{ID: "a-denial", Speaker: "afghanistan", Quote: "q-denial", Type: attribution.TypeDenial, Claims: []string{"c-denial"}},
			{ID: "a-iom", Speaker: "iom", Quote: "q-iom", Type: attribution.TypeFinding, Claims: []string{"c-left"}},
			{ID: "a-report", Speaker: "crss", Quote: "q-report", Type: attribution.TypeFinding, Claims: []string{"c-civilians"}},
			{ID: "a-announce", Speaker: "naqvi", Quote: "q-announce", Type: attribution.TypeAnnouncement},
			{ID: "a-statement", Speaker: "naqvi", Quote: "q-statement"},
			{ID: "a-alam", Speaker: "alam", Quote: "q-alam", Claims: []string{"c-not-refugees"}},
			{ID: "a-shah", Speaker: "shah", Quote: "q-shah"},
		},
		Claims: []attribution.Claim{
			{ID: "c-urged", Kind: attribution.ClaimFactual, Text: "Pakistan has urged Kabul to act."},
			{ID: "c-cease", Kind: attribution.ClaimPolicy, Text: "Pakistan will cease to shoulder the burden."},
			{ID: "c-shelter", Kind: attribution.ClaimFactual, Text: "Terrorists cross the border and shelter in Afghanistan."},
			{ID: "c-denial", Kind: attribution.ClaimFactual, Text: "Afghanistan shelters no terrorists.",
				Relations: []attribution.Relation{{Type: attribution.RelationDenies, Claim: "c-shelter"}}},
			{ID: "c-not-refugees", Kind: attribution.ClaimOpinion, Text: "The attacks cannot be attributed to refugees.",
				Relations: []attribution.Relation{{Type: attribution.RelationContradicts, Claim: "c-shelter"}}},
			{ID: "c-left", Kind: attribution.ClaimStatistical, Text: "Over 500,000 Afghans left Pakistan.",
				Quantities: []attribution.Quantity{{Value: f(500000), Unit: "Afghans", Qualifier: attribution.QualifierMoreThan, Span: at("over 500,000")}}},
			{ID: "c-civilians", Kind: attribution.ClaimStatistical, Text: "About 500 civilians were killed in 2023.",
				Quantities: []attribution.Quantity{{Value: f(500), Unit: "civilians killed", Qualifier: attribution.QualifierApproximately}}},
			{ID: "c-entered", Kind: attribution.ClaimStatistical, Text: "600,000 to 800,000 Afghans entered Pakistan.", Span: at("Between 600,000 and 800,000 Afghans are estimated to have entered Pakistan."),
				Quantities: []attribution.Quantity{{Low: f(600000), High: f(800000), Unit: "Afghans"}}},
			{ID: "c-killed", Kind: attribution.ClaimStatistical, Text: "At least 36 officers were killed in 2024.",
				Quantities: []attribution.Quantity{{Value: f(36), Unit: "security officers killed", Qualifier: attribution.QualifierAtLeast}},
				Relations:  []attribution.Relation{{Type: attribution.RelationSupports, Claim: "c-shelter"}}},
		},
		Mentions: []attribution.Mention{
			{Speaker: "official", Span: *at("the source")},
			{Speaker: "official", Span: *at("He")},
			{Speaker: "afghanistan", Span: *at("Kabul", quote.WithSuffix(", however"))},
			{Speaker: "pakistan", Span: *at("Islamabad’s")},
		},
		Credits: []attribution.Credit{{Kind: attribution.CreditImage, Text: "REUTERS/Charlotte Greenfield",
			Creator: "Charlotte Greenfield", Provider: "Reuters", Span: at("REUTERS/Charlotte Greenfield")}},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Pattern test"}, Created: "2026-11-25"},
	}
}

// TestSeedPatterns builds one instance of every sourcing pattern of the design
// notes, validates the document and checks that each pattern reads back.
func TestSeedPatterns(t *testing.T) {
	doc := patternsDocument(t)
	if err := doc.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	official, _ := doc.Speaker("official")
	if !official.IsAnonymous() || official.Anonymity.ReasonGiven() || official.BasedIn != "Islamabad" {
		t.Errorf("anonymous official with a city and no reason: got %+v", official.Anonymity)
	}
	if got := official.String(); got != "senior intelligence official" {
		t.Errorf("official prints as %q", got)
	}
	kinds := map[quote.Kind]int{}
	for _, q := range doc.Quotes {
		kinds[q.Kind]++
	}
	for _, k := range quote.Kinds() {
		if kinds[k] == 0 {
			t.Errorf("no %s quote", k)
		}
	}
	nested := 0
	for _, a := range doc.Attributions {
		if a.Parent != "" {
			nested++
		}
	}
	if nested != 1 {
		t.Errorf("%d nested attributions, want 1", nested)
	}
	unsourced := doc.UnsourcedClaims()
	if len(unsourced) != 2 || unsourced[0].ID != "c-entered" || unsourced[1].ID != "c-killed" {
		t.Errorf("unsourced claims: %v", unsourced)
	}
	if got := doc.SourcesOf("c-denial"); len(got) != 1 || got[0].Speaker != "afghanistan" {
		t.Errorf("sources of the denial: %v", got)
	}
	if len(doc.Article.Byline) != 0 || len(doc.Credits) != 1 {
		t.Errorf("byline %v, credits %v", doc.Article.Byline, doc.Credits)
	}
}
