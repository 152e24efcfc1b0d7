package source

import (
	"github.com/go-playground/validator/v10"

	"github.com/onrecord/onrecord/internal/validation"
)

// Registered with the shared validator before its first use.
var (
	_ = validation.RegisterEnum(kinds...)
	_ = validation.RegisterEnum(groundRules...)
	_ = validation.RegisterStruct(speakerRules, Speaker{})
	_ = validation.RegisterStruct(affiliationRules, Affiliation{})
	_ = validation.RegisterStruct(organizationRules, Organization{})
)

func validate(v any) error { return validation.AsError(validation.Check(v)) }

// speakerRules: named, unnamed or anonymous (see [Speaker.Identity]); the
// identity of an anonymous speaker is not recorded; only bodies have a parent
// organization, given inline or by reference but not both.
func speakerRules(sl validator.StructLevel) {
	s := validation.Current[Speaker](sl)
	const code = string(validation.CodeNamedOrAnonymous)
	switch {
	case s.Anonymity != nil:
		// Anonymous: whatever could identify the speaker must be absent.
		// An unnamed speaker on the record needs no such care.
		if s.Name != "" {
			sl.ReportError(s.Name, "name", "Name", code, "an anonymous speaker must have no name")
		}
		if s.Title != "" {
			sl.ReportError(s.Title, "title", "Title", code, "an anonymous speaker must have no title; the printed description carries any rank")
		}
		if s.QID != "" {
			sl.ReportError(s.QID, "qid", "QID", code, "an anonymous speaker must have no identifier")
		}
		if len(s.PossibleQIDs) > 0 {
			sl.ReportError(s.PossibleQIDs, "possibleQids", "PossibleQIDs", code, "an anonymous speaker must have no identifier")
		}
		if len(s.SameAs) > 0 {
			sl.ReportError(s.SameAs, "sameAs", "SameAs", code, "an anonymous speaker must have no identifying URL")
		}
	case s.Name == "" && s.Description == "":
		sl.ReportError(s, "", "", code, "a speaker needs a name, a description (unnamed, on the record) or anonymity")
	}
	bodies := s.Kind == KindOrganization || s.Kind == KindGovernment
	if s.ParentOrganization != nil && !bodies && s.Kind != "" {
		sl.ReportError(s.ParentOrganization, "parentOrganization", "ParentOrganization",
			string(validation.CodeParentOrganization), "only an organization or a government has a parent organization; a person's ties are affiliations")
	}
	if s.Parent != "" && !bodies && s.Kind != "" {
		sl.ReportError(s.Parent, "parent", "Parent",
			string(validation.CodeParentOrganization), "only an organization or a government has a parent organization; a person's ties are affiliations")
	}
	if s.Parent != "" && s.ParentOrganization != nil {
		sl.ReportError(s.Parent, "parent", "Parent", string(validation.CodeOrganizationReference),
			"a parent organization is given inline or by reference, not both")
	}
	if s.Parent != "" && s.Parent == s.ID {
		sl.ReportError(s.Parent, "parent", "Parent", string(validation.CodeSelfRelation), "a speaker cannot be its own parent")
	}
}

// organizationRules: an organization is named or, when the story does not
// name it, described.
func organizationRules(sl validator.StructLevel) {
	o := validation.Current[Organization](sl)
	if o.Name == "" && o.Description == "" {
		sl.ReportError(o, "", "", string(validation.CodeNameOrDescription), "an organization needs a name or, when unnamed, a description")
	}
}

// affiliationRules: a role, an organization or both; a period that does not end
// before it starts.
func affiliationRules(sl validator.StructLevel) {
	a := validation.Current[Affiliation](sl)
	if a.Role == "" && a.Organization == nil && a.OrganizationID == "" {
		sl.ReportError(a, "", "", string(validation.CodeAffiliationEmpty), "an affiliation needs a role, an organization or both")
	}
	if a.Organization != nil && a.OrganizationID != "" {
		sl.ReportError(a.OrganizationID, "organizationId", "OrganizationID", string(validation.CodeOrganizationReference),
			"an affiliation's organization is given inline or by reference, not both")
	}
	if validation.DateAfter(a.Since, a.Until) {
		sl.ReportError(a.Until, "until", "Until", string(validation.CodeDateOrder), "must not be before since")
	}
}
