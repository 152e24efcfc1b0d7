package attribution_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/source"
)

// TestDocumentPrints checks that a document prints as fmt prints a struct,
// its speakers by their own Format, and logs as a summary.
func TestDocumentPrints(t *testing.T) {
	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Talks stall"},
		Speakers: []source.Speaker{{ID: "official", Kind: source.KindPerson,
			Anonymity: &source.Anonymity{Description: "senior official"}}},
	}
	for format, want := range map[string]string{
		"%v":  "{0.2 {Talks stall       [] []}  [senior official] [] [] [] [] [] {{   } }}",
		"%+v": "{FormatVersion:0.2 Article:{Headline:Talks stall",
		"%#v": "attribution.Document{FormatVersion:\"0.2\"",
		"%s":  "[senior official]",
	} {
		if got := fmt.Sprintf(format, d); !strings.Contains(got, want) {
			t.Errorf("Sprintf(%q) = %q, want it to contain %q", format, got, want)
		}
	}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: noTime})).Info("saved", "document", d)
	const want = `{"level":"INFO","msg":"saved","document":{"formatVersion":"0.2","headline":"Talks stall","speakers":1,"quotes":0,"attributions":0,"claims":0}}` + "\n"
	if buf.String() != want {
		t.Errorf("slog JSON:\n got %s\nwant %s", buf.String(), want)
	}
}

func noTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}
