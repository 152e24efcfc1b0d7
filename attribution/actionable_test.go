package attribution_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// problemsOfDoc validates d and returns its problems as "pointer [object]
// code: message" lines.
func problemsOfDoc(t *testing.T, d *attribution.Document) []string {
	t.Helper()
	err := d.Validate()
	var verr *attribution.ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("want a *ValidationError, got %v", err)
	}
	var out []string
	for _, p := range verr.Problems {
		out = append(out, p.Pointer+" ["+p.Object+"] "+string(p.Code)+": "+p.Message)
	}
	return out
}

// TestProblemsActionable: a problem names the object it is in, a duplicate
// ID says where the first holder is, and a span that does not match says why
// when the reason is typographic or a unit of count.
func TestProblemsActionable(t *testing.T) {
	const text = "“We will act,” the minister said."
	base := func() *attribution.Document {
		d := minimal()
		d.Text = text
		d.Speakers = []source.Speaker{{ID: "minister", Kind: source.KindPerson, Name: "A. Minister"}}
		d.Quotes = []quote.Quote{{ID: "q1", Kind: quote.KindDirect, Text: "We will act,"}}
		d.Attributions = []attribution.Attribution{{ID: "a1", Speaker: "minister", Quote: "q1"}}
		return d
	}
	for name, tc := range map[string]struct {
		edit func(d *attribution.Document)
		want []string
	}{
		"object named": {
			func(d *attribution.Document) { d.Speakers[0].Name = "" },
			[]string{"/speakers/0 [minister] named-or-anonymous: a speaker needs a name, a description (unnamed, on the record) or anonymity"},
		},
		"duplicate says where": {
			func(d *attribution.Document) { d.Attributions[0].ID = "q1" },
			[]string{"/attributions/0/id [q1] duplicate-id: the same id as /quotes/0"},
		},
		"typographic": {
			func(d *attribution.Document) {
				// The text has a curly apostrophe; the span was typed with a
				// straight one.
				d.Text = "“We won’t act,” the minister said."
				d.Quotes[0].Text = "We won't act"
				d.Quotes[0].Span = &quote.Span{Start: 1, End: 13, Exact: "We won't act"}
			},
			[]string{
				"/quotes/0/span [q1] span-mismatch: the exact text differs from the text only typographically (quotation marks, apostrophes, dashes, spaces or Unicode normalisation): copy the text's own characters",
				"/quotes/0/span/exact [q1] span-mismatch: differs from the text at the span's position",
			},
		},
		"bytes": {
			func(d *attribution.Document) {
				d.Quotes[0].Span = &quote.Span{Start: 3, End: 15, Exact: "We will act,"} // after a 3-byte quotation mark
			},
			[]string{
				"/quotes/0/span [q1] span-mismatch: its offsets look like bytes, not code points: spans count Unicode code points",
				"/quotes/0/span/exact [q1] span-mismatch: differs from the text at the span's position",
			},
		},
	} {
		t.Run(name, func(t *testing.T) {
			d := base()
			tc.edit(d)
			if diff := cmp.Diff(tc.want, problemsOfDoc(t, d)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}
