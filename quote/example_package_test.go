package quote_test

import (
	"fmt"

	"github.com/onrecord/onrecord/quote"
)

// The whole use of the package: index the article's text once, locate each
// quotation and its cue in it, record them on a Quote, validate it, and give
// the span to a program that counts UTF-16 units, as JavaScript does (the
// emoji is one code point and two UTF-16 units).
func Example() {
	text := "🔴 Live: “Kabul’s lack of seriousness led to the expulsion drive,” the official told The Media Line."
	x := quote.NewIndex(text)

	content, err := x.Locate("Kabul's lack of seriousness led to the expulsion drive,")
	if err != nil {
		fmt.Println(err)
		return
	}
	cue, err := x.Locate("told", quote.WithinRange(content.End, x.Len(quote.UnitCodePoint)))
	if err != nil {
		fmt.Println(err)
		return
	}
	q := quote.Quote{
		ID:        "q1",
		Kind:      quote.KindDirect,
		Text:      content.Exact,
		Span:      &content,
		Cue:       &quote.Cue{Text: cue.Exact, Span: &cue},
		Recipient: "The Media Line",
	}
	if err := q.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	start, end, _ := x.Offsets(content, quote.UnitUTF16)
	fmt.Printf("%s quote at [%d, %d), cue %q at %d\n", q.Kind, q.Span.Start, q.Span.End, q.Cue.Text, q.Cue.Span.Start)
	fmt.Printf("JavaScript: text.slice(%d, %d)\n", start, end)
	// Output:
	// direct quote at [9, 64), cue "told" at 79
	// JavaScript: text.slice(10, 65)
}
