package audit

import (
	"fmt"
	"slices"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/source"
)

// Run audits the document under the policy: it runs the checks the policy
// turns on and returns their findings, with the policy's severities, in
// document order (by JSON Pointer, array indexes compared as numbers, then in
// the order of [Checks]). It fails only when the policy does not validate.
//
// Run does not validate the document; run [attribution.Document.Validate]
// first. On an invalid document it reports what it can: a reference that does
// not resolve is passed over, and nothing panics.
func Run(doc *attribution.Document, p Policy) ([]Finding, error) {
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("audit: invalid policy: %w", err)
	}
	if doc == nil {
		return nil, nil
	}
	x := newIndex(doc)
	var out []Finding
	for _, c := range checks {
		sev, on := p.Severity(c.ID)
		if !on {
			continue
		}
		for _, f := range runners[c.ID](x) {
			f.Check, f.Severity, f.Rules = c.ID, sev, slices.Clone(c.Rules)
			out = append(out, f)
		}
	}
	sortFindings(out)
	return out, nil
}

// runners holds the function of every check.
var runners = map[CheckID]func(*index) []Finding{
	CheckAnonymousNoReason:          anonymousNoReason,
	CheckAnonymousBoilerplateReason: anonymousBoilerplateReason,
	CheckAnonymousVague:             anonymousVague,
	CheckAnonymousOpinion:           anonymousOpinion,
	CheckAnonymousPejorative:        anonymousPejorative,
	CheckSingleAnonymousSource:      singleAnonymousSource,
	CheckAnonymousDeclinedComment:   anonymousDeclinedComment,
	CheckPluralSources:              pluralSources,
	CheckDeepBackgroundAttributed:   deepBackgroundAttributed,
	CheckAnonymousNoByline:          anonymousNoByline,
	CheckUnsourcedStatistic:         unsourcedStatistic,
	CheckUnattributedDisputed:       unattributedDisputed,
	CheckContradictedOnBackground:   contradictedOnBackground,
	CheckAnonymousNoBasis:           anonymousNoBasis,
}

// index is a document with its lookups by ID, built once per audit. Where an
// invalid document repeats an ID, the first entry wins.
type index struct {
	doc       *attribution.Document
	speakers  map[string]int
	quotes    map[string]int
	claims    map[string]int
	attrs     map[string]int
	sources   map[string][]int // claim ID → the attributions that list it
	bySpeaker map[string][]int // speaker ID → the attributions it speaks in
	mentions  map[string][]int // speaker ID → its mentions
	// supporters maps a claim ID to the claims that support it; disputes
	// maps it to the claims that contradict or deny it, or that it
	// contradicts or denies (by index, in document order, each once).
	supporters, disputes map[string][]int
}

func newIndex(doc *attribution.Document) *index {
	x := &index{doc: doc, speakers: map[string]int{}, quotes: map[string]int{}, claims: map[string]int{},
		attrs: map[string]int{}, sources: map[string][]int{}, bySpeaker: map[string][]int{},
		mentions:   map[string][]int{},
		supporters: map[string][]int{}, disputes: map[string][]int{}}
	first := func(m map[string]int, id string, i int) {
		if _, ok := m[id]; !ok {
			m[id] = i
		}
	}
	for i, s := range doc.Speakers {
		first(x.speakers, s.ID, i)
	}
	for i, q := range doc.Quotes {
		first(x.quotes, q.ID, i)
	}
	for i, c := range doc.Claims {
		first(x.claims, c.ID, i)
	}
	for i, a := range doc.Attributions {
		first(x.attrs, a.ID, i)
		for _, c := range a.Claims {
			x.sources[c] = appendOnce(x.sources[c], i)
		}
		for _, s := range speakersOf(a) {
			x.bySpeaker[s] = appendOnce(x.bySpeaker[s], i)
		}
	}
	for i, m := range doc.Mentions {
		x.mentions[m.Speaker] = append(x.mentions[m.Speaker], i)
	}
	for i, c := range doc.Claims {
		for _, r := range c.Relations {
			j, ok := x.claims[r.Claim]
			if !ok || r.Claim == c.ID {
				continue
			}
			switch r.Type {
			case attribution.RelationSupports:
				x.supporters[r.Claim] = appendOnce(x.supporters[r.Claim], i)
			case attribution.RelationContradicts, attribution.RelationDenies:
				x.disputes[r.Claim] = appendOnce(x.disputes[r.Claim], i)
				x.disputes[c.ID] = appendOnce(x.disputes[c.ID], j)
			}
		}
	}
	for id := range x.disputes {
		slices.Sort(x.disputes[id])
	}
	return x
}

// appendOnce appends i to a list unless the list ends with it or holds it.
func appendOnce(list []int, i int) []int {
	if slices.Contains(list, i) {
		return list
	}
	return append(list, i)
}

// speaker returns the speaker with the ID.
func (x *index) speaker(id string) (source.Speaker, bool) {
	i, ok := x.speakers[id]
	if !ok {
		return source.Speaker{}, false
	}
	return x.doc.Speakers[i], true
}

// anonymous reports whether the ID names an anonymous speaker.
func (x *index) anonymous(id string) bool {
	s, ok := x.speaker(id)
	return ok && s.Identity() == source.IdentityAnonymous
}

// speakersOf returns the speakers of an attribution: its speaker and those
// of a joint statement.
func speakersOf(a attribution.Attribution) []string {
	return append([]string{a.Speaker}, a.With...)
}

// root returns the index of the outermost attribution that reports
// attribution i (i itself when it has no parent): the speaker the story has
// nested words from.
func (x *index) root(i int) int {
	for range x.doc.Attributions { // a cycle, in an invalid document, ends here
		p, ok := x.attrs[x.doc.Attributions[i].Parent]
		if x.doc.Attributions[i].Parent == "" || !ok {
			return i
		}
		i = p
	}
	return i
}

// origins returns the speakers a claim goes back to: the speakers of the
// outermost attribution above each attribution that lists it.
func (x *index) origins(claimID string) []string {
	var out []string
	for _, i := range x.sources[claimID] {
		for _, s := range speakersOf(x.doc.Attributions[x.root(i)]) {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// label names a speaker for a message: a named speaker's name, an unnamed or
// anonymous speaker's description (never an anonymous speaker's name, title
// or identifiers), cut short.
func (x *index) label(id string) string {
	s, ok := x.speaker(id)
	if !ok {
		return "an unknown speaker"
	}
	return quoted(s.String())
}

// quotePassage returns an attribution's words: its quote's span as printed,
// or else the quote's text.
func (x *index) quotePassage(a attribution.Attribution) string {
	i, ok := x.quotes[a.Quote]
	if !ok {
		return ""
	}
	q := x.doc.Quotes[i]
	if q.Span != nil && q.Span.Exact != "" {
		return q.Span.Exact
	}
	return q.Text
}

// claimPassage returns where the text makes a claim: its span as printed, or
// else the words of the first attribution that lists it, or else its
// figures as printed.
func (x *index) claimPassage(c attribution.Claim) string {
	if c.Span != nil && c.Span.Exact != "" {
		return c.Span.Exact
	}
	for _, i := range x.sources[c.ID] {
		if p := x.quotePassage(x.doc.Attributions[i]); p != "" {
			return p
		}
	}
	for _, q := range c.Quantities {
		if q.Text != "" {
			return q.Text
		}
	}
	return ""
}

// speakerPassage returns where the text introduces an anonymous or unnamed
// speaker: the words that grant anonymity when the story has them (with
// terms), or else the first mention, or else the description as printed.
func (x *index) speakerPassage(s source.Speaker, withTerms bool) string {
	if withTerms && s.Anonymity != nil && s.Anonymity.Terms != "" {
		return s.Anonymity.Terms
	}
	for _, k := range x.mentions[s.ID] {
		if e := x.doc.Mentions[k].Span.Exact; e != "" {
			return e
		}
	}
	return description(s)
}

// description returns the description the story prints for a speaker
// without a name.
func description(s source.Speaker) string {
	if s.Anonymity != nil {
		return s.Anonymity.Description
	}
	return s.Description
}

// attributionsOf returns the index of every attribution whose speakers
// include the speaker, in document order.
func (x *index) attributionsOf(id string) []int { return x.bySpeaker[id] }

// anonymousClaims calls fn for every claim that an anonymous speaker's attribution
// lists, with the attribution's index, the claim's place in its list, the
// claim and the speaker.
func (x *index) anonymousClaims(fn func(ai, k int, c attribution.Claim, speaker string)) {
	for ai, a := range x.doc.Attributions {
		for _, sp := range speakersOf(a) {
			if !x.anonymous(sp) {
				continue
			}
			for k, id := range a.Claims {
				if ci, ok := x.claims[id]; ok {
					fn(ai, k, x.doc.Claims[ci], sp)
				}
			}
		}
	}
}
