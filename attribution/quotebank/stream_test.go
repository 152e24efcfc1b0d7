package quotebank_test

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/onrecord/onrecord/attribution/quotebank"
)

// lines is a reader of n quotation-centric records, made as they are read,
// so that the stream itself holds nothing.
type lines struct {
	n, i int
	cur  []byte
}

func (l *lines) Read(p []byte) (int, error) {
	for len(l.cur) == 0 {
		if l.i == l.n {
			return 0, io.EOF
		}
		l.i++
		l.cur = fmt.Appendf(nil, `{"quoteID": "2019-01-17-%06d", "quotation": "words number %d", "speaker": "Speaker %d",`+
			` "qids": ["Q%d"], "date": "2019-01-17 11:46:57", "numOccurrences": %d,`+
			` "probas": [["Speaker %d", "0.8848"], ["None", 0.1152]], "urls": ["http://example.org/%d"], "phase": "E"}`+"\n",
			l.i%1000000, l.i, l.i, l.i+1, 1+l.i%7, l.i, l.i)
	}
	n := copy(p, l.cur)
	l.cur = l.cur[n:]
	return n, nil
}

// consume reads a stream to its end and returns the number of records.
func consume(tb testing.TB, r io.Reader, each func(i int)) int {
	tb.Helper()
	x := quotebank.NewReader(r, quotebank.Options{Annotation: fixed})
	n := 0
	for {
		_, err := x.Next()
		if errors.Is(err, io.EOF) {
			return n
		}
		if err != nil {
			tb.Fatal(err)
		}
		n++
		if each != nil {
			each(n)
		}
	}
}

// A long stream imports in memory that does not grow with it: the live heap
// after 10,000 records is what it was after 1,000.
func TestConstantMemory(t *testing.T) {
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var at1k, at10k uint64
	n := consume(t, &lines{n: 10000}, func(i int) {
		switch i {
		case 1000:
			at1k = heap()
		case 10000:
			at10k = heap()
		}
	})
	if n != 10000 {
		t.Fatalf("%d records, want 10000", n)
	}
	t.Logf("live heap: %d bytes after 1,000 records, %d after 10,000", at1k, at10k)
	if at10k > at1k+1<<20 {
		t.Errorf("the live heap grew from %d to %d bytes between 1,000 and 10,000 records", at1k, at10k)
	}
}

// BenchmarkStream reads streams of 1,000 and 10,000 records; ns/op and B/op
// per record should match across the two sizes.
func BenchmarkStream(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				consume(b, &lines{n: n}, nil)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/record")
		})
	}
}
