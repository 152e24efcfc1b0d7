package ldtest

import (
	"fmt"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// Synthetic returns a valid document of n paragraphs, each a direct quote of
// one of ten speakers with its cue, a mention and a claim that supports the
// one before, for benchmarks at several sizes.
func Synthetic(n int) *attribution.Document {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "“Measure %d will pass,” Speaker %d said. ", i, i%10)
	}
	text := b.String()
	x := quote.NewIndex(text)
	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Synthetic", URL: "https://example.org/synthetic", Language: "en"},
		Text:          text,
		Annotation:    attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Bench"}, Created: "2026-11-26"},
	}
	for j := range 10 {
		d.Speakers = append(d.Speakers, source.Speaker{ID: fmt.Sprintf("s%d", j), Kind: source.KindPerson, Name: fmt.Sprintf("Speaker %d", j)})
	}
	pos := 0
	for i := range n {
		words := fmt.Sprintf("Measure %d will pass,", i)
		start := pos + 1
		end := start + len([]rune(words))
		span, _ := x.Span(start, end, quote.UnitCodePoint)
		name := fmt.Sprintf("Speaker %d", i%10)
		mstart := end + 2
		mention, _ := x.Span(mstart, mstart+len(name), quote.UnitCodePoint)
		cue, _ := x.Span(mstart+len(name)+1, mstart+len(name)+5, quote.UnitCodePoint)
		id := fmt.Sprintf("q%d", i)
		d.Quotes = append(d.Quotes, quote.Quote{ID: id, Kind: quote.KindDirect, Text: words, Span: &span,
			Cue: &quote.Cue{Text: "said", Span: &cue}})
		claim := attribution.Claim{ID: fmt.Sprintf("c%d", i), Kind: attribution.ClaimPrediction, Text: words}
		if i > 0 {
			claim.Relations = []attribution.Relation{{Type: attribution.RelationSupports, Claim: fmt.Sprintf("c%d", i-1)}}
		}
		d.Claims = append(d.Claims, claim)
		d.Attributions = append(d.Attributions, attribution.Attribution{ID: "a" + id, Speaker: fmt.Sprintf("s%d", i%10),
			Quote: id, Claims: []string{claim.ID}})
		d.Mentions = append(d.Mentions, attribution.Mention{Speaker: fmt.Sprintf("s%d", i%10), Span: mention})
		pos = cue.End + 2
	}
	return d
}
