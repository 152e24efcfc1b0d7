package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const fixtures = "../../attribution/testdata"

// compact returns a fixture on one line.
func compactFixture(t *testing.T, file string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtures, file))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := json.Compact(&b, data); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func runValidate(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"validate"}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// summary matches the closing line of text output, whose time varies.
var summary = regexp.MustCompile(`(?m)^(\d+ documents? read: \d+ valid, \d+ invalid), in [0-9.]+[µnm]?s\n\z`)

// TestValidateText validates a document file and a stream with a valid
// document, an invalid one, a malformed line and a blank line, and wants one
// line per problem with its file, line, pointer, code and message, then the
// summary, and exit status 1; with nothing on standard error, which is no
// terminal.
func TestValidateText(t *testing.T) {
	doc := filepath.Join(fixtures, "valid", "minimal.json")
	bad := filepath.Join(fixtures, "invalid", "span-no-start.json")
	corpus := writeFile(t, "corpus.jsonl", []byte(strings.Join([]string{
		compactFixture(t, "valid/minimal.json"),
		compactFixture(t, "invalid/enum.json"),
		"",
		`{"formatVersion":`,
	}, "\n")+"\n"))
	code, out, errOut := runValidate(t, "", doc, bad, corpus)
	if code != 1 {
		t.Errorf("exit status %d, want 1; stderr:\n%s", code, errOut)
	}
	if errOut != "" {
		t.Errorf("stderr is not a terminal, yet it got %q", errOut)
	}
	m := summary.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary at the end of:\n%s", out)
	}
	if want := "5 documents read: 2 valid, 3 invalid"; m[1] != want {
		t.Errorf("summary %q, want %q", m[1], want)
	}
	want := bad + ": /quotes/0/span/start: required: is required\n" +
		corpus + ":2: /speakers/0/kind: enum: must be one of: person, organization, government, group\n" +
		corpus + ":4: (root): syntax: ends before the JSON value is complete (near byte 17)\n"
	if diff := cmp.Diff(want, strings.TrimSuffix(out, m[0])); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

// TestValidateJSON wants one JSON object per document, in order, and the same
// output whatever the number of jobs.
func TestValidateJSON(t *testing.T) {
	var lines []string
	for range 20 {
		lines = append(lines, compactFixture(t, "valid/minimal.json"), compactFixture(t, "invalid/required.json"))
	}
	corpus := writeFile(t, "corpus.ndjson", []byte(strings.Join(lines, "\n")))
	var outputs []string
	for _, jobs := range []string{"1", "4", "0"} {
		code, out, errOut := runValidate(t, "", "--format", "json", "--jobs", jobs, corpus)
		if code != 1 || errOut != "" {
			t.Fatalf("jobs %s: exit status %d, stderr %q", jobs, code, errOut)
		}
		outputs = append(outputs, out)
	}
	if outputs[0] != outputs[1] || outputs[0] != outputs[2] {
		t.Errorf("outputs differ with the number of jobs")
	}
	type problem struct{ Pointer, Code, Message string }
	type result struct {
		File     string
		Line     int
		Valid    bool
		Problems []problem
		More     int
	}
	dec := json.NewDecoder(strings.NewReader(outputs[0]))
	dec.DisallowUnknownFields()
	for i := 0; dec.More(); i++ {
		var got result
		if err := dec.Decode(&got); err != nil {
			t.Fatal(err)
		}
		want := result{File: corpus, Line: i + 1, Valid: true, Problems: []problem{}}
		if i%2 == 1 {
			want.Valid, want.Problems = false, []problem{{"/article/headline", "required", "is required"}}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("object %d (-want +got):\n%s", i, diff)
		}
	}
	if n := strings.Count(outputs[0], "\n"); n != 40 {
		t.Errorf("%d lines of output for 40 documents", n)
	}
}

// TestValidateStdinAndUnreadable reads a stream from standard input beside a
// file that does not exist: the stream is validated, the missing file
// reported on standard error, and the exit status is 2.
func TestValidateStdinAndUnreadable(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.json")
	code, out, errOut := runValidate(t, compactFixture(t, "valid/minimal.json")+"\r\n", "-", missing)
	if code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	if !strings.Contains(errOut, "missing.json") {
		t.Errorf("stderr %q does not name the missing file", errOut)
	}
	if m := summary.FindStringSubmatch(out); m == nil || m[1] != "1 document read: 1 valid, 0 invalid" {
		t.Errorf("stdout %q", out)
	}
	if code, out, _ := runValidate(t, compactFixture(t, "valid/minimal.json"), "-"); code != 0 || !strings.Contains(out, "1 valid") {
		t.Errorf("a valid stream: exit status %d, stdout %q", code, out)
	}
}

// TestValidateHostileInput wants member names with a newline, a terminal
// escape and 100 KB printed escaped and cut, never raw, and a document with
// thousands of problems to list 100 and count the rest.
func TestValidateHostileInput(t *testing.T) {
	minimal := compactFixture(t, "valid/minimal.json")
	hostile := strings.Replace(minimal, `{`, `{"evil\nsrc/main.go:1: forged\u001b[31m":1,"`+strings.Repeat("k", 100<<10)+`":2,`, 1)
	var many strings.Builder
	many.WriteString(strings.TrimSuffix(minimal, "}"))
	many.WriteString(`,"mentions":[`)
	for i := range 3000 {
		if i > 0 {
			many.WriteByte(',')
		}
		many.WriteString(`{"speaker":"","span":{"start":0,"end":1,"exact":"x"}}`)
	}
	many.WriteString("]}")
	corpus := writeFile(t, "hostile.jsonl", []byte(hostile+"\n"+many.String()+"\n"))

	code, out, _ := runValidate(t, "", corpus)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if strings.ContainsAny(out, "\x1b") || strings.Contains(out, "\nsrc/main.go") {
		t.Errorf("raw control characters reached the output:\n%.400s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if len(line) > 300 {
			t.Errorf("a line of %d bytes: %.120s...", len(line), line)
		}
	}
	if !strings.Contains(out, `:1: /evil\nsrc~1main.go:1: forged\x1b[31m: unknown-field`) {
		t.Errorf("the hostile member name is not reported escaped:\n%.600s", out)
	}
	if !strings.Contains(out, ":2: and 2900 more problems\n") {
		t.Errorf("no count of the problems beyond 100:\n%.300s", out[len(out)-300:])
	}
	if n := strings.Count(out, ":2: /mentions/"); n != 100 {
		t.Errorf("%d problems listed for line 2, want 100", n)
	}

	code, out, _ = runValidate(t, "", "--format", "json", corpus)
	if code != 1 || strings.ContainsAny(out, "\x1b") || strings.Count(out, "\n") != 2 {
		t.Errorf("JSON output: exit status %d, %d lines, escape present %v", code, strings.Count(out, "\n"), strings.ContainsAny(out, "\x1b"))
	}
	if !strings.Contains(out, `"more":2900`) {
		t.Errorf("JSON output does not count the problems beyond 100")
	}
}

// TestProgress wants the progress line to give documents, MB/s and time, and
// to be erased at the end; and a file that is not a terminal to get none.
func TestProgress(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "tty"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Fatal("a regular file taken for a terminal")
	}
	v := &validator{progress: f, start: time.Now().Add(-2 * time.Second), read: 3, bytes: 4 << 20}
	v.showProgress()
	v.clearProgress()
	got, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^\r\x1b\[K3 documents, 2\.0 MB/s, 2(\.\d)?s\r\x1b\[K$`).Match(got) {
		t.Errorf("progress %q", got)
	}
}

// TestValidateStdinDocument reads from standard input an indented document,
// which is one document over many lines, and a stream of two, told apart by
// their first lines.
func TestValidateStdinDocument(t *testing.T) {
	indented, err := os.ReadFile(filepath.Join(fixtures, "valid", "minimal.json"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runValidate(t, "\n"+string(indented), "-")
	if m := summary.FindStringSubmatch(out); code != 0 || m == nil || m[1] != "1 document read: 1 valid, 0 invalid" {
		t.Errorf("an indented document: exit status %d, stdout %q, stderr %q", code, out, errOut)
	}
	line := compactFixture(t, "valid/minimal.json")
	code, out, _ = runValidate(t, line+"\n"+line+"\n", "--format", "json", "-")
	if code != 0 || !strings.Contains(out, `"line":2,`) {
		t.Errorf("a stream: exit status %d, stdout %q", code, out)
	}
	code, out, _ = runValidate(t, "{\n  \"formatVersion\": \n", "--format", "json", "-")
	if code != 1 || !strings.Contains(out, `"line":0,`) || !strings.Contains(out, `"code":"syntax"`) {
		t.Errorf("a broken document: exit status %d, stdout %q", code, out)
	}
}
