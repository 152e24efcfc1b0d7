package citron

import (
	"encoding/json"
	"fmt"
	"io"
)

// Spacy is the part of a spaCy document's JSON form (Doc.to_json) that places
// citron's token offsets: the text and its tokens with their character
// offsets, which count code points as Python does.
type Spacy struct {
	// Text is the document's text.
	Text string `json:"text"`
	// Tokens are its tokens, in order.
	Tokens []Token `json:"tokens"`
}

// ParseSpacy reads a spaCy document's JSON form (Doc.to_json: {"text",
// "tokens": [{"id", "start", "end", ...}], ...}); members other than the text
// and the tokens' offsets are ignored.
func ParseSpacy(r io.Reader) (*Spacy, error) {
	var s Spacy
	dec := json.NewDecoder(r)
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("reading spaCy JSON: %w", err)
	}
	if s.Text == "" || len(s.Tokens) == 0 {
		return nil, fmt.Errorf("reading spaCy JSON: no text or no tokens")
	}
	return &s, nil
}
