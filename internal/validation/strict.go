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
)

// DecodeStrict decodes one JSON value from data into the struct that v points
// to, refusing what encoding/json lets pass: members the Go type does not
// define (matched case-sensitively), a key repeated in one object, null, a
// value of the wrong JSON type, a fraction or an out-of-range number for an
// integer, and anything after the value. It reports every such problem with
// the JSON Pointer of the offending value; v is filled only when there are
// none.
func DecodeStrict(data []byte, v any) []Problem {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []Problem{{Code: CodeType, Message: "decoding needs a non-nil pointer"}}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	w := &walker{dec: dec}
	if err := w.value(rv.Type().Elem()); errors.Is(err, errTooDeep) {
		return []Problem{{Pointer: w.pointer(), Code: CodeSyntax,
			Message: fmt.Sprintf("nests more than %d objects and arrays deep", MaxDepth)}}
	} else if err != nil {
		return []Problem{syntaxProblem(err, dec)}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		w.report(CodeTrailingData, "data follows the JSON value")
	}
	if len(w.problems) > 0 {
		return w.problems
	}
	if err := json.Unmarshal(data, v); err != nil {
		// The walk accepts only what decodes; this is a safety net, and
		// its message does not echo the input.
		return []Problem{{Code: CodeType, Message: "cannot be decoded into the model"}}
	}
	return nil
}

func syntaxProblem(err error, dec *json.Decoder) Problem {
	msg := "is not well-formed JSON"
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "ends before the JSON value is complete"
	}
	return Problem{Code: CodeSyntax, Message: fmt.Sprintf("%s (near byte %d)", msg, dec.InputOffset())}
}

// MaxDepth is how deeply DecodeStrict lets objects and arrays nest. The
// model's deepest values (organizations inside their parents) stay far below
// it; input that goes deeper is refused before it costs time or memory.
const MaxDepth = 200

// errTooDeep stops the walk when the input nests deeper than MaxDepth.
var errTooDeep = errors.New("nests too deeply")

type walker struct {
	dec      *json.Decoder
	path     []string // reference tokens from the root to the current value
	problems []Problem
}

// report records a problem at the current value.
func (w *walker) report(code Code, msg string) {
	w.problems = append(w.problems, Problem{Pointer: w.pointer(), Code: code, Message: msg})
}

func (w *walker) pointer() string {
	if len(w.path) == 0 {
		return ""
	}
	return "/" + strings.Join(w.path, "/")
}

func (w *walker) push(token string) error {
	if len(w.path) >= MaxDepth {
		return errTooDeep
	}
	w.path = append(w.path, token)
	return nil
}

func (w *walker) pop() { w.path = w.path[:len(w.path)-1] }

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// value reads one JSON value and checks it against t. It returns an error only
// for malformed JSON, after which the stream cannot be followed.
func (w *walker) value(t reflect.Type) error {
	tok, err := w.dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		w.report(CodeType, "must not be null; leave the member out instead")
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return w.skip(tok) // the type decodes itself; encoding/json reports its errors
	}
	switch t.Kind() {
	case reflect.Struct:
		if tok != json.Delim('{') {
			w.report(CodeType, "must be an object")
			return w.skip(tok)
		}
		return w.object(t)
	case reflect.Slice, reflect.Array:
		if tok != json.Delim('[') {
			w.report(CodeType, "must be an array")
			return w.skip(tok)
		}
		for i := 0; w.dec.More(); i++ {
			if err := w.push(strconv.Itoa(i)); err != nil {
				return err
			}
			if err := w.value(t.Elem()); err != nil {
				return err
			}
			w.pop()
		}
		_, err := w.dec.Token() // ']'
		return err
	case reflect.String:
		if _, ok := tok.(string); !ok {
			w.report(CodeType, "must be a string")
			return w.skip(tok)
		}
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			w.report(CodeType, "must be true or false")
			return w.skip(tok)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := tok.(json.Number)
		if !ok {
			w.report(CodeType, "must be an integer")
			return w.skip(tok)
		}
		if _, err := strconv.ParseInt(string(n), 10, t.Bits()); err != nil {
			w.report(CodeType, "must be an integer within range")
		}
	case reflect.Float32, reflect.Float64:
		n, ok := tok.(json.Number)
		if !ok {
			w.report(CodeType, "must be a number")
			return w.skip(tok)
		}
		if _, err := strconv.ParseFloat(string(n), t.Bits()); err != nil {
			w.report(CodeType, "must be a number within range")
		}
	default:
		return w.skip(tok) // kinds the model does not use
	}
	return nil
}

func (w *walker) object(t reflect.Type) error {
	fields := jsonFields(t)
	seen := map[string]bool{}
	for w.dec.More() {
		tok, err := w.dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		if err := w.push(EscapeToken(key)); err != nil {
			return err
		}
		if seen[key] {
			w.report(CodeSyntax, "repeats a member of the same object")
		}
		seen[key] = true
		if ft, ok := fields[key]; ok {
			err = w.value(ft)
		} else {
			w.report(CodeUnknownField, "is not a member of this object")
			err = w.skipValue()
		}
		if err != nil {
			return err
		}
		w.pop()
	}
	_, err := w.dec.Token() // '}'
	return err
}

// jsonFields maps the JSON names of t's fields, including those of embedded
// structs, to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || (f.Anonymous && f.Type.Kind() == reflect.Struct) {
			continue
		}
		if name := JSONName(f); name != "" {
			out[name] = f.Type
		}
	}
	return out
}

func (w *walker) skipValue() error {
	tok, err := w.dec.Token()
	if err != nil {
		return err
	}
	return w.skip(tok)
}

// skip consumes the rest of a value whose first token was tok.
func (w *walker) skip(tok json.Token) error {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return nil
	}
	for depth := 1; depth > 0; {
		t, err := w.dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
			if len(w.path)+depth > MaxDepth {
				return errTooDeep
			}
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}
