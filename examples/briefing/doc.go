// Package briefing models the sourcing of a government briefing given on
// background: the opening statements of the White House's "Background Press
// Call on the Release of Brittney Griner", embedded in the package. [Text]
// returns it.
//
//	title      Background Press Call on the Release of Brittney Griner
//	publisher  The White House, Briefing Room, Press Briefings
//	date       2022-12-08, 9:20 A.M. EST (published 13:48 EST)
//	URL        https://www.whitehouse.gov/briefing-room/press-briefings/2022/12/08/background-press-call-on-the-release-of-brittney-griner/
//
// The transcript is a work of the United States Government, prepared by
// White House staff as part of their official duties, and so not subject to
// copyright in the United States (17 U.S.C. § 105). The text embedded is the
// part before the reporters' questions: the moderator's ground rules and the
// two officials' statements, government speech only. Its paragraphs were
// joined from the published page's line-wrapped copy; no word was changed.
//
// [Document] builds the transcript's onrecord document with
// [github.com/onrecord/onrecord/attribution.Builder]. The sourcing differs
// from a news story's, and shows what format 0.2 adds:
//
//   - anonymous speakers under a stated ground rule: the call is "on
//     background, attributable to “senior administration officials.”", and the
//     transcript prints their names as "[senior administration official]", an
//     editor's insertion inside their verbatim words;
//   - a press call as the channel, with the speaker labels of the transcript
//     ("SENIOR ADMINISTRATION OFFICIAL") as the cues of their words;
//   - officials who speak on behalf of the U.S. government, and people and
//     bodies tied to it by reference (a President, a Secretary of State, the
//     State Department inside the government);
//   - speech reported at second hand: what the Secretary of State "said
//     publicly back in July", what "the Russians made clear", what the
//     President "made clear to the Whelan family", what Brittney Griner
//     "expressed" to the envoy who met her;
//   - documents as channels: an executive order, the State Department's
//     "D" indicator, each with the approximate time the story gives ("this
//     summer");
//   - other parties' claims: the espionage charges Russia levied, which the
//     official calls a sham, and Russia's rejection of every U.S. proposal;
//   - unnamed officials on the record ("another senior U.S. official");
//   - vague figures ("months and months", "multiple, multiple engagements",
//     "a number of others") beside exact ones ("over 12 years");
//   - details declined: "for privacy reasons, we're not going to get into
//     too much more".
//
// The reporters' questions, which follow the statements, are not embedded:
// they are the reporters' own words. The questions are where the transcript's
// remaining claims by other parties come up (the Saudis claiming a role,
// reports out of Russia of a pardon).
package briefing
