package audit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/source"
)

func ptr(base string, tokens ...any) string { return validation.Pointer(base, tokens...) }

// eachAnonymous calls fn for every anonymous speaker, with its index.
func (x *index) eachAnonymous(fn func(i int, s source.Speaker)) {
	for i, s := range x.doc.Speakers {
		if s.Identity() == source.IdentityAnonymous {
			fn(i, s)
		}
	}
}

func anonymousNoReason(x *index) []Finding {
	var out []Finding
	x.eachAnonymous(func(i int, s source.Speaker) {
		if strings.TrimSpace(s.Anonymity.Reason) != "" {
			return
		}
		out = append(out, Finding{
			Pointer: ptr("/speakers", i, "anonymity"),
			Message: fmt.Sprintf("the story does not say why the source described as %s was granted anonymity", x.label(s.ID)),
			Passage: x.speakerPassage(s, true),
			Speaker: s.ID,
		})
	})
	return out
}

func anonymousBoilerplateReason(x *index) []Finding {
	var out []Finding
	x.eachAnonymous(func(i int, s source.Speaker) {
		phrase, ok := boilerplatePhrase(s.Anonymity.Reason)
		if !ok {
			return
		}
		out = append(out, Finding{
			Pointer: ptr("/speakers", i, "anonymity", "reason"),
			Message: fmt.Sprintf("the reason given for granting %s anonymity is boilerplate (%s): say what the source fears or stands to lose",
				x.label(s.ID), quoted(phrase)),
			Passage: s.Anonymity.Reason,
			Speaker: s.ID,
		})
	})
	return out
}

func anonymousVague(x *index) []Finding {
	var out []Finding
	for i, s := range x.doc.Speakers {
		id := s.Identity()
		if id == source.IdentityNamed || !saysNothing(description(s)) {
			continue
		}
		if s.BasedIn != "" || len(s.Affiliations) > 0 || len(s.Expertise) > 0 ||
			(s.Anonymity != nil && s.Anonymity.Basis != "") {
			continue
		}
		at := ptr("/speakers", i, "description")
		if s.Anonymity != nil {
			at = ptr("/speakers", i, "anonymity", "description")
		}
		out = append(out, Finding{
			Pointer: at,
			Message: fmt.Sprintf("the %s source described as %s is described too vaguely to judge: say what office, organization, place or knowledge they speak from",
				id, x.label(s.ID)),
			Passage: x.speakerPassage(s, false),
			Speaker: s.ID,
		})
	}
	return out
}

func anonymousOpinion(x *index) []Finding {
	var out []Finding
	x.anonymousClaims(func(ai, k int, c attribution.Claim, sp string) {
		var what string
		switch {
		case c.Kind == attribution.ClaimOpinion:
			what = "an opinion"
		case c.Kind == attribution.ClaimPrediction:
			what = "a prediction"
		case c.Speculative:
			what = "speculation"
		default:
			return
		}
		out = append(out, Finding{
			Pointer: ptr("/attributions", ai, "claims", k),
			Message: fmt.Sprintf("the anonymous source %s gives %s, not information: %s", x.label(sp), what, quoted(c.Text)),
			Passage: x.claimPassage(c),
			Speaker: sp,
		})
	})
	return out
}

func anonymousPejorative(x *index) []Finding {
	var out []Finding
	x.anonymousClaims(func(ai, k int, c attribution.Claim, sp string) {
		if !c.Pejorative {
			return
		}
		out = append(out, Finding{
			Pointer: ptr("/attributions", ai, "claims", k),
			Message: fmt.Sprintf("the anonymous source %s disparages a person or an institution: %s", x.label(sp), quoted(c.Text)),
			Passage: x.claimPassage(c),
			Speaker: sp,
		})
	})
	return out
}

func singleAnonymousSource(x *index) []Finding {
	var out []Finding
	for ci, c := range x.doc.Claims {
		origins := x.origins(c.ID)
		if len(origins) != 1 || !x.anonymous(origins[0]) {
			continue
		}
		only := origins[0]
		corroborated := slices.ContainsFunc(x.supporters[c.ID], func(j int) bool {
			return slices.ContainsFunc(x.origins(x.doc.Claims[j].ID), func(s string) bool { return s != only })
		})
		if corroborated {
			continue
		}
		out = append(out, Finding{
			Pointer: ptr("/claims", ci),
			Message: fmt.Sprintf("the claim %s rests on one anonymous source alone, %s, and no other source supports it",
				quoted(c.Text), x.label(only)),
			Passage: x.claimPassage(c),
			Speaker: only,
		})
	}
	return out
}

// declines reports whether an attribution says that its speaker would not
// comment.
func declines(a attribution.Attribution) bool {
	return a.Type == attribution.TypeDeclinedComment || a.Type == attribution.TypeNoResponse
}

func anonymousDeclinedComment(x *index) []Finding {
	var out []Finding
	x.eachAnonymous(func(_ int, s source.Speaker) {
		all := x.attributionsOf(s.ID)
		isQuoted := slices.ContainsFunc(all, func(i int) bool { return !declines(x.doc.Attributions[i]) })
		if !isQuoted {
			return
		}
		for _, i := range all {
			a := x.doc.Attributions[i]
			if !declines(a) {
				continue
			}
			said := "declined to comment"
			if a.Type == attribution.TypeNoResponse {
				said = "did not respond to a request for comment"
			}
			out = append(out, Finding{
				Pointer: ptr("/attributions", i),
				Message: fmt.Sprintf("the story quotes %s anonymously and also says the source %s", x.label(s.ID), said),
				Passage: x.quotePassage(a),
				Speaker: s.ID,
			})
		}
	})
	return out
}

func pluralSources(x *index) []Finding {
	var out []Finding
	for i, s := range x.doc.Speakers {
		if s.Identity() == source.IdentityNamed || s.Kind != source.KindPerson {
			continue
		}
		if noun, ok := pluralHead(description(s)); ok {
			at := ptr("/speakers", i, "description")
			if s.Anonymity != nil {
				at = ptr("/speakers", i, "anonymity", "description")
			}
			out = append(out, Finding{
				Pointer: at,
				Message: fmt.Sprintf("one person is described in the plural (%s): say %s only when there are several",
					quoted(noun), quoted(noun)),
				Passage: description(s),
				Speaker: s.ID,
			})
		}
		for _, k := range x.mentions[s.ID] {
			m := x.doc.Mentions[k]
			if noun, ok := pluralHead(m.Span.Exact); ok {
				out = append(out, Finding{
					Pointer: ptr("/mentions", k),
					Message: fmt.Sprintf("the story refers to one person in the plural (%s): say %s only when there are several",
						quoted(noun), quoted(noun)),
					Passage: m.Span.Exact,
					Speaker: s.ID,
				})
			}
		}
	}
	return out
}

func deepBackgroundAttributed(x *index) []Finding {
	var out []Finding
	for i, a := range x.doc.Attributions {
		for _, sp := range speakersOf(a) {
			s, ok := x.speaker(sp)
			if !ok || s.Anonymity == nil || s.Anonymity.GroundRule != source.GroundRuleDeepBackground {
				continue
			}
			out = append(out, Finding{
				Pointer: ptr("/attributions", i),
				Message: fmt.Sprintf("words given on deep background are attributed to %s: on deep background the information may be used but attributed to no one, not even a description",
					x.label(sp)),
				Passage: x.quotePassage(a),
				Speaker: sp,
			})
		}
	}
	return out
}

func anonymousNoByline(x *index) []Finding {
	if slices.ContainsFunc(x.doc.Article.Byline, func(b string) bool { return strings.TrimSpace(b) != "" }) {
		return nil
	}
	var labels []string
	x.eachAnonymous(func(_ int, s source.Speaker) { labels = append(labels, x.label(s.ID)) })
	if len(labels) == 0 {
		return nil
	}
	return []Finding{{
		Pointer: "/article/byline",
		Message: fmt.Sprintf("the story uses anonymous sources (%s) and its byline names no one", list(labels)),
	}}
}

// list joins up to three labels, and says how many more there are.
func list(labels []string) string {
	if len(labels) <= 3 {
		return strings.Join(labels, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(labels[:3], ", "), len(labels)-3)
}

func unsourcedStatistic(x *index) []Finding {
	var out []Finding
	for i, c := range x.doc.Claims {
		if c.Kind != attribution.ClaimStatistical || len(x.sources[c.ID]) > 0 {
			continue
		}
		out = append(out, Finding{
			Pointer: ptr("/claims", i),
			Message: fmt.Sprintf("the story gives figures with no source: %s", quoted(c.Text)),
			Passage: x.claimPassage(c),
		})
	}
	return out
}

// disputed returns the claims related to claim c by contradicts or denies,
// in either direction, in document order.
func (x *index) disputed(c attribution.Claim) []attribution.Claim {
	var out []attribution.Claim
	for _, i := range x.disputes[c.ID] {
		out = append(out, x.doc.Claims[i])
	}
	return out
}

func unattributedDisputed(x *index) []Finding {
	var out []Finding
	for i, c := range x.doc.Claims {
		if len(x.sources[c.ID]) > 0 {
			continue
		}
		var who []string
		for _, d := range x.disputed(c) {
			for _, s := range x.origins(d.ID) {
				if l := x.label(s); !slices.Contains(who, l) {
					who = append(who, l)
				}
			}
		}
		if len(who) == 0 {
			continue
		}
		out = append(out, Finding{
			Pointer: ptr("/claims", i),
			Message: fmt.Sprintf("the story states on its own authority a claim that %s disputes: say who says so, in the same sentence: %s",
				list(who), quoted(c.Text)),
			Passage: x.claimPassage(c),
		})
	}
	return out
}

func contradictedOnBackground(x *index) []Finding {
	var out []Finding
	x.eachAnonymous(func(_ int, s source.Speaker) {
		// The entities the anonymous source speaks for or belongs to.
		var entities []string
		for _, i := range x.attributionsOf(s.ID) {
			if e := x.doc.Attributions[i].OnBehalfOf; e != "" && !slices.Contains(entities, e) {
				entities = append(entities, e)
			}
		}
		for _, a := range s.Affiliations {
			if a.OrganizationID != "" && !slices.Contains(entities, a.OrganizationID) {
				entities = append(entities, a.OrganizationID)
			}
		}
		if len(entities) == 0 {
			return
		}
		// onRecord returns the entity that speaks on the record through
		// attribution b, if it is one of the entities.
		onRecord := func(b attribution.Attribution) (string, bool) {
			if x.anonymous(b.Speaker) {
				return "", false
			}
			for _, e := range []string{b.Speaker, b.OnBehalfOf} {
				if e != "" && slices.Contains(entities, e) {
					return e, true
				}
			}
			return "", false
		}
		for _, ai := range x.attributionsOf(s.ID) {
			a := x.doc.Attributions[ai]
			for k, id := range a.Claims {
				ci, ok := x.claims[id]
				if !ok {
					continue
				}
				c := x.doc.Claims[ci]
				var who []string
				for _, d := range x.disputed(c) {
					for _, bi := range x.sources[d.ID] {
						if e, ok := onRecord(x.doc.Attributions[bi]); ok && !slices.Contains(who, x.label(e)) {
							who = append(who, x.label(e))
						}
					}
				}
				if len(who) == 0 {
					continue
				}
				out = append(out, Finding{
					Pointer: ptr("/attributions", ai, "claims", k),
					Message: fmt.Sprintf("the anonymous source %s contradicts what %s, whom the source speaks for or belongs to, says on the record: %s",
						x.label(s.ID), list(who), quoted(c.Text)),
					Passage: x.claimPassage(c),
					Speaker: s.ID,
				})
			}
		}
	})
	return out
}

func anonymousNoBasis(x *index) []Finding {
	var out []Finding
	x.eachAnonymous(func(i int, s source.Speaker) {
		if strings.TrimSpace(s.Anonymity.Basis) != "" {
			return
		}
		out = append(out, Finding{
			Pointer: ptr("/speakers", i, "anonymity"),
			Message: fmt.Sprintf("the story does not say how the anonymous source %s knows what they say", x.label(s.ID)),
			Passage: x.speakerPassage(s, true),
			Speaker: s.ID,
		})
	})
	return out
}
