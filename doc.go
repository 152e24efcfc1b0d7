// Package onrecord models who said what in a news text: every quotation and
// paraphrase, the person, organization, government or unnamed group behind it,
// that speaker's affiliations and the terms of any anonymity, and the claims
// the words make, with the relations between those claims.
//
// The model carries its own validation rules and is exported as JSON Schema
// (draft 2020-12), so that programs in other languages can produce and check
// the same documents. This package holds only this overview; the types live in
// the packages below.
//
// # The model in one page
//
// A [attribution.Document] is one text's whole sourcing. It is normalized: flat
// lists of speakers, quotes, attributions and claims, each with a string ID,
// that refer to each other by ID.
//
//	Document
//	├── article       headline, publisher, URL, language, publication date, byline
//	├── text          the full text, when the annotator has it
//	├── speakers      source.Speaker: named or anonymous (source.Anonymity),
//	│                 with affiliations (source.Affiliation, source.Organization)
//	├── quotes        quote.Quote: direct, indirect, partial or mixed, with its
//	│                 cue, channel, recipient, language and span in the text
//	├── attributions  attribution.Attribution: speaker + quote (+ parent, claims)
//	├── claims        attribution.Claim: propositions, quantities, relations
//	├── mentions      where the text names or refers to a speaker
//	├── credits       image and video credits
//	└── annotation    who or what annotated the text, and when
//
// Spans count Unicode code points, half-open [start, end), and keep their exact
// text with a prefix and a suffix, so that they can be found again after the
// text is edited ([quote.Span]).
//
// # Packages
//
//   - [source]: who speaks. Speaker and its kinds, Anonymity and its ground
//     rules, Affiliation and Organization.
//   - [quote]: what was said. Quote and its kinds, Cue, Channel, Translation,
//     Span.
//   - [attribution]: who said what about what. Attribution, Claim, Quantity,
//     Relation, and Document, validated as a whole. It also holds the error
//     type ([attribution.ValidationError]) and the table of rule codes.
//   - attribution/stream: JSON Lines streams of documents, read one record at
//     a time and written one per line.
//   - jsonschema: the JSON Schema of the model, for other languages.
//   - cmd/onrecord: the command line; "onrecord validate" checks documents
//     and streams.
//   - examples: programs that model the sourcing of real articles.
//
// Imports flow one way: source and quote import neither each other nor
// attribution; attribution joins them by ID.
//
// # Validation
//
// Every type a user validates has a Validate method that returns nil or an
// [attribution.ValidationError] listing every problem, each with an RFC 6901
// JSON Pointer to the offending value, a stable rule code and an English
// message. Field rules live in the structs' validate tags and are checked by
// one shared, lazily configured validator; rules that need the whole document
// (unique IDs, references, spans against the text) are checked by
// [attribution.Document.Validate]. No message repeats a value from the input,
// so no error reveals what an anonymous source's record holds.
//
// # Terms of other models
//
// onrecord learns from the standards and corpora of the field. Its terms map
// to theirs as follows.
//
//	onrecord                PARC 3.0          schema.org                  W3C
//	---------------------   ---------------   -------------------------   ------------------------------
//	Attribution             attribution rel.  (Quotation.creator)         PROV-O wasAttributedTo
//	Attribution.Speaker     source            spokenByCharacter/creator   PROV-O wasQuotedFrom
//	Quote.Cue               cue               -                           -
//	Quote (content)         content           Quotation                   PROV-O Quotation
//	Attribution.Parent      nested attr.      -                           -
//	Attribution.Type        attribution type  -                           -
//	Speaker (person)        -                 Person                      PROV-O Agent
//	Speaker (organization)  -                 Organization                PROV-O Agent
//	Affiliation             -                 Role (roleName, startDate)  -
//	Organization.Parent     -                 parentOrganization          -
//	Claim                   -                 Claim (appearance)          -
//	Span.Start, Span.End    -                 -                           TextPositionSelector
//	Span.Exact/Prefix/Suffix -                -                           TextQuoteSelector
//	Annotation              -                 -                           creator, generator, created
//
// None of them models anonymity terms, relations between claims, channels,
// translation and dated roles together; onrecord does.
package onrecord
