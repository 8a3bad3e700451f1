package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
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
	// The query goes through the same handler as the server's, in process,
	// so it meets the same bounds (depth, cost, time, fragment cycles) and
	// gets the same error codes.
	body, err := json.Marshal(map[string]any{"query": c.query, "variables": vars, "operationName": c.operation})
	if err != nil {
		return fmt.Errorf("query (%s): %w", c.source, err)
	}
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	rec := httptest.NewRecorder()
	apiHandler(s, m.Log, "").ServeHTTP(rec, req)
	var res struct {
		Data   json.RawMessage `json:"data,omitempty"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors,omitempty"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		return fmt.Errorf("query (%s): the handler answered %d: %s", c.source, rec.Code, rec.Body.String())
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, rec.Body.Bytes(), "", "  "); err != nil {
		return fmt.Errorf("query (%s): %w", c.source, err)
	}
	pretty.WriteByte('\n')
	if _, err := m.Stdout.Write(pretty.Bytes()); err != nil {
		return fmt.Errorf("write response: %w", err)
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("query (%s): %d error(s), first: %s", c.source, len(res.Errors), res.Errors[0].Message)
	}
	return nil
}
