package schema_test

import (
	"context"
	"strings"
	"testing"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/parser"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/schema"
)

func emptySchema(t *testing.T) graphql.Schema {
	t.Helper()
	store, err := graph.Open(context.Background(), "memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	s, err := schema.New(store)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSDLFile fails when schema/schema.graphql drifts from the code; run
// go test ./schema/ -update to rewrite it.
func TestSDLFile(t *testing.T) {
	sdl := schema.SDL(emptySchema(t))
	if _, err := parser.Parse(parser.ParseParams{Source: sdl}); err != nil {
		t.Fatalf("the printed SDL does not parse: %v", err)
	}
	for _, want := range []string{
		"interface Entity implements", // must not appear: interfaces implement nothing here
	} {
		if strings.Contains(sdl, want) {
			t.Errorf("SDL contains %q", want)
		}
	}
	for _, want := range []string{
		"type Person implements Node & Entity {",
		"type Warrant implements Node & Event {",
		"interface Event {",
		"input EventWhere {",
		"enum RomeStatuteStatus {",
		"  first: Int = 50",
		"    sort: EventSort\n",
		"  targetings(",
		"  deleteDocument(",
	} {
		if !strings.Contains(sdl, want) {
			t.Errorf("SDL lacks %q", want)
		}
	}
	golden(t, "schema.graphql", []byte(sdl))
}

// TestDescriptions checks that every type, field, argument and enum value
// says what it is.
func TestDescriptions(t *testing.T) {
	s := emptySchema(t)
	for name, typ := range s.TypeMap() {
		if strings.HasPrefix(name, "__") {
			continue
		}
		switch typ := typ.(type) {
		case *graphql.Scalar:
			continue // the built-in scalars
		case *graphql.Object:
			check(t, name, typ.Description())
			for fname, f := range typ.Fields() {
				check(t, name+"."+fname, f.Description)
				for _, a := range f.Args {
					check(t, name+"."+fname+"("+a.Name()+")", a.Description())
				}
			}
		case *graphql.Interface:
			check(t, name, typ.Description())
			for fname, f := range typ.Fields() {
				check(t, name+"."+fname, f.Description)
			}
		case *graphql.InputObject:
			check(t, name, typ.Description())
			for fname, f := range typ.Fields() {
				check(t, name+"."+fname, f.Description())
			}
		case *graphql.Enum:
			check(t, name, typ.Description())
			for _, v := range typ.Values() {
				check(t, name+"."+v.Name, v.Description)
			}
		}
	}
}

func check(t *testing.T, what, desc string) {
	t.Helper()
	if strings.TrimSpace(desc) == "" {
		t.Errorf("%s has no description", what)
	}
}

// TestExamples runs every documented example on the fixture: each must
// validate, run without errors and return something.
func TestExamples(t *testing.T) {
	_, s := fixture(t)
	examples := schema.Examples()
	if len(examples) < 5 || !strings.Contains(examples[0].Query, "targetings") {
		t.Fatalf("want at least five examples, the targetings query first; got %d", len(examples))
	}
	for _, ex := range examples {
		t.Run(ex.Name, func(t *testing.T) {
			if ex.Description == "" {
				t.Error("no description")
			}
			data := must(t, run(t, s, ex.Query, ex.Variables))
			raw := toJSON(t, data)
			if strings.Count(raw, "null") == strings.Count(raw, ":") || len(raw) < 40 {
				t.Errorf("example returns nothing useful: %s", raw)
			}
		})
	}
}
