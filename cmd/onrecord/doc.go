// Command onrecord works with onrecord documents, the JSON record of who said
// what in a news text, from the command line: it validates and audits them,
// renders them as a page, converts them to and from other formats, and writes
// the format's JSON Schema.
//
// Install it with
//
//	go install github.com/onrecord/onrecord/cmd/onrecord@latest
//
// # Usage
//
//	onrecord validate [--format text|json] [--jobs N] FILE...
//	onrecord audit [--policy NAME|FILE] [--format text|json] [--fail-on error|warning|notice] FILE...
//	onrecord html [--policy NAME|FILE] FILE > story.html
//	onrecord export --to schemaorg|webannotation [--base IRI] [--claims] [--mentions] FILE
//	onrecord import --from citron|quotebank [--text FILE] [--headline TEXT] FILE
//	onrecord schema -o DIR
//
// A FILE is a document (.json) or, where the command reads several, a JSON
// Lines stream of documents (.jsonl, .ndjson); - reads standard input. Flags
// come before the files. "onrecord help CMD" and "onrecord CMD -h" print a
// command's full help to standard output. Results go to standard output,
// problems and progress to standard error; values from the input are printed
// with control characters escaped and cut short, and no output reveals an
// anonymous source's identity.
//
// # Exit status
//
// Every command exits with one of three statuses:
//
//   - 0: all is well;
//   - 1: the input has problems: a document that does not decode or
//     validate, an audit finding at or above --fail-on, a record that could
//     not be imported;
//   - 2: the command could not do its work: a wrong command line, a file that
//     cannot be read or written; for audit, also a document that does not
//     decode or validate, whose audit could not be relied on.
//
// # validate
//
// Decodes each document strictly and validates it as a whole, as
// [github.com/onrecord/onrecord/attribution.Decode] and
// [github.com/onrecord/onrecord/attribution.Document.Validate] do. Text output
// has one line per problem, FILE:LINE: POINTER: CODE: MESSAGE (LINE for
// streams only), then a summary:
//
//	$ onrecord validate story.json broken.json
//	broken.json: /attributions/0/parent: attribution-cycle: the attribution is its own ancestor
//	broken.json: /attributions/1/parent: attribution-cycle: the attribution is its own ancestor
//	2 documents read: 1 valid, 1 invalid, in 1ms
//
// --format json writes one JSON object per document instead:
//
//	{"file":"broken.json","line":0,"valid":false,"problems":[
//	  {"pointer":"/attributions/0/parent","code":"attribution-cycle","message":"the attribution is its own ancestor","object":"a1"},
//	  ...],"more":0}
//
// (on one line; line is 0 for a document that is a file of its own).
//
// --jobs N validates N documents of a stream at once (0: one per processor).
//
// # audit
//
// Checks the sourcing of each document against newsroom rules (anonymous
// sources without a reason or vaguely described, claims resting on one
// anonymous source, figures the story does not attribute, ground rules
// broken), as package [github.com/onrecord/onrecord/attribution/audit] does.
// --policy names a preset (default, ap, reuters, nyt, npr, bbc, strictest) or
// a policy file in JSON; --fail-on sets the severity that makes the exit
// status 1 (default: error); --format json writes one finding a line.
//
//	$ onrecord audit story.json
//	story.json: 4 findings (3 warnings, 1 notice) under policy default
//
//	senior intelligence official (anonymous)
//	  warning anonymous-no-reason /speakers/0/anonymity [AP-6 NPR-2 NYT-2]
//	          the story does not say why the source described as “senior intelligence official” was granted anonymity
//	          “Speaking on condition of anonymity”
//	...
//
// # html
//
// Writes a document's page, as package
// [github.com/onrecord/onrecord/attribution/page] renders it: one
// self-contained HTML file with the text, every quote marked by speaker, the
// claims and the audit's findings (--policy, as for audit; none for no
// findings).
//
// # export
//
// Writes a document as JSON-LD: --to schemaorg, a schema.org graph
// ([github.com/onrecord/onrecord/attribution/schemaorg]); --to webannotation,
// a W3C Web Annotation collection
// ([github.com/onrecord/onrecord/attribution/webannotation]), with an
// annotation per claim (--claims) and per mention (--mentions) on request.
// --base gives the IRI the export's IRIs are made from (default: the
// article's URL, or a urn:onrecord: digest).
//
//	$ onrecord export --to webannotation story.json
//	{
//	  "@context": [
//	    "http://www.w3.org/ns/anno.jsonld",
//	    "https://onrecord.github.io/schema/0.2/context.jsonld"
//	  ],
//	  "type": "AnnotationCollection",
//	...
//
// # import
//
// Reads BBC citron's JSON (--from citron;
// [github.com/onrecord/onrecord/attribution/citron]), with the article's
// text from --text, or Quotebank's JSON Lines (--from quotebank, .bz2 too;
// [github.com/onrecord/onrecord/attribution/quotebank]), and writes onrecord
// JSON: one document, or one a line for Quotebank. What the import works
// around goes to standard error as warnings, each with its JSON Pointer.
//
// # schema
//
// Writes the JSON Schema files (draft 2020-12) of the format, as package
// [github.com/onrecord/onrecord/jsonschema] holds them, into DIR, creating it
// if needed, and prints their names:
//
//	$ onrecord schema -o schemas
//	document.schema.json
//	speaker.schema.json
//	quote.schema.json
//	attribution.schema.json
//	claim.schema.json
//	policy.schema.json
package main
