package seed_test

import (
	"fmt"

	"github.com/onrecord/onrecord/examples/seed"
)

// The whole use of the package: build the document, which has passed
// validation, and read it: its size, each speaker with the number of
// attributions to them, and the claims that no one is cited for.
func Example() {
	doc, err := seed.Document()
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
	// 11 speakers, 38 quotes, 38 attributions, 34 claims
	// 5  senior intelligence official (anonymous)
	// 2  Government of Pakistan (named)
	// 2  Pakistani officials (unnamed)
	// 1  Government of Afghanistan (named)
	// 1  International Organization for Migration (named)
	// 2  Center for Research and Security Studies (named)
	// 3  Mohsin Raza Naqvi (named)
	// 6  Farzana Shah (named)
	// 5  Israr Ahmed Rajpoot (named)
	// 6  Andy Vermaut (named)
	// 5  Kamal Alam (named)
	// unsourced: Pakistan will restart deporting Afghan refugees.
	// unsourced: The UN, the US and international human rights organizations sharply criticized the 2023 announcement.
	// unsourced: The measures were expected to affect about 1.7 million undocumented Afghan refugees of the 4 million Afghans in Pakistan.
	// unsourced: Many Afghans in Pakistan arrived during the Soviet occupation of Afghanistan.
	// unsourced: An estimated 600,000 to 800,000 Afghans entered Pakistan after the Taliban took power in 2021.
	// unsourced: Deportations have been slow in recent months.
	// unsourced: The 2023 fatality rates were Pakistan’s highest in six years.
	// unsourced: By a cautious estimate, at least 36 security officers have been killed in terror incidents so far in 2024.
	// unsourced: Armed groups operate from safe havens in Afghanistan’s border regions.
	// unsourced: Tehreek-e-Taliban Pakistan is banned in Pakistan and considered a global terrorist organization by the US.
}
