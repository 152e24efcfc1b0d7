package validation

import (
	"reflect"
	"strconv"
	"sync"
)

// MaxChain is how many values of one type may nest inside each other, as
// organizations inside their parent organizations do.
const MaxChain = 16

// chains walks a value through its pointers, slices and exported fields and
// reports every pointer that leads back to a value containing it (which only Go
// code can build, and which would make validation recurse forever) and every
// nesting of one type deeper than MaxChain. It reports whether it found a
// cycle.
//
// Only values whose type can nest inside itself can do either, so the walk
// follows only the fields that lead to such a type (in the model, speakers,
// their affiliations and organizations), as a plan computed once per type
// says; pointers are built only for the problems reported.
func chains(v any) (ps []Problem, cyclic bool) {
	rv := reflect.ValueOf(v)
	p := chainPlanOf(rv.Type())
	if p == nil {
		return nil, false
	}
	w := chainWalk{}
	w.walk(p, rv)
	return w.problems, w.cyclic
}

type chainWalk struct {
	path     []frame   // reference tokens to the current value
	onPath   []uintptr // the pointers followed to reach it
	depth    map[reflect.Type]int
	problems []Problem
	cyclic   bool
}

func (w *chainWalk) report(msg string) {
	w.problems = append(w.problems, Problem{Pointer: stackPointer(w.path), Code: CodeOrganizationChain, Message: msg})
}

// chainPlan is the part of a type that chains walks: nil for a type that
// cannot lead to a value nesting inside one of its own type.
type chainPlan struct {
	kind   reflect.Kind
	elem   *chainPlan // of a pointer, slice or array
	fields []chainField
}

type chainField struct {
	index int
	name  string
	plan  *chainPlan
}

var chainPlans sync.Map // reflect.Type -> *chainPlan (nil stored as a typed nil)

func chainPlanOf(t reflect.Type) *chainPlan {
	if p, ok := chainPlans.Load(t); ok {
		return p.(*chainPlan)
	}
	plansMu.Lock()
	defer plansMu.Unlock()
	b := chainBuilder{plans: map[reflect.Type]*chainPlan{}, walks: map[reflect.Type]bool{}}
	p := b.plan(t)
	for t, p := range b.plans {
		chainPlans.LoadOrStore(t, p)
	}
	return p
}

type chainBuilder struct {
	plans map[reflect.Type]*chainPlan
	walks map[reflect.Type]bool
}

// plan returns t's plan, or nil when nothing in t can nest in itself.
func (b *chainBuilder) plan(t reflect.Type) *chainPlan {
	if p, ok := b.plans[t]; ok {
		return p
	}
	if !b.needsWalk(t) {
		b.plans[t] = nil
		return nil
	}
	p := &chainPlan{kind: t.Kind()}
	b.plans[t] = p
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		p.elem = b.plan(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name := JSONName(f)
			if name == "" {
				continue
			}
			if fp := b.plan(f.Type); fp != nil {
				p.fields = append(p.fields, chainField{index: i, name: name, plan: fp})
			}
		}
	}
	return p
}

// needsWalk reports whether a value of type t can hold, directly or not, a
// value of a type that can nest inside itself.
func (b *chainBuilder) needsWalk(t reflect.Type) bool {
	if v, ok := b.walks[t]; ok {
		return v
	}
	reach := reachable(t)
	need := false
	for u := range reach {
		if reachable(u)[u] {
			need = true
			break
		}
	}
	b.walks[t] = need
	return need
}

// reachable returns the types that a value of type t can hold, through
// pointers, slices, arrays and exported fields, t itself only when it can
// hold a value of its own type.
func reachable(t reflect.Type) map[reflect.Type]bool {
	out := map[reflect.Type]bool{}
	var visit func(reflect.Type)
	visit = func(u reflect.Type) {
		for _, c := range children(u) {
			if !out[c] {
				out[c] = true
				visit(c)
			}
		}
	}
	visit(t)
	return out
}

func children(t reflect.Type) []reflect.Type {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return []reflect.Type{t.Elem()}
	case reflect.Map:
		return []reflect.Type{t.Key(), t.Elem()}
	case reflect.Struct:
		var out []reflect.Type
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				out = append(out, f.Type)
			}
		}
		return out
	}
	return nil
}

func (w *chainWalk) walk(p *chainPlan, v reflect.Value) {
	switch p.kind {
	case reflect.Pointer:
		if v.IsNil() || p.elem == nil {
			return
		}
		addr := v.Pointer()
		for _, a := range w.onPath {
			if a == addr {
				w.cyclic = true
				w.report("refers back to a value that contains it: an organization cannot be its own parent")
				return
			}
		}
		t := v.Type().Elem()
		if w.depth == nil {
			w.depth = map[reflect.Type]int{}
		}
		w.depth[t]++
		defer func() { w.depth[t]-- }()
		if w.depth[t] > MaxChain {
			w.report("nests more than " + strconv.Itoa(MaxChain) + " levels deep: the chain of parent organizations is too long")
			return
		}
		w.onPath = append(w.onPath, addr)
		w.walk(p.elem, v.Elem())
		w.onPath = w.onPath[:len(w.onPath)-1]
	case reflect.Struct:
		for _, f := range p.fields {
			w.path = append(w.path, frame{name: f.name, index: -1})
			w.walk(f.plan, v.Field(f.index))
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Slice, reflect.Array:
		if p.elem == nil {
			return
		}
		for i := range v.Len() {
			w.path = append(w.path, frame{index: i})
			w.walk(p.elem, v.Index(i))
			w.path = w.path[:len(w.path)-1]
		}
	}
}
