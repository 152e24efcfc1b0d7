package audit_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/source"
)

func TestGroups(t *testing.T) {
	doc := &attribution.Document{Speakers: []source.Speaker{
		{ID: "minister", Kind: source.KindPerson, Name: "Salifou Mody"},
		{ID: "residents", Kind: source.KindGroup, Description: "residents of Niamey"},
		{ID: "official", Kind: source.KindPerson, Name: "Hidden Name", Anonymity: &source.Anonymity{Description: "senior official"}},
	}}
	findings := []audit.Finding{
		{Check: audit.CheckUnsourcedStatistic, Pointer: "/claims/0"},
		{Check: audit.CheckAnonymousNoReason, Pointer: "/speakers/2/anonymity", Speaker: "official"},
		{Check: audit.CheckPluralSources, Pointer: "/speakers/9", Speaker: "ghost"},
		{Check: audit.CheckAnonymousVague, Pointer: "/speakers/1/description", Speaker: "residents"},
		{Check: audit.CheckAnonymousNoBasis, Pointer: "/speakers/2/anonymity", Speaker: "official"},
		{Check: audit.CheckUnattributedDisputed, Pointer: "/claims/3"},
		{Check: audit.CheckContradictedOnBackground, Pointer: "/claims/5", Speaker: "minister"},
	}
	type group struct {
		Speaker, Label string
		Checks         []audit.CheckID
	}
	var got []group
	for _, g := range audit.Groups(doc, findings) {
		var checks []audit.CheckID
		for _, f := range g.Findings {
			checks = append(checks, f.Check)
		}
		got = append(got, group{g.Speaker, g.Label, checks})
	}
	want := []group{
		{"minister", "Salifou Mody", []audit.CheckID{audit.CheckContradictedOnBackground}},
		{"residents", "residents of Niamey (unnamed)", []audit.CheckID{audit.CheckAnonymousVague}},
		{"official", "senior official (anonymous)", []audit.CheckID{audit.CheckAnonymousNoReason, audit.CheckAnonymousNoBasis}},
		{"ghost", "an unknown speaker", []audit.CheckID{audit.CheckPluralSources}},
		{"", "the story itself", []audit.CheckID{audit.CheckUnsourcedStatistic, audit.CheckUnattributedDisputed}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := audit.Groups(nil, findings[:1]); len(got) != 1 || got[0].Label != "the story itself" {
		t.Errorf("Groups without a document: %+v", got)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteTextError(t *testing.T) {
	err := audit.WriteText(failingWriter{}, nil, []audit.Finding{{Check: audit.CheckAnonymousNoByline}})
	if err == nil || err.Error() != "disk full" {
		t.Errorf("error %v, want the writer's", err)
	}
}

func TestRunRefusesInvalidPolicy(t *testing.T) {
	_, err := audit.Run(&attribution.Document{}, audit.Policy{Name: "desk", Checks: []audit.Setting{{Check: "nope"}}})
	var verr *attribution.ValidationError
	if !errors.As(err, &verr) || !verr.Has("/checks/0/check", attribution.CodeEnum) {
		t.Errorf("error %v", err)
	}
	if fs, err := audit.Run(nil, audit.Default()); fs != nil || err != nil {
		t.Errorf("Run(nil) = %v, %v", fs, err)
	}
}
