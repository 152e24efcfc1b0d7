package seed

import (
	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
)

// The channels the story names.
var (
	interview = &quote.Channel{Kind: quote.ChannelInterview}
	statement = &quote.Channel{Kind: quote.ChannelStatement}
)

// report is the channel of the Center for Research and Security Studies: "A
// report published in December 2023".
func report() *quote.Channel { return &quote.Channel{Kind: quote.ChannelReport, Date: "2023-12"} }

const (
	direct   = quote.KindDirect
	indirect = quote.KindIndirect
	partial  = quote.KindPartial
	mixed    = quote.KindMixed
)

// sourcing adds every quote of the story, paragraph by paragraph, with the
// attribution that joins it to its speaker and the claims it makes.
func sourcing(b *attribution.Builder) {
	const tml = "The Media Line"
	as := func(speaker string, t attribution.Type, claims ...string) attribution.Attribution {
		return attribution.Attribution{Speaker: speaker, Type: t, Claims: claims}
	}
	say := func(speaker string, claims ...string) attribution.Attribution {
		return as(speaker, attribution.TypeAssertion, claims...)
	}

	// The anonymous official, told to the publication; then a direct quote
	// that the cue splits in two, the second part of several sentences.
	b.Attribute(say(Official, "attack", "deport-all"), quote.Quote{ID: "official-told", Kind: indirect, Cue: &quote.Cue{Text: "told", Lemma: "tell"}, Channel: interview, Recipient: tml,
		Text: "a recent terror attack on a Pakistan military base near the border with Afghanistan reaffirmed Pakistan’s decision to deport all Afghan citizens forcibly"})
	b.Attribute(say(Official, "urged"), quote.Quote{ID: "official-urged", Kind: direct, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "Pakistan has consistently urged Kabul to take action against terrorists operating on its soil,"}, attribution.CueAfter())
	b.Attribute(say(Official, "kabul-lack", "cease"), quote.Quote{ID: "official-burden", Kind: direct, ContinuationOf: "official-urged",
		Text: "However, Kabul’s lack of seriousness in addressing these concerns led to reinitiating the expulsion drive. In the broader national interest, Pakistan will cease to shoulder the burden of Afghan refugees."})
	b.Attribute(say(Official, "mid-april"), quote.Quote{ID: "official-strategy", Kind: indirect, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "high-ranking officials were finalizing the strategy for the deportations, which are set to begin after the end of Ramadan in mid-April"})

	// Nested attribution: the official outlines Islamabad's belief.
	outlined := b.Attribute(say(Official), quote.Quote{ID: "official-outlined", Kind: indirect, Cue: &quote.Cue{Text: "outlined", Lemma: "outline"},
		Text: "Islamabad’s firmly held belief that terrorists frequently cross shared borders and take refuge in Afghanistan after targeting Pakistani security forces"})
	belief := as(PakistanGovernment, attribution.TypeBelief, "refuge")
	belief.Parent = outlined
	b.Attribute(belief, quote.Quote{ID: "islamabad-belief", Kind: indirect, Cue: &quote.Cue{Text: "firmly held belief"},
		Text: "terrorists frequently cross shared borders and take refuge in Afghanistan after targeting Pakistani security forces"})

	// The government's announcement of October 2023.
	b.Attribute(as(PakistanGovernment, attribution.TypeAnnouncement, "deadline"), quote.Quote{ID: "government-declared", Kind: indirect, Cue: &quote.Cue{Text: "declared", Lemma: "declare"},
		Text: "its intention to apprehend and repatriate hundreds of thousands of unregistered foreign nationals and migrants who lacked proper documentation, setting the deadline for Nov. 1, 2023"})

	// An organization inside its parent, and an unnamed collective.
	b.Attribute(as(IOM, attribution.TypeFinding, "left"), quote.Quote{ID: "iom-left", Kind: indirect, Cue: &quote.Cue{Text: "According to", Lemma: "according to"},
		Text: "over 500,000 Afghans left Pakistan after Islamabad imposed the November deadline for undocumented migrants to depart"})
	b.Attribute(say(PakistaniOfficials, "returned"), quote.Quote{ID: "officials-returned", Kind: indirect, Cue: &quote.Cue{Text: "say"},
		Text: "these Afghan citizens either voluntarily returned or were forcefully deported"})
	b.Attribute(say(PakistaniOfficials, "religious-terrorists"), quote.Quote{ID: "officials-attribute", Kind: indirect, Cue: &quote.Cue{Text: "attribute"},
		Text: "these attacks to religiously motivated terrorists suspected of seeking refuge in Afghanistan’s rugged border regions"})

	// A government named by its capital denies.
	b.Attribute(as(AfghanGovernment, attribution.TypeDenial, "no-shelter"), quote.Quote{ID: "kabul-denies", Kind: indirect, Cue: &quote.Cue{Text: "denies", Lemma: "deny"},
		Text: "sheltering any terrorists"})

	// A report as the channel, with its month.
	b.Attribute(as(CRSS, attribution.TypeFinding, "deaths-2023"), quote.Quote{ID: "crss-found", Kind: partial, Cue: &quote.Cue{Text: "found", Lemma: "find"}, Channel: report(),
		Text: "militant attacks in Pakistan claimed the lives of approximately 500 civilians and an equal number of security forces in 2023."})
	b.Attribute(as(CRSS, attribution.TypeFinding, "bordering"), quote.Quote{ID: "crss-noted", Kind: indirect, Cue: &quote.Cue{Text: "noted", Lemma: "note"}, Channel: report(),
		Text: "most of the attacks occurred in areas bordering Afghanistan"})

	// A minister who announces, and a written statement.
	b.Attribute(as(Naqvi, attribution.TypeAnnouncement, "nacta"), quote.Quote{ID: "naqvi-announced", Kind: indirect, Cue: &quote.Cue{Text: "announced", Lemma: "announce"},
		Text: "the restructuring of Pakistan’s National Counter Terrorism Authority"})
	b.Attribute(say(Naqvi), quote.Quote{ID: "naqvi-statement", Kind: partial, Cue: &quote.Cue{Text: "underscored", Lemma: "underscore"}, Channel: statement,
		Text: "need to widely promote Pakistan’s national narrative against the extremist ideology of terrorists."})
	b.Attribute(as(Naqvi, attribution.TypeCommitment, "nap"), quote.Quote{ID: "naqvi-committed", Kind: indirect, Cue: &quote.Cue{Text: "committed", Lemma: "commit"},
		Text: "fully implementing the National Action Plan"})

	// Farzana Shah: a quoted fragment, an interview, quotes across
	// paragraphs.
	b.Attribute(say(Shah, "volatile"), quote.Quote{ID: "shah-described", Kind: partial, Cue: &quote.Cue{Text: "described", Lemma: "describe"},
		Text: "highly intricate and volatile."})
	b.Attribute(say(Shah), quote.Quote{ID: "shah-told", Kind: indirect, Cue: &quote.Cue{Text: "told", Lemma: "tell"}, Channel: interview, Recipient: tml,
		Text: "the repatriation efforts are part of Pakistan’s attempt to address security threats from the Afghan border region, especially from TTP"})
	b.Attribute(say(Shah), quote.Quote{ID: "shah-apprehensions", Kind: direct, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "Pakistan’s apprehensions regarding Afghanistan’s perceived insufficient commitment to addressing the TTP issue are long-standing and have been communicated through various channels in the past,"}, attribution.CueAfter())
	b.Attribute(as(Shah, attribution.TypeCall), quote.Quote{ID: "shah-added", Kind: indirect, Cue: &quote.Cue{Text: "added", Lemma: "add"},
		Text: "Afghanistan must respond seriously to Pakistan’s concerns and collaborate"})
	b.Attribute(as(Shah, attribution.TypeCall), quote.Quote{ID: "shah-stakeholders", Kind: indirect, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "international stakeholders need to get involved as well"})
	b.Attribute(say(Shah), quote.Quote{ID: "shah-necessary", Kind: direct, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "These efforts are necessary to effectively address Pakistan’s concerns regarding security threats while simultaneously safeguarding the rights and well-being of refugees,"}, attribution.CueAfter())

	// Israr Ahmed Rajpoot: mixed quotes, and a direct quote split by its
	// cue.
	b.Attribute(say(Rajpoot, "masterminds"), quote.Quote{ID: "rajpoot-told", Kind: mixed, Cue: &quote.Cue{Text: "told", Lemma: "tell"}, Channel: interview, Recipient: tml,
		Text:      "Kabul has been treating recent terror attacks in Pakistan as an internal Pakistani problem, even as Islamabad has presented substantial evidence “indicating the presence of terrorism masterminds on Afghan soil.”",
		Fragments: []quote.Fragment{{Text: "indicating the presence of terrorism masterminds on Afghan soil."}}})
	b.Attribute(say(Rajpoot), quote.Quote{ID: "rajpoot-situation", Kind: direct, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "The situation surrounding Pakistan’s decision to reinitiate the repatriation of Afghan refugees must be evaluated within a broader context of regional security concerns and strained bilateral relations,"}, attribution.CueAfter())
	b.Attribute(say(Rajpoot), quote.Quote{ID: "rajpoot-pointed", Kind: mixed, Cue: &quote.Cue{Text: "pointed to", Lemma: "point to"},
		Text:      "the recent military base attack as well as “nearly daily” attacks on security forces in Khyber Pakhtunkhwa, a Pakistani province on the border with Afghanistan, as examples of ongoing security concerns",
		Fragments: []quote.Fragment{{Text: "nearly daily"}}})
	b.Attribute(say(Rajpoot, "traces"), quote.Quote{ID: "rajpoot-assault", Kind: direct, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "Nearly every assault on the security forces traces back to Afghanistan,"}, attribution.CueAfter())
	b.Attribute(say(Rajpoot, "confident"), quote.Quote{ID: "rajpoot-confident", Kind: direct, ContinuationOf: "rajpoot-assault",
		Text: "In light of these circumstances, Pakistan’s choice to deport Afghan nationals appears to be a confident move."})

	// Andy Vermaut.
	b.Attribute(say(Vermaut, "implications"), quote.Quote{ID: "vermaut-told", Kind: mixed, Cue: &quote.Cue{Text: "told", Lemma: "tell"}, Channel: interview, Recipient: tml,
		Text:      "the decision to repatriate Afghan citizens “carries considerable human rights implications, especially in a country like Afghanistan, which is still recovering from the aftermath of wars.”",
		Fragments: []quote.Fragment{{Text: "carries considerable human rights implications, especially in a country like Afghanistan, which is still recovering from the aftermath of wars."}}})
	b.Attribute(say(Vermaut), quote.Quote{ID: "vermaut-exodus", Kind: direct, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "The mass exodus threatens to worsen an already desperate situation in Afghanistan, a country struggling to rebuild from the massive destruction that war has brought for years,"}, attribution.CueAfter())
	b.Attribute(say(Vermaut), quote.Quote{ID: "vermaut-decades", Kind: indirect, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "some refugees have been in Pakistan for decades and have multiple generations of children in the country"})
	b.Attribute(say(Vermaut), quote.Quote{ID: "vermaut-distress", Kind: mixed, Cue: &quote.Cue{Text: "explained", Lemma: "explain"},
		Text:      "For refugees like these, repatriating in Afghanistan, “a country they may no longer recognize or have connections with, often inflicts profound emotional and psychological distress,”",
		Fragments: []quote.Fragment{{Text: "a country they may no longer recognize or have connections with, often inflicts profound emotional and psychological distress,"}}}, attribution.CueAfter())
	b.Attribute(as(Vermaut, attribution.TypeCall), quote.Quote{ID: "vermaut-called", Kind: indirect, Cue: &quote.Cue{Text: "called on", Lemma: "call on"},
		Text: "the international community to get involved"})
	b.Attribute(say(Vermaut), quote.Quote{ID: "vermaut-humanity", Kind: direct, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "Safeguarding and providing for the most vulnerable, especially those displaced by conflict, is a collective responsibility that transcends borders and belongs to humanity as a whole,"}, attribution.CueAfter())

	// Kamal Alam, who contradicts the case against the refugees.
	b.Attribute(say(Alam, "not-refugees"), quote.Quote{ID: "alam-told", Kind: indirect, Cue: &quote.Cue{Text: "told", Lemma: "tell"}, Channel: interview, Recipient: tml,
		Text: "terror attacks in Pakistan cannot be attributed to the presence of Afghan refugees in the country"})
	b.Attribute(say(Alam, "no-intelligence"), quote.Quote{ID: "alam-blame", Kind: direct, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "While it may be convenient to blame Afghans, who have resided in Pakistan for over three decades in certain cases, there is no credible intelligence linking the majority of the attacks to the Afghan diaspora,"}, attribution.CueAfter())
	b.Attribute(say(Alam, "domestic"), quote.Quote{ID: "alam-domestic", Kind: direct, ContinuationOf: "alam-blame",
		Text: "This is primarily a domestic issue involving militant groups, compounded by a failure to manage relationships within Afghanistan effectively."})
	b.Attribute(say(Alam), quote.Quote{ID: "alam-governments", Kind: indirect, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "multiple Afghan governments have experienced strained relations with Pakistan"})
	b.Attribute(say(Alam), quote.Quote{ID: "alam-questions", Kind: direct, Cue: &quote.Cue{Text: "said", Lemma: "say"},
		Text: "This raises questions about whether Islamabad has failed to understand Kabul’s priorities and desires accurately,"}, attribution.CueAfter())
}
