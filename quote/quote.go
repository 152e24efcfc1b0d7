package quote

import "slices"

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
	// Edits are the marks an editor left inside verbatim words: an ellipsis
	// for words left out, brackets around words put in ("[the junta]").
	// Each edit's text occurs in Text. Optional; only on a direct, partial
	// or mixed quote.
	Edits []Edit `json:"edits,omitempty" validate:"omitempty,dive"`
	// Cue is the word or phrase that introduces the quote. Optional; must
	// be absent when Implicit is set. PARC: cue.
	Cue *Cue `json:"cue,omitempty"`
	// Implicit records that the story attributes the words with no cue at
	// all: a quotation that follows a speaker's earlier words, a
	// paragraph that carries on a paraphrase. Optional; false when the cue
	// is merely not recorded. PARC: an attribution with no cue.
	Implicit bool `json:"implicit,omitempty"`
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
	// tells: "2024-03", "2024-03-20", or an RFC 3339 date and time; for a
	// period ("earlier this week"), its first day. Optional. schema.org:
	// dateCreated.
	Said string `json:"said,omitempty" validate:"omitempty,isodate"`
	// SaidUntil is the last day of the period in which the words were said,
	// when the story gives a period rather than a day ("earlier this week":
	// Said the Monday, SaidUntil the day before the story). Optional;
	// requires Said and is not before it.
	SaidUntil string `json:"saidUntil,omitempty" validate:"omitempty,isodate"`
	// SaidAs is when the words were said as the story puts it, as printed:
	// "late Thursday", "earlier this week", "on Monday". Optional.
	SaidAs string `json:"saidAs,omitempty"`
	// ContinuationOf is the ID of the direct quote that this one continues
	// when a cue splits a quotation in two (“...,” X said. “...”). Optional;
	// only a direct quote continues another direct quote.
	ContinuationOf string `json:"continuationOf,omitempty" validate:"omitempty,id"`
	// Candidates are the speakers a program weighed for these words, each
	// with its probability, most likely first as the program listed them;
	// a candidate with no speaker stands for "no speaker", the chance that
	// the words are not attributed at all (Quotebank's "None"). Each
	// speaker appears once, "no speaker" at most once, and the
	// probabilities add up to at most 1. Optional; a document checks that
	// each speaker ID names one of its speakers. Quotebank: probas.
	Candidates []Candidate `json:"candidates,omitempty" validate:"omitempty,dive"`
	// Occurrences is how many times the words were found across a corpus,
	// when the quote gathers them from many texts. Optional; 1 or more.
	// Quotebank: numOccurrences.
	Occurrences int `json:"occurrences,omitempty" validate:"omitempty,gte=1"`
	// URLs lists the pages where the words were found, when a corpus
	// gathers them from several texts. Optional; absolute http or https
	// URLs. Quotebank: urls.
	URLs []string `json:"urls,omitempty" validate:"omitempty,dive,http_url"`
}

// Candidate is one speaker that a program considered for a quote's words,
// with the probability it gave them.
type Candidate struct {
	// Speaker is the ID of the speaker considered. Empty for the candidate
	// "no speaker": the probability that the words are attributed to no
	// one (Quotebank's "None"). Optional.
	Speaker string `json:"speaker,omitempty" validate:"omitempty,id"`
	// Probability is how likely the program held the candidate to be the
	// speaker, from 0 to 1. Required.
	Probability float64 `json:"probability" validate:"gte=0,lte=1"`
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

// Edit is a mark an editor left inside a speaker's verbatim words.
type Edit struct {
	// Kind is an elision or an insertion. Required.
	Kind EditKind `json:"kind" validate:"required,enum"`
	// Text is the mark as printed: an ellipsis ("...", "…", "[...]") for
	// an elision, the bracketed words ("[the junta]") for an insertion.
	// It occurs in the quote's text. Required.
	Text string `json:"text" validate:"required"`
	// Span is where the mark stands in the text. Optional.
	Span *Span `json:"span,omitempty"`
}

// EditKind says what an editor's mark inside a quotation does.
type EditKind string

const (
	// EditElision marks words left out, with an ellipsis.
	EditElision EditKind = "elision"
	// EditInsertion marks words put in by the editor, in square brackets,
	// to make a quotation read on its own.
	EditInsertion EditKind = "insertion"
)

var editKinds = []EditKind{EditElision, EditInsertion}

// EditKinds returns every kind of edit, in documentation order.
func EditKinds() []EditKind { return slices.Clone(editKinds) }

// IsValid reports whether k is one of the kinds above.
func (k EditKind) IsValid() bool { return slices.Contains(editKinds, k) }

// Translation records that a quote's words were translated.
type Translation struct {
	// From is the BCP 47 tag of the language the words were said in
	// ("ps", "ur"). Optional: a story may say its quote was translated
	// without saying from what.
	From string `json:"from,omitempty" validate:"omitempty,langtag"`
	// Basis says whether the story states the translation ("said in
	// Pashto", "translated from French") or the annotator infers it.
	// Optional.
	Basis TranslationBasis `json:"basis,omitempty" validate:"omitempty,enum"`
	// Original is the words in their original language, when the text or
	// the annotator has them. Optional.
	Original string `json:"original,omitempty"`
	// By names who translated: the publication, a named translator, a
	// program. Optional.
	By string `json:"by,omitempty"`
}

// TranslationBasis says how a document knows that a quote was translated.
type TranslationBasis string

const (
	// TranslationStated: the story says the words were translated, or in
	// which language they were said.
	TranslationStated TranslationBasis = "stated"
	// TranslationInferred: the story says nothing; the annotator infers a
	// translation (a Pashto-speaking official quoted in English).
	TranslationInferred TranslationBasis = "inferred"
)

var translationBases = []TranslationBasis{TranslationStated, TranslationInferred}

// TranslationBases returns every basis of a translation, in documentation
// order.
func TranslationBases() []TranslationBasis { return slices.Clone(translationBases) }

// IsValid reports whether b is one of the bases above.
func (b TranslationBasis) IsValid() bool { return slices.Contains(translationBases, b) }

// Validate checks the quote's own rules: field formats, what its kind
// requires, its spans' consistency. References to other quotes are checked
// only by a document. The error is a
// [*github.com/onrecord/onrecord/attribution.ValidationError].
func (q Quote) Validate() error { return validate(q) }
