// Package browsertest loads the page of package
// github.com/onrecord/onrecord/attribution/page in a real browser, Debian's
// chromium driven by chromedp, and checks what a reader sees.
//
// It is a module of its own so that the browser driver never becomes a
// requirement of the onrecord library. Run it with
//
//	cd .ci/browser && go test ./...
//
// It needs chromium at /usr/bin/chromium (or the path in ONRECORD_CHROMIUM);
// .ci/run installs it when it is missing. The test saves a screenshot of the
// seed article's page, and the page itself, in the directory named by
// ONRECORD_ARTIFACTS (a relative path counts from this directory), by default
// artifacts/ beside this file.
package browsertest
