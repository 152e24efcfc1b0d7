package quote

import "strings"

// indexAll calls found with the byte offset of every occurrence of pat in s,
// overlapping ones included, in order. It runs in time linear in len(s) +
// len(pat) (Knuth–Morris–Pratt), so that a repetitive text cannot make a
// search quadratic; pat must not be empty.
func indexAll(s, pat string, found func(int)) {
	if len(pat) > len(s) {
		return
	}
	// border[i] is the length of the longest proper prefix of pat[:i+1]
	// that is also its suffix.
	border := make([]int, len(pat))
	for i, k := 1, 0; i < len(pat); i++ {
		for k > 0 && pat[i] != pat[k] {
			k = border[k-1]
		}
		if pat[i] == pat[k] {
			k++
		}
		border[i] = k
	}
	k := 0
	for i := 0; i < len(s); i++ {
		if k == 0 {
			// Skip ahead to the next possible start.
			j := strings.IndexByte(s[i:], pat[0])
			if j < 0 {
				return
			}
			i += j
		}
		for k > 0 && s[i] != pat[k] {
			k = border[k-1]
		}
		if s[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			found(i + 1 - len(pat))
			k = border[k-1]
		}
	}
}
