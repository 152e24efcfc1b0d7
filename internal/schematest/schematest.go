// Package schematest compiles onrecord's committed JSON Schema files for
// tests, as a validator in another language would load them: each file on
// its own, under its $id, with formats asserted and nothing loaded from
// outside it.
package schematest

import (
	"bytes"
	"fmt"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/onrecord/onrecord/jsonschema"
)

// noNetwork refuses to load any schema, so that a file that refers outside
// itself fails to compile.
type noNetwork struct{}

func (noNetwork) Load(url string) (any, error) {
	return nil, fmt.Errorf("refusing to load %s: a schema must be self-contained", url)
}

// Compile compiles the committed schema file name ("document.schema.json"),
// failing the test when it cannot.
func Compile(t testing.TB, name string) *sjs.Schema {
	t.Helper()
	data, err := jsonschema.File(name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	c := sjs.NewCompiler()
	c.AssertFormat()
	c.UseLoader(noNetwork{})
	if err := c.AddResource(jsonschema.ID(name), doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	s, err := c.Compile(jsonschema.ID(name))
	if err != nil {
		t.Fatalf("compiling %s: %v", name, err)
	}
	return s
}

// Validate checks a JSON text against a compiled schema: nil when it passes.
// A text that is not JSON fails the test.
func Validate(t testing.TB, s *sjs.Schema, data []byte) error {
	t.Helper()
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(inst)
}
