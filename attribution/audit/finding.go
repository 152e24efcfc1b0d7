package audit

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Finding is one thing an audit reports: which check fired, how grave it is
// under the policy, where (a JSON Pointer into the document), why in English,
// the passage of the text it is about, the newsroom rules it rests on and the
// speaker it concerns.
//
// No finding reveals an anonymous speaker's identity: messages describe an
// anonymous speaker by the description the story prints, and never read a
// name, title, QID or sameAs URL, even from an invalid document that carries
// them.
type Finding struct {
	// Check is the ID of the check that fired.
	Check CheckID `json:"check"`
	// Severity is the finding's severity under the policy.
	Severity Severity `json:"severity"`
	// Pointer is the RFC 6901 JSON Pointer of what the finding is about:
	// a speaker's anonymity, an attribution, a claim, a mention, the
	// article's byline.
	Pointer string `json:"pointer"`
	// Message says in English what is wrong. Values from the document in
	// it have control characters escaped and are cut short.
	Message string `json:"message"`
	// Passage is the passage of the text the finding is about, as the
	// document holds it: a claim's or mention's span, a quote's words, a
	// description or reason as printed. Empty when there is none (a
	// missing byline). It is the document's value in full: a program that
	// prints it escapes and cuts it (see [Printable]).
	Passage string `json:"passage,omitempty"`
	// Rules are the IDs of the newsroom rules the check rests on.
	Rules []string `json:"rules"`
	// Speaker is the ID of the speaker the finding concerns, for grouping;
	// empty for a finding about the story as a whole or a claim it makes
	// on its own authority. An ID is the annotator's key, not an identity;
	// to show people a speaker, print the label that [Groups] gives, never
	// the ID, in case an annotator made an anonymous speaker's ID out of
	// their name.
	Speaker string `json:"speaker,omitempty"`
}

// sortFindings orders findings by pointer, comparing array indexes as
// numbers, then by the checks' order in the table, then by message.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if c := comparePointers(a.Pointer, b.Pointer); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Check.order(), b.Check.order()); c != 0 {
			return c
		}
		return cmp.Compare(a.Message, b.Message)
	})
}

func comparePointers(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		an, aerr := strconv.Atoi(as[i])
		bn, berr := strconv.Atoi(bs[i])
		if aerr == nil && berr == nil {
			return cmp.Compare(an, bn)
		}
		return cmp.Compare(as[i], bs[i])
	}
	return cmp.Compare(len(as), len(bs))
}
