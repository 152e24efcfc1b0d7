package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/schemaorg"
	"github.com/onrecord/onrecord/attribution/webannotation"
)

const exportUsage = `usage: onrecord export --to schemaorg|webannotation [flags] FILE

Writes the onrecord document in FILE ("-" for standard input) as JSON-LD to
standard output:

  schemaorg       a schema.org graph: the NewsArticle with its Quotations,
                  the speakers (Person, Organization) with their roles and
                  parents, the Claims; onrecord's own terms where schema.org
                  has none
  webannotation   a W3C Web Annotation collection: an annotation for each
                  quote, targeting its passage with a TextQuoteSelector and a
                  TextPositionSelector, with bodies that identify the
                  speaker, classify the quote's kind and cue, and carry the
                  quotation in schema.org terms

An anonymous source is exported with its description only. The document must
decode and validate: its problems go to standard error, each with its JSON
Pointer, and the exit status is 1. A file that cannot be read, or a wrong
command line, gives exit status 2.

Flags:
`

func export(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	to := fs.String("to", "", "the `format`: schemaorg or webannotation")
	base := fs.String("base", "", "the `IRI` that the IRIs of the export are made from (default: the article's URL, or a urn:onrecord: digest)")
	claims := fs.Bool("claims", false, "webannotation: add an annotation for each claim")
	mentions := fs.Bool("mentions", false, "webannotation: add an annotation for each mention of a speaker")
	usage := func(w io.Writer) { fmt.Fprint(w, exportUsage) }
	if code, done := parseFlags(fs, args, usage, stdout, stderr); done {
		return code
	}
	if (*to != "schemaorg" && *to != "webannotation") || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "onrecord export: give --to schemaorg or --to webannotation, and one FILE")
		fs.Usage()
		return 2
	}
	if *to == "schemaorg" && (*claims || *mentions) {
		fmt.Fprintln(stderr, "onrecord export: --claims and --mentions are for --to webannotation")
		fs.Usage()
		return 2
	}
	r, closeFile, err := openInput(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "onrecord export: %s\n", printable(err.Error()))
		return 2
	}
	defer closeFile()
	d, err := attribution.Decode(r)
	if err != nil {
		return reportProblems(stderr, "onrecord export: "+printable(fs.Arg(0)), err)
	}
	out := bufio.NewWriter(stdout)
	switch *to {
	case "schemaorg":
		err = schemaorg.Write(out, d, schemaorg.Options{Base: *base})
	default:
		err = webannotation.Write(out, d, webannotation.Options{Base: *base, Claims: *claims, Mentions: *mentions})
	}
	if err != nil {
		return reportProblems(stderr, "onrecord export: "+printable(fs.Arg(0)), err)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "onrecord export: %v\n", err)
		return 2
	}
	return 0
}

// wantsHelp reports whether the arguments ask for help.
func wantsHelp(args []string) bool {
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			return true
		}
	}
	return false
}

// openInput opens a file, or standard input for "-".
func openInput(name string) (io.Reader, func(), error) {
	if name == "-" {
		return os.Stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// reportProblems prints a validation error's problems, one a line, and
// returns exit status 1; any other error is printed whole.
func reportProblems(stderr io.Writer, prefix string, err error) int {
	if verr, ok := err.(*attribution.ValidationError); ok {
		for _, p := range verr.Problems {
			fmt.Fprintf(stderr, "%s: %s\n", prefix, printable(p.String()))
		}
		return 1
	}
	fmt.Fprintf(stderr, "%s: %s\n", prefix, printable(err.Error()))
	return 1
}
