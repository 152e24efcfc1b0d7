package quote_test

import (
	"strings"
	"testing"

	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/quote"
)

func TestQuoteRules(t *testing.T) {
	direct := func(mod func(*quote.Quote)) quote.Quote {
		q := quote.Quote{ID: "q1", Kind: quote.KindDirect, Text: "Nearly every assault traces back to Afghanistan,"}
		mod(&q)
		return q
	}
	// spanned is a direct quote whose words are its span's exact text.
	spanned := func(s quote.Span) quote.Quote {
		return direct(func(q *quote.Quote) { q.Text, q.Span = s.Exact, &s })
	}
	tests := map[string]struct {
		q    quote.Quote
		want []string
	}{
		"valid":                {direct(func(*quote.Quote) {}), nil},
		"no kind, no text":     {quote.Quote{ID: "q1"}, []string{"/kind required", "/text required"}},
		"unknown kind":         {direct(func(q *quote.Quote) { q.Kind = "reported" }), []string{"/kind enum"}},
		"fragments on direct":  {direct(func(q *quote.Quote) { q.Fragments = []quote.Fragment{{Text: "assault"}} }), []string{"/fragments quote-kind"}},
		"fragment not in text": {quote.Quote{ID: "q", Kind: quote.KindMixed, Text: "said it was “a confident move”", Fragments: []quote.Fragment{{Text: "a confident move"}, {Text: "a bold move"}}}, []string{"/fragments/1/text fragment-not-in-text"}},
		"empty fragment":       {quote.Quote{ID: "q", Kind: quote.KindMixed, Text: "t", Fragments: []quote.Fragment{{}}}, []string{"/fragments/0/text required"}},
		"continues itself":     {direct(func(q *quote.Quote) { q.ContinuationOf = "q1" }), []string{"/continuationOf continuation"}},
		"partial continues":    {quote.Quote{ID: "q2", Kind: quote.KindPartial, Text: "volatile", ContinuationOf: "q1"}, []string{"/continuationOf continuation"}},
		"bad language":         {direct(func(q *quote.Quote) { q.Language = "english" }), []string{"/language language-tag"}},
		"translation from an unknown language": {direct(func(q *quote.Quote) {
			q.Translation = &quote.Translation{Basis: quote.TranslationStated}
		}), nil},
		"translation bad basis": {direct(func(q *quote.Quote) { q.Translation = &quote.Translation{Basis: "guessed"} }),
			[]string{"/translation/basis enum"}},
		"elision": {direct(func(q *quote.Quote) {
			q.Text = "We will … act"
			q.Edits = []quote.Edit{{Kind: quote.EditElision, Text: "…"}}
		}), nil},
		"insertion unclosed": {direct(func(q *quote.Quote) {
			q.Text = "We [the army will act"
			q.Edits = []quote.Edit{{Kind: quote.EditInsertion, Text: "[the army"}}
		}), []string{"/edits/0/text quote-edit"}},
		"implicit":             {direct(func(q *quote.Quote) { q.Implicit = true }), nil},
		"said until alone":     {direct(func(q *quote.Quote) { q.SaidUntil = "2024-03-02" }), []string{"/said required"}},
		"translated from Urdu": {direct(func(q *quote.Quote) { q.Language = "en"; q.Translation = &quote.Translation{From: "ur"} }), nil},
		"channel without kind": {direct(func(q *quote.Quote) { q.Channel = &quote.Channel{Date: "2023-12"} }), []string{"/channel/kind required"}},
		"channel bad kind":     {direct(func(q *quote.Quote) { q.Channel = &quote.Channel{Kind: "podcast"} }), []string{"/channel/kind enum"}},
		"channel bad url": {direct(func(q *quote.Quote) {
			q.Channel = &quote.Channel{Kind: quote.ChannelSocialMedia, URL: "example.org/post"}
		}), []string{"/channel/url url"}},
		"said date time":   {direct(func(q *quote.Quote) { q.Said = "2024-03-20T10:00:00+05:00" }), nil},
		"said bad":         {direct(func(q *quote.Quote) { q.Said = "Wednesday" }), []string{"/said date"}},
		"cue without text": {direct(func(q *quote.Quote) { q.Cue = &quote.Cue{Lemma: "say"} }), []string{"/cue/text required"}},
		"cue too long":     {direct(func(q *quote.Quote) { q.Cue = &quote.Cue{Text: strings.Repeat("x", 101)} }), []string{"/cue/text length"}},
		"span ok": {direct(func(q *quote.Quote) {
			q.Span = &quote.Span{Start: 1, End: 49, Exact: "Nearly every assault traces back to Afghanistan,"}
		}), nil},
		"span reversed":       {spanned(quote.Span{Start: 9, End: 3, Exact: "abc"}), []string{"/span/end span-order"}},
		"span negative":       {spanned(quote.Span{Start: -2, End: 1, Exact: "abc"}), []string{"/span/start range"}},
		"span length differs": {spanned(quote.Span{Start: 0, End: 3, Exact: "“ab”"}), []string{"/span/exact span-mismatch"}},
		"span no exact":       {direct(func(q *quote.Quote) { q.Span = &quote.Span{Start: 0, End: 3} }), []string{"/span/exact required"}},
		"curly quotes count as one code point each": {spanned(quote.Span{Start: 0, End: 4, Exact: "“ab”"}), nil},
		"span holds other words":                    {direct(func(q *quote.Quote) { q.Span = &quote.Span{Start: 0, End: 3, Exact: "abc"} }), []string{"/span/exact span-mismatch"}},
		"fragment span holds other words": {quote.Quote{ID: "q", Kind: quote.KindMixed, Text: "said it was “a confident move”",
			Fragments: []quote.Fragment{{Text: "a confident move", Span: &quote.Span{Start: 20, End: 27, Exact: "a bold!"}}}}, []string{"/fragments/0/span/exact span-mismatch"}},
		"cue span holds other words": {direct(func(q *quote.Quote) {
			q.Cue = &quote.Cue{Text: "said", Span: &quote.Span{Start: 50, End: 54, Exact: "told"}}
		}), []string{"/cue/span/exact span-mismatch"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := validation.Lines(tt.q.Validate()); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
