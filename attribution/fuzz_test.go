package attribution_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
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
