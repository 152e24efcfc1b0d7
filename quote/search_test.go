package quote

import (
	"slices"
	"strings"
	"testing"
)

// naiveIndexAll is indexAll the slow, obvious way.
func naiveIndexAll(s, pat string) []int {
	var out []int
	for i := 0; i+len(pat) <= len(s); i++ {
		if s[i:i+len(pat)] == pat {
			out = append(out, i)
		}
	}
	return out
}

func TestIndexAll(t *testing.T) {
	tests := []struct{ s, pat string }{
		{"aaaa", "aa"},
		{"abababab", "abab"},
		{"abcabcabd", "abcabd"},
		{"aabaabaaab", "aab"},
		{"no match here", "xyz"},
		{"short", "longer than s"},
		{"“no.” “no.”", "no."},
		{"\xff\xfe\xff\xfe\xff", "\xfe\xff"},
		{strings.Repeat("ab", 50) + "a", strings.Repeat("ab", 10)},
	}
	for _, tt := range tests {
		var got []int
		indexAll(tt.s, tt.pat, func(i int) { got = append(got, i) })
		if want := naiveIndexAll(tt.s, tt.pat); !slices.Equal(got, want) {
			t.Errorf("indexAll(%q, %q) = %v, want %v", tt.s, tt.pat, got, want)
		}
	}
}

func FuzzIndexAll(f *testing.F) {
	f.Add("abababa", "aba")
	f.Fuzz(func(t *testing.T, s, pat string) {
		if pat == "" {
			return
		}
		var got []int
		indexAll(s, pat, func(i int) { got = append(got, i) })
		if want := naiveIndexAll(s, pat); !slices.Equal(got, want) {
			t.Fatalf("indexAll(%q, %q) = %v, want %v", s, pat, got, want)
		}
	})
}
