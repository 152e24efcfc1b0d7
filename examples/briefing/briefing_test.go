package briefing_test

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/examples/briefing"
	"github.com/onrecord/onrecord/internal/storytest"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

var update = flag.Bool("update", false, "rewrite testdata/document.json")

func document(t *testing.T) *attribution.Document {
	t.Helper()
	doc, err := briefing.Document()
	if err != nil {
		t.Fatalf("Document: %v", err)
	}
	return doc
}

// TestTextIsTheTranscript pins the embedded text, byte for byte, and checks
// that it stops before the reporters' questions.
func TestTextIsTheTranscript(t *testing.T) {
	const want = "920ed7f3867e3da51e0c1b12d5fc3365054840231090639f0a224ee0e4ae5288"
	text := briefing.Text()
	if got := fmt.Sprintf("%x", sha256.Sum256([]byte(text))); got != want {
		t.Errorf("the embedded transcript's SHA-256 is %s, want %s", got, want)
	}
	if !strings.HasSuffix(text, "MODERATOR:  With that, we’ll start taking questions.\n") || strings.Contains(text, "\nQ ") {
		t.Error("the embedded transcript does not end where the questions begin")
	}
	if n := utf8.RuneCountInString(text); n != 10261 {
		t.Errorf("%d code points, want 10261", n)
	}
}

func TestDocumentValidates(t *testing.T) {
	if err := document(t).Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestEveryQuotedPassageCovered finds every passage between curly quotation
// marks and wants a quote of a fitting kind on it: a direct or partial quote
// whose span is the passage, or a fragment of a mixed quote whose span is.
func TestEveryQuotedPassageCovered(t *testing.T) {
	doc := document(t)
	covered := map[[2]int]string{}
	for _, q := range doc.Quotes {
		switch q.Kind {
		case quote.KindDirect, quote.KindPartial:
			covered[[2]int{q.Span.Start, q.Span.End}] = q.ID
		case quote.KindMixed:
			for _, f := range q.Fragments {
				covered[[2]int{f.Span.Start, f.Span.End}] = q.ID
			}
		}
	}
	matches := regexp.MustCompile(`“([^”]*)”`).FindAllStringSubmatchIndex(doc.Text, -1)
	if len(matches) != 2 {
		t.Errorf("found %d quoted passages, want the transcript's 2", len(matches))
	}
	for _, m := range matches {
		start := utf8.RuneCountInString(doc.Text[:m[2]])
		end := start + utf8.RuneCountInString(doc.Text[m[2]:m[3]])
		if _, ok := covered[[2]int{start, end}]; !ok {
			t.Errorf("no direct, partial or mixed quote covers “%s” at [%d, %d)", doc.Text[m[2]:m[3]], start, end)
		}
	}
}

// TestWordsAreTheTranscripts wants every located text to be the transcript's
// own characters at its span.
func TestWordsAreTheTranscripts(t *testing.T) {
	doc := document(t)
	runes := []rune(doc.Text)
	n := 0
	for ptr, s := range doc.Spans() {
		n++
		if got := string(runes[s.Start:s.End]); got != s.Exact {
			t.Errorf("%s: span text %q, transcript %q", ptr, s.Exact, got)
		}
	}
	for _, q := range doc.Quotes {
		if q.Text != q.Span.Exact || (q.Cue != nil && q.Cue.Text != q.Cue.Span.Exact) {
			t.Errorf("%s: words or cue differ from their spans", q.ID)
		}
	}
	if n < 100 {
		t.Errorf("%d spans; the document should locate every quote, cue, edit, claim, figure and mention", n)
	}
}

// TestPatterns wants the document to show the sourcing patterns that the
// package documentation lists, and counts them.
func TestPatterns(t *testing.T) {
	doc := document(t)
	identities := map[source.Identity][]string{}
	for _, s := range doc.Speakers {
		identities[s.Identity()] = append(identities[s.Identity()], s.ID)
	}
	wantIdentities := map[source.Identity][]string{
		source.IdentityNamed:     {briefing.USGovernment, briefing.StateDepartment, briefing.Biden, briefing.Blinken, briefing.Carstens, briefing.Griner, briefing.Russia},
		source.IdentityAnonymous: {briefing.Moderator, briefing.FirstOfficial, briefing.SecondOfficial},
		source.IdentityUnnamed:   {briefing.SistersVisitor, briefing.WhelansCaller},
	}
	if diff := cmp.Diff(wantIdentities, identities); diff != "" {
		t.Errorf("speakers by identity (-want +got):\n%s", diff)
	}
	for _, id := range []string{briefing.Moderator, briefing.FirstOfficial, briefing.SecondOfficial} {
		s, _ := doc.Speaker(id)
		if s.Anonymity.GroundRule != source.GroundRuleBackground || s.Affiliations[0].OrganizationID != briefing.USGovernment {
			t.Errorf("%s: ground rule %q, affiliation %+v; want background, for the U.S. government", id, s.Anonymity.GroundRule, s.Affiliations)
		}
	}
	if s, _ := doc.Speaker(briefing.StateDepartment); s.Parent != briefing.USGovernment {
		t.Errorf("the State Department's parent is %q, want the U.S. government by reference", s.Parent)
	}

	got := map[string]int{}
	count := func(pattern string, yes bool) {
		if yes {
			got[pattern]++
		}
	}
	for _, q := range doc.Quotes {
		channel := quote.ChannelKind("none")
		if q.Channel != nil {
			channel = q.Channel.Kind
		}
		count("quote "+string(q.Kind), true)
		count("channel "+string(channel), true)
		count("edit", len(q.Edits) > 0)
		count("said as printed", q.SaidAs != "")
		count("period of speech", q.SaidUntil != "")
		count("recipient", q.Recipient != "")
	}
	for _, a := range doc.Attributions {
		count("on behalf of", a.OnBehalfOf != "")
		count("second hand", a.Parent != "")
		count("responds", len(a.RespondsTo) > 0)
		count("type "+string(a.Type), true)
	}
	for _, c := range doc.Claims {
		count("claim "+string(c.Kind), true)
		count("related claim", len(c.Relations) > 0)
		for _, q := range c.Quantities {
			count("vague figure", q.Vague)
			count("bound figure", q.Qualifier == attribution.QualifierMoreThan)
		}
	}
	want := map[string]int{
		"quote direct": 24, "quote indirect": 13, "quote partial": 2,
		"channel press-conference": 25, "channel document": 3, "channel court-filing": 1, "channel none": 10,
		"edit": 1, "said as printed": 5, "period of speech": 3, "recipient": 5,
		"on behalf of": 34, "second hand": 14, "responds": 1,
		"type assertion": 23, "type announcement": 5, "type commitment": 3, "type endorsement": 3,
		"type no-details": 3, "type warning": 1, "type rejection": 1,
		"claim factual": 13, "claim statistical": 6, "claim opinion": 3, "claim policy": 6,
		"related claim": 5, "vague figure": 4, "bound figure": 2,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("patterns (-want +got):\n%s", diff)
	}
	if unsourced := doc.UnsourcedClaims(); len(unsourced) != 0 {
		t.Errorf("%d claims with no source; a transcript asserts nothing on its own", len(unsourced))
	}
}

// TestGolden compares the document's JSON with testdata/document.json; run
// with -update after a deliberate change.
func TestGolden(t *testing.T) {
	storytest.Golden(t, document(t), "testdata/document.json", *update)
}
