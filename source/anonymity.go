package source

import "slices"

// Anonymity records the terms on which a speaker is quoted without a name:
// how the text describes them instead, the ground rule agreed, the reason the
// story gives for granting anonymity and the basis of the source's knowledge.
//
// Where the source is based ("an Islamabad-based ... official") is the
// speaker's [Speaker.BasedIn], as for a named speaker.
//
// A missing reason is not a validation error: many stories give none, and the
// seed article's anonymous official is one of them. It is what an editorial
// audit reports; see [Anonymity.ReasonGiven].
type Anonymity struct {
	// Description is the description the text prints in place of a name,
	// as printed: "senior intelligence official", "a person familiar with
	// the talks". Required. Like PARC's source span for an unnamed source;
	// the closest schema.org term is Person.description.
	Description string `json:"description" validate:"required"`
	// GroundRule is the agreement under which the source spoke, when the
	// text states or implies one. Optional; "unstated" when the text says
	// nothing about terms.
	GroundRule GroundRule `json:"groundRule,omitempty" validate:"omitempty,enum"`
	// Terms holds the words with which the text grants anonymity, as
	// printed: "speaking on condition of anonymity". Optional.
	Terms string `json:"terms,omitempty"`
	// Reason is the reason the story gives for granting anonymity, as
	// printed: "because they were not authorized to speak to the media".
	// Optional; empty when the story gives none.
	Reason string `json:"reason,omitempty"`
	// Basis says how the source knows what they say, as the story puts it:
	// "who attended the meeting", "who has seen the report". Optional.
	Basis string `json:"basis,omitempty"`
}

// ReasonGiven reports whether the story says why the source was granted
// anonymity, as the AP, Reuters and The New York Times ask reporters to.
func (a Anonymity) ReasonGiven() bool { return a.Reason != "" }

// GroundRule is the agreement between reporter and source on how the source's
// words may be used and attributed.
type GroundRule string

// The ground rules, from the newsroom conventions that the AP and Reuters
// describe.
const (
	// GroundRuleUnstated: the text grants anonymity without saying on what
	// terms.
	GroundRuleUnstated GroundRule = "unstated"
	// GroundRuleAnonymity: the source spoke "on condition of anonymity":
	// the words may be quoted and attributed to a description, never to a
	// name.
	GroundRuleAnonymity GroundRule = "anonymity"
	// GroundRuleBackground: "on background" or "not for attribution": the
	// information may be used and attributed only in the terms agreed
	// ("a senior official").
	GroundRuleBackground GroundRule = "background"
	// GroundRuleDeepBackground: the information may be used but not
	// attributed to any source, not even a description.
	GroundRuleDeepBackground GroundRule = "deep-background"
)

var groundRules = []GroundRule{GroundRuleUnstated, GroundRuleAnonymity, GroundRuleBackground, GroundRuleDeepBackground}

// GroundRules returns every ground rule, in documentation order.
func GroundRules() []GroundRule { return slices.Clone(groundRules) }

// IsValid reports whether g is one of the ground rules above.
func (g GroundRule) IsValid() bool { return slices.Contains(groundRules, g) }
