package quote

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// folding is a text in the form that tolerant matching compares: composed
// (NFC), with typographic variants folded to their plain forms and line ends
// to \n. It remembers,
// for each normalization segment (a starter and its combining marks), where
// the segment starts in the folded text and in the original text, so that a
// match in the folded text is reported in the original.
type folding struct {
	text string
	segs []segment // in order; the last one marks the end of both texts
}

type segment struct {
	b  int // byte offset in the folded text
	cp int // code-point offset in the original text
}

// foldText folds s, keeping the segment map.
func foldText(s string) *folding {
	// A segment holds one code point or more: room for one each, and the end.
	f := &folding{segs: make([]segment, 0, utf8.RuneCountInString(s)+1)}
	f.text = fold(s, &f.segs)
	return f
}

// foldString folds s, with no map, as foldText would.
func foldString(s string) string {
	if !utf8.ValidString(s) {
		return fold(s, nil)
	}
	// Valid text normalizes whole as it does segment by segment.
	var b strings.Builder
	b.Grow(len(s))
	foldInto(&b, norm.NFC.Bytes([]byte(s)), 0)
	return b.String()
}

// fold folds s segment by segment and, unless segs is nil, appends to it
// where each segment starts, and then the end. A segment that is not valid
// UTF-8 composes with nothing; it is split into its code points, as the
// text counts them, so that a match may start at any of them.
func fold(s string, segs *[]segment) string {
	var b strings.Builder
	b.Grow(len(s))
	var it norm.Iter
	it.InitString(norm.NFC, s)
	cp, at := 0, 0
	for !it.Done() {
		seg := it.Next()
		in := s[at:it.Pos()]
		at = it.Pos()
		var next byte
		if at < len(s) {
			next = s[at]
		}
		if len(in) == 1 && in[0] < utf8.RuneSelf {
			// One ASCII character, most of a news text: nothing to
			// normalize, only \r\n to fold.
			if segs != nil {
				*segs = append(*segs, segment{b: b.Len(), cp: cp})
			}
			if in[0] != '\r' || next != '\n' {
				b.WriteByte(in[0])
			}
			cp++
			continue
		}
		if utf8.ValidString(in) {
			if segs != nil {
				*segs = append(*segs, segment{b: b.Len(), cp: cp})
			}
			foldInto(&b, seg, next)
			cp += utf8.RuneCountInString(in)
			continue
		}
		for i := 0; i < len(in); cp++ {
			_, w := utf8.DecodeRuneInString(in[i:])
			after := next
			if i+w < len(in) {
				after = in[i+w]
			}
			if segs != nil {
				*segs = append(*segs, segment{b: b.Len(), cp: cp})
			}
			foldInto(&b, []byte(in[i:i+w]), after)
			i += w
		}
	}
	cp += utf8.RuneCountInString(s[at:]) // nothing, unless the iterator stopped early
	if segs != nil {
		*segs = append(*segs, segment{b: b.Len(), cp: cp})
	}
	return b.String()
}

// foldInto writes the NFC text p with its typographic variants folded, and
// each \r\n as \n; next is the byte that follows p, 0 for none. A \r
// dropped leaves its segment empty in the folded text, so that a match
// starting at the \n starts, in the original, at the \r.
func foldInto(b *strings.Builder, p []byte, next byte) {
	for len(p) > 0 {
		r, w := utf8.DecodeRune(p)
		if r == '\r' && (w < len(p) && p[w] == '\n' || w == len(p) && next == '\n') {
			p = p[w:]
			continue
		}
		if f := plain(r); f != 0 {
			b.WriteByte(f)
		} else {
			b.Write(p[:w])
		}
		p = p[w:]
	}
}

// plain returns the plain character that a typographic variant stands for,
// or 0 when r is none.
func plain(r rune) byte {
	switch r {
	case '\u2018', // left single quotation mark
		'\u2019', // right single quotation mark, the apostrophe of print
		'\u201B', // single high-reversed-9 quotation mark
		'\u2032': // prime, often typed for an apostrophe
		return '\''
	case '\u201C', // left double quotation mark
		'\u201D', // right double quotation mark
		'\u201E', // double low-9 quotation mark
		'\u2033': // double prime
		return '"'
	case '\u00A0', // no-break space
		'\u202F', // narrow no-break space
		'\u2007': // figure space
		return ' '
	}
	return 0
}

// boundary returns the index of the segment that starts at folded byte b, or
// -1 when b falls inside a segment.
func (f *folding) boundary(b int) int {
	i := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].b >= b })
	if i < len(f.segs) && f.segs[i].b == b {
		return i
	}
	return -1
}

// before returns the folded byte offset of the segment holding original code
// point cp: where the folded text before cp ends.
func (f *folding) before(cp int) int {
	i := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].cp > cp }) - 1
	return f.segs[max(0, i)].b
}

// after returns the folded byte offset of the first segment that starts at or
// after original code point cp: where the folded text after cp begins.
func (f *folding) after(cp int) int {
	i := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].cp >= cp })
	return f.segs[min(i, len(f.segs)-1)].b
}

// Equivalent reports whether a and b differ at most typographically, as
// [Index.Locate] tolerates: straight or curly quotation marks and apostrophes,
// dashes, no-break and other spaces, composed or decomposed characters, and
// CRLF or LF line ends. It is how a program tells a passage typed by a person
// from the text's own characters.
func Equivalent(a, b string) bool { return a == b || foldString(a) == foldString(b) }
