// Package page renders the sourcing of a document as one self-contained HTML
// page that an editor or a reader opens in a browser: who speaks where, who is
// anonymous, which claims stand on nothing, who contradicts whom.
//
//	findings, err := audit.Run(doc, audit.Strictest())
//	if err != nil {
//		return err
//	}
//	err = page.Write(w, doc, page.Options{Findings: page.FromAudit(findings)})
//
// The command "onrecord html FILE > story.html"
// ([github.com/onrecord/onrecord/cmd/onrecord]) writes the same page for a
// document file.
//
// # What the page shows
//
// The article's text, with every quote's span marked and coloured by its
// speaker; the verbatim fragments of a mixed quote (italic), the editor's
// marks inside quotations and the cues (bold, boxed) inside it. Selecting a
// mark, with a click or the keyboard's focus, shows in a panel beside the text
// the quote's speaker, kind, cue, channel, recipient, date and claims. A legend
// lists the speakers with their numbers and colours; a named, an unnamed and
// an anonymous speaker differ by their underline (solid, dotted, dashed) and
// by a word, not by colour alone. The claims follow, with the attributions
// they rest on and their relations (supports, contradicts, denies,
// qualifies, in both directions); a claim with no source is marked. Then
// every quote's particulars, the speakers' particulars, the credits and the
// annotation's provenance. A document without text lists its quotes instead,
// each with its mark; so does a document whose quote's span does not lie in
// its text or does not match it, for that quote, with the reason.
//
// # Findings
//
// An audit's findings are passed as [Finding] values in [Options], and each is
// shown beside what its JSON Pointer (RFC 6901) concerns: in the margin of the text at
// the start of the quote of /quotes/N or /attributions/N, of the claim of
// /claims/N when the claim has a span, or of the mention of /mentions/N;
// beside the claim, the speaker or the credit in their lists otherwise
// (/claims/N, /speakers/N, /credits/N); with the findings about the whole
// story for any other pointer (/article/byline, "", or a pointer that names
// nothing). A finding says its severity in words and with a symbol.
//
// # A contract for tools
//
// Tests and programs that read the page can rely on these attributes:
//
//   - every quote has one mark, <mark data-quote="ID" data-speaker="ID">,
//     with the quote's and its first attribution's speaker's IDs
//     (data-speaker is empty for a quote that no attribution names); when
//     crossing spans split a mark, its later pieces carry data-cont="true";
//   - an anonymous speaker's marks carry data-anonymous="true";
//   - every finding carries data-check with the check's ID;
//   - every speaker has one legend item, data-legend="ID", with its identity
//     (data-identity) and its colour (data-color), and one entry,
//     data-speaker-entry="ID".
//
// # Anonymous sources
//
// The page never shows an anonymous speaker's name, title, Wikidata ID,
// sameAs URLs, affiliations, expertise or place, even when a caller has set
// them (which makes the document invalid): only the description the story
// prints and the terms of the anonymity (ground rule, terms, reason, basis of
// knowledge). Strings that do not come from the article's text (findings,
// claims) have the speaker's name, title, Wikidata ID and sameAs URLs
// withheld. IDs are shown as they are, in the contract's attributes and the
// page's anchors: an anonymous speaker's ID must not be made from their name.
//
// # Self-contained and accessible
//
// The page loads nothing: its style and its small script are inline, its
// fonts are the reader's own, and it reads without the script (every quote's
// particulars are listed). Every pair of colours it uses meets WCAG 2 level AA
// contrast; the marks are reached with the Tab key; it has a print stylesheet.
//
// # Marks that nest and cross
//
// Spans count code points; [quote.Index] converts them to byte offsets. The
// marks are built from the sorted boundaries of all spans, the longer span
// outside at a shared start, so that a cue inside another speaker's quote, a
// fragment inside a mixed quote and a nested attribution become nested
// elements; two spans that cross are split where they cross, so that the HTML
// stays well formed.
package page
