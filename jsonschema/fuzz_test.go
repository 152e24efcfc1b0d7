package jsonschema_test

import (
	"encoding/json"
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
// the values of the agreement tests.
//
//	go test ./jsonschema -run '^$' -fuzz FuzzFormats -fuzztime 60s
func FuzzFormats(f *testing.F) {
	for _, s := range []string{"PK", "UK", "XK", "ZZ", "pk", "2024", "2024-13", "2024-02-29", "2024-03-20T09:30:00Z",
		"2024-03-20T9:30:00Z", "2024-03-20T09:30:00+24:00", "2024-03-20T09:30:00.25-23:59", "2024-03-20T09:30:00,5Z",
		"en", "en-US-u-ca-gregory", "en-a-bbb-a-ccc", "en-x-a-a", "i-klingon", "zh-Hant-TW", "x-private", "en_US"} {
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
