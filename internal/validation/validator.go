package validation

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/go-playground/validator/v10"
	"golang.org/x/text/language"
)

var (
	regMu   sync.Mutex
	structs []structRule
	shared  *validator.Validate
	// enums maps each enumeration type to its values; it is replaced, never
	// changed, so that validations read it without a lock.
	enums atomic.Pointer[map[reflect.Type][]string]
)

type structRule struct {
	fn    validator.StructLevelFunc
	types []any
}

// RegisterStruct records a cross-field rule for the given struct types. Call it
// from a package-level variable declaration, so that the rule is known before
// the package's values are validated. A rule registered after the shared
// validator was built rebuilds it, so no rule is lost to the order in which
// packages start.
func RegisterStruct(fn validator.StructLevelFunc, types ...any) bool {
	regMu.Lock()
	defer regMu.Unlock()
	structs = append(structs, structRule{fn, types})
	if shared != nil {
		shared = build()
	}
	return true
}

// RegisterEnum records the allowed values of an enumeration type, which the
// "enum" tag checks and the JSON Schema generator lists.
func RegisterEnum[T ~string](values ...T) bool {
	regMu.Lock()
	defer regMu.Unlock()
	s := make([]string, len(values))
	for i, v := range values {
		s[i] = string(v)
	}
	next := map[reflect.Type][]string{reflect.TypeFor[T](): s}
	if old := enums.Load(); old != nil {
		for t, v := range *old {
			if _, ok := next[t]; !ok {
				next[t] = v
			}
		}
	}
	enums.Store(&next)
	return true
}

// EnumValues returns the allowed values of a registered enumeration type.
func EnumValues(t reflect.Type) ([]string, bool) {
	m := enums.Load()
	if m == nil {
		return nil, false
	}
	v, ok := (*m)[t]
	return slices.Clone(v), ok
}

// Validator returns the shared validator, building it on first use. It is safe
// for concurrent use.
func Validator() *validator.Validate {
	regMu.Lock()
	defer regMu.Unlock()
	if shared == nil {
		shared = build()
	}
	return shared
}

// JSONName returns the JSON name of a struct field, or "" when it has none.
func JSONName(f reflect.StructField) string {
	tag, ok := f.Tag.Lookup("json")
	if !ok {
		return f.Name
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "-" {
		return ""
	}
	if name == "" {
		return f.Name
	}
	return name
}

// ValidID reports whether s matches IDPattern: a letter or digit, then up to
// 127 letters, digits or . _ : -. It checks byte by byte, as the pattern
// does, without a regular expression.
func ValidID(s string) bool {
	if len(s) == 0 || len(s) > 128 || !alnum(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !alnum(c) && c != '.' && c != '_' && c != ':' && c != '-' {
			return false
		}
	}
	return true
}

// ValidQID reports whether s matches QIDPattern: Q, then digits, the first
// not 0.
func ValidQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func alnum(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

var (
	dateTimePattern = regexp.MustCompile(DateTimePattern)
	languageTag     = regexp.MustCompile(LanguageTagPattern)
)

// Patterns used by the project's own tags, exported for the JSON Schema
// generator so that both check the same thing.
const (
	IDPattern      = `^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$`
	QIDPattern     = `^Q[1-9][0-9]*$`
	CountryPattern = `^[A-Z]{2}$`
	DatePattern    = `^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`
	// DateTimePattern is the form of an RFC 3339 date and time (section
	// 5.6) as onrecord writes it: an upper-case T and Z, two-digit hours
	// from 00 to 23, minutes and seconds from 00 to 59 (no leap second), an
	// optional fraction after a point, and an offset of at most 23:59. The
	// calendar (no 30 February) is checked apart.
	DateTimePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`
)

// LanguageTagPattern is a regular expression, in the syntax that Go and
// ECMA-262 share, for a well-formed BCP 47 language tag (RFC 5646, section
// 2.1, including the grandfathered tags), matched case-insensitively by
// listing both cases. [ValidLanguageTag] matches it too, and then also
// refuses, with golang.org/x/text/language, tags whose subtags are
// well-formed but unknown, such as "xx": that part is Go only.
const LanguageTagPattern = `^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})` +
	`(?:-[A-Za-z]{4})?` +
	`(?:-(?:[A-Za-z]{2}|[0-9]{3}))?` +
	`(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*` +
	`(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*` +
	`(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?` +
	`|[Xx](?:-[A-Za-z0-9]{1,8})+` +
	`|[Ee][Nn]-[Gg][Bb]-[Oo][Ee][Dd]|[Ii]-(?:[Aa][Mm][Ii]|[Bb][Nn][Nn]|[Dd][Ee][Ff][Aa][Uu][Ll][Tt]|[Ee][Nn][Oo][Cc][Hh][Ii][Aa][Nn]|[Hh][Aa][Kk]|[Kk][Ll][Ii][Nn][Gg][Oo][Nn]|[Ll][Uu][Xx]|[Mm][Ii][Nn][Gg][Oo]|[Nn][Aa][Vv][Aa][Jj][Oo]|[Pp][Ww][Nn]|[Tt][Aa][Oo]|[Tt][Aa][Yy]|[Tt][Ss][Uu])` +
	`|[Ss][Gg][Nn]-[Bb][Ee]-(?:[Ff][Rr]|[Nn][Ll])|[Ss][Gg][Nn]-[Cc][Hh]-[Dd][Ee])$`

func build() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled(), validator.WithPrivateFieldValidation())
	v.RegisterTagNameFunc(JSONName)
	must(v.RegisterValidation("id", func(fl validator.FieldLevel) bool {
		return ValidID(fl.Field().String())
	}))
	must(v.RegisterValidation("qid", func(fl validator.FieldLevel) bool {
		return ValidQID(fl.Field().String())
	}))
	must(v.RegisterValidation("langtag", func(fl validator.FieldLevel) bool {
		return ValidLanguageTag(fl.Field().String())
	}))
	must(v.RegisterValidation("country", func(fl validator.FieldLevel) bool {
		return ValidCountry(fl.Field().String())
	}))
	must(v.RegisterValidation("isodate", func(fl validator.FieldLevel) bool {
		return ValidDate(fl.Field().String())
	}))
	must(v.RegisterValidation("enum", func(fl validator.FieldLevel) bool {
		m := enums.Load()
		if m == nil {
			return false
		}
		values, ok := (*m)[fl.Field().Type()]
		return ok && slices.Contains(values, fl.Field().String())
	}))
	for _, r := range structs {
		v.RegisterStructValidation(r.fn, r.types...)
	}
	return v
}

func must(err error) {
	if err != nil {
		panic(fmt.Sprintf("validation: configuring the shared validator: %v", err))
	}
}

// ValidLanguageTag reports whether s is a well-formed BCP 47 language tag
// (RFC 5646, section 2.1: [LanguageTagPattern]) with no extension singleton
// twice ("en-a-bbb-a-ccc", which section 2.2.6 forbids), whose subtags
// golang.org/x/text/language knows. language.Parse alone is laxer: it takes
// "_" as a separator and more than three extended language subtags.
func ValidLanguageTag(s string) bool {
	if !languageTag.MatchString(s) || repeatsSingleton(s) {
		return false
	}
	_, err := language.Parse(s)
	return err == nil
}

// repeatsSingleton reports whether a tag names one extension singleton twice,
// in any case, before its private-use part ("x-"), where anything may repeat.
// The tag's first subtag is never a singleton of an extension.
func repeatsSingleton(s string) bool {
	var seen [128]bool
	for i, sub := range strings.Split(s, "-") {
		if i == 0 || len(sub) != 1 || sub[0] >= 128 {
			continue
		}
		c := sub[0] | 0x20 // lower case for letters; digits stay as they are
		if c == 'x' {
			return false
		}
		if seen[c] {
			return true
		}
		seen[c] = true
	}
	return false
}

// ValidDate reports whether s is a date as precise as the text knows it: a
// year (2023), a month (2023-12), a day (2023-12-01), or an RFC 3339 date and
// time (2023-12-01T09:30:00Z) of the form [DateTimePattern] on a real calendar
// day. Go's time.Parse alone is laxer than RFC 3339: it takes a one-digit hour
// ("T9:30:00Z"), offsets of 24 hours or 60 minutes and a comma before the
// fraction, which the pattern refuses, as the JSON Schema does.
func ValidDate(s string) bool {
	if len(s) > 10 {
		if !dateTimePattern.MatchString(s) {
			return false
		}
		_, err := time.Parse(time.RFC3339, s)
		return err == nil
	}
	return validDay(s)
}

// validDay reports whether s is a year, a month or a day as ValidDate takes
// them (2023, 2023-12, 2023-12-01), as Go's time.Parse would, without it.
func validDay(s string) bool {
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	year, ok := digits(s[:4])
	if !ok {
		return false
	}
	if len(s) == 4 {
		return true
	}
	month, ok := digits(s[5:7])
	if s[4] != '-' || !ok || month < 1 || month > 12 {
		return false
	}
	if len(s) == 7 {
		return true
	}
	day, ok := digits(s[8:10])
	if s[7] != '-' || !ok || day < 1 {
		return false
	}
	return day <= time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Check validates a struct value with the shared validator and returns its
// problems, with pointers relative to the value itself.
func Check(v any) []Problem {
	if rv := reflect.ValueOf(v); !rv.IsValid() || (rv.Kind() == reflect.Pointer && rv.IsNil()) {
		return []Problem{{Code: CodeRequired, Message: "there is no value to validate"}}
	}
	ps, cyclic := chains(v)
	if cyclic {
		return ps // following the cycle would never end
	}
	err := validateSealed(v)
	if err == nil {
		return ps
	}
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		return []Problem{{Pointer: "", Code: CodeType, Message: "cannot be validated: " + err.Error()}}
	}
	for _, fe := range fes {
		ps = append(ps, fromFieldError(fe))
	}
	return ps
}

// Prefix returns the problems with base put before each pointer.
func Prefix(base string, ps []Problem) []Problem {
	for i := range ps {
		ps[i].Pointer = base + ps[i].Pointer
	}
	return ps
}

func fromFieldError(fe validator.FieldError) Problem {
	ns := fe.Namespace()
	if rest, ok := strings.CutPrefix(ns, sealedPrefix); ok {
		ns = "sealed." + rest
	}
	p := Problem{Pointer: namespacePointer(ns)}
	tag := fe.Tag()
	switch tag {
	case "required", "required_if", "required_unless", "required_with", "required_without":
		p.Code, p.Message = CodeRequired, "is required"
	case "excluded_if", "excluded_unless", "excluded_with", "excluded_without":
		p.Code, p.Message = CodeRequired, "must be empty here"
	case "enum":
		p.Code = CodeEnum
		values, _ := EnumValues(fe.Type())
		p.Message = "must be one of: " + strings.Join(values, ", ")
	case "oneof":
		p.Code, p.Message = CodeEnum, "must be one of: "+strings.Join(strings.Fields(fe.Param()), ", ")
	case "id":
		p.Code, p.Message = CodeID, "is not a valid ID: a letter or digit, then up to 127 letters, digits or . _ : -"
	case "langtag":
		p.Code, p.Message = CodeLanguageTag, "is not a well-formed BCP 47 language tag (such as en, ur-PK, zh-Hant)"
	case "country":
		p.Code, p.Message = CodeCountry, "is not an ISO 3166-1 alpha-2 country code in upper case (such as PK)"
	case "isodate":
		p.Code, p.Message = CodeDate, "is not a date (YYYY, YYYY-MM, YYYY-MM-DD) or an RFC 3339 date and time"
	case "url", "http_url":
		p.Code, p.Message = CodeURL, "is not an absolute http or https URL"
	case "qid":
		p.Code, p.Message = CodeQID, "is not a Wikidata item ID (Q followed by digits)"
	case "min", "max", "len", "gte", "lte", "gt", "lt":
		p.Code, p.Message = boundMessage(fe)
	default:
		// Struct-level rules report their code as the tag and their
		// message as the parameter.
		p.Code, p.Message = Code(tag), fe.Param()
		if p.Message == "" {
			p.Message = "breaks rule " + tag
		}
	}
	return p
}

func boundMessage(fe validator.FieldError) (Code, string) {
	words := map[string]string{"min": "at least", "gte": "at least", "max": "at most", "lte": "at most",
		"gt": "more than", "lt": "less than", "len": "exactly"}[fe.Tag()]
	switch fe.Kind() {
	case reflect.String:
		return CodeLength, fmt.Sprintf("must have %s %s characters", words, fe.Param())
	case reflect.Slice, reflect.Array, reflect.Map:
		return CodeLength, fmt.Sprintf("must have %s %s items", words, fe.Param())
	default:
		return CodeRange, fmt.Sprintf("must be %s %s", words, fe.Param())
	}
}

// namespacePointer turns a validator namespace such as
// "Document.speakers[0].anonymity.description" into "/speakers/0/anonymity/description".
func namespacePointer(ns string) string {
	_, rest, found := strings.Cut(ns, ".")
	if !found {
		return ""
	}
	var b strings.Builder
	for rest != "" {
		i := strings.IndexAny(rest, ".[")
		var tok string
		switch {
		case i < 0:
			tok, rest = rest, ""
		case rest[i] == '.':
			tok, rest = rest[:i], rest[i+1:]
		default: // '['
			if i > 0 {
				tok, rest = rest[:i], rest[i:]
				break
			}
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				tok, rest = rest[1:], ""
				break
			}
			tok, rest = rest[1:end], strings.TrimPrefix(rest[end+1:], ".")
		}
		if tok != "" {
			b.WriteByte('/')
			b.WriteString(EscapeToken(tok))
		}
	}
	return b.String()
}

// DateAfter reports whether date a is later than date b at the precision both
// share: "2024" is not after "2024-03", but "2024-04" is after "2024-03-31".
// It reports false when either is empty or malformed.
func DateAfter(a, b string) bool {
	if !ValidDate(a) || !ValidDate(b) {
		return false
	}
	if len(a) > 10 && len(b) > 10 {
		ta, _ := time.Parse(time.RFC3339, a)
		tb, _ := time.Parse(time.RFC3339, b)
		return ta.After(tb)
	}
	n := min(len(a), len(b), 10)
	return a[:n] > b[:n]
}

// IsEnumValue reports whether s is an allowed value of any registered
// enumeration type.
func IsEnumValue(s string) bool {
	m := enums.Load()
	if m == nil {
		return false
	}
	for _, values := range *m {
		if slices.Contains(values, s) {
			return true
		}
	}
	return false
}

// Current returns the struct value that a struct-level rule checks, through a
// pointer when the validator holds it addressable (as it does for a value
// reached from a pointer or a slice), so that the rule copies nothing. Every
// struct-level rule reads its value with Current: sl.Current().Interface()
// cannot read a sealed value, and makes validation fall back to the plain,
// slower call (see SealedFallbacks).
func Current[T any](sl validator.StructLevel) *T {
	v := sl.Current()
	if v.Type() != reflect.TypeFor[T]() {
		panic(fmt.Sprintf("validation: a rule for %v called on %v", reflect.TypeFor[T](), v.Type()))
	}
	if v.CanAddr() {
		// A sealed value cannot be turned into an interface; its
		// address, of the type just checked, is the value itself.
		return (*T)(unsafe.Pointer(v.UnsafeAddr()))
	}
	t := v.Interface().(T) // a value the validator was handed directly
	return &t
}

// sealed holds a value to validate in an unexported field. The validator
// (built to follow unexported fields) then reaches every field of the value
// through it, and a reflect value so reached cannot be turned back into an
// interface: the validator skips its check for a ValidatorValue method, which
// would box a copy of every field it visits. Nothing in the model implements
// that method, so the outcome is the same, at a fraction of the allocations.
type sealed struct {
	v any
}

// sealedPrefix is what the validator's namespaces start with for a sealed
// value.
const sealedPrefix = "sealed.v."

// validateSealed validates the struct value v, or the struct v points to,
// sealed. A value that is not a pointer is copied to one, so that every value
// the validator reaches is addressable and struct-level rules read it in
// place (see Current).
//
// Should a rule ever need an interface of a sealed value (the validator's
// "unique" tag does), the panic is caught and v validated unsealed, as the
// validator is usually called: the outcome is the same, only slower.
func validateSealed(v any) (err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer {
		p := reflect.New(rv.Type())
		p.Elem().Set(rv)
		v = p.Interface()
	}
	defer func() {
		if recover() != nil {
			fallbacks.Add(1)
			err = Validator().Struct(v)
		}
	}()
	return Validator().Struct(sealed{v})
}

// fallbacks counts the validations that fell back to the plain call.
var fallbacks atomic.Int64

// SealedFallbacks returns how many validations have fallen back from a sealed
// value to the plain call since the program started: 0 while every rule reads
// its struct with Current. A test keeps it so, since a fallback costs the
// speed that sealing buys.
func SealedFallbacks() int64 { return fallbacks.Load() }
