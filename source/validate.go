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
)

func validate(v any) error { return validation.AsError(validation.Check(v)) }

// speakerRules: named or anonymous, never both, never neither; the identity of
// an anonymous speaker is not recorded; only bodies have a parent organization.
func speakerRules(sl validator.StructLevel) {
	s := validation.Current[Speaker](sl)
	const code = string(validation.CodeNamedOrAnonymous)
	if s.Anonymity != nil {
		if s.Name != "" {
			sl.ReportError(s.Name, "name", "Name", code, "an anonymous speaker must have no name")
		}
		if s.QID != "" {
			sl.ReportError(s.QID, "qid", "QID", code, "an anonymous speaker must have no identifier")
		}
		if len(s.SameAs) > 0 {
			sl.ReportError(s.SameAs, "sameAs", "SameAs", code, "an anonymous speaker must have no identifying URL")
		}
	} else if s.Name == "" {
		sl.ReportError(s, "", "", code, "a speaker needs a name or, when unnamed, anonymity")
	}
	if s.ParentOrganization != nil && (s.Kind == KindPerson || s.Kind == KindGroup) {
		sl.ReportError(s.ParentOrganization, "parentOrganization", "ParentOrganization",
			string(validation.CodeParentOrganization), "only an organization or a government has a parent organization; a person's ties are affiliations")
	}
}

// affiliationRules: a role, an organization or both; a period that does not end
// before it starts.
func affiliationRules(sl validator.StructLevel) {
	a := validation.Current[Affiliation](sl)
	if a.Role == "" && a.Organization == nil {
		sl.ReportError(a, "", "", string(validation.CodeAffiliationEmpty), "an affiliation needs a role, an organization or both")
	}
	if validation.DateAfter(a.Since, a.Until) {
		sl.ReportError(a.Until, "until", "Until", string(validation.CodeDateOrder), "must not be before since")
	}
}
