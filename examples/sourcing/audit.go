package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
)

// writeAudit ends the report with the document's sourcing audit under the
// strictest preset, grouped by speaker.
func writeAudit(w io.Writer, doc *attribution.Document) {
	findings, err := audit.Run(doc, audit.Strictest())
	if err != nil {
		fmt.Fprintln(w, "Audit:", err)
		return
	}
	fmt.Fprintln(w)
	if len(findings) == 0 {
		fmt.Fprintln(w, "Audit under the strictest preset: no findings")
		return
	}
	count := map[audit.Severity]int{}
	for _, f := range findings {
		count[f.Severity]++
	}
	var parts []string
	for _, s := range audit.Severities() {
		if n := count[s]; n > 0 {
			parts = append(parts, auditCount(n, string(s)))
		}
	}
	fmt.Fprintf(w, "Audit under the strictest preset: %s (%s)\n\n", auditCount(len(findings), "finding"), strings.Join(parts, ", "))
	if err := audit.WriteText(w, doc, findings); err != nil {
		fmt.Fprintln(w, "Audit:", err)
	}
}

// auditCount says "1 notice", "3 errors".
func auditCount(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
