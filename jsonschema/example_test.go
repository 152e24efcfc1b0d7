package jsonschema_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/onrecord/onrecord/jsonschema"
)

// Generate builds the Quote schema from the Go types; this prints its
// identity, its required members, the kinds of quote, and the rule that only
// a mixed quote has fragments.
func ExampleGenerate() {
	data, err := jsonschema.Generate("quote.schema.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	var s struct {
		ID         string   `json:"$id"`
		Title      string   `json:"title"`
		Required   []string `json:"required"`
		Properties struct {
			Kind struct {
				Enum []string `json:"enum"`
			} `json:"kind"`
		} `json:"properties"`
		AllOf []json.RawMessage `json:"allOf"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.ID)
	fmt.Println(s.Title, "requires", s.Required)
	fmt.Println("kinds:", s.Properties.Kind.Enum)
	var rule bytes.Buffer
	if err := json.Compact(&rule, s.AllOf[0]); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rule.String())
	// Output:
	// https://onrecord.github.io/schema/0.2/quote.schema.json
	// Quote requires [id kind text]
	// kinds: [direct indirect partial mixed]
	// {"if":{"properties":{"kind":{"const":"mixed"}},"required":["kind"]},"then":{"properties":{"fragments":{"type":"array","minItems":1}},"required":["fragments"]},"else":{"properties":{"fragments":{"type":"array","maxItems":0}}}}
}

// File reads the committed schemas, embedded in the package: it needs neither
// the source nor the network.
func ExampleFile() {
	for _, name := range jsonschema.Names() {
		data, err := jsonschema.File(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		var s struct {
			ID string `json:"$id"`
		}
		if err := json.Unmarshal(data, &s); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s.ID)
	}
	// Output:
	// https://onrecord.github.io/schema/0.2/document.schema.json
	// https://onrecord.github.io/schema/0.2/speaker.schema.json
	// https://onrecord.github.io/schema/0.2/quote.schema.json
	// https://onrecord.github.io/schema/0.2/attribution.schema.json
	// https://onrecord.github.io/schema/0.2/claim.schema.json
	// https://onrecord.github.io/schema/0.2/policy.schema.json
}
