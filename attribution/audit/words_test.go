package audit

import "testing"

func TestBoilerplate(t *testing.T) {
	tests := map[string]string{ // reason → the boilerplate found, "" for none
		"because he was not authorized to speak publicly":           "not authorized",
		"because she wasn’t authorised to discuss it":               "wasn't authorised",
		"as they were not authorised to discuss it":                 "not authorised",
		"because they had not been cleared to talk to reporters":    "not been cleared",
		"citing the sensitivity of the matter":                      "sensitivity",
		"because the issue is SENSITIVE":                            "sensitive",
		"so that he could speak freely":                             "could speak freely",
		"in line with government policy":                            "in line with government policy",
		"as is customary":                                           "as is customary",
		"because he is not an official spokesperson":                "not an official spokesperson",
		"because he feared dismissal for discussing the talks":      "",
		"because her family still lives under the junta's control":  "",
		"because publishing his name could expose him to reprisals": "",
		"": "",
		"because they were not\u00a0authorized to speak":                  "not authorized",
		"because of the ministry's unwritten rules on contact with press": "",
	}
	for reason, want := range tests {
		got, ok := boilerplatePhrase(reason)
		if got != want || ok != (want != "") {
			t.Errorf("boilerplatePhrase(%q) = %q, %t; want %q", reason, got, ok, want)
		}
	}
}

func TestPluralHead(t *testing.T) {
	tests := map[string]string{ // description → plural head, "" for none
		"sources":                              "sources",
		"Sources close to the president":       "sources",
		"people familiar with the talks":       "people",
		"two senior officials":                 "officials",
		"The sources":                          "sources",
		"a source close to the officials":      "",
		"one of the officials":                 "",
		"a senior official":                    "",
		"an official who briefed diplomats":    "",
		"the officials’ spokesman":             "",
		"senior intelligence official":         "",
		"residents of Niamey":                  "residents",
		"a resident familiar with the sources": "",
	}
	for desc, want := range tests {
		got, ok := pluralHead(desc)
		if got != want || ok != (want != "") {
			t.Errorf("pluralHead(%q) = %q, %t; want %q", desc, got, ok, want)
		}
	}
}

func TestSaysNothing(t *testing.T) {
	tests := map[string]bool{
		"a source":                          true,
		"officials":                         true,
		"sources":                           true,
		"several people":                    true,
		"people familiar with the matter":   true,
		"one of the sources":                true,
		"":                                  true,
		"Pakistani officials":               false,
		"senior intelligence official":      false,
		"a Western diplomat":                false,
		"people familiar with the talks":    false,
		"a person close to the negotiators": false,
	}
	for desc, want := range tests {
		if got := saysNothing(desc); got != want {
			t.Errorf("saysNothing(%q) = %t, want %t", desc, got, want)
		}
	}
}

func TestPrintable(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"plain", 0, "plain"},
		{"line\nbreak\ttab\rcr", 0, `line\nbreak\ttab\rcr`},
		{"bell\a esc\x1b[31m del\x7f c1\u0085", 0, `bell\x07 esc\x1b[31m del\x7f c1\x85`},
		{"right\u202eto left \u2066isolate\u2069", 0, `right\u202eto left \u2066isolate\u2069`},
		{"bad \xff byte", 0, `bad \xff byte`},
		{"curly “quotes” and é stay", 0, "curly “quotes” and é stay"},
		{"abcdef", 3, "abc…"},
		{"abc", 3, "abc"},
		{"ééééé", 4, "éééé…"},
	}
	for _, tc := range tests {
		if got := Printable(tc.in, tc.max); got != tc.want {
			t.Errorf("Printable(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
	}
}
