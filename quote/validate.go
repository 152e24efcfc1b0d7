package quote

import (
	"slices"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/onrecord/onrecord/internal/validation"
)

// Registered with the shared validator before its first use.
var (
	_ = validation.RegisterEnum(kinds...)
	_ = validation.RegisterEnum(channelKinds...)
	_ = validation.RegisterEnum(editKinds...)
	_ = validation.RegisterEnum(translationBases...)
	_ = validation.RegisterStruct(quoteRules, Quote{})
	_ = validation.RegisterStruct(spanRules, Span{})
	_ = validation.RegisterStruct(editFormRules, Edit{})
	// A span's start may be 0, which Go cannot tell from absent: decoding
	// and the schema require both positions.
	_ = validation.RequireMembers[Span]("start", "end")
)

func validate(v any) error { return validation.AsError(validation.Check(v)) }

// quoteRules: what each kind requires, fragments inside the text, and
// continuation only between direct quotes.
func quoteRules(sl validator.StructLevel) {
	q := validation.Current[Quote](sl)
	kindCode := string(validation.CodeQuoteKind)
	switch {
	case q.Kind == KindMixed && len(q.Fragments) == 0:
		sl.ReportError(q.Fragments, "fragments", "Fragments", kindCode, "a mixed quote needs at least one verbatim fragment")
	case q.Kind != KindMixed && len(q.Fragments) > 0:
		sl.ReportError(q.Fragments, "fragments", "Fragments", kindCode, "only a mixed quote has fragments")
	}
	for i, f := range q.Fragments {
		if f.Text != "" && !strings.Contains(q.Text, f.Text) {
			sl.ReportError(f.Text, "fragments["+strconv.Itoa(i)+"].text", "Text",
				string(validation.CodeFragmentNotInText), "a fragment must occur in the quote's text")
		}
	}
	mismatch := string(validation.CodeSpanMismatch)
	if q.Span != nil && q.Span.Exact != "" && q.Text != "" && q.Span.Exact != q.Text {
		sl.ReportError(q.Span.Exact, "span.exact", "Exact", mismatch, "differs from the quote's text")
	}
	for i, f := range q.Fragments {
		if f.Span != nil && f.Span.Exact != "" && f.Text != "" && f.Span.Exact != f.Text {
			sl.ReportError(f.Span.Exact, "fragments["+strconv.Itoa(i)+"].span.exact", "Exact", mismatch, "differs from the fragment's text")
		}
	}
	if c := q.Cue; c != nil && c.Span != nil && c.Span.Exact != "" && c.Text != "" && c.Span.Exact != c.Text {
		sl.ReportError(c.Span.Exact, "cue.span.exact", "Exact", mismatch, "differs from the cue's text")
	}
	editRules(sl, q)
	candidateRules(sl, q)
	if q.Implicit && q.Cue != nil {
		sl.ReportError(q.Cue, "cue", "Cue", string(validation.CodeImplicitCue), "an implicit attribution has no cue")
	}
	if q.SaidUntil != "" && q.Said == "" {
		sl.ReportError(q.SaidUntil, "said", "Said", string(validation.CodeRequired), "a period's end needs its start")
	} else if validation.DateAfter(q.Said, q.SaidUntil) {
		sl.ReportError(q.SaidUntil, "saidUntil", "SaidUntil", string(validation.CodeDateOrder), "must not be before said")
	}
	if q.ContinuationOf != "" && q.Kind != KindDirect {
		sl.ReportError(q.ContinuationOf, "continuationOf", "ContinuationOf",
			string(validation.CodeContinuation), "only a direct quote continues another")
	}
	if q.ContinuationOf != "" && q.ContinuationOf == q.ID {
		sl.ReportError(q.ContinuationOf, "continuationOf", "ContinuationOf",
			string(validation.CodeContinuation), "a quote cannot continue itself")
	}
}

// candidateTolerance is how far candidates' probabilities may add up past 1:
// programs print them rounded (Quotebank to four decimals).
const candidateTolerance = 0.001

// candidateRules: each speaker at most once, "no speaker" at most once, and
// probabilities that add up to at most 1.
func candidateRules(sl validator.StructLevel, q *Quote) {
	code := string(validation.CodeCandidates)
	sum := 0.0
	for i, c := range q.Candidates {
		at := "candidates[" + strconv.Itoa(i) + "]"
		if slices.ContainsFunc(q.Candidates[:i], func(o Candidate) bool { return o.Speaker == c.Speaker }) {
			if c.Speaker == "" {
				sl.ReportError(c, at, "Candidates", code, "a second candidate for no speaker")
			} else {
				sl.ReportError(c.Speaker, at+".speaker", "Speaker", code, "names a speaker already listed")
			}
		}
		sum += c.Probability
	}
	if sum > 1+candidateTolerance {
		sl.ReportError(q.Candidates, "candidates", "Candidates", code, "the probabilities add up to more than 1")
	}
}

// spanRules: a non-empty stretch whose exact text has the length its
// positions say.
func spanRules(sl validator.StructLevel) {
	s := validation.Current[Span](sl)
	switch {
	case s.End <= s.Start:
		sl.ReportError(s.End, "end", "End", string(validation.CodeSpanOrder), "must be greater than start")
	case s.Exact != "" && !s.consistent():
		sl.ReportError(s.Exact, "exact", "Exact", string(validation.CodeSpanMismatch),
			"its length in code points differs from end minus start")
	}
}

// editRules: edits only inside verbatim words, each occurring in the quote's
// text and held by its span.
func editRules(sl validator.StructLevel, q *Quote) {
	if len(q.Edits) > 0 && q.Kind == KindIndirect {
		sl.ReportError(q.Edits, "edits", "Edits", string(validation.CodeQuoteEdit),
			"only verbatim words (a direct, partial or mixed quote) carry edits")
	}
	for i, e := range q.Edits {
		at := "edits[" + strconv.Itoa(i) + "]"
		if e.Text != "" && q.Text != "" && !strings.Contains(q.Text, e.Text) {
			sl.ReportError(e.Text, at+".text", "Text", string(validation.CodeFragmentNotInText), "an edit must occur in the quote's text")
		}
		if e.Span != nil && e.Span.Exact != "" && e.Text != "" && e.Span.Exact != e.Text {
			sl.ReportError(e.Span.Exact, at+".span.exact", "Exact", string(validation.CodeSpanMismatch), "differs from the edit's text")
		}
	}
}

// editFormRules: an elision is an ellipsis and an insertion is bracketed.
func editFormRules(sl validator.StructLevel) {
	e := validation.Current[Edit](sl)
	code := string(validation.CodeQuoteEdit)
	switch {
	case e.Text == "":
		// the field's own rule reports it
	case e.Kind == EditElision && !IsEllipsis(e.Text):
		sl.ReportError(e.Text, "text", "Text", code, "an elision is an ellipsis: ..., … or either in square brackets")
	case e.Kind == EditInsertion && !isBracketed(e.Text):
		sl.ReportError(e.Text, "text", "Text", code, "an insertion is words in square brackets")
	}
}

// IsEllipsis reports whether s is an ellipsis as stories print one: three
// full stops (spaced or not), the ellipsis character, or either in square
// brackets.
func IsEllipsis(s string) bool {
	if isBracketed(s) {
		s = s[1 : len(s)-1]
	}
	switch s {
	case "...", "…", ". . .":
		return true
	}
	return false
}

// isBracketed reports whether s is words in square brackets.
func isBracketed(s string) bool {
	return len(s) > 2 && s[0] == '[' && s[len(s)-1] == ']' && !strings.ContainsAny(s[1:len(s)-1], "[]")
}
