// Command gencorpus writes a JSON Lines stream of generated onrecord
// documents, for measuring how reading and validating scale with a stream:
//
//	go run ./internal/gencorpus -n 20000 > corpus.jsonl
//	/usr/bin/time -v go run ./cmd/onrecord validate corpus.jsonl
//
// Each document is a short news text with its speakers, quotes (direct and
// indirect, with spans), attributions, a nested one among them, and claims;
// every tenth document breaks a rule (a reference that resolves to nothing),
// so that a run reports problems as a real corpus would. The output depends
// on -n and -seed only.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/stream"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

func main() {
	n := flag.Int("n", 1000, "how many documents to write")
	seed := flag.Uint64("seed", 1, "the seed of the generator")
	flag.Parse()
	if err := write(os.Stdout, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

// write writes n documents, one per line.
func write(w io.Writer, n int, seed uint64) error {
	bw := bufio.NewWriter(w)
	sw := stream.NewWriter(bw)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	for i := range n {
		if err := sw.Write(document(i, rng)); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return bw.Flush()
}

var (
	names  = []string{"Farzana Shah", "Michael Kugelman", "Sardar Sarfaraz Bugti", "Amina Yusuf", "Kenji Watanabe", "Zoë Müller"}
	verbs  = []string{"said", "told reporters", "added", "noted", "declared", "explained"}
	topics = []string{"the border crossing", "refugee returns", "the new budget", "the flood relief effort", "the trade talks"}
)

// document returns the i-th document: valid, except every tenth.
func document(i int, rng *rand.Rand) *attribution.Document {
	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article: attribution.Article{Headline: "Officials discuss " + topics[i%len(topics)] + " (" + strconv.Itoa(i) + ")",
			Publisher: "The Generated Times", Language: "en", Published: "2024-03-15"},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentSoftware, Name: "gencorpus", Version: "1"},
			Created: "2024-03-16T10:00:00Z"},
	}
	speakers := 2 + rng.IntN(4)
	for s := range speakers {
		d.Speakers = append(d.Speakers, source.Speaker{ID: "s" + strconv.Itoa(s), Kind: source.KindPerson,
			Name: names[(i+s)%len(names)]})
	}
	d.Speakers = append(d.Speakers, source.Speaker{ID: "anon", Kind: source.KindPerson,
		Anonymity: &source.Anonymity{Description: "a senior official"}})
	var text strings.Builder
	cp := 0
	write := func(s string) { text.WriteString(s); cp += utf8.RuneCountInString(s) }
	write(d.Article.Headline + ".\n\n")
	quotes := 4 + rng.IntN(12)
	for q := range quotes {
		id := strconv.Itoa(q)
		speaker := "s" + strconv.Itoa(rng.IntN(speakers))
		if q == 0 {
			speaker = "anon"
		}
		words := fmt.Sprintf("We are working on %s, and progress on point %d is real", topics[(i+q)%len(topics)], q)
		kind := quote.KindDirect
		if q%3 == 2 {
			kind = quote.KindIndirect
		}
		var start int
		if kind == quote.KindDirect {
			write("“")
			start = cp
			write(words)
			write(",” " + names[q%len(names)] + " " + verbs[q%len(verbs)] + ". ")
		} else {
			write(names[q%len(names)] + " " + verbs[q%len(verbs)] + " that ")
			start = cp
			write(words)
			write(". ")
		}
		end := start + utf8.RuneCountInString(words)
		d.Quotes = append(d.Quotes, quote.Quote{ID: "q" + id, Kind: kind, Text: words,
			Span: &quote.Span{Start: start, End: end, Exact: words}})
		a := attribution.Attribution{ID: "a" + id, Speaker: speaker, Quote: "q" + id, Claims: []string{"c" + id}}
		if q == 1 {
			a.Parent = "a0" // the official reports what another said
		}
		d.Attributions = append(d.Attributions, a)
		d.Claims = append(d.Claims, attribution.Claim{ID: "c" + id, Kind: attribution.ClaimFactual,
			Text: "Progress on point " + id + " is real."})
	}
	d.Text = text.String()
	if i%10 == 9 {
		d.Attributions[len(d.Attributions)-1].Speaker = "nobody" // an unresolved reference
	}
	return d
}
