// Command beam checks a corpus of onrecord documents, or of Quotebank
// quotations, as an Apache Beam pipeline: the same binary runs on one machine
// and on a cluster (Flink, Spark, Dataflow or any other portable runner).
//
// It lives in a Go module of its own, github.com/onrecord/onrecord/examples/beam,
// so that the library's users never download Beam.
//
// # What it does
//
// The pipeline reads JSON Lines files (plain, .bz2 or .gz; --input takes a
// file pattern), one record a line; a blank line is not a record. Each record
// is turned into a document by the library's own code, chosen by --input-kind:
//
//	onrecord    attribution.Decode: one onrecord document a line
//	quotebank   quotebank.ImportLine: one Quotebank record a line, of
//	            either shape (quotation-centric or article-centric)
//
// then validated with Document.Validate and audited with audit.Run under the
// preset that --policy names (default, ap, reuters, nyt, npr, bbc,
// strictest). The records are spread over the workers after reading, since a
// compressed file cannot be split. Under --output it writes
//
//	valid-00000-of-00004.jsonl     the valid records (onrecord documents)
//	invalid-00000-of-00004.jsonl   {"file", "line", "valid", "problems":
//	                               [{"pointer", "code", "message"}], "more",
//	                               "record"} for each invalid record
//	warnings-00000-of-00004.jsonl  {"file", "line", "warnings": [...]}: what
//	                               an import worked around in a valid record
//	findings-00000-of-00004.jsonl  the audit's findings, as `onrecord audit
//	                               --format json` writes them: {"file", "line",
//	                               "check", "severity", "pointer", "message",
//	                               "passage", "rules"}
//	summary.json                   the counts below
//
// (--shards sets how many files of each; a shard with no line is not
// written, so write to an empty directory). The summary counts the records
// read, valid and invalid; the problems by rule code (those that validation
// lists, at most attribution.MaxProblems a record; the others are counted
// apart) and the invalid records by the rule codes they break; the warnings
// of imports by code; the records audited and the findings by check; the
// speakers of the valid records by identity (named, unnamed, anonymous, as
// source.Speaker.Identity says) and their quotes by kind. The program prints
// the summary on standard output when the run is over.
//
// The shards hold the records as they were given, anonymous sources'
// identities included, as the input does; the summary and the problems hold
// no value from the input, and the findings only the passages of the text,
// never an anonymous source's identity. An invalid record is kept as
// "record" when its line is JSON and as "text" otherwise; a line longer than
// --max-line-bytes is an invalid record with a problem of code length, and
// the rest of the file is read.
//
// Exit status: 0 when every record is valid, 1 when some are invalid, 2 when
// the pipeline could not run (no file matches --input, an unknown input
// kind or policy, an unreadable file, a runner's error).
//
// # On one machine
//
// With no flags, from this directory, it reads the bundled sample (60
// records, some invalid, some of them Quotebank records) into ./out:
//
//	cd examples/beam
//	go run .
//	go run . --input 'corpus/*.jsonl.bz2' --output /tmp/checked
//
// It runs on Beam's direct runner by default, in the program's own process,
// with no network and no socket. Beam 2.77's own default is prism, a portable
// runner that also runs in process; it is not the default here because its
// job server listens on a port of every network interface of the machine,
// not only loopback, and because it is slower here without being any more
// parallel. Measured with BenchmarkPipeline on a shared two-core machine
// (2,000 records, a quarter of them the 80 KB seed article; records per
// second, three runs each):
//
//	                    1 core       2 cores
//	direct runner       2,560-2,880  2,610-3,020
//	prism                 820-1,420    610-1,350
//	the library alone   4,030-4,190  3,830-4,020   (decode, validate, audit)
//
// The direct runner processes one bundle in one goroutine, and prism hands
// every record after the reshuffle to one bundle, so neither uses a second
// core for this pipeline. On top of the library's own work, the direct runner
// costs the writing of the shards and the grouping before it (the pipeline
// writes back as much as it reads); prism more, every element crossing its
// gRPC data plane. A cluster runner splits the work into many bundles, which
// is where the pipeline scales. Prism is still worth a run before a cluster:
// it encodes every element between stages as a cluster does, which the direct
// runner does not:
//
//	go run . --runner=prism --input 'corpus/*.jsonl'
//
// # On Flink
//
// The portable Flink runner takes the pipeline from a Beam job server in
// front of a Flink cluster (Beam 2.77 publishes job servers for Flink 1.19,
// 1.20, 2.0, 2.1 and 2.2; take the one of your cluster), and runs the workers
// in Beam's Go SDK container, which gets this program as a staged binary:
//
//	docker run --net=host apache/beam_flink1.20_job_server:2.77.0 \
//	    --flink-master=FLINK-HOST:8081
//	go run . --runner=flink --endpoint=localhost:8099 \
//	    --environment_type=DOCKER --parallelism=16 \
//	    --input='s3://corpus/quotebank/quotes-*.json.bz2' --input-kind=quotebank \
//	    --output=s3://corpus/checked/2026-11-26
//
// The submitting machine builds the worker binary for linux/amd64 with its
// Go toolchain; give --worker_binary to use one built beforehand
// (GOOS=linux GOARCH=amd64 go build -o worker .). Input and output must be
// on a filesystem that every worker reaches: s3:// (any S3-compatible
// store, with the usual AWS_* variables), gs://, or a local path mounted on
// every worker. For a local Flink started for testing, --environment_type=LOOPBACK
// runs the workers inside the submitting process instead of containers.
// Spark's portable runner takes the same flags with --runner=spark and its
// own job server.
//
// # On Dataflow
//
//	go run . --runner=dataflow --project=PROJECT --region=REGION \
//	    --staging_location=gs://BUCKET/staging --temp_location=gs://BUCKET/tmp \
//	    --input='gs://BUCKET/quotebank/quotes-*.json.bz2' --input-kind=quotebank \
//	    --output=gs://BUCKET/checked/2026-11-26
//
// Do not pass --async: the program reads the summary back when the job is
// over. Nothing in the pipeline depends on the runner or the cloud: the
// runners and filesystems are Beam's, chosen by flags and paths.
//
// # Another input kind
//
// The per-record step is a table, kinds, keyed by --input-kind: a kind's
// decode turns a line into a document and the warnings of its import. An
// importer of another format is one more line in that table.
//
// # Tests
//
// go test runs the pipeline on the direct runner over a generated stream
// of 3,000 records (variations of the seed article's document and of a small
// one, records with known rule codes broken, Quotebank records, which are not
// onrecord documents) and checks the summary and the shards against the
// input; smaller runs cover Quotebank input, line endings, long lines and
// compressed files. The same tests run on prism with
// -args -runner=prism; BenchmarkPipeline measures records per second (run it
// with -cpu 1,2), and BenchmarkLibrary the same work without Beam.
package main
