package source

// Organization is a body a speaker belongs to or speaks for, possibly inside a
// parent organization: the South Asia Center inside the Atlantic Council, the
// International Organization for Migration inside the United Nations. A story
// may describe an organization without naming it ("one of Nigeria's main
// electricity companies"): then it has a Description and no Name.
// schema.org: Organization.
//
// An organization that also speaks in the document is better recorded once,
// as a speaker, and referenced by ID ([Affiliation.OrganizationID],
// [Speaker.Parent]).
type Organization struct {
	// Name is the organization's name as the text gives it ("South Asia
	// Center"). Required unless Description is set. schema.org: name.
	Name string `json:"name,omitempty"`
	// Description is how the text describes an organization it does not
	// name, as printed ("one of Nigeria's main electricity companies").
	// Required unless Name is set. schema.org: description.
	Description string `json:"description,omitempty"`
	// Parent is the organization this one is part of. Optional.
	// schema.org: parentOrganization.
	Parent *Organization `json:"parentOrganization,omitempty"`
	// Country is where the organization is based or, for a government
	// body, the state it belongs to, as an ISO 3166-1 alpha-2 code ("PK").
	// Optional. schema.org: location / areaServed.
	Country string `json:"country,omitempty" validate:"omitempty,country"`
	// QID is the organization's Wikidata item ID ("Q1065" for the United
	// Nations). Optional.
	QID string `json:"qid,omitempty" validate:"omitempty,qid"`
	// SameAs lists URLs that identify the organization, such as its
	// website or an encyclopedia page. Optional. schema.org: sameAs.
	SameAs []string `json:"sameAs,omitempty" validate:"omitempty,dive,http_url"`
}

// Affiliation ties a speaker to an organization, a role, or both, for a
// period: "Interior Minister" of the government of Pakistan, "nonresident
// senior fellow" at the South Asia Center, "spokesman" of a junta that speaks
// in the story too. schema.org: Role (roleName, startDate, endDate) inside
// Person.affiliation.
type Affiliation struct {
	// Role is the role or title the text gives ("Interior Minister",
	// "president", "spokesman"). Required unless Organization or
	// OrganizationID is set. schema.org: roleName / jobTitle.
	Role string `json:"role,omitempty"`
	// Organization is the body the role belongs to, given inline. Not
	// together with OrganizationID; one of Role, Organization and
	// OrganizationID is required. schema.org: affiliation / memberOf.
	Organization *Organization `json:"organization,omitempty"`
	// OrganizationID is the ID of the organization or government speaker
	// of the document that the role belongs to, when that body also
	// speaks or is referred to elsewhere: one entity, referenced. A
	// spokesperson's role names in this way the body they speak for. Not
	// together with Organization. schema.org: affiliation (@id).
	OrganizationID string `json:"organizationId,omitempty" validate:"omitempty,id"`
	// Since is when the affiliation began, as precisely as known: "2023",
	// "2023-10" or "2023-10-01". Optional. schema.org: startDate.
	Since string `json:"since,omitempty" validate:"omitempty,isodate"`
	// Until is when the affiliation ended, in the same form; empty while it
	// lasts. Optional. schema.org: endDate.
	Until string `json:"until,omitempty" validate:"omitempty,isodate"`
}
