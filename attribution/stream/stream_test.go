package stream_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/stream"
	"github.com/onrecord/onrecord/internal/validation"
)

// fixture is one fixture file as a line of JSON Lines, with what Decode and
// Validate make of the file.
type fixture struct {
	name    string
	line    []byte
	want    []string
	decodes bool
}

// fixtures compacts every fixture that is one JSON value onto one line.
func fixtures(t testing.TB) []fixture {
	t.Helper()
	files, _ := filepath.Glob("../testdata/*/*.json")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	var out []fixture
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var compact bytes.Buffer
		if json.Compact(&compact, data) != nil {
			// Not one JSON value: keep it whole, but on one line, as a
			// malformed line of a stream.
			compact.Reset()
			compact.Write(bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r"), nil), []byte("\n"), []byte(" ")))
		}
		doc, err := attribution.Decode(bytes.NewReader(compact.Bytes()))
		decodes := err == nil
		if err == nil {
			err = doc.Validate()
		}
		out = append(out, fixture{filepath.Base(filepath.Dir(file)) + "/" + filepath.Base(file), compact.Bytes(), validation.Lines(err), decodes})
	}
	return out
}

// TestReadValidatesAsDecode wants every record of a stream of the fixtures
// judged exactly as Decode and Validate judge it alone, on the line it is on,
// one job or several.
func TestReadValidatesAsDecode(t *testing.T) {
	fs := fixtures(t)
	var in bytes.Buffer
	for _, f := range fs {
		in.Write(f.line)
		in.WriteString("\n\n") // a blank line after each: skipped, but counted
	}
	for _, jobs := range []int{0, 1, 4, -1} {
		t.Run(fmt.Sprintf("jobs=%d", jobs), func(t *testing.T) {
			i := 0
			for rec, err := range stream.Read(bytes.NewReader(in.Bytes()), stream.Options{Jobs: jobs}) {
				if err != nil {
					t.Fatal(err)
				}
				if i >= len(fs) {
					t.Fatalf("record %d past the %d lines written", i, len(fs))
				}
				f := fs[i]
				if rec.Line != 2*i+1 {
					t.Errorf("%s: line %d, want %d", f.name, rec.Line, 2*i+1)
				}
				if rec.Bytes != len(f.line) {
					t.Errorf("%s: %d bytes, want %d", f.name, rec.Bytes, len(f.line))
				}
				if diff := cmp.Diff(f.want, validation.Lines(rec.Err)); diff != "" {
					t.Errorf("%s: problems (-alone +in the stream):\n%s", f.name, diff)
				}
				if (rec.Document != nil) != f.decodes {
					t.Errorf("%s: document %v, want one only when the line decodes (%v)", f.name, rec.Document != nil, f.decodes)
				}
				i++
			}
			if i != len(fs) {
				t.Errorf("%d records, want %d", i, len(fs))
			}
		})
	}
}

// TestReadGoesOn wants a malformed line and a line too long reported on
// their line, and the lines after them read.
func TestReadGoesOn(t *testing.T) {
	valid := fixtureLine(t, "../testdata/valid/minimal.json")
	long := `{"formatVersion":"0.1","article":{"headline":"` + strings.Repeat("x", 300) + `"}}`
	in := strings.Join([]string{
		string(valid),
		`{"formatVersion":`,
		long,
		"  \t ",
		string(valid) + "\r",
		`not json at all`,
		string(valid),
	}, "\n")
	type got struct {
		Line  int
		Valid bool
		Codes string
	}
	want := []got{
		{1, true, ""},
		{2, false, " syntax"},
		{3, false, " syntax"},
		{5, true, ""},
		{6, false, " syntax"},
		{7, true, ""},
	}
	for _, jobs := range []int{1, 3} {
		var gots []got
		for rec, err := range stream.Read(strings.NewReader(in), stream.Options{MaxLineBytes: 250, Jobs: jobs}) {
			if err != nil {
				t.Fatal(err)
			}
			gots = append(gots, got{rec.Line, rec.Err == nil, strings.Join(validation.Lines(rec.Err), ",")})
		}
		if diff := cmp.Diff(want, gots); diff != "" {
			t.Errorf("jobs=%d: records (-want +got):\n%s", jobs, diff)
		}
	}
}

func fixtureLine(t testing.TB, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		t.Fatal(err)
	}
	return compact.Bytes()
}

// TestReadStopsEarly wants a loop that breaks to stop reading, one job or
// several, and a failing reader to end the iteration with its error.
func TestReadStopsEarly(t *testing.T) {
	valid := fixtureLine(t, "../testdata/valid/minimal.json")
	in := bytes.Repeat(append(valid, '\n'), 100)
	for _, jobs := range []int{1, 4} {
		n := 0
		for _, err := range stream.Read(bytes.NewReader(in), stream.Options{Jobs: jobs}) {
			if err != nil {
				t.Fatal(err)
			}
			if n++; n == 3 {
				break
			}
		}
		if n != 3 {
			t.Errorf("jobs=%d: %d records before the break", jobs, n)
		}

		boom := errors.New("disk on fire")
		r := io.MultiReader(bytes.NewReader(in[:len(valid)+1]), iotest.ErrReader(boom))
		var errs []error
		records := 0
		for rec, err := range stream.Read(r, stream.Options{Jobs: jobs}) {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if rec.Err != nil {
				t.Errorf("record %d: %v", rec.Line, rec.Err)
			}
			records++
		}
		if records != 1 || len(errs) != 1 || !errors.Is(errs[0], boom) {
			t.Errorf("jobs=%d: %d records and errors %v, want 1 record and the reader's error", jobs, records, errs)
		}
	}
}

// TestWriterRoundTrip wants what a Writer writes read back by Read into the
// same documents, one per line.
func TestWriterRoundTrip(t *testing.T) {
	var docs []*attribution.Document
	files, _ := filepath.Glob("../testdata/valid/*.json")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := attribution.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	var out bytes.Buffer
	w := stream.NewWriter(&out)
	for _, d := range docs {
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Write(nil); err == nil {
		t.Error("writing a nil document: no error")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := bytes.Count(out.Bytes(), []byte("\n")); got != len(docs) {
		t.Fatalf("%d lines for %d documents", got, len(docs))
	}
	i := 0
	for rec, err := range stream.Read(&out, stream.Options{}) {
		if err != nil || rec.Err != nil {
			t.Fatalf("line %d: %v %v", rec.Line, err, rec.Err)
		}
		if diff := cmp.Diff(docs[i], rec.Document); diff != "" {
			t.Errorf("line %d (-written +read):\n%s", rec.Line, diff)
		}
		i++
	}
	if i != len(docs) {
		t.Errorf("read %d documents of %d", i, len(docs))
	}
}
