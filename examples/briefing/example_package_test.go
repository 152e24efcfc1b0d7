package briefing_test

import (
	"fmt"

	"github.com/onrecord/onrecord/examples/briefing"
)

// The whole use of the package: build the document, which has passed
// validation, and read it: its size, each speaker with the number of
// attributions to them, and the claims that no one is cited for (none here:
// every claim of the briefing is someone's).
func Example() {
	doc, err := briefing.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d speakers, %d quotes, %d attributions, %d claims\n",
		len(doc.Speakers), len(doc.Quotes), len(doc.Attributions), len(doc.Claims))
	for _, s := range doc.Speakers {
		n := 0
		for _, a := range doc.Attributions {
			if a.Speaker == s.ID {
				n++
			}
		}
		if n > 0 {
			fmt.Printf("%d  %s (%s)\n", n, s, s.Identity())
		}
	}
	for _, c := range doc.UnsourcedClaims() {
		fmt.Println("unsourced:", c.Text)
	}
	// Output:
	// 12 speakers, 39 quotes, 39 attributions, 28 claims
	// 1  Government of the United States (named)
	// 2  State Department (named)
	// 3  moderator (anonymous)
	// 18  senior administration official (anonymous)
	// 4  senior administration official (anonymous)
	// 2  Biden (named)
	// 2  Blinken (named)
	// 1  Carstens (named)
	// 1  Brittney Griner (named)
	// 3  Government of Russia (named)
	// 1  a senior U.S. government official (unnamed)
	// 1  another senior U.S. official (unnamed)
}
