package validation

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
// object): message (code)" when the problem names its object, with the
// control and other invisible characters of the pointer escaped (see
// Printable), so that a member name from the input cannot start a line or
// steer a terminal.
func (p Problem) String() string {
	ptr := Printable(p.Pointer)
	if ptr == "" {
		ptr = "(root)"
	}
	if p.Object != "" {
		return fmt.Sprintf("%s (in %s): %s (%s)", ptr, Printable(p.Object), Printable(p.Message), p.Code)
	}
	return fmt.Sprintf("%s: %s (%s)", ptr, Printable(p.Message), p.Code)
}

// MaxProblems is how many problems an Error lists at most; More counts the
// others. A document with a million broken values gives a short error.
const MaxProblems = 100

// Error is the error that validation and decoding return: the problems found,
// in a deterministic order (by pointer, array indexes compared as numbers, then
// by code), at most MaxProblems of them.
type Error struct {
	// Problems lists the problems found, the first MaxProblems in the
	// order above; never empty in an error that validation returns.
	Problems []Problem `json:"problems"`
	// More counts the problems found beyond those listed; 0 when Problems
	// lists them all.
	More int `json:"more,omitempty"`
}

// Error lists the problems on one line each, after a count.
func (e *Error) Error() string {
	var b strings.Builder
	if n := len(e.Problems) + e.More; n == 1 {
		b.WriteString("1 problem")
	} else {
		fmt.Fprintf(&b, "%d problems", n)
	}
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	if e.More > 0 {
		fmt.Fprintf(&b, "\n  and %d more", e.More)
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

// AsError returns nil for no problems, and an *Error holding them otherwise:
// sorted, the first MaxProblems listed and the others counted.
func AsError(ps []Problem) error { return asError(ps, 0) }

// asError is AsError for problems of which dropped more were found and not
// kept.
func asError(ps []Problem, dropped int) error {
	if len(ps) == 0 {
		return nil
	}
	ps = Sort(ps)
	more := dropped
	if len(ps) > MaxProblems {
		more += len(ps) - MaxProblems
		ps = slices.Clip(ps[:MaxProblems])
	}
	return &Error{Problems: ps, More: more}
}

func comparePointers(a, b string) int {
	// Segment by segment, as strings.Split would cut them, without
	// splitting: sorting a million problems must not allocate for every
	// comparison.
	for {
		ia, ib := strings.IndexByte(a, '/'), strings.IndexByte(b, '/')
		ta, tb := a, b
		if ia >= 0 {
			ta = a[:ia]
		}
		if ib >= 0 {
			tb = b[:ib]
		}
		if ta != tb {
			an, aerr := strconv.Atoi(ta)
			bn, berr := strconv.Atoi(tb)
			if aerr == nil && berr == nil {
				return cmp.Compare(an, bn)
			}
			return cmp.Compare(ta, tb)
		}
		switch {
		case ia < 0 && ib < 0:
			return 0
		case ia < 0:
			return -1 // a has fewer segments
		case ib < 0:
			return 1
		}
		a, b = a[ia+1:], b[ib+1:]
	}
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

// MaxTokenBytes bounds a member name from the input in a JSON Pointer: a
// longer name is cut to its first MaxTokenBytes bytes (whole code points)
// followed by "…" (U+2026). The model's own names are far shorter, so only a
// member the model does not define is ever cut, and a pointer stays short
// however long the input's keys.
const MaxTokenBytes = 64

// boundToken cuts a member name from the input to MaxTokenBytes.
func boundToken(s string) string {
	if len(s) <= MaxTokenBytes {
		return s
	}
	cut := MaxTokenBytes
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// Printable returns s with every character that is not graphic (control
// characters such as a newline or the escape that starts a terminal
// sequence, format characters such as a bidirectional override, and bytes
// that are not UTF-8) written as a Go escape (\n, \x1b, \u202e), and a
// backslash doubled, so that text from the input cannot forge a line of
// output or reach a terminal raw. It returns s itself when there is nothing
// to escape.
func Printable(s string) string {
	clean := true
	for _, r := range s {
		if r == '\\' || r == utf8.RuneError || !unicode.IsGraphic(r) && r != ' ' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == utf8.RuneError && w == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unicode.IsGraphic(r) && r != utf8.RuneError || r == ' ':
			b.WriteString(s[i : i+w])
		default:
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		}
		i += w
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

// publicAs turns an *Error into the public error type of package attribution
// for errors.As; package attribution sets it.
var publicAs func(e *Error, target any) bool

// SetPublicAs sets how errors.As turns an *Error into the public error type;
// package attribution calls it once, in a variable's initializer.
func SetPublicAs(fn func(e *Error, target any) bool) bool {
	publicAs = fn
	return true
}

// As lets errors.As find the public *attribution.ValidationError in an
// *Error, which the Validate methods of packages source and quote return.
func (e *Error) As(target any) bool { return publicAs != nil && publicAs(e, target) }
