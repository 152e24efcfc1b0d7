// Package seed models the sourcing of one real news story completely: "Pakistan
// restarts Afghan refugee repatriation amid border tensions" (The Media Line),
// embedded in the package. [Text] returns it.
//
// [Document] builds the story's onrecord document with
// [github.com/onrecord/onrecord/attribution.Builder], paragraph by paragraph: every speaker as the story describes them, named or anonymous;
// every direct, indirect, partial and mixed quote with its cue; the nested
// attribution ("He outlined Islamabad's firmly held belief that ..."); the
// claims with their figures, those the story gives no source for among them;
// which claims support, contradict or deny others; the image credit and the
// missing byline. The builder finds every span in the text; none is counted
// by hand.
//
// The story shows most of the ways a news text attributes what it reports:
//
//   - an anonymous official with a rank and a city, "speaking on condition of
//     anonymity", with no reason given;
//   - an unnamed collective ("Pakistani officials say ...");
//   - governments named by their capitals ("Kabul, however, denies ...");
//   - an organization inside a parent organization ("the UN's International
//     Organization for Migration") and a report as a channel, with its month;
//   - named experts with a city, a field, a role and an organization, one a
//     center inside an institution;
//   - a minister who announces, and a written statement;
//   - direct quotes split by their cue, quotes of several sentences, quoted
//     fragments inside the writer's sentences;
//   - claims without any source: figures "estimated" by nobody in particular.
//
// The command [github.com/onrecord/onrecord/examples/sourcing] prints this
// document as a table.
package seed
