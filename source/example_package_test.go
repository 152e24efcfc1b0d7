package source_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/source"
)

// The whole use of the package: describe who speaks, a named expert with an
// affiliation and an anonymous official with the terms of the anonymity;
// validate them, print them and write them as JSON. A speaker that is both
// named and anonymous is refused, with a JSON Pointer to the offending field.
func Example() {
	speakers := []source.Speaker{
		{
			ID: "alam", Kind: source.KindPerson, Name: "Kamal Alam",
			Affiliations: []source.Affiliation{{
				Role:         "nonresident senior fellow",
				Organization: &source.Organization{Name: "Atlantic Council"},
			}},
		},
		{
			ID: "official", Kind: source.KindPerson, BasedIn: "Islamabad",
			Anonymity: &source.Anonymity{
				Description: "senior intelligence official",
				GroundRule:  source.GroundRuleAnonymity,
				Terms:       "Speaking on condition of anonymity",
			},
		},
	}
	for _, s := range speakers {
		if err := s.Validate(); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %s (%s)\n", s.ID, s, s.Identity())
	}
	data, err := json.Marshal(speakers[1])
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))

	both := speakers[1]
	both.Name = "Name Known To The Editor"
	var verr *attribution.ValidationError
	if errors.As(both.Validate(), &verr) {
		for _, p := range verr.Problems {
			fmt.Println(p.Pointer, p.Code)
		}
	}
	// Output:
	// alam: Kamal Alam (named)
	// official: senior intelligence official (anonymous)
	// {"id":"official","kind":"person","anonymity":{"description":"senior intelligence official","groundRule":"anonymity","terms":"Speaking on condition of anonymity"},"basedIn":"Islamabad"}
	// /name named-or-anonymous
}
