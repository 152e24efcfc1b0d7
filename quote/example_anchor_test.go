package quote_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/onrecord/onrecord/quote"
)

// A quotation typed with straight quotes and apostrophes is found in a text
// set with curly ones; the span reports the text as it stands.
func ExampleLocate() {
	text := "“Kabul’s lack of seriousness in addressing these concerns led to reinitiating the expulsion drive,” the source said."
	span, err := quote.Locate(text, "Kabul's lack of seriousness")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(span.Start, span.End)
	fmt.Println(span.Exact)
	fmt.Printf("%q\n", span.Prefix)
	// Output:
	// 1 28
	// Kabul’s lack of seriousness
	// "“"
}

// When the same words occur twice, their context or a position tells the
// occurrences apart; without either, Locate says it cannot choose.
func ExampleLocate_ambiguous() {
	text := "“No,” he said. Asked again, he said: “No,” and left."
	_, err := quote.Locate(text, "No,")
	fmt.Println(errors.Is(err, quote.ErrAmbiguous))

	span, err := quote.Locate(text, "No,", quote.WithPrefix("he said: “"))
	fmt.Println(span.Start, err)
	// Output:
	// true
	// 38 <nil>
}

// A span counts code points; JavaScript counts UTF-16 units and Go counts
// bytes. The emoji is one code point, two UTF-16 units and four bytes.
func ExampleIndex_Offsets() {
	text := "Reactions 🙏 poured in: “We will rebuild,” she wrote."
	x := quote.NewIndex(text)
	span, err := x.Locate("We will rebuild,")
	if err != nil {
		fmt.Println(err)
		return
	}
	start, end, _ := x.Offsets(span, quote.UnitUTF16)
	fmt.Printf("code points [%d, %d)\n", span.Start, span.End)
	fmt.Printf("JavaScript  text.slice(%d, %d)\n", start, end)
	start, end, _ = x.Offsets(span, quote.UnitByte)
	fmt.Printf("Go          text[%d:%d] = %q\n", start, end, text[start:end])
	// Output:
	// code points [24, 40)
	// JavaScript  text.slice(25, 41)
	// Go          text[29:45] = "We will rebuild,"
}

// Offsets from a program that counts UTF-16 units, such as Stanford CoreNLP,
// become a span with its exact text and context.
func ExampleIndex_Span() {
	x := quote.NewIndex("Kabul 🇦🇫, however, denies sheltering any terrorists.")
	span, err := x.Span(21, 27, quote.UnitUTF16)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(span.Start, span.End, span.Exact)
	// Output:
	// 19 25 denies
}

// To locate several passages in one text, build its Index once: each Locate
// then costs a search, not a pass over the whole text.
func ExampleIndex_Locate() {
	text := "“We will act,” the minister said. “Not now,” the opposition replied."
	x := quote.NewIndex(text)
	for _, passage := range []string{"We will act,", "Not now,"} {
		span, err := x.Locate(passage)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(span.Start, span.End, span.Exact)
	}
	// Output:
	// 1 13 We will act,
	// 35 43 Not now,
}

// A cue looked for after its quotation: only the occurrences past the
// quotation's end count, and the nearest of them wins.
func ExampleWithinRange() {
	text := "Asked whether it was over, she said: “It’s over,” he said."
	x := quote.NewIndex(text)
	q, _ := x.Locate("It's over,")
	cue, err := x.Locate("said", quote.WithinRange(q.End, x.Len(quote.UnitCodePoint)), quote.WithHint(q.End))
	fmt.Println(q.Start, q.End, cue.Start, err)
	// Output:
	// 38 48 53 <nil>
}

// NewSpan records a stretch of a text given by code-point positions, with its
// exact text and some context on each side, here the words the official said.
func ExampleNewSpan() {
	text := "Speaking on condition of anonymity, a senior official said the talks had failed."
	span, err := quote.NewSpan(text, 59, 79)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("[%d, %d) %q\n", span.Start, span.End, span.Exact)
	fmt.Printf("prefix %q\n", span.Prefix)
	fmt.Printf("suffix %q\n", span.Suffix)

	_, err = quote.NewSpan(text, 62, 200)
	fmt.Println(errors.Is(err, quote.ErrOutOfRange))
	// Output:
	// [59, 79) "the talks had failed"
	// prefix "onymity, a senior official said "
	// suffix "."
	// true
}

// Convert turns one offset from one unit into another: here the byte offset
// that Go's strings.Index returns into the code-point offset of a span, and
// into the UTF-16 offset that JavaScript uses.
func ExampleIndex_Convert() {
	text := "Café owners 😟 said: “We’re closing.”"
	x := quote.NewIndex(text)
	b := strings.Index(text, "We’re")
	cp, err := x.Convert(b, quote.UnitByte, quote.UnitCodePoint)
	if err != nil {
		fmt.Println(err)
		return
	}
	u16, _ := x.Convert(b, quote.UnitByte, quote.UnitUTF16)
	fmt.Println("byte", b, "code point", cp, "UTF-16", u16)

	_, err = x.Convert(4, quote.UnitByte, quote.UnitCodePoint) // inside the é
	fmt.Println(errors.Is(err, quote.ErrNotBoundary))
	// Output:
	// byte 27 code point 21 UTF-16 22
	// true
}

// ConvertAll converts the offsets of many spans in one pass over the text:
// here the UTF-16 starts and ends that a JavaScript annotator produced, into
// code points.
func ExampleIndex_ConvertAll() {
	text := "👏 “Well done,” the coach said. “Again,” the captain replied."
	x := quote.NewIndex(text)
	utf16 := []int{4, 14, 33, 39} // two quotations: start, end, start, end
	cps, err := x.ConvertAll(utf16, quote.UnitUTF16, quote.UnitCodePoint)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := 0; i < len(cps); i += 2 {
		span, _ := x.Span(cps[i], cps[i+1], quote.UnitCodePoint)
		fmt.Printf("[%d, %d) %s\n", span.Start, span.End, span.Exact)
	}
	// Output:
	// [3, 13) Well done,
	// [32, 38) Again,
}

// After an edit, a span's old position is a hint: among occurrences that the
// context does not tell apart, the one nearest the hint is chosen.
func ExampleWithHint() {
	text := "“No,” she said. Later, asked again, she said: “No.” Then: “No,” once more."
	x := quote.NewIndex(text)
	for _, hint := range []int{0, 60} {
		span, err := x.Locate("No,", quote.WithHint(hint))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("hint", hint, "found at", span.Start)
	}
	// Output:
	// hint 0 found at 1
	// hint 60 found at 59
}
