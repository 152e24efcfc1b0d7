package quote_test

import (
	"fmt"

	"github.com/onrecord/onrecord/quote"
)

// A direct quote that its cue splits in two: “...,” the source said. “...”.
// The second part is a quote of its own that continues the first.
func ExampleQuote_direct() {
	first := quote.Quote{
		ID:   "q1",
		Kind: quote.KindDirect,
		Text: "Pakistan has consistently urged Kabul to take action against terrorists operating on its soil,",
		Cue:  &quote.Cue{Text: "said", Lemma: "say"},
	}
	second := quote.Quote{
		ID:             "q2",
		Kind:           quote.KindDirect,
		Text:           "However, Kabul’s lack of seriousness in addressing these concerns led to reinitiating the expulsion drive.",
		ContinuationOf: "q1",
	}
	fmt.Println(first.Kind, first.Validate() == nil, second.Validate() == nil, second.ContinuationOf)
	// Output: direct true true q1
}

// An indirect quote paraphrases, here told to the publication itself.
func ExampleQuote_indirect() {
	q := quote.Quote{
		ID:        "q-shah",
		Kind:      quote.KindIndirect,
		Text:      "the repatriation efforts are part of Pakistan’s attempt to address security threats from the Afghan border region",
		Cue:       &quote.Cue{Text: "told", Lemma: "tell"},
		Channel:   &quote.Channel{Kind: quote.ChannelInterview},
		Recipient: "The Media Line",
	}
	fmt.Println(q.Kind, q.Validate() == nil, q.Cue.Text, q.Recipient)
	// Output: indirect true told The Media Line
}

// A partial quote is a quoted fragment inside the writer's sentence: Shah
// "described the security situation within Pakistan as “highly intricate and
// volatile.”"
func ExampleQuote_partial() {
	q := quote.Quote{
		ID:   "q-shah-2",
		Kind: quote.KindPartial,
		Text: "highly intricate and volatile.",
		Cue:  &quote.Cue{Text: "described", Lemma: "describe"},
	}
	fmt.Println(q.Kind, q.Kind.IsVerbatim(), q.Validate() == nil)
	// Output: partial true true
}

// A mixed quote is a paraphrase that carries verbatim fragments; each fragment
// must occur in the quote's text.
func ExampleQuote_mixed() {
	q := quote.Quote{
		ID:   "q-vermaut",
		Kind: quote.KindMixed,
		Text: "the decision to repatriate Afghan citizens “carries considerable human rights implications”",
		Fragments: []quote.Fragment{
			{Text: "carries considerable human rights implications"},
		},
		Cue: &quote.Cue{Text: "told", Lemma: "tell"},
	}
	fmt.Println(q.Kind, q.Validate() == nil)

	q.Fragments = nil
	fmt.Println(q.Validate())
	// Output:
	// mixed true
	// 1 problem
	//   /fragments: a mixed quote needs at least one verbatim fragment (quote-kind)
}

// A quote translated from Urdu: the words are English, the original language
// is a BCP 47 tag that golang.org/x/text/language reads.
func ExampleQuote_LanguageTag() {
	q := quote.Quote{
		ID:          "q-ur",
		Kind:        quote.KindDirect,
		Text:        "We will promote the national narrative against extremism.",
		Language:    "en",
		Translation: &quote.Translation{From: "ur-PK", By: "the newsroom"},
	}
	lang, _ := q.LanguageTag()
	from, _ := q.Translation.LanguageTag()
	base, _ := from.Base()
	region, _ := from.Region()
	fmt.Println(q.Validate() == nil, lang, from, base, region)
	// Output: true en ur-PK ur PK
}
