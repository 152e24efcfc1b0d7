// Package model names the types of onrecord that users exchange as JSON, for
// the schema generator and for the tool that reads their doc comments.
package model

import (
	"reflect"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// Root is a type that users exchange, with the base of its schema file's
// name.
type Root struct {
	Base string
	Type reflect.Type
}

// Roots returns the exchanged types, in the order of the schema files.
func Roots() []Root {
	return []Root{
		{"document", reflect.TypeFor[attribution.Document]()},
		{"speaker", reflect.TypeFor[source.Speaker]()},
		{"quote", reflect.TypeFor[quote.Quote]()},
		{"attribution", reflect.TypeFor[attribution.Attribution]()},
		{"claim", reflect.TypeFor[attribution.Claim]()},
		{"policy", reflect.TypeFor[audit.Policy]()},
	}
}

// Reachable returns the names ("importpath.Type") of the named types that
// the exchanged types are made of: themselves, and the types of their fields,
// through pointers and lists, at any depth.
func Reachable() map[string]bool {
	seen := map[string]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			t = t.Elem()
		}
		if t.Name() == "" || t.PkgPath() == "" {
			return
		}
		name := t.PkgPath() + "." + t.Name()
		if seen[name] {
			return
		}
		seen[name] = true
		if t.Kind() == reflect.Struct {
			for _, f := range reflect.VisibleFields(t) {
				if f.IsExported() {
					walk(f.Type)
				}
			}
		}
	}
	for _, r := range Roots() {
		walk(r.Type)
	}
	return seen
}
