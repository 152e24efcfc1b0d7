package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/jsonschema"
)

func TestSchemaWritesEveryFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "schemas")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"schema", "-o", dir}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d, stderr:\n%s", code, stderr.String())
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	want := []string{"attribution.schema.json", "claim.schema.json", "document.schema.json", "policy.schema.json", "quote.schema.json", "speaker.schema.json"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("files written (-want +got):\n%s", diff)
	}
	for _, name := range jsonschema.Names() {
		written, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		committed, err := jsonschema.File(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(written, committed) {
			t.Errorf("%s differs from the committed file", name)
		}
	}
	if diff := cmp.Diff(strings.Join(jsonschema.Names(), "\n")+"\n", stdout.String()); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
}

func TestUsage(t *testing.T) {
	tests := map[string]struct {
		args     []string
		code     int
		out, err string // substrings of stdout and stderr
	}{
		"help":             {args: []string{"-h"}, code: 0, out: "schema -o DIR"},
		"schema help":      {args: []string{"schema", "-h"}, code: 0, out: "self-contained"},
		"no command":       {args: nil, code: 2, err: "usage: onrecord"},
		"unknown command":  {args: []string{"frobnicate"}, code: 2, err: `unknown command "frobnicate"`},
		"control in name":  {args: []string{"x\x1b[2Jy"}, code: 2, err: `unknown command "x\x1b[2Jy"`},
		"help validate":    {args: []string{"help", "validate"}, code: 0, out: "usage: onrecord validate"},
		"validate help":    {args: []string{"validate", "-h"}, code: 0, out: "usage: onrecord validate"},
		"validate --help":  {args: []string{"validate", "--help"}, code: 0, out: "Exit status"},
		"help schema":      {args: []string{"help", "schema"}, code: 0, out: "self-contained"},
		"help unknown":     {args: []string{"help", "frobnicate"}, code: 2, err: "unknown command"},
		"validate nothing": {args: []string{"validate"}, code: 2, err: "usage: onrecord validate"},
		"bad format":       {args: []string{"validate", "--format", "xml", "a.json"}, code: 2, err: "--format"},
		"bad jobs":         {args: []string{"validate", "--jobs", "-3", "a.json"}, code: 2, err: "--jobs"},
		"stdin twice":      {args: []string{"validate", "-", "-"}, code: 2, err: "only once"},
		"bad extension":    {args: []string{"validate", "doc.txt"}, code: 2, err: "name a document .json, a stream .jsonl or .ndjson"},
		"no directory":     {args: []string{"schema"}, code: 2, err: "-o DIR"},
		"extra argument":   {args: []string{"schema", "-o", t.TempDir(), "more"}, code: 2, err: "nothing else"},
		"unknown flag":     {args: []string{"schema", "-x"}, code: 2, err: "flag provided but not defined"},
		"unwritable place": {args: []string{"schema", "-o", filepath.Join(fileIn(t), "sub")}, code: 1, err: "onrecord schema:"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tc.args, nil, &stdout, &stderr)
			if code != tc.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.out) {
				t.Errorf("stdout %q does not contain %q", stdout.String(), tc.out)
			}
			if !strings.Contains(stderr.String(), tc.err) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tc.err)
			}
		})
	}
}

// fileIn returns the path of a regular file, under which no directory can be
// made.
func fileIn(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestASCIISafeJSON: C1 controls and invisible format characters leave as \u
// escapes that decode to the same string; other text is untouched.
func TestASCIISafeJSON(t *testing.T) {
	in := "a\u009bb\u202ec\u200bd é 😀 \U000E0001"
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	out := asciiSafeJSON(data)
	if want := `"a\u009bb\u202ec\u200bd é 😀 \udb40\udc01"`; string(out) != want {
		t.Errorf("got %s, want %s", out, want)
	}
	var back string
	if err := json.Unmarshal(out, &back); err != nil || back != in {
		t.Errorf("decodes to %q (%v), want %q", back, err, in)
	}
}
