// Compiles each onrecord schema file on its own in ajv (draft 2020-12, strict
// mode, formats asserted), makes TypeScript types of it, and checks ajv's
// verdict on every instance of the corpus against the Go test's.
// Usage: node check.js SCHEMA_DIR CORPUS_FILE
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const { compile } = require("json-schema-to-typescript");

const [schemaDir, corpusFile] = process.argv.slice(2);

(async () => {
  let failed = false;
  const validators = {};
  for (const name of fs.readdirSync(schemaDir).sort()) {
    const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, name), "utf8"));
    // A fresh instance per file: nothing but the file itself is loaded.
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    try {
      validators[name] = ajv.compile(schema);
    } catch (e) {
      console.log(`${name}: ajv (strict) refuses it: ${e.message}`);
      failed = true;
      continue;
    }
    const ts = await compile(schema, schema.title, { bannerComment: "", additionalProperties: false });
    const declared = new RegExp(`export (interface|type) ${schema.title}\\b`).test(ts);
    failed ||= !declared;
    console.log(`${name}: compiles in ajv strict mode; TypeScript: ${ts.split("\n").length} lines, declares ${schema.title}: ${declared}`);
  }
  const counts = { valid: 0, invalid: 0, disagree: 0 };
  for (const line of fs.readFileSync(corpusFile, "utf8").split("\n")) {
    if (!line) continue;
    const c = JSON.parse(line);
    const validate = validators[c.schema];
    if (!validate) continue;
    const ok = validate(c.instance);
    if (ok !== c.valid) {
      counts.disagree++;
      if (counts.disagree <= 10) console.log(`disagreement: ${c.label}: ajv says ${ok ? "valid" : "invalid"}, Go test says ${c.valid ? "valid" : "invalid"}: ${JSON.stringify(validate.errors)}`);
    } else {
      counts[ok ? "valid" : "invalid"]++;
    }
  }
  console.log(`ajv agrees on ${counts.valid + counts.invalid} instances (${counts.valid} valid, ${counts.invalid} invalid); ${counts.disagree} disagreements`);
  process.exit(failed || counts.disagree > 0 ? 1 : 0);
})();
