package onrecord_test

import (
	"go/ast"
	"go/doc"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/onrecord/onrecord"

// docPackage is one package of the module, as go/doc reads it.
type docPackage struct {
	importPath string
	pkg        *doc.Package
	// testIdents are the unexported top-level names declared in the
	// package's test files: helpers an example must not call.
	testIdents map[string]bool
}

// modulePackages reads every package of this module (nested modules, testdata
// and hidden folders left out) with its doc comments and examples.
func modulePackages(t *testing.T) map[string]*docPackage {
	t.Helper()
	out := map[string]*docPackage{}
	err := filepath.WalkDir(".", func(dir string, e fs.DirEntry, err error) error {
		if err != nil || !e.IsDir() {
			return err
		}
		name := e.Name()
		if dir != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata") {
			return filepath.SkipDir
		}
		if dir != "." {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				return filepath.SkipDir // a module of its own
			}
		}
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, dir, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		var files, tests []*ast.File
		for pname, p := range pkgs {
			for fname, f := range p.Files {
				if strings.HasSuffix(fname, "_test.go") {
					tests = append(tests, f)
				} else if !strings.HasSuffix(pname, "_test") {
					files = append(files, f)
				}
			}
		}
		if len(files) == 0 {
			return nil
		}
		importPath := path.Join(module, filepath.ToSlash(dir))
		p, err := doc.NewFromFiles(fset, append(files, tests...), importPath)
		if err != nil {
			return err
		}
		dp := &docPackage{importPath: importPath, pkg: p, testIdents: map[string]bool{}}
		for _, f := range tests {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil && !ast.IsExported(d.Name.Name) {
						dp.testIdents[d.Name.Name] = true
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if !ast.IsExported(n.Name) && n.Name != "_" {
									dp.testIdents[n.Name] = true
								}
							}
						case *ast.TypeSpec:
							if !ast.IsExported(s.Name.Name) {
								dp.testIdents[s.Name.Name] = true
							}
						}
					}
				}
			}
		}
		out[importPath] = dp
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// symbols returns the exported names a doc link may name in p: its types,
// functions, constants and variables, and Type.Method and Type.Field.
func symbols(p *doc.Package) map[string]bool {
	s := map[string]bool{}
	addValues := func(vs []*doc.Value) {
		for _, v := range vs {
			for _, n := range v.Names {
				s[n] = true
			}
		}
	}
	addValues(p.Consts)
	addValues(p.Vars)
	for _, f := range p.Funcs {
		s[f.Name] = true
	}
	for _, typ := range p.Types {
		s[typ.Name] = true
		addValues(typ.Consts)
		addValues(typ.Vars)
		for _, f := range typ.Funcs {
			s[f.Name] = true
		}
		for _, m := range typ.Methods {
			s[typ.Name+"."+m.Name] = true
		}
		for _, spec := range typ.Decl.Specs {
			ts, ok := spec.(*ast.TypeSpec)
			if !ok {
				continue
			}
			if st, ok := ts.Type.(*ast.StructType); ok {
				for _, f := range st.Fields.List {
					for _, n := range f.Names {
						s[typ.Name+"."+n.Name] = true
					}
				}
			}
		}
	}
	return s
}

// docTexts returns every doc comment of p with where it stands.
func docTexts(p *doc.Package) map[string]string {
	out := map[string]string{"package " + p.Name: p.Doc}
	addValues := func(vs []*doc.Value) {
		for _, v := range vs {
			out[strings.Join(v.Names, ",")] = v.Doc
			for _, spec := range v.Decl.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok && vs.Doc != nil {
					out[vs.Names[0].Name] = vs.Doc.Text()
				}
			}
		}
	}
	addValues(p.Consts)
	addValues(p.Vars)
	for _, f := range p.Funcs {
		out[f.Name] = f.Doc
	}
	for _, typ := range p.Types {
		out[typ.Name] = typ.Doc
		addValues(typ.Consts)
		addValues(typ.Vars)
		for _, f := range typ.Funcs {
			out[f.Name] = f.Doc
		}
		for _, m := range typ.Methods {
			out[typ.Name+"."+m.Name] = m.Doc
		}
		for _, spec := range typ.Decl.Specs {
			ts, ok := spec.(*ast.TypeSpec)
			if !ok {
				continue
			}
			if st, ok := ts.Type.(*ast.StructType); ok {
				for _, f := range st.Fields.List {
					if f.Doc != nil && len(f.Names) > 0 {
						out[typ.Name+"."+f.Names[0].Name] = f.Doc.Text()
					}
				}
			}
		}
	}
	return out
}

// brokenLink finds what go/doc/comment leaves as plain text when a doc link
// does not resolve: "[Name]", "[pkg.Name]", "[Type.Method]".
var brokenLink = regexp.MustCompile(`\[\*?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\]`)

// TestDocLinks walks every package's doc comments and fails on a doc link that
// does not resolve: a name its package does not declare, a package it does
// not import, or a symbol that the linked package of this module does not
// declare.
func TestDocLinks(t *testing.T) {
	pkgs := modulePackages(t)
	syms := map[string]map[string]bool{}
	for ip, dp := range pkgs {
		syms[ip] = symbols(dp.pkg)
	}
	for ip, dp := range pkgs {
		parser := dp.pkg.Parser()
		for where, text := range docTexts(dp.pkg) {
			if text == "" {
				continue
			}
			d := parser.Parse(text)
			for _, link := range docLinks(d) {
				if !strings.HasPrefix(link.ImportPath, module) {
					continue // the standard library and other modules
				}
				target, ok := syms[link.ImportPath]
				if !ok {
					t.Errorf("%s: %s: doc link [%s] names a package that is not in the module", ip, where, linkText(link))
					continue
				}
				name := link.Name
				if link.Recv != "" {
					name = link.Recv + "." + link.Name
				}
				if name != "" && !target[name] {
					t.Errorf("%s: %s: doc link [%s] names nothing in %s", ip, where, linkText(link), link.ImportPath)
				}
			}
			for _, plain := range plainTexts(d) {
				for _, m := range brokenLink.FindAllString(plain, -1) {
					t.Errorf("%s: %s: %s is not a doc link that resolves; it renders as literal brackets", ip, where, m)
				}
			}
		}
	}
}

func linkText(l *comment.DocLink) string {
	s := l.ImportPath
	if l.Recv != "" {
		s += "." + l.Recv
	}
	if l.Name != "" {
		s += "." + l.Name
	}
	return s
}

// docLinks and plainTexts walk a parsed comment.
func docLinks(d *comment.Doc) []*comment.DocLink {
	var out []*comment.DocLink
	eachText(d, func(t comment.Text) {
		if l, ok := t.(*comment.DocLink); ok {
			out = append(out, l)
		}
	})
	return out
}

func plainTexts(d *comment.Doc) []string {
	var out []string
	eachText(d, func(t comment.Text) {
		if p, ok := t.(comment.Plain); ok {
			out = append(out, string(p))
		}
	})
	return out
}

func eachText(d *comment.Doc, fn func(comment.Text)) {
	var walk func([]comment.Text)
	walk = func(ts []comment.Text) {
		for _, t := range ts {
			fn(t)
			switch t := t.(type) {
			case *comment.Link:
				walk(t.Text)
			case *comment.DocLink:
				walk(t.Text)
			case comment.Italic:
				fn(comment.Plain(t))
			}
		}
	}
	var blocks func([]comment.Block)
	blocks = func(bs []comment.Block) {
		for _, b := range bs {
			switch b := b.(type) {
			case *comment.Paragraph:
				walk(b.Text)
			case *comment.Heading:
				walk(b.Text)
			case *comment.List:
				for _, it := range b.Items {
					blocks(it.Content)
				}
			}
		}
	}
	blocks(d.Content)
}

// TestExamplesStandAlone fails on a runnable example that refers to an
// unexported identifier of a test file: pkg.go.dev shows such an example
// without a Run button, and a copied snippet does not compile.
func TestExamplesStandAlone(t *testing.T) {
	for ip, dp := range modulePackages(t) {
		var examples []*doc.Example
		examples = append(examples, dp.pkg.Examples...)
		for _, f := range dp.pkg.Funcs {
			examples = append(examples, f.Examples...)
		}
		for _, typ := range dp.pkg.Types {
			examples = append(examples, typ.Examples...)
			for _, f := range typ.Funcs {
				examples = append(examples, f.Examples...)
			}
			for _, m := range typ.Methods {
				examples = append(examples, m.Examples...)
			}
		}
		for _, ex := range examples {
			var uses []string
			ast.Inspect(ex.Code, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && dp.testIdents[id.Name] && !slices.Contains(uses, id.Name) {
					uses = append(uses, id.Name)
				}
				return true
			})
			// A whole-file example carries its own declarations.
			if len(uses) > 0 && ex.Play == nil {
				t.Errorf("%s: Example%s uses %s, declared in a test file; an example must stand alone", ip, exampleName(ex), strings.Join(uses, ", "))
			}
		}
	}
}

func exampleName(ex *doc.Example) string {
	if ex.Name == "" {
		return ""
	}
	return "_" + ex.Name
}
