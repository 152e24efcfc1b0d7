package quote

// Cue is the word or phrase that ties a quote to its speaker: "said", "told",
// "denies", "according to", "pointed to". PARC: the cue of an attribution.
type Cue struct {
	// Text is the cue as printed ("told", "called on"): a word or a short
	// phrase of at most 100 characters. Required.
	Text string `json:"text" validate:"required,max=100"`
	// Lemma is the cue's dictionary form ("tell", "call on"), for
	// grouping cues across tenses. Optional; at most 100 characters.
	Lemma string `json:"lemma,omitempty" validate:"omitempty,max=100"`
	// Span is where the cue stands in the text; its exact text is Text.
	// Optional.
	Span *Span `json:"span,omitempty"`
}
