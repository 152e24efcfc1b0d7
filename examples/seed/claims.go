package seed

import "github.com/onrecord/onrecord/attribution"

const (
	factual     = attribution.ClaimFactual
	statistical = attribution.ClaimStatistical
	opinion     = attribution.ClaimOpinion
	prediction  = attribution.ClaimPrediction
	policy      = attribution.ClaimPolicy

	supports    = attribution.RelationSupports
	contradicts = attribution.RelationContradicts
	denies      = attribution.RelationDenies
	qualifies   = attribution.RelationQualifies
)

// claims adds the story's propositions: those its speakers make (the
// attributions list them) and those it makes on its own authority.
func claims(b *attribution.Builder) {
	// Made by the story itself: no attribution lists these.
	b.Claim(attribution.Claim{ID: "restart", Kind: prediction, Text: "Pakistan will restart deporting Afghan refugees."},
		attribution.Passage{Text: "Pakistan is set to restart its initiative to deport Afghan refugees"})
	b.Claim(attribution.Claim{ID: "criticism", Kind: factual, Text: "The UN, the US and international human rights organizations sharply criticized the 2023 announcement."},
		attribution.Passage{Text: "The announcement drew sharp criticism from the UN, the US, and international human rights organizations."})
	b.Claim(attribution.Claim{ID: "affected", Kind: statistical, Text: "The measures were expected to affect about 1.7 million undocumented Afghan refugees of the 4 million Afghans in Pakistan.",
		Quantities: []attribution.Quantity{{Value: new(1.7e6), Unit: "undocumented Afghan refugees", Qualifier: attribution.QualifierApproximately, Text: "approximately 1.7 million"}, {Value: new(4e6), Unit: "Afghan nationals in Pakistan", Text: "4 million"}}},
		attribution.Passage{Text: "The repatriation measures were anticipated to affect approximately 1.7 million undocumented Afghan refugees of the 4 million total Afghan nationals in Pakistan."})
	b.Claim(attribution.Claim{ID: "soviet", Kind: factual, Text: "Many Afghans in Pakistan arrived during the Soviet occupation of Afghanistan."},
		attribution.Passage{Text: "Many of the Afghans currently residing in Pakistan arrived during the Soviet occupation of Afghanistan."})
	b.Claim(attribution.Claim{ID: "entered", Kind: statistical, Text: "An estimated 600,000 to 800,000 Afghans entered Pakistan after the Taliban took power in 2021.",
		Quantities: []attribution.Quantity{{Low: new(600000.0), High: new(800000.0), Unit: "Afghans entering Pakistan", Text: "Between 600,000 and 800,000"}}},
		attribution.Passage{Text: "Between 600,000 and 800,000 Afghans are estimated to have entered Pakistan"})
	b.Claim(attribution.Claim{ID: "sluggish", Kind: factual, Text: "Deportations have been slow in recent months."},
		attribution.Passage{Text: "The deportation process has been notably sluggish over the past few months"})
	b.Claim(attribution.Claim{ID: "highest", Kind: factual, Text: "The 2023 fatality rates were Pakistan’s highest in six years."},
		attribution.Passage{Text: "Those fatality rates are Pakistan’s highest in six years."})
	b.Claim(attribution.Claim{ID: "killed-2024", Kind: statistical, Text: "By a cautious estimate, at least 36 security officers have been killed in terror incidents so far in 2024.",
		Quantities: []attribution.Quantity{{Value: new(36.0), Unit: "security officers killed", Qualifier: attribution.QualifierAtLeast, Text: "at least 36"}}},
		attribution.Passage{Text: "at least 36 security officers have been killed in terror incidents so far in 2024"})
	b.Claim(attribution.Claim{ID: "havens", Kind: factual, Text: "Armed groups operate from safe havens in Afghanistan’s border regions.",
		Relations: []attribution.Relation{{Type: supports, Claim: "refuge"}}},
		attribution.Passage{Text: "armed groups that operate from safe havens in the border regions of Afghanistan"})
	b.Claim(attribution.Claim{ID: "ttp", Kind: factual, Text: "Tehreek-e-Taliban Pakistan is banned in Pakistan and considered a global terrorist organization by the US."},
		attribution.Passage{Text: "an organization that is banned in Pakistan and considered a global terrorist organization by the US"})

	// The anonymous official and Islamabad.
	b.Claim(attribution.Claim{ID: "attack", Kind: factual, Text: "A recent terror attack on a military base near the Afghan border reaffirmed Pakistan’s decision to deport Afghans."},
		attribution.Passage{Text: "a recent terror attack on a Pakistan military base near the border with Afghanistan reaffirmed Pakistan’s decision"})
	b.Claim(attribution.Claim{ID: "deport-all", Kind: policy, Text: "Pakistan will deport all Afghan citizens forcibly."},
		attribution.Passage{Text: "deport all Afghan citizens forcibly"})
	b.Claim(attribution.Claim{ID: "urged", Kind: factual, Text: "Pakistan has repeatedly urged Kabul to act against terrorists on Afghan soil."},
		attribution.Passage{Text: "Pakistan has consistently urged Kabul to take action against terrorists operating on its soil"})
	b.Claim(attribution.Claim{ID: "kabul-lack", Kind: opinion, Text: "Kabul’s lack of seriousness led Pakistan to restart the expulsions."},
		attribution.Passage{Text: "Kabul’s lack of seriousness in addressing these concerns led to reinitiating the expulsion drive"})
	b.Claim(attribution.Claim{ID: "cease", Kind: policy, Text: "Pakistan will no longer shoulder the burden of Afghan refugees."},
		attribution.Passage{Text: "Pakistan will cease to shoulder the burden of Afghan refugees"})
	b.Claim(attribution.Claim{ID: "mid-april", Kind: prediction, Text: "The deportations will begin after Ramadan, in mid-April."},
		attribution.Passage{Text: "set to begin after the end of Ramadan in mid-April"})
	b.Claim(attribution.Claim{ID: "refuge", Kind: factual, Text: "Terrorists cross into Pakistan, attack its security forces and take refuge in Afghanistan."},
		attribution.Passage{Text: "terrorists frequently cross shared borders and take refuge in Afghanistan after targeting Pakistani security forces"})
	b.Claim(attribution.Claim{ID: "deadline", Kind: policy, Text: "Undocumented foreigners had to leave Pakistan by Nov. 1, 2023."},
		attribution.Passage{Text: "setting the deadline for Nov. 1, 2023"})

	// The IOM and Pakistani officials.
	b.Claim(attribution.Claim{ID: "left", Kind: statistical, Text: "More than 500,000 Afghans left Pakistan after Islamabad imposed the November deadline.",
		Quantities: []attribution.Quantity{{Value: new(500000.0), Unit: "Afghans leaving Pakistan", Qualifier: attribution.QualifierMoreThan, Text: "over 500,000"}}},
		attribution.Passage{Text: "over 500,000 Afghans left Pakistan"})
	b.Claim(attribution.Claim{ID: "returned", Kind: factual, Text: "The Afghans who left either returned voluntarily or were deported."},
		attribution.Passage{Text: "these Afghan citizens either voluntarily returned or were forcefully deported"})
	b.Claim(attribution.Claim{ID: "religious-terrorists", Kind: factual, Text: "Religiously motivated terrorists suspected of seeking refuge in Afghanistan are behind the attacks.",
		Relations: []attribution.Relation{{Type: supports, Claim: "refuge"}}},
		attribution.Passage{Text: "religiously motivated terrorists suspected of seeking refuge in Afghanistan’s rugged border regions"})

	// Kabul's denial.
	b.Claim(attribution.Claim{ID: "no-shelter", Kind: factual, Text: "Afghanistan shelters no terrorists.",
		Relations: []attribution.Relation{{Type: denies, Claim: "refuge"}, {Type: denies, Claim: "religious-terrorists"}}},
		attribution.Passage{Text: "denies sheltering any terrorists"})

	// The report.
	b.Claim(attribution.Claim{ID: "deaths-2023", Kind: statistical, Text: "Militant attacks killed about 500 civilians and as many security personnel in Pakistan in 2023.",
		Quantities: []attribution.Quantity{{Value: new(500.0), Unit: "civilians killed", Qualifier: attribution.QualifierApproximately, Text: "approximately 500 civilians"}, {Value: new(500.0), Unit: "security personnel killed", Qualifier: attribution.QualifierApproximately, Text: "an equal number of security forces"}}},
		attribution.Passage{Text: "claimed the lives of approximately 500 civilians and an equal number of security forces in 2023"})
	b.Claim(attribution.Claim{ID: "bordering", Kind: factual, Text: "Most of the attacks occurred in areas bordering Afghanistan.",
		Relations: []attribution.Relation{{Type: supports, Claim: "refuge"}}},
		attribution.Passage{Text: "most of the attacks occurred in areas bordering Afghanistan"})

	// The minister.
	b.Claim(attribution.Claim{ID: "nacta", Kind: policy, Text: "Pakistan’s National Counter Terrorism Authority will be restructured."},
		attribution.Passage{Text: "the restructuring of Pakistan’s National Counter Terrorism Authority"})
	b.Claim(attribution.Claim{ID: "nap", Kind: policy, Text: "The government will fully implement the National Action Plan against terrorism."},
		attribution.Passage{Text: "committed to fully implementing the National Action Plan"})

	// The experts.
	b.Claim(attribution.Claim{ID: "volatile", Kind: opinion, Text: "Pakistan’s security situation is highly intricate and volatile."},
		attribution.Passage{Text: "highly intricate and volatile"})
	b.Claim(attribution.Claim{ID: "masterminds", Kind: factual, Text: "Islamabad has presented substantial evidence that terrorism masterminds are on Afghan soil.",
		Relations: []attribution.Relation{{Type: supports, Claim: "refuge"}}},
		attribution.Passage{Text: "Islamabad has presented substantial evidence “indicating the presence of terrorism masterminds on Afghan soil.”"})
	b.Claim(attribution.Claim{ID: "traces", Kind: factual, Text: "Nearly every assault on Pakistan’s security forces traces back to Afghanistan.",
		Relations: []attribution.Relation{{Type: supports, Claim: "refuge"}}},
		attribution.Passage{Text: "Nearly every assault on the security forces traces back to Afghanistan"})
	b.Claim(attribution.Claim{ID: "confident", Kind: opinion, Text: "Deporting Afghan nationals is a confident move by Pakistan."},
		attribution.Passage{Text: "Pakistan’s choice to deport Afghan nationals appears to be a confident move"})
	b.Claim(attribution.Claim{ID: "implications", Kind: opinion, Text: "Deporting Afghans carries considerable human rights implications.",
		Relations: []attribution.Relation{{Type: qualifies, Claim: "deport-all"}}},
		attribution.Passage{Text: "carries considerable human rights implications"})
	b.Claim(attribution.Claim{ID: "not-refugees", Kind: factual, Text: "Terror attacks in Pakistan cannot be attributed to Afghan refugees.",
		Relations: []attribution.Relation{{Type: qualifies, Claim: "attack"}}},
		attribution.Passage{Text: "terror attacks in Pakistan cannot be attributed to the presence of Afghan refugees in the country"})
	b.Claim(attribution.Claim{ID: "no-intelligence", Kind: factual, Text: "No credible intelligence links most of the attacks to the Afghan diaspora.",
		Relations: []attribution.Relation{{Type: supports, Claim: "not-refugees"}}},
		attribution.Passage{Text: "there is no credible intelligence linking the majority of the attacks to the Afghan diaspora"})
	b.Claim(attribution.Claim{ID: "domestic", Kind: opinion, Text: "Militancy in Pakistan is primarily a domestic issue.",
		Relations: []attribution.Relation{{Type: contradicts, Claim: "traces"}}},
		attribution.Passage{Text: "This is primarily a domestic issue involving militant groups"})
}
