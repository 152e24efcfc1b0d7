package validation

// The rule codes. attribution/codes.go re-exports each one with its
// documentation; a test keeps the two lists equal.
const (
	// Field rules, from validate tags.
	CodeRequired    Code = "required"
	CodeEnum        Code = "enum"
	CodeID          Code = "id"
	CodeLanguageTag Code = "language-tag"
	CodeCountry     Code = "country"
	CodeDate        Code = "date"
	CodeURL         Code = "url"
	CodeQID         Code = "qid"
	CodeRange       Code = "range"
	CodeLength      Code = "length"

	// Cross-field rules of one value.
	CodeNamedOrAnonymous      Code = "named-or-anonymous"
	CodeParentOrganization    Code = "parent-organization"
	CodeOrganizationChain     Code = "organization-chain"
	CodeAffiliationEmpty      Code = "affiliation-empty"
	CodeDateOrder             Code = "date-order"
	CodeQuantityForm          Code = "quantity-form"
	CodeRangeOrder            Code = "range-order"
	CodeQuoteKind             Code = "quote-kind"
	CodeFragmentNotInText     Code = "fragment-not-in-text"
	CodeSpanOrder             Code = "span-order"
	CodeClaimQuantities       Code = "claim-quantities"
	CodeNameOrDescription     Code = "name-or-description"
	CodeOrganizationReference Code = "organization-reference"
	CodeQuoteEdit             Code = "quote-edit"
	CodeImplicitCue           Code = "implicit-cue"

	// Rules of a whole document.
	CodeDuplicateID         Code = "duplicate-id"
	CodeUnresolvedReference Code = "unresolved-reference"
	CodeAttributionCycle    Code = "attribution-cycle"
	CodeSelfRelation        Code = "self-relation"
	CodeContinuation        Code = "continuation"
	CodeSpanOutsideText     Code = "span-outside-text"
	CodeSpanMismatch        Code = "span-mismatch"
	CodeJointSpeakers       Code = "joint-speakers"
	CodeFormatVersion       Code = "format-version"

	// Decoding.
	CodeSyntax       Code = "syntax"
	CodeUnknownField Code = "unknown-field"
	CodeType         Code = "type"
	CodeTrailingData Code = "trailing-data"
)

// Codes lists every rule code, in the order of the documentation table.
func Codes() []Code {
	return []Code{
		CodeRequired, CodeEnum, CodeID, CodeLanguageTag, CodeCountry, CodeDate, CodeURL, CodeQID, CodeRange, CodeLength,
		CodeNamedOrAnonymous, CodeParentOrganization, CodeOrganizationChain, CodeAffiliationEmpty, CodeDateOrder, CodeQuantityForm,
		CodeRangeOrder, CodeQuoteKind, CodeFragmentNotInText, CodeSpanOrder, CodeClaimQuantities,
		CodeNameOrDescription, CodeOrganizationReference, CodeQuoteEdit, CodeImplicitCue,
		CodeDuplicateID, CodeUnresolvedReference, CodeAttributionCycle, CodeSelfRelation, CodeContinuation,
		CodeSpanOutsideText, CodeSpanMismatch, CodeJointSpeakers, CodeFormatVersion,
		CodeSyntax, CodeUnknownField, CodeType, CodeTrailingData,
	}
}
