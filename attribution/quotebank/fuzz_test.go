package quotebank_test

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution/quotebank"
)

// FuzzImportLine: any line either imports into a document that validates or
// gives an error; nothing panics. Seeded with the fixture stream's lines.
func FuzzImportLine(f *testing.F) {
	data, err := os.ReadFile("testdata/quotes.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f.Add(append([]byte(nil), sc.Bytes()...))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := quotebank.ImportLine(line, quotebank.Options{Annotation: fixed})
		if err != nil {
			if strings.Contains(err.Error(), "does not validate") {
				t.Fatalf("the import made an invalid document: %v", err)
			}
			return
		}
		if err := rec.Document.Validate(); err != nil {
			t.Fatalf("imported document does not validate: %v", err)
		}
	})
}

// FuzzReader: any stream reads to its end, line by line, without panicking,
// and each line number only grows.
func FuzzReader(f *testing.F) {
	data, err := os.ReadFile("testdata/quotes.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("\n\n{}\r\n{\"quotation\": \"x\"}"))
	f.Fuzz(func(t *testing.T, stream []byte) {
		x := quotebank.NewReader(bytes.NewReader(stream), quotebank.Options{Annotation: fixed, MaxLine: 256})
		last := 0
		for i := 0; ; i++ {
			rec, err := x.Next()
			if rec == nil && err == nil {
				t.Fatal("no record and no error")
			}
			if err != nil {
				var lerr *quotebank.LineError
				if !asLineError(err, &lerr) {
					return // io.EOF or a read error ends the stream
				}
				if lerr.Line <= last {
					t.Fatalf("line %d after line %d", lerr.Line, last)
				}
				last = lerr.Line
				continue
			}
			if rec.Line <= last {
				t.Fatalf("line %d after line %d", rec.Line, last)
			}
			last = rec.Line
		}
	})
}

func asLineError(err error, target **quotebank.LineError) bool { return errors.As(err, target) }
