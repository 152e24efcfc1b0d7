package ldtest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
)

// SharedDir returns the shared folder that sits beside the module's root
// (../shared from the directory that holds go.mod), where CI and the
// developers' machines keep the W3C conformance tests, or $ONRECORD_SHARED
// when set (for a checkout that is not beside it, such as a git worktree). It
// fails, saying where it looked, when the folder is absent.
func SharedDir() (string, error) {
	if s := os.Getenv("ONRECORD_SHARED"); s != "" {
		return checkShared(s)
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory: cannot find the module root")
		}
		dir = parent
	}
	return checkShared(filepath.Join(filepath.Dir(dir), "shared"))
}

// checkShared returns the shared folder if it holds the W3C runner.
func checkShared(shared string) (string, error) {
	if _, err := os.Stat(filepath.Join(shared, "peers", "w3c-annotation-model", "check.py")); err != nil {
		return "", fmt.Errorf("the W3C conformance tests are not at %s (shared/ beside the module root, as CI lays it out): %w",
			filepath.Join(shared, "peers", "w3c-annotation-model"), err)
	}
	return shared, nil
}

// Python returns a Python 3 that can import jsonschema, which the W3C runner
// needs: $ONRECORD_PYTHON when set (.ci/run sets it), else the first of
// python3 on PATH and /usr/bin/python3 that has it.
func Python() (string, error) {
	candidates := []string{"python3", "/usr/bin/python3"}
	if p := os.Getenv("ONRECORD_PYTHON"); p != "" {
		candidates = []string{p}
	}
	for _, p := range candidates {
		if exec.Command(p, "-c", "import jsonschema").Run() == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no Python 3 with jsonschema among %v: install Debian's python3-jsonschema (bash .ci/run does)", candidates)
}

// W3CResult is what the W3C runner reports.
type W3CResult struct {
	// Annotations, Checked and Failed are the runner's counts.
	Annotations, Checked, Failed int
	// Output is everything the runner printed.
	Output string
}

var summary = regexp.MustCompile(`w3c-annotation: (\d+) annotations, (\d+) MUST assertions checked, (\d+) failed`)

// W3CCheck runs W3C's conformance runner (check.py) on a JSON file with the
// MUST assertions of annotations/annotationMusts.test. The error is nil when
// the runner ran and printed its summary, whatever it found.
func W3CCheck(path string) (W3CResult, error) {
	shared, err := SharedDir()
	if err != nil {
		return W3CResult{}, err
	}
	py, err := Python()
	if err != nil {
		return W3CResult{}, err
	}
	out, runErr := exec.Command(py, filepath.Join(shared, "peers", "w3c-annotation-model", "check.py"), path).CombinedOutput()
	m := summary.FindSubmatch(out)
	if m == nil {
		return W3CResult{Output: string(out)}, fmt.Errorf("check.py printed no summary (%v):\n%s", runErr, out)
	}
	r := W3CResult{Output: string(out)}
	r.Annotations, _ = strconv.Atoi(string(m[1]))
	r.Checked, _ = strconv.Atoi(string(m[2]))
	r.Failed, _ = strconv.Atoi(string(m[3]))
	return r, nil
}
