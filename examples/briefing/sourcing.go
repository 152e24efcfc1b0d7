package briefing

import (
	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
)

// call is the channel of every word on the call.
var call = &quote.Channel{Kind: quote.ChannelPressConference, Name: "Background Press Call on the Release of Brittney Griner", Date: "2022-12-08"}

// sourcing adds the words spoken on the call, turn by turn, and the words of
// others that the speakers report.
func sourcing(b *attribution.Builder) {
	// The words of a speaker on the call, verbatim, cued by the label the
	// transcript prints before the speaker's turn: the nearest label
	// before the words is their turn's. Everyone on the call speaks for the
	// government.
	onCall := func(speaker, label, id string, t attribution.Type, words string, claims ...string) string {
		return b.Attribute(attribution.Attribution{Speaker: speaker, OnBehalfOf: USGovernment, Type: t, Claims: claims},
			quote.Quote{ID: id, Kind: quote.KindDirect, Text: words, Cue: &quote.Cue{Text: label}, Channel: call})
	}
	first := func(id string, t attribution.Type, words string, claims ...string) string {
		return onCall(FirstOfficial, "SENIOR ADMINISTRATION OFFICIAL", id, t, words, claims...)
	}
	second := func(id string, t attribution.Type, words string, claims ...string) string {
		return onCall(SecondOfficial, "SENIOR ADMINISTRATION OFFICIAL", id, t, words, claims...)
	}
	// The words of someone a speaker reports, at second hand.
	reported := func(parent string, a attribution.Attribution, q quote.Quote) string {
		a.Parent = parent
		if q.Kind == "" {
			q.Kind = quote.KindIndirect
		}
		return b.Attribute(a, q)
	}
	const (
		assertion    = attribution.TypeAssertion
		announcement = attribution.TypeAnnouncement
		commitment   = attribution.TypeCommitment
		endorsement  = attribution.TypeEndorsement
	)

	// The moderator: what the call is for, its ground rules, its speakers.
	// The names of the speakers are the transcript's insertions.
	onCall(Moderator, "MODERATOR", "moderator-share", announcement,
		"We’re going to share some additional information about the United States’ successful efforts to secure the release of Brittney Griner.")
	b.Attribute(attribution.Attribution{Speaker: Moderator, OnBehalfOf: USGovernment, Type: announcement},
		quote.Quote{ID: "moderator-terms", Kind: quote.KindPartial, Text: "senior administration officials.",
			Cue: &quote.Cue{Text: "attributable to"}, Channel: call})
	insertion := quote.Edit{Kind: quote.EditInsertion, Text: redacted}
	b.Attribute(attribution.Attribution{Speaker: Moderator, OnBehalfOf: USGovernment, Type: announcement},
		quote.Quote{ID: "moderator-speakers", Kind: quote.KindDirect, Cue: &quote.Cue{Text: "MODERATOR"}, Channel: call,
			Text:  "Not for attribution but for everyone’s awareness, our speakers this morning are [senior administration official] and [senior administration official].",
			Edits: []quote.Edit{insertion, insertion}})

	// The first official.
	first("official-home", assertion,
		"After months of being wrongfully detained under intolerable circumstances, Brittney Griner is on her way home to her wife Cherelle and her family.", "home")
	first("official-health", assertion,
		"We can confirm that Brittney is in good health and that she is being offered a wide range of support options following her time wrongfully detained.", "health")
	first("official-record", assertion,
		"Throughout this administration, President Biden has prioritized the safe return of all Americans held hostage and wrongfully detained abroad.  We have, as an administration, been gratified and proud to celebrate the return home of American hostages and wrongful detainees from Afghanistan, from Burma, from Haiti, from Russia, from Venezuela, from West Africa, and from other parts of the world in cases that we have quite deliberately kept discreet for particular reasons.",
		"prioritized", "returned")
	first("official-negotiations", assertion,
		"Now, today’s news — Brittney’s safe return home — is the product of months and months of painstaking negotiations that ultimately, in their success, reflected the culmination of extraordinary efforts across the U.S. government.",
		"negotiations")

	// The Secretary of State, reported: what he said in July, and the
	// proposal he referred to then.
	secretary := first("official-secretary", assertion,
		"As the Secretary of State said publicly back in July, we had been and continue to engage in difficult negotiations with Russia for the release of both Brittney and Paul Whelan, who is very much on our minds today and whom I’ll return to momentarily.  Through the summer, into the fall, we followed up on our initial proposal that the Secretary of State referenced at the time with constructive alternatives.")
	reported(secretary, attribution.Attribution{Speaker: Blinken, OnBehalfOf: USGovernment, Type: assertion, Claims: []string{"both"}},
		quote.Quote{ID: "secretary-july", Text: "we had been and continue to engage in difficult negotiations with Russia for the release of both Brittney and Paul Whelan",
			Cue: &quote.Cue{Text: "said publicly", Lemma: "say"}, Said: "2022-07", SaidAs: "back in July"})
	proposal := b.Attribute(attribution.Attribution{Speaker: Blinken, OnBehalfOf: USGovernment, Type: assertion, Parent: secretary},
		quote.Quote{ID: "secretary-proposal", Kind: quote.KindIndirect, Text: "our initial proposal",
			Cue: &quote.Cue{Text: "referenced", Lemma: "reference"}, Said: "2022-07", SaidAs: "at the time"}, attribution.CueAfter())

	// What the Russians made clear, reported.
	russians := first("official-russians", assertion,
		"And more specifically, through multiple, multiple engagements, the Russians made clear that the only route to securing Brittney’s return was the release of a Russian national, Viktor Bout.",
		"engagements")
	reported(russians, attribution.Attribution{Speaker: Russia, Type: assertion, Claims: []string{"only-route"}},
		quote.Quote{ID: "russia-route", Text: "the only route to securing Brittney’s return was the release of a Russian national, Viktor Bout",
			Cue: &quote.Cue{Text: "made clear", Lemma: "make clear"}})

	first("official-bout", assertion,
		"As many of you know by this point, Bout has been in U.S. detention for over 12 years.  He was convicted in 2011.  He’s been serving his sentence, and he was scheduled for release in 2029.",
		"detention", "convicted")
	first("official-stigma", assertion,
		"Nothing can remove the stigma of his guilty conviction in the U.S. justice system where, I would emphasize, he received due process of law, access to counsel, and a whole host of other rights and protections that Brittney was, appallingly, denied in the sham proceedings she faced in Russia. Nothing can change the fact that Bout has spent over 12 years behind bars in U.S. custody, paying a price for his crimes.",
		"due-process", "sham-proceedings", "behind-bars")
	first("official-uae", endorsement,
		"We, as a government, extend our deepest appreciation to the UAE who assisted in facilitating the transfer today.", "uae-assisted")
	first("official-difficult", assertion,
		"Simply put, negotiations for the release of wrongful detainees are often very difficult, in part because the price paid for an American’s freedom can be steep, and in part because the immediate results of this work can feel unfair or arbitrary.",
		"steep")
	first("official-whelan", commitment,
		"So, while we celebrate Brittney’s homecoming, we remain committed to seeing Paul Whelan likewise released.", "whelan")

	// Unnamed officials who spoke to the Whelans, and what the President
	// made clear to them, reported.
	family := first("official-family", assertion,
		"Yesterday, Paul’s extraordinary sister was visited in person by a senior U.S. government official to share and talk through at length the news about Brittney.  I would also emphasize that the President has made clear to the Whelan family that when they are ready, he is eager to personally convey his commitment to Paul’s case and his resolution to keep them informed of our efforts.")
	reported(family, attribution.Attribution{Speaker: SistersVisitor, OnBehalfOf: USGovernment, Type: attribution.TypeNoDetails},
		quote.Quote{ID: "visitor-news", Text: "the news about Brittney", Cue: &quote.Cue{Text: "share and talk through", Lemma: "share"},
			Recipient: "Paul’s extraordinary sister"})
	reported(family, attribution.Attribution{Speaker: Biden, OnBehalfOf: USGovernment, Type: commitment, Claims: []string{"president-commitment"}},
		quote.Quote{ID: "president-family", Text: "when they are ready, he is eager to personally convey his commitment to Paul’s case and his resolution to keep them informed of our efforts",
			Cue: &quote.Cue{Text: "made clear", Lemma: "make clear"}, Recipient: "the Whelan family"})
	caller := first("official-caller", assertion,
		"I would add that another senior U.S. official spoke at length today with Paul from prison and talked through today’s news.")
	b.Attribute(attribution.Attribution{Speaker: WhelansCaller, OnBehalfOf: USGovernment, Type: attribution.TypeNoDetails, Parent: caller},
		quote.Quote{ID: "caller-news", Kind: quote.KindIndirect, Text: "today’s news", Cue: &quote.Cue{Text: "talked through", Lemma: "talk through"},
			Recipient: "Paul"}, attribution.Context("talked through ", "."))

	// The U.S. proposals for Paul Whelan, the charges Russia levied, and
	// Russia's rejection of the proposals, reported.
	proposals := first("official-proposals", assertion,
		"We did so in good faith with the Russians and proposed multiple different options. Regrettably, due to the nature of the sham espionage charges Russia levied against Paul, the Russians have treated — continue to treat his situation differently from Brittney’s and rejected each and every one of our proposals for his release.",
		"options", "sham-charges")
	options := reported(proposals, attribution.Attribution{Speaker: USGovernment, Type: assertion},
		quote.Quote{ID: "us-options", Text: "multiple different options", Cue: &quote.Cue{Text: "proposed", Lemma: "propose"}, Recipient: "the Russians"})
	b.Attribute(attribution.Attribution{Speaker: Russia, Type: assertion, Claims: []string{"espionage"}, Parent: proposals},
		quote.Quote{ID: "russia-charges", Kind: quote.KindIndirect, Text: "espionage charges", Cue: &quote.Cue{Text: "levied", Lemma: "levy"},
			Channel: &quote.Channel{Kind: quote.ChannelCourtFiling}}, attribution.CueAfter())
	reported(proposals, attribution.Attribution{Speaker: Russia, Type: attribution.TypeRejection,
		RespondsTo: []attribution.Response{{Kind: attribution.ResponseRejection, Attribution: options}, {Kind: attribution.ResponseRejection, Attribution: proposal}}},
		quote.Quote{ID: "russia-rejected", Text: "each and every one of our proposals for his release", Cue: &quote.Cue{Text: "rejected", Lemma: "reject"}})

	first("official-choice", assertion,
		"So I want to be very clear: This was not a situation where we had a choice of which American to bring home.  It was a choice between bringing home one particular American — Brittney Griner — or bringing home none.",
		"no-choice")
	first("official-relent", commitment,
		"We will never relent until we bring Paul home, too, along with other Americans held hostage and wrongfully detained globally.", "whelan")
	first("official-thanks", endorsement,
		"I also want to thank those outside government who have engaged with us constructively and worked to improve Griner’s conditions while detained and to support government efforts to get — to reach this result, including Governor Bill Richardson, as well as a number of others who’ve shown a great deal of care and concern about this case.",
		"helpers")

	// Documents as channels: the President's executive order, the State
	// Department's travel indicator, both "this summer".
	deterrence := first("official-deterrence", assertion,
		"That is why President Biden issued an executive order this summer authorizing sanctions and visa prohibitions against those who are linked to hostage-taking and wrongful detention.  It’s why Secretary of State Blinken has put U.S. diplomatic weight behind a Canadian-led initiative to bolster the international norm against arbitrary detention and to build a coalition to make the use of human beings as political pawns a thing of the past.  And it’s why the State Department introduced, this summer, the “D” for wrongful detention indicator, which warned, even more starkly and clearly, Americans against traveling to countries where the threat of enduring the horrific experience that Brittney has been through looms particularly large.",
		"initiative")
	// "This summer": June to August 2022, as the story puts it.
	const from, until, summer = "2022-06", "2022-08", "this summer"
	reported(deterrence, attribution.Attribution{Speaker: Biden, OnBehalfOf: USGovernment, Type: announcement, Claims: []string{"sanctions"}},
		quote.Quote{ID: "president-order", Text: "sanctions and visa prohibitions against those who are linked to hostage-taking and wrongful detention",
			Cue: &quote.Cue{Text: "authorizing", Lemma: "authorize"}, Channel: &quote.Channel{Kind: quote.ChannelDocument, Name: "executive order"},
			Said: from, SaidUntil: until, SaidAs: summer})
	indicator := &quote.Channel{Kind: quote.ChannelDocument, Name: "“D” for wrongful detention indicator"}
	b.Attribute(attribution.Attribution{Speaker: StateDepartment, OnBehalfOf: USGovernment, Type: announcement, Parent: deterrence},
		quote.Quote{ID: "state-indicator", Kind: quote.KindPartial, Text: "D", Cue: &quote.Cue{Text: "introduced", Lemma: "introduce"},
			Channel: indicator, Said: from, SaidUntil: until, SaidAs: summer}, attribution.Context("“", "”"))
	reported(deterrence, attribution.Attribution{Speaker: StateDepartment, OnBehalfOf: USGovernment, Type: attribution.TypeWarning, Claims: []string{"travel"}},
		quote.Quote{ID: "state-warned", Text: "Americans against traveling to countries where the threat of enduring the horrific experience that Brittney has been through looms particularly large",
			Cue: &quote.Cue{Text: "warned", Lemma: "warn"}, Channel: indicator, Said: from, SaidUntil: until, SaidAs: summer})

	// The second official, whose account of the release comes from the
	// envoy who met Brittney Griner; what the envoy told her, and what she
	// expressed, reported.
	tarmac := second("official-tarmac", assertion,
		"As you all well know, Roger was able to greet BG on the tarmac upon her release this morning, specifically to let her know that he was there to bring her home and was there on behalf of the President and Secretary Blinken.")
	reported(tarmac, attribution.Attribution{Speaker: Carstens, OnBehalfOf: Biden, Type: assertion},
		quote.Quote{ID: "envoy-told", Text: "he was there to bring her home and was there on behalf of the President and Secretary Blinken",
			Cue: &quote.Cue{Text: "let her know", Lemma: "let know"}, Recipient: "BG"})
	mood := second("official-mood", assertion,
		"As you all know, BG has gone through quite an ordeal.  That said, you know, in an extremely upbeat mood, all smiles, and extremely grateful for all the efforts, both USG and outside the government, that has been put on to get her home.  Also expressed that she is very much looking forward, obviously, to getting home to her wife Cherelle, her family and friends, and the broader WNBA team.",
		"upbeat")
	reported(mood, attribution.Attribution{Speaker: Griner, Type: assertion, Claims: []string{"looking-forward"}},
		quote.Quote{ID: "griner-expressed", Text: "she is very much looking forward, obviously, to getting home to her wife Cherelle, her family and friends, and the broader WNBA team",
			Cue: &quote.Cue{Text: "expressed", Lemma: "express"}})
	second("official-privacy", attribution.TypeNoDetails,
		"Aside from that, for privacy reasons, we’re not going to get into too much more.")
	second("official-emiratis", endorsement,
		"But, again, appreciate everybody on this call, our Emirati partners for helping to broker this transaction, and the broader U.S. government for all the efforts to get BG home.",
		"uae-brokered")
}
