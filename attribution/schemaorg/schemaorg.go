package schemaorg

import (
	"encoding/json"
	"errors"
	"io"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/ldcontext"
	"github.com/onrecord/onrecord/internal/ldexport"
)

// context is the @context of an export: schema.org's, then onrecord's own.
var context = []string{ldcontext.SchemaOrgURL, ldcontext.OnrecordURL}

// ContextURL is the URL of onrecord's own JSON-LD context, which declares the
// vocabulary of the package documentation. It is versioned with the format.
const ContextURL = ldcontext.OnrecordURL

// Vocabulary is the namespace IRI of onrecord's terms.
const Vocabulary = ldcontext.Vocabulary

// Contexts returns the JSON-LD contexts that an export names, keyed by URL, so
// that a JSON-LD processor can be served them without the network: a minimal
// copy of schema.org's context (the terms the export uses) and onrecord's own
// context.
func Contexts() map[string][]byte { return ldcontext.Select(context...) }

// Node is a JSON-LD node object: its members by term.
type Node = map[string]any

// Graph is an export: the @context and the nodes of the @graph, the article
// first, then its speakers, then its claims.
type Graph struct {
	// Context is the JSON-LD context.
	Context []string `json:"@context"`
	// Nodes are the nodes of the graph.
	Nodes []Node `json:"@graph"`
}

// Options says under which IRI to export.
type Options struct {
	// Base is the IRI of the article; the IRIs of quotes, speakers and
	// claims are made from it with a fragment ("BASE#quote-q1",
	// "BASE#speaker-naqvi", "BASE#claim-deadline"). Empty: the article's
	// URL or, when it has none, "urn:onrecord:" and a digest of its text
	// or headline.
	Base string
}

// Export returns the document as a schema.org graph. The document must
// validate; Export returns its validation error otherwise.
func Export(d *attribution.Document, opts Options) (*Graph, error) {
	if d == nil {
		return nil, errors.New("schemaorg: no document")
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	base := opts.Base
	if base == "" {
		base = d.Article.URL
	}
	if base == "" {
		base = ldexport.DefaultBase(d)
	}
	v, names := ldexport.SchemaOrg, ldexport.NewNames(d, base)
	g := &Graph{Context: context}
	g.Nodes = append(g.Nodes, article(d, names))
	for _, s := range d.Speakers {
		g.Nodes = append(g.Nodes, v.Speaker(s, names))
	}
	for _, c := range d.Claims {
		g.Nodes = append(g.Nodes, v.Claim(c, names, base))
	}
	return g, nil
}

// article is the NewsArticle node, with its quotations as parts.
func article(d *attribution.Document, names *ldexport.Names) Node {
	a := d.Article
	node := Node{"id": names.Base(), "type": "NewsArticle"}
	set(node, "headline", a.Headline)
	set(node, "url", a.URL)
	set(node, "inLanguage", a.Language)
	set(node, "datePublished", a.Published)
	set(node, "dateModified", a.Updated)
	set(node, "dateline", a.Dateline)
	if a.Publisher != "" {
		node["publisher"] = Node{"type": "NewsMediaOrganization", "name": a.Publisher}
	}
	if people := persons(a.Byline); people != nil {
		node["author"] = people
	}
	if people := persons(a.Contributors); people != nil {
		node["contributor"] = people
	}
	set(node, "articleBody", d.Text)
	var parts []any
	for _, q := range d.Quotes {
		parts = append(parts, ldexport.SchemaOrg.Quotation(d, q, names))
	}
	if parts != nil {
		node["hasPart"] = parts
	}
	var credits []any
	for _, c := range d.Credits {
		cn := Node{"type": creditType(c.Kind), "creditText": c.Text}
		set(cn, "caption", c.Caption)
		if c.Creator != "" {
			cn["creator"] = Node{"type": "Person", "name": c.Creator}
		}
		if c.Provider != "" {
			cn["provider"] = Node{"type": "Organization", "name": c.Provider}
		}
		credits = append(credits, cn)
	}
	if credits != nil {
		node["associatedMedia"] = credits
	}
	return node
}

func creditType(k attribution.CreditKind) string {
	switch k {
	case attribution.CreditImage, attribution.CreditGraphic:
		return "ImageObject"
	case attribution.CreditVideo:
		return "VideoObject"
	default:
		return "AudioObject"
	}
}

func persons(names []string) []any {
	var out []any
	for _, n := range names {
		out = append(out, Node{"type": "Person", "name": n})
	}
	return out
}

func set(n Node, k, v string) {
	if v != "" {
		n[k] = v
	}
}

// Write writes the export of the document as indented JSON-LD.
func Write(w io.Writer, d *attribution.Document, opts Options) error {
	g, err := Export(d, opts)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(g)
}
