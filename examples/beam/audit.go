package main

import (
	"fmt"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
)

// A finding is one line of the findings shards: what the audit reports about
// a valid record, in the shape of `onrecord audit --format json`.
type finding struct {
	File     string         `json:"file"`
	Line     int64          `json:"line"`
	Check    audit.CheckID  `json:"check"`
	Severity audit.Severity `json:"severity"`
	Pointer  string         `json:"pointer"`
	Message  string         `json:"message"`
	Passage  string         `json:"passage"`
	Rules    []string       `json:"rules"`
}

// lookupPolicy returns the audit's preset of that name.
func lookupPolicy(name string) (audit.Policy, error) {
	p, ok := audit.Preset(name)
	if !ok {
		return audit.Policy{}, fmt.Errorf("unknown audit policy %q (want %s)", name, strings.Join(audit.PresetNames(), "|"))
	}
	return p, nil
}

// auditDocument audits one valid document under the policy; the findings
// have their File and Line left for the caller.
func auditDocument(d *attribution.Document, p audit.Policy) ([]finding, error) {
	found, err := audit.Run(d, p)
	if err != nil {
		return nil, err
	}
	out := make([]finding, len(found))
	for i, f := range found {
		out[i] = finding{Check: f.Check, Severity: f.Severity, Pointer: f.Pointer,
			Message: f.Message, Passage: f.Passage, Rules: f.Rules}
	}
	return out, nil
}
