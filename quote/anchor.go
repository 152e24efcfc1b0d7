package quote

// DefaultContext is how many code points of prefix and of suffix a span built
// by this package keeps, fewer at the text's edges. Thirty-two code points are
// a few words: enough to tell apart two occurrences of the same quotation, few
// enough to survive most edits nearby.
const DefaultContext = 32

// NewSpan returns the span of text from code point start to code point end,
// half-open, with its exact text and [DefaultContext] code points of prefix
// and suffix. It fails, with an error wrapping [ErrOutOfRange] or [ErrEmpty],
// when the positions are outside the text or end is not after start. For
// offsets in bytes or UTF-16 units, or for many spans of one text, use
// [Index.Span].
func NewSpan(text string, start, end int) (Span, error) {
	return NewIndex(text).Span(start, end, UnitCodePoint)
}
