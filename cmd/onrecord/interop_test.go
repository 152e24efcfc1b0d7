package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/ldtest"
)

// Both exports of the seed article are JSON-LD that a processor expands with
// no member dropped. (bash .ci/run holds the Web Annotation one to W3C's MUST
// assertions.)
func TestExport(t *testing.T) {
	path, _ := seedFile(t)
	for _, to := range []string{"schemaorg", "webannotation"} {
		t.Run(to, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run([]string{"export", "--to", to, path}, strings.NewReader(""), &stdout, &stderr); code != 0 {
				t.Fatalf("exit status %d, stderr:\n%s", code, stderr.String())
			}
			if _, err := ldtest.Expand(stdout.Bytes(), &ldtest.Loader{}); err != nil {
				t.Fatalf("expansion: %v", err)
			}
			undefined, err := ldtest.Undefined(stdout.Bytes(), &ldtest.Loader{})
			if err != nil || len(undefined) > 0 {
				t.Errorf("undefined members %v (%v)", undefined, err)
			}
		})
	}
}

// A document that does not validate is refused with its problems and exit
// status 1.
func TestExportInvalid(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"export", "--to", "schemaorg", "../../attribution/testdata/invalid/candidates.json"}, strings.NewReader(""), &stdout, &stderr)
	if code != 1 || stdout.Len() > 0 || !strings.Contains(stderr.String(), "/quotes/0/candidates/4/speaker") {
		t.Errorf("exit status %d, stdout %q, stderr:\n%s", code, stdout.String(), stderr.String())
	}
}

// citron's documentation example imports with its inconsistency reported.
func TestImportCitron(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"import", "--from", "citron", "../../attribution/citron/testdata/citron-example-quote.json"}, strings.NewReader(""), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit status %d, stderr:\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "warning: /contents/1: its text is 65 code points long but end minus start is 54") {
		t.Errorf("stderr:\n%s", stderr.String())
	}
	d, err := attribution.Decode(&stdout)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil || len(d.Quotes) != 2 {
		t.Errorf("%d quotes, %v", len(d.Quotes), err)
	}
}

// The runtime output with spaCy's tokenisation as --text is placed exactly.
func TestImportCitronTokens(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"import", "--from", "citron", "--headline", "Minister", "--text",
		"../../attribution/citron/testdata/output.spacy.json", "../../attribution/citron/testdata/output.json"}, strings.NewReader(""), &stdout, &stderr)
	if code != 0 || stderr.Len() > 0 {
		t.Fatalf("exit status %d, stderr:\n%s", code, stderr.String())
	}
	d, err := attribution.Decode(&stdout)
	if err != nil {
		t.Fatal(err)
	}
	if q := d.Quotes[0]; q.Span == nil || q.Span.Start != 1 || q.Span.End != 13 {
		t.Errorf("first quote %+v", q)
	}
}

// Quotebank's stream becomes JSON Lines; bad lines are reported with their
// number, the stream goes on, and the exit status is 1.
func TestImportQuotebank(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"import", "--from", "quotebank", "../../attribution/quotebank/testdata/quotes.jsonl"}, strings.NewReader(""), &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d documents, want 4", len(lines))
	}
	for i, l := range lines {
		d, err := attribution.Decode(strings.NewReader(l))
		if err != nil {
			t.Fatalf("document %d: %v", i, err)
		}
		if err := d.Validate(); err != nil {
			t.Errorf("document %d: %v", i, err)
		}
	}
	for _, want := range []string{"line 5: (root): ends before", "line 6: /quotation: must not be null", "line 3: warning: /sentiment"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if !json.Valid([]byte(lines[0])) {
		t.Error("not JSON")
	}
}

func TestInteropUsage(t *testing.T) {
	tests := map[string]struct {
		args     []string
		code     int
		out, err string
	}{
		"export help":       {args: []string{"export", "-h"}, code: 0, out: "--to schemaorg|webannotation"},
		"import help":       {args: []string{"import", "--help"}, code: 0, out: "--from citron|quotebank"},
		"export no format":  {args: []string{"export", "x.json"}, code: 2, err: "give --to"},
		"export bad format": {args: []string{"export", "--to", "rdf", "x.json"}, code: 2, err: "give --to"},
		"export no file":    {args: []string{"export", "--to", "schemaorg"}, code: 2, err: "one FILE"},
		"export claims":     {args: []string{"export", "--to", "schemaorg", "--claims", "x.json"}, code: 2, err: "--claims"},
		"export unreadable": {args: []string{"export", "--to", "schemaorg", "no/such/file.json"}, code: 2, err: "no such file"},
		"import no format":  {args: []string{"import", "x.json"}, code: 2, err: "give --from"},
		"import text":       {args: []string{"import", "--from", "quotebank", "--text", "t.txt", "x.jsonl"}, code: 2, err: "--text"},
		"import bad flag":   {args: []string{"import", "--frm", "citron", "x.json"}, code: 2, err: "flag provided but not defined"},
		"import unreadable": {args: []string{"import", "--from", "citron", "no/such/file.json"}, code: 2, err: "no such file"},
		"help lists export": {args: []string{"help"}, code: 0, out: "export --to"},
		"help lists import": {args: []string{"-h"}, code: 0, out: "import --from"},
		"import control":    {args: []string{"import", "--from", "citron", "no/such/\x1b[31m.json"}, code: 2, err: `\x1b`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, strings.NewReader(""), &stdout, &stderr); code != tc.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.out) {
				t.Errorf("stdout lacks %q:\n%s", tc.out, stdout.String())
			}
			if !strings.Contains(stderr.String(), tc.err) {
				t.Errorf("stderr lacks %q:\n%s", tc.err, stderr.String())
			}
			if strings.Contains(stderr.String(), "\x1b") {
				t.Error("a control character reached standard error")
			}
		})
	}
}
