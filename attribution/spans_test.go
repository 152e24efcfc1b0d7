package attribution_test

import (
	"errors"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
)

// TestValidateSpans checks that validation reports, with its pointer, a span
// outside the text and one whose exact text, prefix or suffix differs from
// the text.
func TestValidateSpans(t *testing.T) {
	tests := []struct {
		name    string
		change  func(d *attribution.Document)
		pointer string
		code    attribution.Code
	}{
		{"a mention past the end", func(d *attribution.Document) {
			n := len([]rune(d.Text))
			d.Mentions[2].Span = quote.Span{Start: n - 1, End: n + 2, Exact: "abc"}
		}, "/mentions/2/span/end", attribution.CodeSpanOutsideText},
		{"a quote's exact text differs", func(d *attribution.Document) {
			d.Quotes[1].Span.Exact = "The border is closed." // same length
		}, "/quotes/1/span/exact", attribution.CodeSpanMismatch},
		{"a cue one code point off", func(d *attribution.Document) {
			d.Quotes[0].Cue.Span.Start++
			d.Quotes[0].Cue.Span.End++
		}, "/quotes/0/cue/span/exact", attribution.CodeSpanMismatch},
		{"a prefix differs", func(d *attribution.Document) {
			d.Mentions[1].Span.Prefix = "opened,” "
		}, "/mentions/1/span/prefix", attribution.CodeSpanMismatch},
		{"a prefix longer than the text before", func(d *attribution.Document) {
			d.Mentions[0].Span.Prefix = "By "
		}, "/mentions/0/span/prefix", attribution.CodeSpanMismatch},
		{"a suffix differs", func(d *attribution.Document) {
			d.Mentions[2].Span.Suffix = " said."
		}, "/mentions/2/span/suffix", attribution.CodeSpanMismatch},
		{"a suffix past the end", func(d *attribution.Document) {
			d.Mentions[2].Span.Suffix += " More."
		}, "/mentions/2/span/suffix", attribution.CodeSpanMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := shahDocument(t)
			tt.change(d)
			var verr *attribution.ValidationError
			if err := d.Validate(); !errors.As(err, &verr) || len(verr.Problems) != 1 || !verr.Has(tt.pointer, tt.code) {
				t.Errorf("Validate = %v; want %s at %s alone", err, tt.code, tt.pointer)
			}
		})
	}
}

// TestValidateSpansInvalidUTF8 checks that a text that is not valid UTF-8 is
// compared as it stands: each stray byte is one code point.
func TestValidateSpansInvalidUTF8(t *testing.T) {
	d := shahDocument(t)
	d.Text = "\xff" + d.Text
	if err := d.Reanchor(d.Text); err != nil {
		t.Fatal(err)
	}
	d.Mentions[0].Span = quote.Span{Start: 0, End: 8, Exact: "\xffFarzana"}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}
}
