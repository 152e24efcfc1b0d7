// Package storytest holds what the tests of the modelled stories (the seed
// article, the briefing) check alike.
package storytest

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
)

// Golden compares the document's JSON with the golden file, after writing the
// file when update is set (a deliberate change), and wants the golden file to
// be a valid document in its own right.
func Golden(t *testing.T, doc *attribution.Document, file string, update bool) {
	t.Helper()
	var got bytes.Buffer
	if err := attribution.Encode(&got, doc); err != nil {
		t.Fatal(err)
	}
	if update {
		if err := os.WriteFile(file, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got.String()); diff != "" {
		t.Errorf("document JSON differs from %s (-file +got):\n%s", file, diff)
	}
	back, err := attribution.Decode(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Validate(); err != nil {
		t.Fatal(err)
	}
}
