package audit_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/examples/seed"
	"github.com/onrecord/onrecord/source"
)

// Secrets are what the planted identity fields hold; none may reach any
// output.
var secrets = []string{"SECRETNAME", "SECRETTITLE", "Q987654321", "secret.example.org"}

// plant puts an identity in every identity field of every anonymous speaker
// (which makes the document invalid: an anonymous speaker has none), and,
// with bare, empties their descriptions too.
func plant(doc *attribution.Document, bare bool) {
	for i := range doc.Speakers {
		s := &doc.Speakers[i]
		if s.Identity() != source.IdentityAnonymous {
			continue
		}
		s.Name = fmt.Sprintf("SECRETNAME %d", i)
		s.Title = "SECRETTITLE"
		s.QID = "Q987654321"
		s.SameAs = []string{fmt.Sprintf("https://secret.example.org/person/%d", i)}
		if bare {
			s.Anonymity.Description = ""
		}
	}
}

// PlantedDocuments returns every fixture and the seed article with secrets
// planted, with and without descriptions.
func plantedDocuments(t *testing.T) map[string]*attribution.Document {
	t.Helper()
	out := map[string]*attribution.Document{}
	for _, bare := range []bool{false, true} {
		for _, fx := range fixtures(t) {
			doc := readDocument(t, fx.path)
			plant(doc, bare)
			out[fmt.Sprintf("%s bare=%t", fx.path, bare)] = doc
		}
		doc, err := seed.Document()
		if err != nil {
			t.Fatal(err)
		}
		plant(doc, bare)
		out[fmt.Sprintf("seed bare=%t", bare)] = doc
	}
	return out
}

func TestNoFindingRevealsAnIdentity(t *testing.T) {
	var anonymousFindings int
	for name, doc := range plantedDocuments(t) {
		for _, preset := range audit.PresetNames() {
			p, _ := audit.Preset(preset)
			findings, err := audit.Run(doc, p)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := json.NewEncoder(&out).Encode(findings); err != nil {
				t.Fatal(err)
			}
			if err := audit.WriteText(&out, doc, findings); err != nil {
				t.Fatal(err)
			}
			for _, g := range audit.Groups(doc, findings) {
				out.WriteString(g.Label)
			}
			for _, f := range findings {
				if s, ok := doc.Speaker(f.Speaker); ok && s.IsAnonymous() {
					anonymousFindings++
				}
			}
			for _, secret := range secrets {
				if strings.Contains(out.String(), secret) {
					t.Errorf("%s, policy %s: the output reveals %q:\n%s", name, preset, secret, out.String())
				}
			}
		}
	}
	// The test means something only if findings about anonymous speakers
	// were made.
	if anonymousFindings < 100 {
		t.Errorf("only %d findings about anonymous speakers", anonymousFindings)
	}
}
