// Package storytest holds what the tests of the modelled stories (the seed
// article, the briefing) check alike.
package storytest

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/schematest"
)

// Golden compares the document's JSON with the golden file, after writing the
// file when update is set (a deliberate change), and wants the golden file to
// be a valid document in its own right.
func Golden(t *testing.T, doc *attribution.Document, file string, update bool) {
	t.Helper()
	var got bytes.Buffer
	if err := attribution.Encode(&got, doc); err != nil {
		t.Fatal(err)
	}
	if update {
		if err := os.WriteFile(file, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got.String()); diff != "" {
		t.Errorf("document JSON differs from %s (-file +got):\n%s", file, diff)
	}
	back, err := attribution.Decode(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Validate(); err != nil {
		t.Fatal(err)
	}
}

// PassesDocumentSchema checks a story's golden JSON against the committed
// Document schema, with formats asserted and nothing loaded from outside the
// file, and checks that the check can fail: the same JSON with an anonymous
// speaker who also has a name does not pass.
func PassesDocumentSchema(t *testing.T, file string) {
	t.Helper()
	schema := schematest.Compile(t, "document.schema.json")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := schematest.Validate(t, schema, data); err != nil {
		t.Fatalf("%s fails the Document schema:\n%v", file, err)
	}
	broken := strings.Replace(string(data), `"anonymity": {`, `"name": "Someone", "anonymity": {`, 1)
	if broken == string(data) {
		t.Fatalf("%s has no anonymous speaker to break", file)
	}
	if schematest.Validate(t, schema, []byte(broken)) == nil {
		t.Error("the Document schema accepts an anonymous speaker with a name")
	}
}
