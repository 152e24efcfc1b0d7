package stream_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/stream"
)

// Read a stream of three lines: a valid document, a document that breaks a
// rule, and a line that is not JSON; then write the valid one back.
func Example() {
	in := strings.Join([]string{
		`{"formatVersion":"0.2","article":{"headline":"Minister promises action"},"annotation":{"by":{"kind":"person","name":"A. Editor"},"created":"2024-03-01"}}`,
		`{"formatVersion":"0.2","article":{"headline":"Talks stall"},"annotation":{"by":{"kind":"person","name":""},"created":"2024-03-01"}}`,
		`{"formatVersion":`,
	}, "\n")
	var valid []*attribution.Document
	for rec, err := range stream.Read(strings.NewReader(in), stream.Options{}) {
		if err != nil {
			fmt.Println("reading failed:", err)
			return
		}
		var verr *attribution.ValidationError
		if errors.As(rec.Err, &verr) {
			for _, p := range verr.Problems {
				fmt.Printf("line %d: %s %s\n", rec.Line, p.Pointer, p.Code)
			}
			continue
		}
		valid = append(valid, rec.Document)
	}

	var out bytes.Buffer
	w := stream.NewWriter(&out)
	for _, d := range valid {
		if err := w.Write(d); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Print(out.String())
	// Output:
	// line 2: /annotation/by/name required
	// line 3:  syntax
	// {"formatVersion":"0.2","article":{"headline":"Minister promises action"},"annotation":{"by":{"kind":"person","name":"A. Editor"},"created":"2024-03-01"}}
}
