package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/hague-kg/hague/schema"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the README's example queries with the answers the seed gives today")

const (
	examplesStart   = "<!-- examples:start (written by go test ./cmd/hague -run TestReadmeExamples -update-readme) -->"
	examplesEnd     = "<!-- examples:end -->"
	firstQueryStart = "<!-- first-query:start (written by go test ./cmd/hague -run TestReadmeExamples -update-readme) -->"
	firstQueryEnd   = "<!-- first-query:end -->"
)

// firstQuery is the README's first query: the headline question, small
// enough to read at a glance.
const firstQuery = `{ targetings(issuer: "ICC") { warrant { label } action { label } stated daysAfter } }`

// replaceBlock puts content between the start and end markers of body.
func replaceBlock(t *testing.T, body []byte, start, end, content string) []byte {
	t.Helper()
	i, j := bytes.Index(body, []byte(start)), bytes.Index(body, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("README.md has no block between %q and %q", start, end)
	}
	out := append([]byte{}, body[:i]...)
	out = append(out, start+"\n"+content...)
	return append(out, body[j:]...)
}

// The README shows its first query and every GraphiQL example with the answer
// the seed gives; this test keeps those answers true. The clock is fixed at the day after the
// seed article so that "as of today" answers do not drift.
func TestReadmeExamples(t *testing.T) {
	const readme = "../../README.md"
	body, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	s, err := schema.New(seeded(t, "memory:"), schema.WithClock(func() time.Time { return time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	run := func(name, query string, vars map[string]any) []byte {
		res := graphql.Do(graphql.Params{Schema: s, RequestString: query, VariableValues: vars, Context: context.Background()})
		if len(res.Errors) > 0 {
			t.Fatalf("%s: %v", name, res.Errors)
		}
		out, _ := json.MarshalIndent(res, "", "  ")
		return out
	}

	var first strings.Builder
	fmt.Fprintf(&first, "```sh\ngo run ./cmd/hague query '%s'\n```\n\n```json\n%s\n```\n", firstQuery, run("first query", firstQuery, nil))

	var b strings.Builder
	for _, ex := range schema.Examples() {
		out := run(ex.Name, ex.Query, ex.Variables)
		fmt.Fprintf(&b, "\n### %s\n\n%s\n\n```graphql\n%s\n```\n", ex.Name, ex.Description, strings.TrimSpace(ex.Query))
		if len(ex.Variables) > 0 {
			vars, _ := json.Marshal(ex.Variables)
			fmt.Fprintf(&b, "\nVariables: `%s`\n", vars)
		}
		fmt.Fprintf(&b, "\n<details><summary>What the seed answers (%d lines)</summary>\n\n```json\n%s\n```\n\n</details>\n", bytes.Count(out, []byte("\n"))+1, out)
	}
	b.WriteString("\n")
	want := replaceBlock(t, body, firstQueryStart, firstQueryEnd, first.String())
	want = replaceBlock(t, want, examplesStart, examplesEnd, b.String())
	if bytes.Equal(want, body) {
		return
	}
	if *updateReadme {
		if err := os.WriteFile(readme, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's examples differ from what the seed answers today; run go test ./cmd/hague -run TestReadmeExamples -update-readme and review the diff")
}
