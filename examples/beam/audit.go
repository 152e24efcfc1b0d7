package main

import (
	"errors"

	"github.com/onrecord/onrecord/attribution"
)

// A finding is one line of the findings shards: what the audit reports about
// a valid record, in the shape of `onrecord audit --format json`.
type finding struct {
	File     string   `json:"file"`
	Line     int64    `json:"line"`
	Check    string   `json:"check"`
	Severity string   `json:"severity"`
	Pointer  string   `json:"pointer"`
	Message  string   `json:"message"`
	Passage  string   `json:"passage,omitempty"`
	Rules    []string `json:"rules,omitempty"`
}

// errAuditNotWired is what auditDocument returns until the audit is wired
// in; the pipeline then skips the audit and the summary says so.
var errAuditNotWired = errors.New("audit not yet wired")

// auditDocument audits one valid document and returns its findings, with
// only Check, Severity, Pointer, Message, Passage and Rules filled in; the
// caller adds File and Line.
//
// TODO(audit): this is the hook for package
// github.com/onrecord/onrecord/attribution/audit. Replace the body with a
// call of the audit under the strictest preset, converting each of its
// findings to a finding; for example
//
//	var out []finding
//	for _, f := range audit.Run(d, audit.Strictest()) {
//		out = append(out, finding{Check: string(f.Check), Severity: string(f.Severity),
//			Pointer: f.Pointer, Message: f.Message, Passage: f.Passage, Rules: f.Rules})
//	}
//	return out, nil
//
// Any error other than errAuditNotWired stops the pipeline.
func auditDocument(d *attribution.Document) ([]finding, error) {
	return nil, errAuditNotWired
}
