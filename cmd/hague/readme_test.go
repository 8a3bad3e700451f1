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
	examplesStart = "<!-- examples:start (written by go test ./cmd/hague -run TestReadmeExamples -update-readme) -->"
	examplesEnd   = "<!-- examples:end -->"
)

// The README shows every GraphiQL example with the answer the seed gives;
// this test keeps those answers true. The clock is fixed at the day after the
// seed article so that "as of today" answers do not drift.
func TestReadmeExamples(t *testing.T) {
	const readme = "../../README.md"
	body, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	start, end := bytes.Index(body, []byte(examplesStart)), bytes.Index(body, []byte(examplesEnd))
	if start < 0 || end < start {
		t.Fatalf("README.md has no examples section between %q and %q", examplesStart, examplesEnd)
	}
	s, err := schema.New(seeded(t, "memory:"), schema.WithClock(func() time.Time { return time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(examplesStart + "\n")
	for _, ex := range schema.Examples() {
		res := graphql.Do(graphql.Params{Schema: s, RequestString: ex.Query, VariableValues: ex.Variables, Context: context.Background()})
		if len(res.Errors) > 0 {
			t.Fatalf("example %q: %v", ex.Name, res.Errors)
		}
		out, _ := json.MarshalIndent(res, "", "  ")
		fmt.Fprintf(&b, "\n### %s\n\n%s\n\n```graphql\n%s\n```\n", ex.Name, ex.Description, strings.TrimSpace(ex.Query))
		if len(ex.Variables) > 0 {
			vars, _ := json.Marshal(ex.Variables)
			fmt.Fprintf(&b, "\nVariables: `%s`\n", vars)
		}
		fmt.Fprintf(&b, "\n<details><summary>What the seed answers (%d lines)</summary>\n\n```json\n%s\n```\n\n</details>\n", bytes.Count(out, []byte("\n"))+1, out)
	}
	b.WriteString("\n")
	want := append(append(append([]byte{}, body[:start]...), b.String()...), body[end:]...)
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
