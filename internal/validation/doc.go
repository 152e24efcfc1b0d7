// Package validation holds the machinery that every onrecord package shares to
// check its values.
//
// It holds one lazily configured [validator.Validate], the project's own
// validation tags, the registry of enumerations and cross-field rules, the
// strict decoder, and the [Error] type that lists each problem with a JSON
// Pointer, a rule code and a message.
//
// Package attribution defines the public error types (ValidationError,
// Problem, Code) and the table of rule codes; it converts an [Error] into its
// ValidationError when it returns one, and [Error.As] lets errors.As do the
// same for the errors of the other packages. This package stays internal so
// that the rules have one home and one configuration.
package validation
