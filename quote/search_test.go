package quote

import (
	"fmt"
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

// TestSuffixArraysAgreeWithScans wants an Index that answers from its
// suffix arrays (after searchesBeforeArray searches) to find exactly what a
// fresh Index finds by scanning: the same spans, errors and counts.
func TestSuffixArraysAgreeWithScans(t *testing.T) {
	texts := []string{
		"“We will act,” the minister said. “We will act,” she repeated. aaaa",
		"cafe\u0301 and café, “No,” he said: \"No,\" and left.\r\nNo,",
		"👨\u200d👩\u200d👧 family 👨 and 🇵🇰🇵🇰 flags, don’t and don't",
		"\xff\xfe invalid \xff bytes \xff",
	}
	pats := []string{"We will act,", "No,", "aa", "a", "café", "cafe", "👨", "🇵🇰", "don't", "don’t", "\xff", "missing", " "}
	for _, text := range texts {
		warm := NewIndex(text)
		for range searchesBeforeArray + 1 {
			warm.searching()
		}
		if warm.arrays == nil {
			t.Fatal("the suffix arrays were not built")
		}
		for _, pat := range pats {
			cold := NewIndex(text)
			wantSpan, wantErr := cold.Locate(pat, WithHint(3))
			gotSpan, gotErr := warm.Locate(pat, WithHint(3))
			if wantSpan != gotSpan || fmt.Sprint(wantErr) != fmt.Sprint(gotErr) {
				t.Errorf("Locate(%q) in %q: arrays give %v, %v; scans %v, %v", pat, text, gotSpan, gotErr, wantSpan, wantErr)
			}
			if want, got := len(naiveIndexAll(text, pat)), warm.Count(pat); want != got {
				t.Errorf("Count(%q) in %q = %d, want %d", pat, text, got, want)
			}
		}
	}
}
