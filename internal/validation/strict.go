package validation

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/go-json-experiment/json/jsontext"
)

// DecodeStrict decodes one JSON value from data into the struct that v points
// to, refusing what encoding/json lets pass: members the Go type does not
// define (matched case-sensitively), a key repeated in one object, null, a
// value of the wrong JSON type, a fraction or an out-of-range number for an
// integer, a string that is not valid UTF-8 (raw, or as a lone UTF-16
// surrogate in a \u escape), a member that RequireMembers lists left out, an
// empty string for a member that NonEmptyMembers lists, and anything after
// the value. It reports such problems with the JSON Pointer of the offending
// value, keeping at most a thousand; v is filled only when there are none.
//
// It reads data once, token by token, and fills v as it goes, with the field
// tables of each Go type computed once and cached. Malformed JSON stops it:
// the one problem it then returns has the root pointer and a byte offset,
// except for strings that are not valid UTF-8, which are reported at their
// member.
func DecodeStrict(data []byte, v any) []Problem {
	ps, _ := decodeStrict(data, v)
	return ps
}

// Decode is DecodeStrict returning the error that validation returns: nil, or
// an *Error with at most MaxProblems problems and the count of the others.
func Decode(data []byte, v any) error {
	ps, dropped := decodeStrict(data, v)
	return asError(ps, dropped)
}

// MaxDepth is how deeply DecodeStrict lets objects and arrays nest. The
// model's deepest values (organizations inside their parents) stay far below
// it; input that goes deeper is refused before it costs time or memory.
const MaxDepth = 200

// decodeKeep is how many problems one decoding keeps; it counts the rest.
const decodeKeep = 10 * MaxProblems

// errTooDeep stops decoding when the input nests deeper than MaxDepth.
var errTooDeep = errors.New("nests too deeply")

var decoders = sync.Pool{New: func() any { return new(decoder) }}

func decodeStrict(data []byte, v any) ([]Problem, int) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []Problem{{Code: CodeType, Message: "decoding needs a non-nil pointer"}}, 0
	}
	d := decoders.Get().(*decoder)
	defer func() {
		d.problems, d.stack, d.total = nil, d.stack[:0], 0
		d.dec.Reset(bytes.NewBuffer(nil))
		decoders.Put(d)
	}()
	d.dec.Reset(bytes.NewBuffer(data), jsontext.AllowDuplicateNames(true))
	if err := d.value(planOf(rv.Type().Elem()), rv.Elem()); err != nil {
		rv.Elem().SetZero()
		return []Problem{d.fatal(err)}, 0
	}
	if _, err := d.dec.ReadToken(); !errors.Is(err, io.EOF) {
		d.stack = d.stack[:0]
		d.report(CodeTrailingData, "data follows the JSON value")
	}
	if d.total == 0 {
		return nil, 0
	}
	rv.Elem().SetZero()
	return d.problems, d.total - len(d.problems)
}

// decoder reads one JSON value with a jsontext.Decoder. Its stack holds the
// reference tokens from the root to the current value, from which a JSON
// Pointer is built only when a problem is reported.
type decoder struct {
	dec      jsontext.Decoder
	stack    []frame
	problems []Problem
	total    int    // problems found, kept or not
	buf      []byte // scratch for unescaping
}

// frame is one reference token: a member name, or an array index when index is
// 0 or more.
type frame struct {
	name  string
	index int
}

func (d *decoder) push(name string) { d.stack = append(d.stack, frame{name: name, index: -1}) }
func (d *decoder) pushIndex(i int)  { d.stack = append(d.stack, frame{index: i}) }
func (d *decoder) pop()             { d.stack = d.stack[:len(d.stack)-1] }
func (d *decoder) pointer() string  { return stackPointer(d.stack) }
func (d *decoder) tooDeep() bool    { return d.dec.StackDepth() >= MaxDepth }
func (d *decoder) readErr() error   { _, err := d.dec.ReadToken(); return err }

func stackPointer(stack []frame) string {
	var b strings.Builder
	for _, f := range stack {
		b.WriteByte('/')
		if f.index >= 0 {
			b.WriteString(strconv.Itoa(f.index))
		} else {
			b.WriteString(EscapeToken(f.name))
		}
	}
	return b.String()
}

// report records a problem at the current value.
func (d *decoder) report(code Code, msg string) {
	d.total++
	if len(d.problems) < decodeKeep {
		d.problems = append(d.problems, Problem{Pointer: d.pointer(), Code: code, Message: msg})
	}
}

// fatal turns the error that stopped decoding into its problem.
func (d *decoder) fatal(err error) Problem {
	if errors.Is(err, errTooDeep) {
		return Problem{Pointer: d.pointer(), Code: CodeSyntax,
			Message: fmt.Sprintf("nests more than %d objects and arrays deep", MaxDepth)}
	}
	msg := "is not well-formed JSON"
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "ends before the JSON value is complete"
	}
	var serr *jsontext.SyntacticError
	if errors.As(err, &serr) && serr.Err != nil {
		// The underlying error quotes the input; only its kind is used.
		switch text := serr.Err.Error(); {
		case strings.HasPrefix(text, "invalid UTF-8"):
			return Problem{Pointer: d.pointer(), Code: CodeSyntax, Message: "is not valid UTF-8"}
		case strings.HasPrefix(text, "invalid surrogate pair"):
			return Problem{Pointer: d.pointer(), Code: CodeSyntax,
				Message: `holds a \u escape of a lone UTF-16 surrogate, which is no character`}
		}
		return Problem{Code: CodeSyntax, Message: fmt.Sprintf("%s (near byte %d)", msg, serr.ByteOffset)}
	}
	return Problem{Code: CodeSyntax, Message: fmt.Sprintf("%s (near byte %d)", msg, d.dec.InputOffset())}
}

// value reads one JSON value into v, of plan p. It returns an error only when
// reading cannot go on: malformed JSON, or nesting deeper than MaxDepth.
func (d *decoder) value(p *plan, v reflect.Value) error {
	k := d.dec.PeekKind()
	switch k {
	case 0:
		return d.readErr()
	case 'n':
		d.report(CodeType, "must not be null; leave the member out instead")
		_, err := d.dec.ReadValue()
		return err
	}
	switch p.kind {
	case kindPointer:
		e := reflect.New(p.elem.t)
		if err := d.value(p.elem, e.Elem()); err != nil {
			return err
		}
		v.Set(e)
		return nil
	case kindStruct:
		if k != '{' {
			d.report(CodeType, "must be an object")
			return d.skip()
		}
		return d.object(p, v)
	case kindSlice:
		if k != '[' {
			d.report(CodeType, "must be an array")
			return d.skip()
		}
		return d.array(p, v)
	case kindMap:
		if k != '{' {
			d.report(CodeType, "must be an object")
			return d.skip()
		}
		return d.mapObject(p, v)
	case kindString:
		if k != '"' {
			d.report(CodeType, "must be a string")
			return d.skip()
		}
		raw, err := d.dec.ReadValue()
		if err != nil {
			return err
		}
		v.SetString(d.unquote(raw))
	case kindBool:
		if k != 't' && k != 'f' {
			d.report(CodeType, "must be true or false")
			return d.skip()
		}
		if _, err := d.dec.ReadValue(); err != nil {
			return err
		}
		v.SetBool(k == 't')
	case kindInt, kindUint, kindFloat:
		if k != '0' {
			if p.kind == kindFloat {
				d.report(CodeType, "must be a number")
			} else {
				d.report(CodeType, "must be an integer")
			}
			return d.skip()
		}
		raw, err := d.dec.ReadValue()
		if err != nil {
			return err
		}
		d.number(p, v, raw)
	default: // a type that decodes itself, or one the model does not use
		raw, err := d.dec.ReadValue()
		if err != nil {
			return err
		}
		if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
			d.report(CodeType, "cannot be read as this member's type")
		}
	}
	return nil
}

func (d *decoder) number(p *plan, v reflect.Value, raw []byte) {
	switch p.kind {
	case kindInt:
		n, err := strconv.ParseInt(string(raw), 10, p.bits)
		if err != nil {
			d.report(CodeType, "must be an integer within range")
			return
		}
		v.SetInt(n)
	case kindUint:
		n, err := strconv.ParseUint(string(raw), 10, p.bits)
		if err != nil {
			d.report(CodeType, "must be a whole number within range")
			return
		}
		v.SetUint(n)
	default:
		f, err := strconv.ParseFloat(string(raw), p.bits)
		if err != nil {
			d.report(CodeType, "must be a number within range")
			return
		}
		if f == 0 && underflows(raw) {
			// 1e-400 would read as 0: the value would change without a word.
			d.report(CodeType, "is too close to 0 for a 64-bit floating-point number, which would hold it as 0")
			return
		}
		v.SetFloat(f)
	}
}

// underflows reports whether a JSON number that parsed as 0 is not zero: a
// digit of its mantissa (before any exponent) is not 0.
func underflows(raw []byte) bool {
	for _, c := range raw {
		switch {
		case c == 'e' || c == 'E':
			return false
		case c >= '1' && c <= '9':
			return true
		}
	}
	return false
}

// unquote returns the string that the raw JSON string holds; the decoder has
// checked it already.
func (d *decoder) unquote(raw []byte) string {
	inner := raw[1 : len(raw)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return string(inner)
	}
	d.buf, _ = jsontext.AppendUnquote(d.buf[:0], raw)
	return string(d.buf)
}

// name reads a member name; the bytes are valid until the next read.
func (d *decoder) name() ([]byte, error) {
	raw, err := d.dec.ReadValue()
	if err != nil {
		return nil, err
	}
	inner := raw[1 : len(raw)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return inner, nil
	}
	d.buf, _ = jsontext.AppendUnquote(d.buf[:0], raw)
	return d.buf, nil
}

func (d *decoder) object(p *plan, v reflect.Value) error {
	if d.tooDeep() {
		return errTooDeep
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return err
	}
	var seenSmall uint64
	var seenBig []bool
	if len(p.fields) > 64 {
		seenBig = make([]bool, len(p.fields))
	}
	seen := func(i int) bool {
		if seenBig != nil {
			return seenBig[i]
		}
		return seenSmall&(1<<uint(i)) != 0
	}
	for {
		switch d.dec.PeekKind() {
		case '}':
			if _, err := d.dec.ReadToken(); err != nil {
				return err
			}
			for _, i := range p.required {
				if !seen(i) {
					d.push(p.fields[i].name)
					d.report(CodeRequired, "is required")
					d.pop()
				}
			}
			return nil
		case 0:
			return d.readErr()
		}
		name, err := d.name()
		if err != nil {
			return err
		}
		i, ok := p.byName[string(name)]
		if !ok {
			d.push(boundToken(string(name)))
			d.report(CodeUnknownField, "is not a member of this object")
			if err := d.skip(); err != nil {
				return err
			}
			d.pop()
			continue
		}
		f := &p.fields[i]
		d.push(f.name)
		fv := v.Field(f.index[0])
		if len(f.index) > 1 {
			fv = v.FieldByIndex(f.index)
		}
		if seen(i) {
			d.report(CodeSyntax, "repeats a member of the same object")
			fv.SetZero()
		}
		if seenBig != nil {
			seenBig[i] = true
		} else {
			seenSmall |= 1 << uint(i)
		}
		isString := d.dec.PeekKind() == '"'
		if err := d.value(f.plan, fv); err != nil {
			return err
		}
		if f.nonEmpty && isString && fv.Kind() == reflect.String && fv.Len() == 0 {
			d.report(CodeLength, "must not be empty: leave the member out instead")
		}
		d.pop()
	}
}

func (d *decoder) array(p *plan, v reflect.Value) error {
	if d.tooDeep() {
		return errTooDeep
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return err
	}
	v.SetLen(0)
	for n := 0; ; n++ {
		switch d.dec.PeekKind() {
		case ']':
			_, err := d.dec.ReadToken()
			if n == 0 && v.IsNil() {
				v.Set(reflect.MakeSlice(p.t, 0, 0)) // [] is kept apart from absent, as encoding/json does
			}
			return err
		case 0:
			return d.readErr()
		}
		if n == v.Cap() {
			v.Grow(1)
		}
		v.SetLen(n + 1)
		d.pushIndex(n)
		if err := d.value(p.elem, v.Index(n)); err != nil {
			return err
		}
		d.pop()
	}
}

func (d *decoder) mapObject(p *plan, v reflect.Value) error {
	if d.tooDeep() {
		return errTooDeep
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return err
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(p.t))
	}
	for {
		switch d.dec.PeekKind() {
		case '}':
			_, err := d.dec.ReadToken()
			return err
		case 0:
			return d.readErr()
		}
		name, err := d.name()
		if err != nil {
			return err
		}
		key := reflect.New(p.t.Key()).Elem()
		key.SetString(string(name))
		d.push(boundToken(key.String()))
		if v.MapIndex(key).IsValid() {
			d.report(CodeSyntax, "repeats a member of the same object")
		}
		e := reflect.New(p.elem.t).Elem()
		if err := d.value(p.elem, e); err != nil {
			return err
		}
		v.SetMapIndex(key, e)
		d.pop()
	}
}

// skip reads the next value whole, refusing nesting deeper than MaxDepth.
func (d *decoder) skip() error {
	for depth := 0; ; {
		switch d.dec.PeekKind() {
		case '{', '[':
			if d.tooDeep() {
				return errTooDeep
			}
			if _, err := d.dec.ReadToken(); err != nil {
				return err
			}
			depth++
			continue
		case '}', ']':
			if _, err := d.dec.ReadToken(); err != nil {
				return err
			}
			depth--
		case 0:
			return d.readErr()
		default:
			if _, err := d.dec.ReadValue(); err != nil {
				return err
			}
		}
		if depth == 0 {
			return nil
		}
	}
}

// The kinds of plan.
const (
	kindOther = iota // decoded by encoding/json: a type that decodes itself
	kindString
	kindBool
	kindInt
	kindUint
	kindFloat
	kindPointer
	kindStruct
	kindSlice
	kindMap
)

// plan is how a Go type is decoded, computed once per type.
type plan struct {
	t        reflect.Type
	kind     int
	bits     int
	elem     *plan // of a pointer, slice or map
	fields   []fieldPlan
	byName   map[string]int
	required []int // indexes in fields
}

type fieldPlan struct {
	name     string
	index    []int
	plan     *plan
	nonEmpty bool
}

var (
	plansMu sync.Mutex
	plans   sync.Map // reflect.Type -> *plan
)

// resetPlans forgets the plans, after the member lists changed.
func resetPlans() { plans.Clear() }

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func planOf(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	plansMu.Lock()
	defer plansMu.Unlock()
	building := map[reflect.Type]*plan{}
	p := buildPlan(t, building)
	for t, p := range building {
		plans.LoadOrStore(t, p)
	}
	return p
}

func buildPlan(t reflect.Type, building map[reflect.Type]*plan) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	if p, ok := building[t]; ok {
		return p
	}
	p := &plan{t: t}
	building[t] = p
	if reflect.PointerTo(t).Implements(unmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return p // kindOther
	}
	switch t.Kind() {
	case reflect.String:
		p.kind = kindString
	case reflect.Bool:
		p.kind = kindBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.kind, p.bits = kindInt, t.Bits()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		p.kind, p.bits = kindUint, t.Bits()
	case reflect.Float32, reflect.Float64:
		p.kind, p.bits = kindFloat, t.Bits()
	case reflect.Pointer:
		p.kind, p.elem = kindPointer, buildPlan(t.Elem(), building)
	case reflect.Slice:
		if t.Elem().Kind() != reflect.Uint8 { // []byte is base64, as encoding/json has it
			p.kind, p.elem = kindSlice, buildPlan(t.Elem(), building)
		}
	case reflect.Map:
		if t.Key().Kind() == reflect.String && !reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
			p.kind, p.elem = kindMap, buildPlan(t.Elem(), building)
		}
	case reflect.Struct:
		p.kind = kindStruct
		p.byName = map[string]int{}
		membersMu.Lock()
		req, nonEmp := required[t], nonEmpty[t]
		membersMu.Unlock()
		for _, f := range reflect.VisibleFields(t) {
			if !f.IsExported() || f.Anonymous || throughPointer(t, f.Index) {
				continue // an embedded struct's members are its container's
			}
			name := JSONName(f)
			if name == "" {
				continue
			}
			p.byName[name] = len(p.fields)
			p.fields = append(p.fields, fieldPlan{name: name, index: f.Index, plan: buildPlan(f.Type, building),
				nonEmpty: containsString(nonEmp, name)})
			if containsString(req, name) {
				p.required = append(p.required, len(p.fields)-1)
			}
		}
	}
	return p
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// throughPointer reports whether the field at index of struct t is promoted
// through an embedded pointer, which decoding would have to allocate.
func throughPointer(t reflect.Type, index []int) bool {
	for _, i := range index[:len(index)-1] {
		t = t.Field(i).Type
		if t.Kind() == reflect.Pointer {
			return true
		}
	}
	return false
}
