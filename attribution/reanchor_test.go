package attribution_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

const shahText = `Farzana Shah, a Peshawar-based defense expert, told The Media Line that the crossings would stay shut. ` +
	`“The border is closed,” Shah said. “The border is closed, and it will stay closed,” she added.`

// spanOf returns the span of the n-th occurrence (from 0) of exact in text.
func spanOf(t *testing.T, text, exact string, n int) *quote.Span {
	t.Helper()
	x := quote.NewIndex(text)
	b := -1
	for i := 0; i <= n; i++ {
		j := strings.Index(text[b+1:], exact)
		if j < 0 {
			t.Fatalf("%q occurs fewer than %d times", exact, n+1)
		}
		b += 1 + j
	}
	start, err := x.Convert(b, quote.UnitByte, quote.UnitCodePoint)
	if err != nil {
		t.Fatal(err)
	}
	end, err := x.Convert(b+len(exact), quote.UnitByte, quote.UnitCodePoint)
	if err != nil {
		t.Fatal(err)
	}
	s, err := x.Span(start, end, quote.UnitCodePoint)
	if err != nil {
		t.Fatal(err)
	}
	return &s
}

// shahDocument is a small document whose quotes, cue and mentions all carry
// spans, two of them quoting the same words.
func shahDocument(t *testing.T) *attribution.Document {
	t.Helper()
	text := shahText
	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Crossings stay shut"},
		Text:          text,
		Speakers: []source.Speaker{
			{ID: "shah", Kind: source.KindPerson, Name: "Farzana Shah"},
		},
		Quotes: []quote.Quote{
			{ID: "q1", Kind: quote.KindIndirect, Text: "the crossings would stay shut",
				Span: spanOf(t, text, "the crossings would stay shut", 0),
				Cue:  &quote.Cue{Text: "told", Span: spanOf(t, text, "told", 0)}},
			{ID: "q2", Kind: quote.KindDirect, Text: "The border is closed,",
				Span: spanOf(t, text, "The border is closed,", 0)},
			{ID: "q3", Kind: quote.KindDirect, Text: "The border is closed, and it will stay closed,",
				Span: spanOf(t, text, "The border is closed, and it will stay closed,", 0)},
		},
		Attributions: []attribution.Attribution{
			{ID: "a1", Speaker: "shah", Quote: "q1"},
			{ID: "a2", Speaker: "shah", Quote: "q2"},
			{ID: "a3", Speaker: "shah", Quote: "q3"},
		},
		Mentions: []attribution.Mention{
			{Speaker: "shah", Span: *spanOf(t, text, "Farzana Shah", 0)},
			{Speaker: "shah", Span: *spanOf(t, text, "Shah", 1)},
			{Speaker: "shah", Span: *spanOf(t, text, "she", 0)},
		},
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"},
			Created: "2026-11-25",
		},
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("the document before editing: %v", err)
	}
	return d
}

func TestReanchor(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(string) string
		unplaced map[string]error // pointer: reason
	}{
		{
			name: "unedited",
			edit: func(s string) string { return s },
		},
		{
			name: "edited before every span",
			edit: func(s string) string { return "PESHAWAR, Pakistan — " + s },
		},
		{
			name: "edited after every span",
			edit: func(s string) string { return s + " The ministry did not respond." },
		},
		{
			name: "edited between spans",
			edit: func(s string) string {
				return strings.Replace(s, "would stay shut.", "would stay shut for weeks, officials said.", 1)
			},
		},
		{
			name: "curly quotes straightened, a no-break space",
			edit: func(s string) string {
				s = strings.NewReplacer("“", `"`, "”", `"`).Replace(s)
				return strings.Replace(s, "Farzana Shah", "Farzana\u00a0Shah", 1)
			},
		},
		{
			name: "the first of two quotes that share words removed",
			edit: func(s string) string { return strings.Replace(s, `“The border is closed,” Shah said. `, "", 1) },
			unplaced: map[string]error{
				// Its words open the next quote, with the same
				// prefix: that is where it is placed.
				"/mentions/1/span": attribution.ErrUnconfirmed,
			},
		},
		{
			name: "edited inside a span",
			edit: func(s string) string { return strings.Replace(s, "would stay shut", "will stay shut", 1) },
			unplaced: map[string]error{
				"/quotes/0/span": quote.ErrNotFound,
			},
		},
		{
			name: "a mention made ambiguous",
			edit: func(s string) string {
				return strings.Replace(s, "Farzana Shah, a", "Farzana Shah, she, a", 1)
			},
		},
		{
			name: "everything deleted but the first quote's words",
			edit: func(string) string { return "The border is closed," },
			unplaced: map[string]error{
				"/quotes/0/span":     quote.ErrNotFound,
				"/quotes/0/cue/span": quote.ErrNotFound,
				"/quotes/1/span":     attribution.ErrUnconfirmed,
				"/quotes/2/span":     quote.ErrNotFound,
				"/mentions/0/span":   quote.ErrNotFound,
				"/mentions/1/span":   quote.ErrNotFound,
				"/mentions/2/span":   quote.ErrNotFound,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := shahDocument(t)
			before := map[string]quote.Span{}
			for ptr, s := range d.Spans() {
				before[ptr] = *s
			}
			edited := tt.edit(d.Text)
			err := d.Reanchor(edited)
			if d.Text != edited {
				t.Fatal("Reanchor did not set the new text")
			}

			var rerr *attribution.ReanchorError
			if len(tt.unplaced) == 0 && err != nil {
				t.Fatalf("Reanchor: %v", err)
			}
			if len(tt.unplaced) > 0 {
				if !errors.As(err, &rerr) {
					t.Fatalf("Reanchor = %v, want a *ReanchorError", err)
				}
				if len(rerr.Unplaced) != len(tt.unplaced) {
					t.Errorf("unplaced: %v", err)
				}
				for _, u := range rerr.Unplaced {
					want, ok := tt.unplaced[u.Pointer]
					if !ok || !errors.Is(u.Err, want) {
						t.Errorf("%s unplaced: %v; want %v", u.Pointer, u.Err, want)
					}
					if u.Span != before[u.Pointer] {
						t.Errorf("%s: reported %+v, was %+v", u.Pointer, u.Span, before[u.Pointer])
					}
				}
			}

			x := quote.NewIndex(edited)
			for ptr, s := range d.Spans() {
				if _, ok := tt.unplaced[ptr]; ok {
					if *s != before[ptr] {
						t.Errorf("%s: an unplaced span was changed to %+v", ptr, *s)
					}
					continue
				}
				fresh, err := x.SpanContext(s.Start, s.End, len([]rune(before[ptr].Prefix)), len([]rune(before[ptr].Suffix)))
				if err != nil || fresh != *s {
					t.Errorf("%s = %+v, but the new text there holds %+v (%v)", ptr, *s, fresh, err)
				}
				if folded(s.Exact) != folded(before[ptr].Exact) {
					t.Errorf("%s moved to %q, was %q", ptr, s.Exact, before[ptr].Exact)
				}
			}

			err = d.Validate()
			if len(tt.unplaced) == 0 {
				if err != nil {
					t.Errorf("Validate after re-anchoring: %v", err)
				}
				return
			}
			var verr *attribution.ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("Validate = %v, want the unplaced spans reported", err)
			}
			for ptr := range tt.unplaced {
				if !verr.Has(ptr+"/exact", attribution.CodeSpanMismatch) && !verr.Has(ptr+"/end", attribution.CodeSpanOutsideText) {
					t.Errorf("Validate does not report %s: %v", ptr, err)
				}
			}
		})
	}
}

// folded straightens the typographic variants that the tests introduce.
func folded(s string) string {
	return strings.NewReplacer("“", `"`, "”", `"`, "\u00a0", " ").Replace(s)
}

// TestReanchorKeepsItsPlace checks that of two occurrences of the same
// words, each span keeps its own after an edit before both.
func TestReanchorKeepsItsPlace(t *testing.T) {
	d := shahDocument(t)
	d.Mentions = append(d.Mentions, attribution.Mention{Speaker: "shah", Span: *spanOf(t, d.Text, "border", 1)},
		attribution.Mention{Speaker: "shah", Span: *spanOf(t, d.Text, "border", 0)})
	for i := range d.Mentions[3:] {
		m := &d.Mentions[3+i]
		m.Span.Prefix, m.Span.Suffix = "", "" // only the position tells them apart
	}
	first, second := d.Mentions[4].Span.Start, d.Mentions[3].Span.Start
	if err := d.Reanchor("Updated: " + d.Text); err != nil {
		t.Fatal(err)
	}
	if d.Mentions[3].Span.Start != second+9 || d.Mentions[4].Span.Start != first+9 {
		t.Errorf("starts %d and %d, want %d and %d", d.Mentions[3].Span.Start, d.Mentions[4].Span.Start, second+9, first+9)
	}
	if d.Mentions[3].Span.Prefix != "" || d.Mentions[3].Span.Suffix != "" {
		t.Errorf("a span without context got some: %+v", d.Mentions[3].Span)
	}
}

func TestReanchorWithoutOldText(t *testing.T) {
	d := shahDocument(t)
	text := d.Text
	d.Text = ""
	if err := d.Reanchor(text); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}
}

func TestReanchorError(t *testing.T) {
	d := shahDocument(t)
	d.Mentions[2].Span.Exact = ""
	err := d.Reanchor(d.Text + " And more.")
	var rerr *attribution.ReanchorError
	if !errors.As(err, &rerr) || len(rerr.Unplaced) != 1 || !errors.Is(rerr.Unplaced[0].Err, quote.ErrEmpty) {
		t.Fatalf("Reanchor = %v, want the span without exact text", err)
	}
	if want := "1 span not placed in the new text\n  /mentions/2/span: empty span: the span has no exact text to look for"; err.Error() != want {
		t.Errorf("message = %q, want %q", err.Error(), want)
	}
	err = (&attribution.ReanchorError{Unplaced: []attribution.Unplaced{
		{Pointer: "/quotes/0/span", Err: quote.ErrNotFound},
		{Pointer: "/quotes/1/span", Err: &quote.AmbiguousError{Candidates: make([]quote.Span, 2)}},
	}})
	if want := "2 spans not placed in the new text\n  /quotes/0/span: exact text not found\n" +
		"  /quotes/1/span: exact text occurs more than once: 2 occurrences and nothing decides between them"; err.Error() != want {
		t.Errorf("message = %q, want %q", err.Error(), want)
	}
}

func TestMentionsOf(t *testing.T) {
	d := shahDocument(t)
	d.Speakers = append(d.Speakers, source.Speaker{ID: "ministry", Kind: source.KindOrganization, Name: "Ministry"})
	d.Mentions = append(d.Mentions, attribution.Mention{Speaker: "ministry", Span: *spanOf(t, d.Text, "The Media Line", 0)})
	var got []string
	for _, m := range d.MentionsOf("shah") {
		got = append(got, m.Span.Exact)
	}
	if strings.Join(got, "|") != "Farzana Shah|Shah|she" {
		t.Errorf("MentionsOf(shah) = %q", got)
	}
	if ms := d.MentionsOf("ministry"); len(ms) != 1 || ms[0].Span.Exact != "The Media Line" {
		t.Errorf("MentionsOf(ministry) = %+v", ms)
	}
	if ms := d.MentionsOf("nobody"); ms != nil {
		t.Errorf("MentionsOf(nobody) = %+v", ms)
	}
}
