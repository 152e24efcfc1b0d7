package jsonschema_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/schematest"
	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/jsonschema"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// corpusFile, when set, names a file to which TestAgreement writes every
// instance it judges, one JSON object a line, with the schema's verdict, so
// that validators in other languages can be held to the same verdicts
// (.ci/other-languages/run does).
var corpusFile = flag.String("corpus", "", "write the agreement corpus as JSON lines to this `file`")

// corpusLine is one line of the corpus.
type corpusLine struct {
	Schema   string          `json:"schema"`
	Label    string          `json:"label"`
	Valid    bool            `json:"valid"` // the schema's verdict
	Instance json.RawMessage `json:"instance"`
}

// compile compiles one committed schema file on its own, with formats
// asserted.
func compile(t testing.TB, name string) *sjs.Schema { return schematest.Compile(t, name) }

// goCheck decodes data strictly as the schema's type and validates it, as Go
// does, returning every problem.
var goCheck = map[string]func([]byte) []attribution.Problem{
	"document.schema.json": func(data []byte) []attribution.Problem {
		d, err := attribution.Decode(bytes.NewReader(data))
		if err != nil {
			return problems(err)
		}
		return problems(d.Validate())
	},
	"speaker.schema.json":     checkValue[source.Speaker],
	"quote.schema.json":       checkValue[quote.Quote],
	"attribution.schema.json": checkValue[attribution.Attribution],
	"claim.schema.json":       checkValue[attribution.Claim],
}

func checkValue[T interface{ Validate() error }](data []byte) []attribution.Problem {
	var v T
	if err := validation.Decode(data, &v); err != nil {
		return problems(err)
	}
	return problems(v.Validate())
}

func problems(err error) []attribution.Problem {
	if err == nil {
		return nil
	}
	var verr *attribution.ValidationError
	if errors.As(err, &verr) {
		return verr.Problems
	}
	return []attribution.Problem{{Code: "not-a-validation-error", Message: err.Error()}}
}

// sample is one valid value, as JSON, of the type of a schema file.
type sample struct {
	schema, label string
	data          []byte
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// goSamples returns Go values encoded by encoding/json, one sample each.
func goSamples(t *testing.T) []sample {
	doc := sampleDocument()
	out := []sample{{"document.schema.json", "go:document", mustJSON(t, doc)}}
	minimal := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "A headline"},
		Annotation:    attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"}, Created: "2024"},
	}
	out = append(out, sample{"document.schema.json", "go:minimal-document", mustJSON(t, minimal)})
	for i, s := range doc.Speakers {
		out = append(out, sample{"speaker.schema.json", "go:speaker/" + strconv.Itoa(i), mustJSON(t, s)})
	}
	for i, q := range doc.Quotes {
		out = append(out, sample{"quote.schema.json", "go:quote/" + strconv.Itoa(i), mustJSON(t, q)})
	}
	for i, a := range doc.Attributions {
		out = append(out, sample{"attribution.schema.json", "go:attribution/" + strconv.Itoa(i), mustJSON(t, a)})
	}
	for i, c := range doc.Claims {
		out = append(out, sample{"claim.schema.json", "go:claim/" + strconv.Itoa(i), mustJSON(t, c)})
	}
	return out
}

const fixtures = "../attribution/testdata"

// fixtureSamples returns the valid document fixtures.
func fixtureSamples(t *testing.T) []sample {
	paths, err := filepath.Glob(filepath.Join(fixtures, "valid", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []sample
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, sample{"document.schema.json", "fixture:" + filepath.Base(p), data})
	}
	return out
}

var (
	langTag           = regexp.MustCompile(jsonschema.LanguageTagPatternForTest)
	repeatedSingleton = regexp.MustCompile(jsonschema.RepeatedSingletonPatternForTest)
)

// schemaCanJudge reports whether the schema expresses the rule that problem p
// reports about the instance: every rule but the Go-only ones, and, of the
// rules the schema expresses in part, the part it expresses.
func schemaCanJudge(p attribution.Problem, instance any) bool {
	if slices.Contains(jsonschema.GoOnly(), p.Code) {
		return false
	}
	switch p.Code {
	case attribution.CodeLanguageTag: // well-formedness and singletons only
		s, ok := at(instance, p.Pointer).(string)
		return !ok || !langTag.MatchString(s) || repeatedSingleton.MatchString(s)
	case attribution.CodeContinuation: // only the quote's own kind
		q, ok := at(instance, strings.TrimSuffix(p.Pointer, "/continuationOf")).(map[string]any)
		return ok && q["kind"] != string(quote.KindDirect)
	case attribution.CodeType: // all but the written form of an integer, and underflow
		n, ok := at(instance, p.Pointer).(json.Number)
		return !ok || !integralNotInt64(n) && !underflows(n)
	}
	return true
}

// integralNotInt64 reports whether n is a whole number that Go cannot decode
// into an int: written with an exponent or a fraction (1e6, 2.0), or beyond
// 64 bits. JSON Schema's "integer" accepts it.
func integralNotInt64(n json.Number) bool {
	if _, err := strconv.ParseInt(string(n), 10, 64); err == nil {
		return false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	return err == nil && f == math.Trunc(f)
}

// underflows reports whether n is not zero but a float64 holds it as 0
// (1e-400): Go refuses it, JSON Schema's numbers have no such floor.
func underflows(n json.Number) bool {
	f, err := strconv.ParseFloat(string(n), 64)
	return err == nil && f == 0 && strings.ContainsAny(strings.SplitN(strings.ToLower(string(n)), "e", 2)[0], "123456789")
}

// at returns the value at a JSON Pointer, or nil.
func at(v any, pointer string) any {
	if pointer == "" {
		return v
	}
	for _, tok := range strings.Split(pointer[1:], "/") {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// schemaErrors lists a validation error's causes, sorted: their order varies
// from run to run.
func schemaErrors(err error) string {
	var verr *sjs.ValidationError
	if !errors.As(err, &verr) {
		return err.Error()
	}
	var lines []string
	for _, u := range verr.BasicOutput().Errors {
		if u.Error != nil {
			lines = append(lines, u.InstanceLocation+" "+u.KeywordLocation+": "+u.Error.String())
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n\t")
}

// The verdicts that Go and the schema can give on one instance.
const (
	bothAccept = iota
	bothReject
	goOnlyReject // Go rejects by Go-only rules alone; the schema accepts
	disagree
)

// verdict compares Go's and the schema's verdicts on one instance, and reports
// a disagreement.
func verdict(t *testing.T, corpus *json.Encoder, sch *sjs.Schema, schemaName, label string, data []byte) int {
	t.Helper()
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", label, err)
	}
	ps := goCheck[schemaName](data)
	judged := slices.ContainsFunc(ps, func(p attribution.Problem) bool { return schemaCanJudge(p, inst) })
	serr := sch.Validate(inst)
	if corpus != nil {
		if err := corpus.Encode(corpusLine{schemaName, label, serr == nil, data}); err != nil {
			t.Fatal(err)
		}
	}
	switch {
	case len(ps) == 0 && serr == nil:
		return bothAccept
	case judged && serr != nil:
		return bothReject
	case len(ps) > 0 && !judged && serr == nil:
		return goOnlyReject
	case !judged:
		t.Errorf("%s: Go accepts (but for Go-only rules: %v), the schema rejects:\n\t%s", label, ps, schemaErrors(serr))
	default:
		t.Errorf("%s: Go rejects, the schema accepts:\n\t%v", label, ps)
	}
	return disagree
}

// TestAgreement checks that Go and the schema give the same verdict on every
// valid sample and on every one-step mutation of it, and that the schema
// rejects every invalid fixture whose rule it expresses.
func TestAgreement(t *testing.T) {
	schemas := map[string]*sjs.Schema{}
	for _, name := range jsonschema.Names() {
		schemas[name] = compile(t, name)
	}
	var corpus *json.Encoder
	if *corpusFile != "" {
		f, err := os.Create(*corpusFile)
		if err != nil {
			t.Fatal(err)
		}
		defer func() {
			if err := f.Close(); err != nil {
				t.Error(err)
			}
		}()
		corpus = json.NewEncoder(f)
	}
	fromGo, fromFixtures := goSamples(t), fixtureSamples(t)
	var samples, mutations [4]int
	for _, s := range append(fromGo, fromFixtures...) {
		if ps := goCheck[s.schema](s.data); len(ps) > 0 {
			t.Errorf("%s: the sample is invalid in Go: %v", s.label, ps)
			continue
		}
		samples[verdict(t, corpus, schemas[s.schema], s.schema, s.label, s.data)]++
		inst, err := sjs.UnmarshalJSON(bytes.NewReader(s.data))
		if err != nil {
			t.Fatalf("%s: %v", s.label, err)
		}
		for _, m := range mutate(inst) {
			mutations[verdict(t, corpus, schemas[s.schema], s.schema, s.label+": "+m.desc, mustJSON(t, m.doc))]++
		}
	}
	var rejected, goOnly int
	for _, f := range invalidFixtures(t) {
		inst, err := sjs.UnmarshalJSON(bytes.NewReader(f.data))
		if err != nil || !utf8.Valid(f.data) {
			// Not JSON (RFC 8259 wants UTF-8, and other languages' readers
			// refuse it before any schema sees it): no schema judges it.
			goOnly++
			t.Logf("%s: fails in Go with %s; it is not JSON a schema could judge", f.name, wantString(f.want))
			continue
		}
		expressible := slices.ContainsFunc(f.want, func(p attribution.Problem) bool { return schemaCanJudge(p, inst) })
		serr := schemas["document.schema.json"].Validate(inst)
		if corpus != nil {
			var compact bytes.Buffer
			if err := json.Compact(&compact, f.data); err != nil {
				t.Fatal(err)
			}
			if err := corpus.Encode(corpusLine{"document.schema.json", "invalid fixture " + f.name, serr == nil, compact.Bytes()}); err != nil {
				t.Fatal(err)
			}
		}
		switch {
		case expressible && serr == nil:
			t.Errorf("%s: fails in Go with %v, a rule the schema expresses, but the schema accepts it", f.name, f.want)
			mutations[disagree]++
		case expressible:
			rejected++
		case serr != nil:
			t.Errorf("%s: fails in Go with %s alone, rules the schema cannot say, but the schema rejects it:\n\t%s",
				f.name, wantString(f.want), schemaErrors(serr))
			mutations[disagree]++
		default:
			goOnly++
			t.Logf("%s: fails in Go with %s, rules the schema cannot say; the schema accepts it", f.name, wantString(f.want))
		}
	}
	summary := fmt.Sprintf("agreement: %d valid samples (%d Go-encoded, %d fixtures): %d pass Go and the schema; "+
		"%d mutations: %d both accept, %d both reject, %d rejected by Go-only rules alone and accepted by the schema; "+
		"invalid fixtures: %d rejected by the schema, %d Go-only; %d disagreements",
		len(fromGo)+len(fromFixtures), len(fromGo), len(fromFixtures), samples[bothAccept],
		mutations[bothAccept]+mutations[bothReject]+mutations[goOnlyReject]+mutations[disagree],
		mutations[bothAccept], mutations[bothReject], mutations[goOnlyReject],
		rejected, goOnly, samples[disagree]+mutations[disagree])
	t.Log(summary)
	if testing.Verbose() {
		fmt.Println(summary)
	}
	if mutations[bothReject] == 0 || mutations[bothAccept] == 0 {
		t.Fatal("the mutations reached no verdict of each kind; the corpus is broken")
	}
}

// invalidFixture is an invalid document fixture with the problems its sidecar
// says it fails with.
type invalidFixture struct {
	name string
	data []byte
	want []attribution.Problem
}

func invalidFixtures(t *testing.T) []invalidFixture {
	paths, err := filepath.Glob(filepath.Join(fixtures, "invalid", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []invalidFixture
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		want, err := readWant(strings.TrimSuffix(p, ".json") + ".want")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, invalidFixture{filepath.Base(p), data, want})
	}
	return out
}

func wantString(ps []attribution.Problem) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, strings.TrimSpace(p.Pointer+" "+string(p.Code)))
	}
	return strings.Join(parts, ", ")
}

// readWant reads a sidecar: one "POINTER CODE" a line, the empty pointer
// written "".
func readWant(path string) ([]attribution.Problem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []attribution.Problem
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		p := attribution.Problem{Code: attribution.Code(fields[len(fields)-1])}
		if len(fields) > 1 && fields[0] != `""` {
			p.Pointer = fields[0]
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s lists no problem", path)
	}
	return out, nil
}
