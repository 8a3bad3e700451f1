package schema_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/schema"
)

// fakeArticles stands in for the article loader: it finds Hungary in any text
// that names it, and fails on a text that says so.
func fakeArticles(_ context.Context, text string, doc graph.Document) (*graph.Report, error) {
	if strings.Contains(text, "unreadable") {
		return nil, fmt.Errorf("article: line 1: no sentence to read: %w", graph.ErrInvalid)
	}
	doc.Text = text
	if doc.IRI = doc.URL; doc.IRI == "" {
		doc.IRI = "urn:hague:doc:test"
	}
	r := &graph.Report{Document: doc}
	if i := strings.Index(text, "Hungary"); i >= 0 {
		r.Entities = append(r.Entities, graph.Entity{ID: "Q28", Kind: graph.State, Name: "Hungary",
			Sources: []graph.Source{{Document: doc.IRI, Start: i, End: i + len("Hungary")}}})
	}
	return r, nil
}

func TestLoadArticle(t *testing.T) {
	store, _ := fixture(t)
	s, err := schema.New(store, schema.WithArticleLoader(fakeArticles))
	if err != nil {
		t.Fatal(err)
	}
	const m = `mutation($text: String!, $url: String, $published: String) {
  loadArticle(text: $text, url: $url, outlet: "Example", published: $published) { document { id outlet published } entityCount eventCount }
}`
	vars := map[string]any{"text": "Hungary left the court.", "url": "https://example.org/hungary", "published": "2025-06-03"}
	want := `{"loadArticle":{"document":{"id":"https://example.org/hungary","outlet":"Example","published":"2025-06-03"},"entityCount":1,"eventCount":0}}`
	for i := 0; i < 2; i++ {
		var wantData map[string]any
		json.Unmarshal([]byte(want), &wantData)
		if got := toJSON(t, must(t, run(t, s, m, vars))); got != toJSON(t, wantData) {
			t.Fatalf("load %d: got %s, want %s", i+1, got, want)
		}
	}
	data := must(t, run(t, s, `{ entity(id: "Q28") { sources { quote document { id } } } }`, nil))
	if got, _ := json.Marshal(data); !strings.Contains(string(got), `"document":{"id":"https://example.org/hungary"},"quote":"Hungary"`) {
		t.Errorf("the loaded article is not a source of Hungary: %s", got)
	}

	errs := []struct {
		name string
		vars map[string]any
		code string
	}{
		{"bad date", map[string]any{"text": "Hungary.", "published": "2025-02-30"}, "BAD_USER_INPUT"},
		{"empty text", map[string]any{"text": "  "}, "BAD_USER_INPUT"},
		{"loader rejects the text", map[string]any{"text": "unreadable"}, "BAD_USER_INPUT"},
	}
	for _, tt := range errs {
		res := run(t, s, m, tt.vars)
		if len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != tt.code {
			t.Errorf("%s: got %s, want %s", tt.name, toJSON(t, res.Errors), tt.code)
		}
	}

	_, plain := fixture(t)
	res := run(t, plain, m, vars)
	if len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "no article loader") {
		t.Errorf("without a loader: got %s", toJSON(t, res.Errors))
	}
}
