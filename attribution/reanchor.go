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
	// ("/quotes/2/span", "/mentions/0/span"), or, for a fragment without a
	// span that drifted out of its quote's text, of the fragment
	// ("/quotes/2/fragments/0").
	Pointer string
	// Span is the span as it was before re-anchoring; Reanchor leaves it
	// so in the document. For a fragment that drifted out of its quote's
	// text it is the fragment's span as placed, or zero when it has none.
	Span quote.Span
	// Err says why: an error wrapping [quote.ErrNotFound] when the span's
	// exact text no longer occurs; one wrapping [ErrUnconfirmed] when it
	// occurs only where neither its context nor its position confirms it;
	// an [*quote.AmbiguousError] when it occurs more than once and nothing
	// decides; one wrapping [quote.ErrEmpty] when the span has no exact
	// text; [ErrFragmentAdrift] for a mixed quote's fragment that no
	// longer occurs in the quote's text.
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
// A mixed quote's fragments stay in its text. When a tolerant match changes
// the words of a quote but not those of a fragment without a span, the
// fragment takes the matching words of the quote's new text; when it changes
// a fragment's words but not those of a quote without a span, the quote's text
// takes the fragment's new words in place of the old.
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
// [*ReanchorError], lists it with its JSON Pointer and the reason; so does a
// fragment that occurred in its quote's text and, after all, no longer does. The error
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
	before := d.mixedWords()
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
	unplaced = append(unplaced, d.keepFragments(before)...)
	if len(unplaced) > 0 {
		return &ReanchorError{Unplaced: unplaced}
	}
	return nil
}

// ErrFragmentAdrift is why [Document.Reanchor] reports a fragment of a mixed
// quote that occurred in its quote's text before re-anchoring and no longer
// does, when neither side could follow the other.
var ErrFragmentAdrift = errors.New("the fragment no longer occurs in its quote's text")

// mixedWords returns, for each quote, its text and its fragments' texts.
func (d *Document) mixedWords() [][]string {
	out := make([][]string, len(d.Quotes))
	for i, q := range d.Quotes {
		if len(q.Fragments) == 0 {
			continue
		}
		words := []string{q.Text}
		for _, f := range q.Fragments {
			words = append(words, f.Text)
		}
		out[i] = words
	}
	return out
}

// keepFragments keeps each fragment that occurred in its quote's text before
// re-anchoring in it after: when a tolerant match changed the words on one
// side only, the side without a span follows the side with one. The quote's
// text takes the fragment's new words in place of the old; the fragment takes
// the words of the quote's new text that match its old ones with the
// tolerance of [quote.Locate]. A fragment that still does not occur is
// returned, with the pointer of its span or, without one, of the fragment.
func (d *Document) keepFragments(before [][]string) []Unplaced {
	var adrift []Unplaced
	for i, words := range before {
		if len(words) == 0 || i >= len(d.Quotes) {
			continue
		}
		q := &d.Quotes[i]
		oldQuote := words[0]
		for j := range q.Fragments {
			f := &q.Fragments[j]
			oldFrag := words[j+1]
			at := strings.Index(oldQuote, oldFrag)
			if oldFrag == "" || at < 0 || strings.Contains(q.Text, f.Text) {
				continue // inconsistent before, or consistent still
			}
			switch {
			case q.Text != oldQuote && f.Text == oldFrag && f.Span == nil:
				hint := utf8.RuneCountInString(oldQuote[:at])
				if found, err := quote.Locate(q.Text, oldFrag, quote.WithHint(hint)); err == nil {
					f.Text = found.Exact
				}
			case f.Text != oldFrag && q.Text == oldQuote && q.Span == nil:
				q.Text = q.Text[:at] + f.Text + q.Text[at+len(oldFrag):]
			}
			if strings.Contains(q.Text, f.Text) {
				continue
			}
			ptr := pointer("/quotes", i, "fragments", j)
			u := Unplaced{Pointer: ptr, Err: ErrFragmentAdrift}
			if f.Span != nil {
				u.Pointer, u.Span = ptr+"/span", *f.Span
			}
			adrift = append(adrift, u)
		}
	}
	return adrift
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
