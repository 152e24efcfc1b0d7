package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(record), error](&readLinesFn{})
	register.Emitter1[record]()
	register.DoFn6x1[record, func(string), func(string), func(string), func(string), func(tally), error](&processFn{})
	register.Emitter1[string]()
	register.Emitter1[tally]()
	register.Combiner3[tally, tally, tally](&sumTalliesFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
	register.DoFn2x1[context.Context, tally, error](&writeSummaryFn{})
}

// config holds what a run reads and writes.
type config struct {
	// Input is a file pattern (a glob, local or on any filesystem Beam
	// knows) of JSON Lines files, plain, .bz2 or .gz.
	Input string
	// Kind names the input kind (a key of kinds).
	Kind string
	// Policy names the audit's preset (audit.PresetNames).
	Policy string
	// Output is the directory (or object prefix) the shards and the
	// summary are written to.
	Output string
	// Shards is the number of shards of each output.
	Shards int
	// MaxLine is the longest line, in bytes, that is read.
	MaxLine int64
}

// check reports a config that cannot run.
func (c config) check() error {
	switch {
	case c.Input == "":
		return fmt.Errorf("no input: give --input")
	case c.Output == "":
		return fmt.Errorf("no output: give --output")
	case c.Shards < 1:
		return fmt.Errorf("--shards must be at least 1")
	case c.MaxLine < 1:
		return fmt.Errorf("--max-line-bytes must be at least 1")
	}
	if _, err := lookupKind(c.Kind); err != nil {
		return err
	}
	_, err := lookupPolicy(c.Policy)
	return err
}

// outputPath joins the output directory and a file name with a slash, which
// every Beam filesystem takes, local ones included.
func (c config) outputPath(name string) string {
	return strings.TrimSuffix(c.Output, "/") + "/" + name
}

// buildPipeline adds the pipeline to s: read the lines, spread them over
// the workers, process each record, write the shards and the summary.
func buildPipeline(s beam.Scope, c config) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, c.Input, fileio.MatchEmptyDisallow()), fileio.ReadUncompressed())
	records := beam.ParDo(s, &readLinesFn{MaxLine: c.MaxLine}, files)
	// A file is read whole by one worker; reshuffling lets every worker
	// take a share of its records.
	records = beam.Reshuffle(s, records)

	outs := beam.ParDoN(s, &processFn{Kind: c.Kind, Policy: c.Policy, MaxLine: c.MaxLine}, records)
	valid, invalid, warnings, findings, tallies := outs[0], outs[1], outs[2], outs[3], outs[4]

	writeShards(s.Scope("valid"), c, "valid", valid)
	writeShards(s.Scope("invalid"), c, "invalid", invalid)
	writeShards(s.Scope("warnings"), c, "warnings", warnings)
	writeShards(s.Scope("findings"), c, "findings", findings)

	// One empty tally makes sure that the summary is written even when
	// there is no record.
	tallies = beam.Flatten(s, tallies, beam.Create(s, newTally()))
	sum := beam.Combine(s, &sumTalliesFn{}, tallies)
	beam.ParDo0(s, &writeSummaryFn{Path: c.outputPath("summary.json"), Kind: c.Kind, Policy: c.Policy}, sum)
}

// writeShards writes the lines of col to c.Shards files named
// NAME-00000-of-00004.jsonl and so on, each line to the shard its hash
// chooses. A shard that would be empty is not written.
func writeShards(s beam.Scope, c config, name string, col beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{Shards: c.Shards}, col)
	grouped := beam.GroupByKey(s, keyed)
	beam.ParDo0(s, &writeShardFn{Prefix: c.outputPath(name), Shards: c.Shards}, grouped)
}

// shardFn chooses the shard of a line by a hash of its length and of its
// first and last kilobyte: the same shard for the same line on every run,
// at a cost that does not grow with the line.
type shardFn struct {
	Shards int `json:"shards"`
}

// hashedEnds is how much of each end of a line shardFn hashes.
const hashedEnds = 1024

// ProcessElement keys a line by its shard.
func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	if len(line) <= 2*hashedEnds {
		io.WriteString(h, line)
	} else {
		io.WriteString(h, line[:hashedEnds])
		io.WriteString(h, line[len(line)-hashedEnds:])
		fmt.Fprint(h, len(line))
	}
	return int(h.Sum32() % uint32(f.Shards)), line
}

// writeShardFn writes the lines of one shard.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

// ProcessElement writes one shard's file.
func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := fmt.Sprintf("%s-%05d-of-%05d.jsonl", f.Prefix, shard, f.Shards)
	return writeFile(ctx, name, func(w io.Writer) error {
		var line string
		for lines(&line) {
			if _, err := io.WriteString(w, line); err != nil {
				return err
			}
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeSummaryFn writes the summary.
type writeSummaryFn struct {
	Path   string `json:"path"`
	Kind   string `json:"kind"`
	Policy string `json:"policy"`
}

// ProcessElement writes the summary of the sum of all tallies.
func (f *writeSummaryFn) ProcessElement(ctx context.Context, sum tally) error {
	return writeFile(ctx, f.Path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(summarize(f.Kind, f.Policy, sum))
	})
}

// writeFile writes a file on any Beam filesystem.
func writeFile(ctx context.Context, name string, write func(io.Writer) error) (err error) {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := w.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriterSize(w, 1<<20)
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// readSummary reads the summary a run wrote.
func readSummary(ctx context.Context, c config) (Summary, error) {
	name := c.outputPath("summary.json")
	var s Summary
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return s, err
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, name)
	if err != nil {
		return s, err
	}
	defer r.Close()
	err = json.NewDecoder(r).Decode(&s)
	return s, err
}
