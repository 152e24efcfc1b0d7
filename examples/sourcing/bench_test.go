package main

import (
	"fmt"
	"io"
	"strconv"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// reportDocument returns a document of n speakers, n quotes and n
// attributions, the last speaker and quote cited first.
func reportDocument(n int) *attribution.Document {
	d := &attribution.Document{FormatVersion: attribution.FormatVersion, Article: attribution.Article{Headline: "Many voices"}}
	for i := range n {
		id := strconv.Itoa(i)
		d.Speakers = append(d.Speakers, source.Speaker{ID: "s" + id, Kind: source.KindPerson, Name: "Speaker " + id})
		d.Quotes = append(d.Quotes, quote.Quote{ID: "q" + id, Kind: quote.KindIndirect, Text: "Words number " + id})
	}
	for i := n - 1; i >= 0; i-- {
		id := strconv.Itoa(i)
		d.Attributions = append(d.Attributions, attribution.Attribution{ID: "a" + id, Speaker: "s" + id, Quote: "q" + id})
	}
	return d
}

// BenchmarkReport writes the sourcing report of documents of 1,000 and
// 10,000 rows: the time per report grows tenfold when the report is linear.
func BenchmarkReport(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		d := reportDocument(n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				writeReport(io.Discard, d)
			}
		})
	}
}
