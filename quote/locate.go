package quote

import (
	"errors"
	"fmt"
	"index/suffixarray"
	"slices"
	"strings"
	"unicode/utf8"
)

// Errors of locating; errors.Is finds them in what [Locate] returns.
var (
	// ErrNotFound: the exact text occurs nowhere in the text, even
	// allowing for typographic variants.
	ErrNotFound = errors.New("exact text not found")
	// ErrAmbiguous: the exact text occurs more than once and neither its
	// context nor the hint decides between the occurrences. The error is
	// an [*AmbiguousError] listing them.
	ErrAmbiguous = errors.New("exact text occurs more than once")
)

// AmbiguousError is the error [Locate] returns when the exact text occurs more
// than once and nothing decides between the occurrences. errors.Is(err,
// ErrAmbiguous) reports true for it.
type AmbiguousError struct {
	// Candidates are the occurrences that nothing told apart, in text
	// order, each with its context.
	Candidates []Span
}

// Error says how many occurrences tie.
func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%v: %d occurrences and nothing decides between them", ErrAmbiguous, len(e.Candidates))
}

// Is reports whether target is [ErrAmbiguous].
func (e *AmbiguousError) Is(target error) bool { return target == ErrAmbiguous }

// LocateOption gives [Locate] more to go on than the exact text.
type LocateOption func(*selector)

// selector is what Locate looks for: W3C's TextQuoteSelector, with a
// position to prefer.
type selector struct {
	exact, prefix, suffix string
	hint                  int
	hinted                bool
	from, to              int
	ranged                bool
}

// WithPrefix gives the text that comes just before the exact text. Among
// several occurrences, the one whose preceding text ends with the longest part
// of the prefix wins. W3C: TextQuoteSelector.prefix.
func WithPrefix(prefix string) LocateOption { return func(s *selector) { s.prefix = prefix } }

// WithSuffix gives the text that comes just after the exact text. Among
// several occurrences, the one whose following text starts with the longest
// part of the suffix wins. W3C: TextQuoteSelector.suffix.
func WithSuffix(suffix string) LocateOption { return func(s *selector) { s.suffix = suffix } }

// WithHint gives the code-point offset where the exact text is expected to
// start, such as a span's Start before the text was edited. Among occurrences
// that their context does not tell apart, the nearest wins. W3C:
// TextPositionSelector.start.
func WithHint(start int) LocateOption {
	return func(s *selector) { s.hint, s.hinted = start, true }
}

// WithinRange counts only the occurrences that lie wholly inside the code
// points from start to end, half-open: a cue looked for before its quote
// (from 0 to the quote's start) or after it, a fragment inside its quote.
// Occurrences outside the range are not candidates at all, so an exact text
// that occurs only there is not found.
func WithinRange(start, end int) LocateOption {
	return func(s *selector) { s.from, s.to, s.ranged = start, end, true }
}

// Locate finds exact in text and returns its span, with [DefaultContext] code
// points of prefix and suffix. It is [NewIndex](text).Locate, for a single
// look-up: every call indexes the whole text and builds its folding (its
// normalized form with a map back to the original), a cost that grows with
// the text, not with exact. On a 1 MB text a call allocates about 18 MB and
// costs some 70 times what [Index.Locate] costs in an Index built once. To
// locate more than one string in a text, build the Index with [NewIndex] and
// call its Locate: the folding is then made on the first call and kept.
func Locate(text, exact string, opts ...LocateOption) (Span, error) {
	return NewIndex(text).Locate(exact, opts...)
}

// Locate finds exact in the text and returns its span, with [DefaultContext]
// code points of prefix and suffix.
//
// Matching tolerates the variants that typing, copying and editing introduce:
// composed and decomposed characters compare equal (Unicode NFC and NFD),
// curly and straight quotation marks and apostrophes compare equal (‘ ’ ‛ ′
// with ', “ ” „ ″ with "), the no-break, narrow no-break and figure spaces
// with the ordinary space, and a CRLF line end (\r\n) with a LF (\n), so that
// text typed with one finds text saved with the other (a lone \r stays
// itself). The span returned is always in the original
// text: its Exact is the text as it stands there, which may differ from exact
// by such variants.
//
// An occurrence counts only if it starts and ends between character
// sequences, never inside one: not between a base character and the
// combining marks that follow it (Unicode categories Mn, Mc and Me), not on
// either side of a zero-width joiner (U+200D), not before a variation selector
// (U+FE00–U+FE0F) or an emoji modifier (U+1F3FB–U+1F3FF), not between the two
// regional indicators of a flag, and not between the \r and \n of a line end.
// So "cafe" is not found in "café" written with a combining acute accent
// (cafe\u0301), nor 👨 in the family emoji 👨\u200d👩\u200d👧.
//
// With [WithinRange], only the occurrences inside the range count. When exact
// occurs more than once, Locate chooses, in this order: the
// occurrence whose surrounding text best matches the prefix and the suffix
// ([WithPrefix], [WithSuffix]), counted in code points; then one that matches
// exact without tolerance; then the one nearest the hint ([WithHint]). When
// that leaves more than one, it returns an [*AmbiguousError]; when exact
// occurs nowhere, or only inside character sequences, an error wrapping
// [ErrNotFound]; when exact is empty, one
// wrapping [ErrEmpty]. Locate never panics, whatever its input.
func (x *Index) Locate(exact string, opts ...LocateOption) (Span, error) {
	sel := selector{exact: exact}
	for _, o := range opts {
		if o != nil {
			o(&sel)
		}
	}
	if exact == "" {
		return Span{}, fmt.Errorf("%w: nothing to locate", ErrEmpty)
	}
	var cands []candidate
	if sel.ranged {
		cands = x.candidatesIn(exact, sel.from, sel.to)
	} else {
		cands = x.candidates(exact)
	}
	if sel.ranged {
		cands = slices.DeleteFunc(cands, func(c candidate) bool { return c.start.cp < sel.from || c.end.cp > sel.to })
	}
	if len(cands) == 0 {
		return Span{}, ErrNotFound
	}
	if len(cands) > 1 {
		cands = x.choose(cands, sel)
	}
	if len(cands) > 1 {
		e := &AmbiguousError{Candidates: make([]Span, len(cands))}
		for i, c := range cands {
			e.Candidates[i] = x.span(c.start, c.end, DefaultContext, DefaultContext)
		}
		return Span{}, e
	}
	return x.span(cands[0].start, cands[0].end, DefaultContext, DefaultContext), nil
}

// candidate is one occurrence of the exact text.
type candidate struct {
	start, end position
	verbatim   bool // the text there is exact, byte for byte
	score      int  // code points of context that match
	distance   int  // from the hint
}

// candidates returns every occurrence of exact, overlapping ones included, in
// text order: those that match byte for byte, and those that match once both
// are folded and begin and end between normalization segments; none begins
// or ends inside a character sequence.
func (x *Index) candidates(exact string) []candidate {
	var textArray, foldArray *suffixarray.Index
	if a := x.searching(); a != nil {
		textArray, foldArray = a.text, a.folded
	}
	return x.collect(exact,
		func(pat string, found func(int)) { lookAll(textArray, x.text, pat, found) },
		func(pat string, found func(int)) { lookAll(foldArray, x.folded().text, pat, found) })
}

// candidatesIn returns the occurrences of exact that may lie inside the code
// points from start to end, found by scanning that stretch of the text (and
// of its folding) alone, so that a look-up near a position costs what the
// stretch costs, not what the whole text does. It may return occurrences
// that reach just outside the stretch; Locate drops those.
func (x *Index) candidatesIn(exact string, start, end int) []candidate {
	n := x.Len(UnitCodePoint)
	start, end = max(start, 0), min(end, n)
	if start >= end {
		return nil
	}
	ps, err1 := x.find(start, UnitCodePoint)
	pe, err2 := x.find(end, UnitCodePoint)
	if err1 != nil || err2 != nil {
		return nil
	}
	f := x.folded()
	fs, fe := f.before(start), f.after(end)
	return x.collect(exact,
		func(pat string, found func(int)) {
			indexAll(x.text[ps.b:pe.b], pat, func(b int) { found(ps.b + b) })
		},
		func(pat string, found func(int)) {
			indexAll(f.text[fs:fe], pat, func(b int) { found(fs + b) })
		})
}

// collect gathers the occurrences of exact that look reports: byte for byte
// in the text (verbatim), then in the folded text.
func (x *Index) collect(exact string, verbatim, folded func(pat string, found func(int))) []candidate {
	var cands []candidate
	seen := map[[2]int]bool{}
	verbatim(exact, func(b int) {
		ps, err1 := x.find(b, UnitByte)
		pe, err2 := x.find(b+len(exact), UnitByte)
		if err1 != nil || err2 != nil || x.cuts(ps.b) || x.cuts(pe.b) {
			return // a match that cuts a code point or a sequence is no occurrence
		}
		seen[[2]int{ps.cp, pe.cp}] = true
		cands = append(cands, candidate{start: ps, end: pe, verbatim: true})
	})

	f := x.folded()
	q := foldString(exact)
	if q == "" {
		return cands
	}
	var loose []candidate
	folded(q, func(b int) {
		si, ei := f.boundary(b), f.boundary(b+len(q))
		if si < 0 || ei < 0 || f.segs[si].cp >= f.segs[ei].cp || seen[[2]int{f.segs[si].cp, f.segs[ei].cp}] {
			return // a match inside a combining sequence, or one found already
		}
		ps, err1 := x.find(f.segs[si].cp, UnitCodePoint)
		pe, err2 := x.find(f.segs[ei].cp, UnitCodePoint)
		if err1 != nil || err2 != nil || x.cuts(ps.b) || x.cuts(pe.b) {
			return
		}
		loose = append(loose, candidate{start: ps, end: pe, verbatim: x.text[ps.b:pe.b] == exact})
	})
	if len(loose) == 0 {
		return cands
	}
	return mergeByStart(cands, loose)
}

// choose keeps the best candidates: by context, then verbatim, then nearness
// to the hint.
func (x *Index) choose(cands []candidate, sel selector) []candidate {
	if sel.prefix != "" || sel.suffix != "" {
		f := x.folded()
		prefix, suffix := foldString(sel.prefix), foldString(sel.suffix)
		for i := range cands {
			c := &cands[i]
			// The better of a comparison as the texts stand and one
			// of their foldings: a context that begins or ends inside
			// a normalization segment, which folding would change,
			// still matches its own occurrence in full.
			c.score = max(
				commonTail(x.text[:c.start.b], sel.prefix)+commonHead(x.text[c.end.b:], sel.suffix),
				commonTail(f.text[:f.before(c.start.cp)], prefix)+commonHead(f.text[f.after(c.end.cp):], suffix))
		}
		cands = best(cands, func(c candidate) int { return c.score })
	}
	cands = best(cands, func(c candidate) int {
		if c.verbatim {
			return 1
		}
		return 0
	})
	if sel.hinted {
		hint := max(0, min(sel.hint, x.runes)) // a hint outside the text means its nearer edge
		cands = best(cands, func(c candidate) int {
			d := c.start.cp - hint
			if d < 0 {
				d = -d
			}
			return -d
		})
	}
	return cands
}

// best returns the candidates with the highest value, in their order.
func best(cands []candidate, value func(candidate) int) []candidate {
	var out []candidate
	top := 0
	for i, c := range cands {
		switch v := value(c); {
		case i == 0 || v > top:
			top, out = v, append(out[:0], c)
		case v == top:
			out = append(out, c)
		}
	}
	return out
}

// commonTail counts the code points that a and b share at their ends.
func commonTail(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, wa := utf8.DecodeLastRuneInString(a)
		rb, wb := utf8.DecodeLastRuneInString(b)
		if ra != rb || a[len(a)-wa:] != b[len(b)-wb:] {
			break
		}
		a, b, n = a[:len(a)-wa], b[:len(b)-wb], n+1
	}
	return n
}

// commonHead counts the code points that a and b share at their starts.
func commonHead(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, wa := utf8.DecodeRuneInString(a)
		rb, wb := utf8.DecodeRuneInString(b)
		if ra != rb || a[:wa] != b[:wb] {
			break
		}
		a, b, n = a[wa:], b[wb:], n+1
	}
	return n
}

// mergeByStart merges two lists of candidates, each in text order.
func mergeByStart(a, b []candidate) []candidate {
	out := make([]candidate, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0].start.cp <= b[0].start.cp {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// folded returns the text's folding, made on first use.
func (x *Index) folded() *folding {
	x.foldOnce.Do(func() { x.fold = foldText(x.text) })
	return x.fold
}

// ContextMatches reports whether the text just before the span's Start ends
// with its Prefix, and whether the text just after its End starts with its
// Suffix, allowing the typographic variants that [Index.Locate] allows. An
// empty prefix or suffix matches; a position outside the text, or a span
// that ends before it starts, matches nothing. Re-anchoring uses it to confirm that an occurrence found is the
// span's own.
func (x *Index) ContextMatches(s Span) (prefix, suffix bool) {
	ps, err1 := x.find(s.Start, UnitCodePoint)
	pe, err2 := x.find(s.End, UnitCodePoint)
	if err1 != nil || err2 != nil || pe.cp < ps.cp {
		return false, false
	}
	prefix = s.Prefix == "" || strings.HasSuffix(x.text[:ps.b], s.Prefix)
	suffix = s.Suffix == "" || strings.HasPrefix(x.text[pe.b:], s.Suffix)
	if !prefix || !suffix {
		f := x.folded()
		if p := foldString(s.Prefix); !prefix {
			prefix = strings.HasSuffix(f.text[:f.before(ps.cp)], p)
		}
		if q := foldString(s.Suffix); !suffix {
			suffix = strings.HasPrefix(f.text[f.after(pe.cp):], q)
		}
	}
	return prefix, suffix
}
