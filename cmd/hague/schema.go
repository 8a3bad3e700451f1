package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
)

// schemaCommand prints the GraphQL schema in SDL, descriptions included.
type schemaCommand struct{}

func (*schemaCommand) flags(*flag.FlagSet) {}
func (*schemaCommand) args(args []string) error {
	if len(args) > 0 {
		return usageError("takes no arguments")
	}
	return nil
}

// The schema does not depend on the data, so the command reads no store.
func (*schemaCommand) store() storeMode { return noStore }

func (*schemaCommand) run(ctx context.Context, m *Main) error {
	store, err := graph.Open(ctx, "memory:")
	if err != nil {
		return err
	}
	defer store.Close()
	s, err := buildSchema(store)
	if err != nil {
		return err
	}
	return printSDL(m.Stdout, s)
}

// printSDL writes s in the GraphQL schema definition language: the schema's
// own types in name order, without the built-in scalars and introspection
// types.
func printSDL(w io.Writer, s graphql.Schema) error {
	ew := &errWriter{w: w}
	root := []string{}
	for _, r := range []struct {
		op string
		t  *graphql.Object
	}{{"query", s.QueryType()}, {"mutation", s.MutationType()}, {"subscription", s.SubscriptionType()}} {
		if r.t != nil {
			root = append(root, fmt.Sprintf("  %s: %s", r.op, r.t.Name()))
		}
	}
	fmt.Fprintf(ew, "schema {\n%s\n}\n", strings.Join(root, "\n"))

	var names []string
	for name := range s.TypeMap() {
		if !strings.HasPrefix(name, "__") && !builtinScalars[name] {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintln(ew)
		t := s.TypeMap()[name]
		description(ew, "", t.Description())
		switch t := t.(type) {
		case *graphql.Scalar:
			fmt.Fprintf(ew, "scalar %s\n", t.Name())
		case *graphql.Object:
			fmt.Fprintf(ew, "type %s%s {\n", t.Name(), implements(t.Interfaces()))
			fields(ew, t.Fields())
			fmt.Fprintln(ew, "}")
		case *graphql.Interface:
			fmt.Fprintf(ew, "interface %s {\n", t.Name())
			fields(ew, t.Fields())
			fmt.Fprintln(ew, "}")
		case *graphql.Union:
			var members []string
			for _, o := range t.Types() {
				members = append(members, o.Name())
			}
			fmt.Fprintf(ew, "union %s = %s\n", t.Name(), strings.Join(members, " | "))
		case *graphql.Enum:
			fmt.Fprintf(ew, "enum %s {\n", t.Name())
			for _, v := range t.Values() {
				description(ew, "  ", v.Description)
				fmt.Fprintf(ew, "  %s%s\n", v.Name, deprecated(v.DeprecationReason))
			}
			fmt.Fprintln(ew, "}")
		case *graphql.InputObject:
			fmt.Fprintf(ew, "input %s {\n", t.Name())
			fs := t.Fields()
			for _, n := range sortedKeys(fs) {
				f := fs[n]
				description(ew, "  ", f.Description())
				fmt.Fprintf(ew, "  %s: %s%s\n", f.Name(), f.Type, defaultValue(f.DefaultValue))
			}
			fmt.Fprintln(ew, "}")
		}
	}
	return ew.err
}

var builtinScalars = map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}

func implements(is []*graphql.Interface) string {
	if len(is) == 0 {
		return ""
	}
	names := make([]string, len(is))
	for i, it := range is {
		names[i] = it.Name()
	}
	return " implements " + strings.Join(names, " & ")
}

func fields(w io.Writer, fs graphql.FieldDefinitionMap) {
	for _, n := range sortedKeys(fs) {
		f := fs[n]
		description(w, "  ", f.Description)
		args := ""
		if len(f.Args) > 0 {
			parts := make([]string, len(f.Args))
			for i, a := range f.Args {
				parts[i] = fmt.Sprintf("%s: %s%s", a.Name(), a.Type, defaultValue(a.DefaultValue))
				if a.Description() != "" {
					parts[i] = fmt.Sprintf("\n    %s\n    %s", blockString(a.Description(), "    "), parts[i])
				}
			}
			args = "(" + strings.Join(parts, ", ") + ")"
			if strings.Contains(args, "\n") {
				args = "(" + strings.Join(parts, "") + "\n  )"
			}
		}
		fmt.Fprintf(w, "  %s%s: %s%s\n", f.Name, args, f.Type, deprecated(f.DeprecationReason))
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func description(w io.Writer, indent, d string) {
	if d != "" {
		fmt.Fprintf(w, "%s%s\n", indent, blockString(d, indent))
	}
}

// blockString quotes a description as an SDL block string.
func blockString(d, indent string) string {
	d = strings.ReplaceAll(d, `"""`, `\"""`)
	if !strings.Contains(d, "\n") {
		return `"""` + d + `"""`
	}
	return `"""` + "\n" + indent + strings.ReplaceAll(d, "\n", "\n"+indent) + "\n" + indent + `"""`
}

func deprecated(reason string) string {
	if reason == "" {
		return ""
	}
	b, _ := json.Marshal(reason)
	return " @deprecated(reason: " + string(b) + ")"
}

func defaultValue(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return " = " + string(b)
}
