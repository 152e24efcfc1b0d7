package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/attribution/stream"
)

// maxLine is the longest line of a JSON Lines stream that audit reads: one
// document, however large, up to 256 MiB.
const maxLine = 256 << 20

// passageWidth is how many code points of a passage the JSON output keeps.
const passageWidth = 500

func auditUsage(w io.Writer) {
	var checks strings.Builder
	for _, c := range audit.Checks() {
		fmt.Fprintf(&checks, "  %-29s %-8s %s\n", c.ID, c.Severity, strings.Join(c.Rules, " "))
	}
	fmt.Fprintf(w, `usage: onrecord audit [--policy NAME|FILE] [--format text|json] [--fail-on error|warning|notice] FILE...

Audits the sourcing of each onrecord document against newsroom rules (the
AP's, Reuters', The New York Times', NPR's, the BBC's): anonymous sources
without a reason, vaguely described, giving opinion, alone behind a claim;
figures and disputed facts the story does not attribute; ground rules broken.
No output reveals an anonymous source's identity.

FILE is an onrecord document (.json), or a JSON Lines stream of documents
(.jsonl, .ndjson), one document a line; - reads one document from standard
input. Flags come before the files.

Flags:
  --policy NAME|FILE   a preset or a policy file in JSON (its schema:
                       policy.schema.json, written by "onrecord schema");
                       default: default. The presets:
                       %s. A preset's name
                       means the preset: write ./ap for a file named ap
  --format text|json   text: for people, grouped by speaker, each finding with
                       the passage it is about; json: JSON Lines, one finding a
                       line: {"file", "line" (streams only), "check", "severity",
                       "pointer", "message", "passage", "rules"}; default: text
  --fail-on SEVERITY   exit 1 when a finding of this severity or a graver one is
                       reported: error, warning or notice; default: error

Values from the input are printed with control characters escaped and cut
short.

A document that does not decode is not audited; one that decodes but does not
validate is audited all the same, as far as it can be. Either way its problems
go to standard error, each with its JSON Pointer, and the exit status is 2: the
audit of a document that is not valid cannot be relied on.

Exit status: 0 when no finding reaches --fail-on; 1 when one does; 2 for a
usage error, a file or policy that cannot be read, or a document that does not
decode or validate.

Checks (default severity, rules):
%s`, strings.Join(audit.PresetNames(), ", "), checks.String())
}

// auditCommand runs "onrecord audit" with its arguments and returns the exit
// status.
func auditCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("audit", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	policyArg := fs.String("policy", audit.PresetDefault, "")
	format := fs.String("format", "text", "")
	failOn := fs.String("fail-on", string(audit.SeverityError), "")
	usageError := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "onrecord audit: "+format+"\n\n", a...)
		auditUsage(stderr)
		return 2
	}
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			auditUsage(stdout)
			return 0
		}
	}
	if err := fs.Parse(args); err != nil {
		return usageError("%s", printable(err.Error()))
	}
	files := fs.Args()
	if len(files) == 0 {
		return usageError("no files to audit")
	}
	stdinCount := 0
	for _, f := range files {
		if f == "-" {
			stdinCount++
		} else if strings.HasPrefix(f, "-") {
			return usageError("flag %s comes after a file; flags go before the files", printable(f))
		}
	}
	if stdinCount > 1 {
		return usageError("standard input (-) can be read only once")
	}
	if *format != "text" && *format != "json" {
		return usageError("--format must be text or json")
	}
	threshold := audit.Severity(*failOn)
	if !threshold.IsValid() {
		return usageError("--fail-on must be error, warning or notice")
	}
	policy, ok := loadPolicy(*policyArg, stderr)
	if !ok {
		return 2
	}

	a := &auditor{policy: policy, json: *format == "json", failOn: threshold, stdout: stdout, stderr: stderr}
	for _, f := range files {
		a.file(f, stdin)
	}
	switch {
	case a.broken:
		return 2
	case a.failed:
		return 1
	}
	return 0
}

// loadPolicy returns the preset with the name, or else the policy in the file
// it names.
func loadPolicy(arg string, stderr io.Writer) (audit.Policy, bool) {
	if p, ok := audit.Preset(arg); ok {
		return p, true
	}
	data, err := os.ReadFile(arg)
	if err != nil {
		fmt.Fprintf(stderr, "onrecord audit: --policy %s is neither a preset (%s) nor a readable file: %s\n",
			printable(arg), strings.Join(audit.PresetNames(), ", "), printable(err.Error()))
		return audit.Policy{}, false
	}
	p, err := audit.DecodePolicy(bytes.NewReader(data))
	if err != nil {
		printProblems(stderr, "onrecord audit: policy "+printable(arg), err)
		return audit.Policy{}, false
	}
	return p, true
}

// auditor audits documents and writes their findings.
type auditor struct {
	policy         audit.Policy
	json           bool
	failOn         audit.Severity
	stdout, stderr io.Writer
	broken         bool // a file or document could not be read, decoded or validated
	failed         bool // a finding reached failOn
	printed        int  // documents reported in text
}

// file audits one file: a document, a stream of documents, or standard
// input.
func (a *auditor) file(name string, stdin io.Reader) {
	var r io.Reader
	if name == "-" {
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			a.fail("cannot read %s", printable(err.Error()))
			return
		}
		defer f.Close()
		r = f
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".jsonl" && ext != ".ndjson" {
		data, err := io.ReadAll(r)
		if err != nil {
			a.fail("cannot read %s: %s", printable(name), printable(err.Error()))
			return
		}
		a.document(name, 0, data)
		return
	}
	// A stream is read a line at a time, in memory that does not grow with
	// it; a line too long or not JSON is reported and reading goes on.
	for rec, err := range stream.Read(r, stream.Options{MaxLineBytes: maxLine, DecodeOnly: true}) {
		if err != nil {
			a.fail("cannot read %s: %s", printable(name), printable(err.Error()))
			return
		}
		a.decoded(name, rec.Line, rec.Document, rec.Err)
	}
}

func (a *auditor) fail(format string, args ...any) {
	a.broken = true
	fmt.Fprintf(a.stderr, "onrecord audit: "+format+"\n", args...)
}

// document audits one document, at line of a stream (0 for a file of one
// document).
func (a *auditor) document(name string, line int, data []byte) {
	doc, err := attribution.Decode(bytes.NewReader(data))
	a.decoded(name, line, doc, err)
}

// decoded audits one document as decoded, at line of a stream (0 for a file
// of one document): err is the decoding's error, and doc nil when there is
// one.
func (a *auditor) decoded(name string, line int, doc *attribution.Document, err error) {
	where := printable(name)
	if line > 0 {
		where = fmt.Sprintf("%s:%d", where, line)
	}
	if err != nil {
		a.broken = true
		printProblems(a.stderr, where+": cannot be audited", err)
		return
	}
	if err := doc.Validate(); err != nil {
		a.broken = true
		printProblems(a.stderr, where+": not valid, audited as far as it can be", err)
	}
	findings, err := audit.Run(doc, a.policy)
	if err != nil { // the policy was validated when it was loaded
		a.fail("%s: %s", where, printable(err.Error()))
		return
	}
	for _, f := range findings {
		if f.Severity.AtLeast(a.failOn) {
			a.failed = true
		}
	}
	if a.json {
		a.writeJSON(name, line, findings)
		return
	}
	a.writeText(where, doc, findings)
}

// jsonFinding is one line of the JSON output.
type jsonFinding struct {
	File     string         `json:"file"`
	Line     int            `json:"line,omitempty"`
	Check    audit.CheckID  `json:"check"`
	Severity audit.Severity `json:"severity"`
	Pointer  string         `json:"pointer"`
	Message  string         `json:"message"`
	Passage  string         `json:"passage"`
	Rules    []string       `json:"rules"`
}

func (a *auditor) writeJSON(name string, line int, findings []audit.Finding) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, f := range findings {
		// Encoding a struct of strings cannot fail.
		_ = enc.Encode(jsonFinding{
			File: printable(name), Line: line, Check: f.Check, Severity: f.Severity,
			Pointer: audit.Printable(f.Pointer, passageWidth), Message: audit.Printable(f.Message, 1000),
			Passage: audit.Printable(f.Passage, passageWidth), Rules: f.Rules,
		})
	}
	a.stdout.Write(b.Bytes())
}

func (a *auditor) writeText(where string, doc *attribution.Document, findings []audit.Finding) {
	if a.printed > 0 {
		fmt.Fprintln(a.stdout)
	}
	a.printed++
	if len(findings) == 0 {
		fmt.Fprintf(a.stdout, "%s: no findings under policy %s\n", where, printable(a.policy.Name))
		return
	}
	count := map[audit.Severity]int{}
	for _, f := range findings {
		count[f.Severity]++
	}
	var parts []string
	for _, s := range audit.Severities() {
		if n := count[s]; n > 0 {
			parts = append(parts, plural(n, string(s)))
		}
	}
	fmt.Fprintf(a.stdout, "%s: %s (%s) under policy %s\n\n", where, plural(len(findings), "finding"),
		strings.Join(parts, ", "), printable(a.policy.Name))
	audit.WriteText(a.stdout, doc, findings)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// printProblems writes a decoding or validation error, one problem a line
// with its JSON Pointer; validation messages never repeat input values.
func printProblems(w io.Writer, head string, err error) {
	var verr *attribution.ValidationError
	if !errors.As(err, &verr) {
		fmt.Fprintf(w, "%s: %s\n", head, printable(err.Error()))
		return
	}
	fmt.Fprintf(w, "%s: %s\n", head, plural(len(verr.Problems)+verr.More, "problem"))
	for _, p := range verr.Problems {
		ptr := p.Pointer
		if ptr == "" {
			ptr = `""`
		}
		fmt.Fprintf(w, "  %s\t%s\t%s\n", audit.Printable(ptr, 200), p.Code, audit.Printable(p.Message, 400))
	}
	if verr.More > 0 {
		fmt.Fprintf(w, "  and %d more\n", verr.More)
	}
}

// printable makes a value from the command line or the input safe to print,
// in every command: control and invisible characters escaped, long values
// cut.
func printable(s string) string { return audit.Printable(s, 200) }
