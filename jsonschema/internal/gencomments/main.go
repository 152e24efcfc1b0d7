// Command gencomments writes the doc comments of the types that onrecord's
// schemas describe as a Go file for the jsonschema package, so that the schema
// generator can describe every type and field without the source files. go generate runs it from the
// jsonschema directory:
//
//	go run ./internal/gencomments -root .. -o comments.go source quote attribution attribution/audit
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/onrecord/onrecord/jsonschema/internal/gocomments"
	"github.com/onrecord/onrecord/jsonschema/internal/model"
)

func main() {
	root := flag.String("root", "..", "the module's root `directory`")
	out := flag.String("o", "comments.go", "the Go `file` to write")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: gencomments [-root DIR] [-o FILE] PACKAGE_DIR...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(*root, *out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "gencomments:", err)
		os.Exit(1)
	}
}

func run(root, out string, dirs []string) error {
	if len(dirs) == 0 {
		return fmt.Errorf("no package directories given")
	}
	module, err := gocomments.ModulePath(root)
	if err != nil {
		return err
	}
	full := make([]string, len(dirs))
	for i, d := range dirs {
		full[i] = filepath.Join(root, d)
	}
	comments, err := gocomments.Extract(root, module, full...)
	if err != nil {
		return err
	}
	comments = gocomments.Keep(comments, model.Reachable())
	src, err := gocomments.GoSource("jsonschema/internal/gencomments", "jsonschema", "docComments", comments)
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}
