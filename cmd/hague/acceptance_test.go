package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/graphql-go/graphql"
	"github.com/hague-kg/hague/graph"
)

// seeded opens a store of the given spec and loads the embedded seed into it.
func seeded(t *testing.T, spec string) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	m := NewMain()
	m.Store = s
	if err := loadSeed(ctx, m); err != nil {
		t.Fatal(err)
	}
	return s
}

// emptyPostgres returns the end-to-end PostgreSQL database CI starts, emptied,
// or "" when there is none.
func emptyPostgres(t *testing.T) string {
	t.Helper()
	conn := os.Getenv("HAGUE_TEST_POSTGRES_E2E")
	if conn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but HAGUE_TEST_POSTGRES_E2E is not set: .ci/run starts PostgreSQL for this test")
		}
		return ""
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, "postgres:"+conn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, err := s.AllDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := s.Delete(ctx, d.IRI); err != nil {
			t.Fatal(err)
		}
	}
	return "postgres:" + conn
}

// The seed gives the same answers whichever backend holds it: memory, bolt,
// and PostgreSQL when CI provides one (HAGUE_TEST_POSTGRES_E2E).
func TestSeedAnswersAreTheSameOnEveryBackend(t *testing.T) {
	queries := map[string]string{
		"targetings": `{ targetings(issuer: "ICC") { warrant { id date } action { id kind date } officials { id } daysAfter stated after } }`,
		"entities":   `{ entities(first: 500) { totalCount nodes { id kind name aliases ... on State { iso } } } }`,
		"events":     `{ events(first: 500) { totalCount nodes { id kind date agents { id } targets { id } inResponseTo { id } sources { quote start end document { id } } } } }`,
		"subgraph":   `{ subgraph(ids: ["Q43723"], depth: 2) { nodes { id kind label } edges { id source target role } truncated } }`,
		"paths":      `{ paths(from: "Q43723", to: "Q28", maxDepth: 3) { steps { id role } } }`,
		"positions":  `{ entity(name: "Guillou") { id ... on Person { positions { title organization { id } } } } }`,
	}
	answers := map[string]map[string]string{}
	backends := map[string]string{"memory": "memory:", "bolt": "bolt:" + filepath.Join(t.TempDir(), "h.db")}
	if pg := emptyPostgres(t); pg != "" {
		backends["postgres"] = pg
	}
	for backend, spec := range backends {
		s, err := buildSchema(seeded(t, spec))
		if err != nil {
			t.Fatal(err)
		}
		answers[backend] = map[string]string{}
		for name, q := range queries {
			res := graphql.Do(graphql.Params{Schema: s, RequestString: q, Context: context.Background()})
			if len(res.Errors) > 0 {
				t.Fatalf("%s on %s: %v", name, backend, res.Errors)
			}
			b, _ := json.Marshal(res.Data)
			answers[backend][name] = string(b)
		}
	}
	for name := range queries {
		for backend, got := range answers {
			if got[name] != answers["memory"][name] {
				t.Errorf("%s differs:\n  memory %s\n%8s %s", name, answers["memory"][name], backend, got[name])
			}
		}
	}
	t.Logf("backends compared: %d", len(answers))
}

// Loading many articles merges what they say about one person or state into
// one node, while every fact keeps the documents that state it.
func TestArticlesMergeIntoOneNodePerEntity(t *testing.T) {
	articles, err := filepath.Glob("../../loaders/testdata/devset/*.txt")
	if err != nil || len(articles) < 8 {
		t.Fatalf("want the dev-set articles, got %d (%v)", len(articles), err)
	}
	store := tempStore(t)
	if _, stderr, err := hague(t, append([]string{"load", "--store", store}, articles...)...); err != nil {
		t.Fatalf("load: %v\n%s", err, stderr)
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, store, graph.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	entities, err := s.FindEntities(ctx, graph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]string{}
	for _, e := range entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if other, ok := byName[graph.Fold(n)]; ok && other != e.ID && len(graph.Fold(n)) > 4 {
				t.Errorf("%q names both %s and %s", n, other, e.ID)
			}
			byName[graph.Fold(n)] = e.ID
		}
	}

	t.Logf("%d articles: %d entities", len(articles), len(entities))
	for _, name := range []string{"Vladimir Putin", "Benjamin Netanyahu", "Russia", "Hungary", "International Criminal Court"} {
		e, err := s.Lookup(ctx, name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		quoted := map[string]bool{}
		for _, src := range e.Sources {
			quoted[src.Document] = true
		}
		if len(quoted) < 2 {
			t.Errorf("%s (%s) is quoted from %d documents; several dev-set articles mention it", name, e.ID, len(quoted))
		}
	}

	events, err := s.FindEvents(ctx, graph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range events {
		if len(ev.Sources) == 0 {
			t.Errorf("event %s has no source sentence", ev.ID)
		}
		for _, src := range ev.Sources {
			found := false
			for _, d := range ev.Documents {
				found = found || d == src.Document
			}
			if !found || src.Quote == "" {
				t.Errorf("event %s: source %+v is not among its documents %v or has no quote", ev.ID, src, ev.Documents)
			}
		}
	}
}
