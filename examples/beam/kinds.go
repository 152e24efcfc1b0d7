package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/quotebank"
)

// An inputKind turns one line of input into an onrecord document. The
// per-record work is the library's: the pipeline only calls decode, then
// Document.Validate, then the audit.
type inputKind struct {
	// decode reads one line into a document, with the warnings of an
	// import (problems worked around, none dropped). A problem with the
	// record's content is a *attribution.ValidationError, which makes the
	// record invalid; any other error stops the pipeline.
	decode func(line []byte) (*attribution.Document, []attribution.Problem, error)
	// verbatim says that a valid record is written out as it was read
	// (the line is already an onrecord document); otherwise the decoded
	// document is encoded.
	verbatim bool
}

// kinds is the table of input kinds that --input-kind chooses from. A new
// importer is one more line.
var kinds = map[string]inputKind{
	"onrecord":  {decode: decodeOnrecord, verbatim: true},
	"quotebank": {decode: decodeQuotebank},
}

// kindNames lists the input kinds, sorted, for usage messages.
func kindNames() string {
	names := make([]string, 0, len(kinds))
	for name := range kinds {
		names = append(names, name)
	}
	sort.Strings(names)
	return strings.Join(names, "|")
}

// lookupKind returns the input kind of that name.
func lookupKind(name string) (inputKind, error) {
	k, ok := kinds[name]
	if !ok {
		return inputKind{}, fmt.Errorf("unknown input kind %q (want %s)", name, kindNames())
	}
	return k, nil
}

// decodeOnrecord reads a line that holds one onrecord document.
func decodeOnrecord(line []byte) (*attribution.Document, []attribution.Problem, error) {
	d, err := attribution.Decode(bytes.NewReader(line))
	return d, nil, err
}

// decodeQuotebank imports one Quotebank record, of either shape
// (quotation-centric or article-centric), with package quotebank.
func decodeQuotebank(line []byte) (*attribution.Document, []attribution.Problem, error) {
	// The reader has already held the line to --max-line-bytes, which may
	// be more than the importer's default.
	rec, err := quotebank.ImportLine(line, quotebank.Options{MaxLine: len(line) + 1})
	if err != nil {
		return nil, nil, err
	}
	return rec.Document, rec.Warnings, nil
}
