package seed_test

import (
	"testing"

	"github.com/onrecord/onrecord/internal/storytest"
)

// TestGoldenPassesDocumentSchema checks the seed document's JSON, which
// `go run ./examples/sourcing -json` prints, against the committed Document schema.
func TestGoldenPassesDocumentSchema(t *testing.T) {
	storytest.PassesDocumentSchema(t, "testdata/document.json")
}
