package jsonschema_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"

	onrecordschema "github.com/onrecord/onrecord/jsonschema"
)

// The whole use of the package: read a schema file embedded in it and give it
// to a JSON Schema validator under its $id, here
// github.com/santhosh-tekuri/jsonschema/v6, whose package name is the same as
// this one's, so this package is imported as onrecordschema. The $id is an
// identifier, not an address to fetch: the validator is given the file.
func Example() {
	name := "speaker.schema.json"
	data, err := onrecordschema.File(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	schemaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(onrecordschema.ID(name), schemaDoc); err != nil {
		fmt.Println(err)
		return
	}
	schema, err := c.Compile(onrecordschema.ID(name))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(onrecordschema.ID(name))

	for _, speaker := range []string{
		`{"id": "official", "kind": "person", "anonymity": {"description": "senior intelligence official"}}`,
		// named and anonymous at once: refused
		`{"id": "official", "kind": "person", "name": "Name Known To The Editor", "anonymity": {"description": "senior intelligence official"}}`,
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(speaker))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("valid:", schema.Validate(inst) == nil)
	}
	// Output:
	// https://onrecord.github.io/schema/0.2/speaker.schema.json
	// valid: true
	// valid: false
}
