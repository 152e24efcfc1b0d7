package audit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/jsonschema"
)

// enabled lists "check severity" for every check the policy runs.
func enabled(p audit.Policy) []string {
	var out []string
	for _, id := range audit.CheckIDs() {
		if sev, ok := p.Severity(id); ok {
			out = append(out, fmt.Sprintf("%s %s", id, sev))
		}
	}
	return out
}

func TestPresets(t *testing.T) {
	want := map[string][]string{
		"ap": {
			"anonymous-no-reason error", "anonymous-vague warning", "anonymous-opinion error",
			"anonymous-declined-comment error", "deep-background-attributed error", "anonymous-no-byline warning",
			"unsourced-statistic warning", "unattributed-disputed warning", "anonymous-no-basis notice",
		},
		"reuters": {
			"anonymous-pejorative warning", "single-anonymous-source notice", "plural-sources error",
			"deep-background-attributed error", "contradicted-on-background error",
		},
		"nyt": {
			"anonymous-no-reason warning", "anonymous-boilerplate-reason warning", "anonymous-pejorative error",
			"deep-background-attributed error", "anonymous-no-basis notice",
		},
		"npr": {
			"anonymous-no-reason error", "anonymous-vague warning", "anonymous-pejorative error",
			"deep-background-attributed error",
		},
		"bbc": {
			"anonymous-vague warning", "single-anonymous-source warning", "deep-background-attributed error",
		},
		"default": {
			"anonymous-no-reason warning", "anonymous-boilerplate-reason notice", "anonymous-vague warning",
			"anonymous-opinion warning", "anonymous-pejorative error", "single-anonymous-source warning",
			"anonymous-declined-comment error", "plural-sources error", "deep-background-attributed error",
			"anonymous-no-byline warning", "unsourced-statistic warning", "unattributed-disputed warning",
			"contradicted-on-background error", "anonymous-no-basis notice",
		},
		"strictest": {
			"anonymous-no-reason error", "anonymous-boilerplate-reason warning", "anonymous-vague warning",
			"anonymous-opinion error", "anonymous-pejorative error", "single-anonymous-source warning",
			"anonymous-declined-comment error", "plural-sources error", "deep-background-attributed error",
			"anonymous-no-byline warning", "unsourced-statistic warning", "unattributed-disputed warning",
			"contradicted-on-background error", "anonymous-no-basis notice",
		},
	}
	if diff := cmp.Diff([]string{"default", "ap", "reuters", "nyt", "npr", "bbc", "strictest"}, audit.PresetNames()); diff != "" {
		t.Errorf("preset names (-want +got):\n%s", diff)
	}
	byFunc := map[string]audit.Policy{"default": audit.Default(), "ap": audit.AP(), "reuters": audit.Reuters(),
		"nyt": audit.NYT(), "npr": audit.NPR(), "bbc": audit.BBC(), "strictest": audit.Strictest()}
	for _, name := range audit.PresetNames() {
		p, ok := audit.Preset(name)
		if !ok {
			t.Fatalf("no preset %s", name)
		}
		if err := p.Validate(); err != nil {
			t.Errorf("preset %s: %v", name, err)
		}
		if p.Name != name || p.Description == "" {
			t.Errorf("preset %s: name %q, description %q", name, p.Name, p.Description)
		}
		if diff := cmp.Diff(want[name], enabled(p)); diff != "" {
			t.Errorf("preset %s (-want +got):\n%s", name, diff)
		}
		if diff := cmp.Diff(p, byFunc[name]); diff != "" {
			t.Errorf("preset %s differs from its function (-Preset +function):\n%s", name, diff)
		}
	}
	if _, ok := audit.Preset("guardian"); ok {
		t.Error("an unknown preset was found")
	}
}

// TestPresetsFollowRules checks that each newsroom's preset runs exactly the
// checks with a rule of that newsroom, or the ground rules.
func TestPresetsFollowRules(t *testing.T) {
	for name, prefix := range map[string]string{"ap": "AP-", "reuters": "R-", "nyt": "NYT-", "npr": "NPR-", "bbc": "BBC-"} {
		p, _ := audit.Preset(name)
		for _, c := range audit.Checks() {
			rests := false
			for _, r := range c.Rules {
				rests = rests || strings.HasPrefix(r, prefix) || r == audit.RuleGroundRules
			}
			if _, on := p.Severity(c.ID); on != rests {
				t.Errorf("preset %s runs %s: %t; its rules %v", name, c.ID, on, c.Rules)
			}
		}
	}
}

func TestChecksRestOnKnownRules(t *testing.T) {
	if n := len(audit.Rules()); n != 29 {
		t.Errorf("%d rules, want 28 and the ground rules", n)
	}
	for _, c := range audit.Checks() {
		if !c.Severity.IsValid() || c.Summary == "" || len(c.Rules) == 0 {
			t.Errorf("check %s: severity %q, summary %q, rules %v", c.ID, c.Severity, c.Summary, c.Rules)
		}
		for _, r := range c.Rules {
			if _, ok := audit.RuleByID(r); !ok {
				t.Errorf("check %s rests on unknown rule %s", c.ID, r)
			}
		}
		got, ok := c.ID.Check()
		if !ok || !cmp.Equal(got, c) {
			t.Errorf("CheckID.Check(%s) = %v, %t", c.ID, got, ok)
		}
	}
	// The IDs the issue fixes, exactly as spelt.
	for _, id := range []audit.CheckID{"anonymous-no-reason", "anonymous-boilerplate-reason", "anonymous-vague",
		"anonymous-opinion", "anonymous-pejorative", "single-anonymous-source", "anonymous-declined-comment",
		"plural-sources", "deep-background-attributed", "anonymous-no-byline", "unsourced-statistic",
		"unattributed-disputed", "contradicted-on-background"} {
		if !id.IsValid() {
			t.Errorf("no check %s", id)
		}
	}
	if audit.CheckID("anonymous").IsValid() {
		t.Error("an unknown check ID is valid")
	}
}

func TestPolicySeverity(t *testing.T) {
	p := audit.Policy{
		Name: "desk",
		Base: audit.PresetReuters,
		Checks: []audit.Setting{
			{Check: audit.CheckSingleAnonymousSource, Severity: audit.SeverityError}, // raised
			{Check: audit.CheckPluralSources, Off: true},                             // turned off
			{Check: audit.CheckUnsourcedStatistic},                                   // added at its default
			{Check: audit.CheckAnonymousPejorative},                                  // kept at the base's
			{Check: audit.CheckAnonymousNoBasis, Severity: audit.SeverityWarning, Off: true},
		},
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	want := []string{"anonymous-pejorative warning", "single-anonymous-source error",
		"deep-background-attributed error", "unsourced-statistic warning", "contradicted-on-background error"}
	if diff := cmp.Diff(want, enabled(p)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string(nil), enabled(audit.Policy{Name: "empty"})); diff != "" {
		t.Errorf("a policy with no base and no checks runs checks:\n%s", diff)
	}
}

func TestSeverityAtLeast(t *testing.T) {
	tests := []struct {
		s, min audit.Severity
		want   bool
	}{
		{audit.SeverityError, audit.SeverityError, true},
		{audit.SeverityError, audit.SeverityNotice, true},
		{audit.SeverityWarning, audit.SeverityError, false},
		{audit.SeverityWarning, audit.SeverityWarning, true},
		{audit.SeverityNotice, audit.SeverityWarning, false},
		{"fatal", audit.SeverityNotice, false},
		{audit.SeverityError, "", false},
	}
	for _, tc := range tests {
		if got := tc.s.AtLeast(tc.min); got != tc.want {
			t.Errorf("%q.AtLeast(%q) = %t", tc.s, tc.min, got)
		}
	}
}

// policyCases are policies as JSON, with the problems Go reports ("pointer
// code"); those marked goOnly break a rule the schema cannot say.
var policyCases = []struct {
	name, json string
	want       []string
	goOnly     bool
}{
	{"minimal", `{"name":"desk"}`, nil, false},
	{"full", `{"name":"desk","description":"Our desk's rules.","base":"ap","checks":[{"check":"plural-sources","severity":"warning"},{"check":"anonymous-no-byline","off":true},{"check":"anonymous-vague"}]}`, nil, false},
	{"empty severity", `{"name":"desk","checks":[{"check":"plural-sources","severity":""}]}`, nil, false},
	{"no name", `{"base":"ap"}`, []string{"/name required"}, false},
	{"empty name", `{"name":""}`, []string{"/name required"}, false},
	{"unknown base", `{"name":"desk","base":"guardian"}`, []string{"/base enum"}, false},
	{"unknown check", `{"name":"desk","checks":[{"check":"anonymous"}]}`, []string{"/checks/0/check enum"}, false},
	{"no check", `{"name":"desk","checks":[{"severity":"error"}]}`, []string{"/checks/0/check required"}, false},
	{"unknown severity", `{"name":"desk","checks":[{"check":"plural-sources","severity":"fatal"}]}`, []string{"/checks/0/severity enum"}, false},
	{"unknown member", `{"name":"desk","preset":"ap"}`, []string{"/preset unknown-field"}, false},
	{"off not a boolean", `{"name":"desk","checks":[{"check":"plural-sources","off":"yes"}]}`, []string{"/checks/0/off type"}, false},
	{"null", `{"name":null}`, []string{"/name type"}, false},
	{"check twice", `{"name":"desk","checks":[{"check":"plural-sources"},{"check":"plural-sources","off":true}]}`, []string{"/checks/1/check duplicate-id"}, true},
}

func problemLines(err error) []string {
	if err == nil {
		return nil
	}
	var verr *attribution.ValidationError
	if !errors.As(err, &verr) {
		return []string{"not a validation error: " + err.Error()}
	}
	var out []string
	for _, p := range verr.Problems {
		out = append(out, fmt.Sprintf("%s %s", p.Pointer, p.Code))
	}
	return out
}

func TestDecodePolicy(t *testing.T) {
	for _, tc := range policyCases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := audit.DecodePolicy(strings.NewReader(tc.json))
			if diff := cmp.Diff(tc.want, problemLines(err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if err == nil && p.Name != "desk" {
				t.Errorf("decoded %+v", p)
			}
		})
	}
	if _, err := audit.DecodePolicy(strings.NewReader(`{"name":"desk"} {}`)); err == nil {
		t.Error("data after the policy was accepted")
	}
}

// TestPolicySchemaAgrees checks that the committed policy.schema.json gives
// Go's verdict on every case, except for the rule only Go checks.
func TestPolicySchemaAgrees(t *testing.T) {
	data, err := jsonschema.File("policy.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := sjs.NewCompiler()
	c.AssertFormat()
	id := jsonschema.ID("policy.schema.json")
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range policyCases {
		inst, err := sjs.UnmarshalJSON(strings.NewReader(tc.json))
		if err != nil {
			t.Fatal(err)
		}
		schemaValid := schema.Validate(inst) == nil
		if want := tc.want == nil || tc.goOnly; schemaValid != want {
			t.Errorf("%s: the schema says valid %t, want %t", tc.name, schemaValid, want)
		}
	}
	// Every preset, written out, is valid by the schema.
	for _, name := range audit.PresetNames() {
		p, _ := audit.Preset(name)
		var b bytes.Buffer
		if err := jsonEncode(&b, p); err != nil {
			t.Fatal(err)
		}
		inst, err := sjs.UnmarshalJSON(&b)
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("preset %s: %v", name, err)
		}
	}
}

func jsonEncode(b *bytes.Buffer, v any) error { return json.NewEncoder(b).Encode(v) }
