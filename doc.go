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
// A [github.com/onrecord/onrecord/attribution.Document] is one text's whole
// sourcing. It is normalized: flat
// lists of speakers, quotes, attributions and claims, each with a string ID,
// that refer to each other by ID.
//
//	Document
//	├── article       headline, publisher, URL, language, dates published and
//	│                 updated, dateline, byline, contributors
//	├── text          the full text, when the annotator has it
//	├── speakers      source.Speaker: named, unnamed (described, on the record)
//	│                 or anonymous (source.Anonymity), with affiliations
//	│                 (source.Affiliation, source.Organization) and parents
//	├── quotes        quote.Quote: direct, indirect, partial or mixed, with its
//	│                 cue, edits, channel, recipient, language, translation,
//	│                 time and span in the text
//	├── attributions  attribution.Attribution: speaker (+ joint speakers, the
//	│                 principal spoken for) + quote (+ parent, claims, responses)
//	├── claims        attribution.Claim: propositions, quantities, relations
//	├── mentions      where the text names or refers to a speaker
//	├── credits       credits of images, video, graphics and audio
//	└── annotation    who or what annotated the text, and when
//
// Spans count Unicode code points, half-open [start, end), and keep their exact
// text with a prefix and a suffix, so that they can be found again after the
// text is edited ([github.com/onrecord/onrecord/quote.Span]).
//
// # Packages
//
//   - [github.com/onrecord/onrecord/source]: who speaks. Speaker and its
//     kinds, named, unnamed or anonymous; Anonymity and its ground rules;
//     Affiliation and Organization.
//   - [github.com/onrecord/onrecord/quote]: what was said. Quote and its
//     kinds, Cue, Edit, Channel, Translation, Span; Index, which converts
//     offsets and locates passages in a text.
//   - [github.com/onrecord/onrecord/attribution]: who said what about what.
//     Attribution, Claim, Quantity, Relation, and Document, validated as a
//     whole; the error type ValidationError and the table of rule codes.
//   - [github.com/onrecord/onrecord/attribution/audit]: the sourcing audit.
//     Checks of a document against newsroom rules on sourcing (anonymous
//     sources explained, described and corroborated; figures and disputed
//     facts attributed; ground rules kept), policies that choose them, and
//     findings that never reveal an anonymous source's identity. Validation
//     says whether a document is well formed; the audit says whether the
//     story is well sourced.
//   - [github.com/onrecord/onrecord/attribution/schemaorg] and
//     [github.com/onrecord/onrecord/attribution/webannotation]: exports to
//     schema.org JSON-LD and to W3C Web Annotation, with onrecord's own
//     vocabulary for what those cannot say.
//   - [github.com/onrecord/onrecord/attribution/citron] and
//     [github.com/onrecord/onrecord/attribution/quotebank]: imports from BBC
//     citron's annotation format and runtime output, and from Quotebank's
//     quotation-centric and article-centric records (streamed line by
//     line); every problem they work around is a warning with its place.
//   - [github.com/onrecord/onrecord/attribution/stream]: JSON Lines streams
//     of documents, read one record at a time, in memory that does not grow
//     with the stream, and written one per line.
//   - [github.com/onrecord/onrecord/attribution/page]: a document's
//     sourcing as one self-contained HTML page, the text with every quote
//     marked by speaker, and the audit's findings beside the passages.
//   - [github.com/onrecord/onrecord/jsonschema]: the JSON Schema of the
//     model, for other languages.
//   - [github.com/onrecord/onrecord/cmd/onrecord]: the command line, for
//     documents and JSON Lines streams of them: validate, audit, html,
//     export, import and schema. Install it with
//     go install github.com/onrecord/onrecord/cmd/onrecord@latest.
//   - [github.com/onrecord/onrecord/examples/seed] (a news story) and
//     [github.com/onrecord/onrecord/examples/briefing] (a government briefing
//     on background): real texts whose sourcing is modelled completely;
//     [github.com/onrecord/onrecord/examples/sourcing], a command that prints
//     a document's sourcing as a table.
//
// Imports flow one way: source and quote import neither each other nor
// attribution; attribution joins them by ID; the exports and imports depend on
// the model, never the reverse.
//
// # Validation
//
// Every type a user validates has a Validate method that returns nil or a
// [*github.com/onrecord/onrecord/attribution.ValidationError] listing every
// problem, each with an RFC 6901 JSON Pointer to the offending value, a
// stable rule code and an English message. Field rules are declared on the
// structs' fields; rules that need the whole document (unique IDs,
// references, spans against the text) are checked by
// [github.com/onrecord/onrecord/attribution.Document.Validate]. No message
// repeats a value from the input, so no error reveals what an anonymous
// source's record holds.
//
// # Terms of other models
//
// onrecord learns from the standards and corpora of the field: PARC 3.0
// (https://aclanthology.org/L16-1619/), schema.org
// (https://schema.org/Quotation), the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/) and W3C PROV-O
// (https://www.w3.org/TR/prov-o/). Its terms map to theirs as follows.
//
//	onrecord                PARC 3.0          schema.org                  W3C
//	---------------------   ---------------   -------------------------   ------------------------------
//	Attribution             attribution rel.  (Quotation.creator)         PROV-O wasAttributedTo
//	Attribution.Speaker     source            spokenByCharacter/creator   PROV-O wasQuotedFrom
//	Quote.Cue               cue               -                           -
//	Quote (content)         content           Quotation                   PROV-O Quotation
//	Attribution.Parent      nested attr.      -                           -
//	Attribution.OnBehalfOf  -                 -                           PROV-O actedOnBehalfOf
//	Attribution.Type        attribution type  -                           -
//	Speaker (person)        -                 Person                      PROV-O Agent
//	Speaker (organization)  -                 Organization                PROV-O Agent
//	Affiliation             -                 Role (roleName, startDate)  -
//	Organization.Parent     -                 parentOrganization          -
//	Claim                   -                 Claim (appearance)          -
//	Span.Start, Span.End    -                 -                           TextPositionSelector
//	Span.Exact/Prefix/Suffix -                -                           TextQuoteSelector
//	Annotation              -                 -                           creator, generator, created
//	Quote.Candidates        -                 -                           -  (Quotebank probas)
//	Quote.Occurrences, URLs -                 -                           -  (Quotebank numOccurrences, urls)
//	Mention                 -                 -                           -  (citron coreference)
//
// None of them models anonymity terms, relations between claims, channels,
// translation and dated roles together; onrecord does.
package onrecord
