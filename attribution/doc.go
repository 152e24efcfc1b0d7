// Package attribution joins speakers to their words and the words to the
// claims they make, and holds the Document that records one text's whole
// sourcing.
//
// # Attributions
//
// An [Attribution] is PARC 3.0's relation of source, cue and content: a
// speaker (by ID, from package source), a quote (by ID, from package quote,
// which carries the cue), a [Type] (assertion, belief, denial...), the claims
// the words make, and, for nested attribution, a parent. In "He outlined
// Islamabad's firmly held belief that ...", the official's attribution is the
// parent of Islamabad's.
//
// # Claims
//
// A [Claim] is a proposition of some [ClaimKind], with its quantities
// ([Quantity]: a value or a range, a unit, a [Qualifier] such as approximately
// or at least) and its relations to other claims ([Relation]: supports,
// contradicts, denies, qualifies). A claim's sources are the attributions that
// list it; a claim with none is one the text makes on its own authority, and
// [Document.UnsourcedClaims] lists them.
//
// # Documents
//
// A [Document] holds the article's metadata, optionally its text, and flat
// lists of speakers, quotes, attributions, claims, mentions and credits,
// joined by ID, with the [Annotation] that says who or what made it. [Decode]
// reads one strictly; [Document.Validate] checks it as a whole. An error lists
// at most [MaxProblems] problems, and counts the others. A corpus of
// documents, one per line of a JSON Lines stream, is read and written by
// package [github.com/onrecord/onrecord/attribution/stream].
//
// # Anchoring and edits
//
// Every span of a document ([Document.Spans] yields them with their JSON
// Pointers) locates a passage of Text by code points and by its exact text
// with context. When the text is edited, [Document.Reanchor] moves every span
// to its new place, by its exact text and context first and its old position
// second, and reports each span it could not place, with the reason, in a
// [*ReanchorError]: nothing is dropped silently. [Document.MentionsOf] lists the
// places where the text names or refers to a speaker.
//
// # Errors
//
// Validation and decoding return a [*ValidationError]: every [Problem] found,
// each with an RFC 6901 JSON Pointer, a [Code] and an English message, in a
// deterministic order. The Code constants are the table of rules; the JSON
// Schema expresses every rule it can, and those marked "Go only" there need Go.
package attribution
