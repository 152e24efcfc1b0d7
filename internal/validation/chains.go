package validation

import (
	"reflect"
	"slices"
	"strconv"
)

// MaxChain is how many values of one type may nest inside each other, as
// organizations inside their parent organizations do.
const MaxChain = 16

// chains walks a value through its pointers, slices and exported fields and
// reports every pointer that leads back to a value containing it (which only Go
// code can build, and which would make validation recurse forever) and every
// nesting of one type deeper than MaxChain. It reports whether it found a
// cycle.
func chains(v any) (ps []Problem, cyclic bool) {
	w := chainWalk{depth: map[reflect.Type]int{}}
	w.walk(reflect.ValueOf(v))
	return w.problems, w.cyclic
}

type chainWalk struct {
	path     []string  // reference tokens to the current value
	onPath   []uintptr // the pointers followed to reach it
	depth    map[reflect.Type]int
	problems []Problem
	cyclic   bool
}

func (w *chainWalk) report(msg string) {
	w.problems = append(w.problems, Problem{Pointer: Pointer("", toAny(w.path)...), Code: CodeOrganizationChain, Message: msg})
}

func toAny(tokens []string) []any {
	out := make([]any, len(tokens))
	for i, t := range tokens {
		out[i] = t
	}
	return out
}

func (w *chainWalk) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		addr := v.Pointer()
		if slices.Contains(w.onPath, addr) {
			w.cyclic = true
			w.report("refers back to a value that contains it: an organization cannot be its own parent")
			return
		}
		t := v.Elem().Type()
		w.depth[t]++
		defer func() { w.depth[t]-- }()
		if w.depth[t] > MaxChain {
			w.report("nests more than " + strconv.Itoa(MaxChain) + " levels deep: the chain of parent organizations is too long")
			return
		}
		w.onPath = append(w.onPath, addr)
		w.walk(v.Elem())
		w.onPath = w.onPath[:len(w.onPath)-1]
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if !mayNest(f.Type) {
				continue
			}
			if name := JSONName(f); name != "" {
				w.path = append(w.path, name)
				w.walk(v.Field(i))
				w.path = w.path[:len(w.path)-1]
			}
		}
	case reflect.Slice, reflect.Array:
		if !mayNest(v.Type().Elem()) {
			return
		}
		for i := range v.Len() {
			w.path = append(w.path, strconv.Itoa(i))
			w.walk(v.Index(i))
			w.path = w.path[:len(w.path)-1]
		}
	}
}

// mayNest reports whether a value of type t can hold pointers, the only way
// values nest: strings, numbers and booleans cannot.
func mayNest(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Struct, reflect.Slice, reflect.Array, reflect.Map, reflect.Interface:
		return t.Kind() != reflect.Slice || mayNest(t.Elem())
	}
	return false
}
