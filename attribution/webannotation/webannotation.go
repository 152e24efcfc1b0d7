package webannotation

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/ldcontext"
	"github.com/onrecord/onrecord/internal/ldexport"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// Context is the @context of a collection and of each of its annotations: the
// W3C annotation context, then onrecord's own.
var context = []string{ldcontext.AnnoURL, ldcontext.OnrecordURL}

// Contexts returns the JSON-LD contexts that an export names, keyed by URL, so
// that a JSON-LD processor can be served them without the network: a minimal
// copy of the W3C annotation context (the terms the export uses, as W3C
// defines them) and onrecord's own context.
func Contexts() map[string][]byte { return ldcontext.Select(context...) }

// Options says what to export and under which IRIs.
type Options struct {
	// Base is the IRI of the collection; the IRIs of annotations, quotes,
	// speakers and claims are made from it with a fragment
	// ("BASE#annotation-q1", "BASE#speaker-naqvi"). Empty: "urn:onrecord:"
	// and a digest of the article's URL, text or headline.
	Base string
	// Source is the IRI of the annotated text, the source of every
	// target. Empty: the article's URL or, when it has none, BASE#text.
	Source string
	// Claims adds an annotation for each claim (motivation describing).
	Claims bool
	// Mentions adds an annotation for each mention of a speaker
	// (motivation identifying).
	Mentions bool
}

// Collection is an AnnotationCollection with its one page of annotations.
type Collection struct {
	// Context is the JSON-LD context.
	Context []string `json:"@context"`
	// ID is the collection's IRI.
	ID string `json:"id"`
	// Type is "AnnotationCollection".
	Type string `json:"type"`
	// Label is the article's headline.
	Label string `json:"label,omitempty"`
	// Total is the number of annotations.
	Total int `json:"total"`
	// First is the page that holds every annotation.
	First Page `json:"first"`
}

// Page is an AnnotationPage.
type Page struct {
	// ID is the page's IRI.
	ID string `json:"id"`
	// Type is "AnnotationPage".
	Type string `json:"type"`
	// PartOf is the collection's IRI.
	PartOf string `json:"partOf"`
	// StartIndex is the position of the page's first item: 0.
	StartIndex int `json:"startIndex"`
	// Items are the annotations.
	Items []Annotation `json:"items"`
}

// Annotation is one Web Annotation.
type Annotation struct {
	// Context is the JSON-LD context, repeated on each annotation so that
	// each stands on its own.
	Context []string `json:"@context"`
	// ID is the annotation's IRI.
	ID string `json:"id"`
	// Type is "Annotation".
	Type string `json:"type"`
	// Motivation is identifying (a quote, a mention) or describing (a
	// claim).
	Motivation string `json:"motivation"`
	// Created is when the document was annotated, an xsd:dateTime in UTC.
	Created string `json:"created"`
	// Creator is who made the annotation: the document's annotating
	// person or program.
	Creator *Agent `json:"creator,omitempty"`
	// Generator is the program that made the annotation, when a program
	// did.
	Generator *Agent `json:"generator,omitempty"`
	// Body lists the bodies, each a JSON-LD node.
	Body []Body `json:"body,omitempty"`
	// Target is the passage annotated.
	Target Target `json:"target"`
}

// Body is an annotation's body, a JSON-LD node: its members by term.
type Body = map[string]any

// Agent is a creator or generator.
type Agent struct {
	// Type is "Person" or "Software".
	Type string `json:"type"`
	// Name is the agent's name.
	Name string `json:"name"`
	// Homepage is the agent's URL, when known.
	Homepage string `json:"homepage,omitempty"`
	// Version is a program's version (schema:softwareVersion).
	Version string `json:"schema:softwareVersion,omitempty"`
}

// Target is a SpecificResource: the annotated text and, when the passage has
// a span, its selectors, alternatives that locate the same passage.
type Target struct {
	// Source is the IRI of the annotated text.
	Source string `json:"source"`
	// Selector lists a TextQuoteSelector and a TextPositionSelector.
	Selector []Selector `json:"selector,omitempty"`
}

// Selector is a TextQuoteSelector (Exact, Prefix, Suffix) or a
// TextPositionSelector (Start, End, in code points, End exclusive).
type Selector struct {
	// Type is "TextQuoteSelector" or "TextPositionSelector".
	Type string `json:"type"`
	// Exact is the passage's text.
	Exact string `json:"exact,omitempty"`
	// Prefix is the text just before it.
	Prefix string `json:"prefix,omitempty"`
	// Suffix is the text just after it.
	Suffix string `json:"suffix,omitempty"`
	// Start is the code point offset of the passage's start.
	Start *int `json:"start,omitempty"`
	// End is the code point offset just past its end.
	End *int `json:"end,omitempty"`
}

// Selectors returns the two selectors of a span.
func Selectors(s quote.Span) []Selector {
	start, end := s.Start, s.End
	return []Selector{
		{Type: "TextQuoteSelector", Exact: s.Exact, Prefix: s.Prefix, Suffix: s.Suffix},
		{Type: "TextPositionSelector", Start: &start, End: &end},
	}
}

// Export returns the document as an annotation collection: one annotation for
// each quote, and for each claim and mention when the options ask. The
// document must validate; Export returns its validation error otherwise.
func Export(d *attribution.Document, opts Options) (*Collection, error) {
	if d == nil {
		return nil, errors.New("webannotation: no document")
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	created, err := ldexport.DateTime(d.Annotation.Created)
	if err != nil {
		return nil, fmt.Errorf("webannotation: annotation created: %w", err)
	}
	base := opts.Base
	if base == "" {
		base = ldexport.DefaultBase(d)
	}
	src := opts.Source
	if src == "" {
		src = d.Article.URL
	}
	if src == "" {
		src = base + "#text"
	}
	x := exporter{d: d, names: ldexport.NewNames(d, base), v: ldexport.WebAnnotation, src: src, created: created}
	x.agents()
	c := &Collection{Context: context, ID: base, Type: "AnnotationCollection", Label: d.Article.Headline,
		First: Page{ID: base + "#page-1", Type: "AnnotationPage", PartOf: base, Items: []Annotation{}}}
	for _, q := range d.Quotes {
		c.First.Items = append(c.First.Items, x.quote(q))
	}
	if opts.Claims {
		for _, cl := range d.Claims {
			c.First.Items = append(c.First.Items, x.claim(cl))
		}
	}
	if opts.Mentions {
		for i, m := range d.Mentions {
			c.First.Items = append(c.First.Items, x.mention(i, m))
		}
	}
	c.Total = len(c.First.Items)
	return c, nil
}

// Write writes the export of the document as indented JSON-LD.
func Write(w io.Writer, d *attribution.Document, opts Options) error {
	c, err := Export(d, opts)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(c)
}

type exporter struct {
	d                  *attribution.Document
	names              *ldexport.Names
	v                  ldexport.Vocab
	src, created       string
	creator, generator *Agent
}

// agents sets the creator and generator from the document's annotation
// record: a person is the creator; a program is both.
func (x *exporter) agents() {
	by := x.d.Annotation.By
	a := &Agent{Name: by.Name, Homepage: by.URL}
	if by.Kind == attribution.AgentSoftware {
		a.Type, a.Version = "Software", by.Version
		x.creator, x.generator = a, a
		return
	}
	a.Type = "Person"
	x.creator = a
}

func (x *exporter) annotation(id, motivation string, body []Body, span *quote.Span) Annotation {
	t := Target{Source: x.src}
	if span != nil {
		t.Selector = Selectors(*span)
	}
	return Annotation{Context: context, ID: x.names.Fragment(id), Type: "Annotation", Motivation: motivation,
		Created: x.created, Creator: x.creator, Generator: x.generator, Body: body, Target: t}
}

// KindIRI returns the IRI that classifies a quote's kind in onrecord's
// vocabulary ("https://onrecord.github.io/ns#direct").
func KindIRI(k quote.Kind) string { return ldcontext.Vocabulary + string(k) }

// quote: bodies identifying each speaker, classifying the kind and the cue,
// and the quotation as schema.org terms.
func (x *exporter) quote(q quote.Quote) Annotation {
	var body []Body
	seen := map[string]bool{}
	for _, a := range x.names.AttributionsOf(q.ID) {
		for _, id := range append([]string{a.Speaker}, a.With...) {
			if !seen[id] {
				seen[id] = true
				body = append(body, x.identifying(id))
			}
		}
	}
	body = append(body, Body{"type": "SpecificResource", "purpose": "classifying", "source": KindIRI(q.Kind)})
	if q.Cue != nil {
		cue := Body{"type": []string{"TextualBody", "Cue"}, "purpose": "classifying", "value": q.Cue.Text,
			"format": "text/plain"}
		if q.Cue.Lemma != "" {
			cue["cueLemma"] = q.Cue.Lemma
		}
		body = append(body, cue)
	}
	body = append(body, x.v.Quotation(x.d, q, x.names))
	return x.annotation("annotation-"+q.ID, "identifying", body, q.Span)
}

// identifying is the body that identifies a speaker.
func (x *exporter) identifying(id string) Body {
	s, ok := x.names.SpeakerByID(id)
	if !ok {
		s = source.Speaker{ID: id}
	}
	return Body{"type": "SpecificResource", "purpose": "identifying", "source": x.v.Speaker(s, x.names)}
}

func (x *exporter) claim(c attribution.Claim) Annotation {
	body := []Body{x.v.Claim(c, x.names, x.src)}
	return x.annotation("annotation-"+c.ID, "describing", body, c.Span)
}

func (x *exporter) mention(i int, m attribution.Mention) Annotation {
	span := m.Span
	return x.annotation("mention-"+strconv.Itoa(i+1), "identifying", []Body{x.identifying(m.Speaker)}, &span)
}
