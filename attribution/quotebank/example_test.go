package quotebank_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/quotebank"
)

// Two quotation-centric records read as a stream: the first attributed to
// its most likely speaker, the second unattributed, as Quotebank's "None"
// says. Probabilities may be numbers or strings.
func Example() {
	const stream = `{"quoteID": "2019-01-17-000302", "quotation": "we are not going to change course", "speaker": "Tim Cook", "qids": ["Q265852"], "date": "2019-01-17 11:46:57", "numOccurrences": 2, "probas": [["Tim Cook", "0.8848"], ["None", "0.0949"]], "urls": ["https://example.org/a", "https://example.org/b"], "phase": "E"}
{"quoteID": "2019-02-28-002734", "quotation": "the numbers speak for themselves", "speaker": "None", "qids": [], "date": "2019-02-28 08:00:00", "numOccurrences": 1, "probas": [["None", 0.581], ["Tim Cook", 0.419]], "urls": ["https://example.org/c"], "phase": "E"}
`
	r := quotebank.NewReader(strings.NewReader(stream), quotebank.Options{
		Annotation: &attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentSoftware, Name: "Quotebank", Version: "E"},
			Created: "2026-11-26",
		},
	})
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		d := rec.Document
		q := d.Quotes[0]
		speaker := "unattributed"
		for _, a := range d.Attributions {
			s, _ := d.Speaker(a.Speaker)
			speaker = fmt.Sprintf("%s (%.4f, %s)", s, *a.Confidence, s.QID)
		}
		fmt.Printf("line %d: %q, %s, seen %d times on %d pages\n", rec.Line, q.Text, speaker, q.Occurrences, len(q.URLs))
		for _, c := range q.Candidates {
			name := "no speaker"
			if s, ok := d.Speaker(c.Speaker); ok {
				name = s.String()
			}
			fmt.Printf("  candidate %s: %.4f\n", name, c.Probability)
		}
	}
	// Output:
	// line 1: "we are not going to change course", Tim Cook (0.8848, Q265852), seen 2 times on 2 pages
	//   candidate Tim Cook: 0.8848
	//   candidate no speaker: 0.0949
	// line 2: "the numbers speak for themselves", unattributed, seen 1 times on 1 pages
	//   candidate no speaker: 0.5810
	//   candidate Tim Cook: 0.4190
}
