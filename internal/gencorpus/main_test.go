package main

import (
	"bytes"
	"testing"

	"github.com/onrecord/onrecord/attribution/stream"
	"github.com/onrecord/onrecord/internal/validation"
)

// TestWrite wants the generated stream to read back with every tenth
// document invalid for an unresolved reference and the others valid, and
// the same seed to give the same bytes.
func TestWrite(t *testing.T) {
	var a, b bytes.Buffer
	if err := write(&a, 50, 7); err != nil {
		t.Fatal(err)
	}
	if err := write(&b, 50, 7); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same seed gave different streams")
	}
	n := 0
	for rec, err := range stream.Read(&a, stream.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		lines := validation.Lines(rec.Err)
		if rec.Line%10 == 0 {
			if len(lines) != 1 || lines[0] != validation.Pointer("/attributions", len(rec.Document.Attributions)-1, "speaker")+" unresolved-reference" {
				t.Errorf("line %d: %v, want one unresolved reference", rec.Line, lines)
			}
		} else if rec.Err != nil {
			t.Errorf("line %d: %v", rec.Line, rec.Err)
		}
		n++
	}
	if n != 50 {
		t.Errorf("%d documents read, want 50", n)
	}
}
