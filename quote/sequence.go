package quote

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// A character sequence is what a reader sees as one character but the text
// holds as several code points: a base and the combining marks after it, an
// emoji joined to the next by a zero-width joiner, with a variation selector
// or a skin-tone modifier, the two regional indicators of a flag, and the
// \r\n of a line end. A span that [Index.Locate] returns never starts or ends
// inside one.

const zwj = '\u200D' // zero-width joiner

// extends reports whether r belongs to the sequence of the code point before
// it: a combining mark (Unicode categories Mn, Mc, Me), a zero-width joiner, a
// variation selector (U+FE00–U+FE0F) or an emoji modifier (U+1F3FB–U+1F3FF).
func extends(r rune) bool {
	switch {
	case r < '\u0300': // the first combining mark
		return false
	case r == zwj, '\uFE00' <= r && r <= '\uFE0F', '\U0001F3FB' <= r && r <= '\U0001F3FF':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}

// regional reports whether r is a regional indicator, half of a flag.
func regional(r rune) bool { return '\U0001F1E6' <= r && r <= '\U0001F1FF' }

// joints returns, in order, the byte offsets of s that fall inside a
// character sequence. The start and the end of s are never among them.
func joints(s string) []int {
	var out []int
	prev, flags := rune(-1), 0 // flags: regional indicators in a row, prev the last
	for b := 0; b < len(s); {
		r, w := rune(s[b]), 1
		if r < utf8.RuneSelf && r != '\n' && prev != zwj {
			// ASCII joins only an \r before it, or a joiner.
			prev, flags, b = r, 0, b+1
			continue
		}
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[b:])
		}
		if b > 0 && (extends(r) || prev == zwj || prev == '\r' && r == '\n' || regional(r) && flags%2 == 1) {
			out = append(out, b)
		}
		if regional(r) {
			flags++
		} else {
			flags = 0
		}
		prev, b = r, b+w
	}
	return out
}

// cuts reports whether byte offset b of the text falls inside a character
// sequence.
func (x *Index) cuts(b int) bool {
	x.jointsOnce.Do(func() { x.joints = joints(x.text) })
	_, found := slices.BinarySearch(x.joints, b)
	return found
}
