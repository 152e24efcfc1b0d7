package attribution

import "github.com/onrecord/onrecord/internal/validation"

// ValidationError is the error that validation and [Decode] return: every
// problem found, in a deterministic order (by JSON Pointer, array indexes
// compared as numbers, then by code). Every Validate method of onrecord returns
// one, so errors.As finds it:
//
//	var verr *attribution.ValidationError
//	if errors.As(err, &verr) {
//		for _, p := range verr.Problems {
//			fmt.Println(p.Pointer, p.Code, p.Message)
//		}
//	}
type ValidationError = validation.Error

// Problem is one broken rule: an RFC 6901 JSON Pointer to the offending value,
// the rule's [Code], and an English message. A message never repeats a value
// from the input, so that no error reveals what an anonymous source's record
// holds.
type Problem = validation.Problem

// Code is the stable name of a rule; the constants list them all.
type Code = validation.Code

// MaxProblems is how many problems a [ValidationError] lists at most; its More
// field counts the others, so that a document with a million broken values
// gives a short error.
const MaxProblems = validation.MaxProblems
