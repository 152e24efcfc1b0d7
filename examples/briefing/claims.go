package briefing

import "github.com/onrecord/onrecord/attribution"

const (
	factual     = attribution.ClaimFactual
	statistical = attribution.ClaimStatistical
	opinion     = attribution.ClaimOpinion
	policy      = attribution.ClaimPolicy
)

// claims adds the propositions the speakers put forward. Every one has a
// source: a transcript asserts nothing on its own authority.
func claims(b *attribution.Builder) {
	claim := func(c attribution.Claim, appearance string) { b.Claim(c, attribution.Passage{Text: appearance}) }
	// vague is a figure the text gives only as an order of size.
	vague := func(printed, unit string) []attribution.Quantity {
		return []attribution.Quantity{{Vague: true, Unit: unit, Text: printed}}
	}
	// over is a figure the text gives as a lower bound.
	over := func(value float64, printed, unit string) []attribution.Quantity {
		return []attribution.Quantity{{Value: &value, Qualifier: attribution.QualifierMoreThan, Unit: unit, Text: printed}}
	}
	relate := func(t attribution.RelationType, id string) []attribution.Relation {
		return []attribution.Relation{{Type: t, Claim: id}}
	}

	// Brittney Griner's release.
	claim(attribution.Claim{ID: "home", Kind: factual, Text: "Brittney Griner is on her way home to her family."},
		"Brittney Griner is on her way home to her wife Cherelle and her family")
	claim(attribution.Claim{ID: "health", Kind: factual, Text: "Brittney Griner is in good health."},
		"Brittney is in good health")
	claim(attribution.Claim{ID: "upbeat", Kind: factual, Text: "Brittney Griner is in an upbeat mood and grateful for the efforts to free her.",
		Relations: relate(attribution.RelationSupports, "health")},
		"in an extremely upbeat mood, all smiles, and extremely grateful")
	claim(attribution.Claim{ID: "looking-forward", Kind: factual, Text: "Brittney Griner looks forward to getting home to her wife, family, friends and team."},
		"she is very much looking forward")

	// The administration's record.
	claim(attribution.Claim{ID: "prioritized", Kind: factual, Text: "President Biden has made the return of Americans held abroad a priority."},
		"President Biden has prioritized the safe return of all Americans held hostage and wrongfully detained abroad")
	claim(attribution.Claim{ID: "returned", Kind: factual, Text: "The administration has brought home hostages and detainees from Afghanistan, Burma, Haiti, Russia, Venezuela, West Africa and elsewhere."},
		"celebrate the return home of American hostages and wrongful detainees")

	// The negotiations with Russia.
	claim(attribution.Claim{ID: "negotiations", Kind: statistical, Text: "The release came after many months of negotiations.",
		Quantities: vague("months and months", "months of negotiations")},
		"the product of months and months of painstaking negotiations")
	claim(attribution.Claim{ID: "both", Kind: factual, Text: "The United States has been negotiating with Russia for the release of both Brittney Griner and Paul Whelan."},
		"difficult negotiations with Russia for the release of both Brittney and Paul Whelan")
	claim(attribution.Claim{ID: "engagements", Kind: statistical, Text: "The United States and Russia engaged many times over the release.",
		Quantities: vague("multiple, multiple engagements", "engagements with Russia")},
		"through multiple, multiple engagements")
	claim(attribution.Claim{ID: "only-route", Kind: policy, Text: "Russia would free Brittney Griner only in exchange for Viktor Bout."},
		"the only route to securing Brittney’s return was the release of a Russian national, Viktor Bout")
	claim(attribution.Claim{ID: "no-choice", Kind: factual, Text: "The choice was between bringing Brittney Griner home or no one.",
		Relations: relate(attribution.RelationSupports, "only-route")},
		"It was a choice between bringing home one particular American — Brittney Griner — or bringing home none.")
	claim(attribution.Claim{ID: "steep", Kind: opinion, Text: "The price of an American's freedom can be steep."},
		"the price paid for an American’s freedom can be steep")

	// Viktor Bout, and the proceedings against Brittney Griner.
	claim(attribution.Claim{ID: "detention", Kind: statistical, Text: "Viktor Bout has been in U.S. detention for more than 12 years.",
		Quantities: over(12, "over 12 years", "years in U.S. detention")},
		"Bout has been in U.S. detention for over 12 years")
	claim(attribution.Claim{ID: "convicted", Kind: factual, Text: "Viktor Bout was convicted in 2011 and due for release in 2029."},
		"He was convicted in 2011.  He’s been serving his sentence, and he was scheduled for release in 2029.")
	claim(attribution.Claim{ID: "due-process", Kind: factual, Text: "Viktor Bout received due process of law in the U.S. justice system."},
		"he received due process of law, access to counsel, and a whole host of other rights and protections")
	claim(attribution.Claim{ID: "sham-proceedings", Kind: opinion, Text: "Brittney Griner was denied her rights in sham proceedings in Russia."},
		"denied in the sham proceedings she faced in Russia")
	claim(attribution.Claim{ID: "behind-bars", Kind: statistical, Text: "Viktor Bout has spent more than 12 years behind bars.",
		Quantities: over(12, "over 12 years", "years behind bars"), Relations: relate(attribution.RelationSupports, "detention")},
		"Bout has spent over 12 years behind bars in U.S. custody")

	// The United Arab Emirates.
	claim(attribution.Claim{ID: "uae-assisted", Kind: factual, Text: "The UAE assisted in the transfer."},
		"the UAE who assisted in facilitating the transfer today")
	claim(attribution.Claim{ID: "uae-brokered", Kind: factual, Text: "The Emirati government helped broker the exchange.",
		Relations: relate(attribution.RelationSupports, "uae-assisted")},
		"our Emirati partners for helping to broker this transaction")

	// Paul Whelan.
	claim(attribution.Claim{ID: "whelan", Kind: policy, Text: "The United States remains committed to bringing Paul Whelan home."},
		"we remain committed to seeing Paul Whelan likewise released")
	claim(attribution.Claim{ID: "president-commitment", Kind: policy, Text: "President Biden will convey his commitment to Paul Whelan's case to his family and keep them informed."},
		"he is eager to personally convey his commitment to Paul’s case")
	claim(attribution.Claim{ID: "options", Kind: statistical, Text: "The United States proposed several options for Paul Whelan's release, all rejected by Russia.",
		Quantities: vague("multiple different options", "options proposed")},
		"proposed multiple different options")
	claim(attribution.Claim{ID: "espionage", Kind: factual, Text: "Paul Whelan committed espionage."},
		"espionage charges")
	claim(attribution.Claim{ID: "sham-charges", Kind: opinion, Text: "The espionage charges against Paul Whelan are a sham.",
		Relations: relate(attribution.RelationDenies, "espionage")},
		"sham espionage charges")

	// Those who helped, and what deters hostage-taking.
	claim(attribution.Claim{ID: "helpers", Kind: statistical, Text: "Governor Bill Richardson and others outside government helped.",
		Quantities: vague("a number of others", "others outside government who helped")},
		"including Governor Bill Richardson, as well as a number of others")
	claim(attribution.Claim{ID: "sanctions", Kind: policy, Text: "Those linked to hostage-taking and wrongful detention face sanctions and visa prohibitions."},
		"authorizing sanctions and visa prohibitions against those who are linked to hostage-taking and wrongful detention")
	claim(attribution.Claim{ID: "initiative", Kind: policy, Text: "The United States backs a Canadian-led initiative against arbitrary detention."},
		"put U.S. diplomatic weight behind a Canadian-led initiative")
	claim(attribution.Claim{ID: "travel", Kind: policy, Text: "Americans should not travel to countries with a high risk of wrongful detention."},
		"Americans against traveling to countries where the threat")
}
