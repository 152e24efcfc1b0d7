package attribution_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/onrecord/onrecord/internal/validation"
)

// TestCodesTable wants codes.go, the documented table, to re-export every rule
// code exactly once, in order, each with a doc comment.
func TestCodesTable(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	internal := map[string]validation.Code{}
	for _, c := range validation.Codes() {
		internal["Code"+camel(string(c))] = c
	}
	var got []validation.Code
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			name := vs.Names[0].Name
			var sel *ast.SelectorExpr
			if call, ok := vs.Values[0].(*ast.CallExpr); ok && len(call.Args) == 1 {
				if fun, ok := call.Fun.(*ast.Ident); ok && fun.Name == "Code" {
					sel, _ = call.Args[0].(*ast.SelectorExpr)
				}
			}
			if sel == nil || sel.Sel.Name != name {
				t.Errorf("%s should be Code(validation.%s)", name, name)
				continue
			}
			c, ok := internal[name]
			if !ok {
				t.Errorf("%s is not a rule code", name)
			}
			if vs.Doc == nil || !strings.HasPrefix(vs.Doc.Text(), name+" (\""+string(c)+"\"): ") {
				t.Errorf("%s's doc comment should start %s (%q): ...", name, name, c)
			}
			got = append(got, c)
		}
	}
	if diff := cmp.Diff(validation.Codes(), got); diff != "" {
		t.Errorf("codes.go differs from the rule codes (-rules +codes.go):\n%s", diff)
	}
}

// camel turns "named-or-anonymous" into "NamedOrAnonymous", with the
// initialisms the project spells in capitals.
func camel(s string) string {
	special := map[string]string{"id": "ID", "url": "URL", "qid": "QID"}
	out := ""
	word := ""
	flush := func() {
		if w, ok := special[word]; ok {
			out += w
		} else if word != "" {
			out += string(word[0]-'a'+'A') + word[1:]
		}
		word = ""
	}
	for _, r := range s {
		if r == '-' {
			flush()
			continue
		}
		word += string(r)
	}
	flush()
	return out
}
