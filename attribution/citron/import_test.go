package citron_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/citron"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// fixed is the provenance the tests record, so that the golden files do not
// depend on the day they are written.
var fixed = &attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentSoftware, Name: "citron-extractor",
	Version: "test"}, Created: "2026-11-26"}

// options reads a fixture's companions: NAME.txt is the text, NAME.spacy.json
// the text and its tokenisation.
func options(t *testing.T, base string) citron.Options {
	t.Helper()
	opts := citron.Options{Annotation: fixed}
	if b, err := os.ReadFile(base + ".txt"); err == nil {
		opts.Text = string(b)
	}
	if f, err := os.Open(base + ".spacy.json"); err == nil {
		defer f.Close()
		s, err := citron.ParseSpacy(f)
		if err != nil {
			t.Fatal(err)
		}
		opts.Text, opts.Tokens = s.Text, s.Tokens
	}
	return opts
}

// Each fixture imports with the warnings its .want sidecar lists ("pointer
// code" lines) into the document of its .onrecord.json golden file.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".spacy.json") || strings.HasSuffix(f, ".onrecord.json") {
			continue
		}
		n++
		base := strings.TrimSuffix(f, ".json")
		t.Run(filepath.Base(base), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r, err := citron.Read(bytes.NewReader(data), options(t, base))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range r.Warnings {
				got = append(got, w.Pointer+" "+string(w.Code))
			}
			wantData, err := os.ReadFile(base + ".want")
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Fields(strings.ReplaceAll(string(wantData), " ", "\x00"))
			for i := range want {
				want[i] = strings.ReplaceAll(want[i], "\x00", " ")
			}
			if *update {
				if err := os.WriteFile(base+".want", []byte(strings.Join(append(got, ""), "\n")), 0o644); err != nil {
					t.Fatal(err)
				}
			} else if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("warnings (-want +got):\n%s\nall: %v", diff, r.Warnings)
			}
			var buf bytes.Buffer
			if err := attribution.Encode(&buf, r.Document); err != nil {
				t.Fatal(err)
			}
			golden := base + ".onrecord.json"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			wantDoc, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if diff := cmp.Diff(string(wantDoc), buf.String()); diff != "" {
				t.Errorf("document (-want +got):\n%s", diff)
			}
		})
	}
	if n < 5 {
		t.Errorf("%d fixtures, want 5 or more", n)
	}
}

// The documentation's own example has a content span 54 code points long
// whose text is 65: the import says so, keeps the words, and leaves the
// span out.
func TestDocumentationExample(t *testing.T) {
	f, err := os.Open("testdata/citron-example-quote.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := citron.ReadAnnotation(f, citron.Options{Annotation: fixed})
	if err != nil {
		t.Fatal(err)
	}
	want := []attribution.Problem{{Pointer: "/contents/1", Code: attribution.CodeSpanMismatch,
		Message: "its text is 65 code points long but end minus start is 54: kept without a position, as no text is given to place its words"}}
	if diff := cmp.Diff(want, r.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	q := r.Document.Quotes[1]
	if q.Text != "it means just what I choose it to mean — neither more nor less." || q.Span != nil || q.ContinuationOf != "q1" {
		t.Errorf("second part: %+v", q)
	}
}

// Malformed input and citron's error reply are errors with their place.
func TestErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		in   string
		want []string
	}{
		"syntax":       {`{"text": "x", "quotes": [`, []string{" syntax"}},
		"type":         {`{"text": "x", "quotes": [{"contents": [{"start": "0", "end": 1, "text": "x"}]}]}`, []string{"/quotes/0/contents/0/start type"}},
		"null":         {`{"text": "x", "quotes": [{"cue": null, "contents": []}]}`, []string{"/quotes/0/cue type"}},
		"citron error": {`{"error": "text too long"}`, []string{"/error syntax"}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := citron.Read(strings.NewReader(tc.in), citron.Options{Annotation: fixed})
			var verr *attribution.ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("error %v, want a ValidationError", err)
			}
			var got []string
			for _, p := range verr.Problems {
				got = append(got, p.Pointer+" "+string(p.Code))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// A repeated id or one that is no ID gives the quote another, with a warning.
func TestIDs(t *testing.T) {
	in := `{"text": "“Yes,” she said. “No,” he said. “Maybe,” they said.", "quotes": [
	  {"id": "x", "contents": [{"start": 0, "end": 6, "text": "“Yes,”"}], "sources": [{"start": 7, "end": 10, "text": "she"}]},
	  {"id": "x", "contents": [{"start": 17, "end": 22, "text": "“No,”"}], "sources": [{"start": 23, "end": 25, "text": "he"}]},
	  {"id": "not an id", "contents": [{"start": 32, "end": 40, "text": "“Maybe,”"}], "sources": [{"start": 41, "end": 45, "text": "they"}]}]}`
	r, err := citron.Read(strings.NewReader(in), citron.Options{Annotation: fixed, Headline: "Votes"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range r.Warnings {
		got = append(got, w.Pointer+" "+string(w.Code)+": "+w.Message)
	}
	want := []string{
		"/quotes/1/id id: names another quote too: this one is called x-2",
		"/quotes/2/id id: is neither an onrecord ID nor a whole number: the quote is called q3",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	var ids []string
	for _, q := range r.Document.Quotes {
		ids = append(ids, q.ID)
	}
	if diff := cmp.Diff([]string{"x", "x-2", "q3"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}
