package briefing_test

import (
	"fmt"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/examples/briefing"
)

// The officials speak on background: the transcript prints their words under
// a description, with the terms of the call, and puts an editor's bracketed
// words where their names would stand.
func ExampleDocument_groundRules() {
	doc, err := briefing.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []string{briefing.FirstOfficial, briefing.SecondOfficial} {
		s, _ := doc.Speaker(id)
		a := s.Anonymity
		fmt.Printf("%s: %s, %s\n", s, a.GroundRule, a.Terms)
		if a.Basis != "" {
			fmt.Println("  knows it as one who", a.Basis)
		}
		fmt.Println("  mentioned", len(doc.MentionsOf(id)), "times; speaks for", s.Affiliations[0].OrganizationID)
	}
	q, _ := doc.Quote("moderator-speakers")
	for _, e := range q.Edits {
		fmt.Printf("%s %s at %d\n", e.Kind, e.Text, e.Span.Start)
	}
	// Output:
	// senior administration official: background, on background, attributable to “senior administration officials.”
	//   mentioned 5 times; speaks for us-government
	// senior administration official: background, on background, attributable to “senior administration officials.”
	//   knows it as one who was able to talk to Ambassador Carstens to get a few details that we can provide
	//   mentioned 5 times; speaks for us-government
	// insertion [senior administration official] at 607
	// insertion [senior administration official] at 644
}

// Speech at second hand: each reported statement, with who reports it and
// the channel it came through, where the transcript says.
func ExampleDocument_secondHand() {
	doc, err := briefing.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range doc.Attributions {
		if a.Parent == "" {
			continue
		}
		s, _ := doc.Speaker(a.Speaker)
		q, _ := doc.Quote(a.Quote)
		line := fmt.Sprintf("%s %s", s, q.Cue.Text)
		if q.Channel != nil {
			line += fmt.Sprintf(" (%s)", q.Channel.Kind)
		}
		if q.Channel != nil && q.Channel.Name != "" {
			line = line[:len(line)-1] + ": " + q.Channel.Name + ")"
		}
		if q.SaidAs != "" {
			line += ", " + q.SaidAs
		}
		fmt.Println(line)
	}
	// Output:
	// Blinken said publicly, back in July
	// Blinken referenced, at the time
	// Government of Russia made clear
	// a senior U.S. government official share and talk through
	// Biden made clear
	// another senior U.S. official talked through
	// Government of the United States proposed
	// Government of Russia levied (court-filing)
	// Government of Russia rejected
	// Biden authorizing (document: executive order), this summer
	// State Department introduced (document: “D” for wrongful detention indicator), this summer
	// State Department warned (document: “D” for wrongful detention indicator), this summer
	// Carstens let her know
	// Brittney Griner expressed
}

// Another party's claims, answered: the official calls Russia's espionage
// charges a sham, and Russia's rejection answers the U.S. proposals.
func ExampleDocument_otherParties() {
	doc, err := briefing.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range doc.Claims {
		for _, r := range c.Relations {
			if r.Type != attribution.RelationDenies {
				continue
			}
			other, _ := doc.Claim(r.Claim)
			by, _ := doc.Speaker(doc.SourcesOf(other.ID)[0].Speaker)
			fmt.Printf("%q (%s) %s %q\n", c.Text, doc.SourcesOf(c.ID)[0].Speaker, r.Type, other.Text+" ("+by.String()+")")
		}
	}
	for _, a := range doc.Attributions {
		for _, r := range a.RespondsTo {
			s, _ := doc.Speaker(a.Speaker)
			q, _ := doc.Quote(a.Quote)
			fmt.Printf("%s: %s %q, a %s of %s\n", s, q.Cue.Text, q.Text, r.Kind, r.Attribution)
		}
	}
	// Output:
	// "The espionage charges against Paul Whelan are a sham." (official-1) denies "Paul Whelan committed espionage. (Government of Russia)"
	// Government of Russia: rejected "each and every one of our proposals for his release", a rejection of a-us-options
	// Government of Russia: rejected "each and every one of our proposals for his release", a rejection of a-secretary-proposal
}

// What the officials would not say: attributions of the type no-details.
func ExampleDocument_declined() {
	doc, err := briefing.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range doc.Attributions {
		if a.Type != attribution.TypeNoDetails {
			continue
		}
		s, _ := doc.Speaker(a.Speaker)
		q, _ := doc.Quote(a.Quote)
		fmt.Printf("%s: %s\n", s, q.Text)
	}
	// Output:
	// a senior U.S. government official: the news about Brittney
	// another senior U.S. official: today’s news
	// senior administration official: Aside from that, for privacy reasons, we’re not going to get into too much more.
}
