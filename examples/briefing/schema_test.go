package briefing_test

import (
	"testing"

	"github.com/onrecord/onrecord/internal/storytest"
)

// TestGoldenPassesDocumentSchema checks the briefing document's JSON, which
// `go run ./examples/sourcing -json examples/briefing/testdata/document.json` prints, against the committed Document schema.
func TestGoldenPassesDocumentSchema(t *testing.T) {
	storytest.PassesDocumentSchema(t, "testdata/document.json")
}
