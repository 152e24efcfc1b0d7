// Command sourcing prints the sourcing of a news text as a table, with a
// summary and the sourcing audit.
//
// The table says who is quoted, how the text describes them, whether they are
// named, what kind of quote, with which cue, and the words. The summary counts
// speakers, quotes and claims, and lists the claims that no one is cited for
// and the anonymous sources whose anonymity the text does not explain. The
// audit is under the strictest preset
// ([github.com/onrecord/onrecord/attribution/audit.Strictest]). Without a
// file, it prints the story that
// [github.com/onrecord/onrecord/examples/seed] models.
//
// Of an anonymous source the report prints only what the story prints: the
// description given in place of a name and where the source is based, never
// affiliations, organizations or a parent organization, which a document may
// record without the story printing them. A source on deep background, whose
// words the story may use but not attribute, shows as "(deep background)",
// not by its description.
//
// # Usage
//
// Install it, or run it without installing:
//
//	go install github.com/onrecord/onrecord/examples/sourcing@latest
//	go run github.com/onrecord/onrecord/examples/sourcing@latest [-json] [document.json]
//
//	sourcing              # the seed story's sourcing
//	sourcing -json        # the seed story as onrecord JSON, instead of the report
//	sourcing doc.json     # the same report for an onrecord document file
//
// The one flag, -json, prints the document as onrecord JSON instead of the
// report; -h prints the usage.
//
// # Output
//
// The seed story's report begins:
//
//	Pakistan restarts Afghan refugee repatriation amid border tensions
//	The Media Line, no byline
//
//	SPEAKER                                   DESCRIBED AS                                      NAMED      QUOTE     CUE                 WORDS
//	senior intelligence official              Islamabad-based senior intelligence official      anonymous  indirect  told                a recent terror attack on a Pakistan military base near the…
//	...
//
// and its summary reads:
//
//	Speakers: 11 (9 named, 1 unnamed, 1 anonymous; 6 person, 2 organization, 2 government, 1 group)
//	Quotes: 38 (12 direct, 19 indirect, 3 partial, 4 mixed)
//	Attributions: 38 (1 nested)
//	Claims: 34 (10 with no source; relations: 6 supports, 1 contradicts, 2 denies, 2 qualifies)
//
//	Claims with no source:
//	  - Pakistan will restart deporting Afghan refugees. (prediction)
//	...
//	Audit under the strictest preset: 14 findings (3 errors, 10 warnings, 1 notice)
//
// # Exit status
//
//   - 0: the report or the JSON is printed, whatever the audit finds;
//   - 1: the document file does not decode or validate;
//   - 2: the command line is wrong or the file cannot be read.
//
// A document that does not decode or validate gets each problem on standard
// error, with its JSON Pointer:
//
//	doc.json: 2 problems
//	  /attributions/0/parent	attribution-cycle	the attribution is its own ancestor
//	  /attributions/1/parent	attribution-cycle	the attribution is its own ancestor
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/examples/seed"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command with its arguments and outputs, for tests. It returns
// the exit status: 0, 1 for a document that does not decode or validate, 2
// for a usage or reading error.
func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("sourcing", flag.ContinueOnError)
	flags.SetOutput(stderr)
	asJSON := flags.Bool("json", false, "print the document as onrecord JSON instead of the report")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: sourcing [-json] [document.json]")
		fmt.Fprintln(stderr, "Prints the sourcing of the seed article, or of an onrecord document file.")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if flags.NArg() > 1 {
		flags.Usage()
		return 2
	}

	var doc *attribution.Document
	if flags.NArg() == 1 {
		path := flags.Arg(0)
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, "sourcing:", err)
			return 2
		}
		doc, err = attribution.Decode(bytes.NewReader(data))
		if err == nil {
			err = doc.Validate()
		}
		if err != nil {
			printProblems(stderr, path, err)
			return 1
		}
	} else {
		var err error
		if doc, err = seed.Document(); err != nil {
			fmt.Fprintln(stderr, "sourcing: building the seed document:", err)
			return 1
		}
	}

	if *asJSON {
		if err := attribution.Encode(stdout, doc); err != nil {
			fmt.Fprintln(stderr, "sourcing:", err)
			return 2
		}
		return 0
	}
	writeReport(stdout, doc)
	writeAudit(stdout, doc)
	return 0
}

func printProblems(w io.Writer, path string, err error) {
	var verr *attribution.ValidationError
	if !errors.As(err, &verr) {
		fmt.Fprintf(w, "%s: %v\n", path, err)
		return
	}
	if n := len(verr.Problems) + verr.More; n == 1 {
		fmt.Fprintf(w, "%s: 1 problem\n", path)
	} else {
		fmt.Fprintf(w, "%s: %d problems\n", path, n)
	}
	for _, p := range verr.Problems {
		ptr := p.Pointer
		if ptr == "" {
			ptr = `""`
		}
		fmt.Fprintf(w, "  %s\t%s\t%s\n", printable(ptr), p.Code, p.Message)
	}
	if verr.More > 0 {
		fmt.Fprintf(w, "  and %d more\n", verr.More)
	}
}

// printable escapes what a terminal would act on in a pointer, whose member
// names come from the input: a newline, an escape sequence, a bidirectional
// override.
func printable(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsGraphic(r) || r == '\\' }) {
		return s
	}
	q := strconv.QuoteToGraphic(s)
	return q[1 : len(q)-1]
}
