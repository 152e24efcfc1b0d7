package validation

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-playground/validator/v10"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestNamespacePointer(t *testing.T) {
	tests := map[string]string{
		"Document":  "",
		"Document.": "",
		"Document.speakers[0].anonymity.description": "/speakers/0/anonymity/description",
		"Document.speakers[12].":                     "/speakers/12",
		"Quote.fragments[1].text":                    "/fragments/1/text",
		"Speaker.sameAs[0]":                          "/sameAs/0",
		"X.a/b.c~d":                                  "/a~1b/c~0d",
	}
	for ns, want := range tests {
		if got := namespacePointer(ns); got != want {
			t.Errorf("namespacePointer(%q) = %q, want %q", ns, got, want)
		}
	}
}

func TestPointer(t *testing.T) {
	if got, want := Pointer("/speakers", 3, "a/b", "m~n"), "/speakers/3/a~1b/m~0n"; got != want {
		t.Errorf("Pointer = %q, want %q", got, want)
	}
}

func TestSortOrdersIndexesAsNumbers(t *testing.T) {
	ps := []Problem{
		{Pointer: "/quotes/10/id", Code: CodeID},
		{Pointer: "/quotes/2/id", Code: CodeRequired},
		{Pointer: "/quotes/2/id", Code: CodeDuplicateID},
		{Pointer: "", Code: CodeTrailingData},
		{Pointer: "/quotes/2", Code: CodeQuoteKind},
		{Pointer: "/quotes/2/id", Code: CodeRequired},
	}
	var got []string
	for _, p := range Sort(ps) {
		got = append(got, p.Pointer+" "+string(p.Code))
	}
	want := []string{" trailing-data", "/quotes/2 quote-kind", "/quotes/2/id duplicate-id", "/quotes/2/id required", "/quotes/10/id id"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sort (-want +got):\n%s", diff)
	}
}

func TestValidLanguageTag(t *testing.T) {
	for tag, want := range map[string]bool{
		"en": true, "en-US": true, "zh-Hant-TW": true, "ur-PK": true, "ps": true, "EN-us": true,
		"": false, "en_US": false, "e": false, "xx-123456789": false, "english": false, "en-": false,
		"en-a-bbb-a-ccc": false, "aa-aaa-aaa-aaa-aaa": false, "aa-aaa-aaa-aaa": true, "en-u-ca-gregory-U-nu-latn": false, "en-a-bbb-u-ca-gregory": true, "en-x-a-a": true,
	} {
		if got := ValidLanguageTag(tag); got != want {
			t.Errorf("ValidLanguageTag(%q) = %v, want %v", tag, got, want)
		}
	}
}

func TestValidCountry(t *testing.T) {
	for c, want := range map[string]bool{
		"PK": true, "AF": true, "US": true,
		"pk": false, "ZZ": false, "004": false, "PAK": false, "": false, "Pakistan": false, "EU": false,
		"UK": false, "UN": false, "SU": false, "YU": false, "XK": false, "AN": false, "SS": true, "AX": true,
	} {
		if got := ValidCountry(c); got != want {
			t.Errorf("ValidCountry(%q) = %v, want %v", c, got, want)
		}
	}
}

// TestCountryTable checks the table of assigned codes against
// golang.org/x/text/language: every code is a country there too, and the
// table holds ISO 3166-1's 249.
func TestCountryTable(t *testing.T) {
	if n := len(Countries()); n != 249 {
		t.Errorf("the table has %d codes, ISO 3166-1 assigns 249", n)
	}
	if !slices.IsSorted(Countries()) {
		t.Error("the table is not in order")
	}
	for _, c := range Countries() {
		r, err := language.ParseRegion(c)
		if err != nil || !r.IsCountry() || r.String() != c {
			t.Errorf("%s is in the table but golang.org/x/text/language does not know it as a country", c)
		}
	}
}

func TestValidDate(t *testing.T) {
	for d, want := range map[string]bool{
		"2023": true, "2023-12": true, "2023-12-01": true, "2024-02-29": true,
		"2023-12-01T09:30:00Z": true, "2023-12-01T09:30:00.25+05:00": true,
		"": false, "23": false, "2023-13": false, "2023-02-30": false, "2023-12-01 09:30:00Z": false,
		"2023-12-01T09:30:00+0500": false, "2023-12-01T09:30:00,5Z": false, "2023-12-01T09:30": false, "Dec 2023": false,
		"2023-12-01T9:30:00Z": false, "2023-12-01T09:30:00+24:00": false, "2023-12-01T09:30:00+23:60": false,
		"2023-12-01T09:30:00.Z": false, "2023-12-01T09:30:00-23:59": true, "+2023": false, "2023-12-1": false,
	} {
		if got := ValidDate(d); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", d, got, want)
		}
	}
}

func TestDateAfter(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2024", "2023", true},
		{"2024", "2024-03", false},
		{"2024-04", "2024-03-31", true},
		{"2024-03-01", "2024-03-01", false},
		{"2024-03-01T10:00:00+05:00", "2024-03-01T06:00:00Z", false},
		{"2024-03-01T10:00:00+05:00", "2024-03-01T04:00:00Z", true},
		{"", "2024", false},
		{"2024", "not a date", false},
	}
	for _, tt := range tests {
		if got := DateAfter(tt.a, tt.b); got != tt.want {
			t.Errorf("DateAfter(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

type inner struct {
	Name  string  `json:"name"`
	Score float64 `json:"score,omitempty"`
}

type outer struct {
	Count int      `json:"count"`
	Items []inner  `json:"items,omitempty"`
	Ptr   *inner   `json:"ptr,omitempty"`
	Tags  []string `json:"tags,omitempty"`
	OK    bool     `json:"ok,omitempty"`
	Skip  string   `json:"-"`
}

func TestDecodeStrict(t *testing.T) {
	tests := map[string]struct {
		in   string
		want []string
	}{
		"valid":          {`{"count":1,"items":[{"name":"a","score":0.5}],"ptr":{"name":"b"},"tags":["x"],"ok":true}`, nil},
		"unknown member": {`{"count":1,"items":[{"name":"a","nmae":"b"}]}`, []string{"/items/0/nmae unknown-field"}},
		"case differs":   {`{"Count":1}`, []string{"/Count unknown-field"}},
		"ignored field":  {`{"count":1,"Skip":"x"}`, []string{"/Skip unknown-field"}},
		"repeated key":   {`{"count":1,"count":2}`, []string{"/count syntax"}},
		"null":           {`{"count":1,"ptr":null,"tags":null}`, []string{"/ptr type", "/tags type"}},
		"wrong types":    {`{"count":"1","items":{},"tags":[1,"x"],"ok":"yes"}`, []string{"/count type", "/items type", "/tags/0 type", "/ok type"}},
		"fraction":       {`{"count":1.5}`, []string{"/count type"}},
		"huge integer":   {`{"count":1e400}`, []string{"/count type"}},
		"escaped key":    {`{"a/b":1}`, []string{"/a~1b unknown-field"}},
		"not an object":  {`[1,2]`, []string{" type"}},
		"trailing":       {`{"count":1} {}`, []string{" trailing-data"}},
		"truncated":      {`{"count":1,"items":[`, []string{" syntax"}},
		"garbage":        {`{"count":1,]`, []string{" syntax"}},
		"empty":          {``, []string{" syntax"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var v outer
			var got []string
			for _, p := range DecodeStrict([]byte(tt.in), &v) {
				got = append(got, p.Pointer+" "+string(p.Code))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

type nested struct {
	Name  string  `json:"name"`
	Child *nested `json:"child,omitempty"`
}

// TestDecodeStrictDepth feeds nesting far deeper than MaxDepth, through the
// model's recursive type and through members it skips, and wants one syntax
// problem at the depth where the walk stopped.
func TestDecodeStrictDepth(t *testing.T) {
	const levels = 50000
	deep := strings.Repeat(`{"child":`, levels) + `{"name":"x"}` + strings.Repeat(`}`, levels)
	var v nested
	ps := DecodeStrict([]byte(deep), &v)
	want := Pointer("", slices.Repeat([]any{"child"}, MaxDepth)...)
	if len(ps) != 1 || ps[0].Code != CodeSyntax || ps[0].Pointer != want {
		t.Fatalf("problems %v, want one syntax problem at depth %d", ps, MaxDepth)
	}

	skipped := `{"name":"x","extra":` + strings.Repeat(`[`, levels) + strings.Repeat(`]`, levels) + `}`
	ps = DecodeStrict([]byte(skipped), &v)
	if len(ps) == 0 || ps[len(ps)-1].Code != CodeSyntax {
		t.Fatalf("problems %v, want an unknown member, then a syntax problem", ps)
	}

	ok := strings.Repeat(`{"child":`, MaxDepth-1) + `{"name":"x"}` + strings.Repeat(`}`, MaxDepth-1)
	if ps := DecodeStrict([]byte(ok), &v); len(ps) != 0 {
		t.Fatalf("nesting of %d levels: %v", MaxDepth, ps)
	}
}

func TestErrorAs(t *testing.T) {
	err := AsError([]Problem{{Pointer: "/a", Code: CodeRequired, Message: "is required"}})
	var verr *Error
	if !errors.As(err, &verr) || !verr.Has("/a", CodeRequired) {
		t.Fatalf("errors.As did not find the problem in %v", err)
	}
	if got, want := err.Error(), "1 problem\n  /a: is required (required)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if AsError(nil) != nil {
		t.Error("AsError(nil) is not nil")
	}
	if got := Lines(err); !cmp.Equal(got, []string{"/a required"}) {
		t.Errorf("Lines = %q", got)
	}
	if Lines(nil) != nil || len(Lines(errors.New("other"))) != 1 {
		t.Error("Lines of nil or of another error")
	}
}

type tagged struct {
	ID   string `json:"id" validate:"required,id"`
	Lang string `json:"lang,omitempty" validate:"omitempty,langtag"`
}

// TestConcurrentChecks runs validations from many goroutines at once, the
// first of which builds the shared validator; run with -race to see races.
func TestConcurrentChecks(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			v := tagged{ID: "ok", Lang: "en"}
			want := 0
			if i%2 == 1 {
				v = tagged{ID: "not ok", Lang: "en_US"}
				want = 2
			}
			if got := len(Check(v)); got != want {
				t.Errorf("goroutine %d: %d problems, want %d", i, got, want)
			}
		})
	}
	wg.Wait()
}

type lateKind string

type late struct {
	A string   `json:"a"`
	K lateKind `json:"k" validate:"enum"`
}

// TestRuleRegisteredAfterFirstUse registers a rule after the shared validator
// has been built, as a package that starts late would, and wants it applied.
func TestRuleRegisteredAfterFirstUse(t *testing.T) {
	_ = Check(tagged{ID: "ok"}) // builds the shared validator
	RegisterStruct(func(sl validator.StructLevel) {
		sl.ReportError("", "a", "A", "late-rule", "always fails")
	}, late{})
	RegisterEnum[lateKind]("x", "y")
	ps := Check(late{K: "x"})
	if len(ps) != 1 || ps[0].Code != "late-rule" || ps[0].Pointer != "/a" {
		t.Errorf("problems %v, want the late rule at /a", ps)
	}
	if ps := Check(late{K: "z"}); !(&Error{Problems: ps}).Has("/k", CodeEnum) {
		t.Errorf("problems %v, want the late enumeration checked at /k", ps)
	}
	if got := Check(tagged{ID: "not ok"}); len(got) != 1 {
		t.Errorf("rebuilt validator lost the id rule: %v", got)
	}
}

// TestHostileMemberNames wants a member name from the input to reach a pointer
// bounded, and printed output escaped: a newline cannot forge a line, an
// escape cannot reach a terminal, a 10 MB name does not make a 10 MB pointer.
func TestHostileMemberNames(t *testing.T) {
	huge := strings.Repeat("é", 5<<20) // 10 MB
	tests := map[string]struct {
		key         string
		wantPointer string
		wantPrinted string
	}{
		"newline":       {"a\nb", "/a\nb", `/a\nb: is not a member of this object (unknown-field)`},
		"ansi escape":   {"\x1b[31mred", "/\x1b[31mred", `/\x1b[31mred: is not a member of this object (unknown-field)`},
		"bidi override": {"x\u202ey", "/x\u202ey", `/x\u202ey: is not a member of this object (unknown-field)`},
		"backslash":     {`a\nb`, `/a\nb`, `/a\\nb: is not a member of this object (unknown-field)`},
		"10 MB":         {huge, "/" + huge[:MaxTokenBytes] + "…", "/" + huge[:MaxTokenBytes] + "…: is not a member of this object (unknown-field)"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			data, err := json.Marshal(map[string]int{tt.key: 1})
			if err != nil {
				t.Fatal(err)
			}
			var v outer
			err = Decode(data, &v)
			var verr *Error
			if !errors.As(err, &verr) || len(verr.Problems) != 1 {
				t.Fatalf("Decode = %v, want one problem", err)
			}
			p := verr.Problems[0]
			if p.Pointer != tt.wantPointer {
				t.Errorf("pointer %q, want %q", p.Pointer, tt.wantPointer)
			}
			if got := p.String(); got != tt.wantPrinted {
				t.Errorf("printed %q, want %q", got, tt.wantPrinted)
			}
			if strings.ContainsAny(err.Error(), "\x1b\u202e") || strings.Count(err.Error(), "\n") != 1 {
				t.Errorf("Error() lets control characters through: %q", err.Error())
			}
		})
	}
}

// TestProblemsAreCapped wants an error to list at most MaxProblems problems
// and count the others, in decoding and in validation alike.
func TestProblemsAreCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"count":1,"tags":[`)
	const n = 5 * decodeKeep
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("1")
	}
	b.WriteString("]}")
	var v outer
	err := Decode([]byte(b.String()), &v)
	var verr *Error
	if !errors.As(err, &verr) {
		t.Fatalf("Decode = %v, want an *Error", err)
	}
	if len(verr.Problems) != MaxProblems || verr.More != n-MaxProblems {
		t.Errorf("%d problems and %d more, want %d and %d", len(verr.Problems), verr.More, MaxProblems, n-MaxProblems)
	}
	if verr.Problems[0].Pointer != "/tags/0" || verr.Problems[MaxProblems-1].Pointer != Pointer("/tags", MaxProblems-1) {
		t.Errorf("listed %s to %s, want the first ones", verr.Problems[0].Pointer, verr.Problems[MaxProblems-1].Pointer)
	}
	if !strings.HasSuffix(err.Error(), "and "+strconv.Itoa(n-MaxProblems)+" more") {
		t.Errorf("Error() ends %q", err.Error()[len(err.Error())-40:])
	}
	ps := make([]Problem, 3*MaxProblems)
	for i := range ps {
		ps[i] = Problem{Pointer: Pointer("/a", i), Code: CodeRequired, Message: "is required"}
	}
	if err := AsError(ps).(*Error); len(err.Problems) != MaxProblems || err.More != 2*MaxProblems {
		t.Errorf("AsError kept %d and counted %d more", len(err.Problems), err.More)
	}
}

// TestDecodeStrictRefusesInvalidText wants invalid UTF-8 and a \u escape of
// a lone surrogate refused at their member, never replaced by U+FFFD.
func TestDecodeStrictRefusesInvalidText(t *testing.T) {
	for name, in := range map[string]string{
		"invalid UTF-8":   "{\"count\":1,\"items\":[{\"name\":\"a\xffb\"}]}",
		"lone high":       `{"count":1,"items":[{"name":"a\ud800b"}]}`,
		"lone low":        `{"count":1,"items":[{"name":"a\udc00"}]}`,
		"reversed pair":   `{"count":1,"items":[{"name":"\udc00\ud800"}]}`,
		"high at the end": `{"count":1,"items":[{"name":"\ud800"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			var v outer
			ps := DecodeStrict([]byte(in), &v)
			if len(ps) != 1 || ps[0].Pointer != "/items/0/name" || ps[0].Code != CodeSyntax {
				t.Errorf("problems %v, want one syntax problem at /items/0/name", ps)
			}
		})
	}
	var v outer
	if ps := DecodeStrict([]byte(`{"count":1,"items":[{"name":"\ud83d\udcf0"}]}`), &v); len(ps) != 0 || v.Items[0].Name != "\U0001F4F0" {
		t.Errorf("a surrogate pair: %v, %+v", ps, v.Items)
	}
}

type withMembers struct {
	Start int    `json:"start"`
	Text  string `json:"text,omitempty"`
}

var (
	_ = RequireMembers[withMembers]("start")
	_ = NonEmptyMembers[withMembers]("text")
)

// TestDecodeStrictMembers wants a required member given even when zero, and a
// non-empty member either left out or not empty.
func TestDecodeStrictMembers(t *testing.T) {
	tests := map[string]struct {
		in   string
		want []string
	}{
		"zero start":    {`{"start":0}`, nil},
		"no start":      {`{"text":"a"}`, []string{"/start required"}},
		"empty text":    {`{"start":0,"text":""}`, []string{"/text length"}},
		"absent text":   {`{"start":3}`, nil},
		"nothing":       {`{}`, []string{"/start required"}},
		"start is null": {`{"start":null}`, []string{"/start type"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var v withMembers
			var got []string
			for _, p := range DecodeStrict([]byte(tt.in), &v) {
				got = append(got, p.Pointer+" "+string(p.Code))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidDayAgreesWithTimeParse wants the hand-written check of years,
// months and days to agree with Go's time.Parse on every month and day of
// leap and common years, and on malformed strings.
func TestValidDayAgreesWithTimeParse(t *testing.T) {
	parse := func(s string) bool {
		for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
			if _, err := time.Parse(layout, s); err == nil {
				return true
			}
		}
		return false
	}
	var cases []string
	for _, y := range []string{"0000", "1900", "2000", "2023", "2024", "9999"} {
		cases = append(cases, y)
		for m := 0; m <= 13; m++ {
			ym := fmt.Sprintf("%s-%02d", y, m)
			cases = append(cases, ym)
			for d := 0; d <= 32; d++ {
				cases = append(cases, fmt.Sprintf("%s-%02d", ym, d))
			}
		}
	}
	cases = append(cases, "", "202", "20245", "2024-1", "2024-01-1", "2024/01/01", "2024-0a", "+024", "2024-01-01 ", "２０２４")
	for _, s := range cases {
		if got, want := validDay(s), parse(s); got != want {
			t.Errorf("validDay(%q) = %v, time.Parse says %v", s, got, want)
		}
	}
}

// TestValidIDAgreesWithPattern wants the hand-written checks of IDs and QIDs
// to agree with their published patterns.
func TestValidIDAgreesWithPattern(t *testing.T) {
	id, qid := regexp.MustCompile(IDPattern), regexp.MustCompile(QIDPattern)
	cases := []string{"", "a", "A1", "_a", "a_b.c:d-e", "a b", "é", "a/b", "Q", "Q0", "Q1", "Q10", "Q01", "q1", "Q1a",
		strings.Repeat("a", 128), strings.Repeat("a", 129), "a\n", "1"}
	for _, s := range cases {
		if got, want := ValidID(s), id.MatchString(s); got != want {
			t.Errorf("ValidID(%q) = %v, the pattern says %v", s, got, want)
		}
		if got, want := ValidQID(s), qid.MatchString(s); got != want {
			t.Errorf("ValidQID(%q) = %v, the pattern says %v", s, got, want)
		}
	}
}

type sealedInner struct {
	Code  string   `json:"code" validate:"required,id"`
	Score *float64 `json:"score,omitempty" validate:"required"`
	Tags  []string `json:"tags,omitempty" validate:"omitempty,dive,required"`
	Kind  string   `json:"kind" validate:"required,oneof=a b"`
	Extra string   `json:"extra,omitempty" validate:"required_if=Kind b"`
	Date  string   `json:"date,omitempty" validate:"omitempty,isodate"`
	Dups  []string `json:"dups,omitempty" validate:"omitempty,unique"`
}

type sealedOuter struct {
	Items []sealedInner  `json:"items" validate:"omitempty,dive"`
	One   sealedInner    `json:"one"`
	Ptr   *sealedInner   `json:"ptr,omitempty"`
	Pair  [2]sealedInner `json:"pair"`
}

var _ = RegisterStruct(func(sl validator.StructLevel) {
	if in := Current[sealedInner](sl); in.Kind == "a" && in.Extra != "" {
		sl.ReportError(in.Extra, "extra", "Extra", "cross", "only for b")
	}
}, sealedInner{})

// TestSealedAgreesWithPlain wants validation of a sealed value, which spares
// the validator its boxing, to find what the validator finds when handed the
// value itself, for values and pointers, with the "unique" tag that needs
// the fallback and without.
func TestSealedAgreesWithPlain(t *testing.T) {
	score := 1.5
	good := sealedInner{Code: "c1", Score: &score, Kind: "a"}
	bad := sealedInner{Code: "-x", Tags: []string{""}, Kind: "b", Date: "2024-13", Extra: ""}
	cross := sealedInner{Code: "c2", Score: &score, Kind: "a", Extra: "e"}
	dups := sealedInner{Code: "c3", Score: &score, Kind: "a", Dups: []string{"x", "x"}}
	values := map[string]any{
		"valid":        sealedOuter{Items: []sealedInner{good}, One: good, Pair: [2]sealedInner{good, good}},
		"invalid":      sealedOuter{Items: []sealedInner{good, bad, cross}, One: bad, Ptr: &cross, Pair: [2]sealedInner{cross, good}},
		"pointer":      &sealedOuter{Items: []sealedInner{bad}, One: good, Ptr: &bad, Pair: [2]sealedInner{good, good}},
		"needs unique": sealedOuter{Items: []sealedInner{dups}, One: good, Pair: [2]sealedInner{good, good}},
	}
	for name, v := range values {
		t.Run(name, func(t *testing.T) {
			lines := func(err error) []string {
				var fes validator.ValidationErrors
				if err != nil && !errors.As(err, &fes) {
					t.Fatalf("not validation errors: %v", err)
				}
				var out []string
				for _, fe := range fes {
					p := fromFieldError(fe)
					out = append(out, p.Pointer+" "+string(p.Code)+" "+p.Message)
				}
				slices.Sort(out)
				return out
			}
			plain, sealed := lines(Validator().Struct(v)), lines(validateSealed(v))
			if diff := cmp.Diff(plain, sealed); diff != "" {
				t.Errorf("sealed validation differs (-plain +sealed):\n%s", diff)
			}
			if name != "valid" && len(plain) == 0 {
				t.Errorf("no problems found in %s", name)
			}
		})
	}
}

// TestComparePointersAsSplit wants the comparison of pointers to order them
// as comparing their strings.Split segments does.
func TestComparePointersAsSplit(t *testing.T) {
	split := func(a, b string) int {
		as, bs := strings.Split(a, "/"), strings.Split(b, "/")
		for i := 0; i < len(as) && i < len(bs); i++ {
			if as[i] == bs[i] {
				continue
			}
			an, aerr := strconv.Atoi(as[i])
			bn, berr := strconv.Atoi(bs[i])
			if aerr == nil && berr == nil {
				if an < bn {
					return -1
				} else if an > bn {
					return 1
				}
				return 0
			}
			return strings.Compare(as[i], bs[i])
		}
		switch {
		case len(as) < len(bs):
			return -1
		case len(as) > len(bs):
			return 1
		}
		return 0
	}
	ptrs := []string{"", "/", "//", "/a", "/a/", "/a/b", "/a/2", "/a/10", "/a/10/b", "/b", "/10", "/9", "/a~1b", "/-1", "/+1", "/01", "a", "a/b"}
	for _, a := range ptrs {
		for _, b := range ptrs {
			if got, want := comparePointers(a, b), split(a, b); got != want {
				t.Errorf("comparePointers(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}
