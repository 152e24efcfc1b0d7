package attribution

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/onrecord/onrecord/quote"
)

// ErrUnconfirmed is why [Document.Reanchor] does not place a span whose exact
// text it found only where neither the span's context (its whole prefix or its
// whole suffix) nor its expected position confirms it: the same words said
// elsewhere, or what is left of them once the text around has been rewritten.
var ErrUnconfirmed = errors.New("exact text found only where neither its context nor its position confirms it")

// Unplaced is a span that [Document.Reanchor] could not place in the new text.
type Unplaced struct {
	// Pointer is the RFC 6901 JSON Pointer of the span in the document
	// ("/quotes/2/span", "/mentions/0/span").
	Pointer string
	// Span is the span as it was before re-anchoring; Reanchor leaves it
	// so in the document.
	Span quote.Span
	// Err says why: an error wrapping [quote.ErrNotFound] when the span's
	// exact text no longer occurs; one wrapping [ErrUnconfirmed] when it
	// occurs only where neither its context nor its position confirms it;
	// an [*quote.AmbiguousError] when it occurs more than once and nothing
	// decides; one wrapping [quote.ErrEmpty] when the span has no exact
	// text.
	Err error
}

// ReanchorError is the error [Document.Reanchor] returns when it could not
// place every span: it lists those it could not place. errors.As finds it.
type ReanchorError struct {
	// Unplaced lists the spans not placed, in the order of
	// [Document.Spans].
	Unplaced []Unplaced
}

// Error lists the spans not placed, one a line, after a count.
func (e *ReanchorError) Error() string {
	var b strings.Builder
	if len(e.Unplaced) == 1 {
		b.WriteString("1 span not placed in the new text")
	} else {
		fmt.Fprintf(&b, "%d spans not placed in the new text", len(e.Unplaced))
	}
	for _, u := range e.Unplaced {
		fmt.Fprintf(&b, "\n  %s: %v", u.Pointer, u.Err)
	}
	return b.String()
}

// Reanchor moves every span of the document into newText, an edited version
// of the document's text, and makes newText the document's Text.
//
// Each span is found again by its quote selector first: its exact text,
// matched with the tolerance of [quote.Locate] (curly and straight quotes,
// no-break spaces, NFC and NFD), the occurrence chosen by its prefix and
// suffix. Its position comes second, to choose between occurrences that the
// context does not tell apart: Reanchor compares the old text with the new,
// and expects a span after the edited stretch to have moved by the length of
// the edit. A span placed gets its new Start, End and Exact (the text as it
// now stands) and a fresh prefix and suffix of the lengths it had; the words
// of the quote, fragment, cue, quantity or credit that it locates, which must
// be its exact text, change with it.
//
// An occurrence is taken as the span's own only when the span's whole prefix
// or whole suffix still surrounds it, when it starts exactly where the span is
// expected, when the span has no context to check, or when its exact text
// occurs once in the old text and once in the new (a passage moved with its
// paragraph); the same words elsewhere in the text are not the span.
//
// Nothing is dropped silently. A span that cannot be placed, because its exact
// text no longer occurs, occurs only unconfirmed, or occurs more than once
// with nothing to decide, is left as it was, and the error, a
// [*ReanchorError], lists it with its JSON Pointer and the reason. The error
// is the record of what was not placed: [Document.Validate] reports such a
// span against the new text too, unless its old offsets happen to hold the
// same words there. Reanchor returns nil when every span was placed, and an
// error for a nil document.
func (d *Document) Reanchor(newText string) error {
	if d == nil {
		return errors.New("re-anchoring a nil document")
	}
	x, old := quote.NewIndex(newText), quote.NewIndex(d.Text)
	shift := newShift(d.Text, newText)
	var unplaced []Unplaced
	for a := range d.anchors() {
		s := a.span
		placed, err := reanchor(x, old, *s, shift.hint(s.Start))
		if err != nil {
			unplaced = append(unplaced, Unplaced{Pointer: a.at.pointer(), Span: *s, Err: err})
			continue
		}
		// The words a span holds follow it when the match was tolerant
		// (straight quotes for curly ones, say): they stay the text as
		// printed.
		if a.words != nil && *a.words == s.Exact {
			*a.words = placed.Exact
		}
		*s = placed
	}
	d.Text = newText
	if len(unplaced) > 0 {
		return &ReanchorError{Unplaced: unplaced}
	}
	return nil
}

// reanchor places one span of the old text in the new text, both indexed.
func reanchor(x, old *quote.Index, s quote.Span, hint int) (quote.Span, error) {
	if s.Exact == "" {
		return quote.Span{}, fmt.Errorf("%w: the span has no exact text to look for", quote.ErrEmpty)
	}
	found, err := x.Locate(s.Exact, quote.WithPrefix(s.Prefix), quote.WithSuffix(s.Suffix), quote.WithHint(hint))
	if errors.Is(err, quote.ErrNotFound) {
		return quote.Span{}, fmt.Errorf("%w in the new text", err)
	}
	if err != nil {
		return quote.Span{}, err
	}
	// An occurrence is the span's own when its context or its position
	// confirms it; the same words elsewhere are not enough.
	prefix, suffix := x.ContextMatches(quote.Span{Start: found.Start, End: found.End, Prefix: s.Prefix, Suffix: s.Suffix})
	// A passage that occurs once in the old text and once in the new is the
	// same passage, moved with its paragraph.
	moved := old.Count(s.Exact) == 1 && x.Count(found.Exact) == 1
	if !(prefix && s.Prefix != "" || suffix && s.Suffix != "" || s.Prefix == "" && s.Suffix == "" || found.Start == hint || moved) {
		return quote.Span{}, fmt.Errorf("%w: at %d, expected near %d", ErrUnconfirmed, found.Start, hint)
	}
	return x.SpanContext(found.Start, found.End, utf8.RuneCountInString(s.Prefix), utf8.RuneCountInString(s.Suffix))
}

// shift describes one edit that turns an old text into a new one: the code
// points both share at their start (head) and at their end (tail), and the
// change in length. Positions in the head stay; positions in the tail move
// by the change in length.
type shift struct {
	head, tailFrom, delta int
}

func newShift(oldText, newText string) shift {
	if oldText == "" {
		return shift{}
	}
	head, a, b := 0, oldText, newText
	for a != "" && b != "" {
		ra, wa := utf8.DecodeRuneInString(a)
		rb, wb := utf8.DecodeRuneInString(b)
		if ra != rb || a[:wa] != b[:wb] {
			break
		}
		a, b, head = a[wa:], b[wb:], head+1
	}
	tail := 0
	for a != "" && b != "" {
		ra, wa := utf8.DecodeLastRuneInString(a)
		rb, wb := utf8.DecodeLastRuneInString(b)
		if ra != rb || a[len(a)-wa:] != b[len(b)-wb:] {
			break
		}
		a, b, tail = a[:len(a)-wa], b[:len(b)-wb], tail+1
	}
	oldLen := head + utf8.RuneCountInString(a) + tail
	newLen := head + utf8.RuneCountInString(b) + tail
	return shift{head: head, tailFrom: oldLen - tail, delta: newLen - oldLen}
}

// hint returns where a span that started at start in the old text is
// expected to start in the new one.
func (s shift) hint(start int) int {
	if start >= s.tailFrom && start >= s.head {
		return start + s.delta
	}
	return start
}
