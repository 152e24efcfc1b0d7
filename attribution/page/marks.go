package page

import (
	"html"
	"slices"
	"strings"
)

// element is a stretch of a text to wrap in an HTML element: [start, end) in
// bytes. Elements may nest and may cross; markup turns them into well-formed
// HTML by closing and reopening the inner ones where they cross.
type element struct {
	start, end int
	open       string // the opening tag
	reopen     string // the opening tag of a piece after the first, when the element is split
	close      string // the closing tag
	rank       int    // among elements with the same start and end, the lower rank is outer
}

// insert is a piece of HTML to place at a byte offset of the text, outside any
// element that starts there.
type insert struct {
	at   int
	html string
}

// markup returns the text as HTML, escaped, with the elements and inserts in
// place. It builds the markup from the sorted boundaries of the elements: at
// each boundary it closes the elements that end there and opens those that
// start there, the longest first, so that a span inside another is nested
// inside it. When an element ends while elements opened after it are still
// open (the two cross), those are closed with it and reopened just after, with
// their reopen tag. Elements that are empty or fall outside the text are left
// out; the caller checks offsets before.
func markup(text string, elems []element, inserts []insert) string {
	var bounds []int
	for _, e := range elems {
		bounds = append(bounds, e.start, e.end)
	}
	for _, in := range inserts {
		bounds = append(bounds, in.at)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	// Elements by start: the longest first, then by rank, then in the
	// order given.
	order := make([]int, 0, len(elems))
	for i, e := range elems {
		if e.start < e.end && e.start >= 0 && e.end <= len(text) {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ea, eb := elems[a], elems[b]
		switch {
		case ea.start != eb.start:
			return ea.start - eb.start
		case ea.end != eb.end:
			return eb.end - ea.end
		default:
			return ea.rank - eb.rank
		}
	})
	ins := slices.Clone(inserts)
	slices.SortStableFunc(ins, func(a, b insert) int { return a.at - b.at })

	var b strings.Builder
	b.Grow(len(text) * 3 / 2)
	var stack []int // indexes into elems of the open elements, outermost first
	next, nextIns, last := 0, 0, 0
	for _, at := range bounds {
		if at < 0 || at > len(text) {
			continue
		}
		b.WriteString(html.EscapeString(text[last:at]))
		last = at
		// Close the elements that end here: everything above the
		// deepest of them is closed too, and what does not end here is
		// reopened.
		deepest := -1
		for k, i := range stack {
			if elems[i].end == at {
				deepest = k
				break
			}
		}
		if deepest >= 0 {
			for k := len(stack) - 1; k >= deepest; k-- {
				b.WriteString(elems[stack[k]].close)
			}
			above := slices.Clone(stack[deepest:])
			stack = stack[:deepest]
			for _, i := range above {
				if elems[i].end != at {
					b.WriteString(elems[i].reopen)
					stack = append(stack, i)
				}
			}
		}
		for nextIns < len(ins) && ins[nextIns].at == at {
			b.WriteString(ins[nextIns].html)
			nextIns++
		}
		for next < len(order) && elems[order[next]].start == at {
			b.WriteString(elems[order[next]].open)
			stack = append(stack, order[next])
			next++
		}
	}
	b.WriteString(html.EscapeString(text[last:]))
	return b.String()
}
