// Package citron imports the quotes that BBC's citron finds, in both of the
// shapes citron writes, into onrecord documents. citron
// (https://github.com/bbc/citron) finds quotes in English news text and the
// people who said them.
//
// # The two shapes
//
// The annotation format (citron's training and evaluation files) is one
// document {"text", "quotes", "coreference_groups"}; each quote has a cue,
// sources, contents (several when the cue splits the quote), optional
// coreferences, a confidence and an id. Offsets count code points, as
// onrecord's do. [ReadAnnotation] reads it, and also a quote alone, as
// citron's documentation shows one.
//
// The runtime output (citron's command line and REST endpoint) is
// {"quotes", "source"}; its offsets are spaCy token indices, its confidence a
// string, and when citron resolved a pronoun, sources hold the antecedent and
// coreferences the pronoun. Token indices mean nothing without the text and
// the tokenisation citron used: [ReadOutput] places them exactly when given
// both (Options.Text and Options.Tokens, which [ParseSpacy] reads from
// spaCy's Doc.to_json); given the text alone it locates each span by its
// words; given neither it keeps the quotes without positions. Either way a
// warning of code token-offsets says what was done. [Read] tells the shapes
// apart.
//
// # What becomes what
//
//   - each content becomes a [quote.Quote]: direct when citron's span keeps
//     its quotation marks (the marks are left out of the text and the span),
//     indirect otherwise; a second direct content continues the first
//     (ContinuationOf);
//   - the cue becomes the first quote's [quote.Cue];
//   - the sources become a named speaker (a person: citron does not say
//     more), one per coreference group or, outside any group, per name; a
//     group's longest span gives the name;
//   - each quote is attributed to the speaker with citron's confidence;
//   - sources, coreferences and the members of coreference groups become
//     mentions of the speaker.
//
// # Problems
//
// An import never drops a problem silently. Input that is not JSON, or a value
// of the wrong type (null included), is an error: a
// [*attribution.ValidationError] whose problems point into citron's input.
// Everything else the import works around and reports in Result.Warnings, each
// with the JSON Pointer (RFC 6901) of the value in citron's input and a code:
//
//	span-mismatch          a span's words do not have the length its offsets
//	                       say, or differ from the text there (citron's own
//	                       documentation example does this: a 54-long span of
//	                       65 code points); with a text, the span is located
//	                       by its words near its offsets, else kept without a
//	                       position; the words are kept
//	span-outside-text      a span ends past the text; located as above
//	span-order             a span's end is not after its start
//	token-offsets          runtime offsets that cannot be placed (see above)
//	unattributed           a quote without a source: kept, unattributed
//	                       (its coreferences are not imported)
//	id                     a quote's id not of the ID form, or repeated: the
//	                       quote gets another
//	coreference-unmatched  a coreference group that names no source: its
//	                       mentions are left out
//	required               a quote without contents, a span or cue without
//	                       words: left out
//	length                 a cue longer than 100 characters: left out
//	range, type            a confidence outside 0 to 1, or not a number: left
//	                       out
//	unknown-field          a member citron's formats do not define: ignored
//	headline               no headline given: the text's first line stands in
//
// The imported document always validates.
package citron
