// Package schemaorg exports an onrecord document as schema.org JSON-LD.
package schemaorg
