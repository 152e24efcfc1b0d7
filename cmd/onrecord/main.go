package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/jsonschema"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usage = `usage: onrecord <command> [flags]

onrecord works with documents that record who said what in a news text.

Commands:
  validate FILE...  decode and validate documents and JSON Lines streams
  audit FILE...     check the sourcing of documents against newsroom rules
  html FILE         write a document's sourcing as one self-contained HTML page
  export --to schemaorg|webannotation FILE
                    write a document as schema.org or W3C Web Annotation JSON-LD
  import --from citron|quotebank [--text FILE] FILE
                    read citron's or Quotebank's JSON into onrecord JSON
  schema -o DIR     write the JSON Schema (draft 2020-12) of the format into DIR

Run "onrecord help <command>" or "onrecord <command> -h" for a command's flags.
`

// run runs the command line args and returns the exit status: 0 on success, 1
// when the command fails, 2 when the command line is wrong.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if args[0] == "help" && len(args) > 1 { // "help CMD" is "CMD -h"
			return run([]string{args[1], "-h"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return 0
	case "validate":
		return validate(args[1:], stdin, stdout, stderr)
	case "audit":
		return auditCommand(args[1:], stdin, stdout, stderr)
	case "schema":
		return schema(args[1:], stdout, stderr)
	case "html":
		return htmlCommand(args[1:], stdin, stdout, stderr)
	case "export":
		return export(args[1:], stdout, stderr)
	case "import":
		return importCmd(args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "onrecord: unknown command %s\n\n%s", strconv.Quote(bounded(args[0])), usage)
		return 2
	}
}

func schema(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("o", "", "the `directory` to write the schema files into (created if needed)")
	usage := func(w io.Writer) {
		fmt.Fprintf(w, `usage: onrecord schema -o DIR

Writes one JSON Schema file (draft 2020-12) per type that users exchange, for
format version %s:

  %s

Each file is self-contained: its $id is absolute and versioned, under
%s, and it refers only to its own $defs, so
validators load it without the network. The schemas say every rule of the Go
validation that JSON Schema can say; the rules only Go checks (references,
spans against the text...) are listed in the documentation of package
github.com/onrecord/onrecord/jsonschema.

Flags:
`, attribution.FormatVersion, strings.Join(jsonschema.Names(), "\n  "), jsonschema.BaseURL)
	}
	if code, done := parseFlags(fs, args, usage, stdout, stderr); done {
		return code
	}
	if *dir == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "onrecord schema: give the output directory with -o DIR, and nothing else")
		fs.Usage()
		return 2
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "onrecord schema: %v\n", err)
		return 1
	}
	if err := jsonschema.Write(*dir); err != nil {
		fmt.Fprintf(stderr, "onrecord schema: %v\n", err)
		return 1
	}
	for _, name := range jsonschema.Names() {
		fmt.Fprintln(stdout, name)
	}
	return 0
}

// asciiSafeJSON escapes, in JSON that encoding/json wrote, the characters it
// leaves raw but a terminal may act on: C1 control characters and invisible
// format characters (bidirectional overrides, zero-width characters), each as
// a \u escape, which a JSON reader decodes to the same string.
func asciiSafeJSON(data []byte) []byte {
	if utf8.Valid(data) && !bytes.ContainsFunc(data, needsEscape) {
		return data
	}
	var b bytes.Buffer
	b.Grow(len(data) + 16)
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case needsEscape(r) && r > 0xffff:
			hi, lo := utf16.EncodeRune(r)
			fmt.Fprintf(&b, `\u%04x\u%04x`, hi, lo)
		case needsEscape(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.Write(data[:size])
		}
		data = data[size:]
	}
	return b.Bytes()
}

func needsEscape(r rune) bool {
	return (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Cf, r)
}

// parseFlags parses a subcommand's flags. The usage is its text, which
// parseFlags follows with the flags' defaults: on standard output, with
// status 0, for -h; on standard error, with status 2, for a wrong command
// line. done is false when the command goes on.
func parseFlags(fs *flag.FlagSet, args []string, usage func(io.Writer), stdout, stderr io.Writer) (code int, done bool) {
	full := func(w io.Writer) {
		usage(w)
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(stderr)
	}
	fs.SetOutput(stderr)
	fs.Usage = func() { full(stderr) }
	if wantsHelp(args) {
		full(stdout)
		return 0, true
	}
	if err := fs.Parse(args); err != nil {
		return 2, true
	}
	return 0, false
}
