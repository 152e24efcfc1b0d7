package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// The planted secrets. An anonymous speaker's identity: its name, title, QID and
// sameAs URLs, which the model forbids on an anonymous speaker; each field has
// a secret of its own. And what surrounds it: the role and organizations of
// its affiliations, and an anonymous organization's parent, which a valid
// document may hold but no page or message may print unless the story does.
const (
	secretName      = "Zarmina Vexhollow"
	secretTitle     = "Brig. Quorvane"
	secretOrgName   = "Quillfen Directorate"
	secretQID       = "Q987654321"
	secretOrgQID    = "Q876543219"
	secretURL       = "https://vexhollow.example/profile"
	secretURL2      = "https://wyndmoor.example/people/zv"
	secretOrgURL    = "https://quillfen.example/"
	adjacentRole    = "Adjacent-Role deputy chief of cell"
	adjacentOrg     = "Borrowdale Special Branch"
	adjacentParent  = "Kestrelmoor Ministry"
	adjacentOrgQID  = "Q765432198"
	adjacentOrgURL  = "https://borrowdale.example/branch"
	adjacentAgency  = "Thistlegate Council"
	namedSpeaker    = "Farzana Shah"
	anonDescription = "senior intelligence official"
)

var (
	identitySecrets = []string{secretName, secretTitle, secretOrgName, secretQID, secretOrgQID, secretURL, secretURL2, secretOrgURL}
	adjacentSecrets = []string{adjacentRole, adjacentOrg, adjacentParent, adjacentOrgQID, adjacentOrgURL, adjacentAgency}
)

// plantedDocument returns a document with two anonymous speakers (a person
// with an affiliation, an organization with a parent) and a named one; with
// identity, the anonymous speakers carry a name, a QID and sameAs URLs too,
// which makes the document invalid.
func plantedDocument(identity bool) *attribution.Document {
	official := source.Speaker{
		ID: "official", Kind: source.KindPerson, BasedIn: "Islamabad",
		Anonymity: &source.Anonymity{Description: anonDescription, GroundRule: source.GroundRuleAnonymity},
		Affiliations: []source.Affiliation{{
			Role: adjacentRole,
			Organization: &source.Organization{Name: adjacentOrg, QID: adjacentOrgQID, SameAs: []string{adjacentOrgURL},
				Parent: &source.Organization{Name: adjacentParent}},
		}},
	}
	agency := source.Speaker{
		ID: "agency", Kind: source.KindOrganization,
		Anonymity:          &source.Anonymity{Description: "a security agency", GroundRule: source.GroundRuleBackground},
		ParentOrganization: &source.Organization{Name: adjacentAgency},
	}
	// An aide whose only identity is a title, so that the title alone is
	// what an output could leak.
	aide := source.Speaker{ID: "aide", Kind: source.KindPerson,
		Anonymity: &source.Anonymity{Description: "an aide", GroundRule: source.GroundRuleAnonymity}}
	if identity {
		aide.Title = secretTitle
		official.Name, official.QID, official.SameAs = secretName, secretQID, []string{secretURL, secretURL2}
		agency.Name, agency.QID, agency.SameAs = secretOrgName, secretOrgQID, []string{secretOrgURL}
	}
	const text = "“The border stays shut,” a senior intelligence official said. A security agency agreed. “It is closed,” Farzana Shah said."
	return &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "The border stays shut"},
		Text:          text,
		Speakers: []source.Speaker{official, agency,
			{ID: "shah", Kind: source.KindPerson, Name: namedSpeaker, QID: "Q123456"}, aide},
		Quotes: []quote.Quote{
			{ID: "q1", Kind: quote.KindDirect, Text: "The border stays shut,", Cue: &quote.Cue{Text: "said"}},
			{ID: "q2", Kind: quote.KindIndirect, Text: "agreed", Cue: &quote.Cue{Text: "agreed"}},
			{ID: "q3", Kind: quote.KindDirect, Text: "It is closed,", Cue: &quote.Cue{Text: "said"}},
		},
		Attributions: []attribution.Attribution{
			{ID: "a1", Speaker: "official", Quote: "q1"},
			{ID: "a2", Speaker: "agency", Quote: "q2"},
			{ID: "a3", Speaker: "shah", Quote: "q3"},
		},
		Annotation: attribution.Annotation{
			By: attribution.Agent{Kind: attribution.AgentPerson, Name: "Desk editor"}, Created: "2026-11-26",
		},
	}
}

// holder is a caller's struct that carries speakers in exported fields.
type holder struct {
	Speaker  source.Speaker
	Pointer  *source.Speaker
	Speakers []source.Speaker
	ByID     map[string]source.Speaker
	Any      any
	Document *attribution.Document
}

// output is one thing the library or a command produced, and whether it is the
// document's data (JSON), which may hold what surrounds an identity, or text
// for people, which may not.
type output struct {
	text string
	data bool
}

// TestIdentityNeverPrinted plants a secret in every identity field of two
// anonymous speakers, and in what surrounds their identity, and captures every
// output that the library and its commands produce: fmt with every verb and
// flag, log/slog's text and JSON handlers, encoding/json, attribution.Encode,
// validation errors, the sourcing report and its JSON, and the onrecord
// command. No output may contain an identity secret; no output for people may
// contain a secret that surrounds the identity.
func TestIdentityNeverPrinted(t *testing.T) {
	outputs := map[string]output{}
	add := func(name, text string, data bool) { outputs[name] = output{text, data} }

	invalid, valid := plantedDocument(true), plantedDocument(false)
	if invalid.Validate() == nil {
		t.Fatal("the document with identities validates")
	}
	if err := valid.Validate(); err != nil {
		t.Fatalf("the document without identities does not validate: %v", err)
	}
	s := invalid.Speakers[0]
	org := invalid.Speakers[1]
	aide := invalid.Speakers[3]
	h := holder{Speaker: s, Pointer: &org, Speakers: invalid.Speakers,
		ByID: map[string]source.Speaker{"official": s, "agency": org}, Any: s, Document: invalid}
	values := map[string]any{
		"speaker": s, "organization speaker": org, "titled speaker": aide, "pointer": &s, "slice": invalid.Speakers,
		"pointers": []*source.Speaker{&s, &org}, "map": h.ByID, "struct": h, "struct pointer": &h,
		"document": invalid, "document value": *invalid,
	}

	// fmt, every verb with every flag. %p is left out: on a value that is
	// not a pointer, fmt prints the value field by field and calls no
	// method, as it does for an unexported field; Speaker's documentation
	// says so.
	for name, v := range values {
		for _, verb := range "vsqdxXobcUeEfFgGt" {
			for _, flags := range []string{"", "+", "#", "-", " ", "0", "+#"} {
				f := "%" + flags + string(verb)
				add("fmt "+f+" "+name, fmt.Sprintf(f, v), false)
			}
		}
		add("fmt Sprint "+name, fmt.Sprint(v), false)
		add("fmt Sprintln "+name, fmt.Sprintln(v), false)
	}
	add("String", s.String(), false)

	// log/slog, text and JSON, each value as an attribute, in a group and
	// with attributes set on the logger.
	for _, handler := range []string{"text", "json"} {
		for name, v := range values {
			var buf bytes.Buffer
			var hd slog.Handler = slog.NewTextHandler(&buf, nil)
			if handler == "json" {
				hd = slog.NewJSONHandler(&buf, nil)
			}
			logger := slog.New(hd)
			logger.Info("quoted", "value", v)
			logger.Info("grouped", slog.Group("g", "value", v))
			logger.With("value", v).Warn("with")
			logger.WithGroup("wg").Error("in group", "value", v)
			add("slog "+handler+" "+name, buf.String(), false)
		}
	}

	// encoding/json and attribution.Encode: the invalid speakers are
	// refused, and the error says so without the secrets.
	for name, v := range values {
		data, err := json.Marshal(v)
		add("json.Marshal "+name, string(data)+fmt.Sprint(err), false)
		if err == nil {
			t.Errorf("json.Marshal(%s) wrote an anonymous speaker that carries an identity: %s", name, data)
		}
		data, err = json.MarshalIndent(v, "", "  ")
		add("json.MarshalIndent "+name, string(data)+fmt.Sprint(err), false)
	}
	var encoded bytes.Buffer
	err := attribution.Encode(&encoded, invalid)
	add("attribution.Encode invalid", encoded.String()+fmt.Sprint(err), false)
	if err == nil {
		t.Error("attribution.Encode wrote a document whose anonymous speakers carry identities")
	}
	encoded.Reset()
	if err := attribution.Encode(&encoded, valid); err != nil {
		t.Fatalf("attribution.Encode of the valid document: %v", err)
	}
	add("attribution.Encode valid", encoded.String(), true)
	validJSON, err := json.Marshal(valid.Speakers)
	add("json.Marshal valid speakers", string(validJSON)+fmt.Sprint(err), true)
	var logged bytes.Buffer
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("valid", "speakers", valid.Speakers, "document", valid)
	add("slog json valid speakers and document", logged.String(), true)

	// Validation errors, whole and problem by problem.
	for name, err := range map[string]error{"speaker": s.Validate(), "organization speaker": org.Validate(), "document": invalid.Validate()} {
		add("Validate "+name, fmt.Sprintf("%v\n%+v\n%#v", err, err, err), false)
		var verr *attribution.ValidationError
		if errors := []string{}; asValidation(err, &verr) {
			for _, p := range verr.Problems {
				errors = append(errors, p.Pointer+" "+string(p.Code)+" "+p.Message)
			}
			add("Validate problems "+name, strings.Join(errors, "\n"), false)
		}
	}

	// The sourcing report and its JSON, of both documents, read from files.
	dir := t.TempDir()
	for name, d := range map[string]*attribution.Document{"invalid": invalid, "valid": valid} {
		path := filepath.Join(dir, name+".json")
		var file bytes.Buffer
		enc := json.NewEncoder(&file)
		enc.SetIndent("", "  ")
		if err := enc.Encode(plainDocument(d)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, file.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{path}, {"-json", path}} {
			var stdout, stderr bytes.Buffer
			code := run(args, &stdout, &stderr)
			data := slices.Contains(args, "-json")
			add(fmt.Sprintf("sourcing %s %s stdout (exit %d)", strings.Join(args[:len(args)-1], " "), name, code), stdout.String(), data)
			add(fmt.Sprintf("sourcing %s %s stderr", strings.Join(args[:len(args)-1], " "), name), stderr.String(), false)
		}
	}
	if report := outputs["sourcing  valid stdout (exit 0)"].text; !strings.Contains(report, namedSpeaker) || !strings.Contains(report, anonDescription) {
		t.Errorf("the report of the valid document lacks the named speaker or the description:\n%s", report)
	}

	// The onrecord command: its help, its schema command, and every command
	// its design names, given the document (an unknown command today).
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command runs the onrecord command: %v", err)
	}
	for _, args := range [][]string{
		{"help"}, {"schema", "-h"}, {"schema", "-o", filepath.Join(dir, "schemas")},
		{"validate", filepath.Join(dir, "invalid.json")}, {"audit", filepath.Join(dir, "valid.json")},
		{"export", filepath.Join(dir, "invalid.json")}, {"html", filepath.Join(dir, "valid.json")},
	} {
		cmd := exec.Command(goTool, append([]string{"run", "github.com/onrecord/onrecord/cmd/onrecord"}, args...)...)
		out, _ := cmd.CombinedOutput()
		add("onrecord "+strings.Join(args, " "), string(out), false)
	}

	// The checks.
	if !strings.Contains(outputs["fmt %v slice"].text, namedSpeaker) {
		t.Errorf("fmt of the speakers lacks the named speaker %q: the capture is broken", namedSpeaker)
	}
	leaks := 0
	for _, name := range slices.Sorted(mapsKeys(outputs)) {
		o := outputs[name]
		secrets := identitySecrets
		if !o.data {
			secrets = append(slices.Clone(identitySecrets), adjacentSecrets...)
		}
		for _, secret := range secrets {
			if strings.Contains(o.text, secret) || strings.Contains(o.text, head(secret)) {
				leaks++
				t.Errorf("%s reveals %q:\n%s", name, secret, clip(o.text, 400))
			}
		}
	}
	t.Logf("%d outputs checked against %d identity and %d surrounding secrets; %d leaks", len(outputs),
		len(identitySecrets), len(adjacentSecrets), leaks)
}

// head returns the first characters of a secret, distinct for each, which
// an output that clips a value would still show: five characters, or the
// scheme and three of a URL's host.
func head(secret string) string {
	n := 5
	if strings.HasPrefix(secret, "https://") {
		n = len("https://") + 3
	}
	return string([]rune(secret)[:n])
}

// plainDocument is a document's members as encoding/json writes a struct
// without methods, so that the planted identities reach the file that the
// commands read.
func plainDocument(d *attribution.Document) map[string]any {
	type plainSpeaker source.Speaker
	var speakers []plainSpeaker
	for _, s := range d.Speakers {
		speakers = append(speakers, plainSpeaker(s))
	}
	return map[string]any{
		"formatVersion": d.FormatVersion, "article": d.Article, "text": d.Text, "speakers": speakers,
		"quotes": d.Quotes, "attributions": d.Attributions, "annotation": d.Annotation,
	}
}

func asValidation(err error, target **attribution.ValidationError) bool {
	v, ok := err.(*attribution.ValidationError)
	if ok {
		*target = v
	}
	return ok
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}
