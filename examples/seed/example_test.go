package seed_test

import (
	"fmt"

	"github.com/onrecord/onrecord/examples/seed"
)

// The story's anonymous source: described, located and quoted, never named,
// with no reason given for the anonymity.
func ExampleDocument_anonymousOfficial() {
	doc, err := seed.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	official, _ := doc.Speaker(seed.Official)
	a := official.Anonymity
	fmt.Println("speaker:", official)
	fmt.Println("based in:", official.BasedIn)
	fmt.Println("ground rule:", a.GroundRule, "-", a.Terms)
	fmt.Println("reason given:", a.ReasonGiven())
	for _, m := range doc.MentionsOf(seed.Official) {
		fmt.Printf("mentioned at [%d, %d): %s\n", m.Span.Start, m.Span.End, m.Span.Exact)
	}
	// Output:
	// speaker: senior intelligence official
	// based in: Islamabad
	// ground rule: anonymity - Speaking on condition of anonymity
	// reason given: false
	// mentioned at [281, 328): an Islamabad-based senior intelligence official
	// mentioned at [608, 618): the source
	// mentioned at [832, 842): The source
	// mentioned at [991, 993): He
}

// A direct quote split by its cue: “...,” the source said. “...”. The second
// part continues the first and shares its speaker and cue.
func ExampleDocument_splitQuote() {
	doc, err := seed.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	first, _ := doc.Quote("official-urged")
	second, _ := doc.Quote("official-burden")
	fmt.Printf("%s [%d, %d) cue %q at %d\n", first.ID, first.Span.Start, first.Span.End, first.Cue.Text, first.Cue.Span.Start)
	fmt.Printf("%s [%d, %d) continues %s\n", second.ID, second.Span.Start, second.Span.End, second.ContinuationOf)
	// Output:
	// official-urged [512, 606) cue "said" at 619
	// official-burden [626, 829) continues official-urged
}

// Nested attribution: the official outlines Islamabad's belief, so the
// government's attribution has the official's as its parent.
func ExampleDocument_nestedAttribution() {
	doc, err := seed.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range doc.Attributions {
		if a.Parent == "" {
			continue
		}
		// Walk up from the reported words to the one who reports them.
		for at, ok := a, true; ok; at, ok = doc.Attribution(at.Parent) {
			s, _ := doc.Speaker(at.Speaker)
			q, _ := doc.Quote(at.Quote)
			fmt.Printf("%s (%s, %q): %s\n", s, at.Type, q.Cue.Text, q.Text)
		}
	}
	// Output:
	// Government of Pakistan (belief, "firmly held belief"): terrorists frequently cross shared borders and take refuge in Afghanistan after targeting Pakistani security forces
	// senior intelligence official (assertion, "outlined"): Islamabad’s firmly held belief that terrorists frequently cross shared borders and take refuge in Afghanistan after targeting Pakistani security forces
}

// A contested claim: Islamabad's belief that terrorists take refuge in
// Afghanistan, the claims that support it, and Kabul's denial.
func ExampleDocument_contestedClaim() {
	doc, err := seed.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	target, _ := doc.Claim("refuge")
	fmt.Println("claim:", target.Text)
	for _, c := range doc.Claims {
		for _, r := range c.Relations {
			if r.Claim != target.ID {
				continue
			}
			who := "the story itself"
			if sources := doc.SourcesOf(c.ID); len(sources) > 0 {
				s, _ := doc.Speaker(sources[0].Speaker)
				who = s.String()
			}
			fmt.Printf("  %s by %s: %s\n", r.Type, who, c.Text)
		}
	}
	// Output:
	// claim: Terrorists cross into Pakistan, attack its security forces and take refuge in Afghanistan.
	//   supports by the story itself: Armed groups operate from safe havens in Afghanistan’s border regions.
	//   supports by Pakistani officials: Religiously motivated terrorists suspected of seeking refuge in Afghanistan are behind the attacks.
	//   denies by Government of Afghanistan: Afghanistan shelters no terrorists.
	//   supports by Center for Research and Security Studies: Most of the attacks occurred in areas bordering Afghanistan.
	//   supports by Israr Ahmed Rajpoot: Islamabad has presented substantial evidence that terrorism masterminds are on Afghan soil.
	//   supports by Israr Ahmed Rajpoot: Nearly every assault on Pakistan’s security forces traces back to Afghanistan.
}
