package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/attribution/page"
)

const htmlUsage = `usage: onrecord html [--policy NAME|FILE] FILE > story.html

Writes the page of an onrecord document to standard output: one
self-contained HTML file, with nothing to load from the network, that shows
the article's text with every quote marked and coloured by speaker, a legend
of the speakers (named, unnamed, anonymous), each quote's speaker, cue,
channel, recipient, date and claims, the claims with their sources and
relations, the findings of the sourcing audit beside the passages they
concern, and the article's metadata and credits. It never shows an anonymous
source's identity. FILE "-" reads standard input.

Flags:
  --policy NAME|FILE  the audit policy whose findings the page shows: a
                      preset (default, ap, reuters, nyt, npr, bbc, strictest)
                      or a policy file in JSON (default "default"); "none"
                      shows no findings

Exit status: 0 when the page is written; 1 when the document does not decode
or validate (its problems go to standard error, each with its JSON Pointer);
2 when the command line is wrong or the file cannot be read or the page
cannot be written.
`

// htmlCommand runs "onrecord html".
func htmlCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("html", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	policyArg := fs.String("policy", "default", "")
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			fmt.Fprint(stdout, htmlUsage)
			return 0
		}
	}
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "onrecord html: %v\n\n%s", err, htmlUsage)
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "onrecord html: give one document FILE\n\n%s", htmlUsage)
		return 2
	}
	name := fs.Arg(0)
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(stdin)
		name = "standard input"
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(stderr, "onrecord html: %s\n", printable(err.Error()))
		return 2
	}
	doc, err := attribution.Decode(bytes.NewReader(data))
	if err == nil {
		err = doc.Validate()
	}
	if err != nil {
		printProblems(stderr, "onrecord html: "+printable(name), err)
		return 1
	}
	var opts page.Options
	if *policyArg != "none" {
		policy, ok := loadPolicy(*policyArg, stderr)
		if !ok {
			return 2
		}
		findings, err := audit.Run(doc, policy)
		if err != nil {
			fmt.Fprintf(stderr, "onrecord html: %s\n", printable(err.Error()))
			return 2
		}
		opts.Findings = page.FromAudit(findings)
	}
	w := bufio.NewWriter(stdout)
	if err := page.Write(w, doc, opts); err != nil {
		fmt.Fprintf(stderr, "onrecord html: %s\n", printable(err.Error()))
		return 2
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "onrecord html: %s\n", printable(err.Error()))
		return 2
	}
	return 0
}
