package page

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// color is one named colour of the page's stylesheet. The stylesheet refers to
// colours only through the custom properties these define (var(--text)...), so
// that the contrast test sees every colour the page uses.
type color struct{ name, hex string }

// colors are the page's colours other than the speakers' palette.
var colors = []color{
	{"text", "#1b1b1b"},       // body text, and the text on every mark
	{"bg", "#ffffff"},         // page background
	{"muted", "#4d4d4d"},      // secondary text: labels, counts
	{"link", "#0b57d0"},       // links
	{"panel", "#f2f4f7"},      // background of the details panel and notes
	{"rule", "#767676"},       // borders and rules
	{"error-fg", "#8a1c1c"},   // an error finding, and an unsourced claim
	{"error-bg", "#fdecec"},   //
	{"warning-fg", "#6b4400"}, // a warning finding
	{"warning-bg", "#fff3d4"}, //
	{"notice-fg", "#184c7a"},  // a notice finding
	{"notice-bg", "#e6f0fa"},  //
	{"anon-fg", "#ffffff"},    // the badge of an anonymous speaker
	{"anon-bg", "#333a40"},    //
}

// palette holds the speakers' colours, light enough that the page's text reads
// on every one of them. A document with more speakers than colours reuses
// them; the speakers' numbers and underlines still tell them apart.
var palette = []string{
	"#ffd8a8", // orange
	"#a5d8ff", // blue
	"#b2f2bb", // green
	"#eebefa", // purple
	"#ffec99", // yellow
	"#99e9f2", // cyan
	"#ffc9c9", // red
	"#d0bfff", // violet
	"#c0eb75", // lime
	"#fcc2d7", // pink
	"#96f2d7", // teal
	"#dee2e6", // grey
}

// colorOf returns the hex value of a named colour.
func colorOf(name string) string {
	for _, c := range colors {
		if c.name == name {
			return c.hex
		}
	}
	panic("page: no colour named " + name) // a programming error, caught by the tests
}

// contrastPair is two colours that meet on the page: a foreground (text, or a
// line or outline that carries meaning) on a background, with the contrast
// ratio WCAG 2 level AA asks of it.
type contrastPair struct {
	what   string
	fg, bg string // hex values
	min    float64
}

// The WCAG 2 level AA minimum contrast ratios.
const (
	minText    = 4.5 // text of normal size (1.4.3)
	minNonText = 3.0 // graphical objects and the parts of controls that show state (1.4.11)
)

// contrastPairs lists every pair of colours that meet on the page.
func contrastPairs() []contrastPair {
	text, bg, panel := colorOf("text"), colorOf("bg"), colorOf("panel")
	ps := []contrastPair{
		{"body text", text, bg, minText},
		{"muted text", colorOf("muted"), bg, minText},
		{"link", colorOf("link"), bg, minText},
		{"text in the panel and notes", text, panel, minText},
		{"muted text in the panel and notes", colorOf("muted"), panel, minText},
		{"link in the panel and notes", colorOf("link"), panel, minText},
		{"rules on the page", colorOf("rule"), bg, minNonText},
		{"rules in the panel", colorOf("rule"), panel, minNonText},
		{"anonymous badge", colorOf("anon-fg"), colorOf("anon-bg"), minText},
		{"focus outline on the page", text, bg, minNonText},
	}
	for _, sev := range []string{"error", "warning", "notice"} {
		ps = append(ps,
			contrastPair{sev + " label", colorOf(sev + "-fg"), colorOf(sev + "-bg"), minText},
			contrastPair{sev + " text on the page", colorOf(sev + "-fg"), bg, minText},
			contrastPair{"text in a " + sev + " note", text, colorOf(sev + "-bg"), minText},
			contrastPair{sev + " border on the page", colorOf(sev + "-fg"), bg, minNonText},
		)
	}
	for i, p := range palette {
		ps = append(ps,
			contrastPair{fmt.Sprintf("text on speaker colour %d", i), text, p, minText},
			contrastPair{fmt.Sprintf("underline on speaker colour %d", i), text, p, minNonText},
			contrastPair{fmt.Sprintf("speaker colour %d's swatch number", i), text, p, minText},
		)
	}
	return ps
}

// rootCSS declares the page's colours as custom properties, and one class per
// colour of the palette (.s0, .s1...) that gives a mark, a swatch or a badge
// its speaker's background.
func rootCSS() string {
	var b strings.Builder
	b.WriteString(":root{")
	for _, c := range colors {
		fmt.Fprintf(&b, "--%s:%s;", c.name, c.hex)
	}
	for i, p := range palette {
		fmt.Fprintf(&b, "--s%d:%s;", i, p)
	}
	b.WriteString("}\n")
	for i := range palette {
		fmt.Fprintf(&b, ".s%d{background-color:var(--s%d)}\n", i, i)
	}
	return b.String()
}

// contrast returns the contrast ratio of two colours given as #rrggbb, as WCAG
// 2 defines it: (L1 + 0.05) / (L2 + 0.05), L1 the lighter's relative
// luminance.
func contrast(a, b string) (float64, error) {
	la, err := luminance(a)
	if err != nil {
		return 0, err
	}
	lb, err := luminance(b)
	if err != nil {
		return 0, err
	}
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05), nil
}

// luminance returns the relative luminance of an sRGB colour given as
// #rrggbb.
func luminance(hex string) (float64, error) {
	if len(hex) != 7 || hex[0] != '#' {
		return 0, fmt.Errorf("colour %q is not #rrggbb", hex)
	}
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		return 0, fmt.Errorf("colour %q is not #rrggbb", hex)
	}
	channel := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	r, g, b := channel(v>>16&0xff), channel(v>>8&0xff), channel(v&0xff)
	return 0.2126*r + 0.7152*g + 0.0722*b, nil
}
