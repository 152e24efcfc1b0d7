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
func (b *builder) sourcing() {
	const tml = "The Media Line"
	say := func(claims ...string) attribution.Attribution {
		return attribution.Attribution{Type: attribution.TypeAssertion, Claims: claims}
	}
	as := func(t attribution.Type, claims ...string) attribution.Attribution {
		return attribution.Attribution{Type: t, Claims: claims}
	}

	// The anonymous official, told to the publication; then a direct quote
	// that the cue splits in two, the second part of several sentences.
	b.attribute(Official, words{id: "official-told", kind: indirect, cue: "told", lemma: "tell", channel: interview, recipient: tml,
		text: "a recent terror attack on a Pakistan military base near the border with Afghanistan reaffirmed Pakistan’s decision to deport all Afghan citizens forcibly"},
		say("attack", "deport-all"))
	b.attribute(Official, words{id: "official-urged", kind: direct, cue: "said", lemma: "say", cueAfter: true,
		text: "Pakistan has consistently urged Kabul to take action against terrorists operating on its soil,"},
		say("urged"))
	b.attribute(Official, words{id: "official-burden", kind: direct, continues: "official-urged",
		text: "However, Kabul’s lack of seriousness in addressing these concerns led to reinitiating the expulsion drive. In the broader national interest, Pakistan will cease to shoulder the burden of Afghan refugees."},
		say("kabul-lack", "cease"))
	b.attribute(Official, words{id: "official-strategy", kind: indirect, cue: "said", lemma: "say",
		text: "high-ranking officials were finalizing the strategy for the deportations, which are set to begin after the end of Ramadan in mid-April"},
		say("mid-april"))

	// Nested attribution: the official outlines Islamabad's belief.
	b.attribute(Official, words{id: "official-outlined", kind: indirect, cue: "outlined", lemma: "outline",
		text: "Islamabad’s firmly held belief that terrorists frequently cross shared borders and take refuge in Afghanistan after targeting Pakistani security forces"},
		say())
	belief := as(attribution.TypeBelief, "refuge")
	belief.Parent = "a-official-outlined"
	b.attribute(PakistanGovernment, words{id: "islamabad-belief", kind: indirect, cue: "firmly held belief",
		text: "terrorists frequently cross shared borders and take refuge in Afghanistan after targeting Pakistani security forces"},
		belief)

	// The government's announcement of October 2023.
	b.attribute(PakistanGovernment, words{id: "government-declared", kind: indirect, cue: "declared", lemma: "declare",
		text: "its intention to apprehend and repatriate hundreds of thousands of unregistered foreign nationals and migrants who lacked proper documentation, setting the deadline for Nov. 1, 2023"},
		as(attribution.TypeAnnouncement, "deadline"))

	// An organization inside its parent, and an unnamed collective.
	b.attribute(IOM, words{id: "iom-left", kind: indirect, cue: "According to", lemma: "according to",
		text: "over 500,000 Afghans left Pakistan after Islamabad imposed the November deadline for undocumented migrants to depart"},
		as(attribution.TypeFinding, "left"))
	b.attribute(PakistaniOfficials, words{id: "officials-returned", kind: indirect, cue: "say",
		text: "these Afghan citizens either voluntarily returned or were forcefully deported"},
		say("returned"))
	b.attribute(PakistaniOfficials, words{id: "officials-attribute", kind: indirect, cue: "attribute",
		text: "these attacks to religiously motivated terrorists suspected of seeking refuge in Afghanistan’s rugged border regions"},
		say("religious-terrorists"))

	// A government named by its capital denies.
	b.attribute(AfghanGovernment, words{id: "kabul-denies", kind: indirect, cue: "denies", lemma: "deny",
		text: "sheltering any terrorists"},
		as(attribution.TypeDenial, "no-shelter"))

	// A report as the channel, with its month.
	b.attribute(CRSS, words{id: "crss-found", kind: partial, cue: "found", lemma: "find", channel: report(),
		text: "militant attacks in Pakistan claimed the lives of approximately 500 civilians and an equal number of security forces in 2023."},
		as(attribution.TypeFinding, "deaths-2023"))
	b.attribute(CRSS, words{id: "crss-noted", kind: indirect, cue: "noted", lemma: "note", channel: report(),
		text: "most of the attacks occurred in areas bordering Afghanistan"},
		as(attribution.TypeFinding, "bordering"))

	// A minister who announces, and a written statement.
	b.attribute(Naqvi, words{id: "naqvi-announced", kind: indirect, cue: "announced", lemma: "announce",
		text: "the restructuring of Pakistan’s National Counter Terrorism Authority"},
		as(attribution.TypeAnnouncement, "nacta"))
	b.attribute(Naqvi, words{id: "naqvi-statement", kind: partial, cue: "underscored", lemma: "underscore", channel: statement,
		text: "need to widely promote Pakistan’s national narrative against the extremist ideology of terrorists."},
		say())
	b.attribute(Naqvi, words{id: "naqvi-committed", kind: indirect, cue: "committed", lemma: "commit",
		text: "fully implementing the National Action Plan"},
		as(attribution.TypeCommitment, "nap"))

	// Farzana Shah: a quoted fragment, an interview, quotes across
	// paragraphs.
	b.attribute(Shah, words{id: "shah-described", kind: partial, cue: "described", lemma: "describe",
		text: "highly intricate and volatile."},
		say("volatile"))
	b.attribute(Shah, words{id: "shah-told", kind: indirect, cue: "told", lemma: "tell", channel: interview, recipient: tml,
		text: "the repatriation efforts are part of Pakistan’s attempt to address security threats from the Afghan border region, especially from TTP"},
		say())
	b.attribute(Shah, words{id: "shah-apprehensions", kind: direct, cue: "said", lemma: "say", cueAfter: true,
		text: "Pakistan’s apprehensions regarding Afghanistan’s perceived insufficient commitment to addressing the TTP issue are long-standing and have been communicated through various channels in the past,"},
		say())
	b.attribute(Shah, words{id: "shah-added", kind: indirect, cue: "added", lemma: "add",
		text: "Afghanistan must respond seriously to Pakistan’s concerns and collaborate"},
		as(attribution.TypeCall))
	b.attribute(Shah, words{id: "shah-stakeholders", kind: indirect, cue: "said", lemma: "say",
		text: "international stakeholders need to get involved as well"},
		as(attribution.TypeCall))
	b.attribute(Shah, words{id: "shah-necessary", kind: direct, cue: "said", lemma: "say", cueAfter: true,
		text: "These efforts are necessary to effectively address Pakistan’s concerns regarding security threats while simultaneously safeguarding the rights and well-being of refugees,"},
		say())

	// Israr Ahmed Rajpoot: mixed quotes, and a direct quote split by its
	// cue.
	b.attribute(Rajpoot, words{id: "rajpoot-told", kind: mixed, cue: "told", lemma: "tell", channel: interview, recipient: tml,
		text:      "Kabul has been treating recent terror attacks in Pakistan as an internal Pakistani problem, even as Islamabad has presented substantial evidence “indicating the presence of terrorism masterminds on Afghan soil.”",
		fragments: []string{"indicating the presence of terrorism masterminds on Afghan soil."}},
		say("masterminds"))
	b.attribute(Rajpoot, words{id: "rajpoot-situation", kind: direct, cue: "said", lemma: "say", cueAfter: true,
		text: "The situation surrounding Pakistan’s decision to reinitiate the repatriation of Afghan refugees must be evaluated within a broader context of regional security concerns and strained bilateral relations,"},
		say())
	b.attribute(Rajpoot, words{id: "rajpoot-pointed", kind: mixed, cue: "pointed to", lemma: "point to",
		text:      "the recent military base attack as well as “nearly daily” attacks on security forces in Khyber Pakhtunkhwa, a Pakistani province on the border with Afghanistan, as examples of ongoing security concerns",
		fragments: []string{"nearly daily"}},
		say())
	b.attribute(Rajpoot, words{id: "rajpoot-assault", kind: direct, cue: "said", lemma: "say", cueAfter: true,
		text: "Nearly every assault on the security forces traces back to Afghanistan,"},
		say("traces"))
	b.attribute(Rajpoot, words{id: "rajpoot-confident", kind: direct, continues: "rajpoot-assault",
		text: "In light of these circumstances, Pakistan’s choice to deport Afghan nationals appears to be a confident move."},
		say("confident"))

	// Andy Vermaut.
	b.attribute(Vermaut, words{id: "vermaut-told", kind: mixed, cue: "told", lemma: "tell", channel: interview, recipient: tml,
		text:      "the decision to repatriate Afghan citizens “carries considerable human rights implications, especially in a country like Afghanistan, which is still recovering from the aftermath of wars.”",
		fragments: []string{"carries considerable human rights implications, especially in a country like Afghanistan, which is still recovering from the aftermath of wars."}},
		say("implications"))
	b.attribute(Vermaut, words{id: "vermaut-exodus", kind: direct, cue: "said", lemma: "say", cueAfter: true,
		text: "The mass exodus threatens to worsen an already desperate situation in Afghanistan, a country struggling to rebuild from the massive destruction that war has brought for years,"},
		say())
	b.attribute(Vermaut, words{id: "vermaut-decades", kind: indirect, cue: "said", lemma: "say",
		text: "some refugees have been in Pakistan for decades and have multiple generations of children in the country"},
		say())
	b.attribute(Vermaut, words{id: "vermaut-distress", kind: mixed, cue: "explained", lemma: "explain", cueAfter: true,
		text:      "For refugees like these, repatriating in Afghanistan, “a country they may no longer recognize or have connections with, often inflicts profound emotional and psychological distress,”",
		fragments: []string{"a country they may no longer recognize or have connections with, often inflicts profound emotional and psychological distress,"}},
		say())
	b.attribute(Vermaut, words{id: "vermaut-called", kind: indirect, cue: "called on", lemma: "call on",
		text: "the international community to get involved"},
		as(attribution.TypeCall))
	b.attribute(Vermaut, words{id: "vermaut-humanity", kind: direct, cue: "said", lemma: "say", cueAfter: true,
		text: "Safeguarding and providing for the most vulnerable, especially those displaced by conflict, is a collective responsibility that transcends borders and belongs to humanity as a whole,"},
		say())

	// Kamal Alam, who contradicts the case against the refugees.
	b.attribute(Alam, words{id: "alam-told", kind: indirect, cue: "told", lemma: "tell", channel: interview, recipient: tml,
		text: "terror attacks in Pakistan cannot be attributed to the presence of Afghan refugees in the country"},
		say("not-refugees"))
	b.attribute(Alam, words{id: "alam-blame", kind: direct, cue: "said", lemma: "say", cueAfter: true,
		text: "While it may be convenient to blame Afghans, who have resided in Pakistan for over three decades in certain cases, there is no credible intelligence linking the majority of the attacks to the Afghan diaspora,"},
		say("no-intelligence"))
	b.attribute(Alam, words{id: "alam-domestic", kind: direct, continues: "alam-blame",
		text: "This is primarily a domestic issue involving militant groups, compounded by a failure to manage relationships within Afghanistan effectively."},
		say("domestic"))
	b.attribute(Alam, words{id: "alam-governments", kind: indirect, cue: "said", lemma: "say",
		text: "multiple Afghan governments have experienced strained relations with Pakistan"},
		say())
	b.attribute(Alam, words{id: "alam-questions", kind: direct, cue: "said", lemma: "say", cueAfter: true,
		text: "This raises questions about whether Islamabad has failed to understand Kabul’s priorities and desires accurately,"},
		say())
}
