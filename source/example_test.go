package source_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/source"
)

// The seed article's anonymous source: "Speaking on condition of anonymity, an
// Islamabad-based senior intelligence official told The Media Line ...". The
// story gives no reason for the anonymity, which is valid but worth an
// editor's question.
func ExampleSpeaker_anonymous() {
	official := source.Speaker{
		ID:      "official",
		Kind:    source.KindPerson,
		BasedIn: "Islamabad",
		Country: "PK",
		Anonymity: &source.Anonymity{
			Description: "senior intelligence official",
			GroundRule:  source.GroundRuleAnonymity,
			Terms:       "Speaking on condition of anonymity",
		},
	}
	fmt.Println("valid:", official.Validate() == nil)
	fmt.Println("speaker:", official)
	fmt.Println("based in:", official.BasedIn)
	fmt.Println("reason given:", official.Anonymity.ReasonGiven())

	// A name on an anonymous speaker is refused, and the error does not
	// repeat it; neither does printing the speaker.
	official.Name = "Name Known To The Editor"
	var verr *attribution.ValidationError
	if errors.As(official.Validate(), &verr) {
		for _, p := range verr.Problems {
			fmt.Println(p.Pointer, p.Code, p.Message)
		}
	}
	fmt.Printf("%+v\n", official)
	// Output:
	// valid: true
	// speaker: senior intelligence official
	// based in: Islamabad
	// reason given: false
	// /name named-or-anonymous an anonymous speaker must have no name
	// senior intelligence official
}

// A named expert whose organization sits inside a parent organization: "Kamal
// Alam, a nonresident senior fellow at the Atlantic Council’s South Asia
// Center".
func ExampleSpeaker_expert() {
	alam := source.Speaker{
		ID:   "alam",
		Kind: source.KindPerson,
		Name: "Kamal Alam",
		Affiliations: []source.Affiliation{{
			Role: "nonresident senior fellow",
			Organization: &source.Organization{
				Name:   "South Asia Center",
				Parent: &source.Organization{Name: "Atlantic Council", Country: "US"},
			},
		}},
	}
	fmt.Println("valid:", alam.Validate() == nil)
	for _, a := range alam.Affiliations {
		fmt.Print(alam, ": ", a.Role)
		for o := a.Organization; o != nil; o = o.Parent {
			fmt.Print(", ", o.Name)
		}
		fmt.Println()
	}
	// Output:
	// valid: true
	// Kamal Alam: nonresident senior fellow, South Asia Center, Atlantic Council
}

// An affiliation needs a role or an organization, and cannot end before it
// starts.
func ExampleAffiliation() {
	naqvi := source.Speaker{
		ID:   "naqvi",
		Kind: source.KindPerson,
		Name: "Mohsin Raza Naqvi",
		Affiliations: []source.Affiliation{
			{Role: "Interior Minister", Since: "2024-03-11"},
			{Since: "2024", Until: "2023"},
		},
	}
	var verr *attribution.ValidationError
	if errors.As(naqvi.Validate(), &verr) {
		for _, p := range verr.Problems {
			fmt.Println(p.Pointer, p.Code)
		}
	}
	// Output:
	// /affiliations/1 affiliation-empty
	// /affiliations/1/until date-order
}

// An anonymous speaker is written to JSON like any other speaker; one that
// carries a name (an editor's slip) is refused, by json.Marshal and by a JSON
// log alike, rather than printed or silently dropped.
func ExampleSpeaker_MarshalJSON() {
	official := source.Speaker{
		ID: "official", Kind: source.KindPerson,
		Anonymity: &source.Anonymity{Description: "senior intelligence official"},
	}
	data, err := json.Marshal([]source.Speaker{official})
	fmt.Println(string(data), err)

	official.Name = "Name Known To The Editor"
	_, err = json.Marshal([]source.Speaker{official})
	fmt.Println(errors.Is(err, source.ErrIdentityNotWritten))

	// A log line keeps its other values and says why the speakers are missing.
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // no clock in an example
			}
			return a
		},
	}))
	logger.Info("sources", "speakers", []source.Speaker{official}, "count", 1)
	// Output:
	// [{"id":"official","kind":"person","anonymity":{"description":"senior intelligence official"}}] <nil>
	// true
	// {"level":"INFO","msg":"sources","speakers":"!ERROR:json: error calling MarshalJSON for type source.Speaker: source: an anonymous speaker carries a name, a title, a QID or sameAs URLs, which onrecord never writes; Validate points at them","count":1}
}
