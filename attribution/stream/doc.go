// Package stream reads and writes JSON Lines streams of onrecord documents:
// one document per line, as corpora of quotations are shipped and as an
// extractor emits a document per article.
//
// # Reading
//
// [Read] yields the records of a stream one at a time, each with the line it
// came from, the document, and what is wrong with it. A record is decoded and
// validated exactly as a lone document is, by
// [github.com/onrecord/onrecord/attribution.Decode] and
// [github.com/onrecord/onrecord/attribution.Document.Validate]: its error is
// an [*attribution.ValidationError] listing at most
// [attribution.MaxProblems] problems, with a count of the others. A line
// that is not JSON, or longer than [Options.MaxLineBytes], is such a record
// too, and reading goes on with the next line: only a failure to read the
// stream itself ends it.
//
// Reading holds one line at a time (with [Options.Jobs] above 1, one per
// job), so memory does not grow with the stream: a stream of any length is
// read in the memory of its longest line.
//
//	for rec, err := range stream.Read(r, stream.Options{}) {
//		if err != nil {
//			return err // reading the stream failed
//		}
//		if rec.Err != nil {
//			fmt.Println("line", rec.Line, rec.Err)
//		}
//	}
//
// With Jobs above 1, records are decoded and validated in parallel and still
// yielded in the order of the stream.
//
// # Writing
//
// A [Writer] writes documents one per line, as compact JSON that [Read] reads
// back.
package stream
