package audit

import (
	"slices"
	"strings"
)

// CheckID is the stable name of a check. Programs compare IDs, never
// messages; an ID, once published, keeps its meaning.
type CheckID string

// The checks. Each value's comment says when it fires; [Checks] gives each
// one's default severity and the newsroom rules it rests on. Checks about
// anonymity look only at anonymous speakers (see
// [github.com/onrecord/onrecord/source.Speaker.Identity]), unless the comment
// says otherwise.
const (
	// CheckAnonymousNoReason: an anonymous source's anonymity has no
	// stated reason. Reads the speaker's anonymity reason.
	CheckAnonymousNoReason CheckID = "anonymous-no-reason"
	// CheckAnonymousBoilerplateReason: the reason given for anonymity is
	// boilerplate ("not authorized to speak publicly", "the sensitivity of
	// the matter", "to speak freely", "in line with policy"). Matches the
	// reason against a fixed list of phrases; a boilerplate reason in
	// other words passes unseen.
	CheckAnonymousBoilerplateReason CheckID = "anonymous-boilerplate-reason"
	// CheckAnonymousVague: an anonymous or unnamed speaker is described too
	// vaguely to judge: the description says only that a source, an
	// official or a person spoke ("a source", "officials", "people"), and
	// the story gives no place, affiliation, expertise or basis of
	// knowledge either. Any other word in the description counts as
	// describing: the check cannot judge whether "Pakistani officials" or
	// "a Western diplomat" says enough, which is an editor's call.
	CheckAnonymousVague CheckID = "anonymous-vague"
	// CheckAnonymousOpinion: an anonymous source gives opinion,
	// speculation or prediction rather than information: an attribution
	// of the source lists a claim of kind opinion or prediction, or one the
	// annotator marked speculative. Words for which no claim is recorded
	// are not judged.
	CheckAnonymousOpinion CheckID = "anonymous-opinion"
	// CheckAnonymousPejorative: an anonymous source attacks or disparages a
	// person or an institution: an attribution of the source lists a claim
	// the annotator marked pejorative. Whether words disparage is the
	// annotator's judgement; the check does not read the words.
	CheckAnonymousPejorative CheckID = "anonymous-pejorative"
	// CheckSingleAnonymousSource: a claim rests on one anonymous source
	// alone: every attribution that lists it goes back to the same
	// anonymous speaker (a nested attribution goes back to the speaker who
	// reports it), and no claim from another source supports it.
	CheckSingleAnonymousSource CheckID = "single-anonymous-source"
	// CheckAnonymousDeclinedComment: a source quoted anonymously is also
	// said to have declined to comment, or not to have answered: the same
	// anonymous speaker has an attribution of type declined-comment or
	// no-response and another that quotes them. The model keeps no link
	// between an anonymous speaker and a named one (it would give the
	// source away), so the check cannot see a named speaker who declines
	// and is the anonymous source too.
	CheckAnonymousDeclinedComment CheckID = "anonymous-declined-comment"
	// CheckPluralSources: a description in the plural ("sources",
	// "officials", "people familiar with the talks") stands for one
	// speaker: a person, anonymous or unnamed, whose description or a
	// mention of whom has a plural noun for a source as its head. Nouns
	// outside the check's list pass unseen. Applies to unnamed speakers
	// too.
	CheckPluralSources CheckID = "plural-sources"
	// CheckDeepBackgroundAttributed: words given on deep background are
	// attributed to a description: an anonymous speaker whose ground rule
	// is deep-background has an attribution.
	CheckDeepBackgroundAttributed CheckID = "deep-background-attributed"
	// CheckAnonymousNoByline: the story uses anonymous sources and its
	// byline names no one.
	CheckAnonymousNoByline CheckID = "anonymous-no-byline"
	// CheckUnsourcedStatistic: a statistical claim has no source: no
	// attribution lists it. Applies to every claim, whoever the speakers.
	CheckUnsourcedStatistic CheckID = "unsourced-statistic"
	// CheckUnattributedDisputed: a claim made on the story's own authority
	// (no attribution lists it) is contradicted or denied by a claim that
	// a source makes, or itself contradicts or denies one: the story takes
	// a side in a dispute without saying who says so. Only relations the
	// annotator recorded count. Applies to every claim.
	CheckUnattributedDisputed CheckID = "unattributed-disputed"
	// CheckContradictedOnBackground: an anonymous source contradicts or
	// denies what the entity they speak for or belong to says on the
	// record: a claim of the anonymous speaker is related by contradicts
	// or denies to a claim of an on-record speaker that the anonymous
	// speaker's attributions name as OnBehalfOf, or that their
	// affiliations name by organizationId (or of another attribution on
	// that entity's behalf). The model keeps no link between an anonymous
	// speaker and a named person, so the same person on the record under
	// their name is beyond the check.
	CheckContradictedOnBackground CheckID = "contradicted-on-background"
	// CheckAnonymousNoBasis: the story does not say how an anonymous source
	// knows what they say (the anonymity's basis: "who attended the
	// meeting"). Whether the basis is good enough is an editor's call.
	CheckAnonymousNoBasis CheckID = "anonymous-no-basis"
)

// Check describes one check: its ID, the severity it has unless a policy
// says otherwise, the newsroom rules it rests on, and what fires it.
type Check struct {
	// ID is the check's stable name.
	ID CheckID
	// Severity is the check's severity in the default policy.
	Severity Severity
	// Rules are the IDs of the newsroom rules the check rests on ("AP-6",
	// "R-2", "NYT-4", "NPR-1", "BBC-3", or [RuleGroundRules]); [Rules]
	// lists them all.
	Rules []string
	// Summary says in one line when the check fires.
	Summary string
}

// RuleGroundRules is the rule ID of the ground rules as all five newsrooms
// use the terms (on the record, on background, on deep background, off the
// record), which no single newsroom numbers.
const RuleGroundRules = "ground-rules"

var checks = []Check{
	{CheckAnonymousNoReason, SeverityWarning, []string{"AP-6", "NPR-2", "NYT-2"},
		"an anonymous source's anonymity has no stated reason"},
	{CheckAnonymousBoilerplateReason, SeverityNotice, []string{"NYT-4"},
		"the reason given for anonymity is boilerplate"},
	{CheckAnonymousVague, SeverityWarning, []string{"AP-7", "NPR-1", "BBC-2"},
		"an anonymous or unnamed source is described too vaguely to judge"},
	{CheckAnonymousOpinion, SeverityWarning, []string{"AP-1"},
		"an anonymous source gives opinion, speculation or prediction rather than information"},
	{CheckAnonymousPejorative, SeverityError, []string{"NPR-4", "R-4", "NYT-3"},
		"an anonymous source attacks or disparages a person or an institution"},
	{CheckSingleAnonymousSource, SeverityWarning, []string{"R-5", "BBC-1", "BBC-3"},
		"a claim rests on one anonymous source alone"},
	{CheckAnonymousDeclinedComment, SeverityError, []string{"AP-8"},
		"a source quoted anonymously is also said to have declined to comment"},
	{CheckPluralSources, SeverityError, []string{"R-2"},
		"a description in the plural stands for one speaker"},
	{CheckDeepBackgroundAttributed, SeverityError, []string{RuleGroundRules},
		"words on deep background are attributed to a description"},
	{CheckAnonymousNoByline, SeverityWarning, []string{"AP-9"},
		"anonymous sources are used and the story has no byline"},
	{CheckUnsourcedStatistic, SeverityWarning, []string{"AP-10"},
		"a statistical claim has no source"},
	{CheckUnattributedDisputed, SeverityWarning, []string{"AP-10"},
		"a claim made on the story's own authority is contradicted or denied by a source"},
	{CheckContradictedOnBackground, SeverityError, []string{"R-3"},
		"a source says one thing on the record and the contrary anonymously"},
	{CheckAnonymousNoBasis, SeverityNotice, []string{"AP-4", "NYT-3"},
		"the story does not say how an anonymous source knows what they say"},
}

// Checks returns every check, in documentation order.
func Checks() []Check {
	out := slices.Clone(checks)
	for i := range out {
		out[i].Rules = slices.Clone(out[i].Rules)
	}
	return out
}

// CheckIDs returns the ID of every check, in documentation order.
func CheckIDs() []CheckID {
	out := make([]CheckID, len(checks))
	for i, c := range checks {
		out[i] = c.ID
	}
	return out
}

// IsValid reports whether id names one of the checks.
func (id CheckID) IsValid() bool {
	return slices.ContainsFunc(checks, func(c Check) bool { return c.ID == id })
}

// Check returns the description of the check with the ID.
func (id CheckID) Check() (Check, bool) {
	i := slices.IndexFunc(checks, func(c Check) bool { return c.ID == id })
	if i < 0 {
		return Check{}, false
	}
	c := checks[i]
	c.Rules = slices.Clone(c.Rules)
	return c, true
}

// order is the check's place in the table, for sorting findings.
func (id CheckID) order() int {
	return slices.IndexFunc(checks, func(c Check) bool { return c.ID == id })
}

// restsOn reports whether the check rests on a rule of the newsroom whose
// rule IDs start with prefix ("AP-"); the ground rules belong to every
// newsroom.
func (c Check) restsOn(prefix string) bool {
	return slices.ContainsFunc(c.Rules, func(r string) bool {
		return r == RuleGroundRules || strings.HasPrefix(r, prefix)
	})
}
