package attribution

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// Format prints the document as fmt prints any struct, for every verb and
// flag, with each speaker printed by [source.Speaker.Format], which never
// shows an anonymous speaker's identity. Without it, fmt would print the
// speakers of a *Document held in a struct field field by field whenever the
// verb does not suit a pointer (%s, %d, %x...), identities and all.
func (d Document) Format(f fmt.State, verb rune) {
	type fields Document // the same fields, without this method
	out := fmt.Sprintf(fmt.FormatString(f, verb), fields(d))
	if verb == 'v' && f.Flag('#') {
		out = strings.Replace(out, "attribution.fields{", "attribution.Document{", 1)
	}
	io.WriteString(f, out)
}

// LogValue gives log/slog a summary of the document: its format version, its
// headline, and how many speakers, quotes, attributions and claims it has.
// The speakers themselves, and the text, are left out of logs; log a speaker
// on its own for its ID, kind and description (see
// [source.Speaker.LogValue]).
func (d Document) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("formatVersion", d.FormatVersion),
		slog.String("headline", d.Article.Headline),
		slog.Int("speakers", len(d.Speakers)),
		slog.Int("quotes", len(d.Quotes)),
		slog.Int("attributions", len(d.Attributions)),
		slog.Int("claims", len(d.Claims)),
	)
}

var (
	_ fmt.Formatter  = Document{}
	_ slog.LogValuer = Document{}
)
