package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

func runCommand(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestReport(t *testing.T) {
	code, out, errOut := runCommand(t)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"Pakistan restarts Afghan refugee repatriation amid border tensions\nThe Media Line, no byline\n",
		"SPEAKER  ", "DESCRIBED AS", "NAMED", "QUOTE", "CUE", "WORDS",
		"senior intelligence official",
		"Islamabad-based senior intelligence official",
		"└ Government of Pakistan",
		"Format: 0.2\n",
		"Speakers: 11 (9 named, 1 unnamed, 1 anonymous; 6 person, 2 organization, 2 government, 1 group)\n",
		"Quotes: 38 (12 direct, 19 indirect, 3 partial, 4 mixed)\n",
		"Attributions: 38 (1 nested)\n",
		"Claims: 34 (10 with no source; relations: 6 supports, 1 contradicts, 2 denies, 2 qualifies)\n",
		"  - By a cautious estimate, at least 36 security officers have been killed in terror incidents so far in 2024. (statistical)\n",
		"Anonymous sources whose anonymity the text does not explain:\n  - senior intelligence official\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	// One table row per attribution, after the header.
	rows := 0
	for line := range strings.Lines(out) {
		if strings.Contains(line, "  named  ") || strings.Contains(line, "  unnamed  ") || strings.Contains(line, "  anonymous  ") {
			rows++
		}
	}
	if rows != 38 {
		t.Errorf("%d table rows, want 38", rows)
	}
}

func TestJSON(t *testing.T) {
	code, out, errOut := runCommand(t, "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden, err := os.ReadFile("../seed/testdata/document.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(golden), out); diff != "" {
		t.Errorf("-json differs from the golden document (-golden +got):\n%s", diff)
	}
	doc, err := attribution.Decode(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestDocumentFile(t *testing.T) {
	code, out, errOut := runCommand(t, "../seed/testdata/document.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	_, seedOut, _ := runCommand(t)
	if out != seedOut {
		t.Error("the report of the golden file differs from the report of the seed document")
	}

	code, out, _ = runCommand(t, "../../attribution/testdata/valid/claims.json")
	if code != 0 || !strings.Contains(out, "Claims: 5 (3 with no source; relations: 1 supports, 1 denies)") {
		t.Errorf("exit %d, report:\n%s", code, out)
	}
}

func TestInvalidDocumentFile(t *testing.T) {
	tests := map[string][]string{
		"../../attribution/testdata/invalid/attribution-cycle.json": {
			"attribution-cycle.json: 2 problems\n",
			"  /attributions/0/parent\tattribution-cycle\t",
			"  /attributions/1/parent\tattribution-cycle\t",
		},
		"../../attribution/testdata/invalid/unknown-field.json": {"unknown-field.json: 1 problem\n", "  /speakers/0/nmae\tunknown-field\t"},
		"../../attribution/testdata/invalid/syntax.json":        {"  \"\"\tsyntax\t"},
	}
	for file, wants := range tests {
		code, out, errOut := runCommand(t, file)
		if code != 1 || out != "" {
			t.Errorf("%s: exit %d, stdout %q; want 1 and nothing", file, code, out)
		}
		for _, want := range wants {
			if !strings.Contains(errOut, want) {
				t.Errorf("%s: stderr lacks %q:\n%s", file, want, errOut)
			}
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for name, args := range map[string][]string{
		"missing file":   {"no-such-file.json"},
		"two files":      {"a.json", "b.json"},
		"unknown flag":   {"-yaml"},
		"flag after arg": {"../seed/testdata/document.json", "extra"},
	} {
		if code, _, errOut := runCommand(t, args...); code != 2 || errOut == "" {
			t.Errorf("%s: exit %d, stderr %q; want 2 and a message", name, code, errOut)
		}
	}
	if code, _, errOut := runCommand(t, "-h"); code != 0 || !strings.Contains(errOut, "usage: sourcing") {
		t.Errorf("-h: exit %d, stderr %q", code, errOut)
	}
}

func TestDescribed(t *testing.T) {
	tests := map[string]struct {
		s    source.Speaker
		want string
	}{
		"organization only": {source.Speaker{Kind: source.KindPerson, Name: "A", Affiliations: []source.Affiliation{
			{Organization: &source.Organization{Name: "South Asia Center", Parent: &source.Organization{Name: "Atlantic Council"}}}}},
			"South Asia Center, Atlantic Council"},
		"role only": {source.Speaker{Kind: source.KindPerson, Name: "A", Affiliations: []source.Affiliation{{Role: "president"}}}, "president"},
		"role already in the description": {source.Speaker{Kind: source.KindPerson, Name: "A", Description: "Pakistani Interior Minister",
			Affiliations: []source.Affiliation{{Role: "Interior Minister", Organization: &source.Organization{Name: "Government of Pakistan"}}}},
			"Pakistani Interior Minister"},
		"anonymous, based somewhere": {source.Speaker{Kind: source.KindPerson, BasedIn: "Islamabad",
			Anonymity: &source.Anonymity{Description: "senior official"}}, "Islamabad-based senior official"},
		"a government": {source.Speaker{Kind: source.KindGovernment, Name: "Government of Afghanistan", Country: "AF"}, "government (AF)"},
	}
	for name, tt := range tests {
		if got := described(tt.s); got != tt.want {
			t.Errorf("%s: described = %q, want %q", name, got, tt.want)
		}
	}
}

// TestHostileMemberName wants a member name with a newline and a terminal
// escape printed escaped, never raw.
func TestHostileMemberName(t *testing.T) {
	data, err := os.ReadFile("../../attribution/testdata/valid/minimal.json")
	if err != nil {
		t.Fatal(err)
	}
	hostile := strings.Replace(string(data), "{", "{\"x\\n  /forged\\tline\\u001b[31m\": 1,", 1)
	file := t.TempDir() + "/hostile.json"
	if err := os.WriteFile(file, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCommand(t, file)
	if code != 1 || strings.Contains(errOut, "\x1b") || strings.Count(errOut, "\n") != 2 {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(errOut, `/x\n  ~1forged\tline\x1b[31m`) {
		t.Errorf("stderr %q does not show the name escaped", errOut)
	}
}

// TestReportAnonymousSources prints a document with three anonymous sources:
// an official with an affiliation the story does not print, an organization
// whose parent it does not print, and a source on deep background. The report
// shows for each only what the story prints (the description, where the
// source is based), and never attributes the deep-background source, not even
// by description.
func TestReportAnonymousSources(t *testing.T) {
	const deepDescription = "a person with direct knowledge of the talks"
	doc := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Talks stall"},
		Speakers: []source.Speaker{
			{ID: "official", Kind: source.KindPerson, BasedIn: "Islamabad",
				Anonymity: &source.Anonymity{Description: "senior intelligence official", GroundRule: source.GroundRuleAnonymity},
				Affiliations: []source.Affiliation{{Role: "deputy director",
					Organization: &source.Organization{Name: "Counter-Terrorism Wing", Parent: &source.Organization{Name: "Inter-Services Intelligence"}}}}},
			{ID: "agency", Kind: source.KindOrganization,
				Anonymity:          &source.Anonymity{Description: "a security agency", GroundRule: source.GroundRuleBackground},
				ParentOrganization: &source.Organization{Name: "Ministry of Interior"}},
			{ID: "deep", Kind: source.KindPerson, BasedIn: "Doha", Country: "QA",
				Anonymity:    &source.Anonymity{Description: deepDescription, GroundRule: source.GroundRuleDeepBackground},
				Affiliations: []source.Affiliation{{Role: "negotiator"}}},
		},
		Quotes: []quote.Quote{
			{ID: "q1", Kind: quote.KindIndirect, Text: "the talks had stalled", Cue: &quote.Cue{Text: "said"}},
			{ID: "q2", Kind: quote.KindIndirect, Text: "the border would stay shut", Cue: &quote.Cue{Text: "said"}},
			{ID: "q3", Kind: quote.KindIndirect, Text: "the delegations left Doha on Sunday"},
		},
		Attributions: []attribution.Attribution{
			{ID: "a1", Speaker: "official", Quote: "q1"},
			{ID: "a2", Speaker: "agency", Quote: "q2"},
			{ID: "a3", Speaker: "deep", Quote: "q3"},
		},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"}, Created: "2026-11-26"},
	}
	if err := doc.Validate(); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	writeReport(&b, doc)
	out := b.String()
	for _, unprinted := range []string{"deputy director", "Counter-Terrorism Wing", "Inter-Services Intelligence",
		"Ministry of Interior", deepDescription, "Doha-based", "negotiator", "QA"} {
		if strings.Contains(out, unprinted) {
			t.Errorf("the report prints %q, which the story does not attribute:\n%s", unprinted, out)
		}
	}
	var rows []string
	for line := range strings.Lines(out) {
		if strings.Contains(line, "  anonymous  ") {
			rows = append(rows, strings.Join(strings.Fields(line), " "))
		}
	}
	want := []string{
		"senior intelligence official Islamabad-based senior intelligence official anonymous indirect said the talks had stalled",
		"a security agency a security agency anonymous indirect said the border would stay shut",
		"(deep background) not attributed anonymous indirect the delegations left Doha on Sunday",
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("rows of anonymous sources (-want +got):\n%s", diff)
	}
	if !strings.Contains(out, "does not explain:\n  - senior intelligence official\n  - a security agency\n  - a source on deep background\n") {
		t.Errorf("the summary of unexplained anonymity:\n%s", out)
	}
}
