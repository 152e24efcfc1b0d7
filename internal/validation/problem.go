package validation

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Code is the stable name of a validation rule. Programs compare codes, never
// messages.
type Code string

// Problem is one broken rule: where it is, which rule, and why in English.
type Problem struct {
	// Pointer is an RFC 6901 JSON Pointer to the offending value in the
	// document's JSON ("" is the whole value).
	Pointer string `json:"pointer"`
	// Code names the rule that failed.
	Code Code `json:"code"`
	// Message explains the failure. It never repeats a value of the input.
	Message string `json:"message"`
	// Object is the ID of the speaker, quote, attribution or claim that the
	// problem is in, when a document's validation can tell it (that object
	// has an ID of the ID form); empty otherwise.
	Object string `json:"object,omitempty"`
}

// String returns the problem as "pointer: message (code)", or "pointer (in
// object): message (code)" when the problem names its object.
func (p Problem) String() string {
	ptr := p.Pointer
	if ptr == "" {
		ptr = "(root)"
	}
	if p.Object != "" {
		return fmt.Sprintf("%s (in %s): %s (%s)", ptr, p.Object, p.Message, p.Code)
	}
	return fmt.Sprintf("%s: %s (%s)", ptr, p.Message, p.Code)
}

// Error is the error that validation and decoding return: every problem found,
// in a deterministic order (by pointer, array indexes compared as numbers, then
// by code).
type Error struct {
	// Problems lists every problem found; never empty in an error that
	// validation returns.
	Problems []Problem `json:"problems"`
}

// Error lists the problems on one line each, after a count.
func (e *Error) Error() string {
	var b strings.Builder
	if len(e.Problems) == 1 {
		b.WriteString("1 problem")
	} else {
		fmt.Fprintf(&b, "%d problems", len(e.Problems))
	}
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Has reports whether a problem with the code is at the pointer.
func (e *Error) Has(pointer string, code Code) bool {
	return slices.ContainsFunc(e.Problems, func(p Problem) bool {
		return p.Pointer == pointer && p.Code == code
	})
}

// Sort orders problems by pointer, comparing array indexes as numbers, then by
// code and message, and keeps one problem for each pointer and code: the first
// in that order.
func Sort(ps []Problem) []Problem {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := comparePointers(a.Pointer, b.Pointer); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return cmp.Compare(a.Message, b.Message)
	})
	return slices.CompactFunc(ps, func(a, b Problem) bool { return a.Pointer == b.Pointer && a.Code == b.Code })
}

// AsError returns nil for no problems, and an *Error holding them otherwise.
func AsError(ps []Problem) error {
	if len(ps) == 0 {
		return nil
	}
	return &Error{Problems: Sort(ps)}
}

func comparePointers(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		an, aerr := strconv.Atoi(as[i])
		bn, berr := strconv.Atoi(bs[i])
		if aerr == nil && berr == nil {
			return cmp.Compare(an, bn)
		}
		return cmp.Compare(as[i], bs[i])
	}
	return cmp.Compare(len(as), len(bs))
}

// Pointer joins reference tokens into a JSON Pointer, escaping "~" and "/" as
// RFC 6901 requires.
func Pointer(base string, tokens ...any) string {
	var b strings.Builder
	b.WriteString(base)
	for _, t := range tokens {
		b.WriteByte('/')
		switch t := t.(type) {
		case int:
			b.WriteString(strconv.Itoa(t))
		case string:
			b.WriteString(EscapeToken(t))
		default:
			b.WriteString(EscapeToken(fmt.Sprint(t)))
		}
	}
	return b.String()
}

// EscapeToken escapes one JSON Pointer reference token.
func EscapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// Lines returns err's problems as "pointer code" lines, for tests and tools
// that compare outcomes: nil for a nil error, and a single line saying so for
// an error that is not an *Error.
func Lines(err error) []string {
	if err == nil {
		return nil
	}
	var verr *Error
	if !errors.As(err, &verr) {
		return []string{"not a validation error: " + err.Error()}
	}
	out := make([]string, len(verr.Problems))
	for i, p := range verr.Problems {
		out[i] = p.Pointer + " " + string(p.Code)
	}
	return out
}
