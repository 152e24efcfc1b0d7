package audit_test

import (
	"fmt"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/examples/seed"
)

// scaled returns the seed document n times over, each copy's IDs suffixed, so
// that its speakers, quotes, attributions, claims and mentions grow n-fold.
func scaled(b *testing.B, n int) *attribution.Document {
	b.Helper()
	out, err := seed.Document()
	if err != nil {
		b.Fatal(err)
	}
	base := *out
	out.Speakers, out.Quotes, out.Attributions, out.Claims, out.Mentions = nil, nil, nil, nil, nil
	for k := range n {
		doc, err := seed.Document()
		if err != nil {
			b.Fatal(err)
		}
		sfx := func(id string) string {
			if id == "" {
				return ""
			}
			return fmt.Sprintf("%s.%d", id, k)
		}
		for _, s := range doc.Speakers {
			s.ID = sfx(s.ID)
			out.Speakers = append(out.Speakers, s)
		}
		for _, q := range doc.Quotes {
			q.ID, q.ContinuationOf = sfx(q.ID), sfx(q.ContinuationOf)
			out.Quotes = append(out.Quotes, q)
		}
		for _, a := range doc.Attributions {
			a.ID, a.Speaker, a.Quote, a.Parent = sfx(a.ID), sfx(a.Speaker), sfx(a.Quote), sfx(a.Parent)
			for i := range a.Claims {
				a.Claims[i] = sfx(a.Claims[i])
			}
			out.Attributions = append(out.Attributions, a)
		}
		for _, c := range doc.Claims {
			c.ID = sfx(c.ID)
			for i := range c.Relations {
				c.Relations[i].Claim = sfx(c.Relations[i].Claim)
			}
			out.Claims = append(out.Claims, c)
		}
		for _, m := range doc.Mentions {
			m.Speaker = sfx(m.Speaker)
			out.Mentions = append(out.Mentions, m)
		}
	}
	if len(out.Claims) != n*len(base.Claims) {
		b.Fatalf("%d claims", len(out.Claims))
	}
	return out
}

// BenchmarkRun audits the seed article and ten copies of it in one
// document: the time per audit should grow about tenfold, not more.
func BenchmarkRun(b *testing.B) {
	for _, n := range []int{1, 10} {
		doc := scaled(b, n)
		if err := doc.Validate(); err != nil {
			b.Fatal(err)
		}
		p := audit.Strictest()
		b.Run(fmt.Sprintf("copies=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := audit.Run(doc, p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
