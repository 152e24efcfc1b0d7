// Package attribution joins speakers to their words and the words to the
// claims they make, and holds the Document that records one text's whole
// sourcing.
//
// # Attributions
//
// An [Attribution] is PARC 3.0's relation of source, cue and content
// (https://aclanthology.org/L16-1619/): a speaker (by ID, from package
// [source]), a quote (by ID, from package [quote], which carries the cue), a
// [Type] (assertion, belief, denial...), the claims the words make, and, for
// nested attribution, a parent. In "He outlined
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
// [Document.UnsourcedClaims] lists them. A claim also records two judgements
// of the annotator that the sourcing audit
// ([github.com/onrecord/onrecord/attribution/audit]) reads: whether it
// disparages a person or an institution ([Claim.Pejorative]) and whether the
// text puts it forward as a guess ([Claim.Speculative]).
//
// A quantity's value, low and high are finite numbers that a Go float64
// holds: from -1.7976931348623157e308 to 1.7976931348623157e308. [Decode]
// refuses a figure beyond that range (1e400) with the code type, Validate
// refuses NaN and the infinities with range, and the JSON Schema sets the
// same minimum and maximum. Decode refuses a figure closer to zero than a
// float64 can hold (1e-400), which would read as 0, with the code type too;
// the schema accepts it.
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
// # Building a document from its text
//
// A [Builder] adds speakers, quotes with their attributions, claims and
// credits to a document whose Text it holds. Each passage is given as the
// user types it and located with [quote.Index.Locate], which tolerates
// straight and curly quotation marks, composed and decomposed characters and
// no-break spaces; the builder records the text's own characters at the place
// found, so that validation, which compares them exactly, agrees. A cue is
// looked for before its quote or, with [CueAfter], after it; a passage that
// occurs more than once needs a [Passage] prefix or suffix (or [Context] for a
// quote), and one that is not told apart comes back as a [*PlaceError] that
// lists where each occurrence is. [Builder.Document] returns every such
// problem at once, with those of [Document.Validate].
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
// # Format versions
//
// A document states the version of the format it follows in its
// formatVersion member; this package writes [FormatVersion]. [Decode] reads
// only the current version and refuses an earlier one with a problem of code
// format-version that names the way forward: [Upgrade] reads every version
// below and returns the document at the current one, with the list of what it
// changed and what a person should review. The JSON Schema files
// ([github.com/onrecord/onrecord/jsonschema]) carry the version in their $id.
//
//	version  status   what it added
//	0.1      earlier  speakers, quotes, attributions, claims with figures and
//	                  relations, mentions, credits; spans in code points
//	0.2      current  unnamed speakers and organizations; titles; organizations
//	                  referenced by ID; joint statements; speaking on behalf
//	                  of; responses between statements; edits inside
//	                  quotations; implicit attribution; new attribution types
//	                  (declined comment, no response, no details, question,
//	                  warning, endorsement, rejection); vague figures, figures
//	                  for each, periods; approximate times of speech; article
//	                  update time, dateline, contributors; file credits and
//	                  caption spans; translations from an unknown language;
//	                  claims the annotator judges pejorative or speculative;
//	                  a quote's candidate speakers with probabilities, its
//	                  occurrences and URLs across a corpus; a speaker's
//	                  possible Wikidata items; no headline needed in a
//	                  document without a text
//
// Every 0.1 document is a 0.2 document but for its version. What 0.2 tells
// apart that 0.1 could not (an unnamed speaker on the record from an
// anonymous one) Upgrade leaves as it was and lists for review.
//
// # Errors
//
// Validation and decoding return a [*ValidationError]: every [Problem] found
// (the first [MaxProblems], and a count of the others), each with an RFC 6901
// JSON Pointer, a [Code], an English message and, within a document, the ID
// of the speaker, quote, attribution or claim it is in, in a deterministic
// order. errors.As finds a *ValidationError in the error of every Validate
// method of onrecord, whichever package it is in. The Code constants are the
// table of rules ([Codes] lists them); the JSON Schema expresses every rule it
// can, and those marked "Go only" there need Go.
package attribution
