package attribution

import (
	"math"
	"slices"
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
	_ = validation.RegisterEnum(responseKinds...)
	_ = validation.RegisterStruct(attributionRules, Attribution{})
	_ = validation.RegisterStruct(articleRules, Article{})
	_ = validation.RegisterStruct(periodRules, Period{})
	_ = validation.RegisterStruct(claimRules, Claim{})
	_ = validation.RegisterStruct(quantityRules, Quantity{})
	_ = validation.RegisterStruct(creditRules, Credit{})
	_ = validation.RegisterStruct(documentRules, Document{})
	// An empty text would read as no text, and every span check would be
	// skipped: a document without its text leaves the member out.
	_ = validation.NonEmptyMembers[Document]("text")
)

func validate(v any) error { return publicError(validation.AsError(validation.Check(v))) }

func pointer(base string, tokens ...any) string { return validation.Pointer(base, tokens...) }

// documentRules: a document with a text has the text's headline.
func documentRules(sl validator.StructLevel) {
	d := validation.Current[Document](sl)
	if d.Text != "" && d.Article.Headline == "" {
		sl.ReportError(d.Article.Headline, "article.headline", "Headline", string(CodeRequired),
			"a document with a text needs the text's headline")
	}
}

// creditRules: a span that holds the credit as printed.
func creditRules(sl validator.StructLevel) {
	c := validation.Current[Credit](sl)
	if c.Span != nil && c.Span.Exact != "" && c.Text != "" && c.Span.Exact != c.Text {
		sl.ReportError(c.Span.Exact, "span.exact", "Exact", string(CodeSpanMismatch), "differs from the credit's text")
	}
	if c.CaptionSpan != nil && c.CaptionSpan.Exact != "" && c.CaptionSpan.Exact != c.Caption {
		sl.ReportError(c.CaptionSpan.Exact, "captionSpan.exact", "Exact", string(CodeSpanMismatch), "differs from the caption")
	}
}

// attributionRules: a joint statement names each other speaker once, and
// never the speaker; a speaker does not speak on its own behalf; a statement
// does not answer itself.
func attributionRules(sl validator.StructLevel) {
	a := validation.Current[Attribution](sl)
	for i, w := range a.With {
		at := "with[" + strconv.Itoa(i) + "]"
		switch {
		case w == "":
		case w == a.Speaker:
			sl.ReportError(w, at, "With", string(CodeJointSpeakers), "names the attribution's own speaker")
		case slices.Contains(a.With[:i], w):
			sl.ReportError(w, at, "With", string(CodeJointSpeakers), "names a speaker already listed")
		}
	}
	if a.OnBehalfOf != "" && a.OnBehalfOf == a.Speaker {
		sl.ReportError(a.OnBehalfOf, "onBehalfOf", "OnBehalfOf", string(CodeSelfRelation), "a speaker does not speak on its own behalf")
	}
	for i, r := range a.RespondsTo {
		if r.Attribution != "" && r.Attribution == a.ID {
			sl.ReportError(r.Attribution, "respondsTo["+strconv.Itoa(i)+"].attribution", "Attribution",
				string(CodeSelfRelation), "a statement cannot answer itself")
		}
	}
}

// articleRules: not updated before it was published.
func articleRules(sl validator.StructLevel) {
	a := validation.Current[Article](sl)
	if validation.DateAfter(a.Published, a.Updated) {
		sl.ReportError(a.Updated, "updated", "Updated", string(CodeDateOrder), "must not be before published")
	}
}

// periodRules: a period that does not end before it starts.
func periodRules(sl validator.StructLevel) {
	p := validation.Current[Period](sl)
	if validation.DateAfter(p.Start, p.End) {
		sl.ReportError(p.End, "end", "End", string(CodeDateOrder), "must not be before start")
	}
}

// claimRules: a statistical claim gives figures; a claim does not relate to
// itself.
func claimRules(sl validator.StructLevel) {
	c := validation.Current[Claim](sl)
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
	q := validation.Current[Quantity](sl)
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
	if q.Vague {
		// An order of size: the words are what counts; any reading of them
		// is a range, never a single value.
		switch {
		case q.Text == "":
			sl.ReportError(q.Text, "text", "Text", string(CodeQuantityForm), "a vague quantity needs its text as printed")
		case q.Value != nil:
			sl.ReportError(q.Value, "value", "Value", string(CodeQuantityForm), "a vague quantity has no single value; give its reading as low and high")
		case q.Low != nil && q.High == nil:
			sl.ReportError(q.High, "high", "High", string(CodeQuantityForm), "a range needs high as well as low")
		case q.High != nil && q.Low == nil:
			sl.ReportError(q.Low, "low", "Low", string(CodeQuantityForm), "a range needs low as well as high")
		case isRange && *q.Low > *q.High:
			sl.ReportError(q.High, "high", "High", string(CodeRangeOrder), "must not be less than low")
		}
		return
	}
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
		return publicError(validation.AsError(validation.Check(d)))
	}
	ps := validation.Check(d)
	ps = append(ps, d.checkReferences()...)
	ps = append(ps, d.checkEntities()...)
	ps = append(ps, d.checkSpans()...)
	d.nameObjects(ps)
	return publicError(validation.AsError(ps))
}

func (d *Document) checkReferences() []validation.Problem {
	var ps []validation.Problem
	// Pointers are built only for the problems reported.
	report := func(ptr string, code Code, msg string) {
		ps = append(ps, validation.Problem{Pointer: ptr, Code: validation.Code(code), Message: msg})
	}

	// IDs are unique across the four lists; a repeated ID's problem says
	// where the first holder is.
	type holder struct {
		list string
		i    int
	}
	n := len(d.Speakers) + len(d.Quotes) + len(d.Attributions) + len(d.Claims)
	seen := make(map[string]holder, n)
	unique := func(list string, i int, id string) {
		if id == "" {
			return
		}
		if first, ok := seen[id]; ok {
			report(pointer("/"+list, i, "id"), CodeDuplicateID, "the same id as "+pointer("/"+first.list, first.i))
			return
		}
		seen[id] = holder{list, i}
	}
	speakers := make(map[string]struct{}, len(d.Speakers))
	quotes := make(map[string]int, len(d.Quotes))
	attributions := make(map[string]int, len(d.Attributions))
	claims := make(map[string]struct{}, len(d.Claims))
	for i := range d.Speakers {
		id := d.Speakers[i].ID
		unique("speakers", i, id)
		speakers[id] = struct{}{}
	}
	for i := range d.Quotes {
		id := d.Quotes[i].ID
		unique("quotes", i, id)
		if _, ok := quotes[id]; !ok {
			quotes[id] = i
		}
	}
	for i := range d.Attributions {
		id := d.Attributions[i].ID
		unique("attributions", i, id)
		if _, ok := attributions[id]; !ok {
			attributions[id] = i
		}
	}
	for i := range d.Claims {
		id := d.Claims[i].ID
		unique("claims", i, id)
		claims[id] = struct{}{}
	}

	unresolved := func(ptr func() string, what string) {
		report(ptr(), CodeUnresolvedReference, "names no "+what+" of this document")
	}
	has := func(m map[string]struct{}, id string) bool { _, ok := m[id]; return ok }
	parentLoops := onCycle(len(d.Attributions), func(i int) (int, bool) {
		j, ok := attributions[d.Attributions[i].Parent]
		return j, ok && d.Attributions[i].Parent != ""
	})
	for i := range d.Attributions {
		a := &d.Attributions[i]
		if a.Speaker != "" && !has(speakers, a.Speaker) {
			unresolved(func() string { return pointer("/attributions", i, "speaker") }, "speaker")
		}
		if _, ok := quotes[a.Quote]; a.Quote != "" && !ok {
			unresolved(func() string { return pointer("/attributions", i, "quote") }, "quote")
		}
		for j, c := range a.Claims {
			if c != "" && !has(claims, c) {
				unresolved(func() string { return pointer("/attributions", i, "claims", j) }, "claim")
			}
		}
		if a.Parent == "" {
			continue
		}
		if _, ok := attributions[a.Parent]; !ok {
			unresolved(func() string { return pointer("/attributions", i, "parent") }, "attribution")
		} else if parentLoops[i] {
			report(pointer("/attributions", i, "parent"), CodeAttributionCycle, "the attribution is its own ancestor")
		}
	}
	for i := range d.Claims {
		for j, r := range d.Claims[i].Relations {
			if r.Claim != "" && !has(claims, r.Claim) {
				unresolved(func() string { return pointer("/claims", i, "relations", j, "claim") }, "claim")
			}
		}
	}
	for i := range d.Quotes {
		for j, c := range d.Quotes[i].Candidates {
			if c.Speaker != "" && !has(speakers, c.Speaker) {
				unresolved(func() string { return pointer("/quotes", i, "candidates", j, "speaker") }, "speaker")
			}
		}
	}
	for i := range d.Mentions {
		if m := d.Mentions[i].Speaker; m != "" && !has(speakers, m) {
			unresolved(func() string { return pointer("/mentions", i, "speaker") }, "speaker")
		}
	}
	continuationLoops := onCycle(len(d.Quotes), func(i int) (int, bool) {
		j, ok := quotes[d.Quotes[i].ContinuationOf]
		return j, ok && d.Quotes[i].ContinuationOf != ""
	})
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.ContinuationOf == "" || q.ContinuationOf == q.ID {
			continue // the quote's own rules report a self-continuation
		}
		ptr := func() string { return pointer("/quotes", i, "continuationOf") }
		j, ok := quotes[q.ContinuationOf]
		switch {
		case !ok:
			unresolved(ptr, "quote")
		case d.Quotes[j].Kind != quote.KindDirect:
			report(ptr(), CodeContinuation, "only a direct quote can be continued")
		case continuationLoops[i]:
			report(ptr(), CodeContinuation, "the chain of continuations loops")
		}
	}
	return ps
}

// onCycle reports, for each of n elements that each lead to at most one next
// element, whether following next from it comes back to it. It visits each
// element once, so that a chain of any length costs its length: an element
// that leads into a loop without being on it is not on a cycle.
func onCycle(n int, next func(int) (int, bool)) []bool {
	const (
		unvisited = iota
		onPath
		done
	)
	state := make([]uint8, n)
	cycle := make([]bool, n)
	var path []int
	for start := range n {
		if state[start] != unvisited {
			continue
		}
		path = path[:0]
		i := start
		for {
			state[i] = onPath
			path = append(path, i)
			j, ok := next(i)
			if !ok || state[j] == done {
				break
			}
			if state[j] == onPath { // a loop: the path from j on
				for k := len(path) - 1; k >= 0; k-- {
					cycle[path[k]] = true
					if path[k] == j {
						break
					}
				}
				break
			}
			i = j
		}
		for _, k := range path {
			state[k] = done
		}
	}
	return cycle
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
	for a := range d.anchors() {
		s := a.span
		if s.Start < 0 || s.End <= s.Start {
			continue // the span's own rules report it
		}
		var start, end int
		if s.End <= n {
			start, end = at(s.Start), at(s.End)
		}
		// A hint at what went wrong, only for a span whose text is not
		// where it says: most spans match, and need none.
		if s.End > n || d.Text[start:end] != s.Exact {
			if hint := mismatchHint(x, s); hint != "" {
				ps = append(ps, validation.Problem{Pointer: a.at.pointer(), Code: validation.Code(CodeSpanMismatch), Message: hint})
			}
		}
		if s.End > n {
			ps = append(ps, validation.Problem{Pointer: a.at.pointer() + "/end", Code: validation.Code(CodeSpanOutsideText),
				Message: "ends past the end of the text (" + strconv.Itoa(n) + " code points)"})
			continue
		}
		if d.Text[start:end] != s.Exact {
			if utf8.RuneCountInString(s.Exact) == s.End-s.Start { // else the span's own rule reports it
				ps = append(ps, validation.Problem{Pointer: a.at.pointer() + "/exact", Code: validation.Code(CodeSpanMismatch),
					Message: "differs from the text at the span's position"})
			}
			continue
		}
		if p := s.Prefix; p != "" {
			k := utf8.RuneCountInString(p)
			if k > s.Start || d.Text[at(s.Start-k):start] != p {
				ps = append(ps, validation.Problem{Pointer: a.at.pointer() + "/prefix", Code: validation.Code(CodeSpanMismatch),
					Message: "differs from the text just before the span"})
			}
		}
		if sfx := s.Suffix; sfx != "" {
			k := utf8.RuneCountInString(sfx)
			if s.End+k > n || d.Text[end:at(s.End+k)] != sfx {
				ps = append(ps, validation.Problem{Pointer: a.at.pointer() + "/suffix", Code: validation.Code(CodeSpanMismatch),
					Message: "differs from the text just after the span"})
			}
		}
	}
	return ps
}
