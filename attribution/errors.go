package attribution

import (
	"slices"

	"github.com/onrecord/onrecord/internal/validation"
)

// ValidationError is the error that validation and [Decode] return: the
// problems found, in a deterministic order (by JSON Pointer, array indexes
// compared as numbers, then by code), at most [MaxProblems] of them. The
// Validate methods and decoders of this package return a *ValidationError; in
// the error of every other Validate method and importer of onrecord (packages
// source, quote, audit, citron, quotebank), errors.As finds one too. Ask
// errors.As for a pointer:
//
//	var verr *attribution.ValidationError
//	if errors.As(err, &verr) {
//		for _, p := range verr.Problems {
//			fmt.Println(p.Pointer, p.Code, p.Message)
//		}
//	}
type ValidationError struct {
	// Problems lists the problems found, the first MaxProblems in the
	// order above; never empty in an error that validation returns.
	Problems []Problem `json:"problems"`
	// More counts the problems found beyond those listed; 0 when Problems
	// lists them all.
	More int `json:"more,omitempty"`
}

// Problem is one broken rule: an RFC 6901 JSON Pointer to the offending value,
// the rule's [Code], and an English message. A message never repeats a value
// from the input, so that no error reveals what an anonymous source's record
// holds.
type Problem struct {
	// Pointer is an RFC 6901 JSON Pointer to the offending value in the
	// document's JSON ("" is the whole value). A member name taken from
	// the input is cut to a bounded length.
	Pointer string `json:"pointer"`
	// Code names the rule that failed.
	Code Code `json:"code"`
	// Message explains the failure in English. It never repeats a value of
	// the input.
	Message string `json:"message"`
	// Object is the ID of the speaker, quote, attribution or claim that the
	// problem is in, when [Document.Validate] can tell it (that object has
	// an ID of the ID form); empty otherwise.
	Object string `json:"object,omitempty"`
}

// Code is the stable name of a rule: programs compare codes, never messages.
// The constants list them all.
type Code string

// MaxProblems is how many problems a [ValidationError] lists at most; its More
// field counts the others, so that a document with a million broken values
// gives a short error.
const MaxProblems = validation.MaxProblems

// Error lists the problems on one line each, after a count, with the
// control and other invisible characters of pointers and messages escaped.
func (e *ValidationError) Error() string { return e.internal().Error() }

// Has reports whether a problem with the code is at the pointer.
func (e *ValidationError) Has(pointer string, code Code) bool {
	return slices.ContainsFunc(e.Problems, func(p Problem) bool {
		return p.Pointer == pointer && p.Code == code
	})
}

// String returns the problem as "pointer: message (code)", or "pointer (in
// object): message (code)" when the problem names its object, with control
// and other invisible characters escaped, so that a member name from the
// input cannot start a line or steer a terminal.
func (p Problem) String() string { return p.internal().String() }

func (p Problem) internal() validation.Problem {
	return validation.Problem{Pointer: p.Pointer, Code: validation.Code(p.Code), Message: p.Message, Object: p.Object}
}

// As lets errors.As find the error that onrecord's own packages handle, and
// is not meant for callers: they ask for a *ValidationError.
func (e *ValidationError) As(target any) bool {
	t, ok := target.(**validation.Error)
	if ok {
		*t = e.internal()
	}
	return ok
}

func (e *ValidationError) internal() *validation.Error {
	in := &validation.Error{Problems: make([]validation.Problem, len(e.Problems)), More: e.More}
	for i, p := range e.Problems {
		in.Problems[i] = p.internal()
	}
	return in
}

// publicError returns err as a *ValidationError when it is the validation
// package's error, and err itself otherwise.
func publicError(err error) error {
	in, ok := err.(*validation.Error)
	if !ok {
		return err
	}
	return fromInternal(in)
}

func fromInternal(in *validation.Error) *ValidationError {
	out := &ValidationError{Problems: make([]Problem, len(in.Problems)), More: in.More}
	for i, p := range in.Problems {
		out.Problems[i] = Problem{Pointer: p.Pointer, Code: Code(p.Code), Message: p.Message, Object: p.Object}
	}
	return out
}

// The Validate methods of packages source and quote return the validation
// package's error; errors.As turns it into a *ValidationError.
var _ = validation.SetPublicAs(func(e *validation.Error, target any) bool {
	t, ok := target.(**ValidationError)
	if ok {
		*t = fromInternal(e)
	}
	return ok
})
