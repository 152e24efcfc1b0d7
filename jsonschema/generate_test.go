package jsonschema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/jsonschema"
	"github.com/onrecord/onrecord/jsonschema/internal/gocomments"
)

// TestCommittedFilesCurrent fails when go generate would change a committed
// file: the doc comments read from the source, or a schema file.
func TestCommittedFilesCurrent(t *testing.T) {
	module, err := gocomments.ModulePath("..")
	if err != nil {
		t.Fatal(err)
	}
	comments, err := gocomments.Extract("..", module, "../source", "../quote", "../attribution", "../attribution/audit")
	if err != nil {
		t.Fatal(err)
	}
	comments = gocomments.Keep(comments, jsonschema.ReachableForTest())
	want, err := gocomments.GoSource("jsonschema/internal/gencomments", "jsonschema", "docComments", comments)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("comments.go")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("comments.go is out of date; run go generate ./... (-want +got):\n%s", diff)
	}
	for _, name := range jsonschema.Names() {
		want, err := jsonschema.Generate(name)
		if err != nil {
			t.Fatal(err)
		}
		onDisk, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		embedded, err := jsonschema.File(name)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), string(onDisk)); diff != "" {
			t.Errorf("%s is out of date; run go generate ./... (-want +got):\n%s", name, diff)
		}
		if !bytes.Equal(onDisk, embedded) {
			t.Errorf("%s: the embedded file differs from the one on disk", name)
		}
	}
}

// TestSchemaFiles checks what every file must have: draft 2020-12, an
// absolute versioned $id, a title, a description, and references only into
// its own $defs, every one of which resolves.
func TestSchemaFiles(t *testing.T) {
	ref := regexp.MustCompile(`"\$ref":\s*"([^"]*)"`)
	for _, name := range jsonschema.Names() {
		data, err := jsonschema.File(name)
		if err != nil {
			t.Fatal(err)
		}
		var top struct {
			Schema      string                     `json:"$schema"`
			ID          string                     `json:"$id"`
			Title       string                     `json:"title"`
			Description string                     `json:"description"`
			Defs        map[string]json.RawMessage `json:"$defs"`
		}
		if err := json.Unmarshal(data, &top); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		wantID := "https://onrecord.github.io/schema/" + attribution.FormatVersion + "/" + name
		if top.Schema != "https://json-schema.org/draft/2020-12/schema" || top.ID != wantID || top.ID != jsonschema.ID(name) {
			t.Errorf("%s: $schema %q, $id %q; want draft 2020-12 and %q", name, top.Schema, top.ID, wantID)
		}
		if top.Title == "" || top.Description == "" {
			t.Errorf("%s: no title or description", name)
		}
		for _, m := range ref.FindAllStringSubmatch(string(data), -1) {
			def, ok := strings.CutPrefix(m[1], "#/$defs/")
			if _, found := top.Defs[def]; !ok || !found {
				t.Errorf("%s: reference %q does not name one of its own $defs", name, m[1])
			}
		}
	}
}

// TestEveryCrossFieldRuleAccounted checks that the schema says, for every
// struct type with a cross-field rule in Go, what it expresses and what is
// Go only, and that every rule code is classified.
func TestEveryCrossFieldRuleAccounted(t *testing.T) {
	var got []string
	for _, rt := range validation.StructTypes() {
		got = append(got, rt.String())
	}
	want := jsonschema.CrossFieldTypesForTest()
	slices.Sort(got)
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the schema's cross-field rules and Go's differ by type (-schema +Go):\n%s", diff)
	}
	goOnly, partly := jsonschema.GoOnly(), jsonschema.PartlyGoOnly()
	for _, c := range append(slices.Clone(goOnly), partly...) {
		if !slices.Contains(attribution.Codes(), c) {
			t.Errorf("%s is not a rule code", c)
		}
	}
	for _, c := range goOnly {
		if slices.Contains(partly, c) {
			t.Errorf("%s is listed both as Go only and as partly Go only", c)
		}
	}
	expressed, typeGoOnly := jsonschema.CrossRuleCodesForTest()
	for _, c := range expressed {
		if slices.Contains(goOnly, attribution.Code(c)) {
			t.Errorf("%s is expressed by a cross-field rule but listed as Go only", c)
		}
	}
	for _, c := range typeGoOnly {
		if !slices.Contains(goOnly, attribution.Code(c)) && !slices.Contains(partly, attribution.Code(c)) {
			t.Errorf("%s is Go only for a type but not listed as such", c)
		}
	}
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range append(slices.Clone(goOnly), partly...) {
		if !strings.Contains(string(doc), "  - "+string(c)+":") {
			t.Errorf("doc.go does not list %s among the rules Go checks alone", c)
		}
	}
}

// TestFormatsNeverStricterThanGo checks the patterns of the project's tags
// against Go's own checks: what Go accepts, the schema accepts; what the
// schema's pattern refuses, Go refuses.
func TestFormatsNeverStricterThanGo(t *testing.T) {
	lang := regexp.MustCompile(jsonschema.LanguageTagPatternForTest)
	tags := []string{"en", "EN", "en-US", "en-us", "ur-PK", "zh-Hant", "zh-Hant-TW", "sr-Latn-RS", "de-1996",
		"es-419", "en-US-u-ca-gregory", "en-a-bb", "x-private", "en-x-foo", "i-klingon", "sgn-BE-FR", "qaa",
		"zh-yue-HK", "", "en_US", "a", "en-a", "en--US", "abcdefghi", "en-", "-en", "xx", "zz-ZZ", "1en", "en US"}
	for _, s := range tags {
		goOK, schemaOK := validation.ValidLanguageTag(s), lang.MatchString(s)
		if goOK && !schemaOK {
			t.Errorf("language tag %q: Go accepts it, the pattern refuses it", s)
		}
	}
	dates := map[string]bool{"2023": true, "2023-12": true, "2023-12-01": true, "2024-02-29": true,
		"2023-12-01T09:30:00Z": true, "2023-12-01T09:30:00.25+05:00": true, "2023-13": false, "2023-02-30": false,
		"23": false, "2023-1": false, "2023-12-01t09:30:00Z": false, "2023-12-01 09:30:00Z": false,
		"2023-12-01T09:30:60Z": false, "2023-12-01T24:00:00Z": false, "2023-12-01T09:30:00+0100": false, "": false}
	for s, want := range dates {
		if got := validation.ValidDate(s); got != want {
			t.Errorf("ValidDate(%q) = %v, the test expects %v", s, got, want)
		}
	}
	countries, err := jsonschema.CountryCodesForTest()
	if err != nil {
		t.Fatal(err)
	}
	if len(countries) < 240 || !slices.Contains(countries, "PK") || slices.Contains(countries, "ZZ") {
		t.Errorf("the country enumeration has %d codes: %v", len(countries), countries)
	}
	for _, c := range countries {
		if !validation.ValidCountry(c) {
			t.Errorf("the schema lists country %q, which Go refuses", c)
		}
	}
}

// TestUnknownTagFails checks that a validate tag without a mapping stops
// generation rather than vanish from the schema.
func TestUnknownTagFails(t *testing.T) {
	type odd struct {
		Name string `json:"name" validate:"required,e164"`
	}
	if err := jsonschema.GenerateTypeForTest(reflect.TypeFor[odd]()); err == nil || !strings.Contains(err.Error(), "e164") {
		t.Errorf("generating a type with an unmapped tag: got error %v, want one naming the tag", err)
	}
}

// TestGenerateUnknownName checks the error for a file that does not exist.
func TestGenerateUnknownName(t *testing.T) {
	if _, err := jsonschema.Generate("span.schema.json"); err == nil {
		t.Error("Generate(span.schema.json): no error")
	}
	if _, err := jsonschema.File("../go.mod"); err == nil {
		t.Error("File(../go.mod): no error")
	}
}

// ownJSON has a JSON form of its own, for which the generator has no schema.
type ownJSON struct{ N int }

func (ownJSON) MarshalJSON() ([]byte, error) { return []byte(`"n"`), nil }

// ownText has a text form of its own.
type ownText struct{ N int }

func (ownText) MarshalText() ([]byte, error) { return []byte("n"), nil }

// TestOwnJSONForms checks that a type with a JSON form of its own is never
// described by its Go fields: a text form is a string, and a JSON form without
// a schema stops generation.
func TestOwnJSONForms(t *testing.T) {
	type withJSON struct {
		V ownJSON `json:"v"`
	}
	if err := jsonschema.GenerateTypeForTest(reflect.TypeFor[withJSON]()); err == nil || !strings.Contains(err.Error(), "JSON form") {
		t.Errorf("a field with its own JSON form: got error %v, want one saying it has no schema", err)
	}
	type withText struct {
		V ownText `json:"v" validate:"required"`
	}
	if err := jsonschema.GenerateTypeForTest(reflect.TypeFor[withText]()); err != nil {
		t.Errorf("a field with its own text form: %v", err)
	}
}
