package page

import (
	"html"
	"html/template"
	"strconv"
	"strings"

	"github.com/onrecord/onrecord/quote"
)

// locate returns where a span stands in the text, in bytes, and whether it
// stands there: its code points lie in the text and hold its exact text.
// Otherwise it says why not.
func locate(x *quote.Index, sp *quote.Span) (start, end int, why string) {
	switch {
	case sp == nil:
		return 0, 0, "it has no span"
	case sp.Start < 0 || sp.End <= sp.Start || sp.End > x.Len(quote.UnitCodePoint):
		return 0, 0, "its span lies outside the text"
	}
	start, end, err := x.Offsets(*sp, quote.UnitByte)
	if err != nil {
		return 0, 0, "its span lies outside the text"
	}
	if x.Text()[start:end] != sp.Exact {
		return 0, 0, "its span does not match the text"
	}
	return start, end, ""
}

// spans finds the byte offsets of every span the page marks in the text, and
// decides which quotes go to the list instead.
func (b *builder) spans() *quote.Index {
	n := func(k int) []int {
		s := make([]int, k)
		for i := range s {
			s[i] = -1
		}
		return s
	}
	b.quoteAt, b.claimAt, b.mentionAt = n(len(b.d.Quotes)), n(len(b.d.Claims)), n(len(b.d.Mentions))
	if b.d.Text == "" {
		return nil
	}
	x := quote.NewIndex(b.d.Text)
	for i, q := range b.d.Quotes {
		if s, _, why := locate(x, q.Span); why == "" {
			b.quoteAt[i] = s
		} else {
			b.v.Quotes[i].Why = why
		}
	}
	for i, c := range b.d.Claims {
		if s, _, why := locate(x, c.Span); why == "" {
			b.claimAt[i] = s
		}
	}
	for i, m := range b.d.Mentions {
		if s, _, why := locate(x, &m.Span); why == "" {
			b.mentionAt[i] = s
		}
	}
	return x
}

// text marks the document's text: every placed quote, its fragments, its
// editor's marks and its cue, and the findings' notes. Quotes that cannot be
// placed (all of them when the document has no text) get their marks in the
// list instead.
func (b *builder) text() {
	x := b.textIndex
	var elems []element
	for i, q := range b.d.Quotes {
		qv := b.v.Quotes[i]
		if b.quoteAt[i] < 0 {
			qv.Mark = b.listMark(q, qv)
			b.v.Unplaced = append(b.v.Unplaced, qv)
			continue
		}
		qv.Placed = true
		start, end, _ := locate(x, q.Span)
		elems = append(elems, element{
			start: start, end: end,
			open:   markTag(qv, true),
			reopen: markTag(qv, false),
			close:  "</mark>",
		})
		for _, f := range q.Fragments {
			if s, e, why := locate(x, f.Span); why == "" {
				elems = append(elems, fragment(qv.ID, s, e))
			}
		}
		for _, ed := range q.Edits {
			if s, e, why := locate(x, ed.Span); why == "" {
				elems = append(elems, edit(qv.ID, string(ed.Kind), s, e))
			}
		}
		if q.Cue != nil {
			if s, e, why := locate(x, q.Cue.Span); why == "" {
				tag := `<span class="cue" data-cue-of="` + html.EscapeString(qv.ID) + `">`
				elems = append(elems, element{start: s, end: e, open: tag, reopen: tag, close: "</span>", rank: 3})
			}
		}
	}
	if b.d.Text != "" {
		b.v.Text = template.HTML(markup(b.d.Text, elems, b.notes))
	}
}

func fragment(id string, start, end int) element {
	tag := `<span class="frag" data-fragment-of="` + html.EscapeString(id) + `">`
	return element{start: start, end: end, open: tag, reopen: tag, close: "</span>", rank: 1}
}

func edit(id, kind string, start, end int) element {
	tag := `<span class="edit" data-edit-of="` + html.EscapeString(id) + `" title="` + html.EscapeString(kind) + `">`
	return element{start: start, end: end, open: tag, reopen: tag, close: "</span>", rank: 2}
}

// markTag returns the opening tag of a quote's mark: the first piece, which
// takes the keyboard focus and the anchor, or a piece after the first when
// crossing spans split the mark.
func markTag(q *quoteView, first bool) string {
	s := q.Speaker
	var t strings.Builder
	t.WriteString(`<mark class="q `)
	t.WriteString(s.Class)
	t.WriteString(" id-" + s.Identity)
	t.WriteString(" kind-" + html.EscapeString(q.Kind))
	if !first {
		t.WriteString(" cont")
	}
	t.WriteString(`"`)
	if first {
		t.WriteString(` id="m-` + html.EscapeString(q.ID) + `" tabindex="0"`)
	} else {
		t.WriteString(` data-cont="true"`)
	}
	t.WriteString(` data-quote="` + html.EscapeString(q.ID) + `"`)
	t.WriteString(` data-speaker="` + html.EscapeString(s.ID) + `"`)
	if s.Anonymous() {
		t.WriteString(` data-anonymous="true"`)
	}
	if s.Key != "" {
		t.WriteString(` data-key="` + s.Key + `"`)
	}
	t.WriteString(` title="` + html.EscapeString(s.Label+": "+q.Kind+" quote") + `">`)
	return t.String()
}

// listMark returns a quote's mark for the list of quotes not placed in the
// text: its words, with its fragments and editor's marks found in them.
func (b *builder) listMark(q quote.Quote, qv *quoteView) template.HTML {
	var elems []element
	from := 0
	for _, f := range q.Fragments {
		if f.Text == "" {
			continue
		}
		i := strings.Index(q.Text[from:], f.Text)
		if i < 0 {
			i = strings.Index(q.Text, f.Text)
			from = 0
		}
		if i < 0 {
			continue
		}
		s := from + i
		elems = append(elems, fragment(q.ID, s, s+len(f.Text)))
		from = s + len(f.Text)
	}
	for _, ed := range q.Edits {
		if i := strings.Index(q.Text, ed.Text); ed.Text != "" && i >= 0 {
			elems = append(elems, edit(q.ID, string(ed.Kind), i, i+len(ed.Text)))
		}
	}
	return template.HTML(markTag(qv, true) + markup(q.Text, elems, nil) + "</mark>")
}

// place puts each finding beside what its pointer concerns: in the text at the
// start of a placed quote, attribution's quote, claim or mention; else beside
// the quote, claim, speaker or credit in its list; else with the findings
// about the whole story.
func (b *builder) place(findings []Finding) {
	b.textIndex = b.spans()
	for _, f := range findings {
		fv := b.findingView(f)
		coll, i, ok := target(f.Pointer)
		if ok {
			ok = b.placeAt(coll, i, fv)
		}
		if !ok {
			b.v.General = append(b.v.General, fv)
		}
	}
}

func (b *builder) placeAt(coll string, i int, fv findingView) bool {
	inRange := func(n int) bool { return i >= 0 && i < n }
	switch coll {
	case "attributions":
		if !inRange(len(b.d.Attributions)) {
			return false
		}
		q, ok := b.quotes[b.d.Attributions[i].Quote]
		if !ok {
			return false
		}
		return b.placeAt("quotes", q, fv)
	case "quotes":
		if !inRange(len(b.d.Quotes)) {
			return false
		}
		if at := b.quoteAt[i]; at >= 0 {
			b.note(at, fv)
		} else {
			b.v.Quotes[i].Findings = append(b.v.Quotes[i].Findings, fv)
		}
		return true
	case "claims":
		if !inRange(len(b.d.Claims)) {
			return false
		}
		if at := b.claimAt[i]; at >= 0 {
			b.note(at, fv)
		} else {
			b.v.Claims[i].Findings = append(b.v.Claims[i].Findings, fv)
		}
		return true
	case "speakers":
		if !inRange(len(b.d.Speakers)) {
			return false
		}
		b.v.Speakers[i].Findings = append(b.v.Speakers[i].Findings, fv)
		return true
	case "mentions":
		if !inRange(len(b.d.Mentions)) || b.mentionAt[i] < 0 {
			return false
		}
		b.note(b.mentionAt[i], fv)
		return true
	case "credits":
		if !inRange(len(b.d.Credits)) {
			return false
		}
		b.v.Credits[i].Findings = append(b.v.Credits[i].Findings, fv)
		return true
	}
	return false
}

// note places a finding's note in the text.
func (b *builder) note(at int, fv findingView) {
	var s strings.Builder
	if err := tmpl().ExecuteTemplate(&s, "finding", fv); err != nil {
		// The template is fixed and its data are strings: it cannot
		// fail but by a programming error, which the tests catch.
		s.Reset()
		s.WriteString(`<span class="note" role="note" data-check="` + html.EscapeString(fv.Check) + `">` + html.EscapeString(fv.Message) + `</span>`)
	}
	b.notes = append(b.notes, insert{at: at, html: s.String()})
}

// target returns the collection and the index that a JSON Pointer (RFC 6901)
// names first: ("quotes", 2) for /quotes/2/cue. It reports false for a
// pointer that names no member of a collection.
func target(ptr string) (string, int, bool) {
	if !strings.HasPrefix(ptr, "/") {
		return "", 0, false
	}
	tokens := strings.SplitN(ptr[1:], "/", 3)
	if len(tokens) < 2 {
		return "", 0, false
	}
	unescape := strings.NewReplacer("~1", "/", "~0", "~")
	coll, idx := unescape.Replace(tokens[0]), tokens[1]
	// RFC 6901 array indexes: 0, or digits without a leading zero.
	if idx == "" || (len(idx) > 1 && idx[0] == '0') || strings.Trim(idx, "0123456789") != "" {
		return "", 0, false
	}
	i, err := strconv.Atoi(idx)
	if err != nil {
		return "", 0, false
	}
	return coll, i, true
}
