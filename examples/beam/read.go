package main

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
)

// A record is one line of input, with where it was read.
type record struct {
	// File is the path of the file the line was read from.
	File string
	// Line is the line's number in that file, from 1, counted in the
	// decompressed text.
	Line int64
	// Text is the line without its line ending; nil when the line is too
	// long.
	Text []byte
	// TooLong is the length in bytes of a line longer than the limit,
	// whose text was not kept; 0 otherwise.
	TooLong int64
}

// readLinesFn reads the lines of one file, plain, bzip2 (.bz2) or gzip
// (.gz), and emits each line that is not blank as a record. A compressed file
// cannot be split, so one file is read by one worker; the records are
// redistributed after reading.
type readLinesFn struct {
	// MaxLine is the longest line, in bytes, whose text is kept.
	MaxLine int64 `json:"maxLine"`
}

// ProcessElement reads one file.
func (f *readLinesFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(record)) error {
	path := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer rc.Close()
	var r io.Reader = rc
	switch {
	case strings.HasSuffix(path, ".bz2"):
		r = bzip2.NewReader(rc)
	case strings.HasSuffix(path, ".gz"):
		zr, err := gzip.NewReader(rc)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	lr := lineReader{r: bufio.NewReaderSize(r, 1<<20), max: f.MaxLine}
	for n := int64(1); ; n++ {
		text, length, err := lr.next()
		if errors.Is(err, io.EOF) && length == 0 {
			return nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read %s, line %d: %w", path, n, err)
		}
		switch {
		case length > f.MaxLine:
			emit(record{File: path, Line: n, TooLong: length})
		case len(bytes.TrimSpace(text)) > 0:
			emit(record{File: path, Line: n, Text: text})
		}
		if err != nil { // io.EOF after a last line without a newline
			return nil
		}
	}
}

// lineReader reads lines of any length, keeping the text of those no longer
// than max bytes.
type lineReader struct {
	r   *bufio.Reader
	max int64
	buf []byte
}

// next returns the next line without its line ending (a copy the caller may
// keep, or nil when the line is longer than max), the line's length in bytes,
// and io.EOF when the input has ended; a last line without a newline comes
// with io.EOF and its length.
func (lr *lineReader) next() ([]byte, int64, error) {
	lr.buf = lr.buf[:0]
	var read int64 // bytes of the line read so far, its ending included
	var prev byte  // the last byte of the previous chunk
	for {
		chunk, err := lr.r.ReadSlice('\n')
		read += int64(len(chunk))
		if read <= lr.max+2 { // the text and room for "\r\n"
			lr.buf = append(lr.buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			prev = chunk[len(chunk)-1]
			continue
		}
		end := 0
		if n := len(chunk); n > 0 && chunk[n-1] == '\n' {
			end = 1
			if (n > 1 && chunk[n-2] == '\r') || (n == 1 && prev == '\r') {
				end = 2
			}
		}
		length := read - int64(end)
		if length > lr.max {
			return nil, length, err
		}
		return bytes.Clone(lr.buf[:length]), length, err
	}
}
