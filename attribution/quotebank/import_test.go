package quotebank_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/quotebank"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// fixed is the provenance the tests record, so that the golden files do not
// depend on the day they are written.
var fixed = &attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentSoftware, Name: "Quotebank",
	Version: "test"}, Created: "2026-11-26"}

// outcome streams a file and returns, for each line, what became of it:
// "line N: pointer code" for each warning, or "line N: error ..." and each of
// the error's problems; and the documents as JSON Lines.
func outcome(t *testing.T, r io.Reader) (lines []string, docs []byte) {
	t.Helper()
	var buf bytes.Buffer
	x := quotebank.NewReader(r, quotebank.Options{Annotation: fixed})
	for {
		rec, err := x.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var lerr *quotebank.LineError
		if errors.As(err, &lerr) {
			var verr *attribution.ValidationError
			if errors.As(err, &verr) {
				for _, p := range verr.Problems {
					lines = append(lines, fmt.Sprintf("line %d: error %s %s", lerr.Line, p.Pointer, p.Code))
				}
			} else {
				lines = append(lines, fmt.Sprintf("line %d: error %v", lerr.Line, lerr.Err))
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, fmt.Sprintf("line %d: %d quotes", rec.Line, len(rec.Document.Quotes)))
		for _, w := range rec.Warnings {
			lines = append(lines, fmt.Sprintf("line %d: %s %s", rec.Line, w.Pointer, w.Code))
		}
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rec.Document); err != nil {
			t.Fatal(err)
		}
	}
	return lines, buf.Bytes()
}

// The fixture stream imports line by line as its golden files say: each
// record's warnings and each bad line's error (quotes.want), and the
// documents (quotes.onrecord.jsonl).
func TestStream(t *testing.T) {
	f, err := os.Open("testdata/quotes.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines, docs := outcome(t, f)
	got := strings.Join(lines, "\n") + "\n"
	if *update {
		if err := os.WriteFile("testdata/quotes.want", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("testdata/quotes.onrecord.jsonl", docs, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/quotes.want")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	wantDocs, err := os.ReadFile("testdata/quotes.onrecord.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(wantDocs), string(docs)); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
}

// "None" as the speaker is an unattributed quotation, not a speaker named
// None; string probabilities are read as numbers.
func TestNone(t *testing.T) {
	line := `{"quoteID": "2019-02-28-002734", "quotation": "x", "speaker": "None", "qids": [],` +
		` "probas": [["None", "0.581"], ["Tim Cook", "0.419"]]}`
	rec, err := quotebank.ImportLine([]byte(line), quotebank.Options{Annotation: fixed})
	if err != nil {
		t.Fatal(err)
	}
	d := rec.Document
	if len(d.Attributions) != 0 {
		t.Errorf("attributions: %+v", d.Attributions)
	}
	for _, s := range d.Speakers {
		if s.Name == "None" {
			t.Error("a speaker named None")
		}
	}
	cands := d.Quotes[0].Candidates
	if len(cands) != 2 || cands[0].Speaker != "" || cands[0].Probability != 0.581 || cands[1].Speaker != "tim-cook" {
		t.Errorf("candidates: %+v", cands)
	}
}
