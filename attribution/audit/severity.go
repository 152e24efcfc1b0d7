package audit

import "slices"

// Severity is how much a finding matters to a newsroom: an error must be put
// right before publication, a warning needs an editor's look, a notice is
// worth knowing.
type Severity string

// The severities, from the gravest.
const (
	// SeverityError: the story breaks a newsroom rule; put it right before
	// publication.
	SeverityError Severity = "error"
	// SeverityWarning: the story may break a rule; an editor decides.
	SeverityWarning Severity = "warning"
	// SeverityNotice: worth knowing; the story may well be right as it is.
	SeverityNotice Severity = "notice"
)

var severities = []Severity{SeverityError, SeverityWarning, SeverityNotice}

// Severities returns every severity, from the gravest.
func Severities() []Severity { return slices.Clone(severities) }

// IsValid reports whether s is one of the severities above.
func (s Severity) IsValid() bool { return slices.Contains(severities, s) }

// rank is 3 for an error, 2 for a warning, 1 for a notice and 0 for anything
// else.
func (s Severity) rank() int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityNotice:
		return 1
	}
	return 0
}

// AtLeast reports whether s is as grave as min or graver: an error is at
// least a warning, a notice is not. A severity that is not valid is never at
// least anything, and nothing is at least an invalid severity.
func (s Severity) AtLeast(min Severity) bool {
	return s.rank() > 0 && min.rank() > 0 && s.rank() >= min.rank()
}
