package attribution

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// Builder builds a [Document] from its text. It takes the passages as the user
// types them, with straight or curly quotation marks, composed or decomposed
// accents, ordinary or no-break spaces, locates each with
// [quote.Index.Locate], and records the text's own characters at that place,
// so that what the builder accepts, [Document.Validate] accepts too: a quote's
// Text is always its span's Exact.
//
// A builder collects the passages it cannot place, and the problems of the
// document, instead of stopping at the first: [Builder.Document] returns
// them all. Its methods return IDs, never pointers into the document, and
// each document it returns is a deep copy, so nothing a caller does to one
// (editing it, re-anchoring it) reaches the builder or another. The zero
// Builder builds a document with no text, where no passage can be placed;
// call [NewBuilder].
type Builder struct {
	doc   Document
	index *quote.Index
	ids   map[string]bool
	fails []PlaceError
}

// NewBuilder returns a builder that adds to doc: its Text is the text every
// passage is looked for in, its Article and Annotation are kept as they are,
// and any speakers, quotes, attributions or claims it already has keep their
// IDs. An empty FormatVersion becomes [FormatVersion]. The builder keeps its
// own copy of doc's lists.
func NewBuilder(doc Document) *Builder {
	b := &Builder{doc: doc}
	b.init()
	b.doc.Speakers = slices.Clone(doc.Speakers)
	b.doc.Quotes = slices.Clone(doc.Quotes)
	b.doc.Attributions = slices.Clone(doc.Attributions)
	b.doc.Claims = slices.Clone(doc.Claims)
	b.doc.Mentions = slices.Clone(doc.Mentions)
	b.doc.Credits = slices.Clone(doc.Credits)
	for _, s := range doc.Speakers {
		b.ids[s.ID] = true
	}
	for _, q := range doc.Quotes {
		b.ids[q.ID] = true
	}
	for _, a := range doc.Attributions {
		b.ids[a.ID] = true
	}
	for _, c := range doc.Claims {
		b.ids[c.ID] = true
	}
	return b
}

// init readies a builder, the zero Builder included.
func (b *Builder) init() {
	if b.index == nil {
		b.index = quote.NewIndex(b.doc.Text)
		b.ids = map[string]bool{}
	}
	if b.doc.FormatVersion == "" {
		b.doc.FormatVersion = FormatVersion
	}
}

// Passage is a stretch of the text as the user types it, with as much of the
// text just before it (Prefix) or just after it (Suffix) as it takes to tell
// apart the places where it occurs: "He" followed by " outlined". W3C Web
// Annotation: TextQuoteSelector.
type Passage struct {
	// Text is the passage itself. Required.
	Text string
	// Prefix is text that comes just before the passage. Optional.
	Prefix string
	// Suffix is text that comes just after the passage. Optional.
	Suffix string
}

// Speaker adds a speaker, and a mention for each passage where the text names
// or refers to them ("Farzana Shah", "Shah", "she"). It returns the speaker's
// ID, made from its position ("speaker-3") when s.ID is empty.
func (b *Builder) Speaker(s source.Speaker, mentions ...Passage) string {
	b.init()
	s.ID = b.id(s.ID, "speaker-", len(b.doc.Speakers)+1)
	b.doc.Speakers = append(b.doc.Speakers, s)
	for _, m := range mentions {
		ptr := pointer("/mentions", len(b.doc.Mentions)) + "/span"
		if sp, ok := b.place(ptr, m.Text, "", quote.WithPrefix(m.Prefix), quote.WithSuffix(m.Suffix)); ok {
			b.doc.Mentions = append(b.doc.Mentions, Mention{Speaker: s.ID, Span: sp})
		} else if s.Anonymity != nil {
			// A passage that names an anonymous speaker but is not in the
			// story may be their name: the error does not repeat it.
			b.fails[len(b.fails)-1].Withheld = true
		}
	}
	return s.ID
}

// QuoteOption tells [Builder.Attribute] more about where a quote and its cue
// stand.
type QuoteOption func(*quoteOptions)

type quoteOptions struct {
	cueAfter       bool
	prefix, suffix string
}

// CueAfter says that the quote's cue follows it (“...,” she said), so that
// the cue is looked for after the quote's end, not before its start.
func CueAfter() QuoteOption { return func(o *quoteOptions) { o.cueAfter = true } }

// Context gives text that comes just before or just after the quote's words,
// to tell apart the places where they occur. Either may be empty.
func Context(prefix, suffix string) QuoteOption {
	return func(o *quoteOptions) { o.prefix, o.suffix = prefix, suffix }
}

// Attribute adds the quote q and the attribution a that joins it to its
// speaker (a.Speaker), and returns the attribution's ID.
//
// The builder locates q.Text in the text and sets q.Span; it looks for each
// fragment and edit inside the quote, nearest its start (a fragment or edit
// that repeats the text of an earlier one in its list, after that one), and
// for the cue at the nearest place before the quote's start or, with
// [CueAfter], after its end. Every text it
// locates becomes the text's own characters there. A quote without an ID gets
// one from its position ("quote-7"); give it one when another quote continues
// it. The attribution's Quote is q's ID, and its ID, when empty, "a-" and the
// quote's ID.
func (b *Builder) Attribute(a Attribution, q quote.Quote, opts ...QuoteOption) string {
	b.init()
	var o quoteOptions
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	n := len(b.doc.Quotes)
	base := pointer("/quotes", n)
	q.ID = b.id(q.ID, "quote-", n+1)
	q.Fragments = slices.Clone(q.Fragments)
	q.Edits = slices.Clone(q.Edits)
	if q.Cue != nil {
		cue := *q.Cue
		q.Cue = &cue
	}
	sp, ok := b.place(base+"/span", q.Text, "", quote.WithPrefix(o.prefix), quote.WithSuffix(o.suffix))
	if ok {
		q.Text, q.Span = sp.Exact, &sp
		// Inside the quote, nearest its start; a text that an earlier
		// fragment (edit) of the list has is looked for after it.
		inside := func(ptr, text string, after map[string]int) (string, *quote.Span) {
			from := max(sp.Start, after[text])
			t, s := b.within(ptr, text, "inside the quote", quote.WithinRange(from, sp.End), quote.WithHint(from))
			if s != nil {
				after[text] = s.End
			}
			return t, s
		}
		after := map[string]int{}
		for i := range q.Fragments {
			f := &q.Fragments[i]
			f.Text, f.Span = inside(pointer(base+"/fragments", i)+"/span", f.Text, after)
		}
		clear(after)
		for i := range q.Edits {
			e := &q.Edits[i]
			e.Text, e.Span = inside(pointer(base+"/edits", i)+"/span", e.Text, after)
		}
		if q.Cue != nil {
			q.Cue.Text, q.Cue.Span = b.cue(base+"/cue/span", q.Cue.Text, &sp, o.cueAfter)
		}
	}
	b.doc.Quotes = append(b.doc.Quotes, q)
	a.Quote = q.ID
	if a.ID == "" {
		a.ID = b.id("", "a-"+q.ID, 0)
	} else {
		b.ids[a.ID] = true
	}
	a.With, a.Claims, a.RespondsTo = slices.Clone(a.With), slices.Clone(a.Claims), slices.Clone(a.RespondsTo)
	b.doc.Attributions = append(b.doc.Attributions, a)
	return a.ID
}

// Claim adds a claim whose appearance is the passage where the text makes it,
// and returns its ID, made from its position ("claim-4") when c.ID is empty.
// A claim the text makes nowhere in particular takes an empty Passage and
// gets no span. Each quantity with a Text is looked for inside the
// appearance, or anywhere in the text when there is none.
func (b *Builder) Claim(c Claim, appearance Passage) string {
	b.init()
	n := len(b.doc.Claims)
	base := pointer("/claims", n)
	c.ID = b.id(c.ID, "claim-", n+1)
	c.Quantities = slices.Clone(c.Quantities)
	c.Relations = slices.Clone(c.Relations)
	var in []quote.LocateOption
	scope := ""
	if appearance.Text != "" {
		sp, ok := b.place(base+"/span", appearance.Text, "", quote.WithPrefix(appearance.Prefix), quote.WithSuffix(appearance.Suffix))
		if ok {
			c.Span = &sp
			in = []quote.LocateOption{quote.WithinRange(sp.Start, sp.End), quote.WithHint(sp.Start)}
			scope = "inside the claim's appearance"
		}
	}
	for i := range c.Quantities {
		qt := &c.Quantities[i]
		if qt.Text != "" {
			qt.Text, qt.Span = b.within(pointer(base+"/quantities", i)+"/span", qt.Text, scope, in...)
		}
	}
	b.doc.Claims = append(b.doc.Claims, c)
	return c.ID
}

// Credit adds the credit of an image, a video, a graphic or a sound, locating
// its Text (the credit line as printed) and, when set, its Caption.
func (b *Builder) Credit(c Credit) {
	b.init()
	base := pointer("/credits", len(b.doc.Credits))
	c.Text, c.Span = b.within(base+"/span", c.Text, "")
	if c.Caption != "" {
		c.Caption, c.CaptionSpan = b.within(base+"/captionSpan", c.Caption, "")
	}
	b.doc.Credits = append(b.doc.Credits, c)
}

// Document returns the document built so far, or, when a passage could not be
// placed or the document does not validate, nil and an error that lists every
// problem: a [*PlaceError] for each passage (errors.As finds them through the
// error's Unwrap), and the [*ValidationError] of [Document.Validate]. The
// document returned is the caller's: the builder's later additions do not
// change it.
func (b *Builder) Document() (*Document, error) {
	b.init()
	errs := make([]error, 0, len(b.fails)+1)
	for i := range b.fails {
		errs = append(errs, &b.fails[i])
	}
	errs = append(errs, b.doc.Validate())
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	doc := deepCopy(reflect.ValueOf(b.doc)).Interface().(Document)
	return &doc, nil
}

// deepCopy copies a value of the model with everything it points to, so that
// the copy shares no span, list or pointer with the original. Strings are
// shared: Go never changes one in place.
func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		c := reflect.New(v.Type().Elem())
		c.Elem().Set(deepCopy(v.Elem()))
		return c
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			c.Index(i).Set(deepCopy(v.Index(i)))
		}
		return c
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		c := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			c.SetMapIndex(it.Key(), deepCopy(it.Value()))
		}
		return c
	case reflect.Struct:
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		for i := range v.NumField() {
			if c.Field(i).CanSet() {
				c.Field(i).Set(deepCopy(v.Field(i)))
			}
		}
		return c
	default:
		return v
	}
}

// PlaceError is a passage that a [Builder] could not place in the text.
type PlaceError struct {
	// Pointer is the JSON Pointer of the span the passage was to fill
	// ("/quotes/3/cue/span").
	Pointer string
	// Passage is the text as the caller gave it.
	Passage string
	// Err says why: it wraps [quote.ErrNotFound], [quote.ErrEmpty], or is
	// a [*quote.AmbiguousError] with the places that tie.
	Err error
	// Withheld records that the passage is a mention of an anonymous
	// speaker, which Error does not repeat: a mention the story does not
	// print may be the speaker's name.
	Withheld bool
}

// Error says where the passage was to go, what it was and why it could not be
// placed; for a passage found in several places, where each is, in code
// points, with a little of the text around it, and how to choose one.
func (e *PlaceError) Error() string {
	if e.Withheld {
		return fmt.Sprintf("%s: a mention of an anonymous speaker (withheld): %v", e.Pointer, e.Err)
	}
	var amb *quote.AmbiguousError
	if !errors.As(e.Err, &amb) {
		return fmt.Sprintf("%s: %q: %v", e.Pointer, e.Passage, e.Err)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s: %q occurs %d times and nothing tells them apart:", e.Pointer, e.Passage, len(amb.Candidates))
	for _, c := range amb.Candidates {
		fmt.Fprintf(&sb, " at %d %q;", c.Start, around(c))
	}
	sb.WriteString(" give a prefix or suffix that only one of them has")
	return sb.String()
}

// Unwrap returns the reason, for errors.Is and errors.As.
func (e *PlaceError) Unwrap() error { return e.Err }

// around shows a span in a little of its context: "…the source [said]. “Howe…".
func around(s quote.Span) string {
	const n = 16
	prefix, suffix := s.Prefix, s.Suffix
	if r := []rune(prefix); len(r) > n {
		prefix = "…" + string(r[len(r)-n:])
	}
	if r := []rune(suffix); len(r) > n {
		suffix = string(r[:n]) + "…"
	}
	return prefix + "[" + s.Exact + "]" + suffix
}

// place locates a passage, records why it cannot and reports whether it
// could. A passage looked for in part of the text only is said not to be
// found there.
func (b *Builder) place(ptr, text, scope string, opts ...quote.LocateOption) (quote.Span, bool) {
	sp, err := b.index.Locate(text, opts...)
	if err != nil && scope != "" && errors.Is(err, quote.ErrNotFound) {
		err = fmt.Errorf("%w %s", err, scope)
	}
	if err != nil {
		b.fails = append(b.fails, PlaceError{Pointer: ptr, Passage: text, Err: err})
		return quote.Span{}, false
	}
	return sp, true
}

// cueReach is how far from its quote, in code points, a cue is looked for
// first: cues stand next to their quotes ("..., she said", "told The Media
// Line that ..."). Looking nearby first keeps the cost of placing a cue
// independent of the length of the text.
const cueReach = 400

// cue locates a quote's cue before the quote's start, or after its end: the
// nearest occurrence within cueReach code points, or else the nearest on that
// side anywhere in the text.
func (b *Builder) cue(ptr, text string, sp *quote.Span, after bool) (string, *quote.Span) {
	n := b.index.Len(quote.UnitCodePoint)
	scope, near, far, hint := "before the quote", quote.WithinRange(max(0, sp.Start-cueReach), sp.Start), quote.WithinRange(0, sp.Start), quote.WithHint(sp.Start)
	if after {
		scope, near, far, hint = "after the quote", quote.WithinRange(sp.End, min(n, sp.End+cueReach)), quote.WithinRange(sp.End, n), quote.WithHint(sp.End)
	}
	if found, err := b.index.Locate(text, near, hint); err == nil {
		return found.Exact, &found
	}
	return b.within(ptr, text, scope, far, hint)
}

// within locates a passage, returning the text's own characters and the span;
// when it cannot, the passage as given and no span.
func (b *Builder) within(ptr, text, scope string, opts ...quote.LocateOption) (string, *quote.Span) {
	sp, ok := b.place(ptr, text, scope, opts...)
	if !ok {
		return text, nil
	}
	return sp.Exact, &sp
}

// id returns the ID given, or makes one, prefix followed by n (or prefix
// alone when n is 0), unused in the document, with a "-2", "-3"... suffix when
// it is taken.
func (b *Builder) id(given, prefix string, n int) string {
	if given != "" {
		b.ids[given] = true
		return given
	}
	base := prefix
	if n > 0 {
		base += strconv.Itoa(n)
	}
	id := base
	for k := 2; b.ids[id]; k++ {
		id = base + "-" + strconv.Itoa(k)
	}
	b.ids[id] = true
	return id
}
