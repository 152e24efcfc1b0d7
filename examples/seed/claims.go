package seed

import "github.com/onrecord/onrecord/attribution"

// claim builds a claim whose appearance is the given passage of the text.
func (b *builder) claim(id string, kind attribution.ClaimKind, proposition, passage string, more ...func(*attribution.Claim)) {
	c := attribution.Claim{ID: id, Kind: kind, Text: proposition, Span: b.at(passage)}
	for _, m := range more {
		m(&c)
	}
	b.doc.Claims = append(b.doc.Claims, c)
}

// figure adds a quantity, locating its printed form.
func (b *builder) figure(value float64, unit string, q attribution.Qualifier, printed string) func(*attribution.Claim) {
	return func(c *attribution.Claim) {
		c.Quantities = append(c.Quantities, attribution.Quantity{
			Value: &value, Unit: unit, Qualifier: q, Text: printed, Span: b.at(printed),
		})
	}
}

// between adds a range, locating its printed form.
func (b *builder) between(low, high float64, unit, printed string) func(*attribution.Claim) {
	return func(c *attribution.Claim) {
		c.Quantities = append(c.Quantities, attribution.Quantity{
			Low: &low, High: &high, Unit: unit, Text: printed, Span: b.at(printed),
		})
	}
}

// relate ties the claim to others.
func relate(t attribution.RelationType, claims ...string) func(*attribution.Claim) {
	return func(c *attribution.Claim) {
		for _, other := range claims {
			c.Relations = append(c.Relations, attribution.Relation{Type: t, Claim: other})
		}
	}
}

const (
	factual     = attribution.ClaimFactual
	statistical = attribution.ClaimStatistical
	opinion     = attribution.ClaimOpinion
	prediction  = attribution.ClaimPrediction
	policy      = attribution.ClaimPolicy
)

// claims adds the story's propositions: those its speakers make (the
// attributions list them) and those it makes on its own authority.
func (b *builder) claims() {
	// Made by the story itself: no attribution lists these.
	b.claim("restart", prediction, "Pakistan will restart deporting Afghan refugees.",
		"Pakistan is set to restart its initiative to deport Afghan refugees")
	b.claim("criticism", factual, "The UN, the US and international human rights organizations sharply criticized the 2023 announcement.",
		"The announcement drew sharp criticism from the UN, the US, and international human rights organizations.")
	b.claim("affected", statistical, "The measures were expected to affect about 1.7 million undocumented Afghan refugees of the 4 million Afghans in Pakistan.",
		"The repatriation measures were anticipated to affect approximately 1.7 million undocumented Afghan refugees of the 4 million total Afghan nationals in Pakistan.",
		b.figure(1.7e6, "undocumented Afghan refugees", attribution.QualifierApproximately, "approximately 1.7 million"),
		b.figure(4e6, "Afghan nationals in Pakistan", "", "4 million"))
	b.claim("soviet", factual, "Many Afghans in Pakistan arrived during the Soviet occupation of Afghanistan.",
		"Many of the Afghans currently residing in Pakistan arrived during the Soviet occupation of Afghanistan.")
	b.claim("entered", statistical, "An estimated 600,000 to 800,000 Afghans entered Pakistan after the Taliban took power in 2021.",
		"Between 600,000 and 800,000 Afghans are estimated to have entered Pakistan",
		b.between(600000, 800000, "Afghans entering Pakistan", "Between 600,000 and 800,000"))
	b.claim("sluggish", factual, "Deportations have been slow in recent months.",
		"The deportation process has been notably sluggish over the past few months")
	b.claim("highest", factual, "The 2023 fatality rates were Pakistan’s highest in six years.",
		"Those fatality rates are Pakistan’s highest in six years.")
	b.claim("killed-2024", statistical, "By a cautious estimate, at least 36 security officers have been killed in terror incidents so far in 2024.",
		"at least 36 security officers have been killed in terror incidents so far in 2024",
		b.figure(36, "security officers killed", attribution.QualifierAtLeast, "at least 36"))
	b.claim("havens", factual, "Armed groups operate from safe havens in Afghanistan’s border regions.",
		"armed groups that operate from safe havens in the border regions of Afghanistan",
		relate(attribution.RelationSupports, "refuge"))
	b.claim("ttp", factual, "Tehreek-e-Taliban Pakistan is banned in Pakistan and considered a global terrorist organization by the US.",
		"an organization that is banned in Pakistan and considered a global terrorist organization by the US")

	// The anonymous official and Islamabad.
	b.claim("attack", factual, "A recent terror attack on a military base near the Afghan border reaffirmed Pakistan’s decision to deport Afghans.",
		"a recent terror attack on a Pakistan military base near the border with Afghanistan reaffirmed Pakistan’s decision")
	b.claim("deport-all", policy, "Pakistan will deport all Afghan citizens forcibly.",
		"deport all Afghan citizens forcibly")
	b.claim("urged", factual, "Pakistan has repeatedly urged Kabul to act against terrorists on Afghan soil.",
		"Pakistan has consistently urged Kabul to take action against terrorists operating on its soil")
	b.claim("kabul-lack", opinion, "Kabul’s lack of seriousness led Pakistan to restart the expulsions.",
		"Kabul’s lack of seriousness in addressing these concerns led to reinitiating the expulsion drive")
	b.claim("cease", policy, "Pakistan will no longer shoulder the burden of Afghan refugees.",
		"Pakistan will cease to shoulder the burden of Afghan refugees")
	b.claim("mid-april", prediction, "The deportations will begin after Ramadan, in mid-April.",
		"set to begin after the end of Ramadan in mid-April")
	b.claim("refuge", factual, "Terrorists cross into Pakistan, attack its security forces and take refuge in Afghanistan.",
		"terrorists frequently cross shared borders and take refuge in Afghanistan after targeting Pakistani security forces")
	b.claim("deadline", policy, "Undocumented foreigners had to leave Pakistan by Nov. 1, 2023.",
		"setting the deadline for Nov. 1, 2023")

	// The IOM and Pakistani officials.
	b.claim("left", statistical, "More than 500,000 Afghans left Pakistan after Islamabad imposed the November deadline.",
		"over 500,000 Afghans left Pakistan",
		b.figure(500000, "Afghans leaving Pakistan", attribution.QualifierMoreThan, "over 500,000"))
	b.claim("returned", factual, "The Afghans who left either returned voluntarily or were deported.",
		"these Afghan citizens either voluntarily returned or were forcefully deported")
	b.claim("religious-terrorists", factual, "Religiously motivated terrorists suspected of seeking refuge in Afghanistan are behind the attacks.",
		"religiously motivated terrorists suspected of seeking refuge in Afghanistan’s rugged border regions",
		relate(attribution.RelationSupports, "refuge"))

	// Kabul's denial.
	b.claim("no-shelter", factual, "Afghanistan shelters no terrorists.",
		"denies sheltering any terrorists",
		relate(attribution.RelationDenies, "refuge", "religious-terrorists"))

	// The report.
	b.claim("deaths-2023", statistical, "Militant attacks killed about 500 civilians and as many security personnel in Pakistan in 2023.",
		"claimed the lives of approximately 500 civilians and an equal number of security forces in 2023",
		b.figure(500, "civilians killed", attribution.QualifierApproximately, "approximately 500 civilians"),
		b.figure(500, "security personnel killed", attribution.QualifierApproximately, "an equal number of security forces"))
	b.claim("bordering", factual, "Most of the attacks occurred in areas bordering Afghanistan.",
		"most of the attacks occurred in areas bordering Afghanistan",
		relate(attribution.RelationSupports, "refuge"))

	// The minister.
	b.claim("nacta", policy, "Pakistan’s National Counter Terrorism Authority will be restructured.",
		"the restructuring of Pakistan’s National Counter Terrorism Authority")
	b.claim("nap", policy, "The government will fully implement the National Action Plan against terrorism.",
		"committed to fully implementing the National Action Plan")

	// The experts.
	b.claim("volatile", opinion, "Pakistan’s security situation is highly intricate and volatile.",
		"highly intricate and volatile")
	b.claim("masterminds", factual, "Islamabad has presented substantial evidence that terrorism masterminds are on Afghan soil.",
		"Islamabad has presented substantial evidence “indicating the presence of terrorism masterminds on Afghan soil.”",
		relate(attribution.RelationSupports, "refuge"))
	b.claim("traces", factual, "Nearly every assault on Pakistan’s security forces traces back to Afghanistan.",
		"Nearly every assault on the security forces traces back to Afghanistan",
		relate(attribution.RelationSupports, "refuge"))
	b.claim("confident", opinion, "Deporting Afghan nationals is a confident move by Pakistan.",
		"Pakistan’s choice to deport Afghan nationals appears to be a confident move")
	b.claim("implications", opinion, "Deporting Afghans carries considerable human rights implications.",
		"carries considerable human rights implications",
		relate(attribution.RelationQualifies, "deport-all"))
	b.claim("not-refugees", factual, "Terror attacks in Pakistan cannot be attributed to Afghan refugees.",
		"terror attacks in Pakistan cannot be attributed to the presence of Afghan refugees in the country",
		relate(attribution.RelationQualifies, "attack"))
	b.claim("no-intelligence", factual, "No credible intelligence links most of the attacks to the Afghan diaspora.",
		"there is no credible intelligence linking the majority of the attacks to the Afghan diaspora",
		relate(attribution.RelationSupports, "not-refugees"))
	b.claim("domestic", opinion, "Militancy in Pakistan is primarily a domestic issue.",
		"This is primarily a domestic issue involving militant groups",
		relate(attribution.RelationContradicts, "traces"))
}

// credits adds the story's image credit.
func (b *builder) credits() {
	b.doc.Credits = append(b.doc.Credits, attribution.Credit{
		Kind:     attribution.CreditImage,
		Text:     "REUTERS/Charlotte Greenfield",
		Creator:  "Charlotte Greenfield",
		Provider: "Reuters",
		Caption:  "Children play outside their family’s shelters at Afghan refugee camp in Islamabad, Pakistan February 13, 2020. Picture taken February 13, 2020.",
		Span:     b.at("REUTERS/Charlotte Greenfield"),
	})
}
