package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/onrecord/onrecord/attribution/audit"

	// Filesystems the pipeline reads and writes through.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	// Runners that --runner chooses from.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"
)

// defaultRunner runs the pipeline when --runner is not given; the package
// documentation says why.
const defaultRunner = "direct"

var (
	input    = flag.String("input", "testdata/sample.jsonl.bz2", "file pattern of the JSON Lines input, plain, .bz2 or .gz")
	kindFlag = flag.String("input-kind", "onrecord", "what each line holds: "+kindNames())
	policy   = flag.String("policy", audit.PresetDefault, "the audit's preset: "+strings.Join(audit.PresetNames(), "|"))
	output   = flag.String("output", "out", "directory or object prefix for the shards and summary.json")
	shards   = flag.Int("shards", 4, "number of files of each output")
	maxLine  = flag.Int64("max-line-bytes", 64<<20, "longest line read; a longer one is an invalid record")
	logLevel = flag.String("log_level", "warn", "what Beam logs on standard error: debug, info, warn or error")
)

func main() {
	flag.Parse()
	log.LogLevel = *logLevel
	beam.Init()
	c := config{Input: *input, Kind: *kindFlag, Policy: *policy, Output: *output, Shards: *shards, MaxLine: *maxLine}
	os.Exit(run(context.Background(), c, runnerName(), os.Stdout, os.Stderr))
}

// runnerName is the runner that --runner names, or the default.
func runnerName() string {
	if *runners.Runner != "" {
		return *runners.Runner
	}
	return defaultRunner
}

// run runs the pipeline and prints its summary to stdout. It returns the
// exit status: 0 when every record is valid, 1 when some are invalid, 2 when
// the pipeline could not run.
func run(ctx context.Context, c config, runner string, stdout, stderr io.Writer) int {
	if err := c.check(); err != nil {
		fmt.Fprintln(stderr, "onrecord-beam:", err)
		return 2
	}
	p, s := beam.NewPipelineWithRoot()
	buildPipeline(s, c)
	if _, err := beam.Run(ctx, runner, p); err != nil {
		fmt.Fprintln(stderr, "onrecord-beam:", cause(err))
		return 2
	}
	sum, err := readSummary(ctx, c)
	if err != nil {
		fmt.Fprintln(stderr, "onrecord-beam: the pipeline ran but its summary cannot be read:", err)
		return 2
	}
	out, err := json.MarshalIndent(sum, "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, "onrecord-beam:", err)
		return 2
	}
	fmt.Fprintf(stdout, "%s\n", out)
	if sum.Invalid > 0 {
		return 1
	}
	return 0
}

// cause returns what went wrong in a runner's error, without the execution
// plan that the runner prints before it: the text after the last "caused by:",
// less a line that only names the DoFn that failed. With --log_level=debug the
// whole error is printed.
func cause(err error) string {
	msg := err.Error()
	if *logLevel == "debug" {
		return msg
	}
	if i := strings.LastIndex(msg, "caused by:"); i >= 0 {
		msg = msg[i+len("caused by:"):]
	}
	lines := strings.Split(strings.TrimSpace(msg), "\n")
	if len(lines) > 1 && strings.HasPrefix(lines[0], "DoFn[") && strings.HasSuffix(lines[0], "failed:") {
		lines = lines[1:]
	}
	return strings.Join(lines, "\n")
}
