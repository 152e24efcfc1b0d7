package attribution

import (
	"github.com/onrecord/onrecord/internal/validation"
	"github.com/onrecord/onrecord/source"
)

// checkEntities checks the references that format 0.2 added between speakers
// and from attributions to speakers: parents and affiliations that name an
// organization or government of the document, joint speakers, the principal a
// speaker speaks for, and the statements an attribution answers. Chains of
// parents are followed once each, so the check is linear in the number of
// speakers.
func (d *Document) checkEntities() []validation.Problem {
	var ps []validation.Problem
	report := func(ptr string, code Code, msg string) {
		ps = append(ps, validation.Problem{Pointer: ptr, Code: validation.Code(code), Message: msg})
	}
	speakers := make(map[string]int, len(d.Speakers))
	for i, s := range d.Speakers {
		if _, ok := speakers[s.ID]; !ok {
			speakers[s.ID] = i
		}
	}
	attributions := make(map[string]bool, len(d.Attributions))
	for _, a := range d.Attributions {
		attributions[a.ID] = true
	}

	// body resolves a reference to an organization or a government.
	body := func(ptr, id string) {
		if id == "" {
			return
		}
		j, ok := speakers[id]
		switch {
		case !ok:
			report(ptr, CodeUnresolvedReference, "names no speaker of this document")
		case d.Speakers[j].Kind != source.KindOrganization && d.Speakers[j].Kind != source.KindGovernment:
			report(ptr, CodeUnresolvedReference, "names a speaker that is not an organization or a government")
		}
	}
	for i, s := range d.Speakers {
		base := pointer("/speakers", i)
		if s.Parent != s.ID {
			body(base+"/parent", s.Parent)
		}
		for j, a := range s.Affiliations {
			body(pointer(base+"/affiliations", j, "organizationId"), a.OrganizationID)
		}
	}
	for i := range d.parentCycles(speakers) {
		report(pointer("/speakers", i, "parent"), CodeOrganizationChain, "the chain of parent organizations loops")
	}

	resolve := func(ptr, id string, ok bool, what string) {
		if id != "" && !ok {
			report(ptr, CodeUnresolvedReference, "names no "+what+" of this document")
		}
	}
	for i, a := range d.Attributions {
		base := pointer("/attributions", i)
		for j, w := range a.With {
			_, ok := speakers[w]
			resolve(pointer(base+"/with", j), w, ok, "speaker")
		}
		_, ok := speakers[a.OnBehalfOf]
		resolve(base+"/onBehalfOf", a.OnBehalfOf, ok, "speaker")
		for j, r := range a.RespondsTo {
			resolve(pointer(base+"/respondsTo", j, "attribution"), r.Attribution, attributions[r.Attribution], "attribution")
		}
	}
	return ps
}

// parentCycles returns the index of each speaker whose parent references lead
// back to it. Each speaker is visited once: a walk stops at a speaker an
// earlier walk has settled.
func (d *Document) parentCycles(index map[string]int) map[int]bool {
	const (
		unvisited = iota
		onPath
		done
	)
	state := make([]byte, len(d.Speakers))
	cyclic := map[int]bool{}
	var path []int
	for start := range d.Speakers {
		path = path[:0]
		cur := start
		for state[cur] == unvisited {
			state[cur] = onPath
			path = append(path, cur)
			next, ok := index[d.Speakers[cur].Parent]
			if !ok || d.Speakers[cur].Parent == "" {
				break
			}
			if state[next] == onPath {
				// The path from next onwards is a loop.
				for k := len(path) - 1; k >= 0; k-- {
					cyclic[path[k]] = true
					if path[k] == next {
						break
					}
				}
				break
			}
			cur = next
		}
		for _, k := range path {
			state[k] = done
		}
	}
	return cyclic
}
