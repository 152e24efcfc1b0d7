package seed

import (
	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/source"
)

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

func speakers(b *attribution.Builder) {
	// "Speaking on condition of anonymity, an Islamabad-based senior
	// intelligence official told The Media Line ..." The story gives no
	// reason for the anonymity.
	b.Speaker(source.Speaker{
		ID: Official, Kind: source.KindPerson, BasedIn: "Islamabad", Country: "PK",
		Anonymity: &source.Anonymity{
			Description: "senior intelligence official",
			GroundRule:  source.GroundRuleAnonymity,
			Terms:       "Speaking on condition of anonymity",
		},
	},
		attribution.Passage{Text: "an Islamabad-based senior intelligence official"},
		attribution.Passage{Text: "the source", Suffix: " said. “However"},
		attribution.Passage{Text: "The source", Suffix: " said that high-ranking"},
		attribution.Passage{Text: "He", Suffix: " outlined"},
	)

	// A government named by its capital: "Islamabad’s firmly held belief",
	// "the Pakistani government declared ...".
	b.Speaker(source.Speaker{ID: PakistanGovernment, Kind: source.KindGovernment, Name: "Government of Pakistan", Country: "PK"},
		attribution.Passage{Text: "Islamabad’s", Suffix: " firmly held belief"},
		attribution.Passage{Text: "the Pakistani government", Suffix: " declared"},
	)

	// An unnamed collective: "Pakistani officials say ...", "Pakistani
	// officials attribute ...". Unnamed, not anonymous: the story names no
	// one, but it grants no anonymity and protects no identity; it speaks
	// of officials in general, on the record. The intelligence official
	// above is anonymous: the story agreed terms ("speaking on condition of
	// anonymity") that withhold a particular person's name.
	b.Speaker(source.Speaker{
		ID: PakistaniOfficials, Kind: source.KindGroup, Country: "PK",
		Description: "Pakistani officials",
	},
		attribution.Passage{Text: "Pakistani officials", Suffix: " say"},
		attribution.Passage{Text: "Pakistani officials", Suffix: " attribute"},
	)

	// "Kabul, however, denies sheltering any terrorists."
	b.Speaker(source.Speaker{ID: AfghanGovernment, Kind: source.KindGovernment, Name: "Government of Afghanistan", Country: "AF"},
		attribution.Passage{Text: "Kabul", Suffix: ", however, denies"},
	)

	// "According to the UN’s International Organization for Migration":
	// an organization inside its parent.
	b.Speaker(source.Speaker{
		ID: IOM, Kind: source.KindOrganization, Name: "International Organization for Migration",
		ParentOrganization: &source.Organization{Name: "United Nations", QID: "Q1065"},
	},
		attribution.Passage{Text: "the UN’s International Organization for Migration"},
	)

	// "the independent Islamabad-based Center for Research and Security
	// Studies", speaking through its report.
	b.Speaker(source.Speaker{
		ID: CRSS, Kind: source.KindOrganization, Name: "Center for Research and Security Studies",
		Description: "the independent Islamabad-based Center for Research and Security Studies",
		BasedIn:     "Islamabad", Country: "PK",
	},
		attribution.Passage{Text: "the independent Islamabad-based Center for Research and Security Studies"},
		attribution.Passage{Text: "The report", Suffix: " noted"},
	)

	// "Pakistani Interior Minister Mohsin Raza Naqvi".
	b.Speaker(source.Speaker{
		ID: Naqvi, Kind: source.KindPerson, Name: "Mohsin Raza Naqvi", Country: "PK",
		Description: "Pakistani Interior Minister",
		Affiliations: []source.Affiliation{{
			Role:         "Interior Minister",
			Organization: &source.Organization{Name: "Government of Pakistan", Country: "PK"},
		}},
	},
		attribution.Passage{Text: "Pakistani Interior Minister Mohsin Raza Naqvi"},
		attribution.Passage{Text: "Naqvi", Suffix: " underscored"},
		attribution.Passage{Text: "He", Suffix: " also committed"},
	)

	// "Farzana Shah, a Peshawar-based defense expert specializing in
	// Afghanistan’s armed groups".
	b.Speaker(source.Speaker{
		ID: Shah, Kind: source.KindPerson, Name: "Farzana Shah", BasedIn: "Peshawar",
		Description: "a Peshawar-based defense expert specializing in Afghanistan’s armed groups",
		Expertise:   []string{"defense", "Afghanistan’s armed groups"},
	},
		attribution.Passage{Text: "Farzana Shah"},
		attribution.Passage{Text: "She", Suffix: " told The Media Line that the repatriation"},
		attribution.Passage{Text: "Shah", Suffix: " said. She added"},
		attribution.Passage{Text: "She", Suffix: " added"},
		attribution.Passage{Text: "Shah", Suffix: " said that international"},
		attribution.Passage{Text: "she", Suffix: " said.\u00a0\n\nIsrar"},
	)

	// "Israr Ahmed Rajpoot, Rawalpindi-based expert in internal security and
	// Afghan affairs".
	b.Speaker(source.Speaker{
		ID: Rajpoot, Kind: source.KindPerson, Name: "Israr Ahmed Rajpoot", BasedIn: "Rawalpindi",
		Description: "Rawalpindi-based expert in internal security and Afghan affairs",
		Expertise:   []string{"internal security", "Afghan affairs"},
	},
		attribution.Passage{Text: "Israr Ahmed Rajpoot"},
		attribution.Passage{Text: "Rajpoot", Suffix: " said. He pointed"},
		attribution.Passage{Text: "He", Suffix: " pointed to"},
		attribution.Passage{Text: "Rajpoot", Suffix: " said. “In light"},
	)

	// "Andy Vermaut, a Brussels-based counter-extremism expert and
	// president of the World Council for Public Diplomacy and Community
	// Dialogue".
	b.Speaker(source.Speaker{
		ID: Vermaut, Kind: source.KindPerson, Name: "Andy Vermaut", BasedIn: "Brussels",
		Description: "a Brussels-based counter-extremism expert",
		Expertise:   []string{"counter-extremism"},
		Affiliations: []source.Affiliation{{
			Role:         "president",
			Organization: &source.Organization{Name: "World Council for Public Diplomacy and Community Dialogue"},
		}},
	},
		attribution.Passage{Text: "Andy Vermaut"},
		attribution.Passage{Text: "Vermaut", Suffix: " said that some refugees"},
		attribution.Passage{Text: "He", Suffix: " called on"},
	)

	// "Kamal Alam, a nonresident senior fellow at the Atlantic Council’s
	// South Asia Center": a center inside an institution.
	b.Speaker(source.Speaker{
		ID: Alam, Kind: source.KindPerson, Name: "Kamal Alam",
		Affiliations: []source.Affiliation{{
			Role: "nonresident senior fellow",
			Organization: &source.Organization{
				Name:   "South Asia Center",
				Parent: &source.Organization{Name: "Atlantic Council", Country: "US"},
			},
		}},
	},
		attribution.Passage{Text: "Kamal Alam"},
		attribution.Passage{Text: "Alam", Suffix: " said. “This is"},
		attribution.Passage{Text: "Alam", Suffix: " said that multiple"},
	)
}
