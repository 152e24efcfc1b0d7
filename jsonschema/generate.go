package jsonschema

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	invopop "github.com/invopop/jsonschema"

	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/source"
)

// generator builds the schema of one exchanged type.
type generator struct {
	comments map[string]string
	structs  map[string]reflect.Type // $defs name → struct type
	formats  map[string]bool         // the format $defs used
	errs     []error
}

// generate returns the schema of t, self-contained: every type it uses is in
// its $defs.
func generate(t reflect.Type, comments map[string]string) (*invopop.Schema, error) {
	g := &generator{comments: comments, structs: map[string]reflect.Type{}, formats: map[string]bool{}}
	r := &invopop.Reflector{
		Anonymous:                  true,
		ExpandedStruct:             true,
		RequiredFromJSONSchemaTags: true, // required comes from validate tags, below
		CommentMap:                 comments,
		Namer:                      g.name,
		Mapper:                     g.mapper,
	}
	s := r.ReflectFromType(t)
	if err := errors.Join(g.errs...); err != nil {
		return nil, err
	}
	g.structs[t.Name()] = t
	g.constrainStruct(t, s)
	for name, def := range s.Definitions {
		st, ok := g.structs[name]
		if !ok {
			return nil, fmt.Errorf("no Go type for definition %s", name)
		}
		g.constrainStruct(st, def)
	}
	for name := range g.formats {
		if _, taken := s.Definitions[name]; taken {
			return nil, fmt.Errorf("definition %s names both a Go type and a format", name)
		}
		s.Definitions[name] = formatDef(name)
	}
	if len(s.Definitions) == 0 {
		s.Definitions = nil
	}
	return s, errors.Join(g.errs...)
}

func (g *generator) fail(format string, args ...any) {
	g.errs = append(g.errs, fmt.Errorf(format, args...))
}

// name names a type's definition, and refuses two types of one name.
func (g *generator) name(t reflect.Type) string {
	if t.Kind() != reflect.Struct {
		return ""
	}
	if prev, ok := g.structs[t.Name()]; ok && prev != t {
		g.fail("types %s and %s would share the definition %s", prev, t, t.Name())
	}
	g.structs[t.Name()] = t
	return t.Name()
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// customJSON holds the schema of each model type that has a JSON form of its
// own (a MarshalJSON method). None has one yet; a type that gains one must be
// added here, or to fieldsJSON, or generation fails rather than describe its
// Go fields.
var customJSON = map[reflect.Type]func() *invopop.Schema{}

// fieldsJSON lists the model types whose MarshalJSON writes their fields as
// encoding/json would, or refuses to write the value at all: their schema is
// that of their fields. source.Speaker refuses an anonymous speaker that
// carries an identity, which the schema refuses too (named-or-anonymous).
var fieldsJSON = map[reflect.Type]bool{
	reflect.TypeFor[source.Speaker](): true,
}

// mapper gives types with a JSON form of their own the schema of that form.
func (g *generator) mapper(t reflect.Type) *invopop.Schema {
	if fieldsJSON[t] {
		return nil
	}
	if t.Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler) {
		if f, ok := customJSON[t]; ok {
			return f()
		}
		g.fail("type %s has a JSON form of its own and no schema for it", t)
		return &invopop.Schema{}
	}
	if t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) {
		return &invopop.Schema{Type: "string"}
	}
	return nil
}

// constrainStruct turns the validate tags of t's fields into keywords of s,
// the schema of t, and adds t's cross-field rules.
func (g *generator) constrainStruct(t reflect.Type, s *invopop.Schema) {
	if s.Properties == nil {
		g.fail("definition of %s has no properties", t)
		return
	}
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		name := validation.JSONName(f)
		if name == "" {
			continue
		}
		prop, ok := s.Properties.Get(name)
		if !ok {
			g.fail("%s.%s: no property %s", t, f.Name, name)
			continue
		}
		prop = g.field(t, f, name, prop, s)
		s.Properties.Set(name, prop)
	}
	// Members that decoding requires although Go's zero value is allowed,
	// and members that decoding refuses empty.
	for _, name := range validation.RequiredMembers(t) {
		s.Required = appendOnce(s.Required, name)
	}
	for _, name := range validation.NonEmpty(t) {
		if prop, ok := s.Properties.Get(name); ok {
			prop.MinLength = uintPtr(1)
		}
	}
	if rule, ok := crossRules[t]; ok {
		rule.apply(s)
	}
}

// field applies the validate tag of field f, whose property is prop in the
// schema s of its struct t, and returns the property's new schema.
func (g *generator) field(t reflect.Type, f reflect.StructField, name string, prop, s *invopop.Schema) *invopop.Schema {
	ft := f.Type
	if ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	own, items, dive := splitDive(f.Tag.Get("validate"))
	where := t.Name() + "." + f.Name
	// A struct that is always encoded and whose zero value breaks a rule
	// cannot be left out.
	if ft.Kind() == reflect.Struct && f.Type.Kind() == reflect.Struct && len(validation.Check(reflect.Zero(ft).Interface())) > 0 {
		s.Required = appendOnce(s.Required, name)
	}
	prop = g.constrain(where, t, ft, own, prop, s, name)
	if dive {
		if prop.Items == nil || (ft.Kind() != reflect.Slice && ft.Kind() != reflect.Array) {
			g.fail("%s: dive on a value that is not a list", where)
			return prop
		}
		et := ft.Elem()
		if et.Kind() == reflect.Pointer {
			et = et.Elem()
		}
		prop.Items = g.constrain(where+"[]", t, et, items, prop.Items, nil, "")
	}
	return prop
}

// splitDive splits a validate tag at its dive into the tags of the value and
// the tags of its items.
func splitDive(tag string) (own, items []string, dive bool) {
	if tag == "" {
		return nil, nil, false
	}
	parts := strings.Split(tag, ",")
	if i := slices.Index(parts, "dive"); i >= 0 {
		return parts[:i], parts[i+1:], true
	}
	return parts, nil, false
}

// constrain applies tags to sch, the schema of a value of type vt. parent and
// name are the struct schema and the property name, when the value is a
// field; for list items they are nil and "".
func (g *generator) constrain(where string, owner, vt reflect.Type, tags []string, sch, parent *invopop.Schema, name string) *invopop.Schema {
	optional := false
	str := &invopop.Schema{} // constraints on a string, which omitempty lets be empty
	for _, tag := range tags {
		key, param, _ := strings.Cut(tag, "=")
		switch key {
		case "omitempty":
			optional = true
		case "required":
			if parent != nil {
				parent.Required = appendOnce(parent.Required, name)
			}
			if vt.Kind() == reflect.String {
				str.MinLength = uintPtr(1)
			}
		case "required_if":
			g.requiredIf(where, owner, param, parent, name, vt)
		case "enum":
			values, ok := validation.EnumValues(vt)
			if !ok {
				g.fail("%s: enum tag on %s, which registers no values", where, vt)
				continue
			}
			str.Enum = toAny(values)
			sch.Description = g.withValues(sch.Description, vt, values)
		case "oneof":
			str.Enum = toAny(strings.Fields(param))
		case "id", "qid", "country", "langtag", "isodate", "http_url":
			def := formatTags[key]
			g.formats[def] = true
			str.Ref = "#/$defs/" + def
		case "min", "max", "len", "gte", "lte", "gt", "lt":
			g.bound(where, vt, key, param, sch)
		default:
			g.fail("%s: validate tag %q has no JSON Schema mapping", where, tag)
		}
	}
	if vt.Kind() == reflect.Float64 || vt.Kind() == reflect.Float32 {
		floatRange(vt, sch)
	}
	if isEmpty(str) {
		return sch
	}
	if vt.Kind() != reflect.String {
		g.fail("%s: string rule on %s", where, vt)
		return sch
	}
	if !optional {
		return merge(sch, str)
	}
	// omitempty: Go skips the rules of an empty string, as of an absent one.
	empty := &invopop.Schema{Const: "", Description: "Empty: the same as absent."}
	out := &invopop.Schema{Description: sch.Description}
	str.Description = ""
	out.AnyOf = []*invopop.Schema{merge(&invopop.Schema{Type: "string"}, str), empty}
	return out
}

// merge adds the string constraints c to s.
func merge(s, c *invopop.Schema) *invopop.Schema {
	if c.Ref != "" {
		s.Ref = c.Ref // beside the type, which strict validators want for minLength
	}
	if c.Enum != nil {
		s.Enum = c.Enum
	}
	if c.MinLength != nil && c.Enum == nil { // an enumeration has no empty value
		s.MinLength = c.MinLength
	}
	return s
}

func isEmpty(s *invopop.Schema) bool { return s.Ref == "" && s.Enum == nil && s.MinLength == nil }

// bound maps min, max, len, gte, lte, gt and lt by the kind of value, as the
// validator reads them.
func (g *generator) bound(where string, vt reflect.Type, key, param string, sch *invopop.Schema) {
	switch vt.Kind() {
	case reflect.String, reflect.Slice, reflect.Array:
		n, err := strconv.ParseUint(param, 10, 64)
		if err != nil {
			g.fail("%s: bound %s=%s is not a count", where, key, param)
			return
		}
		lo, hi := &sch.MinLength, &sch.MaxLength
		if vt.Kind() != reflect.String {
			lo, hi = &sch.MinItems, &sch.MaxItems
		}
		switch key {
		case "min", "gte":
			*lo = uintPtr(n)
		case "gt":
			*lo = uintPtr(n + 1)
		case "max", "lte":
			*hi = uintPtr(n)
		case "lt":
			if n == 0 {
				g.fail("%s: lt=0 on a length", where)
				return
			}
			*hi = uintPtr(n - 1)
		case "len":
			*lo, *hi = uintPtr(n), uintPtr(n)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		if _, err := strconv.ParseFloat(param, 64); err != nil {
			g.fail("%s: bound %s=%s is not a number", where, key, param)
			return
		}
		n := json.Number(param)
		switch key {
		case "min", "gte":
			sch.Minimum = n
		case "max", "lte":
			sch.Maximum = n
		case "gt":
			sch.ExclusiveMinimum = n
		case "lt":
			sch.ExclusiveMaximum = n
		case "len":
			sch.Minimum, sch.Maximum = n, n
		}
	default:
		g.fail("%s: bound %s on %s", where, key, vt)
	}
}

// floatRange bounds a floating-point number to the finite values of its Go
// type, where no tag bounds it already: JSON has no limit, and a figure
// beyond the range (1e400) cannot be read into the model, so Go refuses it.
func floatRange(vt reflect.Type, sch *invopop.Schema) {
	limit := strconv.FormatFloat(math.MaxFloat64, 'g', -1, 64)
	if vt.Kind() == reflect.Float32 {
		limit = strconv.FormatFloat(math.MaxFloat32, 'g', -1, 32)
	}
	if sch.Minimum == "" && sch.ExclusiveMinimum == "" {
		sch.Minimum = json.Number("-" + limit)
	}
	if sch.Maximum == "" && sch.ExclusiveMaximum == "" {
		sch.Maximum = json.Number(limit)
	}
}

// requiredIf says "required_if=Field value": when the sibling field has the
// value, this one is required (and, for a string, not empty).
func (g *generator) requiredIf(where string, owner reflect.Type, param string, parent *invopop.Schema, name string, vt reflect.Type) {
	fields := strings.Fields(param)
	if parent == nil || len(fields) != 2 {
		g.fail("%s: required_if=%s is not one field and one value", where, param)
		return
	}
	sf, ok := owner.FieldByName(fields[0])
	if !ok || sf.Type.Kind() != reflect.String {
		g.fail("%s: required_if names %s, not a string field of %s", where, fields[0], owner)
		return
	}
	other := validation.JSONName(sf)
	then := &invopop.Schema{Required: []string{name}, Properties: invopop.NewProperties()}
	if vt.Kind() == reflect.String {
		then.Properties.Set(name, &invopop.Schema{Type: "string", MinLength: uintPtr(1)})
	} else {
		then.Properties.Set(name, &invopop.Schema{})
	}
	parent.AllOf = append(parent.AllOf, &invopop.Schema{
		If:   propertyIs(other, fields[1]),
		Then: then,
	})
}

// withValues adds the meaning of each enumeration value to a description.
func (g *generator) withValues(desc string, t reflect.Type, values []string) string {
	var b strings.Builder
	b.WriteString(desc)
	if desc != "" {
		b.WriteString("\n\n")
	}
	b.WriteString("Values:")
	for _, v := range values {
		b.WriteString("\n- ")
		b.WriteString(v)
		if c := g.comments[t.PkgPath()+"."+t.Name()+"="+v]; c != "" {
			b.WriteString(": ")
			b.WriteString(c)
		}
	}
	return b.String()
}

func appendOnce(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func uintPtr(n uint64) *uint64 { return &n }

func toAny(values []string) []any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = v
	}
	return out
}
