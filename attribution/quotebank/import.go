package quotebank

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/importkit"
	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// None is the name Quotebank gives the candidate "no speaker".
const None = "None"

// The codes of the warnings an import gives besides the model's own
// (span-mismatch, span-outside-text, span-order, unknown-field, range, type,
// url, candidates).
const (
	// CodeDate: a date that is not Quotebank's "YYYY-MM-DD hh:mm:ss";
	// left out.
	CodeDate attribution.Code = "date"
	// CodeQID: a Wikidata ID that is not Q and digits; left out.
	CodeQID attribution.Code = "qid"
	// CodeID: a quoteID or articleID that is not of onrecord's ID form;
	// the document uses one made from the line number.
	CodeID attribution.Code = "id"
)

// Options are what an import needs besides Quotebank's lines.
type Options struct {
	// Annotation is the provenance recorded in each document. Optional;
	// by default Quotebank (software) at the record's phase, created
	// today (UTC), the day of the import.
	Annotation *attribution.Annotation
	// MaxLine is the longest line read, in bytes; a longer line is an
	// error for that line and the stream goes on. Zero means 64 MiB.
	MaxLine int
}

// Record is one line imported: its document and the problems met and worked
// around, each with the JSON Pointer of the value in the line.
type Record struct {
	// Line is the line's number, from 1, in a stream a [Reader] reads; 0
	// from [ImportLine].
	Line int
	// Document is the onrecord document; it validates.
	Document *attribution.Document
	// Warnings are the problems met; none is dropped.
	Warnings []attribution.Problem
}

// LineError is the error for one line that cannot be imported. The stream
// goes on after it.
type LineError struct {
	// Line is the line's number, from 1.
	Line int
	// Err says why; a [*attribution.ValidationError] for input that is not
	// JSON or has values of the wrong type.
	Err error
}

// Error returns "line N: ...".
func (e *LineError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }

// Unwrap returns the line's error.
func (e *LineError) Unwrap() error { return e.Err }

// Reader imports a stream of Quotebank JSON Lines, either shape, line by line:
// it holds one line at a time, so a stream of millions of lines imports in
// memory that does not grow with it. Blank lines are skipped.
type Reader struct {
	r    *bufio.Reader
	opts Options
	line int
	buf  []byte
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader, opts Options) *Reader {
	if opts.MaxLine <= 0 {
		opts.MaxLine = 64 << 20
	}
	return &Reader{r: bufio.NewReaderSize(r, 64<<10), opts: opts}
}

// Next imports the next line. At the end of the stream it returns io.EOF. A
// line that cannot be imported gives a [*LineError], and the next call goes
// on with the following line; an error reading the stream itself ends it.
func (x *Reader) Next() (*Record, error) {
	for {
		line, err := x.readLine()
		if err != nil {
			return nil, err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		rec, err := ImportLine(line, x.opts)
		if err != nil {
			return nil, &LineError{Line: x.line, Err: err}
		}
		rec.Line = x.line
		return rec, nil
	}
}

var errTooLong = errors.New("the line is longer than the longest line allowed")

// readLine returns the next line without its newline, reusing one buffer.
func (x *Reader) readLine() ([]byte, error) {
	x.buf = x.buf[:0]
	tooLong := false
	for {
		chunk, err := x.r.ReadSlice('\n')
		if !tooLong {
			if len(x.buf)+len(chunk) > x.opts.MaxLine+1 {
				tooLong = true
				x.buf = x.buf[:0]
			} else {
				x.buf = append(x.buf, chunk...)
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(x.buf) == 0 && !tooLong {
				return nil, io.EOF
			}
		case err != nil:
			return nil, err
		}
		x.line++
		if tooLong {
			return nil, &LineError{Line: x.line, Err: errTooLong}
		}
		return bytes.TrimSuffix(bytes.TrimSuffix(x.buf, []byte("\n")), []byte("\r")), nil
	}
}

// ImportLine imports one line of either shape: a quotation-centric record
// (it has "quoteID" and "quotation") or an article-centric one (it has
// "articleID", "content" or "quotations").
func ImportLine(line []byte, opts Options) (*Record, error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(line, &probe); err != nil || probe == nil {
		ps := validation.DecodeStrict(line, &Quotation{})
		if len(ps) == 0 {
			ps = []validation.Problem{{Code: validation.CodeType, Message: "must be an object"}}
		}
		return nil, validation.AsError(ps)
	}
	_, article := probe["articleID"]
	_, content := probe["content"]
	_, quotations := probe["quotations"]
	if article || content || quotations {
		return importArticle(line, opts)
	}
	return importQuotation(line, opts)
}

// builder collects one document and its warnings.
type builder struct {
	opts     Options
	doc      *attribution.Document
	ids      *importkit.IDs
	warnings importkit.Problems
	speakers map[string]string // name to ID
}

func newBuilder(opts Options) *builder {
	return &builder{opts: opts, doc: &attribution.Document{FormatVersion: attribution.FormatVersion},
		ids: importkit.NewIDs(), speakers: map[string]string{}}
}

func (b *builder) warn(ptr string, code attribution.Code, msg string) { b.warnings.Add(ptr, code, msg) }

// decode reads the line strictly: malformed JSON and wrong types are errors,
// unknown members warnings.
func (b *builder) decode(line []byte, v any) error {
	var fatal []validation.Problem
	unknown := false
	for _, p := range validation.DecodeStrict(line, v) {
		if p.Code == validation.CodeUnknownField {
			unknown = true
			b.warn(p.Pointer, attribution.Code(p.Code), "is not a member of Quotebank's format: ignored")
			continue
		}
		fatal = append(fatal, p)
	}
	if len(fatal) > 0 {
		return validation.AsError(fatal)
	}
	if unknown {
		if err := json.Unmarshal(line, v); err != nil {
			return validation.AsError([]validation.Problem{{Code: validation.CodeType, Message: "cannot be decoded"}})
		}
	}
	return nil
}

// date converts Quotebank's "2019-01-17 11:46:57" to the day, "2019-01-17":
// with no time zone, the time of day names no instant, and the model's dates
// and times carry one.
func (b *builder) date(ptr, s string) string {
	if s == "" {
		return ""
	}
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	b.warn(ptr, CodeDate, "is not a date of the form YYYY-MM-DD hh:mm:ss: left out")
	return ""
}

// speaker returns the ID of the named speaker, adding it on first sight.
func (b *builder) speaker(name string) string {
	if id, ok := b.speakers[name]; ok {
		return id
	}
	id := b.ids.Take(importkit.Slug(name), "speaker-"+strconv.Itoa(len(b.doc.Speakers)+1))
	b.doc.Speakers = append(b.doc.Speakers, source.Speaker{ID: id, Kind: source.KindPerson, Name: name})
	b.speakers[name] = id
	return id
}

// identify sets the Wikidata items of a speaker: the QID when there is one,
// the possible QIDs when there are several.
func (b *builder) identify(id string, qids []string, ptr string) {
	var ok []string
	for i, q := range qids {
		q = strings.TrimSpace(q)
		if !validQID(q) {
			b.warn(importkit.Pointer(ptr, i), CodeQID, "is not a Wikidata ID (Q and digits): left out")
			continue
		}
		ok = append(ok, q)
	}
	for i := range b.doc.Speakers {
		s := &b.doc.Speakers[i]
		if s.ID != id {
			continue
		}
		switch len(ok) {
		case 0:
		case 1:
			s.QID = ok[0]
		default:
			s.PossibleQIDs = ok
		}
	}
}

func validQID(q string) bool {
	if len(q) < 2 || q[0] != 'Q' || q[1] == '0' {
		return false
	}
	for _, r := range q[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// candidates reads [name, probability] pairs: "None" is the candidate for no
// speaker. It returns them and the probability of each name.
func (b *builder) candidates(pairs [][]json.RawMessage, ptr string) ([]quote.Candidate, map[string]float64) {
	var out []quote.Candidate
	prob := map[string]float64{}
	sum := 0.0
	for i, pair := range pairs {
		at := importkit.Pointer(ptr, i)
		var name string
		if len(pair) != 2 || json.Unmarshal(pair[0], &name) != nil || strings.TrimSpace(name) == "" {
			b.warn(at, attribution.CodeType, "is not a [name, probability] pair: left out")
			continue
		}
		p, ok := importkit.Number(pair[1])
		switch {
		case !ok:
			b.warn(at+"/1", attribution.CodeType, "is not a probability: the pair is left out")
			continue
		case p < 0 || p > 1:
			b.warn(at+"/1", attribution.CodeRange, "is not between 0 and 1: the pair is left out")
			continue
		}
		if _, dup := prob[name]; dup {
			b.warn(at, attribution.CodeCandidates, "names a candidate already listed: left out")
			continue
		}
		prob[name] = p
		c := quote.Candidate{Probability: p}
		if name != None {
			c.Speaker = b.speaker(name)
		}
		out = append(out, c)
		sum += p
	}
	if sum > 1.001 {
		b.warn(ptr, attribution.CodeCandidates, "the probabilities add up to more than 1: the candidates are left out")
		return nil, prob
	}
	return out, prob
}

// urls keeps the absolute http and https URLs.
func (b *builder) urls(urls []string, ptr string) []string {
	var out []string
	for i, u := range urls {
		if !httpURL(u) {
			b.warn(importkit.Pointer(ptr, i), attribution.CodeURL, "is not an absolute http or https URL: left out")
			continue
		}
		out = append(out, u)
	}
	return out
}

func (b *builder) annotation(phase string) attribution.Annotation {
	if b.opts.Annotation != nil {
		return *b.opts.Annotation
	}
	version := "phase " + phase
	if phase == "" {
		version = "unknown"
	}
	return attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentSoftware, Name: "Quotebank", Version: version},
		Created: time.Now().UTC().Format("2006-01-02")}
}

// finish validates the document.
func (b *builder) finish() (*Record, error) {
	if err := b.doc.Validate(); err != nil {
		return nil, fmt.Errorf("quotebank: the imported document does not validate: %w", err)
	}
	return &Record{Document: b.doc, Warnings: b.warnings.Sorted()}, nil
}

// importQuotation imports a quotation-centric record: a document without a
// text, whose one quote carries the quotation, its occurrences, its URLs and
// its candidate speakers, attributed to the chosen speaker unless that is
// "None".
func importQuotation(line []byte, opts Options) (*Record, error) {
	b := newBuilder(opts)
	var q Quotation
	if err := b.decode(line, &q); err != nil {
		return nil, err
	}
	if strings.TrimSpace(q.Quotation) == "" {
		return nil, validation.AsError([]validation.Problem{{Pointer: "/quotation", Code: validation.CodeRequired,
			Message: "a record needs its quotation"}})
	}
	id := q.QuoteID
	if !importkit.IsID(id) {
		b.warn("/quoteID", CodeID, "is not of onrecord's ID form: the quote is called q")
		id = "q"
	}
	id = b.ids.Take(id, "q")
	b.doc.Article.Published = b.date("/date", q.Date)
	nq := quote.Quote{ID: id, Kind: quote.KindDirect, Text: q.Quotation, URLs: b.urls(q.URLs, "/urls")}
	if q.NumOccurrences < 0 {
		b.warn("/numOccurrences", attribution.CodeRange, "is negative: left out")
	} else {
		nq.Occurrences = q.NumOccurrences
	}
	var prob map[string]float64
	nq.Candidates, prob = b.candidates(q.Probas, "/probas")
	if q.Speaker != "" && q.Speaker != None {
		sid := b.speaker(q.Speaker)
		b.identify(sid, q.QIDs, "/qids")
		a := attribution.Attribution{ID: b.ids.Take("a-"+id, "a"), Speaker: sid, Quote: id}
		if p, ok := prob[q.Speaker]; ok {
			a.Confidence = &p
		}
		b.doc.Attributions = append(b.doc.Attributions, a)
	} else {
		if q.Speaker == "" {
			b.warn("/speaker", attribution.CodeRequired, "no speaker given, not even None: the quotation is kept unattributed")
		}
		if len(q.QIDs) > 0 {
			b.warn("/qids", CodeQID, "identifies a speaker of an unattributed quotation: left out")
		}
	}
	b.doc.Quotes = append(b.doc.Quotes, nq)
	b.doc.Annotation = b.annotation(q.Phase)
	return b.finish()
}

// tokens gives the code point offsets of the tokens of a text joined by
// single spaces.
type tokens struct{ start, end []int }

func tokenize(content string) tokens {
	var t tokens
	cp := 0
	for i, tok := range strings.Split(content, " ") {
		if i > 0 {
			cp++ // the space
		}
		n := utf8.RuneCountInString(tok)
		t.start = append(t.start, cp)
		t.end = append(t.end, cp+n)
		cp += n
	}
	return t
}

// importArticle imports an article-centric record: the article's content as
// the text, its names as speakers with their mentions, and its quotations
// placed by their token offsets, with this article's candidate speakers.
func importArticle(line []byte, opts Options) (*Record, error) {
	b := newBuilder(opts)
	var a Article
	if err := b.decode(line, &a); err != nil {
		return nil, err
	}
	d := b.doc
	d.Article.Headline = a.Title
	if a.URL != "" {
		if httpURL(a.URL) {
			d.Article.URL = a.URL
		} else {
			b.warn("/url", attribution.CodeURL, "is not an absolute http or https URL: left out")
		}
	}
	d.Article.Published = b.date("/date", a.Date)
	d.Text = a.Content
	if d.Text != "" && d.Article.Headline == "" {
		b.warn("/title", attribution.CodeRequired, "an article without a title: its first words stand in for it")
		d.Article.Headline = firstWords(d.Text)
	}
	var x *quote.Index
	var toks tokens
	if d.Text != "" {
		x = quote.NewIndex(d.Text)
		toks = tokenize(d.Text)
		if a.ArticleLength > 0 && a.ArticleLength != len(toks.start) {
			b.warn("/articleLength", attribution.CodeSpanMismatch,
				fmt.Sprintf("says %d tokens, but the content has %d", a.ArticleLength, len(toks.start)))
		}
	}
	// place turns tokens [from, to) into a span holding want, if it does.
	place := func(ptr string, from, to int, want string) *quote.Span {
		if x == nil {
			b.warn(ptr, attribution.CodeSpanOutsideText, "the record has no content to place it in")
			return nil
		}
		if from < 0 || to <= from || to > len(toks.start) {
			b.warn(ptr, attribution.CodeSpanOutsideText, fmt.Sprintf("token offsets outside the content's %d tokens", len(toks.start)))
			return nil
		}
		s, err := x.SpanContext(toks.start[from], toks.end[to-1], quote.DefaultContext, quote.DefaultContext)
		if err != nil {
			b.warn(ptr, attribution.CodeSpanMismatch, "its tokens do not fall between characters of the content")
			return nil
		}
		if want != "" && s.Exact != want {
			if l, err := x.Locate(want, quote.WithHint(s.Start)); err == nil && l.Exact == want {
				b.warn(ptr, attribution.CodeSpanMismatch, fmt.Sprintf("the words at its token offsets differ from it; placed by its words at %d-%d", l.Start, l.End))
				return &l
			}
			b.warn(ptr, attribution.CodeSpanMismatch, "the words at its token offsets differ from it, and it is not found in the content: kept without a position")
			return nil
		}
		return &s
	}
	for i, n := range a.Names {
		at := importkit.Pointer("/names", i)
		if strings.TrimSpace(n.Name) == "" {
			b.warn(at+"/name", attribution.CodeRequired, "a name without words: left out")
			continue
		}
		id := b.speaker(n.Name)
		b.identify(id, b.qidList(n.IDs, at+"/ids"), at+"/ids")
		for j, off := range b.offsets(n.Offsets, at+"/offsets") {
			if s := place(importkit.Pointer(at+"/offsets", j), off[0], off[1], ""); s != nil {
				d.Mentions = append(d.Mentions, attribution.Mention{Speaker: id, Span: *s})
			}
		}
	}
	for i, aq := range a.Quotations {
		at := importkit.Pointer("/quotations", i)
		if strings.TrimSpace(aq.Quotation) == "" {
			b.warn(at+"/quotation", attribution.CodeRequired, "a quotation without words: left out")
			continue
		}
		fallback := "q" + strconv.Itoa(i+1)
		want := aq.QuoteID
		if !importkit.IsID(want) {
			if want != "" {
				b.warn(at+"/quoteID", CodeID, "is not of onrecord's ID form: the quote is called "+fallback)
			}
			want = fallback
		}
		id := b.ids.Take(want, fallback)
		nq := quote.Quote{ID: id, Kind: quote.KindDirect, Text: aq.Quotation}
		n := len(strings.Split(aq.Quotation, " "))
		nq.Span = place(at+"/quotationOffset", aq.QuotationOffset, aq.QuotationOffset+n, aq.Quotation)
		if aq.NumOccurrences > 0 {
			nq.Occurrences = aq.NumOccurrences
		}
		var prob map[string]float64
		nq.Candidates, prob = b.candidates(aq.LocalProbas, at+"/localProbas")
		if s := aq.LocalTopSpeaker; s != "" && s != None {
			attr := attribution.Attribution{ID: b.ids.Take("a-"+id, "a-"+fallback), Speaker: b.speaker(s), Quote: id}
			if p, ok := prob[s]; ok {
				attr.Confidence = &p
			}
			d.Attributions = append(d.Attributions, attr)
		}
		d.Quotes = append(d.Quotes, nq)
	}
	d.Annotation = b.annotation(a.Phase)
	return b.finish()
}

// qidList reads a name's ids: an array of strings, a string holding a JSON
// (or Python) list, or IDs separated by commas.
func (b *builder) qidList(raw json.RawMessage, ptr string) []string {
	if len(raw) == 0 {
		return nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		b.warn(ptr, attribution.CodeType, "is neither a list nor a string: left out")
		return nil
	}
	if json.Unmarshal([]byte(strings.ReplaceAll(s, "'", `"`)), &list) == nil {
		return list
	}
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			list = append(list, f)
		}
	}
	return list
}

// offsets reads a name's [start, end] token offsets, end exclusive: an array
// of pairs, or a string holding one.
func (b *builder) offsets(raw json.RawMessage, ptr string) [][2]int {
	if len(raw) == 0 {
		return nil
	}
	var pairs [][2]int
	if json.Unmarshal(raw, &pairs) == nil {
		return pairs
	}
	var s string
	if json.Unmarshal(raw, &s) == nil && json.Unmarshal([]byte(s), &pairs) == nil {
		return pairs
	}
	b.warn(ptr, attribution.CodeType, "is not a list of [start, end] token offsets: left out")
	return nil
}

// firstWords returns up to the first ten tokens of a text.
func firstWords(text string) string {
	f := strings.Fields(text)
	if len(f) > 10 {
		f = f[:10]
	}
	return strings.Join(f, " ")
}

// httpURL reports whether u is an absolute http or https URL with a host, as
// the model's url rule asks.
func httpURL(u string) bool {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return false
	}
	scheme := strings.ToLower(p.Scheme)
	return scheme == "http" || scheme == "https"
}
