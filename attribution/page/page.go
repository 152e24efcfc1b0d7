package page

import (
	"bufio"
	_ "embed"
	"errors"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/onrecord/onrecord/attribution"
)

// Finding is one result of a sourcing audit, as the page shows it beside the
// passage it concerns.
type Finding struct {
	// Check is the ID of the check that found it ("AP-6",
	// "anonymous-without-reason"). Required; the page carries it in the
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
	bw := bufio.NewWriter(w)
	if err := tmpl().Execute(bw, v); err != nil {
		return err
	}
	return bw.Flush()
}
