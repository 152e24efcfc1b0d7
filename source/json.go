package source

import (
	"bytes"
	"encoding/json"
	"errors"
)

// ErrIdentityNotWritten is the error with which [Speaker.MarshalJSON] refuses
// an anonymous speaker that carries a name, a title, a QID or sameAs URLs.
// errors.Is
// finds it through encoding/json's errors.
var ErrIdentityNotWritten = errors.New("source: an anonymous speaker carries a name, a title, a QID or sameAs URLs, which onrecord never writes; Validate points at them")

// MarshalJSON writes the speaker's members as encoding/json writes any
// struct, for every valid speaker, so that a document round-trips exactly.
//
// An anonymous speaker that carries a name, a title, a QID or sameAs URLs (which makes
// it invalid) is refused with [ErrIdentityNotWritten] rather than written: its
// identity would reach the output, and leaving the identity out would lose it
// without a word. So json.Marshal, [github.com/onrecord/onrecord/attribution.Encode]
// and log/slog's JSON handler fail on such a speaker, wherever it sits (in a
// slice, a map, a struct field, a document), instead of printing it; the
// slog handler logs the error in place of the value. A caller who wants the
// identity reads the fields.
func (s Speaker) MarshalJSON() ([]byte, error) {
	if s.Anonymity != nil && (s.Name != "" || s.Title != "" || s.QID != "" || len(s.SameAs) > 0) {
		return nil, ErrIdentityNotWritten
	}
	type members Speaker // the fields, without this method
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	// The caller's encoder escapes HTML, or not, when it copies the result.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(members(s)); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

var _ json.Marshaler = Speaker{}
