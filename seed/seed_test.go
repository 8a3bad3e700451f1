package seed_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/seed"
)

const (
	ns      = graph.Namespace
	rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
)

// The article body must stay byte-identical to the shared copy it was taken
// from: source offsets index into it.
func TestArticleBodyMatchesShared(t *testing.T) {
	shared, err := os.ReadFile("../../shared/seed/article.txt")
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no ../../shared/seed/article.txt beside the repository")
	}
	if err != nil {
		t.Fatal(err)
	}
	article := seed.Article()
	if !bytes.HasPrefix(article, []byte("---\n")) {
		t.Fatalf("article.md does not open with front matter")
	}
	end := bytes.Index(article[4:], []byte("\n---\n"))
	if end < 0 {
		t.Fatalf("article.md: front matter not closed")
	}
	front, body := string(article[4:4+end]), article[4+end+5:]
	if !bytes.Equal(body, shared) {
		t.Errorf("article.md body (%d bytes) differs from shared/seed/article.txt (%d bytes)", len(body), len(shared))
	}
	for _, key := range []string{"title:", "url: " + seed.ArticleURL, "outlet: JURIST", "published: 2025-12-01"} {
		if !strings.Contains(front, key) {
			t.Errorf("front matter lacks %q:\n%s", key, front)
		}
	}
}

func readReference(t *testing.T) []quad.Quad {
	t.Helper()
	var quads []quad.Quad
	for i, line := range strings.Split(string(seed.Reference()), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		q, err := nquads.Parse(line)
		if err != nil {
			t.Fatalf("reference.nq line %d: %v", i+1, err)
		}
		quads = append(quads, q)
	}
	if len(quads) == 0 {
		t.Fatal("reference.nq holds no quads")
	}
	return quads
}

func TestReferenceEveryQuadHasASourceDocument(t *testing.T) {
	quads := readReference(t)
	docs := map[string]map[string]bool{} // document IRI → predicates it has
	for _, q := range quads {
		if q.Predicate == quad.IRI(rdfType) && q.Object == quad.IRI(ns+"Document") {
			docs[string(q.Subject.(quad.IRI))] = map[string]bool{}
		}
	}
	for _, q := range quads {
		if s, ok := q.Subject.(quad.IRI); ok && docs[string(s)] != nil {
			docs[string(s)][string(q.Predicate.(quad.IRI))] = true
		}
	}
	for doc, preds := range docs {
		for _, p := range []string{"name", "url", "outlet"} {
			if !preds[ns+p] {
				t.Errorf("document %s has no ns#%s", doc, p)
			}
		}
	}
	for _, q := range quads {
		label, ok := q.Label.(quad.IRI)
		if !ok {
			t.Errorf("quad %s: label %v is not an IRI", q.NQuad(), q.Label)
			continue
		}
		u, err := url.Parse(string(label))
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			t.Errorf("quad %s: label is not an http(s) URL", q.NQuad())
		}
		if docs[string(label)] == nil {
			t.Errorf("quad %s: label has no Document node", q.NQuad())
		}
	}
}

// The reference holds only the public-record warrant dates: every event the
// article states must come from the article.
func TestReferenceHoldsOnlyWarrants(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.AddQuads(ctx, readReference(t)); err != nil {
		t.Fatal(err)
	}
	evs, err := s.FindEvents(ctx, graph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	icc := "Q47488"
	want := map[string]string{
		graph.EventID(graph.ArrestWarrant, []string{icc}, []string{"Q7747"}, graph.Date{}):           "2023-03-17",
		graph.EventID(graph.ArrestWarrant, []string{icc}, []string{"Q43723"}, graph.Date{}):          "2024-11-21",
		graph.EventID(graph.ArrestWarrant, []string{icc}, []string{"rodrigo-duterte"}, graph.Date{}): "2025-03-07",
	}
	got := map[string]string{}
	for _, ev := range evs {
		if ev.Kind != graph.ArrestWarrant {
			t.Errorf("event %s has kind %s: the reference holds only arrest warrants", ev.ID, ev.Kind)
		}
		got[ev.ID] = ev.Date.String()
	}
	if len(got) != len(want) {
		t.Errorf("got %d events %v, want %d %v", len(got), got, len(want), want)
	}
	for id, date := range want {
		if got[id] != date {
			t.Errorf("event %s: got date %q, want %q", id, got[id], date)
		}
	}
	for _, ev := range evs {
		for _, target := range ev.With(graph.Target) {
			if target == "sergey-lavrov" {
				t.Errorf("event %s targets Lavrov, who has no public ICC warrant", ev.ID)
			}
		}
	}
}

func TestReferenceEntitiesAndPositions(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.AddQuads(ctx, readReference(t)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, name string
		kind     graph.EntityKind
		wikidata string
		iso      string
	}{
		{"Q47488", "International Criminal Court", graph.Court, "Q47488", ""},
		{"Q7747", "Vladimir Putin", graph.Person, "Q7747", ""},
		{"Q43723", "Benjamin Netanyahu", graph.Person, "Q43723", ""},
		{"Q22686", "Donald Trump", graph.Person, "Q22686", ""},
		{"sergey-lavrov", "Sergey Lavrov", graph.Person, "", ""},
		{"nicolas-guillou", "Nicolas Guillou", graph.Person, "", ""},
		{"liz-evenson", "Liz Evenson", graph.Person, "", ""},
		{"rodrigo-duterte", "Rodrigo Duterte", graph.Person, "", ""},
		{"ali-muhammad-ali-abd-al-rahman", "Ali Muhammad Ali Abd-Al-Rahman", graph.Person, "", ""},
		{"human-rights-watch", "Human Rights Watch", graph.Organization, "", ""},
		{"Q30", "United States", graph.State, "Q30", "US"},
		{"Q159", "Russia", graph.State, "Q159", "RU"},
		{"Q801", "Israel", graph.State, "Q801", "IL"},
		{"Q928", "Philippines", graph.State, "Q928", "PH"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			e, err := s.Entity(ctx, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if e.Name != tt.name || e.Kind != tt.kind || e.Wikidata != tt.wikidata || e.ISO != tt.iso {
				t.Errorf("got %s %q wikidata %q iso %q, want %s %q wikidata %q iso %q",
					e.Kind, e.Name, e.Wikidata, e.ISO, tt.kind, tt.name, tt.wikidata, tt.iso)
			}
			if len(e.Documents) == 0 {
				t.Errorf("no source document")
			}
		})
	}

	positions := []struct{ holder, title, org string }{
		{"nicolas-guillou", "Judge", "Q47488"},
		{"Q43723", "Prime Minister", "Q801"},
		{"Q7747", "President", "Q159"},
		{"sergey-lavrov", "Foreign Minister", "Q159"},
		{"liz-evenson", "international justice director", "human-rights-watch"},
		{"Q22686", "President", "Q30"},
	}
	holders := make([]string, len(positions))
	for i, p := range positions {
		holders[i] = p.holder
	}
	held, err := s.Positions(ctx, holders)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range positions {
		found := false
		for _, p := range held[want.holder] {
			if p.ID == graph.PositionID(want.holder, want.title, want.org) && p.Title == want.title && p.Organization == want.org {
				found = true
			}
		}
		if !found {
			t.Errorf("no position %s %s at %s; holder has %+v", want.holder, want.title, want.org, held[want.holder])
		}
	}
}
