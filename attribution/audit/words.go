package audit

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// words splits a description into lower-case words: runs of letters,
// digits, hyphens and apostrophes ("islamabad-based", "officials'").
func words(s string) []string {
	s = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
}

// vagueWords are the words of a description that say nothing about who a
// source is: determiners and counts, the generic nouns for a source, and the
// stock phrase "familiar with the matter".
var vagueWords = map[string]bool{
	"a": true, "an": true, "the": true, "some": true, "several": true, "one": true, "two": true, "three": true,
	"four": true, "five": true, "few": true, "many": true, "various": true, "other": true, "others": true,
	"certain": true, "multiple": true, "another": true, "any": true, "more": true, "most": true, "both": true,
	"number": true, "of": true, "unnamed": true, "unidentified": true, "anonymous": true,
	"source": true, "sources": true, "official": true, "officials": true, "person": true, "people": true,
	"persons": true, "individual": true, "individuals": true, "insider": true, "insiders": true,
	"someone": true, "somebody": true, "party": true, "parties": true, "figure": true, "figures": true,
	"authority": true, "authorities": true, "informant": true, "informants": true, "contact": true,
	"contacts": true,
	"familiar": true, "knowledgeable": true, "aware": true, "close": true, "with": true, "to": true,
	"matter": true, "situation": true, "issue": true, "subject": true,
}

// saysNothing reports whether a description is made only of vague words (or
// is empty).
func saysNothing(desc string) bool {
	return !slices.ContainsFunc(words(desc), func(w string) bool { return !vagueWords[w] })
}

// pluralNouns are nouns in the plural that stand for sources.
var pluralNouns = map[string]bool{
	"sources": true, "officials": true, "people": true, "persons": true, "insiders": true, "aides": true,
	"advisers": true, "advisors": true, "diplomats": true, "officers": true, "members": true, "experts": true,
	"analysts": true, "residents": true, "witnesses": true, "employees": true, "executives": true,
	"lawmakers": true, "legislators": true, "investigators": true, "authorities": true, "ministers": true,
	"spokespeople": true, "spokesmen": true, "spokeswomen": true, "representatives": true,
	"negotiators": true, "commanders": true, "lawyers": true, "individuals": true, "staffers": true,
	"colleagues": true, "relatives": true, "neighbors": true, "neighbours": true, "activists": true,
	"workers": true, "soldiers": true, "informants": true, "contacts": true, "observers": true,
}

// heads are the words after which a noun no longer heads a description: a
// preposition or a relative pronoun starts a phrase that modifies the head
// ("a source close to the officials", "one of the officials").
var heads = map[string]bool{
	"of": true, "with": true, "to": true, "among": true, "from": true, "for": true, "by": true, "in": true,
	"at": true, "on": true, "near": true, "inside": true, "within": true, "about": true, "under": true,
	"who": true, "that": true, "which": true, "whom": true, "whose": true,
}

// pluralHead returns the plural noun that heads a description, if it has
// one.
func pluralHead(desc string) (string, bool) {
	for _, w := range words(desc) {
		if heads[w] {
			return "", false
		}
		if pluralNouns[w] {
			return w, true
		}
	}
	return "", false
}

// boilerplate are the stock reasons for anonymity that The New York Times
// asks reporters to avoid, and their kin, matched in a reason in lower case
// with straight apostrophes and single spaces.
var boilerplate = []*regexp.Regexp{
	regexp.MustCompile(`(?:\bnot|\b[a-z]+n't) (?:been )?(?:authori[sz]ed|allowed|permitted|cleared|entitled|empowered)\b`),
	regexp.MustCompile(`\bunauthori[sz]ed to\b`),
	regexp.MustCompile(`\bsensitiv(?:e|ity)\b`),
	regexp.MustCompile(`\b(?:to|could|can|might|would) (?:speak|talk|comment) (?:freely|candidly|frankly|openly)\b`),
	regexp.MustCompile(`\b(?:in (?:line|keeping|accordance) with|under|per|as is|following) (?:[a-z']+ ){0,3}(?:policy|policies|protocol|practice|custom|customary|rules|guidelines)\b`),
	regexp.MustCompile(`\bnot (?:a|an|the) (?:official|designated|authori[sz]ed) spokes(?:person|man|woman)\b`),
}

// boilerplatePhrase returns the boilerplate part of a reason for anonymity,
// if it has one.
func boilerplatePhrase(reason string) (string, bool) {
	r := strings.Join(strings.Fields(strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(reason))), " ")
	for _, re := range boilerplate {
		if m := re.FindString(r); m != "" {
			return m, true
		}
	}
	return "", false
}

// quoted returns a value from the document for a message: between curly
// quotation marks, its control characters escaped and cut to 80 code points.
func quoted(s string) string { return "“" + Printable(s, 80) + "”" }
