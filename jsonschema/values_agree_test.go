package jsonschema_test

import (
	"bytes"
	"fmt"
	"strconv"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/onrecord/onrecord/attribution"
)

// valueCase is one value of a format, put into an instance of a schema's
// type, with the verdict the standard behind the format gives it.
type valueCase struct {
	value string
	valid bool
	why   string
}

// checkValues puts each value into the instance that wrap builds and wants Go
// and the schema both to give the case's verdict.
func checkValues(t *testing.T, schemaName string, wrap func(string) string, cases []valueCase) {
	t.Helper()
	sch := compile(t, schemaName)
	for _, c := range cases {
		data := []byte(wrap(c.value))
		goOK := len(goCheck[schemaName](data)) == 0
		inst, err := sjs.UnmarshalJSON(bytesReader(data))
		if err != nil {
			t.Fatalf("%s: %v", data, err)
		}
		schemaOK := sch.Validate(inst) == nil
		if goOK != c.valid || schemaOK != c.valid {
			t.Errorf("%s (%s): Go accepts: %v, the schema accepts: %v; want %v", c.value, c.why, goOK, schemaOK, c.valid)
		}
	}
}

// TestDateTimesAgree holds Go and the schema to RFC 3339 (section 5.6) on
// date-times: two-digit hours, offsets of at most 23:59.
func TestDateTimesAgree(t *testing.T) {
	doc := func(s string) string {
		return `{"formatVersion":"` + attribution.FormatVersion + `","article":{"headline":"h","published":` + strconv.Quote(s) + `},` +
			`"annotation":{"by":{"kind":"person","name":"n"},"created":"2024"}}`
	}
	checkValues(t, "document.schema.json", doc, []valueCase{
		{"2024-03-20T09:30:00Z", true, "a date-time in UTC"},
		{"2024-03-20T09:30:00.25+05:00", true, "a fraction and an offset"},
		{"2024-03-20T23:59:59-23:59", true, "the largest offset"},
		{"2024-03-20T09:30:00-00:00", true, "unknown local offset (RFC 3339 section 4.3)"},
		{"0000-01-01T00:00:00Z", true, "year 0000"},
		{"2024-03-20T9:30:00Z", false, "time-hour is 2DIGIT"},
		{"2024-03-20T09:30:00+24:00", false, "time-numoffset hour is 00-23"},
		{"2024-03-20T09:30:00+23:60", false, "time-numoffset minute is 00-59"},
		{"2024-03-20T09:30:00+5:00", false, "offset hour is 2DIGIT"},
		{"2024-03-20T09:30:00+05:0", false, "offset minute is 2DIGIT"},
		{"2024-03-20T24:00:00Z", false, "hour 24"},
		{"2024-03-20T09:60:00Z", false, "minute 60"},
		{"2024-03-20T09:30:00.Z", false, "a point with no digits"},
		{"2024-03-20T09:30:00,5Z", false, "a comma before the fraction"},
		{"2024-02-30T09:30:00Z", false, "no such day"},
		{"2024-03-20T09:30Z", false, "no seconds"},
		{"2024-03-20T09:30:00+0500", false, "offset without a colon"},
	})
}

// TestCountriesAgree holds Go and the schema to ISO 3166-1: only assigned
// alpha-2 codes are countries.
func TestCountriesAgree(t *testing.T) {
	speaker := func(c string) string {
		return `{"id":"s","kind":"person","name":"A Name","country":` + strconv.Quote(c) + `}`
	}
	checkValues(t, "speaker.schema.json", speaker, []valueCase{
		{"PK", true, "Pakistan"},
		{"GB", true, "the United Kingdom"},
		{"SS", true, "South Sudan, assigned in 2011"},
		{"BQ", true, "Bonaire, Sint Eustatius and Saba, assigned in 2010"},
		{"AQ", true, "Antarctica"},
		{"UK", false, "exceptionally reserved, not assigned"},
		{"UN", false, "exceptionally reserved for the United Nations"},
		{"EU", false, "exceptionally reserved for the European Union"},
		{"SU", false, "the USSR, transitionally reserved"},
		{"YU", false, "Yugoslavia, transitionally reserved"},
		{"XK", false, "user-assigned, used for Kosovo"},
		{"ZZ", false, "user-assigned"},
		{"AN", false, "the Netherlands Antilles, withdrawn"},
		{"CS", false, "Serbia and Montenegro, withdrawn"},
		{"DD", false, "East Germany, withdrawn"},
		{"AC", false, "Ascension Island, exceptionally reserved"},
		{"IC", false, "the Canary Islands, exceptionally reserved"},
		{"QO", false, "user-assigned"},
	})
}

// TestLanguageTagSingletonsAgree holds Go and the schema to RFC 5646 (section
// 2.2.6): an extension singleton appears at most once in a tag.
func TestLanguageTagSingletonsAgree(t *testing.T) {
	quote := func(tag string) string {
		return `{"id":"q","kind":"direct","text":"t","language":` + strconv.Quote(tag) + `}`
	}
	checkValues(t, "quote.schema.json", quote, []valueCase{
		{"en-US-u-ca-gregory", true, "one extension"},
		{"en-a-bbb-u-ca-gregory", true, "two extensions, different singletons"},
		{"en-x-a-a", true, "private use may repeat anything"},
		{"en-a-bbb-x-a-ccc", true, "a private-use subtag that looks like the singleton"},
		{"en-a-bbb-a-ccc", false, "singleton a twice"},
		{"en-u-ca-gregory-U-nu-latn", false, "singleton u twice, in two cases"},
		{"de-1996-t-en-t-fr", false, "singleton t twice"},
	})
}

// TestQuantityRangeAgree holds Go and the schema to the range of a float64: a
// figure beyond it cannot be read into the model.
func TestQuantityRangeAgree(t *testing.T) {
	claim := func(n string) string {
		return fmt.Sprintf(`{"id":"c","kind":"statistical","text":"t","quantities":[{"value":%s,"unit":"u"}]}`, n)
	}
	checkValues(t, "claim.schema.json", claim, []valueCase{
		{"1.7e6", true, "an ordinary figure"},
		{"-40", true, "a negative figure"},
		{"1.7976931348623157e308", true, "the largest float64"},
		{"-1.7976931348623157e308", true, "the smallest float64"},
		{"1e400", false, "beyond float64"},
		{"-1e400", false, "beyond float64, negative"},
		{"1.8e308", false, "just beyond float64"},
	})
	low := func(n string) string {
		return fmt.Sprintf(`{"id":"c","kind":"statistical","text":"t","quantities":[{"low":%s,"high":1,"unit":"u"}]}`, n)
	}
	checkValues(t, "claim.schema.json", low, []valueCase{
		{"-1e400", false, "a low beyond float64"},
		{"0", true, "an ordinary low"},
	})
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
