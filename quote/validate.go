package quote

import (
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/onrecord/onrecord/internal/validation"
)

// Registered with the shared validator before its first use.
var (
	_ = validation.RegisterEnum(kinds...)
	_ = validation.RegisterEnum(channelKinds...)
	_ = validation.RegisterStruct(quoteRules, Quote{})
	_ = validation.RegisterStruct(spanRules, Span{})
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
	if q.ContinuationOf != "" && q.Kind != KindDirect {
		sl.ReportError(q.ContinuationOf, "continuationOf", "ContinuationOf",
			string(validation.CodeContinuation), "only a direct quote continues another")
	}
	if q.ContinuationOf != "" && q.ContinuationOf == q.ID {
		sl.ReportError(q.ContinuationOf, "continuationOf", "ContinuationOf",
			string(validation.CodeContinuation), "a quote cannot continue itself")
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
