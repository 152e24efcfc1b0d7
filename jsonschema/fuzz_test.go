package jsonschema_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/onrecord/onrecord/internal/validation"
)

// FuzzFormats holds Go and the schema to the same verdict on any string as a
// country, a date (as said, since Go reads a quote's said and an article's
// published alike) and a language tag: equal verdicts on countries and dates;
// on language tags, the schema never refuses what Go accepts, and Go refuses
// what the schema refuses (Go alone also knows which subtags exist). Seeds:
// the values of the agreement tests, and every country, date and language
// tag of the fixtures.
//
//	go test ./jsonschema -run '^$' -fuzz FuzzFormats -fuzztime 60s
func FuzzFormats(f *testing.F) {
	for _, s := range []string{"PK", "UK", "XK", "ZZ", "pk", "2024", "2024-13", "2024-02-29", "2024-03-20T09:30:00Z",
		"2024-03-20T9:30:00Z", "2024-03-20T09:30:00+24:00", "2024-03-20T09:30:00.25-23:59", "2024-03-20T09:30:00,5Z",
		"en", "en-US-u-ca-gregory", "en-a-bbb-a-ccc", "en-x-a-a", "i-klingon", "zh-Hant-TW", "x-private", "en_US"} {
		f.Add(s)
	}
	for _, s := range fixtureFormatValues(f) {
		f.Add(s)
	}
	speakerSchema, quoteSchema := compile(f, "speaker.schema.json"), compile(f, "quote.schema.json")
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || !utf8.ValidString(s) {
			return // empty is absent; JSON cannot carry invalid UTF-8
		}
		data, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		q := string(data)
		judge := func(sch *sjs.Schema, instance string) bool {
			inst, err := sjs.UnmarshalJSON(bytesReader([]byte(instance)))
			if err != nil {
				t.Fatalf("%s: %v", instance, err)
			}
			return sch.Validate(inst) == nil
		}
		country := judge(speakerSchema, `{"id":"s","kind":"person","name":"A","country":`+q+`}`)
		if goOK := validation.ValidCountry(s); goOK != country {
			t.Fatalf("country %q: Go accepts %v, the schema %v", s, goOK, country)
		}
		date := judge(quoteSchema, `{"id":"q","kind":"direct","text":"t","said":`+q+`}`)
		if goOK := validation.ValidDate(s); goOK != date {
			t.Fatalf("date %q: Go accepts %v, the schema %v", s, goOK, date)
		}
		tag := judge(quoteSchema, `{"id":"q","kind":"direct","text":"t","language":`+q+`}`)
		if goOK := validation.ValidLanguageTag(s); goOK && !tag {
			t.Fatalf("language tag %q: Go accepts it, the schema refuses it", s)
		}
	})
}

// fixtureFormatValues returns the string values of the fixtures' members that
// hold a country, a date or a language tag.
func fixtureFormatValues(tb testing.TB) []string {
	members := map[string]bool{"country": true, "published": true, "created": true, "said": true, "since": true,
		"until": true, "date": true, "language": true, "from": true}
	paths, err := filepath.Glob(filepath.Join(fixtures, "*", "*.json"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no fixtures: %v", err)
	}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if s, ok := e.(string); ok && members[k] {
					out = append(out, s)
				}
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		var v any
		if json.Unmarshal(data, &v) == nil { // some invalid fixtures are not JSON
			walk(v)
		}
	}
	return out
}
