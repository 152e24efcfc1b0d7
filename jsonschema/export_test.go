package jsonschema

// LanguageTagPatternForTest exposes the language tag pattern to the external
// tests.
const LanguageTagPatternForTest = languageTagPattern
