package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
)

// processFn does the per-record work: it decodes a record with its input
// kind, validates the document and audits it. It writes each valid record,
// each invalid one with its problems, the warnings of an import and each
// finding as a JSON line, and a tally of the record for the summary.
type processFn struct {
	// Kind names the input kind (a key of kinds).
	Kind string `json:"kind"`
	// Policy names the audit's preset.
	Policy string `json:"policy"`
	// MaxLine is the limit of readLinesFn, for the message about a line
	// over it.
	MaxLine int64 `json:"maxLine"`

	kind   inputKind
	policy audit.Policy
}

// Setup looks up the input kind and the policy.
func (f *processFn) Setup() error {
	var err error
	if f.kind, err = lookupKind(f.Kind); err != nil {
		return err
	}
	f.policy, err = lookupPolicy(f.Policy)
	return err
}

// warningsRecord is one line of the warnings shards: what an import worked
// around in a record.
type warningsRecord struct {
	File     string                `json:"file"`
	Line     int64                 `json:"line"`
	Warnings []attribution.Problem `json:"warnings"`
}

// invalidRecord is one line of the invalid shards.
type invalidRecord struct {
	File     string                `json:"file"`
	Line     int64                 `json:"line"`
	Valid    bool                  `json:"valid"`
	Problems []attribution.Problem `json:"problems"`
	// More counts the problems found beyond those listed: validation lists
	// at most attribution.MaxProblems.
	More int `json:"more,omitempty"`
	// Record is the line as read, when it is JSON.
	Record json.RawMessage `json:"record,omitempty"`
	// Text is the line as read, when it is not JSON.
	Text string `json:"text,omitempty"`
}

// ProcessElement handles one record.
func (f *processFn) ProcessElement(r record, valid, invalid, warnings, findings func(string), tallies func(tally)) error {
	t := newTally()
	t.add(keyRecords, 1)
	defer func() { tallies(t) }()

	if r.TooLong > 0 {
		problems := []attribution.Problem{{Code: attribution.CodeLength,
			Message: fmt.Sprintf("the line is %d bytes long, over the limit of %d; it was not read", r.TooLong, f.MaxLine)}}
		t.invalid(problems)
		return emitJSON(invalid, invalidRecord{File: r.File, Line: r.Line, Problems: problems})
	}

	doc, warned, err := f.kind.decode(r.Text)
	if err == nil {
		err = doc.Validate()
	}
	var verr *attribution.ValidationError
	switch {
	case errors.As(err, &verr):
		t.invalid(verr.Problems)
		t.add(keyProblemsNotListed, int64(verr.More))
		out := invalidRecord{File: r.File, Line: r.Line, Problems: verr.Problems, More: verr.More}
		if json.Valid(r.Text) {
			out.Record = r.Text
		} else {
			out.Text = string(r.Text)
		}
		return emitJSON(invalid, out)
	case err != nil:
		return fmt.Errorf("%s, line %d: %w", r.File, r.Line, err)
	}

	t.valid(doc)
	if len(warned) > 0 {
		t.warnings(warned)
		if err := emitJSON(warnings, warningsRecord{File: r.File, Line: r.Line, Warnings: warned}); err != nil {
			return err
		}
	}
	if f.kind.verbatim {
		valid(string(r.Text))
	} else {
		line, err := encodeLine(doc)
		if err != nil {
			return fmt.Errorf("%s, line %d: %w", r.File, r.Line, err)
		}
		valid(line)
	}

	found, err := auditDocument(doc, f.policy)
	if err != nil {
		return fmt.Errorf("%s, line %d: audit: %w", r.File, r.Line, err)
	}
	t.add(keyAudited, 1)
	for _, fd := range found {
		fd.File, fd.Line = r.File, r.Line
		t.add(prefixCheck+string(fd.Check), 1)
		if err := emitJSON(findings, fd); err != nil {
			return err
		}
	}
	return nil
}

// encodeLine encodes a document as attribution.Encode does, on one line.
func encodeLine(d *attribution.Document) (string, error) {
	var indented, line bytes.Buffer
	if err := attribution.Encode(&indented, d); err != nil {
		return "", err
	}
	if err := json.Compact(&line, indented.Bytes()); err != nil {
		return "", err
	}
	return line.String(), nil
}

// emitJSON emits v as one line of JSON.
func emitJSON(emit func(string), v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	emit(string(b))
	return nil
}
