package quote

import "golang.org/x/text/language"

// LanguageTag returns the quote's Language parsed as a BCP 47 tag, and false
// when Language is empty or not a well-formed tag. The JSON form keeps the tag
// exactly as written; validation refuses one that is not well-formed.
func (q Quote) LanguageTag() (language.Tag, bool) { return parseTag(q.Language) }

// LanguageTag returns the language the words were said in, parsed as a BCP 47
// tag, and false when From is empty or not a well-formed tag.
func (t Translation) LanguageTag() (language.Tag, bool) { return parseTag(t.From) }

func parseTag(s string) (language.Tag, bool) {
	if s == "" {
		return language.Und, false
	}
	tag, err := language.Parse(s)
	return tag, err == nil
}
