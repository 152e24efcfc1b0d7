package audit_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/examples/seed"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// The audit of the seed article under the strictest preset: an anonymous
// official with no reason and no basis given, who offers an opinion and a
// prediction and is the only source of six claims; no byline; three figures
// with no source.
func Example() {
	doc, err := seed.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	findings, err := audit.Run(doc, audit.Strictest())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Printf("%-7s %-23s %-24s %s\n", f.Severity, f.Check, f.Pointer, strings.Join(f.Rules, " "))
	}
	// Output:
	// warning anonymous-no-byline     /article/byline          AP-9
	// error   anonymous-opinion       /attributions/2/claims/0 AP-1
	// error   anonymous-opinion       /attributions/3/claims/0 AP-1
	// warning unsourced-statistic     /claims/2                AP-10
	// warning unsourced-statistic     /claims/4                AP-10
	// warning unsourced-statistic     /claims/7                AP-10
	// warning single-anonymous-source /claims/10               R-5 BBC-1 BBC-3
	// warning single-anonymous-source /claims/11               R-5 BBC-1 BBC-3
	// warning single-anonymous-source /claims/12               R-5 BBC-1 BBC-3
	// warning single-anonymous-source /claims/13               R-5 BBC-1 BBC-3
	// warning single-anonymous-source /claims/14               R-5 BBC-1 BBC-3
	// warning single-anonymous-source /claims/15               R-5 BBC-1 BBC-3
	// error   anonymous-no-reason     /speakers/0/anonymity    AP-6 NPR-2 NYT-2
	// notice  anonymous-no-basis      /speakers/0/anonymity    AP-4 NYT-3
}

// The same article under the BBC's preset, printed for people: findings
// grouped by speaker, the anonymous official by description only, with the
// passage each is about.
func ExampleWriteText() {
	doc, err := seed.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	findings, err := audit.Run(doc, audit.BBC())
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := audit.WriteText(os.Stdout, doc, findings[:2]); err != nil {
		fmt.Println(err)
	}
	// Output:
	// senior intelligence official (anonymous)
	//   warning single-anonymous-source /claims/10 [R-5 BBC-1 BBC-3]
	//           the claim “A recent terror attack on a military base near the Afghan border reaffirmed Paki…” rests on one anonymous source alone, “senior intelligence official”, and no other source supports it
	//           “a recent terror attack on a Pakistan military base near the border with Afghanistan reaffirmed Pakistan’s decision”
	//   warning single-anonymous-source /claims/11 [R-5 BBC-1 BBC-3]
	//           the claim “Pakistan will deport all Afghan citizens forcibly.” rests on one anonymous source alone, “senior intelligence official”, and no other source supports it
	//           “deport all Afghan citizens forcibly”
}

// A newsroom's own policy, written as JSON: the AP's checks, a single
// anonymous source as an error, no byline check.
func ExampleDecodePolicy() {
	p, err := audit.DecodePolicy(strings.NewReader(`{
		"name": "our-desk",
		"base": "ap",
		"checks": [
			{"check": "single-anonymous-source", "severity": "error"},
			{"check": "anonymous-no-byline", "off": true}
		]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range audit.CheckIDs() {
		if sev, on := p.Severity(id); on {
			fmt.Println(id, sev)
		}
	}
	// Output:
	// anonymous-no-reason error
	// anonymous-vague warning
	// anonymous-opinion error
	// single-anonymous-source error
	// anonymous-declined-comment error
	// deep-background-attributed error
	// unsourced-statistic warning
	// unattributed-disputed warning
	// anonymous-no-basis notice
}

// A policy with a mistake is refused with the JSON Pointer of each problem.
func ExampleDecodePolicy_invalid() {
	_, err := audit.DecodePolicy(strings.NewReader(`{"name": "our-desk", "checks": [{"check": "anonymous-sources"}]}`))
	fmt.Println(err)
	// Output:
	// 1 problem
	//   /checks/0/check: must be one of: anonymous-no-reason, anonymous-boilerplate-reason, anonymous-vague, anonymous-opinion, anonymous-pejorative, single-anonymous-source, anonymous-declined-comment, plural-sources, deep-background-attributed, anonymous-no-byline, unsourced-statistic, unattributed-disputed, contradicted-on-background, anonymous-no-basis (enum)
}

// Findings gathered by speaker: a speaker quoted on deep background, whose
// words the story should not attribute to anyone, and a story that gives its
// figures without a source.
func ExampleGroups() {
	fled := 40000.0
	doc := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Talks stall in Niamey", Byline: []string{"Amina Diallo"}},
		Speakers: []source.Speaker{{
			ID: "official", Kind: source.KindPerson, BasedIn: "Niamey",
			Anonymity: &source.Anonymity{
				Description: "senior defense ministry official",
				GroundRule:  source.GroundRuleDeepBackground,
				Reason:      "because he feared dismissal",
				Basis:       "who attended the talks",
			},
		}},
		Quotes:       []quote.Quote{{ID: "q1", Kind: quote.KindIndirect, Text: "the talks had stalled"}},
		Attributions: []attribution.Attribution{{ID: "a1", Speaker: "official", Quote: "q1"}},
		Claims: []attribution.Claim{{
			ID: "fled", Kind: attribution.ClaimStatistical, Text: "About 40,000 people have fled.",
			Quantities: []attribution.Quantity{{Value: &fled, Unit: "people", Qualifier: attribution.QualifierApproximately}},
		}},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk"}, Created: "2026-11-26"},
	}
	findings, err := audit.Run(doc, audit.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range audit.Groups(doc, findings) {
		fmt.Println(g.Label)
		for _, f := range g.Findings {
			fmt.Println("  ", f.Severity, f.Check, f.Pointer)
		}
	}
	// Output:
	// senior defense ministry official (anonymous)
	//    error deep-background-attributed /attributions/0
	// the story itself
	//    warning unsourced-statistic /claims/0
}
