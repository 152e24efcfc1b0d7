package quotebank

import "encoding/json"

// Quotation is one record of Quotebank's quotation-centric files
// (quotes-YYYY.json.bz2): one quotation, gathered from every article that
// carries it.
type Quotation struct {
	// QuoteID is "YYYY-MM-DD-" and a six-digit number.
	QuoteID string `json:"quoteID"`
	// Quotation is the longest form of the words seen.
	Quotation string `json:"quotation"`
	// Speaker is the most likely speaker, or "None" for none.
	Speaker string `json:"speaker"`
	// QIDs are the Wikidata items of every person whose name or alias
	// matches the speaker's.
	QIDs []string `json:"qids"`
	// Date is the earliest occurrence, "2019-01-17 11:46:57", without a
	// time zone.
	Date string `json:"date"`
	// NumOccurrences is how many times the quotation was found.
	NumOccurrences int `json:"numOccurrences"`
	// Probas are [name, probability] pairs, the chosen speaker first;
	// probabilities are numbers or strings that hold one.
	Probas [][]json.RawMessage `json:"probas"`
	// URLs are the articles that carry the quotation.
	URLs []string `json:"urls"`
	// Phase is the phase of Quotebank's processing, "A" to "E".
	Phase string `json:"phase"`
}

// Article is one record of Quotebank's article-centric files
// (quotebank-YYYY.json.bz2): an article, its tokens joined by single spaces,
// the names in it and its quotations, with offsets that count tokens.
type Article struct {
	// ArticleID identifies the article.
	ArticleID string `json:"articleID"`
	// URL is where the article was published.
	URL string `json:"url"`
	// Date is when, "2019-01-17 11:46:57", without a time zone.
	Date string `json:"date"`
	// Title is the article's title.
	Title string `json:"title"`
	// Content is the article's tokens joined by single spaces.
	Content string `json:"content"`
	// Phase is the phase of Quotebank's processing.
	Phase string `json:"phase"`
	// ArticleLength is the article's length in tokens.
	ArticleLength int `json:"articleLength"`
	// Names are the people named in the article.
	Names []Name `json:"names"`
	// Quotations are the article's quotations.
	Quotations []ArticleQuotation `json:"quotations"`
}

// Name is a person named in an article: the name, the Wikidata items it may
// denote and where it stands. The released files write ids and offsets as
// strings to be parsed ("[[12, 14]]"); arrays are read too.
type Name struct {
	// Name is the name.
	Name string `json:"name"`
	// IDs are the Wikidata items the name may denote.
	IDs json.RawMessage `json:"ids"`
	// Offsets are [start, end] token offsets of each mention.
	Offsets json.RawMessage `json:"offsets"`
}

// ArticleQuotation is a quotation of an article-centric record.
type ArticleQuotation struct {
	// QuoteID is the quotation's ID in the quotation-centric files.
	QuoteID string `json:"quoteID"`
	// NumOccurrences is how many times the quotation was found overall.
	NumOccurrences int `json:"numOccurrences"`
	// Quotation is the words, as in the content.
	Quotation string `json:"quotation"`
	// QuotationOffset is the token offset of the quotation's first word.
	QuotationOffset int `json:"quotationOffset"`
	// ContextStart is the token offset of the context the speaker was
	// chosen from.
	ContextStart int `json:"contextStart"`
	// ContextEnd is the token offset just past that context.
	ContextEnd int `json:"contextEnd"`
	// GlobalTopSpeaker is the speaker chosen across every article; the
	// quotation-centric record holds it too.
	GlobalTopSpeaker string `json:"globalTopSpeaker"`
	// GlobalProbas are the candidates across every article.
	GlobalProbas [][]json.RawMessage `json:"globalProbas"`
	// LocalTopSpeaker is the speaker chosen in this article, or "None".
	LocalTopSpeaker string `json:"localTopSpeaker"`
	// LocalProbas are the candidates in this article.
	LocalProbas [][]json.RawMessage `json:"localProbas"`
	// LeftContext is the words before the quotation.
	LeftContext string `json:"leftContext"`
	// RightContext is the words after it.
	RightContext string `json:"rightContext"`
}
