package attribution

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/onrecord/onrecord/internal/validation"
)

// Decode reads one Document from JSON, strictly: a member the format does not
// define, a repeated key, null, a value of the wrong type, or data after the
// document is an error, and so is malformed JSON. So are a string that is not
// valid UTF-8 (a raw byte, or a \u escape of a lone UTF-16 surrogate: never
// replaced by U+FFFD), a span without its start or end (0 is a valid start,
// which only the JSON can tell from absent), and an empty text ("text": "",
// which would read as no text: leave the member out instead). The error is a
// [*ValidationError] whose problems point at the offending values (syntax
// errors give a byte offset instead), at most [MaxProblems] of them. A member
// name from the input appears in a pointer cut to 64 bytes. Objects and arrays
// may nest at most 200 deep. Decode reads all of r: wrap r in an
// [io.LimitReader] to bound what it reads. A document of format version 0.1
// is refused with a problem of code format-version: read it with [Upgrade].
// Decode does not validate the document's rules: call [Document.Validate] for
// that.
//
// Decode reads the JSON once, token by token, filling the document as it
// goes; a program that reads many documents should read them from a stream
// (package github.com/onrecord/onrecord/attribution/stream).
func Decode(r io.Reader) (*Document, error) {
	d, err := decode(r)
	if err != nil {
		return nil, err
	}
	if err := checkVersion(d); err != nil {
		return nil, err
	}
	return d, nil
}

// decode reads one Document of any format version.
func decode(r io.Reader) (*Document, error) {
	data, err := readAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading document: %w", err)
	}
	var d Document
	if err := validation.Decode(data, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// Encode writes the document as indented JSON (two spaces), followed by a
// newline, without escaping <, > and & as HTML. Decoding its output with
// [Decode] gives back a document that encodes to the same bytes. Invalid UTF-8
// in a string is written as U+FFFD, as encoding/json does; empty lists are
// left out and decode as nil.
func Encode(w io.Writer, d *Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}

// readAll is io.ReadAll, reading into a buffer of the right size at once when
// r knows how much it holds (as a bytes.Reader or a strings.Reader does).
func readAll(r io.Reader) ([]byte, error) {
	if l, ok := r.(interface{ Len() int }); ok {
		buf := bytes.NewBuffer(make([]byte, 0, l.Len()+bytes.MinRead))
		_, err := buf.ReadFrom(r)
		return buf.Bytes(), err
	}
	return io.ReadAll(r)
}
