package source

import "slices"

// Kind says what sort of speaker a [Speaker] is.
type Kind string

// The kinds of speaker.
const (
	// KindPerson is one human being, named ("Farzana Shah") or not ("a
	// senior intelligence official").
	KindPerson Kind = "person"
	// KindOrganization is a body that speaks as itself: a UN agency, a
	// think tank, a company, a newspaper ("According to the UN's
	// International Organization for Migration").
	KindOrganization Kind = "organization"
	// KindGovernment is a state's government, often named by its capital
	// ("Kabul denies...", "Islamabad's firmly held belief").
	KindGovernment Kind = "government"
	// KindGroup is a collective with no single voice, usually unnamed
	// ("Pakistani officials say...", "residents told reporters").
	KindGroup Kind = "group"
)

var kinds = []Kind{KindPerson, KindOrganization, KindGovernment, KindGroup}

// Kinds returns every kind of speaker, in documentation order.
func Kinds() []Kind { return slices.Clone(kinds) }

// IsValid reports whether k is one of the kinds above.
func (k Kind) IsValid() bool { return slices.Contains(kinds, k) }
