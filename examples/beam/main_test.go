package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"compress/bzip2"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/google/go-cmp/cmp"
	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
)

// updateSample rewrites the sample; Beam already defines -update (for Dataflow).
var updateSample = flag.Bool("update-sample", false, "rewrite testdata/sample.jsonl.bz2 (needs the bzip2 command)")

func TestMain(m *testing.M) {
	flag.Parse()
	log.LogLevel = *logLevel
	beam.Init()
	os.Exit(m.Run())
}

// runPipeline runs the pipeline on the runner that --runner names (the
// default one otherwise) and returns its exit status, summary and
// diagnostics.
func runPipeline(t testing.TB, c config) (int, Summary, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	status := run(context.Background(), c, runnerName(), &stdout, &stderr)
	var s Summary
	if status != 2 {
		if err := json.Unmarshal(stdout.Bytes(), &s); err != nil {
			t.Fatalf("summary on stdout: %v\n%s", err, stdout.Bytes())
		}
	}
	return status, s, stderr.String()
}

// readShards returns the lines of the shards named NAME-*.jsonl in dir.
func readShards(t *testing.T, dir, name string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, name+"-*-of-*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
	}
	return lines
}

// TestPipeline runs the pipeline over a generated stream of a few thousand
// records, some invalid, some Quotebank records, and checks the summary
// against the counts of the input, and the shards against the records.
func TestPipeline(t *testing.T) {
	st, err := generate(3000)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// Two files, so that the pipeline reads several.
	half := len(st.lines) / 2
	for i, part := range [][]string{st.lines[:half], st.lines[half:]} {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("stream-%d.jsonl", i)), joinLines(part), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out")
	c := config{Input: filepath.Join(dir, "stream-*.jsonl"), Kind: "onrecord", Policy: audit.PresetDefault, Output: out, Shards: 3, MaxLine: 64 << 20}
	status, got, stderr := runPipeline(t, c)
	if status != 1 {
		t.Fatalf("exit status %d, want 1 (some records are invalid)\n%s", status, stderr)
	}
	if diff := cmp.Diff(st.want, got); diff != "" {
		t.Errorf("summary mismatch (-want +got):\n%s", diff)
	}

	// Every valid record is written as it was read, once.
	if diff := cmp.Diff(sortedCopy(st.valid), sortedCopy(readShards(t, out, "valid"))); diff != "" {
		t.Errorf("valid shards mismatch (-want +got):\n%s", diff)
	}
	// Every invalid record is written once, with its place and problems.
	invalid := readShards(t, out, "invalid")
	if int64(len(invalid)) != st.want.Invalid {
		t.Errorf("%d lines in the invalid shards, want %d", len(invalid), st.want.Invalid)
	}
	places := map[string]bool{}
	problems := map[string]int64{}
	for _, line := range invalid {
		var r invalidRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("invalid shard line %q: %v", line, err)
		}
		place := fmt.Sprintf("%s:%d", r.File, r.Line)
		if places[place] {
			t.Errorf("%s written twice", place)
		}
		places[place] = true
		if r.Valid || (r.Record == nil && r.Text == "") {
			t.Errorf("%s: valid %v, record %q, text %q", place, r.Valid, r.Record, r.Text)
		}
		for _, p := range r.Problems {
			problems[string(p.Code)]++
		}
	}
	if diff := cmp.Diff(st.want.ProblemsByCode, problems); diff != "" {
		t.Errorf("problems in the invalid shards (-want +got):\n%s", diff)
	}
	// Every finding is written, with its place, check, severity and rules.
	findings := readShards(t, out, "findings")
	if int64(len(findings)) != st.findings {
		t.Errorf("%d lines in the findings shards, want %d", len(findings), st.findings)
	}
	byCheck := map[string]int64{}
	for _, line := range findings {
		var f finding
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("findings shard line %q: %v", line, err)
		}
		if f.File == "" || f.Line == 0 || !f.Check.IsValid() || !f.Severity.IsValid() || len(f.Rules) == 0 {
			t.Errorf("incomplete finding %s", line)
		}
		byCheck[string(f.Check)]++
	}
	if diff := cmp.Diff(st.want.FindingsByCheck, byCheck); diff != "" {
		t.Errorf("findings in the shards (-want +got):\n%s", diff)
	}
	if warnings := readShards(t, out, "warnings"); len(warnings) != 0 {
		t.Errorf("%d warnings from onrecord documents, which are not imported", len(warnings))
	}
}

// TestPipelineEdges covers what a real corpus holds at its edges.
func TestPipelineEdges(t *testing.T) {
	small, err := encodeDocument(smallDocument(1))
	if err != nil {
		t.Fatal(err)
	}
	broken := smallDocument(1)
	for i := range attribution.MaxProblems + 50 {
		broken.Attributions = append(broken.Attributions, attribution.Attribution{ID: fmt.Sprintf("b%d", i), Speaker: "nobody", Quote: "q1"})
	}
	manyProblems, err := encodeDocument(broken)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		files      map[string]string
		kind       string
		policy     string
		maxLine    int64
		wantStatus int
		// wantRecords, wantValid and wantCodes are checked when the
		// pipeline runs; wantError, in its diagnostics, when it does not.
		wantRecords, wantValid int64
		wantCodes              map[string]int64
		wantNotListed          int64
		// wantWarnings and wantSpeakers are checked when they are not nil.
		wantWarnings, wantSpeakers map[string]int64
		wantError                  string
	}{
		"line endings": {
			// CRLF, a blank line of spaces, a last line without a newline.
			files:       map[string]string{"a.jsonl": small + "\r\n   \r\n" + small},
			wantRecords: 2, wantValid: 2, wantCodes: map[string]int64{},
		},
		"a line over the limit is an invalid record and the stream goes on": {
			files:       map[string]string{"a.jsonl": small + "\n" + small + strings.Repeat(" ", 4000) + "\n" + small + "\n"},
			maxLine:     int64(len(small)) + 10,
			wantStatus:  1,
			wantRecords: 3, wantValid: 2, wantCodes: map[string]int64{"length": 1},
		},
		"more problems than validation lists": {
			files:       map[string]string{"a.jsonl": manyProblems + "\n"},
			wantStatus:  1,
			wantRecords: 1, wantCodes: map[string]int64{"unresolved-reference": attribution.MaxProblems},
			wantNotListed: 50,
		},
		"an empty file": {
			files:     map[string]string{"a.jsonl": ""},
			wantCodes: map[string]int64{},
		},
		"gzip": {
			files:       map[string]string{"a.jsonl.gz": gzipText(t, small+"\n{}\n")},
			wantStatus:  1,
			wantRecords: 2, wantValid: 1, wantCodes: map[string]int64{"required": 4},
		},
		"no file matches": {
			files:      map[string]string{"other.txt": small},
			wantStatus: 2, wantError: "no files matching pattern",
		},
		"unknown input kind": {
			files: map[string]string{"a.jsonl": small}, kind: "citron",
			wantStatus: 2, wantError: `unknown input kind "citron"`,
		},
		"quotebank": {
			files: map[string]string{"a.jsonl": strings.Join([]string{
				// Unattributed ("None"); Tim Cook a candidate.
				quotebankLine(1),
				// Attributed, with a member Quotebank does not define.
				`{"quoteID": "2019-01-17-000302", "quotation": "we will keep working on it", "speaker": "Tim Cook", "qids": ["Q265852"], "date": "2019-01-17 11:46:57", "numOccurrences": 1, "probas": [["Tim Cook", 0.8848], ["None", 0.0949]], "urls": ["http://example.com/story-1"], "phase": "E", "extra": 1}`,
				`{"quoteID": "2019-01-17-000303"`,
				`{"quoteID": "2019-01-17-000304", "speaker": "None"}`,
			}, "\n")},
			kind:        "quotebank",
			wantStatus:  1,
			wantRecords: 4, wantValid: 2, wantCodes: map[string]int64{"syntax": 1, "required": 1},
			wantWarnings: map[string]int64{"unknown-field": 1},
			wantSpeakers: map[string]int64{"named": 2, "unnamed": 0, "anonymous": 0},
		},
		"unknown policy": {
			files: map[string]string{"a.jsonl": small}, policy: "lenient",
			wantStatus: 2, wantError: `unknown audit policy "lenient"`,
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			for f, text := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, f), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			c := config{Input: filepath.Join(dir, "*.jsonl*"), Kind: "onrecord", Policy: audit.PresetDefault, Output: filepath.Join(dir, "out"), Shards: 2, MaxLine: 64 << 20}
			if tt.kind != "" {
				c.Kind = tt.kind
			}
			if tt.policy != "" {
				c.Policy = tt.policy
			}
			if tt.maxLine != 0 {
				c.MaxLine = tt.maxLine
			}
			status, got, stderr := runPipeline(t, c)
			if status != tt.wantStatus {
				t.Fatalf("exit status %d, want %d\n%s", status, tt.wantStatus, stderr)
			}
			if tt.wantError != "" {
				if !strings.Contains(stderr, tt.wantError) {
					t.Errorf("diagnostics do not say %q:\n%s", tt.wantError, stderr)
				}
				return
			}
			if got.Records != tt.wantRecords || got.Valid != tt.wantValid || got.Invalid != tt.wantRecords-tt.wantValid {
				t.Errorf("records %d, valid %d, invalid %d; want %d, %d, %d",
					got.Records, got.Valid, got.Invalid, tt.wantRecords, tt.wantValid, tt.wantRecords-tt.wantValid)
			}
			if diff := cmp.Diff(tt.wantCodes, got.ProblemsByCode); diff != "" {
				t.Errorf("problems by code (-want +got):\n%s", diff)
			}
			if got.ProblemsNotListed != tt.wantNotListed {
				t.Errorf("%d problems not listed, want %d", got.ProblemsNotListed, tt.wantNotListed)
			}
			if diff := cmp.Diff(tt.wantWarnings, got.WarningsByCode); tt.wantWarnings != nil && diff != "" {
				t.Errorf("warnings by code (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantSpeakers, got.Speakers); tt.wantSpeakers != nil && diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSample checks the sample that the program reads with no flags: it is
// the generated stream of 60 records, bzip2-compressed, and the pipeline
// reads it to the summary of that stream.
func TestSample(t *testing.T) {
	st, err := generate(60)
	if err != nil {
		t.Fatal(err)
	}
	const sample = "testdata/sample.jsonl.bz2"
	if *updateSample {
		cmd := exec.Command("bzip2", "-9", "-c")
		cmd.Stdin = bytes.NewReader(joinLines(st.lines))
		b, err := cmd.Output()
		if err != nil {
			t.Fatalf("bzip2: %v", err)
		}
		if err := os.WriteFile(sample, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(sample)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	text, err := io.ReadAll(bzip2.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(text, joinLines(st.lines)) {
		t.Fatalf("%s is not the generated stream of 60 records; run go test -run TestSample -update-sample", sample)
	}
	status, got, stderr := runPipeline(t, config{Input: sample, Kind: "onrecord", Policy: audit.PresetDefault, Output: t.TempDir(), Shards: 1, MaxLine: 64 << 20})
	if status != 1 {
		t.Fatalf("exit status %d, want 1\n%s", status, stderr)
	}
	if diff := cmp.Diff(st.want, got); diff != "" {
		t.Errorf("summary mismatch (-want +got):\n%s", diff)
	}
}

// TestKinds checks the table of input kinds: onrecord decodes with the
// library, quotebank imports with package quotebank.
func TestKinds(t *testing.T) {
	small, err := encodeDocument(smallDocument(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := kinds["onrecord"].decode([]byte(small)); err != nil {
		t.Errorf("onrecord: %v", err)
	}
	d, warnings, err := kinds["quotebank"].decode([]byte(quotebankLine(1)))
	if err != nil || len(warnings) != 0 {
		t.Fatalf("quotebank: %v, warnings %v", err, warnings)
	}
	if err := d.Validate(); err != nil || len(d.Quotes) != 1 || d.Quotes[0].Text != "we will keep working on it" {
		t.Errorf("quotebank: %v, quotes %+v", err, d.Quotes)
	}
	if got, want := kindNames(), "onrecord|quotebank"; got != want {
		t.Errorf("kindNames() = %q, want %q", got, want)
	}
}

// BenchmarkPipeline measures records per second through the whole pipeline
// on one file of 2,000 records. Run with -cpu 1,2 to compare one worker
// with two, and -args -runner=prism for the prism runner.
func BenchmarkPipeline(b *testing.B) {
	st, err := generate(2000)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	in := filepath.Join(dir, "stream.jsonl")
	if err := os.WriteFile(in, joinLines(st.lines), 0o644); err != nil {
		b.Fatal(err)
	}
	c := config{Input: in, Kind: "onrecord", Policy: audit.PresetDefault, Output: filepath.Join(dir, "out"), Shards: 4, MaxLine: 64 << 20}
	b.SetBytes(int64(len(joinLines(st.lines))))
	for b.Loop() {
		if status, _, stderr := runPipeline(b, c); status != 1 {
			b.Fatalf("exit status %d\n%s", status, stderr)
		}
	}
	b.ReportMetric(float64(st.want.Records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkLibrary does the pipeline's per-record work (decode, validate,
// audit) on the same 2,000 records in one goroutine, without Beam: what the
// pipeline costs on top of the library is the ratio of the two.
func BenchmarkLibrary(b *testing.B) {
	st, err := generate(2000)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(joinLines(st.lines))))
	for b.Loop() {
		for _, line := range st.lines {
			if strings.TrimSpace(line) == "" {
				continue
			}
			d, err := attribution.Decode(strings.NewReader(line))
			if err == nil {
				err = d.Validate()
			}
			if err == nil {
				if _, err := audit.Run(d, audit.Default()); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(st.want.Records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}
