// Package audit checks a story's sourcing against newsroom rules: whether its
// anonymous sources are explained, described and corroborated, whether its
// figures and disputed facts are attributed, whether it keeps the ground
// rules it agreed with its sources. Validation (package attribution) says
// whether a document is well formed; the audit says whether the story is well
// sourced.
//
// # Checks, findings and rules
//
// Each check has a stable ID ([CheckAnonymousNoReason] is
// "anonymous-no-reason"), a default severity, and the newsroom rules it rests
// on, by the IDs of the 28 published rules that [Rules] lists: the AP
// ("AP-1" to "AP-10"), Reuters ("R-1" to "R-5"), The New York Times ("NYT-1"
// to "NYT-5"), NPR ("NPR-1" to "NPR-4") and the BBC ("BBC-1" to "BBC-4"),
// plus [RuleGroundRules] for the ground rules all of them keep. [Checks]
// lists them:
//
//	anonymous-no-reason           AP-6 NPR-2 NYT-2   no stated reason for anonymity
//	anonymous-boilerplate-reason  NYT-4              "not authorized to speak", "sensitivity"
//	anonymous-vague               AP-7 NPR-1 BBC-2   "a source", "officials" and nothing more
//	anonymous-opinion             AP-1               opinion, prediction, speculation
//	anonymous-pejorative          NPR-4 R-4 NYT-3    attacks from behind anonymity
//	single-anonymous-source       R-5 BBC-1 BBC-3    a claim with one anonymous source alone
//	anonymous-declined-comment    AP-8               quoted, and said to decline comment
//	plural-sources                R-2                "sources" for one person
//	deep-background-attributed    ground-rules       deep background attributed
//	anonymous-no-byline           AP-9               anonymous sources, no byline
//	unsourced-statistic           AP-10              figures with no source
//	unattributed-disputed         AP-10              the story takes a side on its own
//	contradicted-on-background    R-3                on the record one thing, anonymously another
//	anonymous-no-basis            AP-4 NYT-3         how the source knows is not said
//
// The checks about anonymity look only at anonymous speakers
// (source.IdentityAnonymous): a speaker the story describes without a name
// but quotes on the record ("residents of Niamey") is unnamed, not anonymous.
// anonymous-vague and plural-sources look at unnamed speakers too, and
// unsourced-statistic and unattributed-disputed at every claim.
//
// A [Finding] carries the check's ID, its severity under the policy, the JSON
// Pointer of what it is about, a message, the passage of the text, the rules,
// and the ID of the speaker it concerns; [Groups] gathers findings by speaker
// and [WriteText] prints them for people.
//
// # What the annotator judges
//
// Some rules need a judgement that no program can make from the words alone.
// The document carries the annotator's judgement where a check needs it:
// a claim's kind (opinion, prediction), [attribution.Claim.Speculative] and
// [attribution.Claim.Pejorative], an attribution's type (declined-comment,
// no-response), an anonymity's reason, basis and ground rule, relations
// between claims (supports, contradicts, denies). Where the judgement is not
// in the document, the check says so in its doc rather than guess: whether
// "Pakistani officials" describes a source well enough, whether a boilerplate
// reason is hidden in other words, whether a named speaker is also an
// anonymous one. Rules that need knowledge outside the story (a manager's
// approval, AP-5; the editor knowing the identity, BBC-4; the material being
// vital, AP-2) have no check.
//
// # Policies
//
// A [Policy] chooses the checks and their severities. [Preset] gives the
// presets: default (every check at its default severity), one per newsroom
// (ap, reuters, nyt, npr, bbc: the checks that rest on one or more of its
// rules, at severities that follow its wording) and strictest (every check,
// at the gravest severity any preset gives it). A newsroom writes its own
// policy in Go or as JSON, read by [DecodePolicy]; the JSON Schema of a policy
// is policy.schema.json in package github.com/onrecord/onrecord/jsonschema:
//
//	{
//	  "name": "our-desk",
//	  "base": "ap",
//	  "checks": [
//	    {"check": "single-anonymous-source", "severity": "error"},
//	    {"check": "anonymous-no-byline", "off": true}
//	  ]
//	}
//
// # Confidentiality
//
// No finding reveals an anonymous speaker's identity. A message names an
// anonymous speaker by the description the story prints ("senior
// intelligence official"); no check reads a name, title, QID or sameAs URL
// of an anonymous speaker, even in an invalid document that carries them.
// [Finding.Speaker] is the document's ID for the speaker, for grouping; show
// people the label of [Groups] instead.
package audit
