// Package ldcontext holds the JSON-LD contexts that onrecord's exports name,
// embedded so that a JSON-LD processor can be served them without the
// network: onrecord's own vocabulary, and minimal copies of the W3C Web
// Annotation context and of schema.org's context.
//
// The copies of W3C's and schema.org's contexts were written by hand for
// onrecord, not fetched: each holds only the terms onrecord's exports use,
// with the IRIs and type coercions that the published context gives them, so
// that expanding an export with the copy gives what expanding it with the
// published context gives. They are for offline processing and tests; a
// consumer on the web loads the published contexts.
package ldcontext

import _ "embed"

// The URLs that exports put in their @context.
const (
	// AnnoURL is the W3C Web Annotation context.
	AnnoURL = "http://www.w3.org/ns/anno.jsonld"
	// SchemaOrgURL is schema.org's context.
	SchemaOrgURL = "https://schema.org"
	// OnrecordURL is onrecord's own context, versioned with the format.
	OnrecordURL = "https://onrecord.github.io/schema/0.2/context.jsonld"
	// Vocabulary is the namespace of onrecord's terms.
	Vocabulary = "https://onrecord.github.io/ns#"
)

var (
	//go:embed anno.jsonld
	anno []byte
	//go:embed schemaorg.jsonld
	schemaOrg []byte
	//go:embed onrecord.jsonld
	onrecord []byte
)

var contexts = map[string][]byte{AnnoURL: anno, SchemaOrgURL: schemaOrg, OnrecordURL: onrecord}

// Lookup returns the context document served at url, and false for a URL that
// is not one of the three.
func Lookup(url string) ([]byte, bool) {
	b, ok := contexts[url]
	return b, ok
}

// Select returns the contexts at the URLs, keyed by URL, each a copy.
func Select(urls ...string) map[string][]byte {
	out := make(map[string][]byte, len(urls))
	for _, u := range urls {
		if b, ok := contexts[u]; ok {
			out[u] = append([]byte(nil), b...)
		}
	}
	return out
}
