package attribution_test

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

func codesAt(err error) []string { return validation.Lines(err) }

func minimal() *attribution.Document {
	return &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "h"},
		Annotation:    attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "n"}, Created: "2026"},
	}
}

// TestValidateGoOnlyValues covers what only Go values can hold: nil
// documents, numbers JSON cannot carry, and pointer cycles.
func TestValidateGoOnlyValues(t *testing.T) {
	var nilDoc *attribution.Document
	if got := codesAt(nilDoc.Validate()); !cmp.Equal(got, []string{" required"}) {
		t.Errorf("nil document: %v", got)
	}
	if _, ok := nilDoc.Speaker("s"); ok || nilDoc.SourcesOf("c") != nil || nilDoc.UnsourcedClaims() != nil ||
		nilDoc.MentionsOf("s") != nil || nilDoc.Reanchor("text") == nil {
		t.Error("a nil document's lookups should find nothing and Reanchor should fail")
	}
	for range nilDoc.Spans() {
		t.Error("a nil document has no spans")
	}

	nan, inf := math.NaN(), math.Inf(1)
	for name, q := range map[string]attribution.Quantity{
		"NaN value": {Value: &nan, Unit: "u"},
		"infinite":  {Low: &nan, High: &inf, Unit: "u"},
	} {
		c := attribution.Claim{ID: "c", Kind: attribution.ClaimStatistical, Text: "t", Quantities: []attribution.Quantity{q}}
		got := codesAt(c.Validate())
		if len(got) != 1 || !strings.HasSuffix(got[0], " range") {
			t.Errorf("%s: %v, want one range problem", name, got)
		}
	}
	confidence := math.NaN()
	a := attribution.Attribution{ID: "a", Speaker: "s", Quote: "q", Confidence: &confidence}
	if got := codesAt(a.Validate()); !cmp.Equal(got, []string{"/confidence range"}) {
		t.Errorf("NaN confidence: %v", got)
	}

	// An organization that is its own grandparent: only Go can build it.
	un := &source.Organization{Name: "United Nations"}
	iom := &source.Organization{Name: "IOM", Parent: un}
	un.Parent = iom
	doc := minimal()
	doc.Speakers = []source.Speaker{{ID: "s", Kind: source.KindOrganization, Name: "IOM office", ParentOrganization: iom}}
	want := []string{"/speakers/0/parentOrganization/parentOrganization/parentOrganization organization-chain"}
	if got := codesAt(doc.Validate()); !cmp.Equal(got, want) {
		t.Errorf("organization cycle: %v, want %v", got, want)
	}
	if got := codesAt(doc.Speakers[0].Validate()); !cmp.Equal(got, []string{"/parentOrganization/parentOrganization/parentOrganization organization-chain"}) {
		t.Errorf("organization cycle in a speaker: %v", got)
	}
}

// TestDuplicateIDsDoNotMakeCycles: an attribution whose parent shares its ID
// with another resolves to the first, and is no cycle.
func TestDuplicateIDsDoNotMakeCycles(t *testing.T) {
	doc := minimal()
	doc.Speakers = []source.Speaker{{ID: "s", Kind: source.KindPerson, Name: "n"}}
	doc.Quotes = []quote.Quote{{ID: "q", Kind: quote.KindIndirect, Text: "t"}}
	doc.Attributions = []attribution.Attribution{
		{ID: "a", Speaker: "s", Quote: "q"},
		{ID: "a", Speaker: "s", Quote: "q", Parent: "a"},
	}
	if got := codesAt(doc.Validate()); !cmp.Equal(got, []string{"/attributions/1/id duplicate-id"}) {
		t.Errorf("%v, want the duplicate ID alone", got)
	}
}
