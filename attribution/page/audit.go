package page

import "github.com/onrecord/onrecord/attribution/audit"

// FromAudit gives the page the findings of a sourcing audit
// ([audit.Run]), in the order the audit reports them.
func FromAudit(findings []audit.Finding) []Finding {
	out := make([]Finding, len(findings))
	for i, f := range findings {
		out[i] = Finding{
			Check: string(f.Check), Severity: string(f.Severity), Pointer: f.Pointer,
			Message: f.Message, Passage: f.Passage, Speaker: f.Speaker,
		}
	}
	return out
}
