package stream_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/stream"
	"github.com/onrecord/onrecord/internal/validation"
)

// FuzzRead feeds arbitrary bytes to Read as a stream, one job and several.
// Nothing may panic; every record's error must be a *ValidationError with at
// most MaxProblems problems; line numbers must rise; each record must be
// judged as Decode and Validate judge its line alone; and parallel reading
// must yield what sequential reading yields.
func FuzzRead(f *testing.F) {
	var all bytes.Buffer
	for _, fx := range fixtures(f) {
		f.Add(fx.line)
		all.Write(fx.line)
		all.WriteByte('\n')
	}
	f.Add(all.Bytes())
	f.Add([]byte("\n\r\n{}\n{\"formatVersion\":\"0.1\"}\r\n\xff\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		type seen struct {
			line  int
			lines []string
		}
		read := func(jobs int) []seen {
			var out []seen
			last := 0
			for rec, err := range stream.Read(bytes.NewReader(data), stream.Options{Jobs: jobs, MaxLineBytes: 4096}) {
				if err != nil {
					t.Fatalf("reading from memory failed: %v", err)
				}
				if rec.Line <= last {
					t.Fatalf("line %d after line %d", rec.Line, last)
				}
				last = rec.Line
				if rec.Err != nil {
					var verr *attribution.ValidationError
					if !errors.As(rec.Err, &verr) || len(verr.Problems) == 0 || len(verr.Problems) > attribution.MaxProblems {
						t.Fatalf("line %d: error %v", rec.Line, rec.Err)
					}
				}
				if rec.Err == nil && rec.Document == nil {
					t.Fatalf("line %d: neither a document nor an error", rec.Line)
				}
				line := nthLine(data, rec.Line)
				if len(line) <= 4096 {
					doc, err := attribution.Decode(bytes.NewReader(line))
					if err == nil {
						err = doc.Validate()
					}
					if a, b := validation.Lines(err), validation.Lines(rec.Err); !equal(a, b) {
						t.Fatalf("line %d: alone %v, in the stream %v", rec.Line, a, b)
					}
				}
				out = append(out, seen{rec.Line, validation.Lines(rec.Err)})
			}
			return out
		}
		one, four := read(1), read(4)
		if len(one) != len(four) {
			t.Fatalf("%d records with one job, %d with four", len(one), len(four))
		}
		for i := range one {
			if one[i].line != four[i].line || !equal(one[i].lines, four[i].lines) {
				t.Fatalf("record %d differs: %v and %v", i, one[i], four[i])
			}
		}
	})
}

// nthLine returns line n (from 1) of data, without its line end.
func nthLine(data []byte, n int) []byte {
	lines := bytes.Split(data, []byte("\n"))
	return bytes.TrimSuffix(lines[n-1], []byte("\r"))
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
