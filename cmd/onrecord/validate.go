package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/stream"
	"github.com/onrecord/onrecord/internal/validation"
)

const validateUsage = `usage: onrecord validate [--format text|json] [--jobs N] FILE...

Decodes and validates onrecord documents. Each FILE is one document (a name
ending in .json) or a JSON Lines stream of documents, one per line (.jsonl,
.ndjson); - reads standard input: a stream when its first line is a whole JSON
value, else one document (such as an indented one). A document is decoded
strictly and validated as a whole, as attribution.Decode and
Document.Validate do; a line of a stream that is not JSON, or longer than
64 MiB, is reported and the stream read on.

Text output (the default) has one line per problem,

  FILE:LINE: POINTER: CODE: MESSAGE

(LINE only for streams; (root) for the whole document), then a summary of
documents read, valid and invalid, and the time taken. A document lists at
most 100 problems, then says how many more there were. Characters from the
input that are not printable are escaped, and member names are cut to 64
bytes. With --format json, each document gets one JSON object on a line of
its own:

  {"file":"corpus.jsonl","line":12,"valid":false,
   "problems":[{"pointer":"/quotes/0/text","code":"required","message":"is required"}],"more":0}

where line is 0 for a document that is a file of its own, and a problem
inside a speaker, quote, attribution or claim also names it ("object": its
ID). On a terminal,
progress (documents, MB/s, time) is shown on standard error.

Exit status: 0 when every document is valid, 1 when any is invalid, 2 when a
file cannot be read or the command line is wrong.

Flags:
`

// validate runs "onrecord validate".
func validate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "text", "the output `format`: text, for people, or json, JSON Lines for programs")
	jobs := fs.Int("jobs", 1, "how many documents of a stream to validate at once (`N`; 0: one per processor)")
	usage := func(w io.Writer) {
		fmt.Fprint(w, validateUsage)
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			usage(stdout)
			return 0
		}
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "onrecord validate: "+format+"\n\n", a...)
		usage(stderr)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		return fail("%s", validation.Printable(err.Error()))
	}
	if *format != "text" && *format != "json" {
		return fail("--format is text or json, not %s", quoted(*format))
	}
	if *jobs < 0 {
		return fail("--jobs is a number of jobs, 0 or more")
	}
	if fs.NArg() == 0 {
		return fail("name at least one FILE, or - for standard input")
	}
	stdins := 0
	for _, name := range fs.Args() {
		if name == "-" {
			stdins++
		}
	}
	if stdins > 1 {
		return fail("name standard input (-) only once")
	}
	for _, name := range fs.Args() {
		if name != "-" && kindOf(name) == "" {
			return fail("cannot tell what %s holds: name a document .json, a stream .jsonl or .ndjson", quoted(name))
		}
	}

	out := bufio.NewWriter(stdout)
	v := &validator{out: out, json: *format == "json", jobs: *jobs, start: time.Now()}
	if f, ok := stderr.(*os.File); ok && isTerminal(f) {
		v.progress = f
	}
	status := 0
	for _, name := range fs.Args() {
		if err := v.file(name, stdin); err != nil {
			v.clearProgress()
			fmt.Fprintf(stderr, "onrecord validate: %s\n", validation.Printable(err.Error()))
			status = 2
		}
	}
	v.clearProgress()
	if !v.json {
		fmt.Fprintf(out, "%d %s read: %d valid, %d invalid, in %s\n", v.read, noun(v.read, "document", "documents"),
			v.read-v.invalid, v.invalid, time.Since(v.start).Round(time.Millisecond))
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "onrecord validate: writing the results: %v\n", err)
		return 2
	}
	if status == 0 && v.invalid > 0 {
		status = 1
	}
	return status
}

// kindOf says what a file holds by its name: "document", "stream" or "".
func kindOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return "document"
	case ".jsonl", ".ndjson":
		return "stream"
	}
	return ""
}

// validator validates files and writes their results.
type validator struct {
	out      *bufio.Writer
	json     bool
	jobs     int
	start    time.Time
	read     int
	invalid  int
	bytes    int64
	progress *os.File  // standard error, when it is a terminal
	shown    time.Time // when progress was last shown
}

// file validates one file, or standard input for "-". It returns an error
// only when the file cannot be read.
func (v *validator) file(name string, stdin io.Reader) error {
	label := name
	if name == "-" {
		label = "(standard input)"
	}
	var r io.Reader
	switch {
	case name == "-" && stdin == nil:
		return errors.New("no standard input to read")
	case name == "-":
		br := bufio.NewReaderSize(stdin, stdinPeek)
		if !streamAhead(br) {
			data, err := io.ReadAll(br)
			if err != nil {
				return fmt.Errorf("%s: %w", label, err)
			}
			v.document(label, data)
			return nil
		}
		r = br
	case kindOf(name) == "document":
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		v.document(label, data)
		return nil
	default:
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	jobs := v.jobs
	if jobs == 0 {
		jobs = -1 // one per processor
	}
	for rec, err := range stream.Read(r, stream.Options{Jobs: jobs}) {
		if err != nil {
			return fmt.Errorf("%s: %w", label, err)
		}
		v.bytes += int64(rec.Bytes) + 1
		v.result(label, rec.Line, rec.Err)
	}
	return nil
}

// document validates a document that is a file of its own.
func (v *validator) document(label string, data []byte) {
	d, err := attribution.Decode(bytes.NewReader(data))
	if err == nil {
		err = d.Validate()
	}
	v.bytes += int64(len(data))
	v.result(label, 0, err)
}

// stdinPeek is how much of standard input is looked at to tell a stream from
// a document.
const stdinPeek = 1 << 20

// streamAhead tells a JSON Lines stream from one document spread over lines
// (as Encode writes it) by the first line that is not blank: a stream's is a
// whole JSON value, an indented document's is not ("{"). A first line longer
// than the peek counts as a stream's, as does an empty input.
func streamAhead(br *bufio.Reader) bool {
	buf, _ := br.Peek(stdinPeek)
	for len(buf) > 0 {
		line, rest, found := bytes.Cut(buf, []byte("\n"))
		if !found && len(buf) == stdinPeek {
			return true // a line longer than the peek
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			return json.Valid(t)
		}
		buf = rest
	}
	return true
}

// jsonResult is the JSON form of one document's result.
type jsonResult struct {
	File     string                `json:"file"`
	Line     int                   `json:"line"`
	Valid    bool                  `json:"valid"`
	Problems []attribution.Problem `json:"problems"`
	More     int                   `json:"more"`
}

// result writes the result of one document: err is nil, or its problems.
func (v *validator) result(file string, line int, err error) {
	v.read++
	var verr *attribution.ValidationError
	if err != nil && !errors.As(err, &verr) {
		verr = &attribution.ValidationError{Problems: []attribution.Problem{{Code: attribution.CodeType, Message: err.Error()}}}
	}
	if verr != nil {
		v.invalid++
	}
	if v.json {
		res := jsonResult{File: file, Line: line, Valid: verr == nil, Problems: []attribution.Problem{}}
		if verr != nil {
			res.Problems, res.More = verr.Problems, verr.More
		}
		data, _ := json.Marshal(res) // strings only: it cannot fail
		v.out.Write(asciiSafeJSON(data))
		v.out.WriteByte('\n')
	} else if verr != nil {
		where := validation.Printable(file)
		if line > 0 {
			where += ":" + strconv.Itoa(line)
		}
		for _, p := range verr.Problems {
			ptr := validation.Printable(p.Pointer)
			if ptr == "" {
				ptr = "(root)"
			}
			fmt.Fprintf(v.out, "%s: %s: %s: %s\n", where, ptr, p.Code, validation.Printable(p.Message))
		}
		if verr.More > 0 {
			fmt.Fprintf(v.out, "%s: and %d more %s\n", where, verr.More, noun(verr.More, "problem", "problems"))
		}
	}
	v.showProgress()
}

// showProgress writes, at most a few times a second, how far validation has
// come, over the same line of the terminal.
func (v *validator) showProgress() {
	if v.progress == nil {
		return
	}
	now := time.Now()
	if now.Sub(v.shown) < 200*time.Millisecond {
		return
	}
	v.shown = now
	elapsed := now.Sub(v.start)
	rate := float64(v.bytes) / (1 << 20) / max(elapsed.Seconds(), 1e-9)
	fmt.Fprintf(v.progress, "\r\x1b[K%d %s, %.1f MB/s, %s", v.read, noun(v.read, "document", "documents"), rate,
		elapsed.Round(100*time.Millisecond))
}

// clearProgress erases the progress line, if one was shown.
func (v *validator) clearProgress() {
	if v.progress != nil && !v.shown.IsZero() {
		fmt.Fprint(v.progress, "\r\x1b[K")
		v.shown = time.Time{}
	}
}

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// noun returns one or many as n asks.
func noun(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// maxShown is how many bytes of a value from the command line a message
// shows.
const maxShown = 200

// bounded cuts s to maxShown bytes, at a code point, marking the cut.
func bounded(s string) string {
	if len(s) <= maxShown {
		return s
	}
	cut := maxShown
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// quoted quotes a value from the command line for a message: escaped and
// bounded.
func quoted(s string) string { return strconv.Quote(bounded(s)) }
