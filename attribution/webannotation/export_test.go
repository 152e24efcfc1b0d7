package webannotation_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/webannotation"
	"github.com/onrecord/onrecord/examples/seed"
	"github.com/onrecord/onrecord/internal/ldtest"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

func seedExport(t *testing.T, opts webannotation.Options) []byte {
	t.Helper()
	d, err := seed.Document()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := webannotation.Write(&buf, d, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The seed article's export, with claims and mentions, expands with a real
// JSON-LD processor that is served the embedded contexts and nothing else,
// and every member of it expands to an IRI: none is dropped for want of a
// definition.
func TestExpand(t *testing.T) {
	data := seedExport(t, webannotation.Options{Claims: true, Mentions: true})
	l := &ldtest.Loader{}
	exp, err := ldtest.Expand(data, l)
	if err != nil {
		t.Fatalf("expansion: %v", err)
	}
	if len(exp) != 1 {
		t.Fatalf("expanded to %d top-level nodes, want the collection alone", len(exp))
	}
	undefined, err := ldtest.Undefined(data, l)
	if err != nil {
		t.Fatal(err)
	}
	if len(undefined) > 0 {
		t.Errorf("members that no context defines, dropped in expansion:\n%s", strings.Join(undefined, "\n"))
	}
	for _, want := range []string{"http://www.w3.org/ns/anno.jsonld", "https://onrecord.github.io/schema/0.2/context.jsonld"} {
		if !strings.Contains(strings.Join(l.Loaded, " "), want) {
			t.Errorf("the processor never loaded %s", want)
		}
	}
	// The expanded form has the annotations as a list under as:items.
	text, _ := json.Marshal(exp)
	for _, iri := range []string{"http://www.w3.org/ns/oa#Annotation", "http://www.w3.org/ns/oa#TextPositionSelector",
		"http://www.w3.org/ns/oa#TextQuoteSelector", "http://schema.org/Quotation", "http://schema.org/spokenByCharacter",
		"http://www.w3.org/ns/oa#identifying", "https://onrecord.github.io/ns#quoteKind"} {
		if !bytes.Contains(text, []byte(iri)) {
			t.Errorf("the expanded export has no %s", iri)
		}
	}
}

// A member that no context defines is caught: the check above can fail.
func TestUndefinedCaught(t *testing.T) {
	doc := `{"@context": ["http://www.w3.org/ns/anno.jsonld"], "id": "urn:x", "type": "Annotation", "speakr": "x"}`
	undefined, err := ldtest.Undefined([]byte(doc), &ldtest.Loader{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"speakr at /speakr"}, undefined); diff != "" {
		t.Errorf("undefined (-want +got):\n%s", diff)
	}
}

// The document's annotation date becomes an xsd:dateTime in UTC ending in Z.
func TestCreated(t *testing.T) {
	for in, want := range map[string]string{
		"2026-11-25":                "2026-11-25T00:00:00Z",
		"2026-11":                   "2026-11-01T00:00:00Z",
		"2026":                      "2026-01-01T00:00:00Z",
		"2024-03-20T08:15:00+05:00": "2024-03-20T03:15:00Z",
		"2024-03-20T08:15:00.25Z":   "2024-03-20T08:15:00.25Z",
	} {
		d := minimal()
		d.Annotation.Created = in
		c, err := webannotation.Export(d, webannotation.Options{})
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if got := c.First.Items[0].Created; got != want {
			t.Errorf("created %s: got %s, want %s", in, got, want)
		}
	}
}

func minimal() *attribution.Document {
	text := "“We will act,” the minister said."
	x := quote.NewIndex(text)
	span, _ := x.Span(1, 13, quote.UnitCodePoint)
	cue, _ := x.Span(28, 32, quote.UnitCodePoint)
	return &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Minister promises action", URL: "https://example.org/story"},
		Text:          text,
		Speakers:      []source.Speaker{{ID: "minister", Kind: source.KindPerson, Name: "A. Minister"}},
		Quotes: []quote.Quote{{ID: "q1", Kind: quote.KindDirect, Text: "We will act,", Span: &span,
			Cue: &quote.Cue{Text: "said", Span: &cue}}},
		Attributions: []attribution.Attribution{{ID: "a1", Speaker: "minister", Quote: "q1"}},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentSoftware, Name: "extractor",
			Version: "1.0", URL: "https://example.org/extractor"}, Created: "2026-11-25"},
	}
}

// A program that annotated is both creator and generator; the target is the
// article's URL.
func TestAgents(t *testing.T) {
	c, err := webannotation.Export(minimal(), webannotation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := c.First.Items[0]
	want := &webannotation.Agent{Type: "Software", Name: "extractor", Homepage: "https://example.org/extractor", Version: "1.0"}
	if diff := cmp.Diff(want, a.Creator); diff != "" {
		t.Errorf("creator (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, a.Generator); diff != "" {
		t.Errorf("generator (-want +got):\n%s", diff)
	}
	if a.Target.Source != "https://example.org/story" {
		t.Errorf("target source %s", a.Target.Source)
	}
}

// An anonymous source is exported with its description only: whatever else
// the document records about them (where they are based, the terms and
// reason of their anonymity, the ID the annotator gave them) stays out.
func TestAnonymous(t *testing.T) {
	d := minimal()
	d.Speakers[0] = source.Speaker{ID: "rsmith", Kind: source.KindPerson, BasedIn: "Lahore", Country: "PK",
		Anonymity: &source.Anonymity{Description: "a senior official", GroundRule: source.GroundRuleBackground,
			Terms: "on condition of anonymity", Reason: "not authorised to brief", Basis: "who attended the meeting"},
		Affiliations: []source.Affiliation{{Role: "deputy director", Organization: &source.Organization{Name: "Bureau X"}}}}
	d.Attributions[0].Speaker = "rsmith"
	d.Mentions = []attribution.Mention{{Speaker: "rsmith", Span: *d.Quotes[0].Cue.Span}}
	var buf bytes.Buffer
	if err := webannotation.Write(&buf, d, webannotation.Options{Mentions: true}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, secret := range []string{"rsmith", "Lahore", "PK", "anonymity\"", "authorised", "attended", "deputy", "Bureau"} {
		if strings.Contains(out, secret) {
			t.Errorf("the export reveals %q", secret)
		}
	}
	if !strings.Contains(out, "a senior official") {
		t.Error("the export lacks the description")
	}
}

// An invalid document is refused with its validation error.
func TestInvalid(t *testing.T) {
	d := minimal()
	d.Attributions[0].Speaker = "nobody"
	_, err := webannotation.Export(d, webannotation.Options{})
	if diff := cmp.Diff([]string{"/attributions/0/speaker unresolved-reference"}, problems(err)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func problems(err error) []string {
	var out []string
	if verr, ok := err.(*attribution.ValidationError); ok {
		for _, p := range verr.Problems {
			out = append(out, p.Pointer+" "+string(p.Code))
		}
	} else if err != nil {
		out = append(out, err.Error())
	}
	return out
}
