package quote

// Cue is the word or phrase that ties a quote to its speaker: "said", "told",
// "denies", "according to", "pointed to". PARC: the cue of an attribution.
type Cue struct {
	// Text is the cue as printed ("told", "called on"). Required.
	Text string `json:"text" validate:"required"`
	// Lemma is the cue's dictionary form ("tell", "call on"), for
	// grouping cues across tenses. Optional.
	Lemma string `json:"lemma,omitempty"`
	// Span is where the cue stands in the text. Optional.
	Span *Span `json:"span,omitempty"`
}
