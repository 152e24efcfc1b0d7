// Package webannotation exports an onrecord document as W3C Web Annotations:
// an AnnotationCollection whose one AnnotationPage holds an annotation for
// each quote and, on request, for each claim and each mention of a speaker.
//
// The terms are those of the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/) and its vocabulary
// (https://www.w3.org/TR/annotation-vocab/).
//
// # An annotation for each quote
//
// Each quote's annotation (motivation identifying) targets the article with
// a SpecificResource whose selectors are alternatives for the quote's span:
// a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
// (start, end, counting code points, end exclusive, as onrecord's spans do).
// A quote without a span targets the article alone. Its bodies:
//
//   - one for each speaker the quote is attributed to (joint speakers too):
//     a SpecificResource with purpose identifying whose source is the
//     speaker as a schema.org (https://schema.org/) Person or Organization;
//   - the quote's kind: a SpecificResource with purpose classifying whose
//     source is onrecord's IRI for it ([KindIRI]:
//     https://onrecord.github.io/ns#direct, #indirect, #partial, #mixed);
//   - the cue: a TextualBody with purpose classifying, also typed
//     onrecord's Cue, whose value is the cue's words;
//   - the quotation itself as a schema:Quotation node (schema:text,
//     schema:spokenByCharacter, schema:inLanguage, schema:dateCreated) with
//     onrecord's terms for the rest, as package
//     [github.com/onrecord/onrecord/attribution/schemaorg] writes it.
//
// A claim's annotation (motivation describing) has the schema:Claim as its
// body; a mention's (motivation identifying) the speaker's identifying body.
//
// # Provenance and dates
//
// Each annotation's creator is the document's annotating agent (a Person, or
// a Software with its homepage and schema:softwareVersion); a program is the
// generator too. created is the document's annotation date as an
// xsd:dateTime in UTC ending in Z, as W3C requires: an RFC 3339 date and time
// is moved to UTC, and a date stands for its first instant in UTC
// ("2026-11-25" becomes "2026-11-25T00:00:00Z", "2026-11" the first of the
// month, "2026" the first of January).
//
// # IRIs and anonymity
//
// Options.Base is the collection's IRI; everything else is named under it
// with a fragment (BASE#annotation-q1, BASE#quote-q1, BASE#speaker-naqvi,
// BASE#claim-deadline, BASE#mention-3). The default base is "urn:onrecord:"
// and a digest of the article's URL, text or headline, the same for the same
// document. The target's source is the article's URL, or BASE#text.
//
// An anonymous source is exported with its description only (and that it is
// anonymous, with the ground rule): never a name, title, Wikidata ID, sameAs
// URL, place or affiliation, and not its ID either, which an annotator may
// have made from the name: its IRI is numbered (BASE#speaker-anonymous-1).
//
// # JSON-LD
//
// The collection and each annotation carry the @context
// ["http://www.w3.org/ns/anno.jsonld",
// "https://onrecord.github.io/schema/0.2/context.jsonld"]; schema.org terms
// are written as schema: CURIEs, which the annotation context binds, and
// onrecord's terms are declared by onrecord's context without redefining any
// annotation term. [Contexts] returns both, so that a JSON-LD processor can
// work offline; the copy of W3C's context holds only the terms the export
// uses. Expanded by a JSON-LD processor, an export loses no member, and it
// meets the MUST assertions of W3C's conformance tests for the model.
package webannotation
