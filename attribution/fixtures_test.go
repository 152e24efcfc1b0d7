package attribution_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/validation"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// eachFixture runs fn as a subtest for every file matching pattern, with the
// file's name and contents; it fails when nothing matches.
func eachFixture(t *testing.T, pattern string, fn func(t *testing.T, file string, data []byte)) {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Fatalf("no fixtures match %s", pattern)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fn(t, file, data)
		})
	}
}

// TestValidFixtures decodes, validates and re-encodes every valid fixture, and
// wants the encoding byte for byte equal to the file.
func TestValidFixtures(t *testing.T) {
	eachFixture(t, "testdata/valid/*.json", func(t *testing.T, file string, data []byte) {
		doc, err := attribution.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if err := doc.Validate(); err != nil {
			t.Fatalf("Validate: %v", err)
		}
		var out bytes.Buffer
		if err := attribution.Encode(&out, doc); err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		if diff := cmp.Diff(string(data), out.String()); diff != "" {
			t.Errorf("round trip changed the JSON (-file +encoded):\n%s", diff)
		}
	})
}

// problemsOf decodes and validates a fixture, and returns its problems.
func problemsOf(t *testing.T, data []byte) []attribution.Problem {
	t.Helper()
	doc, err := attribution.Decode(bytes.NewReader(data))
	if err == nil {
		err = doc.Validate()
	}
	if err == nil {
		return nil
	}
	var verr *attribution.ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("error is not a *ValidationError: %v", err)
	}
	return verr.Problems
}

// readWant reads a sidecar file of "POINTER CODE" lines; the root pointer is
// written "".
func readWant(t *testing.T, file string) []string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatalf("every invalid fixture needs a .want sidecar: %v", err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		want = append(want, strings.Replace(line, `"" `, " ", 1))
	}
	return want
}

// TestInvalidFixtures wants every invalid fixture to fail with exactly the
// pointers and codes its sidecar lists, and no message to repeat a value of
// the input.
func TestInvalidFixtures(t *testing.T) {
	eachFixture(t, "testdata/invalid/*.json", func(t *testing.T, file string, data []byte) {
		want := readWant(t, strings.TrimSuffix(file, ".json")+".want")
		ps := problemsOf(t, data)
		var got []string
		for _, p := range ps {
			got = append(got, p.Pointer+" "+string(p.Code))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("problems (-want +got):\n%s\nfull error:\n%v", diff, &attribution.ValidationError{Problems: ps})
		}
		for _, v := range inputStrings(data) {
			for _, p := range ps {
				if strings.Contains(p.Message, v) {
					t.Errorf("message %q at %s repeats the input value %q", p.Message, p.Pointer, v)
				}
			}
		}
	})
}

// inputStrings returns the string values of a JSON text that are long enough
// to be recognised in a message and are not enumeration values (which
// messages list by design).
func inputStrings(data []byte) []string {
	var v any
	if json.Unmarshal(data, &v) != nil {
		return nil
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case string:
			if len(v) >= 6 && !validation.IsEnumValue(v) {
				out = append(out, v)
			}
		}
	}
	walk(v)
	return out
}

// TestEveryCodeHasFixture wants every rule code proved by at least one invalid
// fixture, and every fixture's codes to be documented ones. Run with -v to see
// which fixture proves which code.
func TestEveryCodeHasFixture(t *testing.T) {
	files, _ := filepath.Glob("testdata/invalid/*.want")
	proved := map[attribution.Code][]string{}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".want")
		for _, line := range readWant(t, file) {
			code := attribution.Code(line[strings.LastIndexByte(line, ' ')+1:])
			if !slices.Contains(attribution.Codes(), code) {
				t.Errorf("%s expects %q, which is not a documented code", name, code)
			}
			if !slices.Contains(proved[code], name) {
				proved[code] = append(proved[code], name)
			}
		}
	}
	for _, code := range attribution.Codes() {
		if len(proved[code]) == 0 {
			t.Errorf("rule %q has no invalid fixture that proves it", code)
			continue
		}
		sort.Strings(proved[code])
		t.Logf("%-22s proved by testdata/invalid/%s.json", code, strings.Join(proved[code], ".json, "))
	}
}

// TestValidationStaysSealed wants every fixture and the seed document
// validated without falling back from the sealed value to the validator's
// plain call: a struct-level rule that reads its value with
// sl.Current().Interface() instead of validation.Current makes validation
// correct but several times slower.
func TestValidationStaysSealed(t *testing.T) {
	before := validation.SealedFallbacks()
	files, _ := filepath.Glob("testdata/*/*.json")
	files = append(files, "../examples/seed/testdata/document.json")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if doc, err := attribution.Decode(bytes.NewReader(data)); err == nil {
			_ = doc.Validate()
		}
	}
	if n := validation.SealedFallbacks() - before; n != 0 {
		t.Errorf("%d validations fell back to the plain call: a struct-level rule reads its value without validation.Current", n)
	}
}
