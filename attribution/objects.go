package attribution

import (
	"strconv"
	"strings"

	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/quote"
)

// nameObjects sets each problem's Object: the ID of the speaker, quote,
// attribution or claim its pointer lies in, when that object's ID has the ID
// form (an ID that breaks the form could carry anything, and is not
// repeated).
func (d *Document) nameObjects(ps []validation.Problem) {
	for i := range ps {
		list, rest, ok := strings.Cut(strings.TrimPrefix(ps[i].Pointer, "/"), "/")
		if !ok {
			continue
		}
		index, _, _ := strings.Cut(rest, "/")
		n, err := strconv.Atoi(index)
		if err != nil || n < 0 {
			continue
		}
		var id string
		switch {
		case list == "speakers" && n < len(d.Speakers):
			id = d.Speakers[n].ID
		case list == "quotes" && n < len(d.Quotes):
			id = d.Quotes[n].ID
		case list == "attributions" && n < len(d.Attributions):
			id = d.Attributions[n].ID
		case list == "claims" && n < len(d.Claims):
			id = d.Claims[n].ID
		}
		if isID(id) {
			ps[i].Object = id
		}
	}
}

// isID reports whether s has the ID form: a letter or digit, then up to 127
// letters, digits or . _ : -.
func isID(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case i > 0 && (c == '.' || c == '_' || c == ':' || c == '-'):
		default:
			return false
		}
	}
	return true
}

// mismatchHint says why a span's exact text differs from the text at its
// position, when a likely reason shows: the difference is only typographic
// (quotation marks, apostrophes, dashes, spaces, composed or decomposed
// characters), or the offsets count bytes or UTF-16 units rather than code
// points. It returns "" when the span matches or no reason shows. It never
// repeats the text.
func mismatchHint(x *quote.Index, s *quote.Span) string {
	if s.Exact == "" {
		return ""
	}
	here, err := x.Span(s.Start, s.End, quote.UnitCodePoint)
	if err == nil && here.Exact == s.Exact {
		return ""
	}
	if err == nil && quote.Equivalent(here.Exact, s.Exact) {
		return "the exact text differs from the text only typographically (quotation marks, apostrophes, dashes, spaces or Unicode normalisation): copy the text's own characters"
	}
	for _, u := range []struct {
		unit quote.Unit
		name string
	}{{quote.UnitByte, "bytes"}, {quote.UnitUTF16, "UTF-16 units"}} {
		if sp, err := x.Span(s.Start, s.End, u.unit); err == nil && sp.Exact == s.Exact {
			return "its offsets look like " + u.name + ", not code points: spans count Unicode code points"
		}
	}
	return ""
}
