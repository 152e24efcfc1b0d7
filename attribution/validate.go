package attribution

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/go-playground/validator/v10"

	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/quote"
)

// Registered with the shared validator before its first use.
var (
	_ = validation.RegisterEnum(types...)
	_ = validation.RegisterEnum(claimKinds...)
	_ = validation.RegisterEnum(qualifiers...)
	_ = validation.RegisterEnum(relationTypes...)
	_ = validation.RegisterEnum(creditKinds...)
	_ = validation.RegisterEnum(agentKinds...)
	_ = validation.RegisterStruct(claimRules, Claim{})
	_ = validation.RegisterStruct(quantityRules, Quantity{})
	_ = validation.RegisterStruct(creditRules, Credit{})
	// An empty text would read as no text, and every span check would be
	// skipped: a document without its text leaves the member out.
	_ = validation.NonEmptyMembers[Document]("text")
)

func validate(v any) error { return validation.AsError(validation.Check(v)) }

func pointer(base string, tokens ...any) string { return validation.Pointer(base, tokens...) }

// creditRules: a span that holds the credit as printed.
func creditRules(sl validator.StructLevel) {
	c := sl.Current().Interface().(Credit)
	if c.Span != nil && c.Span.Exact != "" && c.Text != "" && c.Span.Exact != c.Text {
		sl.ReportError(c.Span.Exact, "span.exact", "Exact", string(CodeSpanMismatch), "differs from the credit's text")
	}
}

// claimRules: a statistical claim gives figures; a claim does not relate to
// itself.
func claimRules(sl validator.StructLevel) {
	c := sl.Current().Interface().(Claim)
	if c.Kind == ClaimStatistical && len(c.Quantities) == 0 {
		sl.ReportError(c.Quantities, "quantities", "Quantities", string(CodeClaimQuantities),
			"a statistical claim needs at least one quantity")
	}
	for i, r := range c.Relations {
		if r.Claim != "" && r.Claim == c.ID {
			sl.ReportError(r.Claim, "relations["+strconv.Itoa(i)+"].claim", "Claim", string(CodeSelfRelation),
				"a claim cannot relate to itself")
		}
	}
}

// quantityRules: finite figures; a value or a full range, never both; low not
// above high; a span that holds the figure as printed.
func quantityRules(sl validator.StructLevel) {
	q := sl.Current().Interface().(Quantity)
	for _, f := range []struct {
		name, goName string
		v            *float64
	}{{"value", "Value", q.Value}, {"low", "Low", q.Low}, {"high", "High", q.High}} {
		if f.v != nil && (math.IsNaN(*f.v) || math.IsInf(*f.v, 0)) {
			sl.ReportError(*f.v, f.name, f.goName, string(CodeRange), "must be a finite number")
			return
		}
	}
	if q.Span != nil && q.Span.Exact != "" && q.Text != "" && q.Span.Exact != q.Text {
		sl.ReportError(q.Span.Exact, "span.exact", "Exact", string(CodeSpanMismatch), "differs from the figure's text")
	}
	isRange := q.Low != nil || q.High != nil
	switch {
	case q.Value != nil && isRange:
		sl.ReportError(q.Value, "value", "Value", string(CodeQuantityForm), "a quantity has a value or a range, not both")
	case q.Value != nil:
		// a single figure
	case !isRange:
		sl.ReportError(q, "", "", string(CodeQuantityForm), "a quantity needs a value, or low and high")
	case q.Low == nil:
		sl.ReportError(q.Low, "low", "Low", string(CodeQuantityForm), "a range needs low as well as high")
	case q.High == nil:
		sl.ReportError(q.High, "high", "High", string(CodeQuantityForm), "a range needs high as well as low")
	case *q.Low > *q.High:
		sl.ReportError(q.High, "high", "High", string(CodeRangeOrder), "must not be less than low")
	}
}

// Validate checks the whole document: every field rule of every value in it,
// and the rules that only the whole can answer: IDs unique across the
// document, every reference resolved, no attribution its own ancestor, no claim
// related to itself, continuations between direct quotes without loops, and,
// when Text is present, every span inside the text and matching it.
//
// The error is a [*ValidationError] listing every problem.
func (d *Document) Validate() error {
	if d == nil {
		return validation.AsError(validation.Check(d))
	}
	ps := validation.Check(d)
	ps = append(ps, d.checkReferences()...)
	ps = append(ps, d.checkSpans()...)
	return validation.AsError(ps)
}

func (d *Document) checkReferences() []validation.Problem {
	var ps []validation.Problem
	report := func(ptr string, code Code, msg string) {
		ps = append(ps, validation.Problem{Pointer: ptr, Code: code, Message: msg})
	}

	// IDs are unique across the four lists.
	seen := map[string]bool{}
	unique := func(ptr, id string) {
		if id == "" {
			return
		}
		if seen[id] {
			report(ptr, CodeDuplicateID, "another speaker, quote, attribution or claim has the same id")
		}
		seen[id] = true
	}
	speakers, quotes, attributions, claims := map[string]bool{}, map[string]int{}, map[string]int{}, map[string]bool{}
	for i, s := range d.Speakers {
		unique(pointer("/speakers", i, "id"), s.ID)
		speakers[s.ID] = true
	}
	for i, q := range d.Quotes {
		unique(pointer("/quotes", i, "id"), q.ID)
		if _, ok := quotes[q.ID]; !ok {
			quotes[q.ID] = i
		}
	}
	for i, a := range d.Attributions {
		unique(pointer("/attributions", i, "id"), a.ID)
		if _, ok := attributions[a.ID]; !ok {
			attributions[a.ID] = i
		}
	}
	for i, c := range d.Claims {
		unique(pointer("/claims", i, "id"), c.ID)
		claims[c.ID] = true
	}

	resolve := func(ptr, id string, ok bool, what string) {
		if id != "" && !ok {
			report(ptr, CodeUnresolvedReference, "names no "+what+" of this document")
		}
	}
	for i, a := range d.Attributions {
		base := pointer("/attributions", i)
		resolve(base+"/speaker", a.Speaker, speakers[a.Speaker], "speaker")
		_, ok := quotes[a.Quote]
		resolve(base+"/quote", a.Quote, ok, "quote")
		for j, c := range a.Claims {
			resolve(pointer(base+"/claims", j), c, claims[c], "claim")
		}
		_, ok = attributions[a.Parent]
		resolve(base+"/parent", a.Parent, ok, "attribution")
		if a.Parent != "" && ok && d.attributionLoops(i, attributions) {
			report(base+"/parent", CodeAttributionCycle, "the attribution is its own ancestor")
		}
	}
	for i, c := range d.Claims {
		for j, r := range c.Relations {
			resolve(pointer("/claims", i, "relations", j, "claim"), r.Claim, claims[r.Claim], "claim")
		}
	}
	for i, m := range d.Mentions {
		resolve(pointer("/mentions", i, "speaker"), m.Speaker, speakers[m.Speaker], "speaker")
	}
	for i, q := range d.Quotes {
		if q.ContinuationOf == "" || q.ContinuationOf == q.ID {
			continue // the quote's own rules report a self-continuation
		}
		ptr := pointer("/quotes", i, "continuationOf")
		j, ok := quotes[q.ContinuationOf]
		resolve(ptr, q.ContinuationOf, ok, "quote")
		switch {
		case !ok:
		case d.Quotes[j].Kind != quote.KindDirect:
			report(ptr, CodeContinuation, "only a direct quote can be continued")
		case d.continuationLoops(i, quotes):
			report(ptr, CodeContinuation, "the chain of continuations loops")
		}
	}
	return ps
}

// attributionLoops reports whether following parents from attribution i comes
// back to it.
func (d *Document) attributionLoops(i int, index map[string]int) bool {
	cur := i
	for range d.Attributions {
		j, ok := index[d.Attributions[cur].Parent]
		if !ok {
			return false
		}
		if j == i {
			return true
		}
		cur = j
	}
	return false // a loop that does not pass through i is reported for its members
}

// continuationLoops reports whether following continuations from quote i comes
// back to it.
func (d *Document) continuationLoops(i int, index map[string]int) bool {
	cur := i
	for range d.Quotes {
		j, ok := index[d.Quotes[cur].ContinuationOf]
		if !ok {
			return false
		}
		if j == i {
			return true
		}
		cur = j
	}
	return false
}

// checkSpans checks every span against the text, when the document has one.
// Positions count code points; the text is compared byte for byte, so that a
// text that is not valid UTF-8 is compared as it stands.
func (d *Document) checkSpans() []validation.Problem {
	if d.Text == "" {
		return nil
	}
	x := quote.NewIndex(d.Text)
	n := x.Len(quote.UnitCodePoint)
	at := func(cp int) int { // cp is within the text
		b, _ := x.Convert(cp, quote.UnitCodePoint, quote.UnitByte)
		return b
	}
	var ps []validation.Problem
	for ptr, s := range d.Spans() {
		if s.Start < 0 || s.End <= s.Start {
			continue // the span's own rules report it
		}
		if s.End > n {
			ps = append(ps, validation.Problem{Pointer: ptr + "/end", Code: CodeSpanOutsideText,
				Message: "ends past the end of the text (" + strconv.Itoa(n) + " code points)"})
			continue
		}
		start, end := at(s.Start), at(s.End)
		if d.Text[start:end] != s.Exact {
			if utf8.RuneCountInString(s.Exact) == s.End-s.Start { // else the span's own rule reports it
				ps = append(ps, validation.Problem{Pointer: ptr + "/exact", Code: CodeSpanMismatch,
					Message: "differs from the text at the span's position"})
			}
			continue
		}
		if p := s.Prefix; p != "" {
			k := utf8.RuneCountInString(p)
			if k > s.Start || d.Text[at(s.Start-k):start] != p {
				ps = append(ps, validation.Problem{Pointer: ptr + "/prefix", Code: CodeSpanMismatch,
					Message: "differs from the text just before the span"})
			}
		}
		if sfx := s.Suffix; sfx != "" {
			k := utf8.RuneCountInString(sfx)
			if s.End+k > n || d.Text[end:at(s.End+k)] != sfx {
				ps = append(ps, validation.Problem{Pointer: ptr + "/suffix", Code: CodeSpanMismatch,
					Message: "differs from the text just after the span"})
			}
		}
	}
	return ps
}
