package quote

import "unicode/utf8"

// Span is a stretch of a text, located two ways so that it can be found again
// after the text is edited: by position, counting Unicode code points from the
// start of the text, half-open [Start, End) (W3C Web Annotation's
// TextPositionSelector); and by content, its exact text with some context
// before and after (TextQuoteSelector).
//
// Code points are neither Go's bytes nor JavaScript's UTF-16 units: the
// seed article's byte length and code-point length differ by 140.
type Span struct {
	// Start is the offset of the span's first code point. Required; 0 or
	// more. W3C: TextPositionSelector.start.
	Start int `json:"start" validate:"gte=0"`
	// End is the offset just past the span's last code point; greater
	// than Start. Required. W3C: TextPositionSelector.end.
	End int `json:"end" validate:"gte=0"`
	// Exact is the span's text, exactly as in the document; its length in
	// code points is End-Start. Required. W3C: TextQuoteSelector.exact.
	Exact string `json:"exact" validate:"required"`
	// Prefix is the text just before the span. Optional. W3C:
	// TextQuoteSelector.prefix.
	Prefix string `json:"prefix,omitempty"`
	// Suffix is the text just after the span. Optional. W3C:
	// TextQuoteSelector.suffix.
	Suffix string `json:"suffix,omitempty"`
}

// Len returns the span's length in code points.
func (s Span) Len() int { return s.End - s.Start }

// consistent reports whether the span's positions agree with its exact text.
func (s Span) consistent() bool { return utf8.RuneCountInString(s.Exact) == s.End-s.Start }
