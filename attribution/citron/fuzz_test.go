package citron_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution/citron"
)

// seeds adds the fixtures to a fuzz corpus.
func seeds(f *testing.F) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, ".onrecord.json") || strings.HasSuffix(name, ".spacy.json") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzReadAnnotation: any input either imports into a document that validates
// or gives an error; nothing panics.
func FuzzReadAnnotation(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := citron.ReadAnnotation(bytes.NewReader(data), citron.Options{Annotation: fixed})
		if err != nil {
			if strings.Contains(err.Error(), "does not validate") {
				t.Fatalf("the import made an invalid document: %v", err)
			}
			return
		}
		if err := r.Document.Validate(); err != nil {
			t.Fatalf("imported document does not validate: %v", err)
		}
	})
}

// FuzzReadOutput: the runtime output, placed with the fixtures' tokenisation,
// imports or gives an error; nothing panics.
func FuzzReadOutput(f *testing.F) {
	seeds(f)
	sp, err := os.Open("testdata/output.spacy.json")
	if err != nil {
		f.Fatal(err)
	}
	defer sp.Close()
	tok, err := citron.ParseSpacy(sp)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := citron.Options{Annotation: fixed, Text: tok.Text, Tokens: tok.Tokens}
		r, err := citron.ReadOutput(bytes.NewReader(data), opts)
		if err != nil {
			if strings.Contains(err.Error(), "does not validate") {
				t.Fatalf("the import made an invalid document: %v", err)
			}
			return
		}
		if err := r.Document.Validate(); err != nil {
			t.Fatalf("imported document does not validate: %v", err)
		}
	})
}
