package audit_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
)

// FuzzDecodePolicy checks that reading any input as a policy never panics,
// that a policy it accepts is valid and survives a round trip through JSON,
// and that Run takes it.
func FuzzDecodePolicy(f *testing.F) {
	for _, tc := range policyCases {
		f.Add([]byte(tc.json))
	}
	for _, name := range audit.PresetNames() {
		p, _ := audit.Preset(name)
		data, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := audit.DecodePolicy(bytes.NewReader(data))
		if err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("an accepted policy does not validate: %v", err)
		}
		again, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := audit.DecodePolicy(bytes.NewReader(again))
		if err != nil {
			t.Fatalf("the policy's own JSON is refused: %v", err)
		}
		if diff := cmp.Diff(p, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip changed the policy (-first +second):\n%s", diff)
		}
		if _, err := audit.Run(nil, p); err != nil {
			t.Fatalf("Run refuses an accepted policy: %v", err)
		}
	})
}

// FuzzRun checks that auditing any document that decodes, valid or not,
// never panics and gives the same findings twice.
func FuzzRun(f *testing.F) {
	paths, err := filepath.Glob("testdata/*/*.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range append(paths, "../../examples/seed/testdata/document.json") {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	p := audit.Strictest()
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := attribution.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		first, err := audit.Run(doc, p)
		if err != nil {
			t.Fatal(err)
		}
		second, _ := audit.Run(doc, p)
		if diff := cmp.Diff(first, second); diff != "" {
			t.Fatalf("two audits differ:\n%s", diff)
		}
		var b bytes.Buffer
		if err := audit.WriteText(&b, doc, first); err != nil {
			t.Fatal(err)
		}
	})
}
