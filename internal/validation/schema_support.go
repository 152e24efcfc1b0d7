package validation

import "reflect"

// StructTypes returns the struct types that have a cross-field rule registered
// with [RegisterStruct], in registration order. The JSON Schema generator
// checks that it says, for each of them, which of its rules the schema
// expresses and which only Go can check.
func StructTypes() []reflect.Type {
	regMu.Lock()
	defer regMu.Unlock()
	var out []reflect.Type
	for _, r := range structs {
		for _, v := range r.types {
			out = append(out, reflect.TypeOf(v))
		}
	}
	return out
}
