package jsonschema

import (
	"fmt"
	"reflect"

	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/jsonschema/internal/model"
)

// ReachableForTest returns the named types that the schemas describe.
func ReachableForTest() map[string]bool { return model.Reachable() }

// LanguageTagPatternForTest exposes the language tag pattern to the external
// tests.
const LanguageTagPatternForTest = validation.LanguageTagPattern

// RepeatedSingletonPatternForTest exposes the pattern of a language tag that
// repeats an extension singleton.
var RepeatedSingletonPatternForTest = repeatedSingletonPattern()

// CrossFieldTypesForTest returns the struct types whose cross-field rules the
// schema accounts for.
func CrossFieldTypesForTest() []string {
	var out []string
	for t := range crossRules {
		out = append(out, t.String())
	}
	return out
}

// CountryCodesForTest returns the country codes that the schema lists.
func CountryCodesForTest() ([]string, error) {
	var out []string
	for _, v := range formatDef(defCountry).Enum {
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("country code %v is not a string", v)
		}
		out = append(out, s)
	}
	return out, nil
}

// GenerateTypeForTest generates the schema of any struct type.
func GenerateTypeForTest(t reflect.Type) error {
	_, err := generate(t, nil)
	return err
}

// CrossRuleCodesForTest returns, over every struct type, the codes that the
// schema says it expresses and those it says are Go only.
func CrossRuleCodesForTest() (expressed, goOnly []string) {
	for _, r := range crossRules {
		for _, c := range r.expressed {
			expressed = append(expressed, string(c))
		}
		for _, c := range r.goOnly {
			goOnly = append(goOnly, string(c))
		}
	}
	return expressed, goOnly
}
