package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/source"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

const seedJSON = "../../examples/seed/testdata/document.json"

func runAudit(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = auditCommand(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readDoc(t *testing.T, path string) *attribution.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := attribution.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func compact(t *testing.T, doc *attribution.Document) []byte {
	t.Helper()
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestAuditSeedJSON checks the JSON Lines findings on the seed article
// against the golden file testdata/seed-audit.jsonl.
func TestAuditSeedJSON(t *testing.T) {
	code, out, errOut := runAudit(t, "", "--format", "json", seedJSON)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	golden := filepath.Join("testdata", "seed-audit.jsonl")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), out); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var f map[string]any
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		for _, key := range []string{"file", "check", "severity", "pointer", "message", "passage", "rules"} {
			if _, ok := f[key]; !ok {
				t.Errorf("line %d has no %q", i+1, key)
			}
		}
		if _, ok := f["line"]; ok {
			t.Errorf("line %d has a line number, but the file is not a stream", i+1)
		}
	}
}

func TestAuditText(t *testing.T) {
	code, out, errOut := runAudit(t, "", "--policy", "strictest", seedJSON)
	if code != 1 {
		t.Errorf("exit %d, want 1 (the strictest preset has errors); stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		seedJSON + ": 14 findings (3 errors, 10 warnings, 1 notice) under policy strictest\n",
		"\nsenior intelligence official (anonymous)\n  error   anonymous-opinion /attributions/2/claims/0 [AP-1]\n",
		"          “Speaking on condition of anonymity”\n",
		"\nthe story itself\n  warning anonymous-no-byline /article/byline [AP-9]\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runAudit(t, "", "--policy", "npr", "../../attribution/audit/testdata/passes/anonymous-no-reason.json")
	if want := "../../attribution/audit/testdata/passes/anonymous-no-reason.json: no findings under policy npr\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
}

func TestAuditExitStatus(t *testing.T) {
	policy := writeFile(t, "desk.json", []byte(`{"name":"desk","base":"default","checks":[{"check":"unsourced-statistic","severity":"error"}]}`))
	tests := map[string]struct {
		args []string
		code int
	}{
		"default policy, no error":    {[]string{seedJSON}, 0},
		"fail on warning":             {[]string{"--fail-on", "warning", seedJSON}, 1},
		"fail on notice":              {[]string{"--fail-on", "notice", seedJSON}, 1},
		"strictest":                   {[]string{"--policy", "strictest", seedJSON}, 1},
		"reuters, no error":           {[]string{"--policy", "reuters", seedJSON}, 0},
		"policy file raises":          {[]string{"--policy", policy, seedJSON}, 1},
		"nothing at or above":         {[]string{"--policy", "bbc", "--fail-on", "error", seedJSON}, 0},
		"single dash flags work":      {[]string{"-policy", "ap", "-format", "json", seedJSON}, 1},
		"clean fixture, fail on note": {[]string{"--fail-on", "notice", "../../attribution/audit/testdata/passes/anonymous-no-basis.json"}, 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			code, _, errOut := runAudit(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.code, errOut)
			}
		})
	}
}

func TestAuditUsage(t *testing.T) {
	tests := map[string]struct {
		args     []string
		code     int
		out, err string
	}{
		"-h":              {[]string{"-h"}, 0, "usage: onrecord audit [--policy NAME|FILE]", ""},
		"--help":          {[]string{"--policy", "ap", "--help"}, 0, "Exit status:", ""},
		"no files":        {nil, 2, "", "no files to audit"},
		"bad format":      {[]string{"--format", "xml", seedJSON}, 2, "", "--format must be text or json"},
		"bad fail-on":     {[]string{"--fail-on", "fatal", seedJSON}, 2, "", "--fail-on must be error, warning or notice"},
		"unknown flag":    {[]string{"--color", seedJSON}, 2, "", "flag provided but not defined"},
		"flag after file": {[]string{seedJSON, "--format", "json"}, 2, "", "flags go before the files"},
		"stdin twice":     {[]string{"-", "-"}, 2, "", "only once"},
		"no policy":       {[]string{"--policy", "guardian", seedJSON}, 2, "", "neither a preset"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runAudit(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			if !strings.Contains(out, tc.out) || !strings.Contains(errOut, tc.err) {
				t.Errorf("stdout %q should hold %q, stderr %q should hold %q", out, tc.out, errOut, tc.err)
			}
			if tc.code == 2 && tc.err != "neither a preset" && !strings.Contains(errOut, "usage: onrecord audit") {
				t.Errorf("a usage error without the usage:\n%s", errOut)
			}
		})
	}
	// Through the main command: "onrecord help audit", "onrecord audit -h".
	for _, args := range [][]string{{"help", "audit"}, {"audit", "-h"}} {
		var out, errOut bytes.Buffer
		if code := run(args, nil, &out, &errOut); code != 0 || !strings.Contains(out.String(), "usage: onrecord audit") {
			t.Errorf("%v: exit %d, stdout:\n%s", args, code, out.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-h"}, nil, &out, &errOut); code != 0 || !strings.Contains(out.String(), "audit FILE...") {
		t.Errorf("the main usage does not list audit:\n%s", out.String())
	}
}

func TestAuditPolicyFile(t *testing.T) {
	bad := writeFile(t, "bad.json", []byte(`{"name":"desk","checks":[{"check":"anonymous"}]}`))
	code, _, errOut := runAudit(t, "", "--policy", bad, seedJSON)
	if code != 2 || !strings.Contains(errOut, "/checks/0/check\tenum\t") {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
	off := writeFile(t, "off.json", []byte(`{"name":"byline-only","checks":[{"check":"anonymous-no-byline"}]}`))
	code, out, errOut := runAudit(t, "", "--policy", off, "--format", "json", seedJSON)
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"check":"anonymous-no-byline"`) {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}

func TestAuditStream(t *testing.T) {
	seedDoc := compact(t, readDoc(t, seedJSON))
	fires := compact(t, readDoc(t, "../../attribution/audit/testdata/fires/plural-sources.json"))
	stream := bytes.Join([][]byte{seedDoc, {}, fires, []byte(`{"formatVersion": "0.2",`), fires}, []byte("\n"))
	path := writeFile(t, "corpus.jsonl", stream)
	code, out, errOut := runAudit(t, "", "--format", "json", path)
	if code != 2 {
		t.Errorf("exit %d, want 2 for the broken line", code)
	}
	if !strings.Contains(errOut, path+":4: cannot be audited") {
		t.Errorf("stderr does not name line 4:\n%s", errOut)
	}
	lines := map[float64]int{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var f struct {
			File string
			Line float64
		}
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatal(err)
		}
		if f.File != path {
			t.Errorf("file %q", f.File)
		}
		lines[f.Line]++
	}
	if diff := cmp.Diff(map[float64]int{1: 14, 3: 3, 5: 3}, lines); diff != "" {
		t.Errorf("findings by line (-want +got):\n%s", diff)
	}
	// Text output names each document by file and line.
	_, out, _ = runAudit(t, "", path)
	for _, want := range []string{path + ":1: 14 findings", path + ":3: 3 findings", path + ":5: 3 findings"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q", want)
		}
	}
}

func TestAuditStdin(t *testing.T) {
	data, err := os.ReadFile(seedJSON)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runAudit(t, string(data), "--format", "json", "-")
	if code != 0 || strings.Count(out, `"file":"-"`) != 14 {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}

func TestAuditBadInput(t *testing.T) {
	invalid := readDoc(t, "../../attribution/audit/testdata/fires/anonymous-no-reason.json")
	invalid.Attributions[0].Speaker = "nobody"
	invalid.Speakers[0].Anonymity.Reason = ""
	tests := map[string]struct {
		path       string
		out, err   string
		noFindings bool
	}{
		"missing file": {path: filepath.Join(t.TempDir(), "none.json"), err: "cannot read", noFindings: true},
		"not JSON":     {path: writeFile(t, "x.json", []byte("{\x1b[31m")), err: "cannot be audited", noFindings: true},
		"invalid":      {path: writeFile(t, "invalid.json", compact(t, invalid)), err: "/attributions/0/speaker\tunresolved-reference", out: "anonymous-no-reason"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runAudit(t, "", "--format", "json", tc.path)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(errOut, tc.err) || !strings.Contains(out, tc.out) || (tc.noFindings && out != "") {
				t.Errorf("stdout:\n%s\nstderr:\n%s", out, errOut)
			}
			if strings.ContainsRune(errOut+out, 0x1b) {
				t.Errorf("a raw escape character reached the output")
			}
		})
	}
}

// TestAuditEscapes feeds values with control characters and a very long
// passage through both formats.
func TestAuditEscapes(t *testing.T) {
	doc := readDoc(t, "../../attribution/audit/testdata/fires/anonymous-no-reason.json")
	doc.Speakers[0].Anonymity.Description = "senior\x1b[2J official\u202e"
	doc.Speakers[0].Anonymity.Terms = "speaking\non condition " + strings.Repeat("of anonymity ", 500)
	path := writeFile(t, "escapes.json", compact(t, doc))
	for _, format := range []string{"text", "json"} {
		code, out, errOut := runAudit(t, "", "--format", format, path)
		if code != 0 {
			t.Fatalf("%s: exit %d, stderr:\n%s", format, code, errOut)
		}
		if strings.ContainsAny(out, "\x1b\u202e") || strings.Contains(out, "speaking\non") {
			t.Errorf("%s: raw control characters in the output:\n%q", format, out)
		}
		if !strings.Contains(out, `senior\x1b[2J official\u202e`) && !strings.Contains(out, `senior\\x1b[2J official\\u202e`) {
			t.Errorf("%s: the description is not escaped:\n%s", format, out)
		}
		if strings.Count(out, "of anonymity") > 100 || !strings.Contains(out, "…") {
			t.Errorf("%s: the long passage is not cut", format)
		}
	}
}

// TestAuditRevealsNoIdentity plants an identity in every identity field of
// the anonymous speakers of the seed article and of every fixture, and checks
// everything the command writes, in both formats, under every preset.
func TestAuditRevealsNoIdentity(t *testing.T) {
	paths, err := filepath.Glob("../../attribution/audit/testdata/*/*.json")
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, seedJSON)
	secrets := []string{"SECRETNAME", "SECRETTITLE", "Q987654321", "secret.example.org"}
	var stream [][]byte
	for _, p := range paths {
		// The library refuses to write an anonymous speaker's identity, so
		// the identity is planted in the JSON.
		doc := readDoc(t, p)
		var raw map[string]any
		if err := json.Unmarshal(compact(t, doc), &raw); err != nil {
			t.Fatal(err)
		}
		for i, s := range doc.Speakers {
			if s.Identity() != source.IdentityAnonymous {
				continue
			}
			planted := raw["speakers"].([]any)[i].(map[string]any)
			planted["name"], planted["title"], planted["qid"] = fmt.Sprintf("SECRETNAME %d", i), "SECRETTITLE", "Q987654321"
			planted["sameAs"] = []string{"https://secret.example.org/person"}
		}
		data, err := json.Marshal(raw)
		if err != nil {
			t.Fatal(err)
		}
		stream = append(stream, data)
	}
	corpus := writeFile(t, "planted.jsonl", bytes.Join(stream, []byte("\n")))
	single := writeFile(t, "planted.json", stream[len(stream)-1])
	var audited int
	for _, policy := range []string{"default", "ap", "reuters", "nyt", "npr", "bbc", "strictest"} {
		for _, format := range []string{"text", "json"} {
			for _, args := range [][]string{{corpus}, {single}, {"-"}} {
				code, out, errOut := runAudit(t, string(stream[0]), append([]string{"--policy", policy, "--format", format}, args...)...)
				if code != 2 {
					t.Errorf("exit %d, want 2: the planted documents are not valid", code)
				}
				audited += strings.Count(out, "\n")
				for _, secret := range secrets {
					if strings.Contains(out+errOut, secret) {
						t.Errorf("policy %s, format %s, %v: the output reveals %q", policy, format, args, secret)
					}
				}
			}
		}
	}
	if audited < 500 {
		t.Errorf("only %d lines of findings: the planted documents were hardly audited", audited)
	}
}
