// Package source models who speaks in a news text.
//
// # Speakers
//
// A [Speaker] is a person, an organization, a government or a group ([Kind]).
// A speaker is named or anonymous, never both and never neither:
//
//   - a named speaker has a Name, and may carry Wikidata's QID and sameAs URLs,
//     or, when a program could not tell which person the name denotes, the
//     possible QIDs;
//   - an anonymous speaker has an [Anonymity] instead, and no name, QID or URL.
//
// A government is often named by its capital ("Kabul denies..."): its Name is
// the government's, its Country the state's, and the capital is how the text
// mentions it. An unnamed collective ("Pakistani officials say...") is a group
// with an Anonymity whose description is what the text prints.
//
// # Anonymity
//
// [Anonymity] records the terms of an unnamed source: the description printed
// in place of a name ("senior intelligence official"), the [GroundRule], the
// words that grant anonymity, the reason the story gives and the basis of the
// source's knowledge. Where the source is based is the speaker's BasedIn, as for
// anyone. A missing reason is not invalid; [Anonymity.ReasonGiven] lets an
// editorial audit find it.
//
// The library never prints an anonymous speaker's identity: [Speaker.String],
// [Speaker.Format] and [Speaker.LogValue] print the description;
// [Speaker.MarshalJSON] refuses an anonymous speaker that carries a name, a
// QID or sameAs URLs (so json.Marshal, attribution.Encode and slog's JSON
// handler fail rather than print it); and validation messages never repeat a
// value. A caller who needs the identity reads the fields.
//
// # Affiliations
//
// An [Affiliation] ties a speaker to a role, an [Organization] or both, with
// optional dates. An organization may sit inside a parent organization (the
// South Asia Center inside the Atlantic Council); an organization speaker's own
// parent is [Speaker.ParentOrganization].
//
// # Validation
//
// [Speaker.Validate] returns nil or a
// [*github.com/onrecord/onrecord/attribution.ValidationError], a pointer,
// whose problems carry JSON Pointers (RFC 6901) relative to the speaker:
//
//	var verr *attribution.ValidationError
//	if errors.As(s.Validate(), &verr) {
//		for _, p := range verr.Problems {
//			fmt.Println(p.Pointer, p.Code) // /name named-or-anonymous
//		}
//	}
package source
