package figures

import (
	"go/ast"
	goparser "go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestGrammarWordsInLexicon checks that every word the grammar compares by name
// has a lexicon entry: a token's key is empty for unknown words, so a missing
// entry would silently disable a rule.
func TestGrammarWordsInLexicon(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	seen := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := goparser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		check := func(lit ast.Expr) {
			bl, ok := lit.(*ast.BasicLit)
			if !ok || bl.Kind != gotoken.STRING {
				return
			}
			w, err := strconv.Unquote(bl.Value)
			if err != nil || w == "" {
				return
			}
			seen++
			if lex[w] == nil {
				t.Errorf("%s: %q is compared by key but has no lexicon entry", fset.Position(bl.Pos()), w)
			}
		}
		isKey := func(e ast.Expr) bool {
			switch x := e.(type) {
			case *ast.CallExpr:
				if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "key" {
					return true
				}
			case *ast.SelectorExpr:
				if x.Sel.Name == "key" {
					return true
				}
			case *ast.Ident:
				return x.Name == "q" || x.Name == "conn"
			}
			return false
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BinaryExpr:
				if x.Op == gotoken.EQL || x.Op == gotoken.NEQ {
					if isKey(x.X) {
						check(x.Y)
					}
					if isKey(x.Y) {
						check(x.X)
					}
				}
			case *ast.SwitchStmt:
				if x.Tag != nil && isKey(x.Tag) {
					for _, st := range x.Body.List {
						for _, e := range st.(*ast.CaseClause).List {
							check(e)
						}
					}
				}
			}
			return true
		})
	}
	if seen < 50 {
		t.Fatalf("found only %d compared words; the test no longer sees the grammar", seen)
	}
}

// TestPhraseWordsInLexicon checks the bound phrases the same way.
func TestPhraseWordsInLexicon(t *testing.T) {
	for _, ph := range append(append([]boundPhrase{}, prefixBounds...), postBounds...) {
		for _, w := range ph.words {
			if lex[w] == nil {
				t.Errorf("bound phrase %v: %q has no entry", ph.words, w)
			}
		}
	}
}
