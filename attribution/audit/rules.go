package audit

import "slices"

// Rule is a newsroom's published rule on sourcing, as a checkable statement in
// the project's words, with where the newsroom published it.
type Rule struct {
	// ID is the rule's ID: the newsroom's prefix and a number ("AP-6").
	ID string
	// Newsroom is the newsroom that published the rule.
	Newsroom string
	// Statement paraphrases the rule.
	Statement string
	// Published names where the newsroom published it.
	Published string
}

var rules = []Rule{
	{"AP-1", "AP", "material from anonymous sources must be information, not opinion or speculation", "AP News Values and Principles"},
	{"AP-2", "AP", "the material must be vital to the report", "AP News Values and Principles"},
	{"AP-3", "AP", "the information is not available on the record", "AP News Values and Principles"},
	{"AP-4", "AP", "the source is reliable and in a position to have accurate information", "AP News Values and Principles"},
	{"AP-5", "AP", "a news manager approves, and knows the identity", "AP Statement of News Values and Principles"},
	{"AP-6", "AP", "the story explains why the source requested anonymity; describe the motive where relevant", "AP News Values and Principles"},
	{"AP-7", "AP", "the attribution establishes the source's credibility; a bare \"a source\" is not enough", "AP Stylebook"},
	{"AP-8", "AP", "a source quoted anonymously must not also be said to have declined comment", "AP News Values and Principles"},
	{"AP-9", "AP", "a story that uses anonymous sources carries a byline", "AP News Values and Principles"},
	{"AP-10", "AP", "disputable facts that the reporter did not witness or confirm are attributed, in the same sentence", "AP, \"When is it OK to use anonymous sources\""},
	{"R-1", "Reuters", "a named source is preferable; an anonymous source is the weakest", "Reuters Handbook of Journalism, The Essentials of Reuters sourcing"},
	{"R-2", "Reuters", "never cite \"sources\" in the plural when there is only one", "Reuters Handbook of Journalism"},
	{"R-3", "Reuters", "never quote a source on the record saying one thing and on background contradicting it", "Reuters Handbook of Journalism"},
	{"R-4", "Reuters", "no allegations, contentious statements or attacks from behind anonymity without a senior editor's approval", "Reuters Handbook of Journalism"},
	{"R-5", "Reuters", "two or more sources are better than one", "Reuters Handbook of Journalism"},
	{"NYT-1", "The New York Times", "anonymity only when the information is reliable, newsworthy and otherwise unprintable", "New York Times, Confidential News Sources Policy (2004)"},
	{"NYT-2", "The New York Times", "convey the source's reliability and motivation or point of view", "New York Times, Confidential News Sources Policy (2004)"},
	{"NYT-3", "The New York Times", "no anonymity when on-record sources are available; the source has direct knowledge; no personal or partisan attacks; not for trivial comment", "New York Times standards, as stated by its public editor (2009)"},
	{"NYT-4", "The New York Times", "avoid boilerplate reasons such as \"not authorized to speak\" or \"the sensitivity of the issue\"", "New York Times standards memo (2010)"},
	{"NYT-5", "The New York Times", "a story whose main point hinges on anonymous sources needs the executive editor's sign-off", "New York Times public editor (2016)"},
	{"NPR-1", "NPR", "describe an anonymous source as clearly as possible; \"officials say\" or \"NPR has learned\" is not enough", "NPR Ethics Handbook"},
	{"NPR-2", "NPR", "explain why anonymity was granted", "NPR Ethics Handbook"},
	{"NPR-3", "NPR", "no invented pseudonyms", "NPR Ethics Handbook"},
	{"NPR-4", "NPR", "no pejorative comments about a person's character or reputation, nor derogatory statements about institutions, from anonymous sources (rare exceptions: whistleblowers, sexual-assault allegations)", "NPR Ethics Handbook"},
	{"BBC-1", "BBC", "reluctance to rely on a single source; a named, on-record source is preferable", "BBC Editorial Guidelines, Accuracy"},
	{"BBC-2", "BBC", "tell the audience as much about an anonymous source as protection allows, without misleading about their status", "BBC Editorial Guidelines, Accuracy"},
	{"BBC-3", "BBC", "a serious allegation from a single unnamed source is referred up; the script says the allegation comes from an anonymous source and whether it was corroborated", "BBC Editorial Guidelines, Accuracy"},
	{"BBC-4", "BBC", "the relevant editor has the right to know the identity", "BBC Editorial Guidelines, Accuracy"},
	{RuleGroundRules, "all", "on the record: name and words usable; on background: words usable, attributed to a description; on deep background: information usable, attributed to no one, not even a description; off the record: not usable at all", "the five newsrooms' usage of the terms"},
}

// Rules returns the newsroom rules the checks rest on, and those they cannot
// check: the AP's, Reuters', The New York Times', NPR's and the BBC's, then
// the ground rules.
func Rules() []Rule { return slices.Clone(rules) }

// RuleByID returns the rule with the ID.
func RuleByID(id string) (Rule, bool) {
	i := slices.IndexFunc(rules, func(r Rule) bool { return r.ID == id })
	if i < 0 {
		return Rule{}, false
	}
	return rules[i], true
}
