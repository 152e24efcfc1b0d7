package attribution_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/jsonschema"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// seedDocument reads the seed article's document (79 KB), the yardstick of
// the benchmarks.
func seedDocument(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile("../examples/seed/testdata/document.json")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkSeed compares, in one run, the costs of reading and checking the
// seed document: encoding/json's Unmarshal into a Document (the yardstick),
// Decode (strict), Validate, and validation of the parsed document against
// the committed JSON Schema with santhosh-tekuri/jsonschema, formats
// asserted. Divide each time by Unmarshal's to read the ratios:
//
//	go test ./attribution -run '^$' -bench Seed -benchmem
func BenchmarkSeed(b *testing.B) {
	data := seedDocument(b)
	doc, err := attribution.Decode(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	sch := compileSchema(b)
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Unmarshal", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var d attribution.Document
			if err := json.Unmarshal(data, &d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Decode", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := attribution.Decode(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Validate", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if err := doc.Validate(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("JSONSchema", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if err := sch.Validate(inst); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func compileSchema(b *testing.B) *sjs.Schema {
	b.Helper()
	const name = "document.schema.json"
	data, err := jsonschema.File(name)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	c := sjs.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(jsonschema.ID(name), doc); err != nil {
		b.Fatal(err)
	}
	s, err := c.Compile(jsonschema.ID(name))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// chainDocument returns a valid document of n attributions, each nested in
// the one before it, and n direct quotes, each continuing the one before it:
// the longest chains a document of its size can hold.
func chainDocument(n int) *attribution.Document {
	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Chains"},
		Speakers:      []source.Speaker{{ID: "s", Kind: source.KindPerson, Name: "A. Speaker"}},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "bench"},
			Created: "2024-01-01"},
	}
	for i := range n {
		q := quote.Quote{ID: "q" + strconv.Itoa(i), Kind: quote.KindDirect, Text: "words"}
		a := attribution.Attribution{ID: "a" + strconv.Itoa(i), Speaker: "s", Quote: q.ID}
		if i > 0 {
			q.ContinuationOf = "q" + strconv.Itoa(i-1)
			a.Parent = "a" + strconv.Itoa(i-1)
		}
		d.Quotes = append(d.Quotes, q)
		d.Attributions = append(d.Attributions, a)
	}
	return d
}

// BenchmarkValidateChain validates a document whose attributions and quotes
// form one chain each, at two sizes ten times apart: the time per document
// grows tenfold when validation is linear, a hundredfold when it is
// quadratic.
func BenchmarkValidateChain(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		d := chainDocument(n)
		if err := d.Validate(); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := d.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// reanchorDocument returns a document of n direct quotes, each with its
// span in a text of n sentences, and the text with a word inserted at its
// start, which moves every span.
func reanchorDocument(b *testing.B, n int) (*attribution.Document, string) {
	b.Helper()
	var text strings.Builder
	d := chainDocument(0)
	cp := 0
	for i := range n {
		words := fmt.Sprintf("Statement number %d is on the record,", i)
		sentence := "“" + words + "” the minister said. "
		start := cp + 1
		end := start + utf8.RuneCountInString(words)
		text.WriteString(sentence)
		cp += utf8.RuneCountInString(sentence)
		id := "q" + strconv.Itoa(i)
		d.Quotes = append(d.Quotes, quote.Quote{ID: id, Kind: quote.KindDirect, Text: words,
			Span: &quote.Span{Start: start, End: end, Exact: words}})
		d.Attributions = append(d.Attributions, attribution.Attribution{ID: "a" + strconv.Itoa(i), Speaker: "s", Quote: id})
	}
	d.Text = text.String()
	x := quote.NewIndex(d.Text)
	for i := range d.Quotes {
		s := d.Quotes[i].Span
		span, err := x.SpanContext(s.Start, s.End, 16, 16)
		if err != nil {
			b.Fatal(err)
		}
		*s = span
	}
	if err := d.Validate(); err != nil {
		b.Fatal(err)
	}
	return d, "Updated: " + d.Text
}

// BenchmarkReanchor re-anchors documents of 1,000 and 10,000 spans (the text
// ten times longer too) after an edit that moves every span.
func BenchmarkReanchor(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		d, edited := reanchorDocument(b, n)
		data, err := json.Marshal(d)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("spans=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				var doc attribution.Document
				if err := json.Unmarshal(data, &doc); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := doc.Reanchor(edited); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
