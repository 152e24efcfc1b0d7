package page

import (
	"fmt"
	"html/template"
	"slices"
	"strconv"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// view is what the template renders: the document, resolved and made safe to
// show.
type view struct {
	Article    attribution.Article
	Format     string
	CSS        template.CSS
	JS         template.JS
	Summary    summary
	General    []findingView
	Speakers   []speakerView
	HasText    bool
	TextLang   string
	Text       template.HTML
	Unplaced   []*quoteView
	Quotes     []*quoteView
	Claims     []*claimView
	Credits    []creditView
	Annotation attribution.Annotation
}

// summary counts what the page shows.
type summary struct {
	Speakers, Named, Unnamed, Anonymous int
	Quotes, Placed                      int
	Claims, Unsourced                   int
	Findings                            int
	Errors, Warnings, Notices           int
}

// speakerRef is a speaker as a quote, a claim or a finding refers to it.
type speakerRef struct {
	ID       string
	Key      string // the speaker's number on the page, 1 and up; empty for an unknown speaker
	Label    string // the name, or the description that stands in for it
	Identity string // named, unnamed, anonymous; unknown for an ID that names no speaker
	Class    string // the palette class, s0 to s11
	Color    string // the palette colour
}

// Anonymous reports whether the speaker is anonymous.
func (r speakerRef) Anonymous() bool { return r.Identity == string(source.IdentityAnonymous) }

type speakerView struct {
	speakerRef
	Kind      string
	Facts     []fact
	Anonymity *source.Anonymity
	Quotes    int
	Findings  []findingView
}

// fact is one line of a speaker's or a quote's particulars.
type fact struct {
	Label, Value string
	URL          string // for a value that is a link
}

type quoteView struct {
	ID, Kind     string
	Text         string
	Mark         template.HTML // for a quote not placed in the text: its mark, for the list
	Placed       bool
	Why          string // why a quote of a document with text is not placed
	Speaker      speakerRef
	Facts        []fact
	Attributions []attrView
	Findings     []findingView
}

type attrView struct {
	ID         string
	Speaker    speakerRef
	Type       string
	With       []speakerRef
	OnBehalfOf *speakerRef
	Within     *attrRef
	RespondsTo []responseView
	Claims     []claimRef
	Confidence string
}

type attrRef struct {
	ID, Quote string
	Speaker   speakerRef
}

type responseView struct {
	Kind string
	attrRef
}

type claimRef struct{ ID, Kind, Text string }

type claimView struct {
	claimRef
	Quantities []string
	Sources    []sourceRef
	Unsourced  bool
	Relations  []relationView
	Incoming   []relationView
	Findings   []findingView
}

type sourceRef struct {
	Speaker     speakerRef
	Quote, Type string
}

type relationView struct {
	Type, Label string
	claimRef
}

type creditView struct {
	attribution.Credit
	Findings []findingView
}

type findingView struct {
	Finding
	Class   string // sev-error, sev-warning, sev-notice
	Label   string // Error, Warning, Notice, or the severity as given
	Icon    string
	Subject string // the speaker's label, when the finding names one
}

// builder resolves a document's references for the page.
type builder struct {
	d        *attribution.Document
	v        *view
	speakers map[string]int
	quotes   map[string]int
	attrs    map[string]int
	claims   map[string]int
	secrets  []string
	// attrsOf and sourcesOf list the attributions of each quote and of
	// each claim; spoken counts each speaker's attributions.
	attrsOf, sourcesOf map[string][]int
	spoken             map[string]int
	// where each quote's and claim's span starts in the text, in bytes;
	// -1 when it is not placed.
	quoteAt, claimAt, mentionAt []int
	notes                       []insert
	textIndex                   *quote.Index
}

func build(d *attribution.Document, opts Options) *view {
	b := &builder{
		d: d,
		v: &view{
			Article:    d.Article,
			Format:     d.FormatVersion,
			CSS:        template.CSS(rootCSS() + pageCSS),
			JS:         template.JS(pageJS),
			HasText:    d.Text != "",
			TextLang:   d.Article.Language,
			Annotation: d.Annotation,
		},
		speakers: map[string]int{},
		quotes:   map[string]int{},
		attrs:    map[string]int{},
		claims:   map[string]int{},

		attrsOf:   map[string][]int{},
		sourcesOf: map[string][]int{},
		spoken:    map[string]int{},
	}
	for i, s := range d.Speakers {
		if _, ok := b.speakers[s.ID]; !ok {
			b.speakers[s.ID] = i
		}
		if s.IsAnonymous() {
			b.secrets = append(b.secrets, secretsOf(s)...)
		}
	}
	for i, q := range d.Quotes {
		if _, ok := b.quotes[q.ID]; !ok {
			b.quotes[q.ID] = i
		}
	}
	for i, a := range d.Attributions {
		if _, ok := b.attrs[a.ID]; !ok {
			b.attrs[a.ID] = i
		}
		b.attrsOf[a.Quote] = append(b.attrsOf[a.Quote], i)
		b.spoken[a.Speaker]++
		for j, c := range a.Claims {
			if !slices.Contains(a.Claims[:j], c) {
				b.sourcesOf[c] = append(b.sourcesOf[c], i)
			}
		}
	}
	for i, c := range d.Claims {
		if _, ok := b.claims[c.ID]; !ok {
			b.claims[c.ID] = i
		}
	}
	b.speakerViews()
	b.quoteViews()
	b.claimViews()
	for _, c := range d.Credits {
		b.v.Credits = append(b.v.Credits, creditView{Credit: c})
	}
	b.place(opts.Findings)
	b.text()
	b.summarize(len(opts.Findings))
	return b.v
}

// secretsOf returns what identifies an anonymous speaker, which no string of
// the page may carry.
func secretsOf(s source.Speaker) []string {
	out := []string{s.Name, s.QID}
	if s.Title != "" && s.Name != "" {
		out = append(out, s.Title+" "+s.Name)
	}
	out = append(out, s.Title)
	out = append(out, s.SameAs...)
	var kept []string
	for _, v := range out {
		if len([]rune(strings.TrimSpace(v))) >= 3 {
			kept = append(kept, strings.TrimSpace(v))
		}
	}
	return kept
}

// safe returns s with anything that identifies an anonymous speaker withheld.
// It applies to the strings of the page that do not come from the article's
// text: findings and claims, which a person or a program wrote.
func (b *builder) safe(s string) string {
	for _, secret := range b.secrets {
		s = strings.ReplaceAll(s, secret, "[withheld]")
	}
	return s
}

// ref resolves a speaker ID.
func (b *builder) ref(id string) speakerRef {
	i, ok := b.speakers[id]
	if !ok {
		return speakerRef{ID: id, Label: "unknown speaker " + strconv.Quote(id), Identity: "unknown"}
	}
	s := b.d.Speakers[i]
	return speakerRef{
		ID:       s.ID,
		Key:      strconv.Itoa(i + 1),
		Label:    label(s),
		Identity: string(s.Identity()),
		Class:    "s" + strconv.Itoa(i%len(palette)),
		Color:    palette[i%len(palette)],
	}
}

// label is the name the page gives a speaker: the name with its title for a
// named speaker, the description for the others.
func label(s source.Speaker) string {
	switch s.Identity() {
	case source.IdentityAnonymous:
		if s.Anonymity.Description != "" {
			return s.Anonymity.Description
		}
		return "anonymous source"
	case source.IdentityNamed:
		if s.Title != "" {
			return s.Title + " " + s.Name
		}
		return s.Name
	default:
		if s.Description != "" {
			return s.Description
		}
		return "unnamed " + string(s.Kind)
	}
}

func (b *builder) speakerViews() {
	for i, s := range b.d.Speakers {
		sv := speakerView{speakerRef: b.ref(s.ID)}
		if b.speakers[s.ID] != i {
			// A repeated ID: the view still shows the speaker, under
			// its own number.
			sv.Key, sv.Label = strconv.Itoa(i+1), label(s)
			sv.Class, sv.Color = "s"+strconv.Itoa(i%len(palette)), palette[i%len(palette)]
			sv.Identity = string(s.Identity())
		}
		if s.IsAnonymous() {
			// The description and the terms, nothing else.
			a := *s.Anonymity
			sv.Anonymity = &a
		} else {
			sv.Kind = string(s.Kind)
			sv.Facts = b.speakerFacts(s)
		}
		sv.Quotes = b.spoken[s.ID]
		b.v.Speakers = append(b.v.Speakers, sv)
	}
}

func (b *builder) speakerFacts(s source.Speaker) []fact {
	var fs []fact
	add := func(l, v string) {
		if v != "" {
			fs = append(fs, fact{Label: l, Value: v})
		}
	}
	if s.Identity() == source.IdentityNamed {
		add("described as", s.Description)
	}
	add("based in", s.BasedIn)
	add("country", s.Country)
	add("expertise", strings.Join(s.Expertise, "; "))
	for _, a := range s.Affiliations {
		var parts []string
		if a.Role != "" {
			parts = append(parts, a.Role)
		}
		if a.Organization != nil {
			parts = append(parts, b.organization(*a.Organization))
		}
		if a.OrganizationID != "" {
			parts = append(parts, b.ref(a.OrganizationID).Label)
		}
		v := strings.Join(parts, ", ")
		if a.Since != "" || a.Until != "" {
			v += " (" + a.Since + "–" + a.Until + ")"
		}
		add("affiliation", v)
	}
	if s.ParentOrganization != nil {
		add("part of", b.organization(*s.ParentOrganization))
	}
	if s.Parent != "" {
		add("part of", b.ref(s.Parent).Label)
	}
	add("Wikidata", s.QID)
	for _, u := range s.SameAs {
		fs = append(fs, fact{Label: "same as", Value: u, URL: u})
	}
	return fs
}

// organization describes an organization with the chain of its parents.
func (b *builder) organization(o source.Organization) string {
	var parts []string
	for p, depth := &o, 0; p != nil && depth < 16; p, depth = p.Parent, depth+1 {
		n := p.Name
		if n == "" {
			n = p.Description
		}
		parts = append(parts, n)
	}
	return strings.Join(parts, ", part of ")
}

func (b *builder) quoteViews() {
	for _, q := range b.d.Quotes {
		qv := &quoteView{ID: q.ID, Kind: string(q.Kind), Text: q.Text}
		for _, i := range b.attrsOf[q.ID] {
			qv.Attributions = append(qv.Attributions, b.attrView(b.d.Attributions[i]))
		}
		if len(qv.Attributions) > 0 {
			qv.Speaker = qv.Attributions[0].Speaker
		} else {
			qv.Speaker = speakerRef{Label: "no speaker recorded", Identity: "unknown"}
		}
		qv.Facts = b.quoteFacts(q)
		b.v.Quotes = append(b.v.Quotes, qv)
	}
}

func (b *builder) attrView(a attribution.Attribution) attrView {
	av := attrView{ID: a.ID, Speaker: b.ref(a.Speaker), Type: string(a.Type)}
	for _, w := range a.With {
		av.With = append(av.With, b.ref(w))
	}
	if a.OnBehalfOf != "" {
		r := b.ref(a.OnBehalfOf)
		av.OnBehalfOf = &r
	}
	if a.Parent != "" {
		r := b.attrRef(a.Parent)
		av.Within = &r
	}
	for _, r := range a.RespondsTo {
		av.RespondsTo = append(av.RespondsTo, responseView{Kind: string(r.Kind), attrRef: b.attrRef(r.Attribution)})
	}
	for _, c := range a.Claims {
		av.Claims = append(av.Claims, b.claimRef(c))
	}
	if a.Confidence != nil {
		av.Confidence = strconv.FormatFloat(*a.Confidence, 'f', -1, 64)
	}
	return av
}

func (b *builder) attrRef(id string) attrRef {
	i, ok := b.attrs[id]
	if !ok {
		return attrRef{ID: id, Speaker: speakerRef{Label: "unknown attribution " + strconv.Quote(id), Identity: "unknown"}}
	}
	a := b.d.Attributions[i]
	return attrRef{ID: id, Quote: a.Quote, Speaker: b.ref(a.Speaker)}
}

func (b *builder) claimRef(id string) claimRef {
	i, ok := b.claims[id]
	if !ok {
		return claimRef{ID: id, Text: "unknown claim " + strconv.Quote(id)}
	}
	c := b.d.Claims[i]
	return claimRef{ID: c.ID, Kind: string(c.Kind), Text: b.safe(c.Text)}
}

func (b *builder) quoteFacts(q quote.Quote) []fact {
	var fs []fact
	add := func(l, v string) {
		if v != "" {
			fs = append(fs, fact{Label: l, Value: v})
		}
	}
	add("kind", string(q.Kind))
	switch {
	case q.Cue != nil && q.Cue.Lemma != "" && q.Cue.Lemma != q.Cue.Text:
		add("cue", q.Cue.Text+" ("+q.Cue.Lemma+")")
	case q.Cue != nil:
		add("cue", q.Cue.Text)
	case q.Implicit:
		add("cue", "none: attributed implicitly")
	case q.ContinuationOf != "":
		add("cue", "none: continues an earlier quotation")
	default:
		add("cue", "not recorded")
	}
	if c := q.Channel; c != nil {
		v := string(c.Kind)
		if c.Name != "" {
			v += ", " + c.Name
		}
		if c.Date != "" {
			v += ", " + c.Date
		}
		add("channel", v)
		if c.URL != "" {
			fs = append(fs, fact{Label: "channel link", Value: c.URL, URL: c.URL})
		}
	} else {
		add("channel", "not recorded")
	}
	if q.Recipient != "" {
		add("recipient", q.Recipient)
	} else {
		add("recipient", "not recorded")
	}
	var date []string
	if q.Said != "" {
		d := q.Said
		if q.SaidUntil != "" {
			d += " to " + q.SaidUntil
		}
		date = append(date, d)
	}
	if q.SaidAs != "" {
		date = append(date, "“"+q.SaidAs+"”")
	}
	if len(date) > 0 {
		add("date", strings.Join(date, ", "))
	} else {
		add("date", "not recorded")
	}
	add("language", q.Language)
	if t := q.Translation; t != nil {
		v := "translated"
		if t.From != "" {
			v += " from " + t.From
		}
		if t.By != "" {
			v += " by " + t.By
		}
		if t.Basis != "" {
			v += " (" + string(t.Basis) + ")"
		}
		add("translation", v)
		add("original", t.Original)
	}
	if q.ContinuationOf != "" {
		add("continues", "quote "+q.ContinuationOf)
	}
	for _, f := range q.Fragments {
		add("verbatim fragment", "“"+f.Text+"”")
	}
	return fs
}

func (b *builder) claimViews() {
	incoming := map[string][]relationView{}
	for _, c := range b.d.Claims {
		for _, r := range c.Relations {
			incoming[r.Claim] = append(incoming[r.Claim], relationView{
				Type: string(r.Type), Label: passive(r.Type), claimRef: b.claimRef(c.ID),
			})
		}
	}
	for _, c := range b.d.Claims {
		cv := &claimView{claimRef: b.claimRef(c.ID), Incoming: incoming[c.ID]}
		for _, q := range c.Quantities {
			cv.Quantities = append(cv.Quantities, b.safe(quantity(q)))
		}
		for _, i := range b.sourcesOf[c.ID] {
			a := b.d.Attributions[i]
			cv.Sources = append(cv.Sources, sourceRef{Speaker: b.ref(a.Speaker), Quote: a.Quote, Type: string(a.Type)})
		}
		cv.Unsourced = len(cv.Sources) == 0
		for _, r := range c.Relations {
			cv.Relations = append(cv.Relations, relationView{Type: string(r.Type), Label: string(r.Type), claimRef: b.claimRef(r.Claim)})
		}
		b.v.Claims = append(b.v.Claims, cv)
	}
}

// passive names a relation seen from the claim it bears on.
func passive(t attribution.RelationType) string {
	switch t {
	case attribution.RelationSupports:
		return "supported by"
	case attribution.RelationContradicts:
		return "contradicted by"
	case attribution.RelationDenies:
		return "denied by"
	case attribution.RelationQualifies:
		return "qualified by"
	}
	return string(t) + " (by)"
}

// quantity describes a figure: as printed when the document has its text,
// else from its values.
func quantity(q attribution.Quantity) string {
	num := func(f *float64) string { return strconv.FormatFloat(*f, 'f', -1, 64) }
	var v string
	switch {
	case q.Text != "":
		v = q.Text
	case q.Value != nil:
		v = num(q.Value)
	case q.Low != nil && q.High != nil:
		v = num(q.Low) + "–" + num(q.High)
	default:
		v = "no figure"
	}
	if q.Qualifier != "" && q.Text == "" {
		v = string(q.Qualifier) + " " + v
	}
	v += " " + q.Unit
	if q.Period != nil {
		v += ", " + q.Period.Text
	}
	return v
}

func (b *builder) summarize(findings int) {
	s := &b.v.Summary
	for _, sp := range b.d.Speakers {
		s.Speakers++
		switch sp.Identity() {
		case source.IdentityNamed:
			s.Named++
		case source.IdentityUnnamed:
			s.Unnamed++
		default:
			s.Anonymous++
		}
	}
	s.Quotes = len(b.d.Quotes)
	s.Placed = s.Quotes - len(b.v.Unplaced)
	s.Claims = len(b.d.Claims)
	for _, c := range b.v.Claims {
		if c.Unsourced {
			s.Unsourced++
		}
	}
	s.Findings = findings
}

// findingView prepares a finding for the page.
func (b *builder) findingView(f Finding) findingView {
	fv := findingView{Finding: f}
	fv.Message, fv.Passage = b.safe(f.Message), b.safe(f.Passage)
	switch f.Severity {
	case SeverityError:
		fv.Class, fv.Label, fv.Icon = "sev-error", "Error", "✖"
		b.v.Summary.Errors++
	case SeverityWarning:
		fv.Class, fv.Label, fv.Icon = "sev-warning", "Warning", "▲"
		b.v.Summary.Warnings++
	default:
		fv.Class, fv.Label, fv.Icon = "sev-notice", "Notice", "●"
		if f.Severity != "" && f.Severity != SeverityNotice {
			fv.Label = f.Severity
		}
		b.v.Summary.Notices++
	}
	if f.Speaker != "" {
		fv.Subject = b.ref(f.Speaker).Label
	}
	return fv
}

// plural writes n and the noun, in the singular for one.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
