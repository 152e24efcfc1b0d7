// Package validation holds the machinery that every onrecord package shares to
// check its values: one lazily configured [validator.Validate], the project's
// own validation tags, the registry of enumerations and cross-field rules, and
// the [Error] type that lists each problem with a JSON Pointer, a rule code and
// a message.
//
// The public packages re-export what a caller needs (attribution.ValidationError,
// attribution.Problem, the rule codes); this package stays internal so that the
// rules have one home and one configuration.
package validation
