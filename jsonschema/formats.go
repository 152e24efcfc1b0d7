package jsonschema

import (
	"strings"

	invopop "github.com/invopop/jsonschema"

	"github.com/onrecord/onrecord/internal/validation"
)

// The names, in $defs, of the schemas of the project's own validate tags.
const (
	defID          = "ID"
	defQID         = "QID"
	defCountry     = "Country"
	defLanguageTag = "LanguageTag"
	defDate        = "Date"
	defHTTPURL     = "HTTPURL"
)

// formatTags maps each of the project's own validate tags to the $defs entry
// that says the same in JSON Schema.
var formatTags = map[string]string{
	"id":       defID,
	"qid":      defQID,
	"country":  defCountry,
	"langtag":  defLanguageTag,
	"isodate":  defDate,
	"http_url": defHTTPURL,
}

// repeatedSingletonPattern returns a pattern that matches a language tag that names one extension
// singleton twice before its private-use part, which RFC 5646 (section 2.2.6)
// forbids and Go refuses; the schema says so with "not". Without
// back-references (Go's regular expressions have none), it lists the 35
// singletons: a single-character subtag other than x is a singleton, since no
// other subtag of a well-formed tag has one character.
func repeatedSingletonPattern() string {
	const subtag = `(?:[A-Za-z0-9]{2,8}|[0-9A-WY-Za-wy-z])` // any subtag but x
	var alts []string
	for _, c := range "0123456789abcdefghijklmnopqrstuvwyz" {
		one := string(c)
		if c >= 'a' {
			one = "[" + string(c) + strings.ToUpper(string(c)) + "]"
		}
		alts = append(alts, one+"(?:-"+subtag+")*-"+one)
	}
	return `^[A-Za-z]{2,8}(?:-` + subtag + `)*-(?:` + strings.Join(alts, "|") + `)(?:-|$)`
}

// The forms of a date as precise as the text knows it, as Go's isodate rule
// reads them: a year, a year and month, a full date, or an RFC 3339 date and
// time of the form validation.DateTimePattern, which Go's isodate rule
// matches too. The formats date and date-time check the calendar.
const (
	yearPattern    = `^[0-9]{4}$`
	monthPattern   = `^[0-9]{4}-(?:0[1-9]|1[0-2])$`
	dayPattern     = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	httpURLPattern = `^[Hh][Tt][Tt][Pp][Ss]?://([^/?#@]*@)?[^/?#@]+([/?#]|$)`
)

// formatDef returns the schema of one $defs entry for a project tag.
func formatDef(name string) *invopop.Schema {
	switch name {
	case defID:
		return &invopop.Schema{Type: "string", Pattern: validation.IDPattern, Title: "ID",
			Description: "An ID, or a reference to one: a letter or digit, then up to 127 letters, digits or . _ : -. IDs are unique across a document's speakers, quotes, attributions and claims, and every reference names one of the right list (Go only)."}
	case defQID:
		return &invopop.Schema{Type: "string", Pattern: validation.QIDPattern, Title: "QID",
			Description: "A Wikidata item ID: Q followed by digits, the first not 0."}
	case defCountry:
		return &invopop.Schema{Type: "string", Pattern: validation.CountryPattern, Enum: countryCodes(), Title: "Country",
			Description: "An ISO 3166-1 alpha-2 country code in upper case (\"PK\"), one of the 249 that the standard assigns to a country or territory: not a reserved code (\"UK\", \"UN\", \"EU\"), a withdrawn one (\"SU\", \"YU\") or one left to users (\"XK\", \"ZZ\")."}
	case defLanguageTag:
		return &invopop.Schema{Type: "string", Pattern: validation.LanguageTagPattern, Title: "LanguageTag",
			Not:         &invopop.Schema{Type: "string", Pattern: repeatedSingletonPattern()},
			Description: "A well-formed BCP 47 language tag (\"en\", \"ur-PK\", \"zh-Hant\"); \"_\" is not a separator, and no extension singleton appears twice (\"en-a-bbb-a-ccc\"). Go also refuses well-formed tags whose subtags are unknown (\"xx\"), with golang.org/x/text/language; that check is Go only."}
	case defDate:
		return &invopop.Schema{Type: "string", Title: "Date",
			Description: "A date as precise as the text knows it: a year (\"2023\"), a month (\"2023-12\"), a day (\"2023-12-01\"), or an RFC 3339 date and time with an upper-case T (\"2023-12-01T09:30:00Z\"). Go matches the same patterns and checks the calendar; a one-digit hour, an offset beyond 23:59, a leap second, a lower-case t or z, or a space for T is refused.",
			AnyOf: []*invopop.Schema{
				{Type: "string", Pattern: yearPattern},
				{Type: "string", Pattern: monthPattern},
				{Type: "string", Pattern: dayPattern, Format: "date"},
				{Type: "string", Pattern: validation.DateTimePattern, Format: "date-time"},
			}}
	case defHTTPURL:
		return &invopop.Schema{Type: "string", Format: "uri", Pattern: httpURLPattern, Title: "HTTPURL",
			Description: "An absolute http or https URL with a host."}
	}
	return nil
}

// countryCodes returns every upper-case two-letter code that Go's country rule
// accepts, in order.
func countryCodes() []any {
	var out []any
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if s := string([]rune{a, b}); validation.ValidCountry(s) {
				out = append(out, s)
			}
		}
	}
	return out
}
