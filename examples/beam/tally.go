package main

import (
	"strings"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/quote"
	"github.com/onrecord/onrecord/source"
)

// The keys of a tally's counts.
const (
	keyRecords = "records"
	keyValid   = "valid"
	keyInvalid = "invalid"
	keyAudited = "audited"
	// keyProblemsNotListed counts the problems found beyond those that
	// validation lists.
	keyProblemsNotListed = "problems-not-listed"
	// prefixProblem counts problems by rule code.
	prefixProblem = "problem:"
	// prefixInvalidBy counts invalid records by the rule codes they break.
	prefixInvalidBy = "invalid-by:"
	// prefixWarning counts the warnings of imports by code.
	prefixWarning = "warning:"
	// prefixCheck counts findings by audit check.
	prefixCheck = "check:"
	// prefixSpeaker counts the speakers of valid records by identity.
	prefixSpeaker = "speaker:"
	// prefixQuote counts the quotes of valid records by kind.
	prefixQuote = "quote:"
)

// A tally holds counts by key: one record's, or a sum over records.
type tally struct {
	Counts map[string]int64
}

// newTally returns an empty tally.
func newTally() tally { return tally{Counts: map[string]int64{}} }

// add adds n to the count of key.
func (t tally) add(key string, n int64) { t.Counts[key] += n }

// invalid counts an invalid record and its problems.
func (t tally) invalid(problems []attribution.Problem) {
	t.add(keyInvalid, 1)
	seen := map[attribution.Code]bool{}
	for _, p := range problems {
		t.add(prefixProblem+string(p.Code), 1)
		if !seen[p.Code] {
			seen[p.Code] = true
			t.add(prefixInvalidBy+string(p.Code), 1)
		}
	}
}

// warnings counts the warnings of an import.
func (t tally) warnings(warnings []attribution.Problem) {
	for _, p := range warnings {
		t.add(prefixWarning+string(p.Code), 1)
	}
}

// valid counts a valid record, its speakers and its quotes.
func (t tally) valid(d *attribution.Document) {
	t.add(keyValid, 1)
	for _, s := range d.Speakers {
		t.add(prefixSpeaker+string(s.Identity()), 1)
	}
	for _, q := range d.Quotes {
		t.add(prefixQuote+string(q.Kind), 1)
	}
}

// sumTalliesFn adds tallies up.
type sumTalliesFn struct{}

// CreateAccumulator returns an empty tally.
func (sumTalliesFn) CreateAccumulator() tally { return newTally() }

// AddInput adds one tally to the sum.
func (sumTalliesFn) AddInput(sum, t tally) tally { return mergeTallies(sum, t) }

// MergeAccumulators adds two sums.
func (sumTalliesFn) MergeAccumulators(a, b tally) tally { return mergeTallies(a, b) }

// ExtractOutput returns the sum.
func (sumTalliesFn) ExtractOutput(sum tally) tally { return sum }

func mergeTallies(a, b tally) tally {
	if a.Counts == nil {
		a = newTally()
	}
	for k, n := range b.Counts {
		a.Counts[k] += n
	}
	return a
}

// Summary is what the pipeline writes to summary.json: counts only, never a
// value from the input.
type Summary struct {
	// InputKind is the --input-kind of the run.
	InputKind string `json:"inputKind"`
	// Policy is the audit's preset, the --policy of the run.
	Policy string `json:"policy"`
	// Records counts the records read (lines that are not blank).
	Records int64 `json:"records"`
	// Valid counts the records that decoded and validated.
	Valid int64 `json:"valid"`
	// Invalid counts the others.
	Invalid int64 `json:"invalid"`
	// ProblemsByCode counts the problems of invalid records by rule code:
	// those listed, at most attribution.MaxProblems a record.
	ProblemsByCode map[string]int64 `json:"problemsByCode"`
	// ProblemsNotListed counts the problems found beyond those listed.
	ProblemsNotListed int64 `json:"problemsNotListed"`
	// InvalidByCode counts the invalid records that break each rule code.
	InvalidByCode map[string]int64 `json:"invalidByCode"`
	// WarningsByCode counts the warnings of imports (problems worked
	// around in records that then validated) by code.
	WarningsByCode map[string]int64 `json:"warningsByCode"`
	// Audited counts the valid records audited: all of them.
	Audited int64 `json:"audited"`
	// FindingsByCheck counts the audit's findings by check.
	FindingsByCheck map[string]int64 `json:"findingsByCheck"`
	// Speakers counts the speakers of valid records by identity: named,
	// unnamed, anonymous.
	Speakers map[string]int64 `json:"speakers"`
	// Quotes counts the quotes of valid records by kind.
	Quotes map[string]int64 `json:"quotes"`
}

// summarize turns a sum of tallies into a Summary.
func summarize(kind, policy string, t tally) Summary {
	s := Summary{
		InputKind:         kind,
		Policy:            policy,
		WarningsByCode:    map[string]int64{},
		Records:           t.Counts[keyRecords],
		Valid:             t.Counts[keyValid],
		Invalid:           t.Counts[keyInvalid],
		Audited:           t.Counts[keyAudited],
		ProblemsNotListed: t.Counts[keyProblemsNotListed],
		ProblemsByCode:    map[string]int64{},
		InvalidByCode:     map[string]int64{},
		FindingsByCheck:   map[string]int64{},
		Speakers:          map[string]int64{},
		Quotes:            map[string]int64{},
	}
	for _, id := range []source.Identity{source.IdentityNamed, source.IdentityUnnamed, source.IdentityAnonymous} {
		s.Speakers[string(id)] = 0
	}
	for _, k := range quote.Kinds() {
		s.Quotes[string(k)] = 0
	}
	prefixed := []struct {
		prefix string
		into   map[string]int64
	}{
		{prefixProblem, s.ProblemsByCode},
		{prefixInvalidBy, s.InvalidByCode},
		{prefixWarning, s.WarningsByCode},
		{prefixCheck, s.FindingsByCheck},
		{prefixSpeaker, s.Speakers},
		{prefixQuote, s.Quotes},
	}
	for key, n := range t.Counts {
		for _, p := range prefixed {
			if name, ok := strings.CutPrefix(key, p.prefix); ok {
				p.into[name] += n
			}
		}
	}
	return s
}
