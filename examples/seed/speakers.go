package seed

import "github.com/onrecord/onrecord/source"

// The speakers' IDs.
const (
	Official           = "official"
	PakistanGovernment = "pakistan"
	PakistaniOfficials = "pakistani-officials"
	AfghanGovernment   = "afghanistan"
	IOM                = "iom"
	CRSS               = "crss"
	Naqvi              = "naqvi"
	Shah               = "shah"
	Rajpoot            = "rajpoot"
	Vermaut            = "vermaut"
	Alam               = "alam"
)

func (b *builder) speakers() {
	// "Speaking on condition of anonymity, an Islamabad-based senior
	// intelligence official told The Media Line ..." The story gives no
	// reason for the anonymity.
	b.speaker(source.Speaker{
		ID: Official, Kind: source.KindPerson, BasedIn: "Islamabad", Country: "PK",
		Anonymity: &source.Anonymity{
			Description: "senior intelligence official",
			GroundRule:  source.GroundRuleAnonymity,
			Terms:       "Speaking on condition of anonymity",
		},
	},
		named("an Islamabad-based senior intelligence official"),
		before("the source", " said. “However"),
		before("The source", " said that high-ranking"),
		before("He", " outlined"),
	)

	// A government named by its capital: "Islamabad’s firmly held belief",
	// "the Pakistani government declared ...".
	b.speaker(source.Speaker{ID: PakistanGovernment, Kind: source.KindGovernment, Name: "Government of Pakistan", Country: "PK"},
		before("Islamabad’s", " firmly held belief"),
		before("the Pakistani government", " declared"),
	)

	// An unnamed collective: "Pakistani officials say ...", "Pakistani
	// officials attribute ...". Unnamed, not anonymous: the story names no
	// one, but it grants no anonymity and protects no identity; it speaks
	// of officials in general, on the record. The intelligence official
	// above is anonymous: the story agreed terms ("speaking on condition of
	// anonymity") that withhold a particular person's name.
	b.speaker(source.Speaker{
		ID: PakistaniOfficials, Kind: source.KindGroup, Country: "PK",
		Description: "Pakistani officials",
	},
		before("Pakistani officials", " say"),
		before("Pakistani officials", " attribute"),
	)

	// "Kabul, however, denies sheltering any terrorists."
	b.speaker(source.Speaker{ID: AfghanGovernment, Kind: source.KindGovernment, Name: "Government of Afghanistan", Country: "AF"},
		before("Kabul", ", however, denies"),
	)

	// "According to the UN’s International Organization for Migration":
	// an organization inside its parent.
	b.speaker(source.Speaker{
		ID: IOM, Kind: source.KindOrganization, Name: "International Organization for Migration",
		ParentOrganization: &source.Organization{Name: "United Nations", QID: "Q1065"},
	},
		named("the UN’s International Organization for Migration"),
	)

	// "the independent Islamabad-based Center for Research and Security
	// Studies", speaking through its report.
	b.speaker(source.Speaker{
		ID: CRSS, Kind: source.KindOrganization, Name: "Center for Research and Security Studies",
		Description: "the independent Islamabad-based Center for Research and Security Studies",
		BasedIn:     "Islamabad", Country: "PK",
	},
		named("the independent Islamabad-based Center for Research and Security Studies"),
		before("The report", " noted"),
	)

	// "Pakistani Interior Minister Mohsin Raza Naqvi".
	b.speaker(source.Speaker{
		ID: Naqvi, Kind: source.KindPerson, Name: "Mohsin Raza Naqvi", Country: "PK",
		Description: "Pakistani Interior Minister",
		Affiliations: []source.Affiliation{{
			Role:         "Interior Minister",
			Organization: &source.Organization{Name: "Government of Pakistan", Country: "PK"},
		}},
	},
		named("Pakistani Interior Minister Mohsin Raza Naqvi"),
		before("Naqvi", " underscored"),
		before("He", " also committed"),
	)

	// "Farzana Shah, a Peshawar-based defense expert specializing in
	// Afghanistan’s armed groups".
	b.speaker(source.Speaker{
		ID: Shah, Kind: source.KindPerson, Name: "Farzana Shah", BasedIn: "Peshawar",
		Description: "a Peshawar-based defense expert specializing in Afghanistan’s armed groups",
		Expertise:   []string{"defense", "Afghanistan’s armed groups"},
	},
		named("Farzana Shah"),
		before("She", " told The Media Line that the repatriation"),
		before("Shah", " said. She added"),
		before("She", " added"),
		before("Shah", " said that international"),
		before("she", " said.\u00a0\n\nIsrar"),
	)

	// "Israr Ahmed Rajpoot, Rawalpindi-based expert in internal security and
	// Afghan affairs".
	b.speaker(source.Speaker{
		ID: Rajpoot, Kind: source.KindPerson, Name: "Israr Ahmed Rajpoot", BasedIn: "Rawalpindi",
		Description: "Rawalpindi-based expert in internal security and Afghan affairs",
		Expertise:   []string{"internal security", "Afghan affairs"},
	},
		named("Israr Ahmed Rajpoot"),
		before("Rajpoot", " said. He pointed"),
		before("He", " pointed to"),
		before("Rajpoot", " said. “In light"),
	)

	// "Andy Vermaut, a Brussels-based counter-extremism expert and
	// president of the World Council for Public Diplomacy and Community
	// Dialogue".
	b.speaker(source.Speaker{
		ID: Vermaut, Kind: source.KindPerson, Name: "Andy Vermaut", BasedIn: "Brussels",
		Description: "a Brussels-based counter-extremism expert",
		Expertise:   []string{"counter-extremism"},
		Affiliations: []source.Affiliation{{
			Role:         "president",
			Organization: &source.Organization{Name: "World Council for Public Diplomacy and Community Dialogue"},
		}},
	},
		named("Andy Vermaut"),
		before("Vermaut", " said that some refugees"),
		before("He", " called on"),
	)

	// "Kamal Alam, a nonresident senior fellow at the Atlantic Council’s
	// South Asia Center": a center inside an institution.
	b.speaker(source.Speaker{
		ID: Alam, Kind: source.KindPerson, Name: "Kamal Alam",
		Affiliations: []source.Affiliation{{
			Role: "nonresident senior fellow",
			Organization: &source.Organization{
				Name:   "South Asia Center",
				Parent: &source.Organization{Name: "Atlantic Council", Country: "US"},
			},
		}},
	},
		named("Kamal Alam"),
		before("Alam", " said. “This is"),
		before("Alam", " said that multiple"),
	)
}
