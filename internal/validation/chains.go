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
	w.walk(reflect.ValueOf(v), "")
	return w.problems, w.cyclic
}

type chainWalk struct {
	onPath   []uintptr
	depth    map[reflect.Type]int
	problems []Problem
	cyclic   bool
}

func (w *chainWalk) walk(v reflect.Value, ptr string) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		addr := v.Pointer()
		if slices.Contains(w.onPath, addr) {
			w.cyclic = true
			w.problems = append(w.problems, Problem{Pointer: ptr, Code: CodeOrganizationChain,
				Message: "refers back to a value that contains it: an organization cannot be its own parent"})
			return
		}
		t := v.Elem().Type()
		w.depth[t]++
		defer func() { w.depth[t]-- }()
		if w.depth[t] > MaxChain {
			w.problems = append(w.problems, Problem{Pointer: ptr, Code: CodeOrganizationChain,
				Message: "nests more than " + strconv.Itoa(MaxChain) + " levels deep: the chain of parent organizations is too long"})
			return
		}
		w.onPath = append(w.onPath, addr)
		w.walk(v.Elem(), ptr)
		w.onPath = w.onPath[:len(w.onPath)-1]
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if name := JSONName(f); name != "" {
				w.walk(v.Field(i), ptr+"/"+EscapeToken(name))
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.String || v.Type().Elem().Kind() == reflect.Uint8 {
			return
		}
		for i := range v.Len() {
			w.walk(v.Index(i), ptr+"/"+strconv.Itoa(i))
		}
	}
}
