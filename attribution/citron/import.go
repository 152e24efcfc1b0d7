package citron

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/importkit"
	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// The codes of the warnings an import gives besides the model's own
// (span-mismatch, span-outside-text, span-order, unknown-field, range, type,
// length).
const (
	// CodeTokenOffsets: runtime token offsets that cannot be placed in the
	// text: no tokenisation was given, or a token index is past the last
	// token.
	CodeTokenOffsets attribution.Code = "token-offsets"
	// CodeUnattributed: a quote with no source; it is kept without an
	// attribution.
	CodeUnattributed attribution.Code = "unattributed"
	// CodeCoreferenceUnmatched: a coreference group that names no source
	// of any quote; its mentions are not imported.
	CodeCoreferenceUnmatched attribution.Code = "coreference-unmatched"
	// CodeHeadline: no headline was given; the text's first line stands in
	// for it.
	CodeHeadline attribution.Code = "headline"
	// CodeID: a quote's id that is not of onrecord's ID form, or that
	// another quote has too; the quote is given another.
	CodeID attribution.Code = "id"
)

// Options are what an import needs besides citron's file.
type Options struct {
	// Text is the article's text. The annotation format carries its own;
	// a lone quote (as citron's documentation shows one) and the runtime
	// output do not. Optional.
	Text string
	// Tokens are the text's tokenisation as spaCy made it for citron
	// (see [ParseSpacy]), which alone places the runtime output's token
	// offsets. Optional.
	Tokens []Token
	// Headline is the article's headline. Optional; when empty and a text
	// is known, the text's first line stands in for it, with a warning.
	Headline string
	// Annotation is the provenance recorded in the document. Optional;
	// by default the runtime output's program and model, or this import
	// for the annotation format, created today (UTC).
	Annotation *attribution.Annotation
}

// Result is an imported document with every problem the import met and
// worked around, each with the JSON Pointer of the offending value in citron's
// input.
type Result struct {
	// Document is the onrecord document; it validates.
	Document *attribution.Document
	// Warnings are the problems met; none is dropped.
	Warnings []attribution.Problem
}

// Read imports either shape of citron's JSON, telling them apart by their
// members: the annotation format has "text" (or, for a lone quote,
// "contents" and no "quotes"); the runtime output has "quotes", "source" or
// "error", and no "text".
func Read(r io.Reader, opts Options) (*Result, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(data, &probe) == nil {
		_, text := probe["text"]
		_, src := probe["source"]
		_, errMsg := probe["error"]
		_, quotes := probe["quotes"]
		if !text && (src || errMsg || quotes) {
			return ReadOutput(bytes.NewReader(data), opts)
		}
	}
	return ReadAnnotation(bytes.NewReader(data), opts)
}

// ReadAnnotation imports citron's annotation format: one document
// {"text", "quotes", "coreference_groups"}, or one quote alone as citron's
// documentation shows it (then Options.Text, if given, is the text). Offsets
// count code points.
func ReadAnnotation(r io.Reader, opts Options) (*Result, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var ann Annotation
	var probe map[string]json.RawMessage
	_ = json.Unmarshal(data, &probe)
	_, hasText := probe["text"]
	_, hasQuotes := probe["quotes"]
	b := newBuilder(opts)
	if !hasText && !hasQuotes && probe != nil {
		// A lone quote: its pointers are the quote's own.
		var q AnnotatedQuote
		if err := b.decode(data, &q); err != nil {
			return nil, err
		}
		ann = Annotation{Text: opts.Text, Quotes: []AnnotatedQuote{q}}
		b.quotePointer = func(int) string { return "" }
	} else {
		if err := b.decode(data, &ann); err != nil {
			return nil, err
		}
		if opts.Text != "" && ann.Text != "" && opts.Text != ann.Text {
			b.warn("/text", attribution.CodeSpanMismatch, "differs from the text given: the file's own text is used")
		}
		if ann.Text == "" {
			ann.Text = opts.Text
		}
	}
	b.setText(ann.Text)
	if b.annotation == nil {
		b.annotation = &attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentSoftware, Name: "onrecord citron import", Version: attribution.FormatVersion},
			Created: today(),
		}
	}
	place := func(ptr string, s Span) *quote.Span { return b.resolve(ptr, s.Start, s.End, s.Text, true) }
	for i, g := range ann.CoreferenceGroups {
		b.group(i, g, place)
	}
	for i, q := range ann.Quotes {
		b.quote(i, rawQuote{cue: q.Cue, sources: q.Sources, contents: q.Contents, corefs: q.Coreferences,
			confidence: q.Confidence, id: q.ID}, place)
	}
	return b.finish()
}

// ReadOutput imports citron's runtime output. Its offsets are spaCy token
// indices: with Options.Tokens (and the text) they are placed exactly; with
// the text alone each span is located by its words, and a warning of code
// token-offsets says so; with neither, the quotes are kept without spans.
func ReadOutput(r io.Reader, opts Options) (*Result, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	b := newBuilder(opts)
	var out Output
	if err := b.decode(data, &out); err != nil {
		return nil, err
	}
	if out.Error != "" {
		return nil, &attribution.ValidationError{Problems: []attribution.Problem{{Pointer: "/error", Code: attribution.CodeSyntax,
			Message: "citron reports an error instead of quotes"}}}
	}
	b.setText(opts.Text)
	if b.annotation == nil {
		agent := attribution.Agent{Kind: attribution.AgentSoftware, Name: "citron-extractor", Version: "unknown"}
		if out.Source != nil {
			if out.Source.Application != "" {
				agent.Name = out.Source.Application
			}
			if out.Source.Model != "" {
				agent.Version = out.Source.Model
			}
		}
		b.annotation = &attribution.Annotation{By: agent, Created: today()}
	}
	if len(opts.Tokens) > 0 && opts.Text != "" {
		if err := checkTokens(opts.Tokens, utf8.RuneCountInString(opts.Text)); err != nil {
			return nil, err
		}
	}
	place := b.tokenPlacer(opts.Tokens)
	for i, q := range out.Quotes {
		b.quote(i, rawQuote{cue: q.Cue, sources: q.Sources, contents: q.Contents, corefs: q.Coreferences,
			confidence: q.Confidence}, place)
	}
	return b.finish()
}

func today() string { return time.Now().UTC().Format("2006-01-02") }

// checkTokens refuses a tokenisation whose tokens are out of order or outside
// the text.
func checkTokens(tokens []Token, n int) error {
	prev := 0
	for i, t := range tokens {
		if t.Start < prev || t.End < t.Start || t.End > n {
			return &attribution.ValidationError{Problems: []attribution.Problem{{Pointer: importkit.Pointer("/tokens", i),
				Code: attribution.CodeSpanOrder, Message: "tokens must be in order, each inside the text"}}}
		}
		prev = t.End
	}
	return nil
}

// rawQuote is a quote of either shape.
type rawQuote struct {
	cue                       *Span
	sources, contents, corefs []Span
	confidence, id            json.RawMessage
}

// placer turns a span of the input into a span of the text, or nil.
type placer func(ptr string, s Span) *quote.Span

type builder struct {
	opts         Options
	doc          *attribution.Document
	index        *quote.Index
	runes        int
	ids          *importkit.IDs
	warnings     importkit.Problems
	annotation   *attribution.Annotation
	quotePointer func(i int) string
	// groups maps a span's input offsets to its coreference group's
	// speaker ID ("" until a source claims the group).
	groupOf      map[[2]int]int
	groupSpeaker []string
	groupName    []string
	groupSpans   [][]*quote.Span
	byName       map[string]string
	mentioned    map[[3]any]bool
	tokenWarned  bool
}

func newBuilder(opts Options) *builder {
	b := &builder{opts: opts, ids: importkit.NewIDs(), groupOf: map[[2]int]int{}, byName: map[string]string{},
		mentioned: map[[3]any]bool{}, annotation: opts.Annotation}
	b.quotePointer = func(i int) string { return importkit.Pointer("/quotes", i) }
	b.doc = &attribution.Document{FormatVersion: attribution.FormatVersion}
	return b
}

func (b *builder) warn(ptr string, code attribution.Code, msg string) { b.warnings.Add(ptr, code, msg) }

// decode reads data strictly into v: malformed JSON and values of the wrong
// type are errors; members citron's formats do not define are warnings.
func (b *builder) decode(data []byte, v any) error {
	var fatal []validation.Problem
	for _, p := range validation.DecodeStrict(data, v) {
		if p.Code == validation.CodeUnknownField {
			b.warnings.List = append(b.warnings.List, validation.Problem{Pointer: p.Pointer, Code: p.Code,
				Message: "is not a member of citron's format: ignored"})
			continue
		}
		fatal = append(fatal, p)
	}
	if len(fatal) > 0 {
		return validation.AsError(fatal)
	}
	if len(b.warnings.List) > 0 {
		// DecodeStrict fills v only when it finds nothing at all.
		if err := json.Unmarshal(data, v); err != nil {
			return validation.AsError([]validation.Problem{{Code: validation.CodeType, Message: "cannot be decoded"}})
		}
	}
	return nil
}

func (b *builder) setText(text string) {
	b.doc.Text = text
	if text != "" {
		b.index = quote.NewIndex(text)
		b.runes = b.index.Len(quote.UnitCodePoint)
	}
}

// resolve checks a span against the text and returns it placed, or nil. A
// span whose positions disagree with its words or the text is located by its
// words near its start, when there is a text; the warning says what was done.
func (b *builder) resolve(ptr string, start, end int, words string, havePos bool) *quote.Span {
	n := utf8.RuneCountInString(words)
	if words == "" {
		b.warn(ptr+"/text", attribution.CodeRequired, "a span without words: left out")
		return nil
	}
	var problem string
	var code attribution.Code
	switch {
	case !havePos && b.index == nil:
		return nil // the caller has said once why nothing can be placed
	case !havePos:
	case start < 0 || end <= start:
		problem, code = "its end is not after its start", attribution.CodeSpanOrder
	case end-start != n:
		problem, code = fmt.Sprintf("its text is %d code points long but end minus start is %d", n, end-start), attribution.CodeSpanMismatch
	case b.index == nil:
		return &quote.Span{Start: start, End: end, Exact: words}
	case end > b.runes:
		problem, code = fmt.Sprintf("it ends past the end of the text (%d code points)", b.runes), attribution.CodeSpanOutsideText
	default:
		s, err := b.index.SpanContext(start, end, quote.DefaultContext, quote.DefaultContext)
		switch {
		case err != nil:
			problem, code = "its offsets do not fall between characters of the text", attribution.CodeSpanMismatch
		case s.Exact != words:
			problem, code = "its text differs from the text at its position", attribution.CodeSpanMismatch
		default:
			return &s
		}
	}
	if b.index == nil {
		b.warn(ptr, code, problem+": kept without a position, as no text is given to place its words")
		return nil
	}
	hint := start
	if hint < 0 {
		hint = 0
	}
	s, err := b.index.Locate(words, quote.WithHint(hint))
	if err != nil || s.Exact != words {
		if problem == "" {
			b.warn(ptr, CodeTokenOffsets, "its words are not found in the text: kept without a position")
		} else {
			b.warn(ptr, code, problem+"; its words are not found in the text: kept without a position")
		}
		return nil
	}
	if problem != "" {
		b.warn(ptr, code, problem+fmt.Sprintf("; placed by its words at %d-%d", s.Start, s.End))
	}
	return &s
}

// tokenPlacer places the runtime output's token spans.
func (b *builder) tokenPlacer(tokens []Token) placer {
	return func(ptr string, s Span) *quote.Span {
		if len(tokens) == 0 || b.index == nil {
			if !b.tokenWarned {
				b.tokenWarned = true
				if b.index == nil {
					b.warn("", CodeTokenOffsets, "the runtime output counts spaCy tokens, which cannot be placed without the text and its tokenisation: quotes are kept without positions")
				} else {
					b.warn("", CodeTokenOffsets, "the runtime output counts spaCy tokens, which cannot be placed without the text's tokenisation: each span is located by its words")
				}
			}
			return b.resolve(ptr, 0, 0, s.Text, false)
		}
		if s.Start < 0 || s.End <= s.Start || s.End > len(tokens) {
			b.warn(ptr, CodeTokenOffsets, fmt.Sprintf("token offsets outside the %d tokens given: located by its words", len(tokens)))
			return b.resolve(ptr, 0, 0, s.Text, false)
		}
		return b.resolve(ptr, tokens[s.Start].Start, tokens[s.End-1].End, s.Text, true)
	}
}

// group records a coreference group; its speaker is set by the first quote
// whose source is one of its spans.
func (b *builder) group(i int, g []Span, place placer) {
	k := len(b.groupSpeaker)
	b.groupSpeaker = append(b.groupSpeaker, "")
	name := ""
	var spans []*quote.Span
	for j, s := range g {
		if _, dup := b.groupOf[[2]int{s.Start, s.End}]; !dup {
			b.groupOf[[2]int{s.Start, s.End}] = k
		}
		if t := strings.TrimSpace(s.Text); utf8.RuneCountInString(t) > utf8.RuneCountInString(name) {
			name = t
		}
		spans = append(spans, place(importkit.Pointer("/coreference_groups", i, j), s))
	}
	b.groupName = append(b.groupName, name)
	b.groupSpans = append(b.groupSpans, spans)
}

// speaker returns the ID of the speaker that the sources name, adding the
// speaker on first sight.
func (b *builder) speaker(sources []Span) string {
	var words []string
	for _, s := range sources {
		if t := strings.TrimSpace(s.Text); t != "" {
			words = append(words, t)
		}
	}
	name := strings.Join(words, " ")
	for _, s := range sources {
		if k, ok := b.groupOf[[2]int{s.Start, s.End}]; ok {
			if b.groupSpeaker[k] == "" {
				groupName := strings.TrimSpace(b.groupName[k])
				if groupName == "" {
					groupName = name
				}
				if groupName == "" {
					return ""
				}
				b.groupSpeaker[k] = b.addSpeaker(groupName)
			}
			return b.groupSpeaker[k]
		}
	}
	if name == "" {
		return ""
	}
	if id, ok := b.byName[name]; ok {
		return id
	}
	id := b.addSpeaker(name)
	b.byName[name] = id
	return id
}

func (b *builder) addSpeaker(name string) string {
	name = strings.TrimSpace(name)
	id := b.ids.Take(importkit.Slug(name), "speaker-"+strconv.Itoa(len(b.doc.Speakers)+1))
	b.doc.Speakers = append(b.doc.Speakers, source.Speaker{ID: id, Kind: source.KindPerson, Name: name})
	return id
}

// mention records a place that names a speaker, once.
func (b *builder) mention(speaker string, s *quote.Span) {
	if s == nil || speaker == "" {
		return
	}
	key := [3]any{speaker, s.Start, s.End}
	if b.mentioned[key] {
		return
	}
	b.mentioned[key] = true
	b.doc.Mentions = append(b.doc.Mentions, attribution.Mention{Speaker: speaker, Span: *s})
}

// openers and closers are the quotation marks that citron's contents keep.
const (
	openers = "\"“‘'«„‹"
	closers = "\"”’'»“›"
)

// unquote strips one pair of quotation marks from a content's words.
func unquote(words string) (string, bool) {
	first, n1 := utf8.DecodeRuneInString(words)
	last, n2 := utf8.DecodeLastRuneInString(words)
	if len(words) <= n1+n2 || !strings.ContainsRune(openers, first) || !strings.ContainsRune(closers, last) {
		return words, false
	}
	inner := words[n1 : len(words)-n2]
	if strings.TrimFunc(inner, unicode.IsSpace) == "" {
		return words, false
	}
	return inner, true
}

// quote adds one citron quote: a quote for each content (a direct one
// continuing the first), the cue on the first, an attribution of each to the
// speaker with the confidence, and mentions for the sources and
// coreferences.
func (b *builder) quote(i int, q rawQuote, place placer) {
	base := b.quotePointer(i)
	var confidence *float64
	if len(q.confidence) > 0 {
		switch f, ok := importkit.Number(q.confidence); {
		case !ok:
			b.warn(base+"/confidence", attribution.CodeType, "is not a number: left out")
		case f < 0 || f > 1:
			b.warn(base+"/confidence", attribution.CodeRange, "is not between 0 and 1: left out")
		default:
			confidence = &f
		}
	}
	speaker := b.speaker(q.sources)
	for j, s := range q.sources {
		b.mention(speaker, place(importkit.Pointer(base+"/sources", j), s))
	}
	for j, s := range q.corefs {
		b.mention(speaker, place(importkit.Pointer(base+"/coreferences", j), s))
	}
	if len(q.contents) == 0 {
		b.warn(base+"/contents", attribution.CodeRequired, "a quote without contents: left out")
		return
	}
	if speaker == "" {
		msg := "a quote without a source: kept without an attribution"
		if len(q.corefs) > 0 {
			msg += "; its coreferences name no speaker and are not imported"
		}
		b.warn(base+"/sources", CodeUnattributed, msg)
	}
	var cue *quote.Cue
	if q.cue != nil {
		switch n := utf8.RuneCountInString(q.cue.Text); {
		case strings.TrimSpace(q.cue.Text) == "":
			b.warn(base+"/cue/text", attribution.CodeRequired, "a cue without words: left out")
		case n > 100:
			b.warn(base+"/cue/text", attribution.CodeLength, "a cue longer than 100 characters: left out")
		default:
			cue = &quote.Cue{Text: q.cue.Text, Span: place(base+"/cue", *q.cue)}
		}
	}
	fallback := "q" + strconv.Itoa(i+1)
	want := quoteID(q.id, fallback)
	id := b.ids.Take(want, fallback)
	switch {
	case len(q.id) > 0 && want == fallback && string(q.id) != `"`+fallback+`"`:
		b.warn(base+"/id", CodeID, "is neither an onrecord ID nor a whole number: the quote is called "+id)
	case id != want:
		b.warn(base+"/id", CodeID, "names another quote too: this one is called "+id)
	}
	first := ""
	for j, c := range q.contents {
		ptr := importkit.Pointer(base+"/contents", j)
		span := place(ptr, c)
		if c.Text == "" {
			continue // resolve reported it
		}
		text, direct := unquote(c.Text)
		kind := quote.KindIndirect
		if direct {
			kind = quote.KindDirect
			if span != nil {
				span = b.inner(span, text)
			}
		}
		qid := id
		if j > 0 {
			qid = b.ids.Take(id+"-"+strconv.Itoa(j+1), fallback+"-"+strconv.Itoa(j+1))
		}
		nq := quote.Quote{ID: qid, Kind: kind, Text: text, Span: span}
		if first == "" {
			nq.Cue = cue
			first = qid
		} else if kind == quote.KindDirect && b.doc.Quotes[len(b.doc.Quotes)-1].Kind == quote.KindDirect {
			nq.ContinuationOf = b.doc.Quotes[len(b.doc.Quotes)-1].ID
		}
		b.doc.Quotes = append(b.doc.Quotes, nq)
		if speaker != "" {
			b.doc.Attributions = append(b.doc.Attributions, attribution.Attribution{
				ID: b.ids.Take("a-"+qid, "a-"+fallback), Speaker: speaker, Quote: qid, Confidence: confidence})
		}
	}
}

// inner shrinks a content's span by its quotation marks.
func (b *builder) inner(s *quote.Span, text string) *quote.Span {
	if b.index == nil {
		return &quote.Span{Start: s.Start + 1, End: s.End - 1, Exact: text}
	}
	in, err := b.index.SpanContext(s.Start+1, s.End-1, quote.DefaultContext, quote.DefaultContext)
	if err != nil || in.Exact != text {
		return nil // cannot happen for a span that matched the text
	}
	return &in
}

// quoteID reads citron's id: a string of the ID form, or a number.
func quoteID(raw json.RawMessage, fallback string) string {
	if len(raw) == 0 {
		return fallback
	}
	var s string
	if json.Unmarshal(raw, &s) == nil && importkit.IsID(s) {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		if _, err := n.Int64(); err == nil {
			return "q" + n.String()
		}
	}
	return fallback
}

// finish adds the coreference groups' mentions, the article and the
// provenance, and validates the document.
func (b *builder) finish() (*Result, error) {
	for k, spans := range b.groupSpans {
		if b.groupSpeaker[k] == "" {
			b.warn(importkit.Pointer("/coreference_groups", k), CodeCoreferenceUnmatched,
				"names no source of any quote: its mentions are not imported")
			continue
		}
		for _, s := range spans {
			b.mention(b.groupSpeaker[k], s)
		}
	}
	b.doc.Article.Headline = b.opts.Headline
	if b.doc.Article.Headline == "" && b.doc.Text != "" {
		b.doc.Article.Headline = firstLine(b.doc.Text)
		b.warn("", CodeHeadline, "citron gives no headline: the text's first line stands in for it")
	}
	b.doc.Annotation = *b.annotation
	if err := b.doc.Validate(); err != nil {
		return nil, fmt.Errorf("citron: the imported document does not validate: %w", err)
	}
	return &Result{Document: b.doc, Warnings: b.warnings.Sorted()}, nil
}

// firstLine returns the text's first non-blank line, trimmed, cut at 200
// code points.
func firstLine(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > 200 {
			line = string([]rune(line)[:200])
		}
		return line
	}
	return ""
}
