package attribution

import (
	"fmt"
	"io"

	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/source"
)

// formatVersion01 is the first version of the format, which [Upgrade] reads.
const formatVersion01 = "0.1"

// Change is one thing [Upgrade] did, or asks a person to review, while
// bringing a document to the current format version.
type Change struct {
	// Pointer is the JSON Pointer of what changed or needs review.
	Pointer string `json:"pointer"`
	// Message says what changed, or what to review.
	Message string `json:"message"`
}

// String returns the change as "pointer: message".
func (c Change) String() string {
	ptr := c.Pointer
	if ptr == "" {
		ptr = "(root)"
	}
	return ptr + ": " + c.Message
}

// Upgrade reads a document of any format version this package knows, as
// strictly as [Decode], and brings it to [FormatVersion], listing what it
// changed and what a person should review. A document already at the current
// version comes back unchanged, with no changes.
//
// From 0.1: every 0.1 document is a valid 0.2 document but for its version,
// which Upgrade sets. Format 0.2 tells an unnamed speaker quoted on the record
// ("Pakistani officials say") from an anonymous one; 0.1 could only call both
// anonymous. Upgrade cannot tell which a 0.1 speaker was, so it keeps each
// anonymous and lists for review those whose anonymity states no terms, ground
// rule, reason or basis: they may be unnamed speakers on the record (drop the
// anonymity, keep the description as [source.Speaker.Description]).
func Upgrade(r io.Reader) (*Document, []Change, error) {
	d, err := decode(r)
	if err != nil {
		return nil, nil, err
	}
	if d.FormatVersion != formatVersion01 {
		return d, nil, nil
	}
	changes := []Change{{Pointer: "/formatVersion", Message: "format version 0.1 upgraded to " + FormatVersion}}
	d.FormatVersion = FormatVersion
	for i, s := range d.Speakers {
		if a := s.Anonymity; a != nil && a.Terms == "" && a.Reason == "" && a.Basis == "" &&
			(a.GroundRule == "" || a.GroundRule == source.GroundRuleUnstated) {
			changes = append(changes, Change{
				Pointer: pointer("/speakers", i, "anonymity"),
				Message: "review: the anonymity states no terms, ground rule, reason or basis; an unnamed speaker on the record has a description and no anonymity in " + FormatVersion,
			})
		}
	}
	return d, changes, nil
}

// checkVersion refuses a document of an earlier format version, naming the
// way to read it.
func checkVersion(d *Document) error {
	if d.FormatVersion != formatVersion01 {
		return nil
	}
	return publicError(validation.AsError([]validation.Problem{{
		Pointer: "/formatVersion",
		Code:    validation.Code(CodeFormatVersion),
		Message: fmt.Sprintf("format version %s predates %s: read the document with attribution.Upgrade, which says what it changes", formatVersion01, FormatVersion),
	}}))
}
