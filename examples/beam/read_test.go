package main

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLineReader reads lines through a 16-byte buffer, so that lines span
// several reads and a "\r\n" can fall across two of them.
func TestLineReader(t *testing.T) {
	type line struct {
		Text   string
		Length int64
	}
	long := strings.Repeat("x", 40)
	tests := map[string]struct {
		input string
		max   int64
		want  []line
	}{
		"short lines": {
			input: "a\nbc\n", max: 10,
			want: []line{{"a", 1}, {"bc", 2}},
		},
		"no newline at the end": {
			input: "a\nbc", max: 10,
			want: []line{{"a", 1}, {"bc", 2}},
		},
		"CRLF": {
			input: "a\r\nbc\r\n", max: 10,
			want: []line{{"a", 1}, {"bc", 2}},
		},
		"lines longer than the buffer": {
			input: long + "\n" + long + "\r\n", max: 100,
			want: []line{{long, 40}, {long, 40}},
		},
		"CRLF across two reads": {
			input: strings.Repeat("y", 15) + "\r\nz\n", max: 100,
			want: []line{{strings.Repeat("y", 15), 15}, {"z", 1}},
		},
		"a line of exactly the limit": {
			input: long + "\r\n", max: 40,
			want: []line{{long, 40}},
		},
		"a line over the limit, and the next one": {
			input: long + "x\r\nok\n", max: 40,
			want: []line{{"", 41}, {"ok", 2}},
		},
		"empty lines": {
			input: "\n\r\n", max: 10,
			want: []line{{"", 0}, {"", 0}},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			lr := lineReader{r: bufio.NewReaderSize(strings.NewReader(tt.input), 16), max: tt.max}
			var got []line
			for {
				text, length, err := lr.next()
				if errors.Is(err, io.EOF) && length == 0 {
					break
				}
				if err != nil && !errors.Is(err, io.EOF) {
					t.Fatal(err)
				}
				got = append(got, line{string(text), length})
				if err != nil {
					break
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
