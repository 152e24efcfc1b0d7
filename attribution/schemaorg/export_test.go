package schemaorg_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/schemaorg"
	"github.com/onrecord/onrecord/examples/seed"
	"github.com/onrecord/onrecord/internal/ldtest"
	"github.com/onrecord/onrecord/source"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func export(t *testing.T, d *attribution.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := schemaorg.Write(&buf, d, schemaorg.Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The seed article's export expands with a real JSON-LD processor served the
// embedded contexts and nothing else, and no member is dropped for want of a
// definition.
func TestExpand(t *testing.T) {
	d, err := seed.Document()
	if err != nil {
		t.Fatal(err)
	}
	data := export(t, d)
	l := &ldtest.Loader{}
	exp, err := ldtest.Expand(data, l)
	if err != nil {
		t.Fatalf("expansion: %v", err)
	}
	// The article, 11 speakers and 34 claims; quotations are nested in the
	// article.
	if got, want := len(exp), 1+len(d.Speakers)+len(d.Claims); got != want {
		t.Errorf("expanded to %d top-level nodes, want %d", got, want)
	}
	undefined, err := ldtest.Undefined(data, l)
	if err != nil {
		t.Fatal(err)
	}
	if len(undefined) > 0 {
		t.Errorf("members that no context defines, dropped in expansion:\n%s", strings.Join(undefined, "\n"))
	}
	text, _ := json.Marshal(exp)
	for _, iri := range []string{"http://schema.org/NewsArticle", "http://schema.org/hasPart", "http://schema.org/Quotation",
		"http://schema.org/spokenByCharacter", "http://schema.org/OrganizationRole", "http://schema.org/roleName",
		"http://schema.org/parentOrganization", "http://schema.org/Claim", "http://schema.org/appearance",
		"https://onrecord.github.io/ns#contradicts", "https://onrecord.github.io/ns#denies",
		"https://onrecord.github.io/ns#supports", "https://onrecord.github.io/ns#cue"} {
		if !bytes.Contains(text, []byte(iri)) {
			t.Errorf("the expanded export has no %s", iri)
		}
	}
}

// Each valid fixture of the attribution package exports as the golden file
// says, and expands with no member dropped.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/valid/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			d, err := attribution.Decode(in)
			if err != nil {
				t.Fatal(err)
			}
			got := export(t, d)
			golden := filepath.Join("testdata", strings.TrimSuffix(filepath.Base(f), ".json")+".jsonld")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("export (-want +got):\n%s", diff)
			}
			undefined, err := ldtest.Undefined(got, &ldtest.Loader{})
			if err != nil {
				t.Fatal(err)
			}
			if len(undefined) > 0 {
				t.Errorf("undefined members:\n%s", strings.Join(undefined, "\n"))
			}
		})
	}
}

// An anonymous source is exported with its description only.
func TestAnonymous(t *testing.T) {
	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Officials weigh options"},
		Speakers: []source.Speaker{{ID: "rsmith", Kind: source.KindPerson, BasedIn: "Lahore", Country: "PK",
			Expertise: []string{"counter-terrorism"},
			Anonymity: &source.Anonymity{Description: "a senior official", GroundRule: source.GroundRuleBackground,
				Terms: "on condition of anonymity", Reason: "not authorised to brief", Basis: "who attended the meeting"},
			Affiliations: []source.Affiliation{{Role: "deputy director", Organization: &source.Organization{Name: "Bureau X"}}}}},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"}, Created: "2026-11-25"},
	}
	out := string(export(t, d))
	for _, secret := range []string{"rsmith", "Lahore", "PK", "counter", "anonymity\"", "authorised", "attended", "deputy", "Bureau"} {
		if strings.Contains(out, secret) {
			t.Errorf("the export reveals %q", secret)
		}
	}
	if !strings.Contains(out, `"description": "a senior official"`) {
		t.Errorf("the export lacks the description:\n%s", out)
	}
}
