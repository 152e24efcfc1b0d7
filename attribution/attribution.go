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
	// With lists the IDs of the other speakers of a joint statement, when
	// the story attributes the same words to several speakers at once
	// ("Mali and Burkina Faso have said ..."). Optional; each a different
	// speaker, none of them Speaker.
	With []string `json:"with,omitempty" validate:"omitempty,dive,id"`
	// OnBehalfOf is the ID of the speaker for whom Speaker speaks: the
	// government of a spokesperson, the junta of its spokesman, the company
	// of its lawyer. Optional; another speaker than Speaker. schema.org:
	// Role (spokesperson of); PROV-O: actedOnBehalfOf.
	OnBehalfOf string `json:"onBehalfOf,omitempty" validate:"omitempty,id"`
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
	// RespondsTo lists the statements these words answer: a reply to
	// another speaker's words, a rejection of them. Optional.
	RespondsTo []Response `json:"respondsTo,omitempty" validate:"omitempty,dive"`
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

	// TypeDeclinedComment: the speaker declined to comment ("declined to
	// comment", "would not say").
	TypeDeclinedComment Type = "declined-comment"
	// TypeNoResponse: the speaker did not answer a request for comment
	// ("did not respond to a request for comment").
	TypeNoResponse Type = "no-response"
	// TypeNoDetails: the speaker spoke but gave no details ("gave no
	// details", "did not elaborate").
	TypeNoDetails Type = "no-details"
	// TypeQuestion: the speaker asks a question ("asked whether").
	TypeQuestion Type = "question"
	// TypeWarning: the speaker warns or threatens ("warned that any
	// intervention would be met with force").
	TypeWarning Type = "warning"
	// TypeEndorsement: the speaker supports or endorses someone or
	// something ("backed the plan", "welcomed the decision").
	TypeEndorsement Type = "endorsement"
	// TypeRejection: the speaker rejects or dismisses something ("rejected
	// the accusations", "dismissed the report as propaganda").
	TypeRejection Type = "rejection"
)

var types = []Type{TypeAssertion, TypeBelief, TypeDenial, TypeAnnouncement, TypeFinding, TypeEstimate,
	TypeCall, TypeCommitment, TypeDeclinedComment, TypeNoResponse, TypeNoDetails, TypeQuestion, TypeWarning,
	TypeEndorsement, TypeRejection}

// Response ties an attribution to an earlier statement that it answers.
type Response struct {
	// Kind says how the words answer the statement. Required.
	Kind ResponseKind `json:"kind" validate:"required,enum"`
	// Attribution is the ID of the attribution answered. Required; another
	// attribution than this one.
	Attribution string `json:"attribution" validate:"required,id"`
}

// ResponseKind says how one statement answers another.
type ResponseKind string

// The kinds of response.
const (
	// ResponseReply: the words reply to the statement, neither accepting
	// nor rejecting it ("responding to the accusations, the ministry
	// said").
	ResponseReply ResponseKind = "reply"
	// ResponseRejection: the words reject or dismiss the statement.
	ResponseRejection ResponseKind = "rejection"
	// ResponseConfirmation: the words confirm the statement.
	ResponseConfirmation ResponseKind = "confirmation"
)

var responseKinds = []ResponseKind{ResponseReply, ResponseRejection, ResponseConfirmation}

// ResponseKinds returns every kind of response, in documentation order.
func ResponseKinds() []ResponseKind { return slices.Clone(responseKinds) }

// IsValid reports whether k is one of the kinds above.
func (k ResponseKind) IsValid() bool { return slices.Contains(responseKinds, k) }

// Types returns every attribution type, in documentation order.
func Types() []Type { return slices.Clone(types) }

// IsValid reports whether t is one of the types above.
func (t Type) IsValid() bool { return slices.Contains(types, t) }

// Validate checks the attribution's own field rules. References to speakers,
// quotes, claims and parents are checked only by a [Document]. The error is a
// [*ValidationError].
func (a Attribution) Validate() error { return validate(a) }
