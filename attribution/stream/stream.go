package stream

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"strconv"
	"sync"

	"github.com/onrecord/onrecord/attribution"
)

// DefaultMaxLineBytes is the longest line [Read] takes when
// [Options.MaxLineBytes] is 0: 64 MiB, far more than the longest news text
// with its sourcing.
const DefaultMaxLineBytes = 64 << 20

// Options configure [Read].
type Options struct {
	// MaxLineBytes bounds the length of a line, its line end excluded;
	// a longer line is reported as a record with a syntax problem, and
	// skipped without being held in memory. 0 means
	// DefaultMaxLineBytes.
	MaxLineBytes int
	// Jobs is how many records are decoded and validated at once. 0 or
	// 1 reads them one at a time in the caller's goroutine; more uses as
	// many goroutines, and still yields the records in stream order. A
	// negative value means one job per processor.
	Jobs int
	// DecodeOnly skips validation: a record's error then says only
	// whether its line decodes.
	DecodeOnly bool
}

// Record is one line of a stream, read.
type Record struct {
	// Line is the number of the line, counting from 1.
	Line int
	// Bytes is the length of the line, its line end excluded.
	Bytes int
	// Document is the document the line holds; nil when it did not
	// decode.
	Document *attribution.Document
	// Err is nil for a valid document, and otherwise an
	// [*attribution.ValidationError]: the line's decoding problems (a
	// line too long or not JSON among them) or, when it decoded, its
	// validation problems.
	Err error
}

// Read returns the records of the JSON Lines stream r, in order, decoding and
// validating each. Lines that hold only white space are skipped (their
// numbers still count), and a line may end in \n or \r\n. The iteration's
// error is not nil only when reading r fails: it is then the last value
// yielded. Stopping the iteration early stops reading.
func Read(r io.Reader, opts Options) iter.Seq2[Record, error] {
	max := opts.MaxLineBytes
	if max <= 0 {
		max = DefaultMaxLineBytes
	}
	jobs := opts.Jobs
	if jobs < 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	if jobs <= 1 {
		return func(yield func(Record, error) bool) {
			lr := newLineReader(r, max)
			for {
				l, err := lr.next()
				if err != nil {
					if !errors.Is(err, io.EOF) {
						yield(Record{Line: lr.line}, err)
					}
					return
				}
				if !yield(l.record(opts.DecodeOnly), nil) {
					return
				}
			}
		}
	}
	return func(yield func(Record, error) bool) { readParallel(r, max, jobs, opts.DecodeOnly, yield) }
}

// line is one line as read: its bytes, or why it has none.
type line struct {
	number  int
	data    []byte
	size    int // bytes read for the line
	limit   int // the longest line allowed
	tooLong bool
}

// record decodes and validates the line.
func (l line) record(decodeOnly bool) Record {
	rec := Record{Line: l.number, Bytes: l.size}
	if l.tooLong {
		rec.Err = &attribution.ValidationError{Problems: []attribution.Problem{{Code: attribution.CodeSyntax,
			Message: "is on a line longer than " + strconv.Itoa(l.limit) + " bytes, the limit; the line is skipped"}}}
		return rec
	}
	// Exactly as a lone document: the same decoding, with its check of
	// the format version, and the same validation.
	d, err := attribution.Decode(bytes.NewReader(l.data))
	if err != nil {
		rec.Err = err
		return rec
	}
	rec.Document = d
	if !decodeOnly {
		rec.Err = d.Validate()
	}
	return rec
}

// lineReader reads lines no longer than max, reusing one buffer.
type lineReader struct {
	br   *bufio.Reader
	max  int
	line int // number of the last line read
	buf  []byte
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 64<<10), max: max}
}

// next returns the next line that is not blank; its data is valid until the
// next call. It returns io.EOF at the end of the stream.
func (lr *lineReader) next() (line, error) {
	for {
		lr.line++
		l := line{number: lr.line, limit: lr.max}
		lr.buf = lr.buf[:0]
		for {
			chunk, err := lr.br.ReadSlice('\n')
			l.size += len(chunk)
			if !l.tooLong {
				if len(lr.buf)+len(chunk) > lr.max+len("\r\n") {
					l.tooLong, lr.buf = true, lr.buf[:0] // skipped, not held
				} else {
					lr.buf = append(lr.buf, chunk...)
				}
			}
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return line{}, fmt.Errorf("reading line %d: %w", lr.line, err)
			}
			if l.size == 0 && errors.Is(err, io.EOF) {
				lr.line--
				return line{}, io.EOF
			}
			break
		}
		data := bytes.TrimSuffix(lr.buf, []byte("\n"))
		data = bytes.TrimSuffix(data, []byte("\r"))
		if l.tooLong || len(data) > lr.max {
			l.tooLong = true
			return l, nil
		}
		if len(bytes.TrimSpace(data)) == 0 {
			continue
		}
		l.data, l.size = data, len(data)
		return l, nil
	}
}

// readParallel is Read with jobs goroutines decoding and validating, the
// records yielded in stream order.
func readParallel(r io.Reader, max, jobs int, decodeOnly bool, yield func(Record, error) bool) {
	type result struct {
		rec Record
		err error
	}
	type job struct {
		l   line
		out chan result
	}
	work := make(chan job)
	order := make(chan chan result, 2*jobs) // results in stream order; bounds the lines in flight
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1 + jobs)
	go func() { // the reader
		defer wg.Done()
		defer close(order)
		defer close(work)
		lr := newLineReader(r, max)
		for {
			l, err := lr.next()
			out := make(chan result, 1)
			select {
			case order <- out:
			case <-done:
				return
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					out <- result{Record{Line: lr.line}, err}
				} else {
					close(out)
				}
				return
			}
			l.data = bytes.Clone(l.data) // the reader's buffer is reused
			select {
			case work <- job{l, out}:
			case <-done:
				return
			}
		}
	}()
	for range jobs {
		go func() {
			defer wg.Done()
			for j := range work {
				j.out <- result{rec: j.l.record(decodeOnly)}
			}
		}()
	}
	defer func() {
		close(done)
		for range order { // let the reader finish
		}
		wg.Wait()
	}()
	for out := range order {
		res, ok := <-out
		if !ok {
			return // the end of the stream
		}
		if !yield(res.rec, res.err) || res.err != nil {
			return
		}
	}
}

// Writer writes documents as JSON Lines: each document as compact JSON on a
// line of its own. Its output is buffered: call Flush when done.
type Writer struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Writer{bw: bw, enc: enc}
}

// Write writes the document on one line. JSON escapes every line break
// inside a string, so the document cannot span lines.
func (w *Writer) Write(d *attribution.Document) error {
	if d == nil {
		return errors.New("writing a nil document")
	}
	return w.enc.Encode(d)
}

// Flush writes what is buffered to the underlying writer.
func (w *Writer) Flush() error { return w.bw.Flush() }
