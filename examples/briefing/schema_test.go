package briefing_test

import (
	"os"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/internal/schematest"
)

// TestGoldenPassesDocumentSchema checks the briefing document's JSON, which
// `go run ./examples/sourcing -json examples/briefing/testdata/document.json`
// prints, against the committed Document schema, with formats asserted and
// nothing loaded from outside the file.
func TestGoldenPassesDocumentSchema(t *testing.T) {
	schema := schematest.Compile(t, "document.schema.json")
	data, err := os.ReadFile("testdata/document.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := schematest.Validate(t, schema, data); err != nil {
		t.Fatalf("the briefing document fails the Document schema:\n%v", err)
	}

	// The check can fail: the same document with an anonymous speaker who
	// also has a name does not pass.
	broken := strings.Replace(string(data), `"anonymity": {`, `"name": "Someone", "anonymity": {`, 1)
	if schematest.Validate(t, schema, []byte(broken)) == nil {
		t.Error("the Document schema accepts an anonymous speaker with a name")
	}
}
