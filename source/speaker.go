package source

import (
	"fmt"
	"log/slog"
)

// Speaker is a source whose words a text reports: a person, an organization, a
// government or a group. A speaker is one of three (see [Speaker.Identity]):
//
//   - named: Name is set ("Farzana Shah");
//   - unnamed: no Name and no Anonymity, only a Description; the story
//     describes the speaker without naming them but quotes them on the
//     record and protects no identity ("residents of Niamey", "Pakistani
//     officials say");
//   - anonymous: Anonymity is set; the story quotes the speaker on terms that
//     protect an identity ("a senior intelligence official, speaking on
//     condition of anonymity").
//
// Only an anonymous speaker's identity is confidential. PARC: the source of
// an attribution; schema.org: Person or Organization; W3C PROV-O: the agent a
// Quotation wasQuotedFrom.
//
// Speaker's String, Format and LogValue methods never print an anonymous
// speaker's name or identifiers, even when a caller has set them (which makes
// the speaker invalid); they print the description the text uses instead.
// MarshalJSON refuses to write such a speaker at all. Together they hold
// wherever fmt, log/slog (text or JSON) or encoding/json reaches a Speaker: in
// slices, maps, exported struct fields and documents. Go's fmt gives no method
// a say in two cases, where it prints a value field by field: a Speaker in an
// unexported struct field, and a value printed with a verb that does not suit
// it (%p on a Speaker, %s or %x on a pointer, held in a struct, to a type
// without a Format method, such as *[]Speaker); print those with %v.
type Speaker struct {
	// ID identifies the speaker within its document; quotes and
	// attributions refer to it. Required; letters, digits and . _ : -,
	// starting with a letter or digit. An ID is the annotator's key, not
	// confidential: problems, logs and pages carry it, so never make an
	// anonymous speaker's ID out of their name ("official-1", not
	// "john-smith"). JSON-LD: @id.
	ID string `json:"id" validate:"required,id"`
	// Kind says whether the speaker is a person, an organization, a
	// government or a group. Required.
	Kind Kind `json:"kind" validate:"required,enum"`
	// Name is the speaker's name as the text gives it in full ("Farzana
	// Shah", "International Organization for Migration"). Required for a
	// named speaker; must be empty for an anonymous one. schema.org: name.
	Name string `json:"name,omitempty"`
	// Title is the title or rank the story prints before the name, as
	// printed: "Gen.", "Col. Maj.", "Interior Minister". Optional; must be
	// empty for an anonymous speaker, whose rank belongs in the printed
	// description. schema.org: honorificPrefix.
	Title string `json:"title,omitempty"`
	// Anonymity holds the terms on which a speaker is quoted without a
	// name to protect their identity. Required for an anonymous speaker;
	// must be absent for a named or an unnamed one.
	Anonymity *Anonymity `json:"anonymity,omitempty"`
	// Description is how the text introduces the speaker, as printed ("a
	// Peshawar-based defense expert", "residents of Niamey"). Required for
	// an unnamed speaker, optional otherwise. schema.org: description.
	Description string `json:"description,omitempty"`
	// BasedIn is the place the text says the speaker is based in
	// ("Peshawar", "Islamabad"), named or anonymous. Optional. schema.org:
	// workLocation / location.
	BasedIn string `json:"basedIn,omitempty"`
	// Country is the country the speaker is based in or, for a
	// government, represents, as an ISO 3166-1 alpha-2 code ("AF").
	// Optional. schema.org: nationality / areaServed.
	Country string `json:"country,omitempty" validate:"omitempty,country"`
	// Expertise lists the fields the text credits the speaker with
	// ("Afghanistan’s armed groups", "internal security"). Optional.
	// schema.org: knowsAbout.
	Expertise []string `json:"expertise,omitempty" validate:"omitempty,dive,required"`
	// Affiliations are the speaker's roles and organizations. Optional.
	// schema.org: affiliation, jobTitle, Role.
	Affiliations []Affiliation `json:"affiliations,omitempty" validate:"omitempty,dive"`
	// ParentOrganization is, for an organization or government speaker,
	// the organization it is part of (the United Nations for the IOM).
	// Must be absent for a person or a group, whose ties are
	// Affiliations. schema.org: parentOrganization.
	ParentOrganization *Organization `json:"parentOrganization,omitempty"`
	// Parent is, for an organization or government speaker, the ID of
	// another speaker of the document that it is part of: one entity that
	// both speaks and contains this one, referenced instead of repeated
	// inline. Optional; not together with ParentOrganization; must name an
	// organization or a government. schema.org: parentOrganization (@id).
	Parent string `json:"parent,omitempty" validate:"omitempty,id"`
	// QID is the speaker's Wikidata item ID, as Quotebank identifies
	// speakers. Optional; must be empty for an anonymous speaker.
	QID string `json:"qid,omitempty" validate:"omitempty,qid"`
	// PossibleQIDs lists the Wikidata items that the speaker's name may
	// denote when a program could not tell which one is meant (Quotebank
	// gives every item whose name or alias matches). Optional; empty when
	// QID is known, and must be empty for an anonymous speaker. Quotebank:
	// qids.
	PossibleQIDs []string `json:"possibleQids,omitempty" validate:"omitempty,dive,qid"`
	// SameAs lists URLs that identify the speaker. Optional; must be empty
	// for an anonymous speaker. schema.org: sameAs.
	SameAs []string `json:"sameAs,omitempty" validate:"omitempty,dive,http_url"`
}

// IsAnonymous reports whether the speaker is quoted on terms that protect
// their identity. An unnamed speaker on the record is not anonymous.
func (s Speaker) IsAnonymous() bool { return s.Anonymity != nil }

// Identity tells a named speaker from an unnamed and an anonymous one. A
// speaker with anonymity is anonymous whatever else it carries; one with a
// name is named; one with neither is unnamed.
func (s Speaker) Identity() Identity {
	switch {
	case s.Anonymity != nil:
		return IdentityAnonymous
	case s.Name != "":
		return IdentityNamed
	default:
		return IdentityUnnamed
	}
}

// Identity says how a story identifies a speaker.
type Identity string

const (
	// IdentityNamed: the story names the speaker.
	IdentityNamed Identity = "named"
	// IdentityUnnamed: the story describes the speaker without a name, on
	// the record, and grants no anonymity ("residents of Niamey").
	IdentityUnnamed Identity = "unnamed"
	// IdentityAnonymous: the story withholds the speaker's identity on terms
	// agreed with them ("speaking on condition of anonymity").
	IdentityAnonymous Identity = "anonymous"
)

// String returns the speaker's name or, for an unnamed or anonymous speaker,
// the description that stands in for it. It never reveals an anonymous speaker's
// name.
func (s Speaker) String() string {
	switch {
	case s.Anonymity != nil && s.Anonymity.Description != "":
		return s.Anonymity.Description
	case s.Anonymity != nil:
		return "anonymous " + string(s.Kind)
	case s.Name != "":
		return s.Name
	case s.Description != "":
		return s.Description
	default:
		return "speaker " + s.ID
	}
}

// Format prints the speaker as String does, for every verb, so that %v, %+v
// and %#v cannot reveal an anonymous speaker's name.
func (s Speaker) Format(f fmt.State, verb rune) {
	if verb == 'q' {
		fmt.Fprintf(f, "%q", s.String())
		return
	}
	fmt.Fprint(f, s.String())
}

// LogValue gives log/slog the speaker's ID, kind and String, never an
// anonymous speaker's name.
func (s Speaker) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", s.ID),
		slog.String("kind", string(s.Kind)),
		slog.String("speaker", s.String()),
		slog.Bool("anonymous", s.IsAnonymous()),
	)
}

// Validate checks the speaker's own rules: its field formats, named or
// anonymous, and its affiliations. Its error is a
// [*github.com/onrecord/onrecord/attribution.ValidationError] listing every
// problem with a JSON Pointer relative to the speaker.
func (s Speaker) Validate() error { return validate(s) }

var (
	_ fmt.Formatter  = Speaker{}
	_ slog.LogValuer = Speaker{}
)
