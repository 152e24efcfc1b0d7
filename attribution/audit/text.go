package audit

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/source"
)

// Group is the findings about one speaker, or about the story itself, with
// the label to show people.
type Group struct {
	// Speaker is the ID of the speaker the findings concern; empty for the
	// story itself.
	Speaker string
	// Label names the group for people: a named speaker's name; an
	// unnamed or anonymous speaker's description followed by "(unnamed)"
	// or "(anonymous)"; "the story itself" for findings about the story
	// and the claims it makes on its own authority. It never holds an
	// anonymous speaker's name, title or identifiers.
	Label string
	// Findings are the group's findings, in the order given.
	Findings []Finding
}

// Groups gathers findings by the speaker they concern: the speakers in the
// document's order, then speakers the document does not hold, then the story
// itself.
func Groups(doc *attribution.Document, findings []Finding) []Group {
	var speakers []source.Speaker
	if doc != nil {
		speakers = doc.Speakers
	}
	place := map[string]int{}
	for i, s := range speakers {
		if _, ok := place[s.ID]; !ok {
			place[s.ID] = i
		}
	}
	order := func(id string) int {
		if id == "" {
			return len(speakers) + 1
		}
		if i, ok := place[id]; ok {
			return i
		}
		return len(speakers)
	}
	var groups []Group
	at := map[string]int{} // speaker ID → its group
	for _, f := range findings {
		i, ok := at[f.Speaker]
		if !ok {
			label := "the story itself"
			if f.Speaker != "" {
				label = "an unknown speaker"
				if j, ok := place[f.Speaker]; ok {
					label = speakerLabel(speakers[j])
				}
			}
			groups = append(groups, Group{Speaker: f.Speaker, Label: label})
			i = len(groups) - 1
			at[f.Speaker] = i
		}
		groups[i].Findings = append(groups[i].Findings, f)
	}
	slices.SortStableFunc(groups, func(a, b Group) int { return order(a.Speaker) - order(b.Speaker) })
	return groups
}

// speakerLabel names a speaker for people, never by an anonymous speaker's
// name.
func speakerLabel(s source.Speaker) string {
	switch s.Identity() {
	case source.IdentityAnonymous:
		return s.String() + " (anonymous)"
	case source.IdentityUnnamed:
		return s.String() + " (unnamed)"
	}
	return s.String()
}

// passageWidth is how many code points of a passage WriteText prints.
const passageWidth = 160

// WriteText writes findings for people, grouped by speaker as [Groups] does:
// each group's label, then each finding's severity, check, pointer and
// rules, its message, and the passage it is about, quoted. Values from the
// document have their control characters escaped and are cut short. It
// returns the first error from w.
func WriteText(w io.Writer, doc *attribution.Document, findings []Finding) error {
	var b strings.Builder
	for gi, g := range Groups(doc, findings) {
		if gi > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s\n", Printable(g.Label, 120))
		for _, f := range g.Findings {
			fmt.Fprintf(&b, "  %-7s %s %s [%s]\n", f.Severity, f.Check, Printable(f.Pointer, 120), strings.Join(f.Rules, " "))
			fmt.Fprintf(&b, "          %s\n", Printable(f.Message, 400))
			if f.Passage != "" {
				fmt.Fprintf(&b, "          “%s”\n", Printable(f.Passage, passageWidth))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Printable returns a value from a document made safe to print: control
// characters and the characters that reorder text (bidirectional overrides
// and isolates) written as Go escapes (\n, \t, \u202e), an invalid UTF-8 byte
// as \xff, and the value cut to max code points with "…" at the end (no cut
// when max is 0 or less).
func Printable(s string, max int) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); {
		if max > 0 && n == max {
			b.WriteString("…")
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			fmt.Fprintf(&b, `\x%02x`, r)
		case (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f ||
			r == 0x061c || r == 0x2028 || r == 0x2029:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		i += size
		n++
	}
	return b.String()
}
