"""Checks each onrecord schema file with Python's jsonschema (draft 2020-12,
formats checked where the installed checkers can), and its verdict on every
instance of the corpus against the Go test's.

Usage: python3 check.py SCHEMA_DIR CORPUS_FILE
"""
import json
import os
import sys

from jsonschema import Draft202012Validator, FormatChecker


def main(schema_dir, corpus_file):
    validators = {}
    for name in sorted(os.listdir(schema_dir)):
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validators[name] = Draft202012Validator(schema, format_checker=FormatChecker())
        print(f"{name}: check_schema passes")
    valid = invalid = disagree = 0
    with open(corpus_file, encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            ok = validators[c["schema"]].is_valid(c["instance"])
            if ok != c["valid"]:
                disagree += 1
                if disagree <= 10:
                    errors = [e.message for e in validators[c["schema"]].iter_errors(c["instance"])]
                    print(f"disagreement: {c['label']}: python says {ok}, Go test says {c['valid']}: {errors}")
            elif ok:
                valid += 1
            else:
                invalid += 1
    print(f"python jsonschema agrees on {valid + invalid} instances ({valid} valid, {invalid} invalid); {disagree} disagreements")
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
