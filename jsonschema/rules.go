package jsonschema

import (
	"reflect"

	invopop "github.com/invopop/jsonschema"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// crossRule is what the schema says of a struct type's cross-field rules:
// the codes of the rules it expresses, the codes of those only Go checks, and
// the keywords that express the former.
type crossRule struct {
	expressed []attribution.Code
	goOnly    []attribution.Code
	apply     func(s *invopop.Schema)
}

// crossRules holds an entry for every struct type with a cross-field rule in
// Go; a test keeps the two lists equal.
var crossRules = map[reflect.Type]crossRule{
	reflect.TypeFor[source.Speaker](): {
		expressed: []attribution.Code{attribution.CodeNamedOrAnonymous, attribution.CodeParentOrganization,
			attribution.CodeOrganizationReference},
		goOnly: []attribution.Code{attribution.CodeSelfRelation},
		apply: func(s *invopop.Schema) {
			// Anonymous with nothing that identifies; otherwise named, or
			// unnamed with a description.
			s.AllOf = append(s.AllOf, &invopop.Schema{
				If: present("anonymity"),
				Then: withProperties(&invopop.Schema{}, map[string]*invopop.Schema{
					"name":   {Type: "string", MaxLength: uintPtr(0)},
					"title":  {Type: "string", MaxLength: uintPtr(0)},
					"qid":    {Type: "string", MaxLength: uintPtr(0)},
					"sameAs": {Type: "array", MaxItems: uintPtr(0)},
				}),
				Else: &invopop.Schema{AnyOf: []*invopop.Schema{nonEmpty("name"), nonEmpty("description")}},
			})
			// Only an organization or a government has a parent
			// organization, inline or by reference.
			s.AllOf = append(s.AllOf, &invopop.Schema{
				If: withProperties(&invopop.Schema{Required: []string{"kind"}}, map[string]*invopop.Schema{
					"kind": {Enum: []any{string(source.KindPerson), string(source.KindGroup)}},
				}),
				Then: &invopop.Schema{AllOf: []*invopop.Schema{
					{Not: present("parentOrganization")},
					{Not: nonEmpty("parent")},
				}},
			})
			// Inline or by reference, not both.
			s.AllOf = append(s.AllOf, &invopop.Schema{Not: &invopop.Schema{AllOf: []*invopop.Schema{
				present("parentOrganization"), nonEmpty("parent"),
			}}})
		},
	},
	reflect.TypeFor[source.Organization](): {
		expressed: []attribution.Code{attribution.CodeNameOrDescription},
		apply: func(s *invopop.Schema) {
			s.AnyOf = append(s.AnyOf, nonEmpty("name"), nonEmpty("description"))
		},
	},
	reflect.TypeFor[source.Affiliation](): {
		expressed: []attribution.Code{attribution.CodeAffiliationEmpty, attribution.CodeOrganizationReference},
		goOnly:    []attribution.Code{attribution.CodeDateOrder},
		apply: func(s *invopop.Schema) {
			s.AnyOf = append(s.AnyOf, nonEmpty("role"), present("organization"), nonEmpty("organizationId"))
			s.Not = &invopop.Schema{AllOf: []*invopop.Schema{present("organization"), nonEmpty("organizationId")}}
		},
	},
	reflect.TypeFor[quote.Quote](): {
		expressed: []attribution.Code{attribution.CodeQuoteKind, attribution.CodeContinuation, attribution.CodeQuoteEdit,
			attribution.CodeImplicitCue, attribution.CodeRequired},
		goOnly: []attribution.Code{attribution.CodeFragmentNotInText, attribution.CodeContinuation, attribution.CodeSpanMismatch,
			attribution.CodeDateOrder},
		apply: func(s *invopop.Schema) {
			// A mixed quote has fragments; no other kind has any.
			s.AllOf = append(s.AllOf, &invopop.Schema{
				If: propertyIs("kind", string(quote.KindMixed)),
				Then: withProperties(&invopop.Schema{Required: []string{"fragments"}}, map[string]*invopop.Schema{
					"fragments": {Type: "array", MinItems: uintPtr(1)},
				}),
				Else: withProperties(&invopop.Schema{}, map[string]*invopop.Schema{
					"fragments": {Type: "array", MaxItems: uintPtr(0)},
				}),
			})
			// Only a direct quote continues another.
			s.AllOf = append(s.AllOf, &invopop.Schema{
				If: withProperties(&invopop.Schema{Required: []string{"continuationOf"}}, map[string]*invopop.Schema{
					"continuationOf": {Type: "string", MinLength: uintPtr(1)},
				}),
				Then: withProperties(&invopop.Schema{}, map[string]*invopop.Schema{
					"kind": {Const: string(quote.KindDirect)},
				}),
			})
			// Only verbatim words carry edits.
			s.AllOf = append(s.AllOf, &invopop.Schema{
				If: propertyIs("kind", string(quote.KindIndirect)),
				Then: withProperties(&invopop.Schema{}, map[string]*invopop.Schema{
					"edits": {Type: "array", MaxItems: uintPtr(0)},
				}),
			})
			// An implicit attribution has no cue.
			s.AllOf = append(s.AllOf, &invopop.Schema{
				If:   withProperties(&invopop.Schema{Required: []string{"implicit"}}, map[string]*invopop.Schema{"implicit": {Const: true}}),
				Then: &invopop.Schema{Not: present("cue")},
			})
			// A period's end needs its start.
			s.AllOf = append(s.AllOf, &invopop.Schema{If: nonEmpty("saidUntil"), Then: nonEmpty("said")})
		},
	},
	reflect.TypeFor[quote.Edit](): {
		expressed: []attribution.Code{attribution.CodeQuoteEdit},
		apply: func(s *invopop.Schema) {
			s.AllOf = append(s.AllOf,
				&invopop.Schema{
					If: propertyIs("kind", string(quote.EditElision)),
					Then: withProperties(&invopop.Schema{}, map[string]*invopop.Schema{
						"text": {Type: "string", Pattern: ellipsisPattern},
					}),
				},
				&invopop.Schema{
					If: propertyIs("kind", string(quote.EditInsertion)),
					Then: withProperties(&invopop.Schema{}, map[string]*invopop.Schema{
						"text": {Type: "string", Pattern: `^\[[^\[\]]+\]$`},
					}),
				})
		},
	},
	reflect.TypeFor[attribution.Attribution](): {
		goOnly: []attribution.Code{attribution.CodeJointSpeakers, attribution.CodeSelfRelation},
		apply:  func(*invopop.Schema) {},
	},
	reflect.TypeFor[attribution.Article](): {
		goOnly: []attribution.Code{attribution.CodeDateOrder},
		apply:  func(*invopop.Schema) {},
	},
	reflect.TypeFor[attribution.Period](): {
		goOnly: []attribution.Code{attribution.CodeDateOrder},
		apply:  func(*invopop.Schema) {},
	},
	reflect.TypeFor[quote.Span](): {
		goOnly: []attribution.Code{attribution.CodeSpanOrder, attribution.CodeSpanMismatch},
		apply:  func(*invopop.Schema) {},
	},
	reflect.TypeFor[attribution.Claim](): {
		expressed: []attribution.Code{attribution.CodeClaimQuantities},
		goOnly:    []attribution.Code{attribution.CodeSelfRelation},
		apply: func(s *invopop.Schema) {
			s.AllOf = append(s.AllOf, &invopop.Schema{
				If: propertyIs("kind", string(attribution.ClaimStatistical)),
				Then: withProperties(&invopop.Schema{Required: []string{"quantities"}}, map[string]*invopop.Schema{
					"quantities": {Type: "array", MinItems: uintPtr(1)},
				}),
			})
		},
	},
	reflect.TypeFor[attribution.Credit](): {
		goOnly: []attribution.Code{attribution.CodeSpanMismatch},
		apply:  func(*invopop.Schema) {},
	},
	reflect.TypeFor[attribution.Quantity](): {
		expressed: []attribution.Code{attribution.CodeQuantityForm},
		goOnly:    []attribution.Code{attribution.CodeRangeOrder, attribution.CodeSpanMismatch},
		apply: func(s *invopop.Schema) {
			// A vague quantity: its words, and at most a range. Any other:
			// a value, or a range of low and high; never both.
			s.AllOf = append(s.AllOf, &invopop.Schema{
				If:   withProperties(&invopop.Schema{Required: []string{"vague"}}, map[string]*invopop.Schema{"vague": {Const: true}}),
				Then: &invopop.Schema{AllOf: []*invopop.Schema{nonEmpty("text"), {Not: present("value")}}},
				Else: &invopop.Schema{OneOf: []*invopop.Schema{present("value"), present("low", "high")}},
			})
			s.DependentRequired = map[string][]string{"low": {"high"}, "high": {"low"}}
		},
	},
}

// ellipsisPattern is an elision's text: three full stops, spaced or not, or
// the ellipsis character, alone or in square brackets.
const ellipsisPattern = `^(\.\.\.|…|\. \. \.|\[(\.\.\.|…|\. \. \.)\])$`

// nonEmpty is a condition: the string property is present and not empty.
func nonEmpty(name string) *invopop.Schema {
	return withProperties(&invopop.Schema{Required: []string{name}}, map[string]*invopop.Schema{
		name: {Type: "string", MinLength: uintPtr(1)},
	})
}

// present is a condition: the properties are present. It names them in
// properties too, as strict validators (ajv's strictRequired) want.
func present(names ...string) *invopop.Schema {
	props := map[string]*invopop.Schema{}
	for _, n := range names {
		props[n] = &invopop.Schema{} // any value: true
	}
	s := withProperties(&invopop.Schema{}, props)
	s.Required = names
	return s
}

// propertyIs is a condition: the property is present and has the value.
func propertyIs(name, value string) *invopop.Schema {
	return withProperties(&invopop.Schema{Required: []string{name}}, map[string]*invopop.Schema{
		name: {Const: value},
	})
}

// withProperties sets s's properties, in name order.
func withProperties(s *invopop.Schema, props map[string]*invopop.Schema) *invopop.Schema {
	s.Properties = invopop.NewProperties()
	for _, name := range sortedKeys(props) {
		s.Properties.Set(name, props[name])
	}
	return s
}
