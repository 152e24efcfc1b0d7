package source

// Organization is a body a speaker belongs to or speaks for, possibly inside a
// parent organization: the South Asia Center inside the Atlantic Council, the
// International Organization for Migration inside the United Nations.
// schema.org: Organization.
type Organization struct {
	// Name is the organization's name as the text gives it ("South Asia
	// Center"). Required. schema.org: name.
	Name string `json:"name" validate:"required"`
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
// senior fellow" at the South Asia Center. schema.org: Role
// (roleName, startDate, endDate) inside Person.affiliation.
type Affiliation struct {
	// Role is the role or title the text gives ("Interior Minister",
	// "president"). Required unless Organization is set. schema.org:
	// roleName / jobTitle.
	Role string `json:"role,omitempty"`
	// Organization is the body the role belongs to. Required unless Role
	// is set. schema.org: affiliation / memberOf.
	Organization *Organization `json:"organization,omitempty"`
	// Since is when the affiliation began, as precisely as known: "2023",
	// "2023-10" or "2023-10-01". Optional. schema.org: startDate.
	Since string `json:"since,omitempty" validate:"omitempty,isodate"`
	// Until is when the affiliation ended, in the same form; empty while it
	// lasts. Optional. schema.org: endDate.
	Until string `json:"until,omitempty" validate:"omitempty,isodate"`
}
