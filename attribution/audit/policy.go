package audit

import (
	"fmt"
	"io"
	"slices"

	"github.com/onrecord/onrecord/internal/validation"
)

// Registered with the shared validator before its first use.
var (
	_ = validation.RegisterEnum(severities...)
	_ = validation.RegisterEnum(CheckIDs()...)
)

// Policy chooses the checks an audit runs and the severity of each. A policy
// starts from a preset (its Base) or from nothing, and its Checks add checks,
// change their severity or turn them off. A newsroom writes its own as JSON
// (see [DecodePolicy]; the JSON Schema is policy.schema.json in package
// jsonschema) or in Go:
//
//	p := audit.Policy{
//		Name: "our-desk",
//		Base: audit.PresetAP,
//		Checks: []audit.Setting{
//			{Check: audit.CheckSingleAnonymousSource, Severity: audit.SeverityError},
//			{Check: audit.CheckAnonymousNoByline, Off: true},
//		},
//	}
type Policy struct {
	// Name names the policy in reports ("ap", "our-desk"). Required.
	Name string `json:"name" validate:"required"`
	// Description says what the policy is for. Optional.
	Description string `json:"description,omitempty"`
	// Base is the name of the preset the policy starts from: default, ap,
	// reuters, nyt, npr, bbc or strictest. Optional; without it, the
	// policy runs only the checks it lists.
	Base string `json:"base,omitempty" validate:"omitempty,oneof=default ap reuters nyt npr bbc strictest"`
	// Checks turn checks on, set their severity or turn them off, on top
	// of Base; each check at most once. Optional.
	Checks []Setting `json:"checks,omitempty" validate:"omitempty,dive"`
}

// Setting is what a policy says of one check.
type Setting struct {
	// Check is the ID of the check. Required.
	Check CheckID `json:"check" validate:"required,enum"`
	// Severity is the severity the check's findings get. Optional; when
	// empty, the severity of the base preset, or else the check's
	// default.
	Severity Severity `json:"severity,omitempty" validate:"omitempty,enum"`
	// Off turns the check off, whatever Severity says. Optional.
	Off bool `json:"off,omitempty"`
}

// The names of the presets.
const (
	// PresetDefault runs every check at its default severity.
	PresetDefault = "default"
	// PresetAP runs the checks that rest on the AP's rules.
	PresetAP = "ap"
	// PresetReuters runs the checks that rest on the Reuters Handbook's
	// rules.
	PresetReuters = "reuters"
	// PresetNYT runs the checks that rest on The New York Times' rules.
	PresetNYT = "nyt"
	// PresetNPR runs the checks that rest on NPR's rules.
	PresetNPR = "npr"
	// PresetBBC runs the checks that rest on the BBC's rules.
	PresetBBC = "bbc"
	// PresetStrictest runs every check at the gravest severity any preset
	// gives it.
	PresetStrictest = "strictest"
)

var presetNames = []string{PresetDefault, PresetAP, PresetReuters, PresetNYT, PresetNPR, PresetBBC, PresetStrictest}

// PresetNames returns the names of the presets, as [Preset] takes them.
func PresetNames() []string { return slices.Clone(presetNames) }

// newsroom is a newsroom's preset: the prefix of its rule IDs and the
// severities it raises or lowers from the checks' defaults, where its rule
// is firmer or softer than the default says.
type newsroom struct {
	name, prefix, description string
	severity                  map[CheckID]Severity
}

var newsrooms = []newsroom{
	{PresetAP, "AP-", "The checks that rest on the AP's News Values and Principles and Stylebook.",
		// "must be information, not opinion"; "explains why".
		map[CheckID]Severity{CheckAnonymousOpinion: SeverityError, CheckAnonymousNoReason: SeverityError}},
	{PresetReuters, "R-", "The checks that rest on the Reuters Handbook of Journalism.",
		// "two or more sources are better than one"; attacks need a
		// senior editor's approval, not a ban.
		map[CheckID]Severity{CheckSingleAnonymousSource: SeverityNotice, CheckAnonymousPejorative: SeverityWarning}},
	{PresetNYT, "NYT-", "The checks that rest on The New York Times' confidential sources policy and standards.",
		// "avoid boilerplate".
		map[CheckID]Severity{CheckAnonymousBoilerplateReason: SeverityWarning}},
	{PresetNPR, "NPR-", "The checks that rest on the NPR Ethics Handbook.",
		// "explain why anonymity was granted".
		map[CheckID]Severity{CheckAnonymousNoReason: SeverityError}},
	{PresetBBC, "BBC-", "The checks that rest on the BBC Editorial Guidelines.", nil},
}

// Preset returns the preset with the name: default, ap, reuters, nyt, npr,
// bbc or strictest. Each newsroom's preset runs the checks that rest on one
// or more of its rules (and on the ground rules, which every newsroom keeps),
// at the check's default severity unless the newsroom's wording is firmer or
// softer; strictest runs every check at the gravest severity any preset gives
// it. The policy lists every check it runs and has no base.
func Preset(name string) (Policy, bool) {
	switch name {
	case PresetDefault:
		p := Policy{Name: PresetDefault, Description: "Every check at its default severity."}
		for _, c := range checks {
			p.Checks = append(p.Checks, Setting{Check: c.ID, Severity: c.Severity})
		}
		return p, true
	case PresetStrictest:
		p := Policy{Name: PresetStrictest, Description: "Every check, at the gravest severity any preset gives it."}
		for _, c := range checks {
			sev := c.Severity
			for _, n := range newsrooms {
				if s, ok := n.severity[c.ID]; ok && s.AtLeast(sev) && c.restsOn(n.prefix) {
					sev = s
				}
			}
			p.Checks = append(p.Checks, Setting{Check: c.ID, Severity: sev})
		}
		return p, true
	}
	i := slices.IndexFunc(newsrooms, func(n newsroom) bool { return n.name == name })
	if i < 0 {
		return Policy{}, false
	}
	n := newsrooms[i]
	p := Policy{Name: n.name, Description: n.description}
	for _, c := range checks {
		if !c.restsOn(n.prefix) {
			continue
		}
		sev := c.Severity
		if s, ok := n.severity[c.ID]; ok {
			sev = s
		}
		p.Checks = append(p.Checks, Setting{Check: c.ID, Severity: sev})
	}
	return p, true
}

// mustPreset returns a preset that the package defines.
func mustPreset(name string) Policy {
	p, ok := Preset(name)
	if !ok {
		panic("audit: no preset " + name)
	}
	return p
}

// Default returns the default preset: every check at its default severity.
func Default() Policy { return mustPreset(PresetDefault) }

// AP returns the AP's preset.
func AP() Policy { return mustPreset(PresetAP) }

// Reuters returns the Reuters preset.
func Reuters() Policy { return mustPreset(PresetReuters) }

// NYT returns The New York Times' preset.
func NYT() Policy { return mustPreset(PresetNYT) }

// NPR returns NPR's preset.
func NPR() Policy { return mustPreset(PresetNPR) }

// BBC returns the BBC's preset.
func BBC() Policy { return mustPreset(PresetBBC) }

// Strictest returns the strictest preset: every check at the gravest severity
// any preset gives it.
func Strictest() Policy { return mustPreset(PresetStrictest) }

// Validate checks the policy's rules: a name, a known base, known checks
// and severities, and each check listed at most once (the last rule only Go
// checks: JSON Schema cannot compare one member of a list's items). Its error
// is a [*attribution.ValidationError] with JSON Pointers into the policy.
func (p Policy) Validate() error {
	ps := validation.Check(p)
	for i, s := range p.Checks {
		if s.Check != "" && slices.ContainsFunc(p.Checks[:i], func(o Setting) bool { return o.Check == s.Check }) {
			ps = append(ps, validation.Problem{Pointer: validation.Pointer("/checks", i, "check"),
				Code: validation.CodeDuplicateID, Message: "lists a check already listed"})
		}
	}
	return validation.AsError(ps)
}

// Severity returns the severity the policy gives the check's findings, and
// whether the policy runs the check at all. It assumes a valid policy.
func (p Policy) Severity(id CheckID) (Severity, bool) {
	sev, on := Severity(""), false
	if p.Base != "" {
		if base, ok := Preset(p.Base); ok {
			sev, on = base.Severity(id)
		}
	}
	for _, s := range p.Checks {
		if s.Check != id {
			continue
		}
		switch {
		case s.Off:
			sev, on = "", false
		case s.Severity != "":
			sev, on = s.Severity, true
		case !on:
			c, _ := id.Check()
			sev, on = c.Severity, true
		}
	}
	return sev, on
}

// DecodePolicy reads a policy from JSON strictly, as
// [attribution.Decode] reads a document (no unknown members, no repeated
// keys, no nulls), and validates it. Its error is a
// [*attribution.ValidationError] with the JSON Pointer of each problem, or the
// reading error.
func DecodePolicy(r io.Reader) (Policy, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Policy{}, fmt.Errorf("reading the policy: %w", err)
	}
	var p Policy
	if ps := validation.DecodeStrict(data, &p); len(ps) > 0 {
		return Policy{}, validation.AsError(ps)
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	return p, nil
}
