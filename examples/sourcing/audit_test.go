package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/attribution"
)

func TestReportEndsWithAudit(t *testing.T) {
	code, out, errOut := runCommand(t)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	i := strings.Index(out, "\nAudit under the strictest preset: 14 findings (3 errors, 10 warnings, 1 notice)\n\nsenior intelligence official (anonymous)\n")
	if i < 0 {
		t.Fatalf("no audit in the report:\n%s", out)
	}
	if !strings.Contains(out[:i], "Anonymous sources whose anonymity the text does not explain:") {
		t.Error("the audit does not follow the summary")
	}
	audit := out[i:]
	for _, want := range []string{
		"  error   anonymous-no-reason /speakers/0/anonymity [AP-6 NPR-2 NYT-2]\n",
		"\nthe story itself\n  warning anonymous-no-byline /article/byline [AP-9]\n",
	} {
		if !strings.Contains(audit, want) {
			t.Errorf("the audit lacks %q", want)
		}
	}
	if want := "“at least 36 security officers have been killed in terror incidents so far in 2024”\n"; !strings.HasSuffix(out, want) {
		t.Errorf("the report does not end with the audit's last finding:\n%s", out[len(out)-200:])
	}
}

func TestWriteAuditNoFindings(t *testing.T) {
	doc := &attribution.Document{FormatVersion: attribution.FormatVersion, Article: attribution.Article{Headline: "Quiet day"}}
	var b bytes.Buffer
	writeAudit(&b, doc)
	if diff := cmp.Diff("\nAudit under the strictest preset: no findings\n", b.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
