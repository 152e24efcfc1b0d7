// Package jsonschema holds onrecord's JSON Schema (draft 2020-12), for
// programs in other languages, and the generator that derives it from the Go
// model.
package jsonschema
