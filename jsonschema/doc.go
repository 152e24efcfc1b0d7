// Package jsonschema holds onrecord's JSON Schema (draft 2020-12), for
// programs in other languages, and the generator that derives it from the Go
// model.
//
// Its name is that of other JSON Schema packages a program often imports
// beside it (github.com/invopop/jsonschema,
// github.com/santhosh-tekuri/jsonschema/v6); import it under another name
// then:
//
//	import onrecordschema "github.com/onrecord/onrecord/jsonschema"
//
// # The files
//
// The files are schemas of [JSON Schema] draft 2020-12. There is one
// self-contained file per type that users exchange, named by
// [Names]: document.schema.json, speaker.schema.json, quote.schema.json,
// attribution.schema.json and claim.schema.json, and policy.schema.json for
// the policies of the sourcing audit
// ([github.com/onrecord/onrecord/attribution/audit.Policy]). Each has an
// absolute, versioned $id under [BaseURL] (https://onrecord.github.io/schema/0.2/),
// a title, and a description for every type and field, drawn from the Go doc
// comments. Each file keeps the types it uses in its own $defs and refers
// only to them ("#/$defs/Span"), so a validator loads it without fetching
// anything.
//
// The $id URLs are identifiers, not addresses: nothing is served at them, and
// a validator that tries to fetch one fails. Give the validator the file
// itself, registered under its $id ([ID]): the files are embedded in this
// package, and [File] returns one, [Files] all of them as an [io/fs.FS],
// needing neither the source nor the network; [Write] writes them into a
// directory, as the command does:
//
//	go run github.com/onrecord/onrecord/cmd/onrecord@latest schema -o DIR
//
// The package example registers a file with a validator this way.
//
// # How they are made
//
// [Generate] makes a schema file from the Go types of packages source, quote,
// attribution and attribution/audit, with their doc comments as descriptions:
// it reflects on the types with github.com/invopop/jsonschema and then maps
// the validate tags that the Go validation checks to JSON Schema keywords:
//
//   - required: the member is required and, for a string, not empty; a struct
//     member whose empty value breaks a rule (such as article and annotation)
//     is required too;
//   - omitempty: the member may be left out, and a string member may also be
//     empty, which Go reads as absent;
//   - min, max, len, gte, lte, gt, lt: minLength and maxLength for strings,
//     minItems and maxItems for lists, minimum and maximum for numbers;
//   - oneof, and enum with the values each type registers: enum, with the
//     meaning of every value in the description;
//   - dive: the rules after it apply to the list's items;
//   - members that decoding requires although their Go zero value is allowed
//     (a span's start and end) are required, and members that decoding
//     refuses empty (a document's text) get minLength 1: both lists are
//     registered once, and the decoder reads them too;
//   - onrecord's own tags: id, qid, country, langtag, isodate and http_url
//     refer to the $defs ID, QID, Country, LanguageTag, Date and HTTPURL.
//
// A tag without a mapping stops generation, and so does a type with a JSON
// form of its own that has no schema for that form. The embedded files are
// what [Generate] returns for this version of the module.
//
// The cross-field rules that JSON Schema can say are said with if/then/else,
// anyOf, oneOf and dependentRequired: a speaker is named or anonymous, never
// both (an anonymous speaker has no name, QID or sameAs); only an organization
// or a government has a parent organization; an affiliation has a role or an
// organization; a mixed quote has one or more fragments and no other kind has
// any; only a direct quote continues another; a statistical claim has one or
// more quantities; a quantity has a value or both low and high, never both;
// software that annotates gives its version.
//
// Dates are checked as Go checks them: a year, a month, a day (format
// "date"), or an RFC 3339 date and time with an upper-case T (format
// "date-time" plus a pattern, since some validators accept forms RFC 3339
// refuses). Go matches the same date-time pattern before it checks the
// calendar, so both refuse a one-digit hour ("T9:30:00Z") and offsets beyond
// 23:59 ("+24:00", "+23:60"), as RFC 3339 does. A validator that does not
// assert formats checks the patterns alone.
//
// Countries are the 249 ISO 3166-1 alpha-2 codes that the standard assigns,
// from one table that Go checks and the schema lists as its enum: reserved
// ("UK", "UN", "EU"), withdrawn ("SU", "YU") and user-assigned ("XK") codes
// are refused by both. A [BCP 47] language tag that names an extension
// singleton twice ("en-a-bbb-a-ccc") is refused by both, the schema with
// "not".
//
// Numbers are JSON numbers that a Go float64 holds: a quantity's value, low
// and high lie between -1.7976931348623157e308 and 1.7976931348623157e308
// (minimum and maximum in the schema), so that a figure such as 1e400, which
// Go cannot read, fails the schema too. A number closer to zero than
// float64 can tell (1e-400) is read as 0 by Go and passes both.
//
// # Rules only Go checks
//
// These rules need more than one value, the document's text, or the raw JSON,
// which JSON Schema cannot see; [attribution.Document.Validate] and
// [attribution.Decode] check them. By rule code:
//
//   - organization-chain: an organization's chain of parent organizations is
//     at most 16 deep (the schema's parentOrganization refers to its own
//     definition, and JSON Schema has no keyword for the depth of a
//     recursion).
//   - date-order: an affiliation's until is not before its since, an
//     article's updated not before its published, a quote's saidUntil not
//     before its said, a period's end not before its start (comparisons of
//     two values).
//   - range-order: a quantity's low is not above its high (a comparison of two
//     values).
//   - fragment-not-in-text: a mixed quote's fragment, and an edit, occurs in
//     the quote's text (a substring test).
//   - span-order: a span's end is greater than its start (a comparison of two
//     values).
//   - candidates: a quote's candidate speakers name each speaker once and "no
//     speaker" once, with probabilities that add up to at most 1 (uniqueness
//     of one member, and a sum).
//   - duplicate-id: IDs are unique across speakers, quotes, attributions and
//     claims (uniqueItems compares whole items, not one member).
//   - unresolved-reference: every reference names a speaker, quote,
//     attribution or claim of the document; an organization reference names
//     an organization or a government.
//   - attribution-cycle: no attribution is its own ancestor.
//   - self-relation: no claim relates to itself, no speaker is its own parent
//     or speaks on its own behalf, no statement answers itself.
//   - joint-speakers: a joint statement names each other speaker once and
//     never the attribution's own speaker (comparisons across members).
//   - span-outside-text: a span lies inside the document's text.
//   - span-mismatch: a span's exact text, prefix and suffix match the
//     document's text, the exact text's length in code points is end minus
//     start, and the span of a quote, a fragment, a cue, a quantity or a credit
//     holds exactly that value's text.
//   - syntax: well-formed JSON with no key repeated in an object (a JSON
//     parser keeps one of the repeated values before any schema sees them).
//   - trailing-data: nothing follows the document (the parser's concern).
//
// And these the schema says only in part:
//
//   - language-tag: the schema checks that a tag is well-formed BCP 47; Go,
//     with golang.org/x/text/language, also refuses well-formed tags whose
//     subtags are unknown ("xx").
//   - continuation: the schema checks that a quote that continues another is
//     direct; Go also checks that the quote it continues exists, is direct, is
//     not itself, and that the chain does not loop.
//   - type: JSON Schema's integer includes numbers written 1e6 or 2.0, and
//     numbers beyond 64 bits, which Go does not decode into an int; its
//     numbers include those so close to 0 (1e-400) that a 64-bit float would
//     hold them as 0, which Go refuses rather than change.
//
// [GoOnly] and [PartlyGoOnly] return these codes. Go also refuses null for
// any member (leave it out instead), as the schema does: no member's type
// includes null.
//
// # Validators differ
//
// Patterns are written in the syntax that Go and ECMA-262 share. Python's re
// lets "$" match before a final newline, so Python's jsonschema accepts an ID,
// a QID or a date followed by one newline, which Go and ajv refuse. Python's
// jsonschema checks the uri format only when an RFC 3987 package is
// installed; the HTTPURL pattern still asks for http or https and a host. ajv's
// uri format follows RFC 3986 to the letter: it refuses what Go's URL parser
// takes, non-ASCII characters (a link to a non-English encyclopedia page) and
// characters such as space, |, {, } and \; percent-encode them for ajv.
// Go refuses a language tag that is well-formed but whose subtags are unknown
// or malformed ("xx", "en-0abc"), which the schema's pattern accepts.
//
// # Agreement
//
// Go and the schema give the same verdict, checked with
// github.com/santhosh-tekuri/jsonschema/v6 asserting formats: every value
// that Go encodes and validates passes the schema; every value that breaks a
// rule the schema can say fails it; and every one-step change of a valid
// value (a member dropped, a string emptied or broken, a type changed, a
// number out of range, a list emptied or null, an unknown member added) gets
// the same verdict from both, except that where Go finds only the rules above
// broken, the schema accepts. ajv and Python's jsonschema give the same
// verdicts, but for the differences listed under "Validators differ".
//
// [JSON Schema]: https://json-schema.org/draft/2020-12
// [BCP 47]: https://www.rfc-editor.org/info/bcp47
package jsonschema
