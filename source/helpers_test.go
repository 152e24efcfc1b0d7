package source_test

import (
	"errors"

	"github.com/onrecord/onrecord/attribution"
)

// problems lists an error's problems as "pointer code" lines.
func problems(err error) []string {
	var verr *attribution.ValidationError
	if err == nil {
		return nil
	}
	if !errors.As(err, &verr) {
		return []string{"not a *ValidationError: " + err.Error()}
	}
	var out []string
	for _, p := range verr.Problems {
		out = append(out, p.Pointer+" "+string(p.Code))
	}
	return out
}
