package page

import (
	"bytes"
	_ "embed"
	"errors"
	"html/template"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
)

// Finding is one result of a sourcing audit, as the page shows it beside the
// passage it concerns.
type Finding struct {
	// Check is the ID of the check that found it ("anonymous-no-reason",
	// "unsourced-statistic"). Required; the page carries it in the
	// finding's data-check attribute.
	Check string
	// Severity is "error", "warning" or "notice"; the page shows any
	// other value as written, in the style of a notice.
	Severity string
	// Pointer is a JSON Pointer (RFC 6901) into the document to what the
	// finding concerns: /quotes/2, /attributions/3, /claims/5, /speakers/1,
	// /mentions/0, /credits/0, or anything below them (/quotes/2/cue).
	// Empty, or a pointer to anything else (/article/byline), concerns the
	// whole story.
	Pointer string
	// Message says what is wrong, in English.
	Message string
	// Passage is the text the finding concerns, as the audit quotes it.
	// Optional.
	Passage string
	// Speaker is the ID of the speaker the finding concerns. Optional.
	Speaker string
}

// The severities the page styles.
const (
	// SeverityError: the story breaks a rule.
	SeverityError = "error"
	// SeverityWarning: the story may break a rule; an editor should look.
	SeverityWarning = "warning"
	// SeverityNotice: something an editor may want to know.
	SeverityNotice = "notice"
)

// Options changes what [Write] puts on the page.
type Options struct {
	// Findings are the audit's findings, each placed beside the passage
	// its pointer concerns. Optional.
	Findings []Finding
}

//go:embed page.tmpl
var pageTemplate string

//go:embed page.css
var pageCSS string

//go:embed page.js
var pageJS string

// tmpl parses the page's template once, when a page is first written. The
// template is fixed, so that Must fails only in the package's own tests.
var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"join":   func(s []string) string { return strings.Join(s, ", ") },
		"plural": plural,
	}).Parse(pageTemplate))
})

// Write writes the page of the document to w: one self-contained HTML file,
// with its style and its small script inline and nothing to load from
// anywhere. It renders any document without failing, valid or not: a span that
// does not lie in the text or does not match it leaves its quote in the list
// of quotes not placed, a reference that resolves to nothing shows the ID it
// names. It never writes an anonymous speaker's name, title, Wikidata ID,
// sameAs URLs, affiliations or other particulars: only the description and
// the terms of their anonymity. It fails only if d is nil or w fails.
func Write(w io.Writer, d *attribution.Document, opts Options) error {
	if d == nil {
		return errors.New("page: no document")
	}
	v := build(d, opts)
	var buf bytes.Buffer
	if err := tmpl().Execute(&buf, v); err != nil {
		return err
	}
	_, err := w.Write(visibleControls(buf.Bytes()))
	return err
}

// visibleControls replaces the control characters that HTML does not allow
// (C0 but tab, line feed and carriage return; DEL; C1) with U+FFFD, which a
// reader sees, wherever a value of the document put them.
func visibleControls(page []byte) []byte {
	bad := func(r rune) bool {
		return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || (r >= 0x7f && r < 0xa0)
	}
	if !bytes.ContainsFunc(page, bad) {
		return page
	}
	out := make([]byte, 0, len(page))
	for len(page) > 0 {
		r, size := utf8.DecodeRune(page)
		if bad(r) {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, page[:size]...)
		}
		page = page[size:]
	}
	return out
}
