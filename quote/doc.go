// Package quote models what was said: quotations and paraphrases, their cues,
// channels and languages, and where they stand in the text.
//
// # Entry points
//
//   - [Quote] records one quotation or paraphrase; [Quote.Validate] checks it.
//   - [NewIndex] indexes a text once; [Index.Locate] then finds a passage in
//     it and returns its [Span], with [WithPrefix], [WithSuffix], [WithHint]
//     and [WithinRange] to choose among occurrences.
//   - [Locate] finds one passage in a text without keeping an index.
//   - [NewSpan] makes a span from code-point positions; [Index.Span] from
//     positions in bytes or UTF-16 units.
//   - [Index.Convert] and [Index.ConvertAll] convert offsets between code
//     points, UTF-8 bytes and UTF-16 units ([Unit]); [Index.Offsets] gives a
//     span's offsets in any of them.
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
// quote to its speaker. A program that weighed several speakers records them
// as candidates ([Candidate]) with their probabilities (a candidate with no speaker is the
// chance that no one is meant, Quotebank's "None"); a quote gathered across a
// corpus records how often it was found (Occurrences) and where (URLs).
//
// # Cues and channels
//
// A [Cue] is the word or phrase that introduces the quote ("told", "denies",
// "according to"). A [Channel] says how the words were obtained: an interview,
// a statement, a report with its date, a post on social media ([ChannelKind]).
// The recipient ("told The Media Line"), the language as a [BCP 47] tag, a
// [Translation] and when the words were said complete the record.
//
// # Spans
//
// A [Span] locates a stretch of the text by code-point offsets, half-open, and
// by its exact text with a prefix and a suffix (the TextPositionSelector and
// TextQuoteSelector of the [W3C Web Annotation Data Model]). [NewSpan] builds one from
// positions, with [DefaultContext] code points of context on each side.
//
// Programs count positions differently ([Unit]): Python and W3C count code
// points, Go counts UTF-8 bytes, JavaScript, Java and Stanford CoreNLP count
// UTF-16 code units, in which an emoji counts two. An [Index] of a text
// converts between them exactly: one offset ([Index.Convert]), a span
// ([Index.Offsets], [Index.Span]), or all the offsets of a text in one pass
// ([Index.ConvertAll]).
//
//	x := quote.NewIndex(text)
//	start, end, err := x.Offsets(span, quote.UnitUTF16) // text.slice(start, end) in JavaScript
//
// [Index.Locate] finds a string in the indexed text and returns its span; the
// function [Locate] does the same for one look-up, building an Index each
// time, which costs as much as the text is long: to locate several strings in
// one text, as annotating an article does, build the Index once. Where the string
// occurs more than once, a prefix, a suffix and a hinted position choose
// ([WithPrefix], [WithSuffix], [WithHint]); when nothing decides, the error is
// an [*AmbiguousError]. Matching tolerates typographic variants: curly and
// straight quotation marks and apostrophes, no-break and ordinary spaces,
// composed and decomposed characters (NFC and NFD), CRLF and LF line ends
// (\r\n and \n). The span it returns is in
// the original text, with the text's own characters. It never starts or ends
// inside a character sequence, which a reader sees as one character: a letter
// and its combining accents, an emoji with its zero-width joiners, variation
// selectors and skin-tone modifiers, a flag's two regional indicators, the
// \r\n of a line end. An occurrence that would cut one is no occurrence.
//
// Because a span keeps its text and context, it can be found again after the
// text is edited: [Index.Locate] with the span's selectors finds it, and
// [Index.ContextMatches] confirms it. Package attribution re-anchors every
// span of a document this way
// ([github.com/onrecord/onrecord/attribution.Document.Reanchor]).
//
// [W3C Web Annotation Data Model]: https://www.w3.org/TR/annotation-model/
// [BCP 47]: https://www.rfc-editor.org/info/bcp47
package quote
