// Package ldtest runs onrecord's JSON-LD exports through a real JSON-LD
// processor (github.com/piprate/json-gold) with no network: a document loader
// serves the embedded contexts of package ldcontext and refuses every other
// URL. Tests of the exporters use it; the library itself does not.
package ldtest

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/piprate/json-gold/ld"

	"github.com/onrecord/onrecord/internal/ldcontext"
)

// Loader serves the embedded contexts and refuses any other URL, so that a
// processor never reaches the network.
type Loader struct {
	// Loaded lists the URLs served, in order.
	Loaded []string
}

// LoadDocument implements ld.DocumentLoader.
func (l *Loader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	b, ok := ldcontext.Lookup(u)
	if !ok {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, fmt.Sprintf("no network: %s is not an embedded context", u))
	}
	doc, err := ld.DocumentFromReader(strings.NewReader(string(b)))
	if err != nil {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, err)
	}
	l.Loaded = append(l.Loaded, u)
	return &ld.RemoteDocument{DocumentURL: u, Document: doc}, nil
}

// Expand expands a JSON-LD document given as JSON, with the loader, and
// returns the expanded form.
func Expand(data []byte, l *Loader) ([]any, error) {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = l
	return ld.NewJsonLdProcessor().Expand(doc, opts)
}

// Undefined returns the members of the document that the processor drops in
// expansion because no context defines them (JSON-LD drops such members
// silently), sorted, each with the JSON Pointer of its first use. Each
// member name is tried once: expanded alone, under the @context in force
// where it is first used, it must give a property.
func Undefined(data []byte, l *Loader) ([]string, error) {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	type use struct {
		ctx any
		ptr string
	}
	first := map[string]use{}
	var walk func(v any, ctx any, ptr string)
	walk = func(v any, ctx any, ptr string) {
		switch v := v.(type) {
		case map[string]any:
			if c, ok := v["@context"]; ok {
				ctx = c // the contexts of onrecord's exports replace, never extend, the one in force
			}
			for k, x := range v {
				if k == "@context" {
					continue
				}
				if _, seen := first[k]; !seen && !strings.HasPrefix(k, "@") {
					first[k] = use{ctx, ptr + "/" + k}
				}
				walk(x, ctx, ptr+"/"+k)
			}
		case []any:
			for i, x := range v {
				walk(x, ctx, fmt.Sprintf("%s/%d", ptr, i))
			}
		}
	}
	walk(doc, nil, "")
	proc := ld.NewJsonLdProcessor()
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = l
	var out []string
	for k, u := range first {
		// An absolute IRI as a second member keeps the probe node alive
		// whatever k is (a node with only an @id is dropped at the top).
		probe := map[string]any{"@context": u.ctx, k: "probe", probeIRI: "kept"}
		exp, err := proc.Expand(probe, opts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", u.ptr, err)
		}
		if node, ok := single(exp); !ok || len(node) < 2 {
			out = append(out, k+" at "+u.ptr)
		}
	}
	slices.Sort(out)
	return out, nil
}

const probeIRI = "http://example.org/probe"

// single returns the one node of an expanded document.
func single(exp []any) (map[string]any, bool) {
	if len(exp) != 1 {
		return nil, false
	}
	node, ok := exp[0].(map[string]any)
	return node, ok
}
