package validation

import (
	"reflect"
	"slices"
	"sync"
)

// Members that decoding checks beyond their type: those a document must give
// even though their zero value is allowed (a span's start of 0), and those
// that, when given, must not be empty (a document's text: an empty one would
// read as absent, and every span check would be skipped). Go code cannot tell
// a zero from an absent value, so only decoding and the JSON Schema check
// these; the schema generator reads the same lists.
var (
	membersMu sync.Mutex
	required  = map[reflect.Type][]string{}
	nonEmpty  = map[reflect.Type][]string{}
)

// RequireMembers records JSON members of struct type T that a document must
// give, whatever their value. Call it from a package-level variable
// declaration, as RegisterStruct.
func RequireMembers[T any](names ...string) bool {
	membersMu.Lock()
	defer membersMu.Unlock()
	t := reflect.TypeFor[T]()
	required[t] = append(required[t], names...)
	resetPlans()
	return true
}

// NonEmptyMembers records string members of struct type T that, when a
// document gives them, must not be empty: leaving one out is how a document
// says it has none.
func NonEmptyMembers[T any](names ...string) bool {
	membersMu.Lock()
	defer membersMu.Unlock()
	t := reflect.TypeFor[T]()
	nonEmpty[t] = append(nonEmpty[t], names...)
	resetPlans()
	return true
}

// RequiredMembers returns the members that RequireMembers recorded for t.
func RequiredMembers(t reflect.Type) []string {
	membersMu.Lock()
	defer membersMu.Unlock()
	return slices.Clone(required[t])
}

// NonEmpty returns the members that NonEmptyMembers recorded for t.
func NonEmpty(t reflect.Type) []string {
	membersMu.Lock()
	defer membersMu.Unlock()
	return slices.Clone(nonEmpty[t])
}
