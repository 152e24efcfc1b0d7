package quote

import (
	"index/suffixarray"
	"slices"
	"strings"
)

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

// searchesBeforeArray is how many searches an Index answers by scanning its
// text before it builds suffix arrays of the text and of its folding, which
// answer each later search in time that grows with the number of occurrences
// and the logarithm of the text's length, not with the text. Building them
// costs a few scans of the text and four bytes of memory per byte of text, so
// a single look-up never pays for it and many (re-anchoring a document) do
// not grow with the text.
const searchesBeforeArray = 8

// arrays are the suffix arrays of an Index's text and of its folding.
type arrays struct {
	text, folded *suffixarray.Index
}

// searching counts one search, and returns the suffix arrays once enough
// searches have come to pay for them; nil before.
func (x *Index) searching() *arrays {
	if x.searches.Add(1) <= searchesBeforeArray {
		return nil
	}
	x.arraysOnce.Do(func() {
		x.arrays = &arrays{
			text:   suffixarray.New([]byte(x.text)),
			folded: suffixarray.New([]byte(x.folded().text)),
		}
	})
	return x.arrays
}

// lookAll calls found with the byte offset of every occurrence of pat in s,
// overlapping ones included, in order, as indexAll does; sa, when not nil, is
// the suffix array of s.
func lookAll(sa *suffixarray.Index, s, pat string, found func(int)) {
	if sa == nil {
		indexAll(s, pat, found)
		return
	}
	at := sa.Lookup([]byte(pat), -1)
	slices.Sort(at)
	for _, b := range at {
		found(b)
	}
}

// Count returns how many times s occurs in the text, byte for byte,
// overlapping occurrences included ("aa" occurs twice in "aaa"); 0 for an
// empty s. Like [Index.Locate], it scans the text for its first few searches
// and then answers from a suffix array of the text, so that counting the
// passages of a long document costs no pass over the text each.
func (x *Index) Count(s string) int {
	if s == "" {
		return 0
	}
	var sa *suffixarray.Index
	if a := x.searching(); a != nil {
		sa = a.text
	}
	n := 0
	lookAll(sa, x.text, s, func(int) { n++ })
	return n
}
