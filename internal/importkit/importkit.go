// Package importkit holds what onrecord's importers share: IDs made from
// foreign names and kept unique, the list of problems an import reports, and
// the reading of numbers that formats write as strings.
package importkit

import (
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/validation"
)

var idPattern = regexp.MustCompile(validation.IDPattern)

// IsID reports whether s has the form of an onrecord ID.
func IsID(s string) bool { return idPattern.MatchString(s) }

// IDs hands out IDs unique within one document.
type IDs struct{ used map[string]bool }

// NewIDs returns an empty allocator.
func NewIDs() *IDs { return &IDs{used: map[string]bool{}} }

// Take returns want if it is a free ID, else want with the first free suffix
// "-2", "-3"...; an empty or ill-formed want is replaced by fallback.
func (x *IDs) Take(want, fallback string) string {
	if !IsID(want) {
		want = fallback
	}
	id := want
	for n := 2; x.used[id]; n++ {
		id = want + "-" + strconv.Itoa(n)
		if len(id) > 128 {
			id = fallback + "-" + strconv.Itoa(n)
		}
	}
	x.used[id] = true
	return id
}

// Slug makes an ID from a name: lower-case letters and digits, other runs
// replaced by one hyphen, at most 64 bytes; empty when the name has no ASCII
// letter or digit.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if b.Len() >= 64 {
				break
			}
			continue
		}
		dash = true
	}
	return b.String()
}

// Problems collects problems found in an input, each with the JSON Pointer of
// the offending value in that input.
type Problems struct {
	// List holds the problems in the order found.
	List []validation.Problem
}

// Add records a problem.
func (p *Problems) Add(pointer string, code attribution.Code, msg string) {
	p.List = append(p.List, validation.Problem{Pointer: pointer, Code: validation.Code(code), Message: msg})
}

// Sorted returns the problems in validation's order, one for each pointer and
// code, as the public problems of package attribution.
func (p *Problems) Sorted() []attribution.Problem {
	sorted := validation.Sort(p.List)
	out := make([]attribution.Problem, len(sorted))
	for i, q := range sorted {
		out[i] = attribution.Problem{Pointer: q.Pointer, Code: attribution.Code(q.Code), Message: q.Message, Object: q.Object}
	}
	return out
}

// Pointer joins reference tokens into a JSON Pointer.
func Pointer(base string, tokens ...any) string { return validation.Pointer(base, tokens...) }

// Number reads a JSON number, or a string that holds one (formats that print
// probabilities as "0.8848"); ok is false for anything else.
func Number(raw json.RawMessage) (float64, bool) {
	var f float64
	if err := json.Unmarshal(raw, &f); err == nil {
		return f, true
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return f, err == nil && !math.IsNaN(f) && !math.IsInf(f, 0)
}
