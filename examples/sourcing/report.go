package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// wordsWidth is how many code points of a quote's words the table shows.
const wordsWidth = 60

// writeReport prints the table of attributions and the summary.
func writeReport(w io.Writer, doc *attribution.Document) {
	fmt.Fprintln(w, doc.Article.Headline)
	if doc.Article.Publisher != "" {
		fmt.Fprint(w, doc.Article.Publisher, ", ")
	}
	if len(doc.Article.Byline) == 0 {
		fmt.Fprintln(w, "no byline")
	} else {
		fmt.Fprintln(w, "by", strings.Join(doc.Article.Byline, ", "))
	}
	fmt.Fprintln(w)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SPEAKER\tDESCRIBED AS\tNAMED\tQUOTE\tCUE\tWORDS")
	// Look speakers and quotes up by ID in maps made once: a scan of
	// the lists for every row would make the report quadratic.
	speakers := make(map[string]*source.Speaker, len(doc.Speakers))
	for i := range slices.Backward(doc.Speakers) {
		speakers[doc.Speakers[i].ID] = &doc.Speakers[i] // the first of a repeated ID wins, as doc.Speaker has it
	}
	quotes := make(map[string]*quote.Quote, len(doc.Quotes))
	for i := range slices.Backward(doc.Quotes) {
		quotes[doc.Quotes[i].ID] = &doc.Quotes[i]
	}
	for _, a := range doc.Attributions {
		var s source.Speaker
		if p, ok := speakers[a.Speaker]; ok {
			s = *p
		}
		var q quote.Quote
		if p, ok := quotes[a.Quote]; ok {
			q = *p
		}
		who := shownAs(s)
		if a.Parent != "" {
			who = "└ " + who // nested inside the attribution above it
		}
		cue := ""
		if q.Cue != nil {
			cue = q.Cue.Text
		} else if q.ContinuationOf != "" {
			cue = "(continued)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", who, described(s), named(s), q.Kind, cue, clip(q.Text, wordsWidth))
	}
	tw.Flush()
	fmt.Fprintln(w)
	writeSummary(w, doc)
}

// deepBackground is what the report prints in place of a source on deep
// background, whose words the story uses without attributing them to anyone.
const deepBackground = "(deep background)"

// onDeepBackground reports whether the story may not attribute the speaker's
// words at all, not even to a description.
func onDeepBackground(s source.Speaker) bool {
	return s.Anonymity != nil && s.Anonymity.GroundRule == source.GroundRuleDeepBackground
}

// shownAs is the speaker as the report names them: the name, the description
// printed in place of a name, or nothing for a source on deep background.
func shownAs(s source.Speaker) string {
	if onDeepBackground(s) {
		return deepBackground
	}
	return s.String()
}

// described says how the text presents a speaker.
//
// For an anonymous source it says only what the document marks as printed
// in the story: the description the story prints in place of a name
// (Anonymity.Description, "as printed") and where the story says the source is
// based (BasedIn, "the place the text says"). Affiliations, organizations, a
// parent organization and a country may be what the newsroom knows rather
// than what it printed, and they narrow down who the source is: the report
// leaves them out; a document that wants them shown puts the printed words in
// the description ("an official of the Interior Ministry"). A source on deep
// background is not attributed at all.
func described(s source.Speaker) string {
	switch {
	case onDeepBackground(s):
		return "not attributed"
	case s.Anonymity != nil && s.BasedIn != "":
		return clip(s.BasedIn+"-based "+s.Anonymity.Description, 48)
	case s.Anonymity != nil && s.Anonymity.Description != "":
		return clip(s.Anonymity.Description, 48)
	case s.Anonymity != nil:
		return string(s.Kind)
	}
	var parts []string
	if s.Description != "" {
		parts = append(parts, s.Description)
	}
	for _, a := range s.Affiliations {
		// "role, organization, its parent", leaving out what is empty.
		names := []string{a.Role}
		for o := a.Organization; o != nil; o = o.Parent {
			names = append(names, o.Name)
		}
		role := strings.Join(slices.DeleteFunc(names, func(n string) bool { return n == "" }), ", ")
		// Leave out a role the description already gives ("Pakistani
		// Interior Minister"); an empty role is in every string.
		if role != "" && (a.Role == "" || !strings.Contains(strings.Join(parts, " "), a.Role)) {
			parts = append(parts, role)
		}
	}
	if s.ParentOrganization != nil {
		parts = append(parts, "part of "+s.ParentOrganization.Name)
	}
	if len(parts) == 0 && s.Country != "" {
		return string(s.Kind) + " (" + s.Country + ")"
	}
	if len(parts) == 0 {
		return string(s.Kind)
	}
	return clip(strings.Join(parts, "; "), 48)
}

// named says whether the story names the speaker, describes them on the
// record, or quotes them anonymously.
func named(s source.Speaker) string { return string(s.Identity()) }

// clip shortens s to at most n code points, marking the cut with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// writeSummary counts speakers, quotes and claims, and lists what an editor
// would question: claims with no source, anonymity without a reason.
func writeSummary(w io.Writer, doc *attribution.Document) {
	identities := map[source.Identity]int{}
	kinds := map[source.Kind]int{}
	for _, s := range doc.Speakers {
		identities[s.Identity()]++
		kinds[s.Kind]++
	}
	fmt.Fprintf(w, "Format: %s\n", doc.FormatVersion)
	fmt.Fprintf(w, "Speakers: %d (%d named, %d unnamed, %d anonymous; %s)\n", len(doc.Speakers),
		identities[source.IdentityNamed], identities[source.IdentityUnnamed], identities[source.IdentityAnonymous],
		counts(source.Kinds(), kinds))

	quoteKinds := map[quote.Kind]int{}
	for _, q := range doc.Quotes {
		quoteKinds[q.Kind]++
	}
	fmt.Fprintf(w, "Quotes: %d (%s)\n", len(doc.Quotes), counts(quote.Kinds(), quoteKinds))

	nested := 0
	for _, a := range doc.Attributions {
		if a.Parent != "" {
			nested++
		}
	}
	fmt.Fprintf(w, "Attributions: %d (%d nested)\n", len(doc.Attributions), nested)

	relations := map[attribution.RelationType]int{}
	for _, c := range doc.Claims {
		for _, r := range c.Relations {
			relations[r.Type]++
		}
	}
	unsourced := doc.UnsourcedClaims()
	fmt.Fprintf(w, "Claims: %d (%d with no source; relations: %s)\n", len(doc.Claims), len(unsourced),
		counts(attribution.RelationTypes(), relations))
	if len(unsourced) > 0 {
		fmt.Fprintln(w, "\nClaims with no source:")
		for _, c := range unsourced {
			fmt.Fprintf(w, "  - %s (%s)\n", c.Text, c.Kind)
		}
	}

	var unexplained []string
	for _, s := range doc.Speakers {
		switch {
		case !s.IsAnonymous() || s.Anonymity.ReasonGiven():
		case onDeepBackground(s):
			unexplained = append(unexplained, "a source on deep background")
		default:
			unexplained = append(unexplained, s.String())
		}
	}
	if len(unexplained) > 0 {
		fmt.Fprintln(w, "\nAnonymous sources whose anonymity the text does not explain:")
		for _, u := range unexplained {
			fmt.Fprintf(w, "  - %s\n", u)
		}
	}
}

// counts prints "3 direct, 2 indirect" in the order of the type's values,
// leaving out zeros.
func counts[T ~string](order []T, n map[T]int) string {
	var parts []string
	for _, k := range order {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[k], k))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}
