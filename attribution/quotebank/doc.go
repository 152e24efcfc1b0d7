// Package quotebank imports Quotebank, the corpus of quotations that EPFL
// extracted from news articles of 2008 to 2020, in both of its shapes, into
// onrecord documents.
//
// # The two shapes
//
// A quotation-centric record (quotes-YYYY.json.bz2) is one quotation gathered
// from every article that carries it: quoteID, quotation, speaker (the most
// likely, or "None"), qids, date, numOccurrences, probas ([name, probability]
// pairs, probabilities as numbers or strings), urls and phase. It becomes a
// document without a text, whose one direct quote carries:
//
//   - the quotation as its text and the quoteID as its ID;
//   - numOccurrences as Occurrences and the urls as URLs;
//   - probas as Candidates: each name a named speaker of the document,
//     "None" the candidate for no speaker;
//   - an attribution to the speaker, with the speaker's probability as its
//     confidence, unless the speaker is "None": then the quote is
//     unattributed, and no speaker is named None;
//   - the speaker's qids: one becomes its QID, several its PossibleQIDs;
//   - the date's day as the article's publication date: Quotebank's
//     "2019-01-17 11:46:57" has no time zone, so its time of day names no
//     instant and is left out.
//
// An article-centric record (quotebank-YYYY.json.bz2) is one article: its
// tokens joined by single spaces (content), its names with their Wikidata
// IDs and token offsets, and its quotations with token offsets. It becomes a
// document whose text is the content and whose headline is the title; names
// become speakers with their mentions, and quotations direct quotes placed by
// their token offsets ([start, end), end exclusive), with this article's
// candidates (localProbas) and an attribution to localTopSpeaker unless it is
// "None". The global speaker and candidates belong to the quotation-centric
// record of the same quoteID and are not repeated; the contexts around a
// quotation (leftContext, rightContext, contextStart, contextEnd) are in the
// text already and are not kept apart. Names' ids and offsets
// are read as arrays or as the strings the released files hold.
//
// # Streams
//
// A [Reader] imports a JSON Lines stream line by line, each line a record of
// either shape, holding one line at a time: a stream of millions of lines
// imports in memory that does not grow with it. A bad line gives a [*LineError] with its line number, and
// the stream goes on. Decompress a .bz2 file with compress/bzip2 first.
//
// # Problems
//
// An import never drops a problem silently. A line that is not JSON, or has a
// value of the wrong type (null included), or has no quotation, is an error for
// that line: a [*LineError] wrapping a [*attribution.ValidationError] whose
// problems point into the line. Everything else the import works around and
// reports in the record's Warnings, with the JSON Pointer (RFC 6901) of the
// value in the line and a code:
//
//	unknown-field      a member Quotebank's formats do not define: ignored
//	type, range        a probability that is not a number from 0 to 1, a
//	                   pair that is not [name, probability]: the pair is
//	                   left out
//	candidates         a name listed twice (the second is left out), or
//	                   probabilities adding up to more than 1 (the
//	                   candidates are left out)
//	url                a URL that is not absolute http or https: left out
//	date               a date not of Quotebank's form: left out
//	qid                a Wikidata ID that is not Q and digits: left out;
//	                   QIDs of an unattributed quotation: left out
//	id                 a quoteID not of onrecord's ID form: replaced
//	span-mismatch      a quotation whose words differ from the content at
//	                   its token offsets: located by its words, or kept
//	                   without a position; an articleLength that is not the
//	                   content's number of tokens
//	span-outside-text  token offsets outside the content: left out
//	required           a name or quotation without words: left out; an
//	                   article without a title: its first words stand in;
//	                   a record without a speaker (not even "None"): kept
//	                   unattributed
//
// Every imported document validates.
package quotebank
