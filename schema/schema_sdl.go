package schema

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/graphql-go/graphql"
)

// SDL prints the schema in the GraphQL schema definition language, from what
// introspection reports (graphql-go has no printer): types, fields, arguments
// and enum values sorted by name, built-in scalars and introspection types
// left out.
func SDL(s graphql.Schema) string {
	res := graphql.Do(graphql.Params{Schema: s, RequestString: introspectionQuery})
	if len(res.Errors) > 0 {
		return fmt.Sprintf("# introspection failed: %v\n", res.Errors)
	}
	raw, err := json.Marshal(res.Data)
	if err != nil {
		return fmt.Sprintf("# introspection failed: %v\n", err)
	}
	var data struct {
		Schema struct {
			QueryType        *struct{ Name string } `json:"queryType"`
			MutationType     *struct{ Name string } `json:"mutationType"`
			SubscriptionType *struct{ Name string } `json:"subscriptionType"`
			Types            []introType            `json:"types"`
			Directives       []struct {
				Name string `json:"name"`
			} `json:"directives"`
		} `json:"__schema"`
	}
	if err := json.Unmarshal(raw, &data); err != nil {
		return fmt.Sprintf("# introspection failed: %v\n", err)
	}
	var b strings.Builder
	sch := data.Schema
	if sch.QueryType != nil && sch.QueryType.Name != "Query" ||
		sch.MutationType != nil && sch.MutationType.Name != "Mutation" ||
		sch.SubscriptionType != nil && sch.SubscriptionType.Name != "Subscription" {
		b.WriteString("schema {\n")
		if sch.QueryType != nil {
			fmt.Fprintf(&b, "  query: %s\n", sch.QueryType.Name)
		}
		if sch.MutationType != nil {
			fmt.Fprintf(&b, "  mutation: %s\n", sch.MutationType.Name)
		}
		if sch.SubscriptionType != nil {
			fmt.Fprintf(&b, "  subscription: %s\n", sch.SubscriptionType.Name)
		}
		b.WriteString("}\n\n")
	}
	types := sch.Types
	sort.Slice(types, func(i, j int) bool { return types[i].Name < types[j].Name })
	first := true
	for _, t := range types {
		if strings.HasPrefix(t.Name, "__") || builtinScalars[t.Name] {
			continue
		}
		if !first {
			b.WriteString("\n")
		}
		first = false
		printType(&b, t)
	}
	return b.String()
}

var builtinScalars = map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}

type introTypeRef struct {
	Kind   string        `json:"kind"`
	Name   *string       `json:"name"`
	OfType *introTypeRef `json:"ofType"`
}

func (r *introTypeRef) String() string {
	switch r.Kind {
	case "NON_NULL":
		return r.OfType.String() + "!"
	case "LIST":
		return "[" + r.OfType.String() + "]"
	}
	if r.Name != nil {
		return *r.Name
	}
	return "?"
}

type introInput struct {
	Name         string       `json:"name"`
	Description  string       `json:"description"`
	Type         introTypeRef `json:"type"`
	DefaultValue *string      `json:"defaultValue"`
}

type introField struct {
	Name              string       `json:"name"`
	Description       string       `json:"description"`
	Args              []introInput `json:"args"`
	Type              introTypeRef `json:"type"`
	IsDeprecated      bool         `json:"isDeprecated"`
	DeprecationReason *string      `json:"deprecationReason"`
}

type introType struct {
	Kind        string       `json:"kind"`
	Name        string       `json:"name"`
	Description string       `json:"description"`
	Fields      []introField `json:"fields"`
	InputFields []introInput `json:"inputFields"`
	Interfaces  []struct {
		Name string `json:"name"`
	} `json:"interfaces"`
	EnumValues []struct {
		Name              string  `json:"name"`
		Description       string  `json:"description"`
		IsDeprecated      bool    `json:"isDeprecated"`
		DeprecationReason *string `json:"deprecationReason"`
	} `json:"enumValues"`
	PossibleTypes []struct {
		Name string `json:"name"`
	} `json:"possibleTypes"`
}

func printType(b *strings.Builder, t introType) {
	printDescription(b, t.Description, "")
	switch t.Kind {
	case "SCALAR":
		fmt.Fprintf(b, "scalar %s\n", t.Name)
	case "ENUM":
		fmt.Fprintf(b, "enum %s {\n", t.Name)
		values := t.EnumValues
		sort.Slice(values, func(i, j int) bool { return values[i].Name < values[j].Name })
		for _, v := range values {
			printDescription(b, v.Description, "  ")
			fmt.Fprintf(b, "  %s%s\n", v.Name, deprecated(v.IsDeprecated, v.DeprecationReason))
		}
		b.WriteString("}\n")
	case "INPUT_OBJECT":
		fmt.Fprintf(b, "input %s {\n", t.Name)
		fields := append([]introInput(nil), t.InputFields...)
		sort.Slice(fields, func(i, j int) bool { return fields[i].Name < fields[j].Name })
		for _, f := range fields {
			printDescription(b, f.Description, "  ")
			fmt.Fprintf(b, "  %s\n", inputValue(f))
		}
		b.WriteString("}\n")
	case "UNION":
		var names []string
		for _, p := range t.PossibleTypes {
			names = append(names, p.Name)
		}
		sort.Strings(names)
		fmt.Fprintf(b, "union %s = %s\n", t.Name, strings.Join(names, " | "))
	case "INTERFACE", "OBJECT":
		keyword := "type"
		if t.Kind == "INTERFACE" {
			keyword = "interface"
		}
		fmt.Fprintf(b, "%s %s", keyword, t.Name)
		if len(t.Interfaces) > 0 {
			var names []string
			for _, i := range t.Interfaces {
				names = append(names, i.Name)
			}
			fmt.Fprintf(b, " implements %s", strings.Join(names, " & "))
		}
		b.WriteString(" {\n")
		fields := append([]introField(nil), t.Fields...)
		sort.Slice(fields, func(i, j int) bool { return fields[i].Name < fields[j].Name })
		for _, f := range fields {
			printDescription(b, f.Description, "  ")
			fmt.Fprintf(b, "  %s%s: %s%s\n", f.Name, printArgs(f.Args), f.Type.String(), deprecated(f.IsDeprecated, f.DeprecationReason))
		}
		b.WriteString("}\n")
	}
}

func printArgs(args []introInput) string {
	if len(args) == 0 {
		return ""
	}
	args = append([]introInput(nil), args...)
	sort.Slice(args, func(i, j int) bool { return args[i].Name < args[j].Name })
	var b strings.Builder
	b.WriteString("(\n")
	for _, a := range args {
		printDescription(&b, a.Description, "    ")
		fmt.Fprintf(&b, "    %s\n", inputValue(a))
	}
	b.WriteString("  )")
	return b.String()
}

func inputValue(a introInput) string {
	s := a.Name + ": " + a.Type.String()
	if a.DefaultValue != nil {
		s += " = " + *a.DefaultValue
	}
	return s
}

func deprecated(is bool, reason *string) string {
	if !is {
		return ""
	}
	if reason == nil || *reason == "" {
		return " @deprecated"
	}
	r, _ := json.Marshal(*reason)
	return fmt.Sprintf(" @deprecated(reason: %s)", r)
}

// printDescription writes a block-string description, on one line when it
// fits on one.
func printDescription(b *strings.Builder, desc, indent string) {
	if desc == "" {
		return
	}
	desc = strings.ReplaceAll(desc, `"""`, `\"""`)
	if !strings.Contains(desc, "\n") && !strings.HasSuffix(desc, `"`) {
		fmt.Fprintf(b, "%s\"\"\"%s\"\"\"\n", indent, desc)
		return
	}
	fmt.Fprintf(b, "%s\"\"\"\n", indent)
	for _, line := range strings.Split(desc, "\n") {
		if line == "" {
			b.WriteString("\n")
			continue
		}
		fmt.Fprintf(b, "%s%s\n", indent, line)
	}
	fmt.Fprintf(b, "%s\"\"\"\n", indent)
}

const introspectionQuery = `
query SDL {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types {
      kind name description
      fields(includeDeprecated: true) {
        name description
        args { name description type { ...TypeRef } defaultValue }
        type { ...TypeRef }
        isDeprecated deprecationReason
      }
      inputFields { name description type { ...TypeRef } defaultValue }
      interfaces { name }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { name }
    }
    directives { name }
  }
}
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
}`
