package main

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/citron"
	"github.com/onrecord/onrecord/attribution/quotebank"
)

const importUsage = `usage: onrecord import --from citron|quotebank [--text FILE] [flags] FILE

Reads FILE ("-" for standard input) in a foreign format and writes onrecord
JSON to standard output:

  citron      either shape of BBC citron's JSON: the annotation format
              (character offsets), one document or one quote, or the runtime
              output (spaCy token offsets); writes one document
  quotebank   Quotebank JSON Lines, quotation-centric or article-centric
              records (a .bz2 file is decompressed); writes one document a
              line (JSON Lines), reading line by line in constant memory

--text FILE gives citron the article's text: a plain text file, or a spaCy
document's JSON (Doc.to_json, with "text" and "tokens"), which alone places
the runtime output's token offsets exactly. Without tokens, each span is
located by its words; without a text, quotes are kept without positions.

Every problem the import works around goes to standard error as a warning,
with the line (for a stream) and the JSON Pointer of the value in the input.
Exit status: 0 when every record was imported (warnings or not), 1 when a
record or line could not be (it is reported and the stream goes on), 2 when
the command line is wrong or a file cannot be read.

Flags:
`

func importCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "", "the `format`: citron or quotebank")
	textFile := fs.String("text", "", "citron: the `file` of the article's text, plain or spaCy JSON")
	headline := fs.String("headline", "", "citron: the article's `headline` (default: the text's first line)")
	usage := func(w io.Writer) { fmt.Fprint(w, importUsage) }
	if code, done := parseFlags(fs, args, usage, stdout, stderr); done {
		return code
	}
	if (*from != "citron" && *from != "quotebank") || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "onrecord import: give --from citron or --from quotebank, and one FILE")
		fs.Usage()
		return 2
	}
	if *from == "quotebank" && (*textFile != "" || *headline != "") {
		fmt.Fprintln(stderr, "onrecord import: --text and --headline are for --from citron")
		fs.Usage()
		return 2
	}
	name := fs.Arg(0)
	r, closeFile, err := openInput(name)
	if err != nil {
		fmt.Fprintf(stderr, "onrecord import: %s\n", printable(err.Error()))
		return 2
	}
	defer closeFile()
	if *from == "quotebank" {
		if strings.HasSuffix(name, ".bz2") {
			r = bzip2.NewReader(r)
		}
		return importQuotebank(r, stdout, stderr)
	}
	opts := citron.Options{Headline: *headline}
	if *textFile != "" {
		if err := readText(*textFile, &opts); err != nil {
			fmt.Fprintf(stderr, "onrecord import: %s\n", printable(err.Error()))
			return 2
		}
	}
	res, err := citron.Read(r, opts)
	if err != nil {
		return reportProblems(stderr, "onrecord import: "+printable(name), err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "onrecord import: %s: warning: %s\n", printable(name), printable(w.String()))
	}
	out := bufio.NewWriter(stdout)
	if err := attribution.Encode(out, res.Document); err != nil {
		fmt.Fprintf(stderr, "onrecord import: %v\n", err)
		return 2
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "onrecord import: %v\n", err)
		return 2
	}
	return 0
}

// readText reads citron's --text file: spaCy's JSON (text and tokens) or
// plain UTF-8 text.
func readText(name string, opts *citron.Options) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '{' {
		var probe map[string]json.RawMessage
		if json.Unmarshal(trimmed, &probe) == nil && probe["tokens"] != nil {
			s, err := citron.ParseSpacy(bytes.NewReader(trimmed))
			if err != nil {
				return err
			}
			opts.Text, opts.Tokens = s.Text, s.Tokens
			return nil
		}
	}
	if !utf8.Valid(data) {
		return fmt.Errorf("%s is not UTF-8 text", name)
	}
	opts.Text = string(data)
	return nil
}

// importQuotebank streams Quotebank's lines to JSON Lines.
func importQuotebank(r io.Reader, stdout, stderr io.Writer) int {
	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	x := quotebank.NewReader(r, quotebank.Options{})
	status := 0
	for {
		rec, err := x.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var lerr *quotebank.LineError
		if errors.As(err, &lerr) {
			status = 1
			prefix := fmt.Sprintf("onrecord import: line %d", lerr.Line)
			var verr *attribution.ValidationError
			if errors.As(lerr.Err, &verr) {
				reportProblems(stderr, prefix, verr)
			} else {
				fmt.Fprintf(stderr, "%s: %s\n", prefix, printable(lerr.Err.Error()))
			}
			continue
		}
		if err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "onrecord import: %s\n", printable(err.Error()))
			return 2
		}
		for _, w := range rec.Warnings {
			fmt.Fprintf(stderr, "onrecord import: line %d: warning: %s\n", rec.Line, printable(w.String()))
		}
		if err := enc.Encode(rec.Document); err != nil {
			fmt.Fprintf(stderr, "onrecord import: %v\n", err)
			return 2
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "onrecord import: %v\n", err)
		return 2
	}
	return status
}
