package quote

import "slices"

// Kind says how a quote reproduces the speaker's words.
type Kind string

// The kinds of quote, as PARC 3.0 and quotation corpora distinguish them.
const (
	// KindDirect reproduces the words verbatim inside quotation marks:
	// “Nearly every assault on the security forces traces back to
	// Afghanistan,” Rajpoot said.
	KindDirect Kind = "direct"
	// KindIndirect reports the content in the writer's words, without
	// quotation marks: She told The Media Line that the repatriation
	// efforts are part of ...
	KindIndirect Kind = "indirect"
	// KindPartial quotes a verbatim fragment inside the writer's own
	// sentence, and the fragment is the whole content: described the
	// security situation as “highly intricate and volatile.”
	KindPartial Kind = "partial"
	// KindMixed is a paraphrase that carries one or more verbatim
	// fragments: told The Media Line that the decision “carries
	// considerable human rights implications ...”. The quote's text is
	// the whole paraphrase and its fragments are the quoted parts.
	KindMixed Kind = "mixed"
)

var kinds = []Kind{KindDirect, KindIndirect, KindPartial, KindMixed}

// Kinds returns every kind of quote, in documentation order.
func Kinds() []Kind { return slices.Clone(kinds) }

// IsValid reports whether k is one of the kinds above.
func (k Kind) IsValid() bool { return slices.Contains(kinds, k) }

// IsVerbatim reports whether the quote's text reproduces the speaker's exact
// words (direct and partial quotes).
func (k Kind) IsVerbatim() bool { return k == KindDirect || k == KindPartial }
