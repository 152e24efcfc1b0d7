package attribution_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// TestValidationErrorEverywhere: whichever package's Validate or decoding
// fails, errors.As finds a *ValidationError with the problem, and its methods
// read it.
func TestValidationErrorEverywhere(t *testing.T) {
	_, decodeErr := attribution.Decode(bytes.NewReader([]byte(`{"formatVersion": "0.2", "article": {}, "extra": 1}`)))
	for name, tc := range map[string]struct {
		err     error
		pointer string
		code    attribution.Code
	}{
		"speaker":     {source.Speaker{ID: "s", Kind: source.KindPerson}.Validate(), "", attribution.CodeNamedOrAnonymous},
		"quote":       {quote.Quote{ID: "q", Kind: quote.KindMixed, Text: "t"}.Validate(), "/fragments", attribution.CodeQuoteKind},
		"attribution": {attribution.Attribution{ID: "a", Speaker: "s"}.Validate(), "/quote", attribution.CodeRequired},
		"document":    {(&attribution.Document{}).Validate(), "/formatVersion", attribution.CodeRequired},
		"decode":      {decodeErr, "/extra", attribution.CodeUnknownField},
		"wrapped":     {errors.Join(errors.New("context"), source.Speaker{ID: "s", Kind: source.KindPerson}.Validate()), "", attribution.CodeNamedOrAnonymous},
	} {
		t.Run(name, func(t *testing.T) {
			var verr *attribution.ValidationError
			if !errors.As(tc.err, &verr) {
				t.Fatalf("errors.As finds no *ValidationError in %T: %v", tc.err, tc.err)
			}
			if !verr.Has(tc.pointer, tc.code) {
				t.Errorf("no %s problem at %q in %v", tc.code, tc.pointer, verr)
			}
			if verr.Error() == "" || verr.Problems[0].String() == "" {
				t.Error("an empty message")
			}
		})
	}
}
