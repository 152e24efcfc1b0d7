// Package quote models what was said: quotations and paraphrases, their cues,
// channels and languages, and where they stand in the text.
//
// # Quotes
//
// A [Quote] reproduces a speaker's words in one of four ways ([Kind]):
//
//   - direct: verbatim, in quotation marks;
//   - indirect: a paraphrase in the writer's words;
//   - partial: a quoted fragment inside the writer's sentence, the fragment
//     being the whole content;
//   - mixed: a paraphrase that carries quoted fragments ([Fragment]).
//
// A direct quotation that its cue splits in two (“...,” X said. “...”) is two
// direct quotes, the second naming the first in ContinuationOf.
//
// Who said the words is not part of the quote: package attribution joins a
// quote to its speaker.
//
// # Cues and channels
//
// A [Cue] is the word or phrase that introduces the quote ("told", "denies",
// "according to"). A [Channel] says how the words were obtained: an interview,
// a statement, a report with its date, a post on social media ([ChannelKind]).
// The recipient ("told The Media Line"), the language as a BCP 47 tag, a
// [Translation] and when the words were said complete the record.
//
// # Spans
//
// A [Span] locates a stretch of the text by code-point offsets, half-open, and
// by its exact text with a prefix and a suffix (W3C Web Annotation's
// TextPositionSelector and TextQuoteSelector).
package quote
