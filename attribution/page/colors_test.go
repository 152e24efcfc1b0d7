package page

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"testing"
)

func TestContrastFormula(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#ffffff", "#ffffff", 1},
		{"#777777", "#ffffff", 4.48}, // the grey that just fails AA
		{"#767676", "#ffffff", 4.54}, // the grey that just passes
		{"#0000ff", "#ffffff", 8.59},
	}
	for _, tt := range tests {
		got, err := contrast(tt.a, tt.b)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrast(%s, %s) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
	for _, bad := range []string{"", "#fff", "ffffff", "#gggggg", "#1234567"} {
		if _, err := contrast(bad, "#ffffff"); err == nil {
			t.Errorf("contrast(%q) did not fail", bad)
		}
	}
}

// TestContrastAA computes the contrast of every pair of colours that meet on
// the page and checks it against WCAG 2 level AA.
func TestContrastAA(t *testing.T) {
	for _, p := range contrastPairs() {
		got, err := contrast(p.fg, p.bg)
		if err != nil {
			t.Fatal(err)
		}
		if got < p.min {
			t.Errorf("%s: %s on %s has contrast %.2f, want at least %.1f", p.what, p.fg, p.bg, got, p.min)
		}
	}
}

// TestEveryColourChecked checks that the stylesheet uses colours only through
// the custom properties the contrast test knows, that each is defined, and
// that every colour defined meets another in some checked pair.
func TestEveryColourChecked(t *testing.T) {
	literal := regexp.MustCompile(`#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(|[\s:,(](?:red|green|blue|black|white|gray|grey|yellow|orange|purple|silver|navy|maroon|currentcolor)[\s;,)!}]`)
	if m := literal.FindAllString(pageCSS, -1); len(m) > 0 {
		t.Errorf("page.css names colours outside the custom properties: %v", m)
	}
	defined := map[string]string{}
	for _, c := range colors {
		defined[c.name] = c.hex
	}
	for i, p := range palette {
		defined["s"+strconv.Itoa(i)] = p
	}
	for _, m := range regexp.MustCompile(`var\(--([a-z0-9-]+)\)`).FindAllStringSubmatch(pageCSS+rootCSS(), -1) {
		if _, ok := defined[m[1]]; !ok {
			t.Errorf("the stylesheet uses --%s, which is not defined", m[1])
		}
	}
	var inPairs []string
	for _, p := range contrastPairs() {
		inPairs = append(inPairs, p.fg, p.bg)
	}
	for name, hex := range defined {
		if !slices.Contains(inPairs, hex) {
			t.Errorf("colour --%s (%s) is in no checked pair", name, hex)
		}
	}
	// Speakers' colours differ from each other.
	seen := map[string]bool{}
	for _, p := range palette {
		if seen[p] {
			t.Errorf("palette repeats %s", p)
		}
		seen[p] = true
	}
}
