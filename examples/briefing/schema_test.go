package briefing_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/onrecord/onrecord/jsonschema"
)

type refuseLoad struct{}

func (refuseLoad) Load(url string) (any, error) { return nil, fmt.Errorf("no loading of %s", url) }

// TestGoldenPassesDocumentSchema checks the briefing document's JSON, which
// `go run ./examples/sourcing -json examples/briefing/testdata/document.json`
// prints, against the committed Document schema, with formats asserted and
// nothing loaded from outside the file.
func TestGoldenPassesDocumentSchema(t *testing.T) {
	const name = "document.schema.json"
	schemaJSON, err := jsonschema.File(name)
	if err != nil {
		t.Fatal(err)
	}
	schemaDoc, err := sjs.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		t.Fatal(err)
	}
	c := sjs.NewCompiler()
	c.AssertFormat()
	c.UseLoader(refuseLoad{})
	if err := c.AddResource(jsonschema.ID(name), schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(jsonschema.ID(name))
	if err != nil {
		t.Fatal(err)
	}

	data, err := os.ReadFile("testdata/document.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("the briefing document fails the Document schema:\n%v", err)
	}

	// The check can fail: the same document with an anonymous speaker who
	// also has a name does not pass.
	broken := strings.Replace(string(data), `"anonymity": {`, `"name": "Someone", "anonymity": {`, 1)
	inst, err = sjs.UnmarshalJSON(strings.NewReader(broken))
	if err != nil {
		t.Fatal(err)
	}
	if schema.Validate(inst) == nil {
		t.Error("the Document schema accepts an anonymous speaker with a name")
	}
}
