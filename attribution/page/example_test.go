package page_test

import (
	"fmt"
	"log"
	"regexp"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/page"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

func Example() {
	text := "“The border stays closed,” a senior official said, speaking on condition of anonymity. " +
		"Farzana Shah, a defense expert, told reporters the closure was “highly intricate and volatile.”"
	x := quote.NewIndex(text)
	at := func(exact string) *quote.Span {
		s, err := x.Locate(exact)
		if err != nil {
			log.Fatal(err)
		}
		return &s
	}
	doc := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "The border stays closed"},
		Text:          text,
		Speakers: []source.Speaker{
			{ID: "official", Kind: source.KindPerson, Anonymity: &source.Anonymity{
				Description: "senior official", GroundRule: source.GroundRuleAnonymity,
				Terms: "speaking on condition of anonymity",
			}},
			{ID: "shah", Kind: source.KindPerson, Name: "Farzana Shah"},
		},
		Quotes: []quote.Quote{
			{ID: "q1", Kind: quote.KindDirect, Text: "The border stays closed,", Span: at("The border stays closed,"),
				Cue: &quote.Cue{Text: "said", Span: at("said")}},
			{ID: "q2", Kind: quote.KindMixed, Text: "the closure was “highly intricate and volatile.”",
				Span:      at("the closure was “highly intricate and volatile.”"),
				Fragments: []quote.Fragment{{Text: "highly intricate and volatile.", Span: at("highly intricate and volatile.")}},
				Cue:       &quote.Cue{Text: "told", Span: at("told")}, Recipient: "reporters"},
		},
		Attributions: []attribution.Attribution{
			{ID: "a1", Speaker: "official", Quote: "q1"},
			{ID: "a2", Speaker: "shah", Quote: "q2"},
		},
		Annotation: attribution.Annotation{
			By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"}, Created: "2026-11-26",
		},
	}
	if err := doc.Validate(); err != nil {
		log.Fatal(err)
	}

	var b strings.Builder
	err := page.Write(&b, doc, page.Options{Findings: []page.Finding{{
		Check: "AP-6", Severity: page.SeverityWarning, Pointer: "/speakers/0",
		Message: "the story does not say why the source was granted anonymity",
	}}})
	if err != nil {
		log.Fatal(err)
	}
	// Count the elements of the page's contract.
	html := b.String()
	count := func(pattern string) int { return len(regexp.MustCompile(pattern).FindAllString(html, -1)) }
	fmt.Println("quotes marked:", count(`<mark [^>]*data-quote=`))
	fmt.Println("anonymous marks:", count(`<mark [^>]*data-anonymous="true"`))
	fmt.Println("fragments:", count(`<span [^>]*data-fragment-of=`))
	fmt.Println("cues:", count(`<span [^>]*data-cue-of=`))
	fmt.Println("findings:", count(`<span [^>]*data-check=`))
	// Output:
	// quotes marked: 2
	// anonymous marks: 1
	// fragments: 1
	// cues: 2
	// findings: 1
}
