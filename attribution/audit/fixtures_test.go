package audit_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
)

var update = flag.Bool("update", false, "rewrite the .want files with the current findings")

// fixture is a document of testdata/fires or testdata/passes: fires/ID.json
// must make check ID fire, passes/ID.json must not; both are valid
// documents. Each has a .want sidecar: its findings under the default policy,
// one JSON object a line.
type fixture struct {
	check audit.CheckID
	fires bool
	path  string
}

func fixtures(t *testing.T) []fixture {
	t.Helper()
	var out []fixture
	for _, dir := range []string{"fires", "passes"} {
		paths, err := filepath.Glob(filepath.Join("testdata", dir, "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			id := audit.CheckID(strings.TrimSuffix(filepath.Base(p), ".json"))
			if !id.IsValid() {
				t.Errorf("%s: names no check", p)
			}
			out = append(out, fixture{id, dir == "fires", p})
		}
	}
	return out
}

func readDocument(t *testing.T, path string) *attribution.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := attribution.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if err := doc.Validate(); err != nil {
		t.Fatalf("%s: a fixture must be a valid document: %v", path, err)
	}
	return doc
}

func jsonLines(t *testing.T, findings []audit.Finding) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, f := range findings {
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

func TestFixtures(t *testing.T) {
	for _, fx := range fixtures(t) {
		t.Run(fx.path, func(t *testing.T) {
			doc := readDocument(t, fx.path)
			findings, err := audit.Run(doc, audit.Default())
			if err != nil {
				t.Fatal(err)
			}
			fired := slices.ContainsFunc(findings, func(f audit.Finding) bool { return f.Check == fx.check })
			if fired != fx.fires {
				t.Errorf("check %s fired: %t, want %t; findings:\n%s", fx.check, fired, fx.fires, jsonLines(t, findings))
			}
			got := jsonLines(t, findings)
			want := strings.TrimSuffix(fx.path, ".json") + ".want"
			if *update {
				if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			data, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if diff := cmp.Diff(string(data), got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEveryCheckHasFixtures checks that each check has a document that fires
// it and one that does not.
func TestEveryCheckHasFixtures(t *testing.T) {
	have := map[audit.CheckID][2]bool{}
	for _, fx := range fixtures(t) {
		h := have[fx.check]
		if fx.fires {
			h[0] = true
		} else {
			h[1] = true
		}
		have[fx.check] = h
	}
	for _, id := range audit.CheckIDs() {
		if h := have[id]; !h[0] || !h[1] {
			t.Errorf("check %s: fixture that fires it %t, fixture that does not %t", id, h[0], h[1])
		}
	}
}
