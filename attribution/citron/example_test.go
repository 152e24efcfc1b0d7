package citron_test

import (
	"fmt"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/citron"
)

// The example quote of citron's documentation, imported without its text: its
// second content span is 54 code points long but its words are 65, which the
// import reports, keeping the words without a position.
func Example() {
	const example = `{
	  "cue": {"start": 364, "end": 368, "text": "said"},
	  "sources": [{"start": 350, "end": 363, "text": "Humpty Dumpty"}],
	  "contents": [
	    {"start": 302, "end": 322, "text": "\"When I use a word,\""},
	    {"start": 369, "end": 423, "text": "\"it means just what I choose it to mean — neither more nor less.\""}
	  ]
	}`
	r, err := citron.Read(strings.NewReader(example), citron.Options{
		Annotation: &attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"},
			Created: "2026-11-26",
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range r.Warnings {
		fmt.Println("warning:", w.Pointer, w.Code)
	}
	d := r.Document
	for _, a := range d.Attributions {
		s, _ := d.Speaker(a.Speaker)
		q, _ := d.Quote(a.Quote)
		fmt.Printf("%s (%s): %s\n", s, q.Kind, q.Text)
	}
	// Output:
	// warning: /contents/1 span-mismatch
	// Humpty Dumpty (direct): When I use a word,
	// Humpty Dumpty (direct): it means just what I choose it to mean — neither more nor less.
}
