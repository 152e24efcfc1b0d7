package jsonschema

import "github.com/onrecord/onrecord/attribution"

// GoOnly returns the codes of the rules that JSON Schema cannot say, which
// only Go checks, in the order of the table in package attribution. The
// package documentation says why for each.
func GoOnly() []attribution.Code {
	return []attribution.Code{
		attribution.CodeOrganizationChain,
		attribution.CodeDateOrder,
		attribution.CodeRangeOrder,
		attribution.CodeFragmentNotInText,
		attribution.CodeSpanOrder,
		attribution.CodeCandidates,
		attribution.CodeDuplicateID,
		attribution.CodeUnresolvedReference,
		attribution.CodeAttributionCycle,
		attribution.CodeSelfRelation,
		attribution.CodeSpanOutsideText,
		attribution.CodeSpanMismatch,
		attribution.CodeJointSpeakers,
		attribution.CodeSyntax,
		attribution.CodeTrailingData,
	}
}

// PartlyGoOnly returns the codes of the rules that the schema says in part:
// language-tag (the schema checks that a tag is well-formed, Go also that its
// subtags are known), continuation (the schema checks that a continuing quote
// is direct, Go also what it continues) and type (JSON Schema's integer
// includes 1e6 and 2.0, which Go does not decode into an int, and its numbers
// include 1e-400, which a float64 would hold as 0).
func PartlyGoOnly() []attribution.Code {
	return []attribution.Code{attribution.CodeLanguageTag, attribution.CodeContinuation, attribution.CodeType}
}
