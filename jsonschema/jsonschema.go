package jsonschema

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	invopop "github.com/invopop/jsonschema"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

//go:generate go run ./internal/gencomments -root .. -o comments.go source quote attribution
//go:generate go run ../cmd/onrecord schema -o .

// BaseURL is the base of every schema's $id: the schemas of format version
// attribution.FormatVersion live under it.
const BaseURL = "https://onrecord.github.io/schema/" + attribution.FormatVersion + "/"

// exchanged lists the types that users exchange as JSON, each with the base
// of its file name, in the order that [Names] gives.
var exchanged = []struct {
	base string
	typ  reflect.Type
}{
	{"document", reflect.TypeFor[attribution.Document]()},
	{"speaker", reflect.TypeFor[source.Speaker]()},
	{"quote", reflect.TypeFor[quote.Quote]()},
	{"attribution", reflect.TypeFor[attribution.Attribution]()},
	{"claim", reflect.TypeFor[attribution.Claim]()},
}

const suffix = ".schema.json"

//go:embed *.schema.json
var files embed.FS

// Names returns the file names of the schemas, one per type that users
// exchange: document.schema.json, speaker.schema.json, quote.schema.json,
// attribution.schema.json and claim.schema.json.
func Names() []string {
	out := make([]string, len(exchanged))
	for i, e := range exchanged {
		out[i] = e.base + suffix
	}
	return out
}

// Files returns the committed schema files, embedded in the package: reading
// them needs no source files and no network.
func Files() fs.FS { return files }

// File returns the committed schema file with the given name, as [Names]
// lists it.
func File(name string) ([]byte, error) {
	if !slices.Contains(Names(), name) {
		return nil, fmt.Errorf("no schema named %q; the schemas are %s", name, strings.Join(Names(), ", "))
	}
	return files.ReadFile(name)
}

// ID returns the absolute, versioned $id of the schema file with the given
// name.
func ID(name string) string { return BaseURL + name }

// Generate builds the schema file with the given name, as [Names] lists it,
// from the Go types, their validate tags and their doc comments, which go
// generate read from the source. It returns what the committed file holds.
func Generate(name string) ([]byte, error) {
	i := slices.IndexFunc(exchanged, func(e struct {
		base string
		typ  reflect.Type
	}) bool {
		return e.base+suffix == name
	})
	if i < 0 {
		return nil, fmt.Errorf("no schema named %q; the schemas are %s", name, strings.Join(Names(), ", "))
	}
	t := exchanged[i].typ
	s, err := generate(t, docComments)
	if err != nil {
		return nil, fmt.Errorf("generating %s: %w", name, err)
	}
	s.ID = invopop.ID(ID(name))
	s.Title = t.Name()
	raw, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", name, err)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, raw, "", "  "); err != nil {
		return nil, fmt.Errorf("indenting %s: %w", name, err)
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// Write generates every schema file into dir, which must exist.
func Write(dir string) error {
	for _, name := range Names() {
		data, err := Generate(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
