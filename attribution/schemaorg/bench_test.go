package schemaorg_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/onrecord/onrecord/attribution/schemaorg"
	"github.com/onrecord/onrecord/internal/ldtest"
)

// BenchmarkWrite exports documents of 100 and 1,000 quotes and claims; time
// per quote should match across the two sizes.
func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{100, 1000} {
		d := ldtest.Synthetic(n)
		if err := d.Validate(); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := schemaorg.Write(io.Discard, d, schemaorg.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/quote")
		})
	}
}
