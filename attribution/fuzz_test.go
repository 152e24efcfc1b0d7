package attribution_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/source"
)

// FuzzDecode feeds arbitrary bytes to Decode and Validate. Neither may panic;
// every error must be a *ValidationError; and a document that decodes must
// encode to JSON that decodes to the same encoding, unless an anonymous
// speaker in it carries an identity, which Encode refuses to write and
// Validate reports.
func FuzzDecode(f *testing.F) {
	for _, pattern := range []string{"testdata/valid/*.json", "testdata/invalid/*.json"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := attribution.Decode(bytes.NewReader(data))
		var verr *attribution.ValidationError
		if err != nil {
			if !errors.As(err, &verr) || len(verr.Problems) == 0 {
				t.Fatalf("Decode error without problems: %v", err)
			}
			return
		}
		verr = nil
		if err := doc.Validate(); err != nil && !errors.As(err, &verr) {
			t.Fatalf("Validate error is not a *ValidationError: %v", err)
		}
		var first bytes.Buffer
		if err := attribution.Encode(&first, doc); err != nil {
			// Only an anonymous speaker with an identity, which
			// Validate reports, is refused.
			if !errors.Is(err, source.ErrIdentityNotWritten) || verr == nil ||
				!slices.ContainsFunc(verr.Problems, func(p attribution.Problem) bool { return p.Code == attribution.CodeNamedOrAnonymous }) {
				t.Fatalf("Encode: %v", err)
			}
			if first.Len() > 0 {
				t.Fatalf("Encode failed and wrote %q", first.String())
			}
			return
		}
		again, err := attribution.Decode(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("re-decoding the encoding: %v\n%s", err, first.String())
		}
		var second bytes.Buffer
		if err := attribution.Encode(&second, again); err != nil {
			t.Fatalf("Encode: %v", err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("encoding is not stable:\n%s\n---\n%s", first.String(), second.String())
		}
	})
}

// BenchmarkValidate validates the largest valid fixture.
func BenchmarkValidate(b *testing.B) {
	data, err := os.ReadFile("testdata/valid/anonymous-official.json")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := attribution.Decode(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := doc.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode decodes the largest valid fixture strictly.
func BenchmarkDecode(b *testing.B) {
	data, err := os.ReadFile("testdata/valid/anonymous-official.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := attribution.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzReanchor re-anchors a document, decoded from any bytes, into any new
// text. Reanchor may not panic; its error is nil or a *ReanchorError whose
// every entry points at a span or a fragment of the document; and a document
// that validated before and that Reanchor placed entirely (nil error)
// validates after. Its seeds are the valid fixtures and the seed article's
// document, each with its own text, the text with straight quotes, the text
// with words inserted before it, and half of it.
//
//	go test ./attribution -run '^$' -fuzz FuzzReanchor -fuzztime 60s -fuzzminimizetime 1s
func FuzzReanchor(f *testing.F) {
	files, _ := filepath.Glob("testdata/valid/*.json")
	files = append(files, "../examples/seed/testdata/document.json")
	straight := strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		doc, err := attribution.Decode(bytes.NewReader(data))
		if err != nil {
			f.Fatalf("%s: %v", file, err)
		}
		text := doc.Text
		for _, edited := range []string{text, straight.Replace(text), "UPDATED: " + text, text[:len(text)/2]} {
			f.Add(data, edited)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, newText string) {
		doc, err := attribution.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		validBefore := doc.Validate() == nil && doc.Text != ""
		pointers := map[string]bool{}
		for ptr := range doc.Spans() {
			pointers[ptr] = true
		}
		for i, q := range doc.Quotes {
			for j := range q.Fragments {
				pointers[fmt.Sprintf("/quotes/%d/fragments/%d", i, j)] = true
			}
		}
		err = doc.Reanchor(newText)
		var rerr *attribution.ReanchorError
		switch {
		case err == nil:
			if validBefore {
				if verr := doc.Validate(); verr != nil {
					t.Fatalf("Reanchor returned nil, and the document no longer validates: %v", verr)
				}
			}
		case errors.As(err, &rerr):
			for _, u := range rerr.Unplaced {
				if !pointers[u.Pointer] || u.Err == nil {
					t.Fatalf("unplaced %q (%v) is not a span or fragment of the document", u.Pointer, u.Err)
				}
			}
		default:
			t.Fatalf("Reanchor: %v, not a *ReanchorError", err)
		}
		if doc.Text != newText {
			t.Fatal("Reanchor did not make the new text the document's")
		}
	})
}
