package citron

import "encoding/json"

// Span is a stretch of text as citron writes it: start and end offsets (code
// points in the annotation format, spaCy token indices in the runtime
// output) and the words.
type Span struct {
	// Start is the offset of the first character or token.
	Start int `json:"start"`
	// End is the offset just past the last character or token.
	End int `json:"end"`
	// Text is the stretch's words.
	Text string `json:"text"`
}

// AnnotatedQuote is one quote of citron's annotation format.
type AnnotatedQuote struct {
	// Cue is the cue's span.
	Cue *Span `json:"cue,omitempty"`
	// Sources are the spans that name the speaker.
	Sources []Span `json:"sources,omitempty"`
	// Contents are the spans of the words, quotation marks included; a
	// quote split by its cue has several.
	Contents []Span `json:"contents,omitempty"`
	// Coreferences are further spans that refer to the speaker.
	Coreferences []Span `json:"coreferences,omitempty"`
	// Confidence is a number (or a string holding one) from 0 to 1.
	Confidence json.RawMessage `json:"confidence,omitempty"`
	// ID identifies the quote, a string or a number.
	ID json.RawMessage `json:"id,omitempty"`
}

// Annotation is one document of citron's annotation format.
type Annotation struct {
	// Text is the document's text.
	Text string `json:"text"`
	// Quotes are its quotes.
	Quotes []AnnotatedQuote `json:"quotes"`
	// CoreferenceGroups are chains of spans that refer to one entity.
	CoreferenceGroups [][]Span `json:"coreference_groups,omitempty"`
}

// OutputQuote is one quote of citron's runtime output, its spans in spaCy
// token indices.
type OutputQuote struct {
	// Sources are the spans that name the speaker; when citron resolved a
	// pronoun, the antecedent.
	Sources []Span `json:"sources"`
	// Coreferences are the pronouns citron resolved to the sources.
	Coreferences []Span `json:"coreferences"`
	// Cue is the cue's span.
	Cue *Span `json:"cue"`
	// Contents are the spans of the words, quotation marks included.
	Contents []Span `json:"contents"`
	// Confidence is a string formatted to four decimals ("0.9123").
	Confidence json.RawMessage `json:"confidence"`
}

// OutputSource names the program that made a runtime output.
type OutputSource struct {
	// Application is "citron-extractor".
	Application string `json:"application"`
	// Model is the timestamp of the model; citron writes the key as
	// "model:", with the colon.
	Model string `json:"model:"`
}

// Output is citron's runtime output: its quotes and what made them, or an
// error.
type Output struct {
	// Quotes are the quotes found.
	Quotes []OutputQuote `json:"quotes"`
	// Source names the program.
	Source *OutputSource `json:"source,omitempty"`
	// Error is citron's error message, when it failed.
	Error string `json:"error,omitempty"`
}

// Token is one token of a text's tokenisation, by code points, half-open.
type Token struct {
	// Start is the code point offset of the token's first character.
	Start int `json:"start"`
	// End is the code point offset just past its last character.
	End int `json:"end"`
}
