package quote

// Quote is one report of what a speaker said or wrote: a direct quotation, a
// paraphrase, a quoted fragment or a paraphrase with quoted fragments. Who said
// it is not part of the quote: an attribution joins a quote to its speaker (see
// package attribution). PARC: the content of an attribution, with its cue;
// schema.org: Quotation; W3C PROV-O: Quotation.
type Quote struct {
	// ID identifies the quote within its document. Required. JSON-LD: @id.
	ID string `json:"id" validate:"required,id"`
	// Kind is direct, indirect, partial or mixed. Required.
	Kind Kind `json:"kind" validate:"required,enum"`
	// Text is the content. For a direct or partial quote, the words
	// exactly as printed between the quotation marks, without the marks;
	// for an indirect quote, the writer's paraphrase; for a mixed quote,
	// the whole paraphrase including its quoted fragments. When Span is
	// set, Text is exactly the span's text. Required. schema.org:
	// Quotation.text.
	Text string `json:"text" validate:"required"`
	// Fragments are the verbatim parts of a mixed quote, each a substring
	// of Text. Required (one or more) for a mixed quote; must be empty for
	// every other kind.
	Fragments []Fragment `json:"fragments,omitempty" validate:"omitempty,dive"`
	// Span is where the content stands in the text. Optional; a document
	// with its full text checks it. W3C: TextPositionSelector and
	// TextQuoteSelector.
	Span *Span `json:"span,omitempty"`
	// Cue is the word or phrase that introduces the quote. Optional. PARC:
	// cue.
	Cue *Cue `json:"cue,omitempty"`
	// Channel is how the words were obtained. Optional.
	Channel *Channel `json:"channel,omitempty"`
	// Recipient is whom the speaker addressed, as the text names them ("The
	// Media Line" in "told The Media Line"). Optional.
	Recipient string `json:"recipient,omitempty"`
	// Language is the language of Text, a BCP 47 tag ("en", "ur-PK").
	// Optional; when empty, the document's language. schema.org:
	// inLanguage.
	Language string `json:"language,omitempty" validate:"omitempty,langtag"`
	// Translation says that Text is a translation, and from what. Optional.
	Translation *Translation `json:"translation,omitempty"`
	// Said is when the words were said or written, as precisely as the text
	// tells: "2024-03", "2024-03-20", or an RFC 3339 date and time.
	// Optional. schema.org: dateCreated.
	Said string `json:"said,omitempty" validate:"omitempty,isodate"`
	// ContinuationOf is the ID of the direct quote that this one continues
	// when a cue splits a quotation in two (“...,” X said. “...”). Optional;
	// only a direct quote continues another direct quote.
	ContinuationOf string `json:"continuationOf,omitempty" validate:"omitempty,id"`
}

// Fragment is a verbatim part of a mixed quote.
type Fragment struct {
	// Text is the fragment exactly as printed between quotation marks,
	// without the marks; exactly the span's text when Span is set.
	// Required.
	Text string `json:"text" validate:"required"`
	// Span is where the fragment stands in the text. Optional.
	Span *Span `json:"span,omitempty"`
}

// Translation records that a quote's words were translated.
type Translation struct {
	// From is the BCP 47 tag of the language the words were said in
	// ("ps", "ur"). Required.
	From string `json:"from" validate:"required,langtag"`
	// Original is the words in their original language, when the text or
	// the annotator has them. Optional.
	Original string `json:"original,omitempty"`
	// By names who translated: the publication, a named translator, a
	// program. Optional.
	By string `json:"by,omitempty"`
}

// Validate checks the quote's own rules: field formats, what its kind
// requires, its spans' consistency. References to other quotes are checked
// only by a document. The error is an
// [github.com/onrecord/onrecord/attribution.ValidationError].
func (q Quote) Validate() error { return validate(q) }
