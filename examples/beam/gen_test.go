package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/examples/seed"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// A stream is a generated input with the summary it must produce.
type stream struct {
	// lines are the lines of the input, blank ones included.
	lines []string
	// valid are the lines that hold valid records.
	valid []string
	want  Summary
	// findings counts the audit's findings.
	findings int64
}

// invalidVariant is a way to break a record, with the problems it must
// produce, by rule code.
type invalidVariant struct {
	name  string
	line  func(i int) (string, error)
	codes map[string]int64
}

// quotebankLine is a quotation-centric Quotebank record, in the shape of the
// released files.
func quotebankLine(i int) string {
	return fmt.Sprintf(`{"quoteID": "2019-01-17-%06d", "quotation": "we will keep working on it", "speaker": "None", "qids": [], "date": "2019-01-17 11:46:57", "numOccurrences": %d, "probas": [["None", "0.581"], ["Tim Cook", "0.419"]], "urls": ["http://example.com/story-%d"], "phase": "E"}`, i, 1+i%7, i)
}

// smallDocument is a document of one anonymous official and one unnamed
// group, with a direct and an indirect quote.
func smallDocument(i int) *attribution.Document {
	return &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: fmt.Sprintf("Border crossing reopens, day %d", i)},
		Speakers: []source.Speaker{
			{ID: "official", Kind: source.KindPerson, BasedIn: "Islamabad",
				Anonymity: &source.Anonymity{Description: "senior intelligence official",
					GroundRule: source.GroundRuleAnonymity, Terms: "Speaking on condition of anonymity"}},
			{ID: "residents", Kind: source.KindGroup, Description: "residents of Torkham"},
		},
		Quotes: []quote.Quote{
			{ID: "q1", Kind: quote.KindDirect, Text: "The crossing will stay open,", Cue: &quote.Cue{Text: "said"}},
			{ID: "q2", Kind: quote.KindIndirect, Text: "trade had resumed", Cue: &quote.Cue{Text: "said"}},
		},
		Attributions: []attribution.Attribution{
			{ID: "a1", Speaker: "official", Quote: "q1"},
			{ID: "a2", Speaker: "residents", Quote: "q2"},
		},
		Annotation: attribution.Annotation{
			By:      attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"},
			Created: "2026-11-25",
		},
	}
}

// encodeDocument encodes a document on one line.
func encodeDocument(d *attribution.Document) (string, error) {
	return encodeLine(d)
}

// generate makes a stream of n records: of every 20, 15 valid (variations
// of the seed article's document and of a small one), one blank line after
// them, then five invalid ones with known rule codes, the last of them a
// Quotebank record, which is not an onrecord document.
func generate(n int) (stream, error) {
	var st stream
	st.want = summarize("onrecord", audit.PresetDefault, newTally())
	add := func(key string, n int64, into map[string]int64) { into[key] += n }

	base, err := seed.Document()
	if err != nil {
		return st, err
	}
	invalids := []invalidVariant{
		{name: "unresolved speaker", codes: map[string]int64{"unresolved-reference": 1},
			line: func(i int) (string, error) {
				d := smallDocument(i)
				d.Attributions[1].Speaker = "nobody"
				return encodeDocument(d)
			}},
		{name: "duplicate quote ID", codes: map[string]int64{"duplicate-id": 1},
			line: func(i int) (string, error) {
				d := smallDocument(i)
				d.Quotes[1].ID = "q1"
				d.Attributions[1].Quote = "q1"
				return encodeDocument(d)
			}},
		{name: "format 0.1", codes: map[string]int64{"format-version": 1},
			line: func(i int) (string, error) {
				d := smallDocument(i)
				d.FormatVersion = "0.1"
				return encodeDocument(d)
			}},
		{name: "cut short", codes: map[string]int64{"syntax": 1},
			line: func(i int) (string, error) {
				line, err := encodeDocument(smallDocument(i))
				return line[:len(line)/2], err
			}},
		{name: "Quotebank record", codes: map[string]int64{"unknown-field": 9},
			line: func(i int) (string, error) { return quotebankLine(i), nil }},
	}
	for i := range n {
		var line string
		switch j := i % 20; {
		case j < 15:
			var d *attribution.Document
			if j%3 == 0 {
				d = base
				d.Article.Headline = fmt.Sprintf("Pakistan restarts Afghan refugee repatriation amid border tensions (%d)", i)
			} else {
				d = smallDocument(i)
				if j%3 == 2 { // a named speaker too
					d.Speakers = append(d.Speakers, source.Speaker{ID: "minister", Kind: source.KindPerson, Name: "Talal Chaudhry"})
					d.Quotes = append(d.Quotes, quote.Quote{ID: "q3", Kind: quote.KindPartial, Text: "a new phase", Cue: &quote.Cue{Text: "called"}})
					d.Attributions = append(d.Attributions, attribution.Attribution{ID: "a3", Speaker: "minister", Quote: "q3"})
				}
			}
			if err := d.Validate(); err != nil {
				return st, fmt.Errorf("record %d should be valid: %w", i, err)
			}
			if line, err = encodeDocument(d); err != nil {
				return st, err
			}
			st.want.Valid++
			st.want.Audited++
			found, err := audit.Run(d, audit.Default())
			if err != nil {
				return st, err
			}
			for _, f := range found {
				add(string(f.Check), 1, st.want.FindingsByCheck)
				st.findings++
			}
			for _, s := range d.Speakers {
				add(string(s.Identity()), 1, st.want.Speakers)
			}
			for _, q := range d.Quotes {
				add(string(q.Kind), 1, st.want.Quotes)
			}
			st.valid = append(st.valid, line)
		default:
			v := invalids[j-15]
			if line, err = v.line(i); err != nil {
				return st, err
			}
			if err := checkCodes(line, v.codes); err != nil {
				return st, fmt.Errorf("record %d (%s): %w", i, v.name, err)
			}
			st.want.Invalid++
			for code, n := range v.codes {
				add(code, n, st.want.ProblemsByCode)
				add(code, 1, st.want.InvalidByCode)
			}
		}
		st.want.Records++
		st.lines = append(st.lines, line)
		if i%20 == 14 {
			st.lines = append(st.lines, "") // blank lines are not records
		}
	}
	return st, nil
}

// checkCodes makes sure that a line breaks exactly the rules it is meant to
// break, so that the counts the tests expect are the library's.
func checkCodes(line string, want map[string]int64) error {
	d, err := attribution.Decode(strings.NewReader(line))
	if err == nil {
		err = d.Validate()
	}
	var verr *attribution.ValidationError
	if !errors.As(err, &verr) {
		return fmt.Errorf("want problems %v, got error %v", want, err)
	}
	got := map[string]int64{}
	for _, p := range verr.Problems {
		got[string(p.Code)]++
	}
	if !maps.Equal(got, want) {
		return fmt.Errorf("want problems %v, got %v", want, got)
	}
	return nil
}

// joinLines joins lines into a JSON Lines text.
func joinLines(lines []string) []byte {
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// sortedCopy returns the lines sorted.
func sortedCopy(lines []string) []string {
	return slices.Sorted(slices.Values(lines))
}

// gzipText compresses text with gzip.
func gzipText(t *testing.T, text string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
