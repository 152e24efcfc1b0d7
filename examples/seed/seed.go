package seed

import (
	_ "embed"
	"errors"
	"fmt"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

//go:embed article.txt
var text string

// Text returns the story's text exactly as published, including the no-break
// spaces and the page furniture ("For more stories from The Media Line go to",
// "Author: |") that the copy carries.
func Text() string { return text }

// Document builds the onrecord document of the story. It fails only if a
// passage it looks for is not found in the text exactly once, which the
// package's tests rule out.
func Document() (*attribution.Document, error) {
	b := &builder{
		index: quote.NewIndex(text),
		doc: &attribution.Document{
			FormatVersion: attribution.FormatVersion,
			Article: attribution.Article{
				Headline:  "Pakistan restarts Afghan refugee repatriation amid border tensions",
				Publisher: "The Media Line",
				Language:  "en",
				// The copy's byline reads "Author: |": no author is named.
			},
			Text: text,
			Annotation: attribution.Annotation{
				By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "onrecord developers"},
				Created: "2026-11-25",
			},
		},
	}
	b.speakers()
	b.sourcing()
	b.claims()
	b.credits()
	if err := errors.Join(b.errs...); err != nil {
		return nil, err
	}
	return b.doc, nil
}

// builder adds to a document, locating every span in the text; it collects
// the passages it cannot place instead of stopping at the first.
type builder struct {
	index *quote.Index
	doc   *attribution.Document
	errs  []error
}

// at locates a passage of the text.
func (b *builder) at(exact string, opts ...quote.LocateOption) *quote.Span {
	s, err := b.index.Locate(exact, opts...)
	if err != nil {
		b.errs = append(b.errs, fmt.Errorf("locating %q: %w", exact, err))
		return nil
	}
	return &s
}

// near locates a passage closest to a span's start (or end), as a cue that
// stands just before (or after) its quote.
func (b *builder) near(exact string, s *quote.Span, after bool) *quote.Span {
	if s == nil {
		return nil
	}
	hint := s.Start
	if after {
		hint = s.End
	}
	return b.at(exact, quote.WithHint(hint))
}

// speaker adds a speaker and the places where the text names or refers to
// them, each given as the mention with enough context to be unique.
func (b *builder) speaker(s source.Speaker, mentions ...mention) {
	b.doc.Speakers = append(b.doc.Speakers, s)
	for _, m := range mentions {
		if sp := b.at(m.exact, m.opts...); sp != nil {
			b.doc.Mentions = append(b.doc.Mentions, attribution.Mention{Speaker: s.ID, Span: *sp})
		}
	}
}

type mention struct {
	exact string
	opts  []quote.LocateOption
}

// named is a mention whose text is unique in the story.
func named(exact string) mention { return mention{exact: exact} }

// before is a mention followed by a suffix that makes it unique ("He"
// followed by " outlined").
func before(exact, suffix string) mention {
	return mention{exact: exact, opts: []quote.LocateOption{quote.WithSuffix(suffix)}}
}

// words describes one quote: its ID, kind and text, its cue, and whether the
// cue follows the quote (“...,” she said) or precedes it (told ... that ...).
type words struct {
	id, text, cue, lemma string
	kind                 quote.Kind
	cueAfter             bool
	fragments            []string
	channel              *quote.Channel
	recipient            string
	continues            string
}

// attribute adds a quote, locating it and its cue, and the attribution that
// joins it to a speaker.
func (b *builder) attribute(speaker string, w words, a attribution.Attribution) {
	q := quote.Quote{
		ID: w.id, Kind: w.kind, Text: w.text,
		Channel: w.channel, Recipient: w.recipient, ContinuationOf: w.continues,
	}
	q.Span = b.at(w.text)
	if w.cue != "" {
		q.Cue = &quote.Cue{Text: w.cue, Lemma: w.lemma, Span: b.near(w.cue, q.Span, w.cueAfter)}
	}
	for _, f := range w.fragments {
		q.Fragments = append(q.Fragments, quote.Fragment{Text: f, Span: b.at(f)})
	}
	b.doc.Quotes = append(b.doc.Quotes, q)
	a.Speaker, a.Quote = speaker, w.id
	if a.ID == "" {
		a.ID = "a-" + w.id
	}
	b.doc.Attributions = append(b.doc.Attributions, a)
}
