// Package ldexport builds the JSON-LD nodes that onrecord's two exports share:
// the IRIs of a document's speakers, quotes and claims, and the schema.org
// nodes of speakers, quotations and claims, written with bare schema.org
// terms (package schemaorg) or with schema: CURIEs (package webannotation,
// under the W3C annotation context). onrecord's own terms are bare in both;
// the onrecord context declares them.
package ldexport

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// Node is a JSON-LD node object: its members by term.
type Node = map[string]any

// Vocab writes schema.org terms: bare under schema.org's context, as schema:
// CURIEs under the annotation context.
type Vocab struct{ prefix string }

// The two ways of writing schema.org terms.
var (
	SchemaOrg     = Vocab{}
	WebAnnotation = Vocab{prefix: "schema:"}
)

// S returns the schema.org term as this vocabulary writes it.
func (v Vocab) S(term string) string { return v.prefix + term }

// Names gives the IRIs of a document's resources, all under one base IRI. An
// anonymous speaker's IRI is numbered ("#speaker-anonymous-1"), never made
// from its ID, which an annotator may have made from the name.
//
// Names also indexes the document once, so that an export takes time linear
// in the document's size.
type Names struct {
	base     string
	speakers map[string]string
	// indexes of the document
	bySpeaker map[string]source.Speaker
	byQuote   map[string][]attribution.Attribution
	byID      map[string]attribution.Attribution
	byClaim   map[string][]attribution.Attribution
}

// DefaultBase returns the base IRI of a document that the caller gives none:
// "urn:onrecord:" and a digest of the article's URL, or of its text, or of its
// headline. The same document gets the same IRIs every time.
func DefaultBase(d *attribution.Document) string {
	key := d.Article.URL
	if key == "" {
		key = d.Text
	}
	if key == "" {
		key = d.Article.Headline
	}
	sum := sha256.Sum256([]byte(key))
	return "urn:onrecord:" + hex.EncodeToString(sum[:16])
}

// NewNames names the resources of d under base.
func NewNames(d *attribution.Document, base string) *Names {
	n := &Names{base: base, speakers: make(map[string]string, len(d.Speakers)),
		bySpeaker: make(map[string]source.Speaker, len(d.Speakers)),
		byQuote:   make(map[string][]attribution.Attribution, len(d.Quotes)),
		byID:      make(map[string]attribution.Attribution, len(d.Attributions)),
		byClaim:   make(map[string][]attribution.Attribution, len(d.Claims))}
	for _, a := range d.Attributions {
		n.byQuote[a.Quote] = append(n.byQuote[a.Quote], a)
		if _, ok := n.byID[a.ID]; !ok {
			n.byID[a.ID] = a
		}
		for _, c := range a.Claims {
			n.byClaim[c] = append(n.byClaim[c], a)
		}
	}
	anonymous := 0
	for _, s := range d.Speakers {
		if _, ok := n.speakers[s.ID]; ok {
			continue
		}
		n.bySpeaker[s.ID] = s
		if s.IsAnonymous() {
			anonymous++
			n.speakers[s.ID] = base + "#speaker-anonymous-" + strconv.Itoa(anonymous)
		} else {
			n.speakers[s.ID] = base + "#speaker-" + s.ID
		}
	}
	return n
}

// SpeakerByID returns the document's speaker with the ID.
func (n *Names) SpeakerByID(id string) (source.Speaker, bool) {
	s, ok := n.bySpeaker[id]
	return s, ok
}

// AttributionsOf returns the attributions of the quote, in document order.
func (n *Names) AttributionsOf(quoteID string) []attribution.Attribution { return n.byQuote[quoteID] }

// Base returns the base IRI.
func (n *Names) Base() string { return n.base }

// Speaker returns the IRI of the speaker with the ID.
func (n *Names) Speaker(id string) string {
	if iri, ok := n.speakers[id]; ok {
		return iri
	}
	return n.base + "#speaker-" + id
}

// Quote returns the IRI of the quote with the ID.
func (n *Names) Quote(id string) string { return n.base + "#quote-" + id }

// Claim returns the IRI of the claim with the ID.
func (n *Names) Claim(id string) string { return n.base + "#claim-" + id }

// Fragment returns an IRI under the base for a name of the caller's.
func (n *Names) Fragment(name string) string { return n.base + "#" + name }

// Ref is a reference to a node by IRI.
func Ref(iri string) Node { return Node{"id": iri} }

// DateTime converts one of the model's date forms to an xsd:dateTime in UTC
// ending in Z, as W3C Web Annotation requires of created: an RFC 3339 date and
// time is moved to UTC; a date stands for its first instant in UTC
// ("2026-11-25" gives "2026-11-25T00:00:00Z", "2026-11" the first of the
// month, "2026" the first of January).
func DateTime(s string) (string, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC().Format(time.RFC3339Nano), nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) != len(layout) {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC().Format(time.RFC3339), nil
		}
	}
	return "", fmt.Errorf("%q is not a date or an RFC 3339 date and time", s)
}

// WikidataIRI returns the IRI of a Wikidata item.
func WikidataIRI(qid string) string { return "http://www.wikidata.org/entity/" + qid }

// speakerType is the schema.org type of a kind of speaker.
func speakerType(k source.Kind) string {
	switch k {
	case source.KindPerson:
		return "Person"
	case source.KindGovernment:
		return "GovernmentOrganization"
	default:
		return "Organization"
	}
}

// Speaker returns the node of a speaker. An anonymous speaker's node has its
// type, the description the text prints, that it is anonymous and the ground
// rule, and nothing else: no name, title, identifier, URL, place or
// affiliation.
func (v Vocab) Speaker(s source.Speaker, n *Names) Node {
	node := Node{"id": n.Speaker(s.ID), "type": v.S(speakerType(s.Kind)), "speakerKind": string(s.Kind)}
	if s.Anonymity != nil {
		node[v.S("description")] = s.Anonymity.Description
		node["anonymous"] = true
		if s.Anonymity.GroundRule != "" {
			node["groundRule"] = string(s.Anonymity.GroundRule)
		}
		return node
	}
	set(node, v.S("name"), s.Name)
	if s.Kind == source.KindPerson {
		set(node, v.S("honorificPrefix"), s.Title)
	}
	set(node, v.S("description"), s.Description)
	if sameAs := v.sameAs(s.QID, s.SameAs); len(sameAs) > 0 {
		node[v.S("sameAs")] = sameAs
	}
	if len(s.PossibleQIDs) > 0 {
		var iris []string
		for _, q := range s.PossibleQIDs {
			iris = append(iris, WikidataIRI(q))
		}
		node["possibleSameAs"] = iris
	}
	if len(s.Expertise) > 0 {
		node[v.S("knowsAbout")] = s.Expertise
	}
	if s.BasedIn != "" || s.Country != "" {
		place := Node{"type": v.S("Place")}
		set(place, v.S("name"), s.BasedIn)
		if s.Country != "" {
			place[v.S("address")] = Node{"type": v.S("PostalAddress"), v.S("addressCountry"): s.Country}
		}
		if s.Kind == source.KindPerson {
			node[v.S("workLocation")] = place
		} else {
			node[v.S("location")] = place
		}
	}
	var roles []any
	var titles []string
	for _, a := range s.Affiliations {
		var org any
		switch {
		case a.Organization != nil:
			org = v.Organization(*a.Organization)
		case a.OrganizationID != "":
			org = Ref(n.Speaker(a.OrganizationID))
		}
		if org == nil {
			titles = append(titles, a.Role)
			continue
		}
		role := Node{"type": v.S("OrganizationRole"), v.S("affiliation"): org}
		set(role, v.S("roleName"), a.Role)
		set(role, v.S("startDate"), a.Since)
		set(role, v.S("endDate"), a.Until)
		roles = append(roles, role)
	}
	if len(roles) > 0 {
		node[v.S("affiliation")] = roles
	}
	if len(titles) > 0 {
		node[v.S("jobTitle")] = titles
	}
	switch {
	case s.ParentOrganization != nil:
		node[v.S("parentOrganization")] = v.Organization(*s.ParentOrganization)
	case s.Parent != "":
		node[v.S("parentOrganization")] = Ref(n.Speaker(s.Parent))
	}
	return node
}

func (v Vocab) sameAs(qid string, urls []string) []string {
	var out []string
	if qid != "" {
		out = append(out, WikidataIRI(qid))
	}
	return append(out, urls...)
}

// Organization returns the node of an organization given inline, with its
// parents.
func (v Vocab) Organization(o source.Organization) Node {
	node := Node{"type": v.S("Organization")}
	set(node, v.S("name"), o.Name)
	set(node, v.S("description"), o.Description)
	if sameAs := v.sameAs(o.QID, o.SameAs); len(sameAs) > 0 {
		node[v.S("sameAs")] = sameAs
	}
	if o.Country != "" {
		node[v.S("address")] = Node{"type": v.S("PostalAddress"), v.S("addressCountry"): o.Country}
	}
	if o.Parent != nil {
		node[v.S("parentOrganization")] = v.Organization(*o.Parent)
	}
	return node
}

// Quotation returns the node of a quote, with what its attributions say: who
// spoke (spokenByCharacter), for whom, in which sense, how surely, and the
// quote that reports it when the attribution is nested.
func (v Vocab) Quotation(d *attribution.Document, q quote.Quote, n *Names) Node {
	node := Node{"id": n.Quote(q.ID), "type": v.S("Quotation"), v.S("text"): q.Text, "quoteKind": string(q.Kind)}
	var speakers, behalf, reported, types, responds []any
	var confidence []any
	for _, a := range n.byQuote[q.ID] {
		speakers = append(speakers, Ref(n.Speaker(a.Speaker)))
		for _, w := range a.With {
			speakers = append(speakers, Ref(n.Speaker(w)))
		}
		if a.OnBehalfOf != "" {
			behalf = append(behalf, Ref(n.Speaker(a.OnBehalfOf)))
		}
		if a.Type != "" {
			types = append(types, string(a.Type))
		}
		if a.Confidence != nil {
			confidence = append(confidence, *a.Confidence)
		}
		if a.Parent != "" {
			if p, ok := n.byID[a.Parent]; ok {
				reported = append(reported, Ref(n.Quote(p.Quote)))
			}
		}
		for _, r := range a.RespondsTo {
			if p, ok := n.byID[r.Attribution]; ok {
				responds = append(responds, Node{"type": "Response", "responseKind": string(r.Kind),
					"respondsTo": Ref(n.Quote(p.Quote))})
			}
		}
	}
	setList(node, v.S("spokenByCharacter"), speakers)
	setList(node, "onBehalfOf", behalf)
	setList(node, "attributionType", types)
	setList(node, "confidence", confidence)
	setList(node, "reportedIn", reported)
	setList(node, "respondsTo", responds)
	lang := q.Language
	if lang == "" {
		lang = d.Article.Language
	}
	set(node, v.S("inLanguage"), lang)
	set(node, v.S("dateCreated"), q.Said)
	if q.Cue != nil {
		node["cue"] = q.Cue.Text
		set(node, "cueLemma", q.Cue.Lemma)
	}
	if q.Implicit {
		node["implicit"] = true
	}
	set(node, "recipient", q.Recipient)
	if c := q.Channel; c != nil {
		ch := Node{"type": v.S("CreativeWork"), "channelKind": string(c.Kind)}
		set(ch, v.S("name"), c.Name)
		set(ch, v.S("datePublished"), c.Date)
		set(ch, v.S("url"), c.URL)
		node["channel"] = ch
	}
	if t := q.Translation; t != nil {
		orig := Node{"type": v.S("CreativeWork")}
		set(orig, v.S("inLanguage"), t.From)
		set(orig, v.S("text"), t.Original)
		set(orig, v.S("translator"), t.By)
		node[v.S("translationOfWork")] = orig
	}
	var fragments []any
	for _, f := range q.Fragments {
		fragments = append(fragments, f.Text)
	}
	setList(node, "fragment", fragments)
	if q.ContinuationOf != "" {
		node["continuationOf"] = Ref(n.Quote(q.ContinuationOf))
	}
	if q.Occurrences > 0 {
		node["occurrences"] = q.Occurrences
	}
	if len(q.URLs) > 0 {
		node["sourceUrl"] = q.URLs
	}
	var cands []any
	for _, c := range q.Candidates {
		cn := Node{"type": "Candidate", "probability": c.Probability}
		if c.Speaker != "" {
			cn["candidate"] = Ref(n.Speaker(c.Speaker))
		}
		cands = append(cands, cn)
	}
	setList(node, "candidate", cands)
	if q.Span != nil {
		node["spanStart"], node["spanEnd"] = q.Span.Start, q.Span.End
	}
	return node
}

// Claim returns the node of a claim: its text, kind and figures, where it
// appears (appearance), who makes it (author: the speakers of the
// attributions that list it) and its relations to other claims.
func (v Vocab) Claim(c attribution.Claim, n *Names, appearance string) Node {
	node := Node{"id": n.Claim(c.ID), "type": v.S("Claim"), v.S("text"): c.Text, "claimKind": string(c.Kind),
		v.S("appearance"): Ref(appearance)}
	var authors []any
	seen := map[string]bool{}
	for _, a := range n.byClaim[c.ID] {
		for _, s := range append([]string{a.Speaker}, a.With...) {
			if !seen[s] {
				seen[s] = true
				authors = append(authors, Ref(n.Speaker(s)))
			}
		}
	}
	setList(node, v.S("author"), authors)
	rels := map[attribution.RelationType][]any{}
	for _, r := range c.Relations {
		rels[r.Type] = append(rels[r.Type], Ref(n.Claim(r.Claim)))
	}
	for _, t := range attribution.RelationTypes() {
		setList(node, string(t), rels[t])
	}
	var qs []any
	for _, q := range c.Quantities {
		qn := Node{"type": v.S("QuantitativeValue"), v.S("unitText"): q.Unit}
		if q.Value != nil {
			qn[v.S("value")] = *q.Value
		}
		if q.Low != nil {
			qn[v.S("minValue")] = *q.Low
		}
		if q.High != nil {
			qn[v.S("maxValue")] = *q.High
		}
		set(qn, "qualifier", string(q.Qualifier))
		if q.Vague {
			qn["vague"] = true
		}
		set(qn, v.S("description"), q.Text)
		qs = append(qs, qn)
	}
	setList(node, "quantity", qs)
	if c.Span != nil {
		node["spanStart"], node["spanEnd"] = c.Span.Start, c.Span.End
	}
	return node
}

func set(n Node, k, v string) {
	if v != "" {
		n[k] = v
	}
}

func setList(n Node, k string, vs []any) {
	switch len(vs) {
	case 0:
	case 1:
		n[k] = vs[0]
	default:
		n[k] = vs
	}
}
