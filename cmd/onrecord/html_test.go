package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/examples/seed"
)

// seedFile writes the seed document as JSON and returns its path and bytes.
func seedFile(t *testing.T) (string, []byte) {
	t.Helper()
	d, err := seed.Document()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := attribution.Encode(&b, d); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "seed.json")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p, b.Bytes()
}

func TestHTMLWritesThePage(t *testing.T) {
	path, data := seedFile(t)
	d, err := seed.Document()
	if err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, out string) {
		t.Helper()
		if !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.HasSuffix(strings.TrimSpace(out), "</html>") {
			t.Errorf("the output is not a whole HTML page: %.60q ... %.60q", out, out[max(0, len(out)-60):])
		}
		if got := strings.Count(out, `tabindex="0" data-quote=`); got != len(d.Quotes) {
			t.Errorf("%d quotes marked, want %d", got, len(d.Quotes))
		}
		if got := strings.Count(out, `data-anonymous="true"`); got == 0 {
			t.Error("no mark of the anonymous official")
		}
		// The default policy's findings on the seed, each with its check.
		findings, err := audit.Run(d, audit.Default())
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Count(out, `data-check="`); got != len(findings) || got == 0 {
			t.Errorf("%d findings on the page, want the audit's %d", got, len(findings))
		}
	}
	t.Run("file", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"html", path}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("exit status %d, stderr:\n%s", code, stderr.String())
		}
		if stderr.Len() > 0 {
			t.Errorf("stderr: %s", stderr.String())
		}
		check(t, stdout.String())
	})
	t.Run("no findings", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"html", "--policy", "none", path}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("exit status %d, stderr:\n%s", code, stderr.String())
		}
		if strings.Contains(stdout.String(), `data-check="`) {
			t.Error("--policy none shows findings")
		}
	})
	t.Run("standard input", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		if code := htmlCommand([]string{"-"}, bytes.NewReader(data), &stdout, &stderr); code != 0 {
			t.Fatalf("exit status %d, stderr:\n%s", code, stderr.String())
		}
		check(t, stdout.String())
	})
}

func TestHTMLUsageAndErrors(t *testing.T) {
	invalid := filepath.Join(t.TempDir(), "invalid.json")
	doc := `{"formatVersion":"0.2","article":{"headline":"H"},"speakers":[{"id":"s","kind":"person"}],` +
		`"annotation":{"by":{"kind":"person","name":"x"},"created":"2026-11-26"}}`
	if err := os.WriteFile(invalid, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(t.TempDir(), "broken.json")
	if err := os.WriteFile(broken, []byte(`{"formatVersion":`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		args     []string
		code     int
		out, err string // substrings of stdout and stderr
	}{
		"help":               {args: []string{"html", "-h"}, code: 0, out: "usage: onrecord html [--policy NAME|FILE] FILE"},
		"help after a file":  {args: []string{"html", "x.json", "--help"}, code: 0, out: "Exit status"},
		"listed in the help": {args: []string{"-h"}, code: 0, out: "html FILE"},
		"no file":            {args: []string{"html"}, code: 2, err: "give one document FILE"},
		"two files":          {args: []string{"html", "a", "b"}, code: 2, err: "usage: onrecord html"},
		"unknown flag":       {args: []string{"html", "-x", "a"}, code: 2, err: "flag provided but not defined"},
		"missing file":       {args: []string{"html", filepath.Join(t.TempDir(), "none.json")}, code: 2, err: "no such file"},
		"invalid document":   {args: []string{"html", invalid}, code: 1, err: "/speakers/0"},
		"broken JSON":        {args: []string{"html", broken}, code: 1, err: "broken.json"},
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
			if code != 0 && strings.Contains(stdout.String(), "<html") {
				t.Error("a failed command wrote a page")
			}
		})
	}
}

// TestHTMLEscapesInput: a file name and a member name from the input reach
// standard error escaped, never as raw control characters.
func TestHTMLEscapesInput(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"html", "missing\x1b[2J.json"}, strings.NewReader(""), &stdout, &stderr); code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	doc := `{"formatVersion": "0.2", "article": {"headline": "h"}, "annotation": {"by": {"kind": "person", "name": "n"}, "created": "2026"}, "bad\u001b[2Jkey": 1}`
	if code := run([]string{"html", "-"}, strings.NewReader(doc), &stdout, &stderr); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if strings.ContainsRune(stderr.String(), '\x1b') || !strings.Contains(stderr.String(), "unknown-field") {
		t.Errorf("stderr not escaped, or without the problem:\n%q", stderr.String())
	}
}
