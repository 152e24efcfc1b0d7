//go:build conformance

// The W3C conformance tests for the Web Annotation Data Model live outside
// the repository (../shared/peers/w3c-annotation-model, as CI lays it out) and
// need a Python 3 with jsonschema: bash .ci/run provides both and runs these
// tests with "go test -tags conformance ./attribution/webannotation".

package webannotation_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/onrecord/onrecord/attribution/webannotation"
	"github.com/onrecord/onrecord/internal/ldtest"
)

// The seed article's export passes every MUST assertion of W3C's conformance
// tests for the Web Annotation Data Model, run by W3C's runner.
func TestW3CConformance(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seed.jsonld")
	if err := os.WriteFile(path, seedExport(t, webannotation.Options{Claims: true, Mentions: true}), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := ldtest.W3CCheck(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d annotations, %d MUST assertions checked, %d failed", r.Annotations, r.Checked, r.Failed)
	if r.Failed > 0 || r.Checked == 0 {
		t.Errorf("W3C conformance:\n%s", r.Output)
	}
}

// The runner fails an annotation that breaks a MUST: the test above can fail.
func TestW3CConformanceCatches(t *testing.T) {
	var buf bytes.Buffer
	if err := webannotation.Write(&buf, minimal(), webannotation.Options{}); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	var c map[string]any
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	first := c["first"].(map[string]any)["items"].([]any)[0].(map[string]any)
	first["created"] = "2026-11-25" // a date, not an xsd:dateTime
	broken, _ := json.Marshal(c)
	path := filepath.Join(t.TempDir(), "broken.jsonld")
	if err := os.WriteFile(path, broken, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := ldtest.W3CCheck(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Failed != 1 {
		t.Errorf("a date as created: %d failures, want 1:\n%s", r.Failed, r.Output)
	}
}
