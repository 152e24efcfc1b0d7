package source_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/source"
)

// TestMarshalJSON checks that a valid speaker is written as encoding/json
// writes its fields, with and without HTML escaping, and that an anonymous
// speaker with an identity is refused, wherever it sits.
func TestMarshalJSON(t *testing.T) {
	type members source.Speaker // the fields, without the methods
	valid := []source.Speaker{
		{ID: "att", Kind: source.KindOrganization, Name: "AT&T <Wireless>", QID: "Q35476", SameAs: []string{"https://example.org/?a=1&b=2"},
			ParentOrganization: &source.Organization{Name: "AT&T Inc."}},
		{ID: "official", Kind: source.KindPerson, BasedIn: "Islamabad", Country: "PK",
			Anonymity:    &source.Anonymity{Description: "senior official at the <ministry> & cabinet", GroundRule: source.GroundRuleAnonymity},
			Affiliations: []source.Affiliation{{Role: "adviser", Since: "2024"}}},
	}
	for _, s := range valid {
		for _, escape := range []bool{true, false} {
			var got, want bytes.Buffer
			for buf, v := range map[*bytes.Buffer]any{&got: []source.Speaker{s}, &want: []members{members(s)}} {
				enc := json.NewEncoder(buf)
				enc.SetEscapeHTML(escape)
				enc.SetIndent("", "  ")
				if err := enc.Encode(v); err != nil {
					t.Fatalf("%s: %v", s.ID, err)
				}
			}
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				t.Errorf("%s, escaping HTML %v: (-fields +MarshalJSON)\n%s", s.ID, escape, diff)
			}
		}
	}
	for name, mod := range map[string]func(*source.Speaker){
		"name":   func(s *source.Speaker) { s.Name = "Hidden" },
		"qid":    func(s *source.Speaker) { s.QID = "Q1" },
		"sameAs": func(s *source.Speaker) { s.SameAs = []string{"https://example.org/hidden"} },
	} {
		s := valid[1]
		mod(&s)
		data, err := json.Marshal(map[string]any{"in": []*source.Speaker{&s}})
		if !errors.Is(err, source.ErrIdentityNotWritten) || data != nil {
			t.Errorf("an anonymous speaker with a %s: json.Marshal = %q, %v; want ErrIdentityNotWritten", name, data, err)
		}
	}
}
