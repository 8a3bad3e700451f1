package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/seed"
)

// hague runs the program as main does, on buffers, and returns what it
// printed. The store, if any, is closed before it returns.
func hague(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Stdin, m.Stdout, m.Stderr = strings.NewReader(""), &out, &errb
	m.Getenv = func(string) string { return "" }
	ctx := context.Background()
	err = m.ParseFlags(ctx, args)
	if err == nil {
		err = m.Run(ctx)
	}
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return out.String(), errb.String(), err
}

func tempStore(t *testing.T) string {
	t.Helper()
	return "bolt:" + filepath.Join(t.TempDir(), "hague.db")
}

// state is what a reader sees of a store: enough to tell whether a command
// changed anything.
type state struct {
	Entities  []*graph.Entity
	Events    []*graph.Event
	Documents []*graph.Document
}

func readState(t *testing.T, spec string) state {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, spec, graph.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	es, err := s.FindEntities(ctx, graph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.FindEvents(ctx, graph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := s.AllDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return state{es, evs, docs}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func startServer(t *testing.T, args ...string) *Main {
	t.Helper()
	m := NewMain()
	m.Stdout, m.Stderr = io.Discard, io.Discard
	m.Getenv = func(string) string { return "" }
	ctx := context.Background()
	if err := m.ParseFlags(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)); err != nil {
		t.Fatal(err)
	}
	if err := m.Run(ctx); err != nil {
		m.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := m.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return m
}

var client = &http.Client{Timeout: 10 * time.Second}

func postGraphQL(t *testing.T, base, query string, vars map[string]any) (int, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("POST /graphql: status %d, body not JSON: %v", resp.StatusCode, err)
	}
	return resp.StatusCode, out
}

func TestServeHealthAndGraphQL(t *testing.T) {
	m := startServer(t, "--store", "memory:", "--no-seed")
	resp, err := client.Get(m.URL() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var health map[string]string
	json.NewDecoder(resp.Body).Decode(&health)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || health["status"] != "ok" {
		t.Errorf("GET /healthz: got %d %v, want 200 status ok", resp.StatusCode, health)
	}

	status, out := postGraphQL(t, m.URL(), "{ __typename }", nil)
	if data, _ := out["data"].(map[string]any); status != http.StatusOK || data["__typename"] != "Query" {
		t.Errorf("POST /graphql { __typename }: got %d %v", status, out)
	}

	// A browser asking for /graphql gets GraphiQL.
	req, _ := http.NewRequest(http.MethodGet, m.URL()+"/graphql", nil)
	req.Header.Set("Accept", "text/html")
	resp, err = client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !bytes.Contains(bytes.ToLower(page), []byte("graphiql")) {
		t.Errorf("GET /graphql as a browser: got %d, %d bytes without GraphiQL", resp.StatusCode, len(page))
	}
}

// Writes need the token; without one the API is read-only.
func TestServeWritesNeedTheToken(t *testing.T) {
	const doc = "https://www.wikidata.org/wiki/Q458"
	mutation := `mutation($iri: ID!) { deleteDocument(iri: $iri) { __typename } }`
	send := func(base, token string) (int, map[string]any) {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"query": mutation, "variables": map[string]any{"iri": doc}})
		req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, out
	}
	readOnly := startServer(t, "--store", "memory:")
	if _, out := send(readOnly.URL(), "secret"); out["errors"] == nil {
		t.Errorf("a server without a token accepted a mutation: %v", out)
	}

	m := NewMain()
	m.Stdout, m.Stderr = io.Discard, io.Discard
	m.Getenv = func(k string) string {
		if k == "HAGUE_WRITE_TOKEN" {
			return "secret"
		}
		return ""
	}
	ctx := context.Background()
	if err := m.ParseFlags(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--store", "memory:"}); err != nil {
		t.Fatal(err)
	}
	if err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, out := send(m.URL(), "wrong"); out["errors"] == nil {
		t.Errorf("a mutation with the wrong token went through: %v", out)
	}
	if status, out := send(m.URL(), "secret"); status != http.StatusOK || out["errors"] != nil {
		t.Errorf("a mutation with the token ($HAGUE_WRITE_TOKEN) failed: %d %v", status, out)
	}
}

// serve on an empty store loads the seed first and then answers from it.
func TestServeSeedsAnEmptyStore(t *testing.T) {
	spec := tempStore(t)
	m := startServer(t, "--store", spec)
	status, out := postGraphQL(t, m.URL(), `query($name: String) { entity(name: $name) { id name } }`, map[string]any{"name": "Netanyahu"})
	data, _ := out["data"].(map[string]any)
	entity, _ := data["entity"].(map[string]any)
	if status != http.StatusOK || entity["id"] != "Q43723" {
		t.Errorf("entity(name: Netanyahu): got %d %v, want Q43723", status, out)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	for _, d := range readState(t, spec).Documents {
		docs[d.IRI] = true
	}
	for _, want := range []string{seed.ArticleURL, "https://www.wikidata.org/wiki/Q7747"} {
		if !docs[want] {
			t.Errorf("after serve on an empty store: no document %s", want)
		}
	}
}

func TestSeedTwiceChangesNothing(t *testing.T) {
	spec := tempStore(t)
	_, _, err := hague(t, "seed", "--store", spec)
	if err != nil {
		t.Fatal(err)
	}
	once := readState(t, spec)
	if _, _, err := hague(t, "seed", "--store", spec); err != nil {
		t.Fatal(err)
	}
	if twice := readState(t, spec); !reflect.DeepEqual(once, twice) {
		t.Errorf("seeding twice changed the graph")
	}
}

const validNQuads = `<https://hague-kg.org/entity/karim-khan> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://hague-kg.org/ns#Person> .
<https://hague-kg.org/entity/karim-khan> <https://hague-kg.org/ns#name> "Karim Khan" <https://example.org/khan> .
`

const article = `---
title: Court convicts militia leader
url: https://example.org/news/conviction
outlet: Example News
published: 2025-10-07
---
On Monday, the International Criminal Court convicted Ali Muhammad Ali Abd-Al-Rahman of 27 counts of war crimes.
`

func TestLoadTwiceLeavesTheGraphUnchanged(t *testing.T) {
	for _, tt := range []struct{ name, file, content string }{
		{"nquads", "khan.nq", validNQuads},
		{"article", "conviction.md", article},
	} {
		t.Run(tt.name, func(t *testing.T) {
			spec := tempStore(t)
			path := writeFile(t, tt.file, tt.content)
			_, _, err := hague(t, "load", "--store", spec, path)
			if err != nil {
				t.Fatal(err)
			}
			once := readState(t, spec)
			if len(once.Entities) == 0 || len(once.Documents) == 0 {
				t.Fatalf("load %s: got %d entities and %d documents, want some", tt.file, len(once.Entities), len(once.Documents))
			}
			if _, _, err := hague(t, "load", path, "--store", spec); err != nil {
				t.Fatal(err)
			}
			if twice := readState(t, spec); !reflect.DeepEqual(once, twice) {
				t.Errorf("loading %s twice changed the graph:\nonce  %+v\ntwice %+v", tt.file, once, twice)
			}
		})
	}
}

// The unlabelled quad of an N-Quads file is asserted by the file itself.
func TestLoadNQuadsLabelsWithTheFile(t *testing.T) {
	spec := tempStore(t)
	path := writeFile(t, "khan.nq", validNQuads)
	if _, _, err := hague(t, "load", "--store", spec, path); err != nil {
		t.Fatal(err)
	}
	st := readState(t, spec)
	want := "file://" + filepath.ToSlash(path)
	found := false
	for _, d := range st.Documents {
		found = found || (d.IRI == want && d.Title == "khan.nq")
	}
	if !found {
		t.Errorf("documents %+v: want one for %s titled khan.nq", st.Documents, want)
	}
}

func TestBadInputGivesAClearErrorAndWritesNothing(t *testing.T) {
	malformed := writeFile(t, "bad.nq", validNQuads+`<https://hague-kg.org/entity/x> <https://hague-kg.org/ns#name> "unterminated <https://example.org/x> .`+"\n")
	badFront := writeFile(t, "bad.md", "---\ntitle: x\npublished: 2025-13-01\n---\nText.\n")
	missing := filepath.Join(t.TempDir(), "missing.txt")
	good := writeFile(t, "good.nq", validNQuads)
	tests := []struct {
		name  string
		args  []string
		want  []string
		usage bool
	}{
		{name: "malformed n-quads line", args: []string{"load", malformed}, want: []string{"load " + malformed, "line 3", "not an N-Quad"}},
		{name: "good file then bad file", args: []string{"load", good, malformed}, want: []string{"load " + malformed, "line 3"}},
		{name: "bad front matter", args: []string{"load", badFront}, want: []string{"load " + badFront, "line 3", "month 13"}},
		{name: "missing file", args: []string{"load", missing}, want: []string{"load " + missing, "no such file"}},
		{name: "bad published flag", args: []string{"load", "--published", "June", good}, want: []string{"--published", "June"}, usage: true},
		{name: "no files", args: []string{"load"}, want: []string{"at least one FILE"}, usage: true},
		{name: "unknown command", args: []string{"lod", good}, want: []string{`unknown command "lod"`}, usage: true},
		{name: "unknown flag", args: []string{"load", "--titel", "x", good}, want: []string{"titel"}, usage: true},
		{name: "bad store spec", args: []string{"load", "--store", "mysql:x", good}, want: []string{`"mysql:x"`, "memory:"}},
		{name: "bad export format", args: []string{"export", "--format", "xlsx"}, want: []string{"xlsx"}},
		{name: "bad export kind", args: []string{"export", "--kinds", "WARRANT"}, want: []string{"WARRANT", "not an event kind"}, usage: true},
		{name: "query without a query", args: []string{"query"}, want: []string{"exactly one QUERY"}, usage: true},
		{name: "query from a missing file", args: []string{"query", "@" + missing}, want: []string{missing}},
		{name: "bad --var", args: []string{"query", "--var", "novalue", "{ __typename }"}, want: []string{`--var "novalue"`, "name=value"}, usage: true},
		{name: "query syntax error", args: []string{"query", "{ entity( }"}, want: []string{"query", "error"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := tempStore(t)
			if !strings.Contains(strings.Join(tt.args, " "), "--store") {
				tt.args = append(tt.args, "--store", spec)
			}
			_, _, err := hague(t, tt.args...)
			if err == nil {
				t.Fatalf("hague %v: got no error", tt.args)
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
			var ue *usageErr
			if got := errors.As(err, &ue); got != tt.usage {
				t.Errorf("error %q: usage error %v, want %v", err, got, tt.usage)
			}
			if _, statErr := os.Stat(strings.TrimPrefix(spec, "bolt:")); statErr == nil {
				if st := readState(t, spec); len(st.Entities)+len(st.Documents) > 0 && tt.name != "good file then bad file" {
					t.Errorf("a failed command wrote %d entities, %d documents", len(st.Entities), len(st.Documents))
				}
			}
		})
	}
}

func TestQueryPrintsTheResponse(t *testing.T) {
	spec := tempStore(t)
	if _, _, err := hague(t, "load", "--store", spec, writeFile(t, "khan.nq", validNQuads)); err != nil {
		t.Fatal(err)
	}
	qfile := writeFile(t, "q.graphql", "query Q { __typename }")
	for _, args := range [][]string{
		{"query", "--store", spec, "{ __typename }"},
		{"query", "--store", spec, "@" + qfile},
		{"query", "--store", spec, "--var", "show=true", "query Q($show: Boolean!) { __typename @include(if: $show) }"},
	} {
		out, _, err := hague(t, args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		var resp map[string]any
		if err := json.Unmarshal([]byte(out), &resp); err != nil {
			t.Fatalf("%v: output is not JSON: %v\n%s", args, err, out)
		}
		if data, _ := resp["data"].(map[string]any); data["__typename"] != "Query" {
			t.Errorf("%v: got %s", args, out)
		}
	}
}

func TestQueryVariables(t *testing.T) {
	c := &queryCommand{vars: multiFlag{"n=3", "name=Putin", `ids=["Q7747"]`, "s=\"3\""}, varsJSON: `{"first": 2, "n": 1}`}
	got, err := c.variables()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"first": 2.0, "n": 3.0, "name": "Putin", "ids": []any{"Q7747"}, "s": "3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSchemaPrintsSDL(t *testing.T) {
	out, _, err := hague(t, "schema")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"type Query {", "type Mutation {", "targetings"} {
		if !strings.Contains(out, want) {
			t.Errorf("SDL lacks %q:\n%s", want, out)
		}
	}
}

func TestExtractShowsWhatTheLoaderFinds(t *testing.T) {
	path := writeFile(t, "conviction.md", article)
	out, _, err := hague(t, "extract", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"SENTENCES", "International Criminal Court", "CONVICTION", "2025-10-06"} {
		if !strings.Contains(out, want) {
			t.Errorf("extract output lacks %q:\n%s", want, out)
		}
	}
	out, _, err = hague(t, "extract", "--json", path)
	if err != nil {
		t.Fatal(err)
	}
	var v extraction
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("extract --json: %v\n%s", err, out)
	}
	if v.Document.IRI != "https://example.org/news/conviction" || len(v.Events) == 0 || len(v.Sentences) == 0 {
		t.Errorf("extract --json: got %+v", v)
	}
}

func TestExportWritesTheSubgraph(t *testing.T) {
	spec := tempStore(t)
	if _, _, err := hague(t, "load", "--store", spec, writeFile(t, "khan.nq", validNQuads)); err != nil {
		t.Fatal(err)
	}
	out, _, err := hague(t, "export", "--store", spec, "--format", "nquads", "--ids", "karim-khan")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Karim Khan") {
		t.Errorf("export: got %q, want Karim Khan's quads", out)
	}
}

func TestParseInterspersed(t *testing.T) {
	c := &loadCommand{}
	m := NewMain()
	m.Stderr = io.Discard
	if err := m.ParseFlags(context.Background(), []string{"load", "a.txt", "--title", "T", "b.nq", "--", "--c.txt"}); err != nil {
		t.Fatal(err)
	}
	c = m.cmd.(*loadCommand)
	if want := []string{"a.txt", "b.nq", "--c.txt"}; !reflect.DeepEqual(c.files, want) || c.title != "T" {
		t.Errorf("got files %q title %q, want %q and T", c.files, c.title, want)
	}
}
