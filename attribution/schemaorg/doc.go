// Package schemaorg exports an onrecord document as schema.org JSON-LD, in
// the vocabulary that search engines and fact-checking tools read, with a
// small vocabulary of onrecord's own for what schema.org cannot say.
//
// The terms are schema.org's (https://schema.org/): the quotations are
// Quotations (https://schema.org/Quotation), the claims Claims
// (https://schema.org/Claim).
//
// # The graph
//
// An export is a JSON-LD @graph with the @context ["https://schema.org",
// "https://onrecord.github.io/schema/0.2/context.jsonld"]:
//
//   - the article, a NewsArticle (headline, url, inLanguage, datePublished,
//     dateModified, dateline, author and contributor as Persons, publisher
//     as a NewsMediaOrganization, articleBody, associatedMedia for credits),
//     whose hasPart lists its quotes as Quotations: text,
//     spokenByCharacter (every speaker an attribution names), inLanguage,
//     dateCreated, translationOfWork;
//   - each speaker, a Person, an Organization or a GovernmentOrganization:
//     name, honorificPrefix, description, sameAs (with the Wikidata item of
//     its QID), knowsAbout, workLocation or location, parentOrganization
//     (inline, or a reference to another speaker), and its affiliations as
//     OrganizationRoles (roleName, startDate, endDate) inside affiliation,
//     or as jobTitle when a role names no organization;
//   - each claim, a Claim: text, appearance (the article), author (the
//     speakers of the attributions that list it), its figures as
//     QuantitativeValues.
//
// An anonymous source is exported with its description only, that it is
// anonymous and the ground rule: never a name, title, Wikidata ID, sameAs URL,
// place or affiliation, nor its ID (its IRI is numbered,
// BASE#speaker-anonymous-1).
//
// IRIs are made from Options.Base (default: the article's URL, or
// "urn:onrecord:" and a digest of its text or headline) with a fragment:
// BASE#quote-q1, BASE#speaker-naqvi, BASE#claim-deadline.
//
// # onrecord's vocabulary
//
// onrecord's terms live under https://onrecord.github.io/ns# and are declared
// by its context (ContextURL; [Contexts] returns it). Both exports use them.
//
//	term             on             holds
//	quoteKind        Quotation      direct, indirect, partial or mixed
//	cue, cueLemma    Quotation      the cue's words and dictionary form
//	Cue              (a type)       a Web Annotation body that is a cue
//	implicit         Quotation      true: attributed with no cue
//	fragment         Quotation      a mixed quote's verbatim parts
//	recipient        Quotation      whom the speaker addressed
//	channel          Quotation      how the words came (a CreativeWork with
//	                                channelKind, name, datePublished, url)
//	continuationOf   Quotation      the quote this one continues
//	spanStart,       Quotation,     the passage's code point offsets in
//	spanEnd          Claim          articleBody, end exclusive
//	attributionType  Quotation      assertion, belief, denial... (PARC 3.0)
//	confidence       Quotation      a program's confidence, 0 to 1
//	onBehalfOf       Quotation      the speaker a spokesperson speaks for
//	reportedIn       Quotation      the quotation of a nested attribution's
//	                                parent
//	respondsTo       Quotation      a Response (responseKind reply,
//	                                rejection or confirmation) naming the
//	                                quotation answered
//	candidate        Quotation      a Candidate: candidate (a speaker, none
//	                                for "no speaker") and probability
//	occurrences      Quotation      times the words were found in a corpus
//	sourceUrl        Quotation      pages where they were found
//	speakerKind      speakers       person, organization, government, group
//	anonymous        speakers       true for an anonymous source
//	groundRule       speakers       the anonymity's ground rule
//	possibleSameAs   speakers       Wikidata items the name may denote
//	claimKind        Claim          factual, statistical, opinion...
//	supports,        Claim          the claims this one supports,
//	contradicts,                    contradicts, denies or qualifies
//	denies,                         (schema.org has no relation between
//	qualifies                       claims)
//	quantity         Claim          its figures (QuantitativeValue with
//	                                qualifier and vague)
//
// # JSON-LD
//
// [Contexts] returns the two contexts the export names, for a JSON-LD
// processor that works offline; the copy of schema.org's context holds only
// what the export needs (its @vocab, the id and type aliases, and url and
// sameAs as IRIs). Expanded by a JSON-LD processor, an export loses no
// member.
package schemaorg
