package browsertest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/onrecord/onrecord/attribution"
	"github.com/onrecord/onrecord/attribution/audit"
	"github.com/onrecord/onrecord/attribution/page"
	"github.com/onrecord/onrecord/examples/seed"
	"github.com/onrecord/onrecord/source"
)

// chromium returns the path of the browser: ONRECORD_CHROMIUM, or Debian's
// chromium. A missing browser fails the test: .ci/run installs it.
func chromium(t *testing.T) string {
	t.Helper()
	p := os.Getenv("ONRECORD_CHROMIUM")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("no browser at %s (%v): install Debian's chromium (apt-get install chromium), or set ONRECORD_CHROMIUM", p, err)
	}
	return p
}

// artifacts returns the directory where the test leaves what a person looks
// at: ONRECORD_ARTIFACTS, or artifacts/ beside this file.
func artifacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ONRECORD_ARTIFACTS")
	if dir == "" {
		dir = "artifacts"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// findings are the seed's audit findings under the strictest policy.
func findings(t *testing.T, d *attribution.Document) []page.Finding {
	t.Helper()
	fs, err := audit.Run(d, audit.Strictest())
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) == 0 {
		t.Fatal("the audit finds nothing in the seed article")
	}
	return page.FromAudit(fs)
}

// state is what the page shows, read in the browser.
type state struct {
	Legend map[string]struct {
		Color, Swatch, Identity string
	}
	Marks []struct {
		Quote, Speaker, Background, Underline, Badge string
		Anonymous                                    bool
		Width, Height                                float64
	}
	Speakers, Findings int
}

const readState = `(() => {
  const rgb = hex => { const n = parseInt(hex.slice(1), 16); return "rgb(" + (n >> 16 & 255) + ", " + (n >> 8 & 255) + ", " + (n & 255) + ")"; };
  const legend = {};
  for (const li of document.querySelectorAll("[data-legend]")) {
    legend[li.dataset.legend] = {Color: rgb(li.dataset.color), Swatch: getComputedStyle(li.querySelector(".swatch")).backgroundColor, Identity: li.dataset.identity};
  }
  const marks = [...document.querySelectorAll("mark[data-quote]:not([data-cont])")].map(m => {
    const r = m.getBoundingClientRect(), cs = getComputedStyle(m);
    return {Quote: m.dataset.quote, Speaker: m.dataset.speaker, Anonymous: m.dataset.anonymous === "true",
      Background: cs.backgroundColor, Underline: cs.borderBottomStyle, Badge: getComputedStyle(m, "::before").content,
      Width: r.width, Height: r.height};
  });
  return {Legend: legend, Marks: marks, Speakers: document.querySelectorAll("[data-speaker-entry]").length,
    Findings: document.querySelectorAll("[data-check]").length};
})()`

// panel is what the details panel shows.
type panel struct {
	Showing, Selected, Text, Active, Outline string
}

const readPanel = `(() => {
  const p = document.getElementById("panel-body"), sel = document.querySelector("mark.selected"), a = document.activeElement;
  return {Showing: p.dataset.showing || "", Selected: sel ? sel.dataset.quote : "", Text: p.innerText,
    Active: a && a.dataset && a.dataset.quote || "", Outline: a ? getComputedStyle(a).outlineStyle : ""};
})()`

// TestSeedPage loads the seed article's page in chromium and checks what a
// reader sees and does: the marks and their colours, the counts, selecting a
// quote by mouse and by keyboard, the page without script and in print, no
// request and no error. It leaves screenshots, seed.png (the top of the
// story, a quote selected) and seed-claims.png (the claims), and the page,
// seed.html, in the artifacts directory.
func TestSeedPage(t *testing.T) {
	exe := chromium(t)
	d, err := seed.Document()
	if err != nil {
		t.Fatal(err)
	}
	fs := findings(t, d)
	var html bytes.Buffer
	if err := page.Write(&html, d, page.Options{Findings: fs}); err != nil {
		t.Fatal(err)
	}
	out := artifacts(t)
	file := filepath.Join(out, "seed.html")
	if err := os.WriteFile(file, html.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(file)

	// The whole browser lives at most two minutes.
	deadline, stop := context.WithTimeout(context.Background(), 2*time.Minute)
	defer stop()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1200),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(deadline, opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()

	var (
		mu       sync.Mutex
		requests []string
		problems []string
	)
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			requests = append(requests, e.Request.URL)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				problems = append(problems, "console."+string(e.Type))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+(&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				problems = append(problems, "log: "+e.Entry.Text)
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("#panel-body"))); err != nil {
		t.Fatal(err)
	}

	t.Run("marks, colours and counts", func(t *testing.T) {
		st, err := chromedp.Run(ctx, chromedp.Evaluate[state](readState))
		if err != nil {
			t.Fatal(err)
		}
		checkState(t, d, fs, st)
	})

	// A quote with the most to show: a cue, a channel, a recipient and
	// claims.
	target := richQuote(t, d)
	t.Run("selecting a quote with the mouse", func(t *testing.T) {
		got, err := read(ctx, chromedp.Click(chromedp.CSS(`mark[data-quote="`+target+`"]:not([data-cont])`)))
		if err != nil {
			t.Fatal(err)
		}
		checkPanel(t, d, target, got)
		if got.Selected != target {
			t.Errorf("the selected mark is %q, want %q", got.Selected, target)
		}
	})

	t.Run("selecting quotes with the keyboard", func(t *testing.T) {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector(".skip").focus(); window.scrollTo(0, 0)`)); err != nil {
			t.Fatal(err)
		}
		var first panel
		for range 40 {
			got, err := read(ctx, chromedp.KeyEvent(kb.Tab))
			if err != nil {
				t.Fatal(err)
			}
			if got.Active != "" {
				first = got
				break
			}
		}
		if first.Active == "" {
			t.Fatal("40 presses of Tab reached no quote")
		}
		if first.Active != d.Quotes[0].ID {
			t.Errorf("Tab reached %q first, want the first quote %q", first.Active, d.Quotes[0].ID)
		}
		checkPanel(t, d, first.Active, first)
		if first.Outline == "none" || first.Outline == "" {
			t.Errorf("the focused mark shows no outline (%q)", first.Outline)
		}
		next, err := read(ctx, chromedp.KeyEvent(kb.Tab))
		if err != nil {
			t.Fatal(err)
		}
		if next.Active == "" || next.Active == first.Active {
			t.Fatalf("the next Tab went from %q to %q", first.Active, next.Active)
		}
		checkPanel(t, d, next.Active, next)
	})

	t.Run("screenshot", func(t *testing.T) {
		// The anonymous official's split quote, selected, with the top
		// of the story in view.
		anon := ""
		for _, a := range d.Attributions {
			if s, _ := d.Speaker(a.Speaker); s.IsAnonymous() {
				if q, _ := d.Quote(a.Quote); q.Kind == "direct" {
					anon = q.ID
					break
				}
			}
		}
		if err := chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(`mark[data-quote="`+anon+`"]:not([data-cont])`)),
			chromedp.Evaluate[chromedp.Void](`document.activeElement.blur(); window.scrollTo(0, 0)`),
		); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(out, "seed.png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", p)
		// The claims, with their sources, relations and findings.
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("claims-h").scrollIntoView()`)); err != nil {
			t.Fatal(err)
		}
		png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, "seed-claims.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("print", func(t *testing.T) {
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[
			getComputedStyle(document.querySelector(".panel")).display,
			getComputedStyle(document.querySelector(".text .note")).float,
			getComputedStyle(document.querySelector("mark[data-quote]")).backgroundColor]`))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""}); err != nil {
			t.Fatal(err)
		}
		if got[0] != "none" || got[1] != "none" || got[2] == "rgba(0, 0, 0, 0)" {
			t.Errorf("in print: panel display %q, note float %q, mark background %q; want none, none, a colour", got[0], got[1], got[2])
		}
	})

	t.Run("without script", func(t *testing.T) {
		tab, cancelTab := chromedp.NewContext(ctx)
		defer cancelTab()
		if _, err := chromedp.Call(tab, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(tab, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("#panel-body"))); err != nil {
			t.Fatal(err)
		}
		st, err := chromedp.Run(tab, chromedp.Evaluate[state](readState))
		if err != nil {
			t.Fatal(err)
		}
		checkState(t, d, fs, st)
		hint, err := chromedp.Run(tab, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(".hint.nojs")).display`))
		if err != nil {
			t.Fatal(err)
		}
		if hint == "none" {
			t.Error("without script, the panel hides the hint that points to the quotes' details")
		}
	})

	mu.Lock()
	defer mu.Unlock()
	for _, r := range requests {
		if !strings.HasPrefix(r, "file://") || !strings.HasSuffix(r, "/seed.html") {
			t.Errorf("the page made a request: %s", r)
		}
	}
	if len(requests) == 0 {
		t.Error("no request seen at all, not even the page's: the network listener saw nothing")
	}
	for _, p := range problems {
		t.Errorf("the page logged an error: %s", p)
	}
}

func checkState(t *testing.T, d *attribution.Document, fs []page.Finding, st state) {
	t.Helper()
	if st.Speakers != len(d.Speakers) || len(st.Legend) != len(d.Speakers) {
		t.Errorf("%d speaker entries and %d legend items, want %d", st.Speakers, len(st.Legend), len(d.Speakers))
	}
	if st.Findings != len(fs) {
		t.Errorf("%d findings shown, want %d", st.Findings, len(fs))
	}
	var got, want []string
	for _, q := range d.Quotes {
		want = append(want, q.ID)
	}
	speakerOf := map[string]string{}
	for _, a := range d.Attributions {
		if _, ok := speakerOf[a.Quote]; !ok {
			speakerOf[a.Quote] = a.Speaker
		}
	}
	underline := map[source.Identity]string{source.IdentityNamed: "solid", source.IdentityUnnamed: "dotted", source.IdentityAnonymous: "dashed"}
	colours := map[string]string{}
	for id, l := range st.Legend {
		if l.Swatch != l.Color {
			t.Errorf("legend: speaker %s's swatch is %s, its colour %s", id, l.Swatch, l.Color)
		}
		if other, ok := colours[l.Color]; ok {
			t.Errorf("speakers %s and %s share the colour %s", id, other, l.Color)
		}
		colours[l.Color] = id
	}
	for _, m := range st.Marks {
		got = append(got, m.Quote)
		s, ok := d.Speaker(m.Speaker)
		if !ok || m.Speaker != speakerOf[m.Quote] {
			t.Errorf("quote %s is marked as speaker %q's, want %q's", m.Quote, m.Speaker, speakerOf[m.Quote])
			continue
		}
		if l := st.Legend[m.Speaker]; m.Background != l.Color {
			t.Errorf("quote %s has background %s, its speaker %s's colour is %s", m.Quote, m.Background, m.Speaker, l.Color)
		}
		if m.Anonymous != s.IsAnonymous() {
			t.Errorf("quote %s: data-anonymous %v, speaker anonymous %v", m.Quote, m.Anonymous, s.IsAnonymous())
		}
		if m.Underline != underline[s.Identity()] {
			t.Errorf("quote %s of a %s speaker is underlined %q, want %q", m.Quote, s.Identity(), m.Underline, underline[s.Identity()])
		}
		// Not by colour alone: the mark shows its speaker's number, and
		// says "anon" for an anonymous one.
		key := strconv.Itoa(slices.IndexFunc(d.Speakers, func(x source.Speaker) bool { return x.ID == s.ID }) + 1)
		if !strings.Contains(m.Badge, key) || s.IsAnonymous() != strings.Contains(m.Badge, "anon") {
			t.Errorf("quote %s of speaker %s (number %s) shows %s before it", m.Quote, s.ID, key, m.Badge)
		}
		if m.Width <= 0 || m.Height <= 0 {
			t.Errorf("quote %s's mark is not displayed (%gx%g)", m.Quote, m.Width, m.Height)
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("quotes marked:\n got %v\nwant %v", got, want)
	}
}

// richQuote returns the ID of the first quote of the seed with a cue, a
// channel, a recipient and claims.
func richQuote(t *testing.T, d *attribution.Document) string {
	t.Helper()
	for _, q := range d.Quotes {
		for _, a := range d.Attributions {
			if a.Quote == q.ID && q.Cue != nil && q.Channel != nil && q.Recipient != "" && len(a.Claims) > 0 {
				return q.ID
			}
		}
	}
	t.Fatal("the seed has no quote with a cue, a channel, a recipient and claims")
	return ""
}

// read runs the actions, then reads the panel.
func read(ctx context.Context, steps ...chromedp.Action[chromedp.Void]) (panel, error) {
	if err := chromedp.Do(ctx, steps...); err != nil {
		return panel{}, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[panel](readPanel))
}

// checkPanel checks that the panel shows the quote's speaker, kind, cue,
// channel, recipient, date and claims.
func checkPanel(t *testing.T, d *attribution.Document, id string, got panel) {
	t.Helper()
	if got.Showing != id {
		t.Fatalf("the panel shows %q, want %q", got.Showing, id)
	}
	q, _ := d.Quote(id)
	var a attribution.Attribution
	for _, x := range d.Attributions {
		if x.Quote == id {
			a = x
			break
		}
	}
	s, _ := d.Speaker(a.Speaker)
	want := []string{"Speaker", s.String(), "kind", string(q.Kind), "cue", "channel", "recipient", "date", "claims"}
	if q.Recipient != "" {
		want = append(want, q.Recipient)
	}
	if q.Cue != nil {
		want = append(want, q.Cue.Text)
	}
	if q.Channel != nil {
		want = append(want, string(q.Channel.Kind))
	}
	for _, c := range a.Claims {
		cl, _ := d.Claim(c)
		want = append(want, cl.Text)
	}
	for _, w := range want {
		if !strings.Contains(got.Text, w) {
			t.Errorf("the panel for %s does not show %q:\n%s", id, w, got.Text)
		}
	}
	if s.IsAnonymous() && !strings.Contains(strings.ToLower(got.Text), "anonymous") {
		t.Errorf("the panel for %s does not say its speaker is anonymous", id)
	}
}
