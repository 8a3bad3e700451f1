package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/graphql-go/graphql"
)

// queryCommand runs one GraphQL query against the store, in process.
type queryCommand struct {
	query     string
	source    string // where the query came from, for errors
	vars      multiFlag
	varsJSON  string
	operation string
}

func (c *queryCommand) flags(fs *flag.FlagSet) {
	fs.Var(&c.vars, "var", "a variable, name=value; the value is read as JSON when it parses, else as a string (repeatable)")
	fs.StringVar(&c.varsJSON, "vars", "", "variables as one JSON object (--var entries override)")
	fs.StringVar(&c.operation, "operation", "", "the operation to run when the document has several")
}

func (c *queryCommand) args(args []string) error {
	if len(args) != 1 {
		return usageError("needs exactly one QUERY (or @file.graphql), got %d arguments", len(args))
	}
	c.query, c.source = args[0], "the query argument"
	if path, ok := strings.CutPrefix(args[0], "@"); ok {
		b, err := readFile(path, 1<<20)
		if err != nil {
			return fmt.Errorf("read query %s: %w", path, err)
		}
		c.query, c.source = string(b), path
	}
	if strings.TrimSpace(c.query) == "" {
		return usageError("%s is empty", c.source)
	}
	return nil
}

// variables merges --vars and --var into one map.
func (c *queryCommand) variables() (map[string]any, error) {
	vars := map[string]any{}
	if c.varsJSON != "" {
		if err := json.Unmarshal([]byte(c.varsJSON), &vars); err != nil {
			return nil, usageError("--vars: not a JSON object: %v", err)
		}
	}
	for _, kv := range c.vars {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, usageError("--var %q: want name=value", kv)
		}
		var v any
		if err := json.Unmarshal([]byte(value), &v); err != nil {
			v = value // a bare word is a string: --var name=Putin
		}
		vars[strings.TrimSpace(name)] = v
	}
	return vars, nil
}

func (*queryCommand) store() storeMode { return readStore }

func (c *queryCommand) run(ctx context.Context, m *Main) error {
	vars, err := c.variables()
	if err != nil {
		return err
	}
	s, err := buildSchema(m.Store)
	if err != nil {
		return err
	}
	res := graphql.Do(graphql.Params{
		Schema:         s,
		RequestString:  c.query,
		VariableValues: vars,
		OperationName:  c.operation,
		Context:        ctx,
	})
	enc := json.NewEncoder(m.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		return fmt.Errorf("write response: %w", err)
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("query (%s): %d error(s), first: %s", c.source, len(res.Errors), res.Errors[0].Message)
	}
	return nil
}
