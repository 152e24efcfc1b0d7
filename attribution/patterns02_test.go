package attribution_test

import (
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// storyText is a wire report of the kind that format 0.2 was made for: a
// junta and its spokesman, a foreign government's spokesman at a press
// conference, neighbours speaking jointly, unnamed and anonymous sources,
// vague figures, a dateline and an update time.
const storyText = "NIAMEY, Niger — Niger’s junta will hold elections within three years, its leader Gen. Abdourahamane Tiani said late Saturday. " +
	"“Our ambition is not to confiscate power … [the transition] will not exceed three years,” he said in French on state television. " +
	"Col. Maj. Amadou Abdramane, a spokesman for the junta, warned that any attack on Niger would be met with an immediate response. " +
	"Mali and Burkina Faso have said a military intervention in Niger would be a declaration of war against them. " +
	"Defense chiefs from West African nations said earlier this week that they were ready to intervene. " +
	"Residents of Niamey said the streets were calm. “We only want peace.” " +
	"An engineer at one of Nigeria’s main electricity companies told Example Wire that power supplies had been cut; Nigeria supplied up to 90% of Niger’s electricity in the past three years. " +
	"A Western diplomat, speaking on condition of anonymity because the talks are continuing, described “a window for talks.” " +
	"The ECOWAS Commission declined to comment. The bloc backed the sanctions, which freeze hundreds of millions of dollars. " +
	"At a press conference, State Department spokesman Matthew Miller asked whether the coup would end US aid, and on social media he rejected the junta’s timetable. " +
	"The junta has two each of several aircraft types. " +
	"FILE - Supporters of the junta rally in Niamey. (Example Wire/File)"

// TestRealStoryPatterns builds one instance of each sourcing pattern that a
// real story needs and format 0.2 expresses, and validates the whole.
func TestRealStoryPatterns(t *testing.T) {
	index := quote.NewIndex(storyText)
	at := func(exact string, opts ...quote.LocateOption) *quote.Span {
		t.Helper()
		s, err := index.Locate(exact, opts...)
		if err != nil {
			t.Fatalf("locating %q: %v", exact, err)
		}
		return &s
	}
	words := func(id string, kind quote.Kind, text, cue string) quote.Quote {
		q := quote.Quote{ID: id, Kind: kind, Text: text, Span: at(text)}
		if cue != "" {
			q.Cue = &quote.Cue{Text: cue, Span: at(cue, quote.WithHint(q.Span.Start))}
		}
		return q
	}
	f := func(v float64) *float64 { return &v }

	// Direct quote with an elision and an insertion, translated, said late
	// Saturday.
	tiani := words("q-tiani", quote.KindDirect, "Our ambition is not to confiscate power … [the transition] will not exceed three years,", "said")
	tiani.Edits = []quote.Edit{{Kind: quote.EditElision, Text: "…", Span: at("…")}, {Kind: quote.EditInsertion, Text: "[the transition]", Span: at("[the transition]")}}
	tiani.Translation = &quote.Translation{From: "fr", Basis: quote.TranslationStated}
	tiani.Channel = &quote.Channel{Kind: quote.ChannelBroadcast, Name: "state television"}
	tiani.Said, tiani.SaidAs = "2023-08-19", "late Saturday"
	// A period of speech: earlier this week.
	chiefs := words("q-chiefs", quote.KindIndirect, "they were ready to intervene", "said")
	chiefs.Said, chiefs.SaidUntil, chiefs.SaidAs = "2023-08-14", "2023-08-18", "earlier this week"
	// Implicit attribution: no cue at all.
	peace := words("q-peace", quote.KindDirect, "We only want peace.", "")
	peace.Implicit = true
	// A translation whose source language the story does not give.
	window := words("q-window", quote.KindPartial, "a window for talks.", "described")
	window.Translation = &quote.Translation{Basis: quote.TranslationInferred}
	question := words("q-question", quote.KindIndirect, "whether the coup would end US aid", "asked")
	question.Channel = &quote.Channel{Kind: quote.ChannelPressConference}
	rejected := words("q-rejected", quote.KindIndirect, "the junta’s timetable", "rejected")
	rejected.Channel = &quote.Channel{Kind: quote.ChannelSocialMedia}

	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article: attribution.Article{
			Headline: "Niger’s junta promises elections within three years", Publisher: "Example Wire", Language: "en",
			Published: "2023-08-20T10:00:00Z", Updated: "2023-08-20T18:30:00Z", // update time
			Dateline: "NIAMEY, Niger", Byline: []string{"A. Reporter"}, Contributors: []string{"B. Stringer"},
		},
		Text: storyText,
		Speakers: []source.Speaker{
			// One entity, referenced: the junta speaks, employs its
			// spokesman and its leader.
			{ID: "junta", Kind: source.KindGovernment, Name: "National Council for the Safeguard of the Homeland", Country: "NE"},
			// Titles and ranks as printed.
			{ID: "tiani", Kind: source.KindPerson, Name: "Abdourahamane Tiani", Title: "Gen.",
				Affiliations: []source.Affiliation{{Role: "leader", OrganizationID: "junta"}}},
			{ID: "abdramane", Kind: source.KindPerson, Name: "Amadou Abdramane", Title: "Col. Maj.",
				Affiliations: []source.Affiliation{{Role: "spokesman", OrganizationID: "junta"}}},
			{ID: "mali", Kind: source.KindGovernment, Name: "Government of Mali", Country: "ML"},
			{ID: "burkina", Kind: source.KindGovernment, Name: "Government of Burkina Faso", Country: "BF"},
			// Unnamed, on the record: described, not anonymous.
			{ID: "chiefs", Kind: source.KindGroup, Description: "Defense chiefs from West African nations"},
			{ID: "residents", Kind: source.KindGroup, Description: "Residents of Niamey", BasedIn: "Niamey"},
			// An unnamed organization.
			{ID: "engineer", Kind: source.KindPerson, Description: "An engineer at one of Nigeria’s main electricity companies",
				Affiliations: []source.Affiliation{{Role: "engineer", Organization: &source.Organization{Description: "one of Nigeria’s main electricity companies", Country: "NG"}}}},
			// Anonymous, with a stated reason.
			{ID: "diplomat", Kind: source.KindPerson, Anonymity: &source.Anonymity{Description: "A Western diplomat",
				GroundRule: source.GroundRuleAnonymity, Terms: "speaking on condition of anonymity", Reason: "because the talks are continuing"}},
			{ID: "ecowas", Kind: source.KindOrganization, Name: "Economic Community of West African States"},
			// A parent by reference.
			{ID: "commission", Kind: source.KindOrganization, Name: "ECOWAS Commission", Parent: "ecowas"},
			{ID: "us", Kind: source.KindGovernment, Name: "Government of the United States", Country: "US"},
			{ID: "miller", Kind: source.KindPerson, Name: "Matthew Miller",
				Affiliations: []source.Affiliation{{Role: "spokesman", OrganizationID: "us"}}},
		},
		Quotes: []quote.Quote{
			tiani,
			words("q-warned", quote.KindIndirect, "any attack on Niger would be met with an immediate response", "warned"),
			words("q-joint", quote.KindIndirect, "a military intervention in Niger would be a declaration of war against them", "have said"),
			chiefs,
			words("q-calm", quote.KindIndirect, "the streets were calm", "said"),
			peace,
			words("q-cut", quote.KindIndirect, "power supplies had been cut", "told"),
			window,
			words("q-declined", quote.KindIndirect, "to comment", "declined"),
			words("q-backed", quote.KindIndirect, "the sanctions", "backed"),
			question,
			rejected,
		},
		Attributions: []attribution.Attribution{
			// Speaking for someone.
			{ID: "a-tiani", Speaker: "tiani", Quote: "q-tiani", OnBehalfOf: "junta", Type: attribution.TypeCommitment, Claims: []string{"three-years"}},
			// A warning or threat.
			{ID: "a-warned", Speaker: "abdramane", Quote: "q-warned", OnBehalfOf: "junta", Type: attribution.TypeWarning},
			// A joint statement.
			{ID: "a-joint", Speaker: "mali", With: []string{"burkina"}, Quote: "q-joint", Type: attribution.TypeWarning},
			// A response to another statement.
			{ID: "a-chiefs", Speaker: "chiefs", Quote: "q-chiefs",
				RespondsTo: []attribution.Response{{Kind: attribution.ResponseReply, Attribution: "a-warned"}}},
			{ID: "a-calm", Speaker: "residents", Quote: "q-calm"},
			{ID: "a-peace", Speaker: "residents", Quote: "q-peace"},
			{ID: "a-cut", Speaker: "engineer", Quote: "q-cut", Claims: []string{"power"}},
			{ID: "a-window", Speaker: "diplomat", Quote: "q-window"},
			// Declined to comment.
			{ID: "a-declined", Speaker: "commission", Quote: "q-declined", Type: attribution.TypeDeclinedComment},
			// Support or endorsement.
			{ID: "a-backed", Speaker: "ecowas", Quote: "q-backed", Type: attribution.TypeEndorsement, Claims: []string{"frozen"}},
			// A question.
			{ID: "a-question", Speaker: "miller", Quote: "q-question", OnBehalfOf: "us", Type: attribution.TypeQuestion},
			// A rejection, of another speaker's statement.
			{ID: "a-rejected", Speaker: "miller", Quote: "q-rejected", OnBehalfOf: "us", Type: attribution.TypeRejection,
				RespondsTo: []attribution.Response{{Kind: attribution.ResponseRejection, Attribution: "a-tiani"}}},
		},
		Claims: []attribution.Claim{
			{ID: "three-years", Kind: attribution.ClaimPrediction, Text: "The transition will last no more than three years.",
				Quantities: []attribution.Quantity{{Value: f(3), Unit: "years", Qualifier: attribution.QualifierAtMost, Text: "three years"}}},
			// An open bound over a period.
			{ID: "power", Kind: attribution.ClaimStatistical, Text: "Nigeria supplied up to 90% of Niger’s electricity in the past three years.",
				Quantities: []attribution.Quantity{{Value: f(90), Unit: "percent of Niger’s electricity", Qualifier: attribution.QualifierAtMost,
					Text: "up to 90%", Span: at("up to 90%"), Period: &attribution.Period{Text: "in the past three years", Start: "2020", End: "2023"}}}},
			// A vague amount, with and without a reading.
			{ID: "frozen", Kind: attribution.ClaimStatistical, Text: "The sanctions freeze hundreds of millions of dollars.",
				Quantities: []attribution.Quantity{{Vague: true, Unit: "US dollars", Text: "hundreds of millions of dollars",
					Span: at("hundreds of millions of dollars"), Low: f(1e8), High: f(1e9)}}},
			// Two quantities printed once.
			{ID: "aircraft", Kind: attribution.ClaimStatistical, Text: "The junta has two each of several aircraft types.",
				Quantities: []attribution.Quantity{{Value: f(2), Each: true, Unit: "aircraft", Text: "two each", Span: at("two each")},
					{Vague: true, Unit: "aircraft types", Text: "several"}}},
		},
		// A file photo with its caption's place.
		Credits: []attribution.Credit{{Kind: attribution.CreditImage, Text: "Example Wire/File", Span: at("Example Wire/File"), File: true,
			Caption: "FILE - Supporters of the junta rally in Niamey.", CaptionSpan: at("FILE - Supporters of the junta rally in Niamey.")}},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"}, Created: "2026-11-26"},
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("the patterns document is invalid: %v", err)
	}

	// Each pattern, and the field that expresses it.
	identities := map[string]source.Identity{}
	for _, s := range d.Speakers {
		identities[s.ID] = s.Identity()
	}
	for _, c := range []struct {
		pattern string
		holds   bool
	}{
		{"unnamed is not anonymous", identities["residents"] == source.IdentityUnnamed && identities["diplomat"] == source.IdentityAnonymous},
		{"unnamed organization", d.Speakers[7].Affiliations[0].Organization.Name == ""},
		{"speaking for someone", d.Attributions[1].OnBehalfOf == "junta"},
		{"one entity, referenced", d.Speakers[2].Affiliations[0].OrganizationID == "junta" && d.Speakers[10].Parent == "ecowas"},
		{"joint statement", len(d.Attributions[2].With) == 1},
		{"titles and ranks", d.Speakers[2].Title == "Col. Maj."},
		{"elisions and insertions", len(d.Quotes[0].Edits) == 2},
		{"implicit attribution", d.Quotes[5].Implicit && d.Quotes[5].Cue == nil},
		{"more attribution types", d.Attributions[8].Type == attribution.TypeDeclinedComment && d.Attributions[10].Type == attribution.TypeQuestion},
		{"relations between statements", d.Attributions[11].RespondsTo[0].Kind == attribution.ResponseRejection},
		{"vague figures, open bounds, periods, each", d.Claims[2].Quantities[0].Vague && d.Claims[1].Quantities[0].Period != nil && d.Claims[3].Quantities[0].Each},
		{"approximate times", d.Quotes[0].SaidAs == "late Saturday" && d.Quotes[3].SaidUntil != ""},
		{"article metadata", d.Article.Updated != "" && d.Article.Dateline != "" && len(d.Article.Contributors) == 1},
		{"file credit and its caption's place", d.Credits[0].File && d.Credits[0].CaptionSpan != nil},
		{"translation from an unknown language", d.Quotes[7].Translation.From == "" && d.Quotes[7].Translation.Basis == quote.TranslationInferred},
	} {
		if !c.holds {
			t.Errorf("pattern %q is not expressed as the test expects", c.pattern)
		}
	}
}
