package attribution

import (
	"slices"

	"github.com/onrecord/onrecord/quote"
)

// Claim is a proposition that a text puts forward: a fact, a figure, an
// opinion, a prediction, a policy. A claim's sources are the attributions that
// list it; a claim that no attribution lists is one the text makes without a
// source, which [Document.UnsourcedClaims] reports. schema.org: Claim.
type Claim struct {
	// ID identifies the claim within its document. Required.
	ID string `json:"id" validate:"required,id"`
	// Kind is the sort of proposition. Required.
	Kind ClaimKind `json:"kind" validate:"required,enum"`
	// Text states the proposition, in the annotator's words or the text's.
	// Required. schema.org: Claim.text.
	Text string `json:"text" validate:"required"`
	// Span is where the text makes the claim. Optional. schema.org:
	// appearance; W3C: TextPositionSelector.
	Span *quote.Span `json:"span,omitempty"`
	// Quantities are the figures the claim gives. Required (one or more)
	// for a statistical claim; optional for others.
	Quantities []Quantity `json:"quantities,omitempty" validate:"omitempty,dive"`
	// Relations tie this claim to others: it supports, contradicts, denies
	// or qualifies them. Optional.
	Relations []Relation `json:"relations,omitempty" validate:"omitempty,dive"`
	// Pejorative records the annotator's judgement that the claim attacks
	// or disparages a person's character or reputation, or an institution
	// ("a corrupt and incompetent ministry"), rather than reporting what
	// they did. Optional; false when the annotator judged it not
	// pejorative or did not judge. The sourcing audit reads it: newsrooms
	// refuse such attacks from behind anonymity (NPR, Reuters, The New York
	// Times).
	Pejorative bool `json:"pejorative,omitempty"`
	// Speculative records the annotator's judgement that the text puts the
	// claim forward as a guess or a possibility, not as something known
	// ("may have been planned", "is thought to", "probably"). Optional;
	// false when the claim is stated as known or was not judged. The
	// sourcing audit reads it with the claim's kind: the AP takes only
	// information, not opinion or speculation, from an anonymous source.
	Speculative bool `json:"speculative,omitempty"`
}

// ClaimKind is the sort of proposition a [Claim] makes.
type ClaimKind string

// The kinds of claim, as fact-checkers sort them.
const (
	// ClaimFactual: a statement of fact that can be checked ("a recent
	// terror attack on a Pakistan military base").
	ClaimFactual ClaimKind = "factual"
	// ClaimStatistical: a statement of fact that rests on figures
	// ("approximately 1.7 million undocumented Afghan refugees").
	ClaimStatistical ClaimKind = "statistical"
	// ClaimOpinion: a judgement or assessment ("a confident move").
	ClaimOpinion ClaimKind = "opinion"
	// ClaimPrediction: a statement about the future ("set to begin after
	// the end of Ramadan").
	ClaimPrediction ClaimKind = "prediction"
	// ClaimPolicy: a decision, intention or demand of those who govern
	// ("Pakistan will cease to shoulder the burden").
	ClaimPolicy ClaimKind = "policy"
)

var claimKinds = []ClaimKind{ClaimFactual, ClaimStatistical, ClaimOpinion, ClaimPrediction, ClaimPolicy}

// ClaimKinds returns every kind of claim, in documentation order.
func ClaimKinds() []ClaimKind { return slices.Clone(claimKinds) }

// IsValid reports whether k is one of the kinds above.
func (k ClaimKind) IsValid() bool { return slices.Contains(claimKinds, k) }

// Quantity is a figure in a claim: a value, or a range from Low to High, with
// its unit and the qualifier the text puts on it ("approximately 1.7 million",
// "between 600,000 and 800,000", "over 500,000", "at least 36").
type Quantity struct {
	// Value is the figure when the text gives one number; with a
	// qualifier, an open bound ("up to 90%": at-most 90). Required unless
	// Low and High are set, or the quantity is vague; must be absent when
	// Low and High are set.
	Value *float64 `json:"value,omitempty"`
	// Low is the lower end of a range. Set with High, never with Value.
	Low *float64 `json:"low,omitempty"`
	// High is the upper end of a range; not less than Low.
	High *float64 `json:"high,omitempty"`
	// Unit is what is counted or measured ("Afghan refugees", "civilians
	// killed", "percent"). Required. schema.org: QuantitativeValue.unitText.
	Unit string `json:"unit" validate:"required"`
	// Qualifier is the hedge the text puts on the figure. Optional; absent
	// for a figure given as exact.
	Qualifier Qualifier `json:"qualifier,omitempty" validate:"omitempty,enum"`
	// Vague records that the text gives no figure, only an order of size
	// ("hundreds of millions of dollars", "several dozen"). A vague
	// quantity needs its Text and may carry the annotator's reading as a
	// range; no value. Optional.
	Vague bool `json:"vague,omitempty"`
	// Each records that the figure applies to each of several subjects,
	// two quantities printed once ("two each"). Optional.
	Each bool `json:"each,omitempty"`
	// Period is the stretch of time the figure covers ("in the past three
	// years"). Optional.
	Period *Period `json:"period,omitempty"`
	// Text is the figure as printed ("approximately 1.7 million").
	// Optional; required for a vague quantity.
	Text string `json:"text,omitempty"`
	// Span is where the figure stands in the text. Optional.
	Span *quote.Span `json:"span,omitempty"`
}

// Period is the stretch of time a figure covers, as printed and, where the
// annotator can tell, as dates.
type Period struct {
	// Text is the period as printed ("in the past three years", "since
	// January"). Required.
	Text string `json:"text" validate:"required"`
	// Start is the period's first day, as precisely as known ("2021",
	// "2024-01"). Optional. schema.org: startDate.
	Start string `json:"start,omitempty" validate:"omitempty,isodate"`
	// End is the period's last day, in the same form; not before Start.
	// Optional. schema.org: endDate.
	End string `json:"end,omitempty" validate:"omitempty,isodate"`
}

// Qualifier is the hedge a text puts on a figure.
type Qualifier string

// The qualifiers.
const (
	// QualifierApproximately: "approximately", "about", "around", "some".
	QualifierApproximately Qualifier = "approximately"
	// QualifierAtLeast: "at least", "no fewer than".
	QualifierAtLeast Qualifier = "at-least"
	// QualifierAtMost: "at most", "up to", "no more than".
	QualifierAtMost Qualifier = "at-most"
	// QualifierMoreThan: "over", "more than".
	QualifierMoreThan Qualifier = "more-than"
	// QualifierLessThan: "under", "fewer than", "less than".
	QualifierLessThan Qualifier = "less-than"
	// QualifierNearly: "nearly", "almost", "close to".
	QualifierNearly Qualifier = "nearly"
)

var qualifiers = []Qualifier{QualifierApproximately, QualifierAtLeast, QualifierAtMost, QualifierMoreThan,
	QualifierLessThan, QualifierNearly}

// Qualifiers returns every qualifier, in documentation order.
func Qualifiers() []Qualifier { return slices.Clone(qualifiers) }

// IsValid reports whether q is one of the qualifiers above.
func (q Qualifier) IsValid() bool { return slices.Contains(qualifiers, q) }

// Relation ties one claim to another.
type Relation struct {
	// Type is how this claim bears on the other. Required.
	Type RelationType `json:"type" validate:"required,enum"`
	// Claim is the ID of the other claim; never the claim's own ID.
	// Required.
	Claim string `json:"claim" validate:"required,id"`
}

// RelationType is how one claim bears on another.
type RelationType string

// The relations between claims.
const (
	// RelationSupports: the claim is evidence for the other.
	RelationSupports RelationType = "supports"
	// RelationContradicts: the claim cannot be true if the other is,
	// without naming it ("there is no credible intelligence linking the
	// majority of the attacks to the Afghan diaspora").
	RelationContradicts RelationType = "contradicts"
	// RelationDenies: the claim is an explicit denial of the other
	// ("Kabul, however, denies sheltering any terrorists").
	RelationDenies RelationType = "denies"
	// RelationQualifies: the claim narrows or conditions the other.
	RelationQualifies RelationType = "qualifies"
)

var relationTypes = []RelationType{RelationSupports, RelationContradicts, RelationDenies, RelationQualifies}

// RelationTypes returns every relation type, in documentation order.
func RelationTypes() []RelationType { return slices.Clone(relationTypes) }

// IsValid reports whether t is one of the relation types above.
func (t RelationType) IsValid() bool { return slices.Contains(relationTypes, t) }

// Validate checks the claim's own rules: field formats, quantities, and that
// it does not relate to itself. References to other claims are checked only by
// a [Document]. The error is a [*ValidationError].
func (c Claim) Validate() error { return validate(c) }
