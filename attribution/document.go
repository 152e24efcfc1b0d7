package attribution

import (
	"iter"
	"slices"

	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// FormatVersion is the version of the onrecord document format that this
// package reads and writes, as a Document's FormatVersion states it.
const FormatVersion = "0.2"

// Document is one text's whole sourcing: the article's metadata, optionally its
// full text, and flat lists of speakers, quotes, attributions and claims that
// refer to each other by ID. It is validated as a whole: IDs are unique, every
// reference resolves, and spans lie inside the text and match it.
type Document struct {
	// FormatVersion is the version of the onrecord format the document
	// follows; "0.2" for this package (see the package documentation's
	// table of versions). Required. Like CloudEvents'
	// specversion.
	FormatVersion string `json:"formatVersion" validate:"required,oneof=0.2"`
	// Article describes the annotated text. Required.
	Article Article `json:"article"`
	// Text is the full text that spans point into. Optional; when absent,
	// spans are kept but not checked. W3C Web Annotation: the source
	// of a selector.
	Text string `json:"text,omitempty"`
	// Speakers lists everyone and everything the text quotes. Optional.
	Speakers []source.Speaker `json:"speakers,omitempty" validate:"omitempty,dive"`
	// Quotes lists every quotation and paraphrase. Optional.
	Quotes []quote.Quote `json:"quotes,omitempty" validate:"omitempty,dive"`
	// Attributions join speakers to quotes. Optional.
	Attributions []Attribution `json:"attributions,omitempty" validate:"omitempty,dive"`
	// Claims lists the propositions the text puts forward, sourced or not.
	// Optional.
	Claims []Claim `json:"claims,omitempty" validate:"omitempty,dive"`
	// Mentions are the places where the text names or refers to a speaker
	// ("Farzana Shah", "Shah", "she"). Optional. Like citron's coreference
	// and Quotebank's names.
	Mentions []Mention `json:"mentions,omitempty" validate:"omitempty,dive"`
	// Credits are the credits of the text's images, video, graphics and sound.
	// Optional.
	Credits []Credit `json:"credits,omitempty" validate:"omitempty,dive"`
	// Annotation records who or what made this document, and when.
	// Required. W3C Web Annotation: creator, generator, created.
	Annotation Annotation `json:"annotation"`
}

// Article is the metadata of an annotated text. schema.org: NewsArticle.
type Article struct {
	// Headline is the text's headline. Required when the document has a
	// Text; optional in a document without one, such as a record of words
	// gathered across a corpus (a Quotebank quotation), which has no
	// headline of its own. schema.org: headline.
	Headline string `json:"headline,omitempty"`
	// Publisher is the name of the publication ("The Media Line").
	// Optional. schema.org: publisher.
	Publisher string `json:"publisher,omitempty"`
	// URL is where the text was published. Optional. schema.org: url.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
	// Language is the text's language as a BCP 47 tag ("en"). Optional.
	// schema.org: inLanguage.
	Language string `json:"language,omitempty" validate:"omitempty,langtag"`
	// Published is when the text was published: a date, or an RFC 3339
	// date and time. Optional. schema.org: datePublished.
	Published string `json:"published,omitempty" validate:"omitempty,isodate"`
	// Updated is when the text was last updated, in the same form; not
	// before Published. Optional. schema.org: dateModified.
	Updated string `json:"updated,omitempty" validate:"omitempty,isodate"`
	// Dateline is the place (and date) the story was filed from, as
	// printed ("NIAMEY, Niger"). Optional. schema.org: dateline.
	Dateline string `json:"dateline,omitempty"`
	// Byline lists the authors as the byline names them; empty when the
	// text carries no byline, as the seed article does. Optional.
	// schema.org: author.
	Byline []string `json:"byline,omitempty" validate:"omitempty,dive,required"`
	// Contributors lists those the story credits for contributing
	// reporting, as printed ("Reporting by ...", "contributed to this
	// report"). Optional. schema.org: contributor.
	Contributors []string `json:"contributors,omitempty" validate:"omitempty,dive,required"`
}

// Mention is a place where the text names or refers to a speaker.
type Mention struct {
	// Speaker is the ID of the speaker mentioned. Required.
	Speaker string `json:"speaker" validate:"required,id"`
	// Span is where the mention stands. Required.
	Span quote.Span `json:"span"`
}

// Credit is the credit line of an image, a video, a graphic or a sound in the
// text ("(credit: REUTERS/Charlotte Greenfield)"). schema.org:
// creditText, creator, copyrightHolder.
type Credit struct {
	// Kind is what is credited. Required.
	Kind CreditKind `json:"kind" validate:"required,enum"`
	// Text is the credit as printed ("REUTERS/Charlotte Greenfield").
	// Required. schema.org: creditText.
	Text string `json:"text" validate:"required"`
	// Creator names the photographer, videographer or artist. Optional.
	// schema.org: creator.
	Creator string `json:"creator,omitempty"`
	// Provider names the agency or owner ("Reuters"). Optional.
	// schema.org: provider / copyrightHolder.
	Provider string `json:"provider,omitempty"`
	// Caption is the caption printed with the item. Optional. schema.org:
	// caption.
	Caption string `json:"caption,omitempty"`
	// CaptionSpan is where the caption stands in the text; it holds the
	// caption as printed. Optional.
	CaptionSpan *quote.Span `json:"captionSpan,omitempty"`
	// File records that the item is a file (archive) picture or footage,
	// not made for this story ("FILE - ..."). Optional.
	File bool `json:"file,omitempty"`
	// Span is where the credit stands in the text. Optional.
	Span *quote.Span `json:"span,omitempty"`
}

// CreditKind is what a [Credit] credits.
type CreditKind string

// The kinds of credited item.
const (
	// CreditImage: a photograph or picture.
	CreditImage CreditKind = "image"
	// CreditVideo: a video.
	CreditVideo CreditKind = "video"
	// CreditGraphic: a chart, map or illustration.
	CreditGraphic CreditKind = "graphic"
	// CreditAudio: a sound recording.
	CreditAudio CreditKind = "audio"
)

var creditKinds = []CreditKind{CreditImage, CreditVideo, CreditGraphic, CreditAudio}

// CreditKinds returns every kind of credited item, in documentation order.
func CreditKinds() []CreditKind { return slices.Clone(creditKinds) }

// IsValid reports whether k is one of the kinds above.
func (k CreditKind) IsValid() bool { return slices.Contains(creditKinds, k) }

// Annotation records the provenance of a document: who or what made it, and
// when. W3C Web Annotation: creator or generator, and created.
type Annotation struct {
	// By is the person or program that made the annotation. Required.
	By Agent `json:"by"`
	// Created is when the annotation was made: an RFC 3339 date and time,
	// or a date. Required. W3C: created.
	Created string `json:"created" validate:"required,isodate"`
}

// Agent is a person or a program that annotates.
type Agent struct {
	// Kind says whether the agent is a person or software. Required.
	Kind AgentKind `json:"kind" validate:"required,enum"`
	// Name is the person's or program's name. Required.
	Name string `json:"name" validate:"required"`
	// Version is the program's version. Required for software.
	Version string `json:"version,omitempty" validate:"required_if=Kind software"`
	// URL identifies the agent further. Optional.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
}

// AgentKind is whether an [Agent] is a person or software.
type AgentKind string

// The kinds of agent.
const (
	// AgentPerson: a person annotated the text by hand.
	AgentPerson AgentKind = "person"
	// AgentSoftware: a program annotated the text, such as a quote
	// extractor.
	AgentSoftware AgentKind = "software"
)

var agentKinds = []AgentKind{AgentPerson, AgentSoftware}

// AgentKinds returns every kind of agent.
func AgentKinds() []AgentKind { return slices.Clone(agentKinds) }

// IsValid reports whether k is one of the kinds above.
func (k AgentKind) IsValid() bool { return slices.Contains(agentKinds, k) }

// Speaker returns the speaker with the ID.
func (d *Document) Speaker(id string) (source.Speaker, bool) {
	if d == nil {
		return source.Speaker{}, false
	}
	i := slices.IndexFunc(d.Speakers, func(s source.Speaker) bool { return s.ID == id })
	if i < 0 {
		return source.Speaker{}, false
	}
	return d.Speakers[i], true
}

// Quote returns the quote with the ID.
func (d *Document) Quote(id string) (quote.Quote, bool) {
	if d == nil {
		return quote.Quote{}, false
	}
	i := slices.IndexFunc(d.Quotes, func(q quote.Quote) bool { return q.ID == id })
	if i < 0 {
		return quote.Quote{}, false
	}
	return d.Quotes[i], true
}

// Claim returns the claim with the ID.
func (d *Document) Claim(id string) (Claim, bool) {
	if d == nil {
		return Claim{}, false
	}
	i := slices.IndexFunc(d.Claims, func(c Claim) bool { return c.ID == id })
	if i < 0 {
		return Claim{}, false
	}
	return d.Claims[i], true
}

// Attribution returns the attribution with the ID, and whether there is one.
// It scans the list: to look up many, build a map once.
func (d *Document) Attribution(id string) (Attribution, bool) {
	if d == nil {
		return Attribution{}, false
	}
	i := slices.IndexFunc(d.Attributions, func(a Attribution) bool { return a.ID == id })
	if i < 0 {
		return Attribution{}, false
	}
	return d.Attributions[i], true
}

// SourcesOf returns the attributions that list the claim, in document order.
func (d *Document) SourcesOf(claimID string) []Attribution {
	if d == nil {
		return nil
	}
	var out []Attribution
	for _, a := range d.Attributions {
		if slices.Contains(a.Claims, claimID) {
			out = append(out, a)
		}
	}
	return out
}

// UnsourcedClaims returns the claims that no attribution lists: what the text
// asserts on its own authority.
func (d *Document) UnsourcedClaims() []Claim {
	if d == nil {
		return nil
	}
	sourced := map[string]bool{}
	for _, a := range d.Attributions {
		for _, c := range a.Claims {
			sourced[c] = true
		}
	}
	var out []Claim
	for _, c := range d.Claims {
		if !sourced[c.ID] {
			out = append(out, c)
		}
	}
	return out
}

// Spans yields every span in the document with its JSON Pointer, in document
// order: quotes (content, fragments, cue), claims and their quantities,
// mentions and credits. The spans are yielded by pointer, so that a caller can
// move them (as re-anchoring does).
func (d *Document) Spans() iter.Seq2[string, *quote.Span] {
	return func(yield func(string, *quote.Span) bool) {
		for a := range d.anchors() {
			if !yield(a.at.pointer(), a.span) {
				return
			}
		}
	}
}

// anchor is a span of the document with where it is and, when the span must
// hold a value's own words (a quote's, fragment's, cue's, quantity's or
// credit's text), those words.
type anchor struct {
	at    place
	span  *quote.Span
	words *string
}

// place is where a span is: the span of item i of a list, or of item j of
// one of its members' lists (j < 0: of its member sub, or of the item
// itself when sub is empty), in the member leaf ("span" when empty). Its
// JSON Pointer is built only when asked for.
type place struct {
	list string
	i    int
	sub  string
	j    int
	leaf string
}

func (p place) pointer() string {
	ptr := pointer("/"+p.list, p.i)
	if p.sub != "" {
		ptr += "/" + p.sub
	}
	if p.j >= 0 {
		ptr = pointer(ptr, p.j)
	}
	if p.leaf != "" {
		return ptr + "/" + p.leaf
	}
	return ptr + "/span"
}

// anchors yields every span of the document, as Spans does, with the words it
// must hold.
func (d *Document) anchors() iter.Seq[anchor] {
	return func(yield func(anchor) bool) {
		if d == nil {
			return
		}
		visit := func(at place, s *quote.Span, words *string) bool {
			return s == nil || yield(anchor{at, s, words})
		}
		for i := range d.Quotes {
			q := &d.Quotes[i]
			if !visit(place{"quotes", i, "", -1, ""}, q.Span, &q.Text) {
				return
			}
			for j := range q.Fragments {
				f := &q.Fragments[j]
				if !visit(place{"quotes", i, "fragments", j, ""}, f.Span, &f.Text) {
					return
				}
			}
			for j := range q.Edits {
				e := &q.Edits[j]
				if !visit(place{"quotes", i, "edits", j, ""}, e.Span, &e.Text) {
					return
				}
			}
			if q.Cue != nil && !visit(place{"quotes", i, "cue", -1, ""}, q.Cue.Span, &q.Cue.Text) {
				return
			}
		}
		for i := range d.Claims {
			c := &d.Claims[i]
			if !visit(place{"claims", i, "", -1, ""}, c.Span, nil) {
				return
			}
			for j := range c.Quantities {
				qt := &c.Quantities[j]
				if !visit(place{"claims", i, "quantities", j, ""}, qt.Span, &qt.Text) {
					return
				}
			}
		}
		for i := range d.Mentions {
			if !visit(place{"mentions", i, "", -1, ""}, &d.Mentions[i].Span, nil) {
				return
			}
		}
		for i := range d.Credits {
			c := &d.Credits[i]
			if !visit(place{"credits", i, "", -1, ""}, c.Span, &c.Text) {
				return
			}
			if !visit(place{"credits", i, "", -1, "captionSpan"}, c.CaptionSpan, &c.Caption) {
				return
			}
		}
	}
}
