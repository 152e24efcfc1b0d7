package quote

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Unit is a way of counting positions in a text. A [Span] counts code points;
// other programs count otherwise, and an [Index] converts between them.
type Unit string

// The units of offset.
const (
	// UnitCodePoint counts Unicode code points, as a Span, W3C Web
	// Annotation's TextPositionSelector and Python's str do.
	UnitCodePoint Unit = "codepoint"
	// UnitByte counts the bytes of the UTF-8 encoding, as Go's string
	// indexes and Rust's str do.
	UnitByte Unit = "byte"
	// UnitUTF16 counts UTF-16 code units, as JavaScript, Java and Stanford
	// CoreNLP do: a code point outside the Basic Multilingual Plane (an
	// emoji, a rare CJK ideograph) counts two.
	UnitUTF16 Unit = "utf16"
)

var units = []Unit{UnitCodePoint, UnitByte, UnitUTF16}

// Units returns every unit of offset.
func Units() []Unit { return slices.Clone(units) }

// IsValid reports whether u is one of the units above.
func (u Unit) IsValid() bool { return slices.Contains(units, u) }

// Errors of offset conversion; the errors returned wrap them, so that
// errors.Is finds them.
var (
	// ErrOutOfRange: an offset is negative or past the end of the text.
	ErrOutOfRange = errors.New("offset outside the text")
	// ErrNotBoundary: a byte or UTF-16 offset falls inside a code point
	// (between the bytes of one UTF-8 sequence, or between the two halves
	// of a surrogate pair).
	ErrNotBoundary = errors.New("offset inside a code point")
	// ErrUnit: a unit is not one of the units this package knows.
	ErrUnit = errors.New("unknown unit of offset")
	// ErrEmpty: a span would be empty; a span holds at least one code
	// point.
	ErrEmpty = errors.New("empty span")
	// ErrReversed: a span or a range of offsets ends before it starts.
	ErrReversed = errors.New("span ends before it starts")
)

// markEvery is how many code points separate two marks of an Index: a
// conversion decodes at most this many code points after a lookup.
const markEvery = 64

// Index holds a text with what it takes to convert its offsets between code
// points, bytes and UTF-16 code units, to build spans in it and to locate
// strings in it ([Index.Locate]). Building one reads the text once; a
// conversion then costs a lookup and the decoding of at most 64 code points,
// and [Index.ConvertAll] converts any number of offsets in one pass over the
// text. An Index is safe for concurrent use.
//
// A text need not be valid UTF-8. As Go's range loop does, each byte that is
// not part of a valid UTF-8 sequence counts as one code point (U+FFFD, the
// replacement character), one byte and one UTF-16 code unit. Other languages
// may replace such bytes differently when they decode the text, so offsets
// agree across languages only for valid UTF-8.
type Index struct {
	text  string
	runes int // length in code points
	units int // length in UTF-16 code units
	flat  bool
	marks []position // marks[k] is where code point k*markEvery starts

	foldOnce sync.Once
	fold     *folding

	jointsOnce sync.Once
	joints     []int // byte offsets inside character sequences

	searches   atomic.Int64 // searches answered so far
	arraysOnce sync.Once
	arrays     *arrays // made once searches pass searchesBeforeArray
}

// position is one place in the text, counted in each unit.
type position struct{ cp, b, u int }

func (p position) in(u Unit) int {
	switch u {
	case UnitByte:
		return p.b
	case UnitUTF16:
		return p.u
	default:
		return p.cp
	}
}

// advance moves p past the code point r, of w bytes.
func (p *position) advance(r rune, w int) {
	p.cp++
	p.b += w
	if r >= 0x10000 {
		p.u += 2
	} else {
		p.u++
	}
}

// NewIndex reads text and returns its Index.
func NewIndex(text string) *Index {
	x := &Index{text: text, runes: utf8.RuneCountInString(text)}
	if x.runes == len(text) {
		// Every code point is one byte (ASCII or an invalid byte), hence
		// one UTF-16 unit: the three units agree.
		x.flat, x.units = true, len(text)
		return x
	}
	x.marks = make([]position, 0, x.runes/markEvery+1)
	var p position
	for p.b < len(text) {
		if p.cp%markEvery == 0 {
			x.marks = append(x.marks, p)
		}
		if c := text[p.b]; c < utf8.RuneSelf {
			p.cp, p.b, p.u = p.cp+1, p.b+1, p.u+1
			continue
		}
		r, w := utf8.DecodeRuneInString(text[p.b:])
		p.advance(r, w)
	}
	x.units = p.u
	return x
}

// Text returns the indexed text.
func (x *Index) Text() string { return x.text }

// Len returns the text's length in the unit, or 0 for an unknown unit.
func (x *Index) Len(u Unit) int {
	switch u {
	case UnitCodePoint:
		return x.runes
	case UnitByte:
		return len(x.text)
	case UnitUTF16:
		return x.units
	}
	return 0
}

// Convert returns the offset, counted in unit from, counted in unit to. The
// offset may be the text's length (the end of the text). It fails, with an
// error wrapping [ErrOutOfRange], [ErrNotBoundary] or [ErrUnit], when the
// offset names no position between two code points of the text.
func (x *Index) Convert(offset int, from, to Unit) (int, error) {
	if err := checkUnits(from, to); err != nil {
		return 0, err
	}
	p, err := x.find(offset, from)
	if err != nil {
		return 0, err
	}
	return p.in(to), nil
}

// ConvertAll converts many offsets at once, as [Index.Convert] converts one,
// and returns them in the same order. Sorted or not, the offsets are
// converted in one pass over the text: to convert the spans of a text, put
// all their starts and ends in one slice. Sorted offsets cost that pass
// alone; unsorted ones are sorted first, O(n log n) in their number. It
// fails on the first offset, in text order, that names no position of the
// text.
func (x *Index) ConvertAll(offsets []int, from, to Unit) ([]int, error) {
	if err := checkUnits(from, to); err != nil {
		return nil, err
	}
	out := make([]int, len(offsets))
	if x.flat {
		for i, off := range offsets {
			if off < 0 || off > len(x.text) {
				return nil, x.outside(off, from)
			}
			out[i] = off
		}
		return out, nil
	}
	if from == UnitCodePoint {
		// Taken as sorted until an offset says otherwise: no pass over
		// the offsets to find out first.
		if sorted, err := x.sweepCodePoints(offsets, out, to); sorted {
			return out, err
		}
	} else if slices.IsSorted(offsets) {
		return out, x.sweep(offsets, nil, out, from, to)
	}
	// Sort the offsets with where each stands, so that the sort compares
	// plain integers.
	order := make([]indexed, len(offsets))
	for i, off := range offsets {
		order[i] = indexed{off, i}
	}
	slices.SortFunc(order, func(a, b indexed) int { return cmp.Compare(a.off, b.off) })
	return out, x.sweep(nil, order, out, from, to)
}

// indexed is an offset and where it stands in the caller's slice.
type indexed struct{ off, at int }

// sweep converts offsets in one pass over the text: the sorted offsets, each
// to the same place in out, or, when order is not nil, the offsets it holds
// in order, each to the place it names.
func (x *Index) sweep(sorted []int, order []indexed, out []int, from, to Unit) error {
	var p position
	limit := x.Len(from)
	text := x.text
	count := len(sorted)
	if order != nil {
		count = len(order)
	}
	// Units as small numbers: comparing Unit strings for every offset
	// would cost more than the conversion.
	f, t := unitNumber(from), unitNumber(to)
	for n := range count {
		off, at := 0, n
		if order != nil {
			off, at = order[n].off, order[n].at
		} else {
			off = sorted[n]
		}
		if off < 0 || off > limit {
			return x.outside(off, from)
		}
		if off-p.get(f) > markEvery {
			if m := x.marks[x.mark(off, from)]; m.get(f) > p.get(f) {
				p = m
			}
		}
		// Decode forward to the offset: the inner loop of every
		// conversion, ASCII a byte at a time.
		switch f {
		case numberCodePoint:
			for p.cp < off {
				if c := text[p.b]; c < utf8.RuneSelf {
					p.cp, p.b, p.u = p.cp+1, p.b+1, p.u+1
					continue
				}
				r, w := utf8.DecodeRuneInString(text[p.b:])
				p.advance(r, w)
			}
		case numberByte:
			for p.b < off {
				if c := text[p.b]; c < utf8.RuneSelf {
					p.cp, p.b, p.u = p.cp+1, p.b+1, p.u+1
					continue
				}
				r, w := utf8.DecodeRuneInString(text[p.b:])
				p.advance(r, w)
			}
		default:
			for p.u < off {
				if c := text[p.b]; c < utf8.RuneSelf {
					p.cp, p.b, p.u = p.cp+1, p.b+1, p.u+1
					continue
				}
				r, w := utf8.DecodeRuneInString(text[p.b:])
				p.advance(r, w)
			}
		}
		if p.get(f) != off {
			return fmt.Errorf("%w: %s offset %d", ErrNotBoundary, from, off)
		}
		out[at] = p.get(t)
	}
	return nil
}

// sweepCodePoints is sweep for sorted code-point offsets, the commonest
// conversion, in the tightest loop: a code-point offset within the text
// always falls between two code points. It reports false, having converted
// only some, when the offsets are not sorted.
func (x *Index) sweepCodePoints(offsets, out []int, to Unit) (sorted bool, err error) {
	var p position
	text := x.text
	t := unitNumber(to)
	prev := 0
	for n, off := range offsets {
		if off < prev {
			return false, nil
		}
		prev = off
		if off > x.runes {
			return true, x.outside(off, UnitCodePoint)
		}
		if off-p.cp > markEvery {
			if m := x.marks[off/markEvery]; m.cp > p.cp {
				p = m
			}
		}
		for p.cp < off {
			if c := text[p.b]; c < utf8.RuneSelf {
				p.cp, p.b, p.u = p.cp+1, p.b+1, p.u+1
				continue
			}
			r, w := utf8.DecodeRuneInString(text[p.b:])
			p.advance(r, w)
		}
		switch t {
		case numberUTF16:
			out[n] = p.u
		case numberByte:
			out[n] = p.b
		default:
			out[n] = p.cp
		}
	}
	return true, nil
}

// The units as numbers, for position.get.
const (
	numberCodePoint = iota
	numberByte
	numberUTF16
)

func unitNumber(u Unit) int {
	switch u {
	case UnitByte:
		return numberByte
	case UnitUTF16:
		return numberUTF16
	}
	return numberCodePoint
}

// get returns the position counted in the unit numbered k.
func (p position) get(k int) int {
	switch k {
	case numberByte:
		return p.b
	case numberUTF16:
		return p.u
	}
	return p.cp
}

// Offsets returns the span's start and end counted in the unit: the offsets
// that JavaScript's String.prototype.slice takes for [UnitUTF16], or that
// Go's string slicing takes for [UnitByte]. It converts positions only; it
// does not compare the span's exact text with the text, and an empty span
// gives two equal offsets. It fails, with an error wrapping [ErrOutOfRange],
// [ErrReversed] or [ErrUnit], when a position is outside the text, when End
// is before Start, or when the unit is unknown.
func (x *Index) Offsets(s Span, to Unit) (start, end int, err error) {
	if err := checkUnits(to, to); err != nil {
		return 0, 0, err
	}
	if s.End < s.Start {
		return 0, 0, reversed(s.Start, s.End, UnitCodePoint)
	}
	ps, err := x.find(s.Start, UnitCodePoint)
	if err != nil {
		return 0, 0, err
	}
	pe, err := x.find(s.End, UnitCodePoint)
	if err != nil {
		return 0, 0, err
	}
	return ps.in(to), pe.in(to), nil
}

// Span returns the span of the text from start to end, both counted in the
// unit, with [DefaultContext] code points of prefix and suffix (fewer at the
// text's edges). It is how offsets from another program become a Span. It
// fails, with an error wrapping [ErrOutOfRange], [ErrNotBoundary], [ErrUnit],
// [ErrReversed] or [ErrEmpty], when an offset names no position of the text,
// when end is before start, or when they are equal.
func (x *Index) Span(start, end int, from Unit) (Span, error) {
	if err := checkUnits(from, from); err != nil {
		return Span{}, err
	}
	ps, err := x.find(start, from)
	if err != nil {
		return Span{}, err
	}
	pe, err := x.find(end, from)
	if err != nil {
		return Span{}, err
	}
	if err := nonEmpty(start, end, from); err != nil {
		return Span{}, err
	}
	return x.span(ps, pe, DefaultContext, DefaultContext), nil
}

// SpanContext returns the span of the text from code point start to code
// point end, with before code points of prefix and after code points of
// suffix (fewer at the text's edges; none for 0 or less). It fails as
// [Index.Span] does.
func (x *Index) SpanContext(start, end, before, after int) (Span, error) {
	ps, err := x.find(start, UnitCodePoint)
	if err != nil {
		return Span{}, err
	}
	pe, err := x.find(end, UnitCodePoint)
	if err != nil {
		return Span{}, err
	}
	if err := nonEmpty(start, end, UnitCodePoint); err != nil {
		return Span{}, err
	}
	return x.span(ps, pe, before, after), nil
}

// span builds the span between two positions, with its context.
func (x *Index) span(ps, pe position, before, after int) Span {
	s := Span{Start: ps.cp, End: pe.cp, Exact: x.text[ps.b:pe.b]}
	if before > 0 {
		p, _ := x.find(max(0, ps.cp-before), UnitCodePoint) // in range by construction
		s.Prefix = x.text[p.b:ps.b]
	}
	if after > 0 {
		// pe.cp+after could overflow; the text's remainder cannot.
		p, _ := x.walk(pe, pe.cp+min(after, x.runes-pe.cp), UnitCodePoint)
		s.Suffix = x.text[pe.b:p.b]
	}
	return s
}

// find returns the position of the offset, counted in the unit.
func (x *Index) find(off int, from Unit) (position, error) {
	if off < 0 || off > x.Len(from) {
		return position{}, x.outside(off, from)
	}
	if x.flat {
		return position{off, off, off}, nil
	}
	return x.walk(x.marks[x.mark(off, from)], off, from)
}

// mark returns the index of the last mark at or before the offset, which is
// within the text.
func (x *Index) mark(off int, from Unit) int {
	var k int
	if from == UnitCodePoint {
		k = off / markEvery
	} else {
		k = sort.Search(len(x.marks), func(i int) bool { return x.marks[i].in(from) > off }) - 1
	}
	return max(0, min(k, len(x.marks)-1))
}

// walk decodes forward from p, which is at or before the offset, to the
// offset, which is within the text.
func (x *Index) walk(p position, off int, from Unit) (position, error) {
	// One loop per unit, with ASCII taken a byte at a time: this is the
	// inner loop of every conversion.
	switch from {
	case UnitByte:
		for p.b < off {
			if c := x.text[p.b]; c < utf8.RuneSelf {
				p.cp, p.b, p.u = p.cp+1, p.b+1, p.u+1
				continue
			}
			r, w := utf8.DecodeRuneInString(x.text[p.b:])
			p.advance(r, w)
		}
	case UnitUTF16:
		for p.u < off && p.b < len(x.text) {
			if c := x.text[p.b]; c < utf8.RuneSelf {
				p.cp, p.b, p.u = p.cp+1, p.b+1, p.u+1
				continue
			}
			r, w := utf8.DecodeRuneInString(x.text[p.b:])
			p.advance(r, w)
		}
	default:
		for p.cp < off && p.b < len(x.text) {
			if c := x.text[p.b]; c < utf8.RuneSelf {
				p.cp, p.b, p.u = p.cp+1, p.b+1, p.u+1
				continue
			}
			r, w := utf8.DecodeRuneInString(x.text[p.b:])
			p.advance(r, w)
		}
	}
	if p.in(from) != off {
		return position{}, fmt.Errorf("%w: %s offset %d", ErrNotBoundary, from, off)
	}
	return p, nil
}

// nonEmpty returns an error wrapping [ErrReversed] when end is before start,
// or [ErrEmpty] when they are equal.
func nonEmpty(start, end int, u Unit) error {
	switch {
	case end < start:
		return reversed(start, end, u)
	case end == start:
		return fmt.Errorf("%w: %s offsets %d to %d", ErrEmpty, u, start, end)
	}
	return nil
}

func reversed(start, end int, u Unit) error {
	return fmt.Errorf("%w: %s offsets %d to %d", ErrReversed, u, start, end)
}

func (x *Index) outside(off int, u Unit) error {
	return fmt.Errorf("%w: %s offset %d, length %d", ErrOutOfRange, u, off, x.Len(u))
}

func checkUnits(from, to Unit) error {
	for _, u := range []Unit{from, to} {
		if !u.IsValid() {
			return fmt.Errorf("%w: %q", ErrUnit, string(u))
		}
	}
	return nil
}
