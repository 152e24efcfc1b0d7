package stream_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/onrecord/onrecord/attribution/stream"
)

// BenchmarkRead reads and validates streams of 1,000 and 10,000 documents,
// one job and two: the time per stream grows tenfold, and the bytes
// allocated per document stay the same, when reading is linear and holds one
// line at a time.
func BenchmarkRead(b *testing.B) {
	line := fixtureLine(b, "../testdata/valid/anonymous-official.json")
	for _, n := range []int{1000, 10000} {
		data := bytes.Repeat(append(line, '\n'), n)
		for _, jobs := range []int{1, 2} {
			b.Run(fmt.Sprintf("jobs=%d/docs=%d", jobs, n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					for rec, err := range stream.Read(bytes.NewReader(data), stream.Options{Jobs: jobs}) {
						if err != nil || rec.Err != nil {
							b.Fatal(err, rec.Err)
						}
					}
				}
			})
		}
	}
}
