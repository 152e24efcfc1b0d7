package attribution

import "github.com/onrecord/onrecord/internal/validation"

// The rule codes: the one table of every rule that validation and decoding
// check. The committed JSON Schema says every rule it can; a rule marked "Go
// only" compares values, follows references or needs the text, which JSON
// Schema cannot, and only the Go validation checks it: a value's own Validate
// method when the rule stays within the value (a fragment inside its quote),
// [Document.Validate] when it spans the document (unique IDs, references,
// spans against the text). The rules marked "decoding" are checked by
// [Decode], before any validation.
const (
	// CodeRequired ("required"): a required value is missing or empty, or a value that
	// must be empty here is not.
	CodeRequired Code = Code(validation.CodeRequired)
	// CodeEnum ("enum"): a value is not one of its type's allowed values.
	CodeEnum Code = Code(validation.CodeEnum)
	// CodeID ("id"): an ID or a reference is not of the ID form: a letter or digit,
	// then up to 127 letters, digits or . _ : -.
	CodeID Code = Code(validation.CodeID)
	// CodeLanguageTag ("language-tag"): a language is not a well-formed BCP 47 tag ("en_US"
	// is refused: the separator is "-").
	CodeLanguageTag Code = Code(validation.CodeLanguageTag)
	// CodeCountry ("country"): a country is not an upper-case ISO 3166-1 alpha-2 code.
	CodeCountry Code = Code(validation.CodeCountry)
	// CodeDate ("date"): a date is not YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 date
	// and time.
	CodeDate Code = Code(validation.CodeDate)
	// CodeURL ("url"): a URL is not an absolute http or https URL.
	CodeURL Code = Code(validation.CodeURL)
	// CodeQID ("qid"): a Wikidata ID is not Q followed by digits.
	CodeQID Code = Code(validation.CodeQID)
	// CodeRange ("range"): a number is out of its range (a confidence above 1, a
	// negative offset).
	CodeRange Code = Code(validation.CodeRange)
	// CodeLength ("length"): a string or a list is too short or too long.
	CodeLength Code = Code(validation.CodeLength)

	// CodeNamedOrAnonymous ("named-or-anonymous"): a speaker is both named and anonymous, or
	// neither; an anonymous speaker carries a name, a title, a QID, possible
	// QIDs or sameAs URLs.
	CodeNamedOrAnonymous Code = Code(validation.CodeNamedOrAnonymous)
	// CodeParentOrganization ("parent-organization"): a person or a group has a parent
	// organization (their ties are affiliations).
	CodeParentOrganization Code = Code(validation.CodeParentOrganization)
	// CodeOrganizationChain ("organization-chain"): an organization's chain of parent
	// organizations is deeper than 16, or (in Go values only) leads back
	// to an organization that contains it (Go only).
	CodeOrganizationChain Code = Code(validation.CodeOrganizationChain)
	// CodeAffiliationEmpty ("affiliation-empty"): an affiliation has neither a role nor an
	// organization.
	CodeAffiliationEmpty Code = Code(validation.CodeAffiliationEmpty)
	// CodeDateOrder ("date-order"): an affiliation ends before it starts (Go only).
	CodeDateOrder Code = Code(validation.CodeDateOrder)
	// CodeQuantityForm ("quantity-form"): a quantity has neither a value nor a full range
	// (low and high), or has both.
	CodeQuantityForm Code = Code(validation.CodeQuantityForm)
	// CodeRangeOrder ("range-order"): a quantity's low is greater than its high (Go only).
	CodeRangeOrder Code = Code(validation.CodeRangeOrder)
	// CodeQuoteKind ("quote-kind"): a quote lacks what its kind requires, or has what its
	// kind forbids: a mixed quote without fragments, fragments on another
	// kind.
	CodeQuoteKind Code = Code(validation.CodeQuoteKind)
	// CodeFragmentNotInText ("fragment-not-in-text"): a mixed quote's fragment, or an edit, does not
	// occur in the quote's text (Go only).
	CodeFragmentNotInText Code = Code(validation.CodeFragmentNotInText)
	// CodeSpanOrder ("span-order"): a span's end is not greater than its start (Go only).
	CodeSpanOrder Code = Code(validation.CodeSpanOrder)
	// CodeClaimQuantities ("claim-quantities"): a statistical claim gives no quantity.
	CodeClaimQuantities Code = Code(validation.CodeClaimQuantities)
	// CodeNameOrDescription ("name-or-description"): an organization has
	// neither a name nor, when the story does not name it, a description.
	CodeNameOrDescription Code = Code(validation.CodeNameOrDescription)
	// CodeOrganizationReference ("organization-reference"): an organization
	// is given both inline and by reference: an affiliation's organization
	// and organizationId, a speaker's parentOrganization and parent.
	CodeOrganizationReference Code = Code(validation.CodeOrganizationReference)
	// CodeQuoteEdit ("quote-edit"): an edit inside a quotation is not what
	// its kind says (an elision that is not an ellipsis, an insertion not in
	// square brackets), or stands in an indirect quote.
	CodeQuoteEdit Code = Code(validation.CodeQuoteEdit)
	// CodeImplicitCue ("implicit-cue"): a quote attributed implicitly, with no
	// cue in the story, records a cue.
	CodeImplicitCue Code = Code(validation.CodeImplicitCue)
	// CodeCandidates ("candidates"): a quote's candidate speakers name one
	// speaker twice, or "no speaker" twice, or their probabilities add up
	// to more than 1 (Go only).
	CodeCandidates Code = Code(validation.CodeCandidates)

	// CodeDuplicateID ("duplicate-id"): two speakers, quotes, attributions or claims share
	// an ID; IDs are unique across the whole document (Go only).
	CodeDuplicateID Code = Code(validation.CodeDuplicateID)
	// CodeUnresolvedReference ("unresolved-reference"): a reference names no speaker, quote,
	// attribution or claim of the right list, or a speaker of the wrong kind
	// (an organization reference that names a person) (Go only).
	CodeUnresolvedReference Code = Code(validation.CodeUnresolvedReference)
	// CodeAttributionCycle ("attribution-cycle"): an attribution is its own ancestor through
	// its parents (Go only).
	CodeAttributionCycle Code = Code(validation.CodeAttributionCycle)
	// CodeSelfRelation ("self-relation"): a claim relates to itself (Go only).
	CodeSelfRelation Code = Code(validation.CodeSelfRelation)
	// CodeContinuation ("continuation"): a quote continues something it cannot: itself, a
	// quote that is not direct, or a chain that loops; or a quote that is
	// not direct continues another (Go only, except that the schema checks
	// that a continuing quote is direct).
	CodeContinuation Code = Code(validation.CodeContinuation)
	// CodeSpanOutsideText ("span-outside-text"): a span ends past the end of the document's text
	// (Go only).
	CodeSpanOutsideText Code = Code(validation.CodeSpanOutsideText)
	// CodeSpanMismatch ("span-mismatch"): a span's exact text, prefix or
	// suffix differs from the document's text at its position; its exact
	// text's length differs from its positions; or the span of a quote, a
	// fragment, a cue, a quantity or a credit does not hold that value's own
	// text (Go only).
	CodeSpanMismatch Code = Code(validation.CodeSpanMismatch)

	// CodeJointSpeakers ("joint-speakers"): a joint statement names its own
	// speaker among the others, or one of them twice (Go only).
	CodeJointSpeakers Code = Code(validation.CodeJointSpeakers)
	// CodeFormatVersion ("format-version"): the document follows an earlier
	// version of the format; [Upgrade] reads it (decoding).
	CodeFormatVersion Code = Code(validation.CodeFormatVersion)

	// CodeSyntax ("syntax"): the input is not well-formed JSON, an object repeats
	// a key, a string is not valid UTF-8 (or escapes a lone UTF-16
	// surrogate), the nesting passes 200 levels, or a line of a stream is
	// too long (decoding).
	CodeSyntax Code = Code(validation.CodeSyntax)
	// CodeUnknownField ("unknown-field"): an object has a member the format does not define
	// (decoding).
	CodeUnknownField Code = Code(validation.CodeUnknownField)
	// CodeType ("type"): a value has the wrong JSON type, or is null (decoding).
	CodeType Code = Code(validation.CodeType)
	// CodeTrailingData ("trailing-data"): more data follows the document (decoding).
	CodeTrailingData Code = Code(validation.CodeTrailingData)
)

// Codes returns every rule code, in the order of the table above.
func Codes() []Code {
	in := validation.Codes()
	out := make([]Code, len(in))
	for i, c := range in {
		out[i] = Code(c)
	}
	return out
}
