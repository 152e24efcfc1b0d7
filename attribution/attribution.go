package attribution

import "slices"

// Attribution joins a speaker to a quote: who said what, how (the quote's cue),
// and in which sense (its type), with the claims the words make. Attributions
// nest: in "He outlined Islamabad's firmly held belief that ...", Islamabad's
// belief is an attribution whose parent is the official's. PARC 3.0: an
// attribution relation of source, cue and content; W3C PROV-O:
// wasAttributedTo.
type Attribution struct {
	// ID identifies the attribution within its document. Required.
	ID string `json:"id" validate:"required,id"`
	// Speaker is the ID of the speaker the words are attributed to.
	// Required. PARC: source.
	Speaker string `json:"speaker" validate:"required,id"`
	// Quote is the ID of the quote that carries the words and their cue.
	// Required. PARC: content (and cue).
	Quote string `json:"quote" validate:"required,id"`
	// Type is the sense in which the words are attributed: an assertion, a
	// belief, a denial... Optional. PARC: attribution type.
	Type Type `json:"type,omitempty" validate:"omitempty,enum"`
	// Claims lists the IDs of the claims the words make. Optional.
	Claims []string `json:"claims,omitempty" validate:"omitempty,dive,id"`
	// Parent is the ID of the attribution that reports this one, for
	// nested attribution. Optional. PARC: nested attribution.
	Parent string `json:"parent,omitempty" validate:"omitempty,id"`
	// Confidence is, for an attribution made by a program, how sure it
	// is, from 0 to 1. Optional; absent for a person's annotation.
	Confidence *float64 `json:"confidence,omitempty" validate:"omitempty,gte=0,lte=1"`
}

// Type is the sense in which words are attributed to a speaker.
type Type string

// The types of attribution, after PARC 3.0's assertion and belief, refined for
// news sourcing.
const (
	// TypeAssertion: the speaker states something as true ("said",
	// "told").
	TypeAssertion Type = "assertion"
	// TypeBelief: the text reports what the speaker believes or holds
	// ("Islamabad's firmly held belief").
	TypeBelief Type = "belief"
	// TypeDenial: the speaker denies something ("Kabul denies sheltering
	// any terrorists").
	TypeDenial Type = "denial"
	// TypeAnnouncement: the speaker makes something known, often a
	// decision ("announced the restructuring", "declared its intention").
	TypeAnnouncement Type = "announcement"
	// TypeFinding: a report or study establishes something ("A report ...
	// found that").
	TypeFinding Type = "finding"
	// TypeEstimate: the speaker gives an estimated figure ("are estimated
	// to have entered").
	TypeEstimate Type = "estimate"
	// TypeCall: the speaker calls on someone to act ("He called on the
	// international community").
	TypeCall Type = "call"
	// TypeCommitment: the speaker commits to an action ("committed to
	// fully implementing").
	TypeCommitment Type = "commitment"
)

var types = []Type{TypeAssertion, TypeBelief, TypeDenial, TypeAnnouncement, TypeFinding, TypeEstimate,
	TypeCall, TypeCommitment}

// Types returns every attribution type, in documentation order.
func Types() []Type { return slices.Clone(types) }

// IsValid reports whether t is one of the types above.
func (t Type) IsValid() bool { return slices.Contains(types, t) }

// Validate checks the attribution's own field rules. References to speakers,
// quotes, claims and parents are checked only by a [Document]. The error is a
// [*ValidationError].
func (a Attribution) Validate() error { return validate(a) }
