package page

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/examples/seed"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

func seedDocumentB() (*attribution.Document, error) { return seed.Document() }

func seedDocument(t testing.TB) *attribution.Document {
	t.Helper()
	d, err := seed.Document()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// seedFindings are findings of every placement: a speaker, an attribution, a
// quote, a claim with a span and one without, a credit, the whole story and a
// pointer that names nothing.
func seedFindings(t testing.TB, d *attribution.Document) []Finding {
	t.Helper()
	unsourced := d.UnsourcedClaims()
	if len(unsourced) == 0 {
		t.Fatal("the seed has no unsourced claim")
	}
	claim := slices.IndexFunc(d.Claims, func(c attribution.Claim) bool { return c.ID == unsourced[0].ID })
	fs := []Finding{
		{Check: "AP-6", Severity: SeverityWarning, Pointer: "/speakers/0", Message: "the story does not say why the source was granted anonymity", Speaker: d.Speakers[0].ID},
		{Check: "R-1", Severity: SeverityWarning, Pointer: "/attributions/1", Message: "a direct quote from an anonymous source"},
		{Check: "quote-check", Severity: SeverityNotice, Pointer: "/quotes/3/cue", Message: "a cue on the quote"},
		{Check: "unsourced-claim", Severity: SeverityNotice, Pointer: "/claims/" + strconv.Itoa(claim), Message: "no one is cited for this claim", Passage: unsourced[0].Text},
		{Check: "AP-9", Severity: SeverityError, Pointer: "/article/byline", Message: "a story with an anonymous source carries no byline"},
		{Check: "nowhere", Severity: "advice", Pointer: "/quotes/999", Message: "a pointer that names no quote"},
	}
	if len(d.Credits) == 0 {
		t.Fatal("the seed has no credit")
	}
	fs = append(fs, Finding{Check: "credit", Severity: SeverityNotice, Pointer: "/credits/0", Message: "a credit"})
	return fs
}

// TestSeedContract checks the contract of the seed's page: one mark a quote
// with its quote's and speaker's IDs, anonymous marks flagged, one legend entry
// a speaker, one element a finding with its check.
func TestSeedContract(t *testing.T) {
	d := seedDocument(t)
	fs := seedFindings(t, d)
	page := render(t, func(w io.Writer) error { return Write(w, d, Options{Findings: fs}) })
	root := parse(t, page)

	speakerOf := map[string]string{}
	for _, a := range d.Attributions {
		if _, ok := speakerOf[a.Quote]; !ok {
			speakerOf[a.Quote] = a.Speaker
		}
	}
	anonymous := map[string]bool{}
	for _, s := range d.Speakers {
		anonymous[s.ID] = s.IsAnonymous()
	}

	marks := firstMarks(root)
	var got []string
	for _, m := range marks {
		q, _ := attr(m, "data-quote")
		s, _ := attr(m, "data-speaker")
		got = append(got, q)
		if s != speakerOf[q] {
			t.Errorf("quote %s: data-speaker %q, want %q", q, s, speakerOf[q])
		}
		an, ok := attr(m, "data-anonymous")
		if anonymous[s] != (ok && an == "true") {
			t.Errorf("quote %s of speaker %s: data-anonymous %q, anonymous %v", q, s, an, anonymous[s])
		}
		if ti, _ := attr(m, "tabindex"); ti != "0" {
			t.Errorf("quote %s: tabindex %q, want 0 so that the keyboard reaches it", q, ti)
		}
		if !inside(m, classed("text")) {
			t.Errorf("quote %s is not marked in the text", q)
		}
	}
	var want []string
	for _, q := range d.Quotes {
		want = append(want, q.ID)
	}
	slices.Sort(got)
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotes marked (-want +got):\n%s", diff)
	}

	legend := all(root, withAttr("data-legend"))
	entries := all(root, withAttr("data-speaker-entry"))
	if len(legend) != len(d.Speakers) || len(entries) != len(d.Speakers) {
		t.Errorf("%d legend items and %d speaker entries, want %d each", len(legend), len(entries), len(d.Speakers))
	}
	for _, e := range legend {
		id, _ := attr(e, "data-legend")
		identity, _ := attr(e, "data-identity")
		s, _ := d.Speaker(id)
		if identity != string(s.Identity()) {
			t.Errorf("legend: speaker %s is %q, want %q", id, identity, s.Identity())
		}
		// Not by colour alone: the legend says the identity in words.
		if !strings.Contains(text(e), string(s.Identity())) {
			t.Errorf("legend: speaker %s does not say %q in words: %q", id, s.Identity(), text(e))
		}
		// An anonymous source: its description and its terms.
		if a := s.Anonymity; a != nil {
			for _, want := range []string{a.Description, a.Terms, "no reason given"} {
				if !strings.Contains(text(e), want) {
					t.Errorf("legend: anonymous speaker %s does not show %q: %q", id, want, text(e))
				}
			}
		}
	}

	notes := all(root, withAttr("data-check"))
	if len(notes) != len(fs) {
		t.Fatalf("%d findings on the page, want %d", len(notes), len(fs))
	}
	byCheck := map[string]*html.Node{}
	for _, n := range notes {
		c, _ := attr(n, "data-check")
		byCheck[c] = n
	}
	quoteOf := func(attribution int) string { return d.Attributions[attribution].Quote }
	tests := map[string]struct {
		check string
		where func(*html.Node) bool
		next  string // the quote whose mark follows the note in the text
	}{
		"a speaker's finding in the speaker's entry":  {check: "AP-6", where: attrIs("id", "speaker-"+d.Speakers[0].ID)},
		"an attribution's finding before its quote":   {check: "R-1", where: classed("text"), next: quoteOf(1)},
		"a quote's finding before it":                 {check: "quote-check", where: classed("text"), next: d.Quotes[3].ID},
		"a claim's finding at its place in the text":  {check: "unsourced-claim", where: classed("text")},
		"the byline's finding about the whole story":  {check: "AP-9", where: classed("general")},
		"a pointer to nothing, about the whole story": {check: "nowhere", where: classed("general")},
		"a credit's finding beside the credit":        {check: "credit", where: classed("credit")},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			n, ok := byCheck[tt.check]
			if !ok {
				t.Fatalf("no finding %s on the page", tt.check)
			}
			if !inside(n, tt.where) {
				t.Errorf("finding %s is not where it belongs", tt.check)
			}
			if tt.next != "" {
				var next string
				found := false
				for d := range root.Descendants() {
					if d == n {
						found = true
						continue
					}
					if found && d.Type == html.ElementNode && d.Data == "mark" && !inside(d, func(p *html.Node) bool { return p == n }) {
						next, _ = attr(d, "data-quote")
						break
					}
				}
				if next != tt.next {
					t.Errorf("finding %s stands before the mark of %q, want %q", tt.check, next, tt.next)
				}
			}
		})
	}
	// Severities are said in words, not by colour only.
	if got := text(byCheck["AP-9"]); !strings.Contains(got, "Error") {
		t.Errorf("an error finding does not say Error: %q", got)
	}
}

// TestTextPreserved checks that marking the text neither loses nor changes a
// character of it: the text element holds exactly the document's text, less
// the notes.
func TestTextPreserved(t *testing.T) {
	d := seedDocument(t)
	page := render(t, func(w io.Writer) error { return Write(w, d, Options{Findings: seedFindings(t, d)}) })
	root := parse(t, page)
	txt := one(t, root, "the text", classed("text"))
	if diff := cmp.Diff(d.Text, text(txt)); diff != "" {
		t.Errorf("text (-want +got):\n%s", diff)
	}
	// Each quote's mark holds the quote's words.
	for _, m := range firstMarks(root) {
		id, _ := attr(m, "data-quote")
		q, _ := d.Quote(id)
		if got := markText(root, id); got != q.Text {
			t.Errorf("mark of %s holds %q, want %q", id, got, q.Text)
		}
	}
	// Fragments, cues and the nested attribution are marked too.
	for _, q := range d.Quotes {
		if n := len(all(root, attrIs("data-fragment-of", q.ID))); n != len(q.Fragments) {
			t.Errorf("quote %s: %d fragments marked, want %d", q.ID, n, len(q.Fragments))
		}
		if q.Cue != nil && q.Cue.Span != nil {
			if n := len(all(root, attrIs("data-cue-of", q.ID))); n != 1 {
				t.Errorf("quote %s: cue marked %d times, want 1", q.ID, n)
			}
		}
	}
	nested := 0
	for _, m := range firstMarks(root) {
		if inside(m, func(n *html.Node) bool { _, ok := attr(n, "data-quote"); return ok }) {
			nested++
		}
	}
	if nested == 0 {
		t.Error("no mark nests inside another, though the seed has a nested attribution")
	}
}

// markText joins the text of every piece of a quote's mark.
func markText(root *html.Node, id string) string {
	var b strings.Builder
	for _, m := range all(root, attrIs("data-quote", id)) {
		if m.Data == "mark" && !inside(m, attrIs("data-quote", id)) {
			b.WriteString(text(m))
		}
	}
	return b.String()
}

// crossing is a small document whose spans nest and cross, with characters
// of one, two, three and four bytes, so that code points and bytes differ.
func crossing(t testing.TB) *attribution.Document {
	t.Helper()
	const txt = "Né “we 🙂 will go,” she said, and the minister told reporters that “the plan” was ready & <final>."
	x := quote.NewIndex(txt)
	at := func(exact string, opts ...quote.LocateOption) *quote.Span {
		s, err := x.Locate(exact, opts...)
		if err != nil {
			t.Fatalf("%q: %v", exact, err)
		}
		return &s
	}
	d := &attribution.Document{
		FormatVersion: attribution.FormatVersion,
		Article:       attribution.Article{Headline: "Crossing spans"},
		Text:          txt,
		Speakers: []source.Speaker{
			{ID: "she", Kind: source.KindPerson, Name: "Amina Diallo"},
			{ID: "minister", Kind: source.KindPerson, Description: "the minister"},
			{ID: "writer", Kind: source.KindPerson, Anonymity: &source.Anonymity{Description: "a person close to the talks"}},
		},
		Quotes: []quote.Quote{
			{ID: "q1", Kind: quote.KindDirect, Text: "we 🙂 will go,", Span: at("we 🙂 will go,"), Cue: &quote.Cue{Text: "said", Span: at("said")}},
			// A quote that crosses q1's end, and one that crosses the
			// next's start: the marks must split.
			{ID: "q2", Kind: quote.KindIndirect, Text: "go,” she said, and", Span: at("go,” she said, and")},
			{ID: "q3", Kind: quote.KindMixed, Text: "reporters that “the plan” was ready & <final>", Span: at("reporters that “the plan” was ready & <final>"),
				Fragments: []quote.Fragment{{Text: "the plan", Span: at("the plan")}},
				Cue:       &quote.Cue{Text: "told", Span: at("told")}},
			{ID: "q4", Kind: quote.KindIndirect, Text: "the minister told reporters", Span: at("the minister told reporters")},
			{ID: "q5", Kind: quote.KindIndirect, Text: "Né", Span: at("Né")},
		},
		Attributions: []attribution.Attribution{
			{ID: "a1", Speaker: "she", Quote: "q1"},
			{ID: "a2", Speaker: "writer", Quote: "q2"},
			{ID: "a3", Speaker: "minister", Quote: "q3"},
			{ID: "a4", Speaker: "writer", Quote: "q4"},
			{ID: "a5", Speaker: "she", Quote: "q5"},
		},
		Annotation: attribution.Annotation{By: attribution.Agent{Kind: attribution.AgentPerson, Name: "tests"}, Created: "2026-11-26"},
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("the test document is invalid: %v", err)
	}
	return d
}

// TestCrossingSpans checks that spans that nest and cross make well-formed,
// nested HTML that keeps the text and gives each quote its words.
func TestCrossingSpans(t *testing.T) {
	d := crossing(t)
	d.Claims = []attribution.Claim{
		{ID: "placed", Kind: attribution.ClaimFactual, Text: "The plan was ready.", Span: d.Quotes[2].Span},
		{ID: "spanless", Kind: attribution.ClaimFactual, Text: "They will go."},
	}
	fs := []Finding{
		{Check: "c1", Pointer: "/quotes/1"}, {Check: "c2", Pointer: "/quotes/0"}, {Check: "c3", Pointer: "/attributions/3"},
		{Check: "placed", Pointer: "/claims/0"}, {Check: "spanless", Pointer: "/claims/1/text"},
	}
	page := render(t, func(w io.Writer) error { return Write(w, d, Options{Findings: fs}) })
	root := parse(t, page)
	if n := one(t, root, "the placed claim's finding", attrIs("data-check", "placed")); !inside(n, classed("text")) {
		t.Error("the finding of a claim with a span is not in the text")
	}
	if n := one(t, root, "the spanless claim's finding", attrIs("data-check", "spanless")); !inside(n, attrIs("id", "claim-spanless")) {
		t.Error("the finding of a claim without a span is not beside it in the list")
	}
	if diff := cmp.Diff(d.Text, text(one(t, root, "the text", classed("text")))); diff != "" {
		t.Errorf("text (-want +got):\n%s", diff)
	}
	if n := len(firstMarks(root)); n != len(d.Quotes) {
		t.Errorf("%d marks, want %d", n, len(d.Quotes))
	}
	for _, q := range d.Quotes {
		if got := markText(root, q.ID); got != q.Text {
			t.Errorf("quote %s: marks hold %q, want %q", q.ID, got, q.Text)
		}
	}
	if n := len(all(root, withAttr("data-cont"))); n == 0 {
		t.Error("no mark was split, though two quotes cross")
	}
	if n := len(all(root, withAttr("data-check"))); n != len(fs) {
		t.Errorf("%d findings, want %d", n, len(fs))
	}
	if got := text(one(t, root, "the fragment", attrIs("data-fragment-of", "q3"))); got != "the plan" {
		t.Errorf("fragment holds %q", got)
	}
}

// TestNoText checks that a document without text lists its quotes, each with
// its mark and its fragments.
func TestNoText(t *testing.T) {
	d := crossing(t)
	d.Text = ""
	page := render(t, func(w io.Writer) error {
		return Write(w, d, Options{Findings: []Finding{{Check: "q", Pointer: "/quotes/2"}}})
	})
	root := parse(t, page)
	if got := all(root, classed("text")); len(got) != 0 {
		t.Errorf("a document without text has a text element")
	}
	list := one(t, root, "the list of quotes", classed("quote-list"))
	marks := firstMarks(list)
	if len(marks) != len(d.Quotes) {
		t.Fatalf("%d quotes listed, want %d", len(marks), len(d.Quotes))
	}
	for i, m := range marks {
		if got := text(m); got != d.Quotes[i].Text {
			t.Errorf("quote %d listed as %q, want %q", i, got, d.Quotes[i].Text)
		}
	}
	if got := text(one(t, list, "the fragment", attrIs("data-fragment-of", "q3"))); got != "the plan" {
		t.Errorf("fragment holds %q", got)
	}
	n := one(t, root, "the finding", withAttr("data-check"))
	if !inside(n, attrIs("data-unplaced", "q3")) {
		t.Error("the quote's finding is not beside it in the list")
	}
}

// TestUnplacedSpans checks that a quote whose span does not fit the text is
// listed, with the reason, and still marked once.
func TestUnplacedSpans(t *testing.T) {
	tests := map[string]struct {
		span quote.Span
		why  string
	}{
		"outside":  {span: quote.Span{Start: 90, End: 500, Exact: "x"}, why: "outside the text"},
		"mismatch": {span: quote.Span{Start: 0, End: 2, Exact: "Ne"}, why: "does not match"},
		"reversed": {span: quote.Span{Start: 5, End: 2, Exact: "Né"}, why: "outside the text"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			d := crossing(t)
			d.Quotes[4].Span = &tt.span
			root := parse(t, render(t, func(w io.Writer) error { return Write(w, d, Options{}) }))
			if n := len(firstMarks(root)); n != len(d.Quotes) {
				t.Errorf("%d marks, want %d", n, len(d.Quotes))
			}
			li := one(t, root, "the unplaced quote", attrIs("data-unplaced", "q5"))
			if !strings.Contains(text(li), tt.why) {
				t.Errorf("the list says %q, want the reason %q", text(li), tt.why)
			}
			if diff := cmp.Diff(d.Text, text(one(t, root, "the text", classed("text")))); diff != "" {
				t.Errorf("text (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAnonymousIdentityWithheld plants an anonymous speaker's identity in
// every field that could carry it, and in the strings a finding or a claim
// brings, and checks that none reaches the page.
func TestAnonymousIdentityWithheld(t *testing.T) {
	secrets := []string{
		"Zarghuna Secretname", "Brigadier-General Secrettitle", "Q987654321", "https://example.org/secret-person",
		"Secret Directorate Of Intelligence", "secret expertise in border smuggling", "Secretville",
	}
	d := crossing(t)
	s := &d.Speakers[2]
	s.Name, s.Title, s.QID, s.SameAs = secrets[0], secrets[1], secrets[2], []string{secrets[3]}
	s.Affiliations = []source.Affiliation{{Role: "deputy director", Organization: &source.Organization{Name: secrets[4]}}}
	s.Expertise = []string{secrets[5]}
	s.BasedIn = secrets[6]
	// Another speaker refers to the anonymous one, and attributions name
	// it jointly and as a principal.
	d.Attributions[0].With = []string{"writer"}
	d.Attributions[2].OnBehalfOf = "writer"
	d.Claims = []attribution.Claim{{ID: "c1", Kind: attribution.ClaimFactual, Text: "Zarghuna Secretname said the plan was ready."}}
	d.Attributions[1].Claims = []string{"c1"}
	fs := []Finding{
		{Check: "leak", Severity: SeverityWarning, Pointer: "/speakers/2", Message: "Zarghuna Secretname (Q987654321) is quoted", Passage: "see https://example.org/secret-person", Speaker: "writer"},
		{Check: "leak2", Pointer: "/attributions/1", Message: "Brigadier-General Secrettitle"},
	}
	page := render(t, func(w io.Writer) error { return Write(w, d, Options{Findings: fs}) })
	for _, secret := range secrets {
		if strings.Contains(strings.ToLower(page), strings.ToLower(secret)) {
			t.Errorf("the page reveals %q", secret)
		}
	}
	for _, part := range []string{"Secretname", "Secrettitle", "987654321", "secret-person"} {
		if strings.Contains(page, part) {
			t.Errorf("the page reveals %q", part)
		}
	}
	root := parse(t, page)
	// What the page does say of the source: its description.
	entry := one(t, root, "the anonymous speaker's entry", attrIs("data-speaker-entry", "writer"))
	if !strings.Contains(text(entry), "a person close to the talks") {
		t.Errorf("the anonymous speaker's entry lacks its description: %q", text(entry))
	}
	for _, m := range all(root, attrIs("data-speaker", "writer")) {
		if v, _ := attr(m, "data-anonymous"); v != "true" {
			t.Errorf("a mark of the anonymous speaker lacks data-anonymous=true")
		}
	}
}

// TestSelfContained checks that the page loads nothing: no element with a
// source, no stylesheet link, no url() or @import in its style, no request
// from its script.
func TestSelfContained(t *testing.T) {
	d := seedDocument(t)
	page := render(t, func(w io.Writer) error { return Write(w, d, Options{Findings: seedFindings(t, d)}) })
	root := parse(t, page)
	for _, n := range all(root, func(*html.Node) bool { return true }) {
		switch n.Data {
		case "link", "img", "iframe", "object", "embed", "video", "audio", "source", "frame", "base", "picture":
			t.Errorf("the page has a <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "src", "srcset", "poster", "background", "data", "action", "formaction", "ping":
				t.Errorf("<%s> has a %s attribute", n.Data, a.Key)
			}
		}
	}
	styles := all(root, func(n *html.Node) bool { return n.Data == "style" })
	scripts := all(root, func(n *html.Node) bool { return n.Data == "script" })
	if len(styles) != 1 || len(scripts) != 1 {
		t.Fatalf("%d style and %d script elements, want one each", len(styles), len(scripts))
	}
	css, js := text(styles[0]), text(scripts[0])
	for _, bad := range []string{"url(", "@import", "@font-face"} {
		if strings.Contains(css, bad) {
			t.Errorf("the stylesheet has %s", bad)
		}
	}
	for _, bad := range []string{"fetch(", "XMLHttpRequest", "import(", "WebSocket", "EventSource", "sendBeacon", ".src", "innerHTML"} {
		if strings.Contains(js, bad) {
			t.Errorf("the script has %s", bad)
		}
	}
	if !strings.Contains(css, "@media print") {
		t.Error("the stylesheet has no print rules")
	}
}

func TestWriteNil(t *testing.T) {
	if err := Write(io.Discard, nil, Options{}); err == nil {
		t.Error("Write(nil) did not fail")
	}
}

// TestInvalidDocuments checks that documents whose references resolve to
// nothing render without failing and show the IDs they name.
func TestInvalidDocuments(t *testing.T) {
	d := crossing(t)
	d.Attributions[0].Speaker = "nobody"
	d.Attributions[1].Claims = []string{"no-claim"}
	d.Attributions[2].Parent = "no-attribution"
	d.Attributions = d.Attributions[:4] // q5 has no attribution
	d.Claims = []attribution.Claim{{ID: "c", Kind: attribution.ClaimFactual, Text: "x", Relations: []attribution.Relation{{Type: attribution.RelationDenies, Claim: "gone"}}}}
	page := render(t, func(w io.Writer) error { return Write(w, d, Options{}) })
	root := parse(t, page)
	for _, want := range []string{`unknown speaker "nobody"`, `unknown claim "no-claim"`, `unknown attribution "no-attribution"`, `unknown claim "gone"`, "no speaker recorded"} {
		if !strings.Contains(text(root), want) {
			t.Errorf("the page does not say %s", want)
		}
	}
	if n := len(firstMarks(root)); n != len(d.Quotes) {
		t.Errorf("%d marks, want %d", n, len(d.Quotes))
	}
}

func TestTarget(t *testing.T) {
	tests := []struct {
		ptr  string
		coll string
		i    int
		ok   bool
	}{
		{"/quotes/2", "quotes", 2, true},
		{"/attributions/13/claims/0", "attributions", 13, true},
		{"/speakers/0/anonymity", "speakers", 0, true},
		{"/a~1b/1", "a/b", 1, true},
		{"/quotes/02", "", 0, false},
		{"/quotes/-1", "", 0, false},
		{"/quotes/x", "", 0, false},
		{"/quotes/", "", 0, false},
		{"/quotes", "", 0, false},
		{"", "", 0, false},
		{"quotes/1", "", 0, false},
		{"/quotes/99999999999999999999999", "", 0, false},
	}
	for _, tt := range tests {
		coll, i, ok := target(tt.ptr)
		if coll != tt.coll || i != tt.i || ok != tt.ok {
			t.Errorf("target(%q) = %q, %d, %v; want %q, %d, %v", tt.ptr, coll, i, ok, tt.coll, tt.i, tt.ok)
		}
	}
}
