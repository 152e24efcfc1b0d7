package attribution_test

import (
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// TestReanchorKeepsFragmentsInText re-anchors a mixed quote into a text
// retyped with straight apostrophes, where a tolerant match changes the words
// of a span: the quote's, or its fragment's. The other side, which has no span,
// must follow, so that the fragment stays in the quote's text: Reanchor
// returns nil only for a document that validates.
func TestReanchorKeepsFragmentsInText(t *testing.T) {
	const old = "Rajpoot said Pakistan’s choice was “a confident move” in the circumstances."
	const retyped = "Rajpoot said Pakistan's choice was \"a confident move\" in the circumstances."
	const quoteText = "Pakistan’s choice was “a confident move”"
	tests := map[string]struct {
		quoteSpan, fragmentSpan bool
		fragment                string
		wantQuote, wantFragment string
	}{
		"the quote has a span, the fragment none": {
			quoteSpan: true, fragment: "Pakistan’s choice",
			wantQuote: "Pakistan's choice was \"a confident move\"", wantFragment: "Pakistan's choice",
		},
		"the fragment has a span, the quote none": {
			fragmentSpan: true, fragment: "Pakistan’s choice",
			wantQuote: "Pakistan's choice was “a confident move”", wantFragment: "Pakistan's choice",
		},
		"both have spans": {
			quoteSpan: true, fragmentSpan: true, fragment: "Pakistan’s choice",
			wantQuote: "Pakistan's choice was \"a confident move\"", wantFragment: "Pakistan's choice",
		},
		"neither has a span": {
			fragment:  "Pakistan’s choice",
			wantQuote: quoteText, wantFragment: "Pakistan’s choice",
		},
		"a fragment the edit does not touch": {
			quoteSpan: true, fragment: "a confident move",
			wantQuote: "Pakistan's choice was \"a confident move\"", wantFragment: "a confident move",
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			q := quote.Quote{ID: "q1", Kind: quote.KindMixed, Text: quoteText,
				Fragments: []quote.Fragment{{Text: tt.fragment}}}
			if tt.quoteSpan {
				q.Span = spanOf(t, old, quoteText, 0)
			}
			if tt.fragmentSpan {
				q.Fragments[0].Span = spanOf(t, old, tt.fragment, 0)
			}
			d := &attribution.Document{
				FormatVersion: attribution.FormatVersion,
				Article:       attribution.Article{Headline: "A confident move"},
				Text:          old,
				Speakers:      []source.Speaker{{ID: "rajpoot", Kind: source.KindPerson, Name: "Israr Ahmed Rajpoot"}},
				Quotes:        []quote.Quote{q},
				Attributions:  []attribution.Attribution{{ID: "a1", Speaker: "rajpoot", Quote: "q1"}},
				Annotation: attribution.Annotation{
					By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"}, Created: "2026-11-25",
				},
			}
			if err := d.Validate(); err != nil {
				t.Fatalf("before: %v", err)
			}
			if err := d.Reanchor(retyped); err != nil {
				t.Fatalf("Reanchor: %v", err)
			}
			if got := strings.Join(validation.Lines(d.Validate()), "\n"); got != "" {
				t.Errorf("Reanchor returned nil, and the document fails validation:\n%s", got)
			}
			if got := d.Quotes[0].Text; got != tt.wantQuote {
				t.Errorf("quote text %q, want %q", got, tt.wantQuote)
			}
			if got := d.Quotes[0].Fragments[0].Text; got != tt.wantFragment {
				t.Errorf("fragment text %q, want %q", got, tt.wantFragment)
			}
		})
	}
}
