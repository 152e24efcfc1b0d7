package page

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
)

var update = flag.Bool("update", false, "rewrite the golden files with the current output")

// TestMarkedTextGolden keeps the marked text of the document with nested and
// crossing spans in a golden file, so that a change to the marks shows in
// review. Run go test -update to rewrite it.
func TestMarkedTextGolden(t *testing.T) {
	d := crossing(t)
	v := build(d, Options{Findings: []Finding{{Check: "c1", Severity: SeverityWarning, Pointer: "/quotes/1", Message: "a finding"}}})
	got := []byte(string(v.Text) + "\n")
	path := filepath.Join("testdata", "crossing.golden.html")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("marked text (-want +got):\n%s", diff)
	}
}

// FuzzWrite checks that any document that decodes gives a well-formed page
// with one mark a quote, whatever its spans and references.
func FuzzWrite(f *testing.F) {
	for _, d := range []*attribution.Document{crossing(f), seedDocument(f)} {
		var b bytes.Buffer
		if err := attribution.Encode(&b, d); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := attribution.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := Write(&b, d, Options{Findings: []Finding{{Check: "x", Pointer: "/quotes/0"}, {Check: "y", Pointer: "/claims/0"}}}); err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(b.String()); err != nil {
			t.Fatalf("not well formed: %v", err)
		}
		root := parse(t, b.String())
		if n := len(firstMarks(root)); n != len(d.Quotes) {
			t.Errorf("%d marks, want %d", n, len(d.Quotes))
		}
		if n := len(all(root, withAttr("data-check"))); n != 2 {
			t.Errorf("%d findings, want 2", n)
		}
	})
}
