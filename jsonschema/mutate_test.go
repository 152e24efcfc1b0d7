package jsonschema_test

import (
	"encoding/json"
	"maps"
	"slices"

	"github.com/onrecord/onrecord/internal/validation"
)

// mutation is a document changed in one way.
type mutation struct {
	desc string
	doc  any
}

// unknownMember is the name of a member that no object of the format has.
const unknownMember = "unknownMember"

// mutate returns every one-step mutation of a JSON value decoded with
// json.Number: each member dropped, each string emptied or replaced by a value
// that no enumeration or format allows, each value given another JSON type,
// each number moved out of range, each list emptied or made null (Go's nil
// slice), and each object given an unknown member.
func mutate(root any) []mutation {
	var out []mutation
	var walk func(v any, path []any)
	walk = func(v any, path []any) {
		ptr := validation.Pointer("", path...)
		replace := func(desc string, nv any) {
			out = append(out, mutation{desc + " at " + ptr, replaceAt(root, path, nv)})
		}
		switch x := v.(type) {
		case map[string]any:
			for _, k := range sortedKeys(x) {
				out = append(out, mutation{"drop " + validation.Pointer(ptr, k), dropAt(root, append(clonePath(path), k))})
			}
			extended := clone(x).(map[string]any)
			extended[unknownMember] = true
			replace("add an unknown property", extended)
			replace("change an object to an array", []any{})
			for _, k := range sortedKeys(x) {
				walk(x[k], append(clonePath(path), k))
			}
		case []any:
			replace("make a list null (a nil slice)", nil)
			replace("empty a list", []any{})
			replace("change a list to an object", map[string]any{})
			for i, e := range x {
				walk(e, append(clonePath(path), i))
			}
		case string:
			replace("empty a string", "")
			replace("break an enumeration or a format", "not one of the values!")
			replace("change a string to a number", json.Number("42"))
		case json.Number:
			replace("move a number below range", json.Number("-1"))
			replace("move a number above range", json.Number("1e6"))
			replace("give a number a fraction", json.Number("2.5"))
			replace("change a number to a string", "1")
		case bool:
			replace("change a boolean to a string", "true")
		}
	}
	walk(root, nil)
	return out
}

func sortedKeys(m map[string]any) []string {
	return slices.Sorted(maps.Keys(m))
}

func clonePath(p []any) []any { return append([]any(nil), p...) }

// clone copies a decoded JSON value deeply.
func clone(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = clone(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = clone(e)
		}
		return s
	default:
		return v
	}
}

// replaceAt returns a copy of root with the value at path replaced.
func replaceAt(root any, path []any, nv any) any {
	if len(path) == 0 {
		return nv
	}
	c := clone(root)
	parent := c
	for _, tok := range path[:len(path)-1] {
		parent = step(parent, tok)
	}
	switch p := parent.(type) {
	case map[string]any:
		p[path[len(path)-1].(string)] = nv
	case []any:
		p[path[len(path)-1].(int)] = nv
	}
	return c
}

// dropAt returns a copy of root without the member at path.
func dropAt(root any, path []any) any {
	c := clone(root)
	parent := c
	for _, tok := range path[:len(path)-1] {
		parent = step(parent, tok)
	}
	delete(parent.(map[string]any), path[len(path)-1].(string))
	return c
}

func step(v any, tok any) any {
	switch x := v.(type) {
	case map[string]any:
		return x[tok.(string)]
	case []any:
		return x[tok.(int)]
	}
	return nil
}
