package seed_test

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/examples/seed"
	"github.com/onrecord/onrecord/internal/storytest"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

var update = flag.Bool("update", false, "rewrite testdata/document.json")

func document(t *testing.T) *attribution.Document {
	t.Helper()
	doc, err := seed.Document()
	if err != nil {
		t.Fatalf("Document: %v", err)
	}
	return doc
}

// TestTextIsTheSeedArticle pins the embedded text to the seed article
// (shared/seed/article.txt), byte for byte.
func TestTextIsTheSeedArticle(t *testing.T) {
	const want = "4f762028704379fd9db121baa754dcba423d447c52ab788160fae24da669fca2"
	if got := fmt.Sprintf("%x", sha256.Sum256([]byte(seed.Text()))); got != want {
		t.Errorf("the embedded article's SHA-256 is %s, want %s", got, want)
	}
	if got := utf8.RuneCountInString(seed.Text()); got != len(seed.Text())-140 {
		t.Errorf("%d code points in %d bytes; the article's differ by 140", got, len(seed.Text()))
	}
}

func TestDocumentValidates(t *testing.T) {
	if err := document(t).Validate(); err != nil {
		t.Fatal(err)
	}
}

// passage is a stretch of the text between curly quotation marks.
type passage struct {
	start, end int // code points, without the marks
	text       string
}

func quotedPassages(text string) []passage {
	var out []passage
	for _, m := range regexp.MustCompile(`“([^”]*)”`).FindAllStringSubmatchIndex(text, -1) {
		start := utf8.RuneCountInString(text[:m[2]])
		out = append(out, passage{start, start + utf8.RuneCountInString(text[m[2]:m[3]]), text[m[2]:m[3]]})
	}
	return out
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
			if q.Span != nil {
				covered[[2]int{q.Span.Start, q.Span.End}] = q.ID
			}
		case quote.KindMixed:
			for _, f := range q.Fragments {
				if f.Span != nil {
					covered[[2]int{f.Span.Start, f.Span.End}] = q.ID
				}
			}
		}
	}
	passages := quotedPassages(doc.Text)
	if len(passages) != 19 {
		t.Errorf("found %d quoted passages, want the article's 19", len(passages))
	}
	for _, p := range passages {
		if _, ok := covered[[2]int{p.start, p.end}]; !ok {
			t.Errorf("no direct, partial or mixed quote covers “%s” at [%d, %d)", p.text, p.start, p.end)
		}
	}
	if len(covered) != len(passages) {
		t.Errorf("%d verbatim spans for %d quoted passages", len(covered), len(passages))
	}
}

// TestQuoteTextsMatchTheArticle wants the words of every verbatim quote and
// fragment to be exactly the article's at their span.
func TestQuoteTextsMatchTheArticle(t *testing.T) {
	doc := document(t)
	runes := []rune(doc.Text)
	check := func(id, words string, s *quote.Span) {
		if s == nil {
			t.Errorf("%s has no span", id)
			return
		}
		if got := string(runes[s.Start:s.End]); got != words || s.Exact != words {
			t.Errorf("%s: words %q, span text %q, article %q", id, words, s.Exact, got)
		}
	}
	for _, q := range doc.Quotes {
		check(q.ID, q.Text, q.Span)
		for _, f := range q.Fragments {
			check(q.ID+" fragment", f.Text, f.Span)
		}
		if q.Cue != nil {
			check(q.ID+" cue", q.Cue.Text, q.Cue.Span)
		}
	}
}

// TestPatterns wants the document to show each pattern the design notes list.
func TestPatterns(t *testing.T) {
	doc := document(t)
	kinds := map[quote.Kind]int{}
	continued := 0
	for _, q := range doc.Quotes {
		kinds[q.Kind]++
		if q.ContinuationOf != "" {
			continued++
		}
	}
	want := map[quote.Kind]int{quote.KindDirect: 12, quote.KindIndirect: 19, quote.KindPartial: 3, quote.KindMixed: 4}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("quote kinds (-want +got):\n%s", diff)
	}
	if continued != 3 {
		t.Errorf("%d continued direct quotes, want 3", continued)
	}
	relations := map[attribution.RelationType]int{}
	for _, c := range doc.Claims {
		for _, r := range c.Relations {
			relations[r.Type]++
		}
	}
	for _, rt := range attribution.RelationTypes() {
		if relations[rt] == 0 {
			t.Errorf("no claim %s another", rt)
		}
	}
	var unsourced []string
	for _, c := range doc.UnsourcedClaims() {
		unsourced = append(unsourced, c.ID)
	}
	wantUnsourced := []string{"restart", "criticism", "affected", "soviet", "entered", "sluggish", "highest", "killed-2024", "havens", "ttp"}
	if diff := cmp.Diff(wantUnsourced, unsourced); diff != "" {
		t.Errorf("claims with no source (-want +got):\n%s", diff)
	}
	identities := map[source.Identity]int{}
	for _, s := range doc.Speakers {
		identities[s.Identity()]++
	}
	if want := map[source.Identity]int{source.IdentityNamed: 9, source.IdentityUnnamed: 1, source.IdentityAnonymous: 1}; !maps.Equal(identities, want) {
		t.Errorf("speakers by identity: %v; want %v", identities, want)
	}
	if len(doc.Article.Byline) != 0 || len(doc.Credits) != 1 {
		t.Errorf("byline %q and %d credits; want none and 1", doc.Article.Byline, len(doc.Credits))
	}
}

// TestGolden compares the document's JSON with testdata/document.json; run
// with -update after a deliberate change.
func TestGolden(t *testing.T) {
	storytest.Golden(t, document(t), "testdata/document.json", *update)
}

// TestReanchorEdits edits the article as editors do and wants every span
// placed and the document valid against the new text, or the spans that could
// not be placed reported, never a document that silently fails validation.
func TestReanchorEdits(t *testing.T) {
	straight := strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "‘", "'", "\u00a0", " ")
	tests := map[string]struct {
		edit        func(string) string
		unplaceable int
	}{
		"straight quotes and spaces": {straight.Replace, 0},
		"a paragraph on top": {func(s string) string {
			return strings.Replace(s, "\n\n", "\n\nEditor’s note: this story was updated.\n\n", 1)
		}, 0},
		"CRLF line ends": {func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }, 0},
		"the denial deleted": {func(s string) string {
			return strings.Replace(s, "Kabul, however, denies sheltering any terrorists.", "", 1)
		}, 4},
		"a typo fixed in a quote": {func(s string) string { return strings.Replace(s, "highly intricate", "highly complex", 1) }, 2},
		"two paragraphs swapped": {func(s string) string {
			p := strings.Split(s, "\n\n")
			i := slices.IndexFunc(p, func(para string) bool { return strings.HasPrefix(para, "The source said that") })
			p[i-1], p[i] = p[i], p[i-1]
			return strings.Join(p, "\n\n")
		}, 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			doc := document(t)
			err := doc.Reanchor(tt.edit(doc.Text))
			var rerr *attribution.ReanchorError
			switch {
			case tt.unplaceable == 0 && err != nil:
				t.Fatalf("Reanchor: %v", err)
			case tt.unplaceable > 0 && (!errors.As(err, &rerr) || len(rerr.Unplaced) != tt.unplaceable):
				t.Fatalf("Reanchor = %v, want %d spans reported", err, tt.unplaceable)
			}
			verr := doc.Validate()
			if tt.unplaceable == 0 && verr != nil {
				t.Fatalf("valid before the edit, invalid after re-anchoring: %v", verr)
			}
			if tt.unplaceable > 0 && verr == nil {
				t.Errorf("spans left in place should fail validation against the new text")
			}
		})
	}
}
