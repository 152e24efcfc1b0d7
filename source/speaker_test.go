package source_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/source"
)

// TestAnonymousIdentityNeverPrinted sets identifying values on an anonymous
// speaker (which is invalid) and wants no output of the library to show them.
func TestAnonymousIdentityNeverPrinted(t *testing.T) {
	const secret, secretURL, secretQID = "Hidden Person", "https://example.org/hidden-person", "Q424242"
	s := source.Speaker{
		ID: "official", Kind: source.KindPerson, Name: secret, QID: secretQID, SameAs: []string{secretURL},
		Anonymity: &source.Anonymity{Description: "senior intelligence official"},
	}
	var logged bytes.Buffer
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("quoted", "speaker", s)
	outputs := map[string]string{
		"String":   s.String(),
		"%v":       fmt.Sprintf("%v", s),
		"%+v":      fmt.Sprintf("%+v", s),
		"%#v":      fmt.Sprintf("%#v", s),
		"%q":       fmt.Sprintf("%q", s),
		"%s slice": fmt.Sprintf("%s", []source.Speaker{s}),
		"slog":     logged.String(),
		"Validate": fmt.Sprint(s.Validate()),
	}
	for name, out := range outputs {
		for _, v := range []string{secret, secretURL, secretQID} {
			if strings.Contains(out, v) {
				t.Errorf("%s output %q reveals %q", name, out, v)
			}
		}
		if name != "Validate" && !strings.Contains(out, "senior intelligence official") {
			t.Errorf("%s output %q lacks the description", name, out)
		}
	}
}

func TestSpeakerString(t *testing.T) {
	tests := map[string]struct {
		s    source.Speaker
		want string
	}{
		"named":                  {source.Speaker{ID: "s", Name: "Farzana Shah"}, "Farzana Shah"},
		"anonymous":              {source.Speaker{ID: "s", Anonymity: &source.Anonymity{Description: "a diplomat"}}, "a diplomat"},
		"anonymous, no words":    {source.Speaker{ID: "s", Kind: source.KindGroup, Anonymity: &source.Anonymity{}}, "anonymous group"},
		"neither name nor terms": {source.Speaker{ID: "s9"}, "speaker s9"},
	}
	for name, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%s: String() = %q, want %q", name, got, tt.want)
		}
	}
}

func TestSpeakerRules(t *testing.T) {
	named := func(mod func(*source.Speaker)) source.Speaker {
		s := source.Speaker{ID: "s1", Kind: source.KindPerson, Name: "Kamal Alam"}
		mod(&s)
		return s
	}
	tests := map[string]struct {
		s    source.Speaker
		want []string
	}{
		"valid named":     {named(func(*source.Speaker) {}), nil},
		"valid anonymous": {source.Speaker{ID: "s1", Kind: source.KindGroup, Anonymity: &source.Anonymity{Description: "officials", GroundRule: source.GroundRuleUnstated}}, nil},
		"bad ground rule": {source.Speaker{ID: "s1", Kind: source.KindPerson, Anonymity: &source.Anonymity{Description: "x", GroundRule: "off-the-record"}}, []string{"/anonymity/groundRule enum"}},
		"no description":  {source.Speaker{ID: "s1", Kind: source.KindPerson, Anonymity: &source.Anonymity{}}, []string{"/anonymity/description required"}},
		"org parent ok":   {source.Speaker{ID: "iom", Kind: source.KindOrganization, Name: "IOM", ParentOrganization: &source.Organization{Name: "United Nations"}}, nil},
		"group parent":    {source.Speaker{ID: "g", Kind: source.KindGroup, Name: "officials", ParentOrganization: &source.Organization{Name: "UN"}}, []string{"/parentOrganization parent-organization"}},
		"nested org name": {named(func(s *source.Speaker) {
			s.Affiliations = []source.Affiliation{{Organization: &source.Organization{Parent: &source.Organization{}}}}
		}), []string{"/affiliations/0/organization name-or-description", "/affiliations/0/organization/parentOrganization name-or-description"}},
		"unnamed organization": {named(func(s *source.Speaker) {
			s.Affiliations = []source.Affiliation{{Role: "engineer", Organization: &source.Organization{Description: "one of Nigeria's main electricity companies"}}}
		}), nil},
		"unnamed on the record":            {named(func(s *source.Speaker) { s.Name, s.Kind, s.Description = "", source.KindGroup, "residents of Niamey" }), nil},
		"parent by reference for a person": {named(func(s *source.Speaker) { s.Parent = "un" }), []string{"/parent parent-organization"}},
		"empty expertise":                  {named(func(s *source.Speaker) { s.Expertise = []string{"security", ""} }), []string{"/expertise/1 required"}},
		"bad sameAs":                       {named(func(s *source.Speaker) { s.SameAs = []string{"https://example.org/a", "not a url"} }), []string{"/sameAs/1 url"}},
		"lowercase region":                 {named(func(s *source.Speaker) { s.Country = "pk" }), []string{"/country country"}},
		"dates in order": {named(func(s *source.Speaker) {
			s.Affiliations = []source.Affiliation{{Role: "fellow", Since: "2019", Until: "2024-01"}}
		}), nil},
		"bad date": {named(func(s *source.Speaker) { s.Affiliations = []source.Affiliation{{Role: "fellow", Since: "March 2019"}} }), []string{"/affiliations/0/since date"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := validation.Lines(tt.s.Validate())
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
