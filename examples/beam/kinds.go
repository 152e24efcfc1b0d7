package main

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/onrecord/onrecord/attribution"
)

// An inputKind turns one line of input into an onrecord document. The
// per-record work is the library's: the pipeline only calls decode, then
// Document.Validate, then the audit.
type inputKind struct {
	// decode reads one line. A problem with the record's content is a
	// *attribution.ValidationError, which makes the record invalid; any
	// other error stops the pipeline.
	decode func(line []byte) (*attribution.Document, error)
	// verbatim says that a valid record is written out as it was read
	// (the line is already an onrecord document); otherwise the decoded
	// document is encoded.
	verbatim bool
}

// kinds is the table of input kinds that --input-kind chooses from.
var kinds = map[string]inputKind{
	"onrecord": {decode: decodeOnrecord, verbatim: true},
	// TODO(quotebank): when attribution/quotebank lands, point decode at
	// its importer of one quotation-centric line (see decodeQuotebank).
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
func decodeOnrecord(line []byte) (*attribution.Document, error) {
	return attribution.Decode(bytes.NewReader(line))
}

// errQuotebankNotWired is what the quotebank input kind returns until the
// importer is wired in.
var errQuotebankNotWired = errors.New("quotebank importer not yet wired")

// decodeQuotebank reads one Quotebank quotation-centric record.
//
// TODO(quotebank): this is the hook for the importer of package
// github.com/onrecord/onrecord/attribution/quotebank. Replace the body with
// its call, for example
//
//	return quotebank.DecodeQuotation(bytes.NewReader(line))
//
// or, if the importer has the signature func([]byte) (*attribution.Document,
// error), put it in the kinds table in place of decodeQuotebank. A record the
// importer refuses must come back as a *attribution.ValidationError so that
// it lands among the invalid records with its problems.
func decodeQuotebank(line []byte) (*attribution.Document, error) {
	return nil, errQuotebankNotWired
}
