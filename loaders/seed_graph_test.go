package loaders_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/loaders"
)

// seedStore loads the seed article (with the front matter of seed/article.md)
// and the reference dataset seed/reference.nq into a memory store, as
// `hague seed` does.
func seedStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	article, err := os.ReadFile(filepath.Join("..", "seed", "article.md"))
	if err != nil {
		t.Skipf("no seed article: %v", err)
	}
	reference, err := os.ReadFile(filepath.Join("..", "seed", "reference.nq"))
	if err != nil {
		t.Skipf("no seed reference dataset: %v", err)
	}
	doc, err := loaders.ParseArticle(strings.NewReader(string(article)), graph.Document{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := loaders.NewExtractor(testCatalog(t)).Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(ctx, "memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Put(ctx, rep); err != nil {
		t.Fatal(err)
	}
	nq := loaders.NQuads{DefaultLabel: "https://hague-kg.org/seed/reference.nq", DefaultTitle: "hague reference dataset"}
	if _, err := nq.Load(ctx, s, strings.NewReader(string(reference))); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSeedTargetings checks the headline question on the seed: the ICC
// warrants for Putin and Lavrov are answered, as the article states, by
// Russia's warrants against ICC officials; the ICC warrant for Netanyahu is
// followed by US sanctions on ICC officials, Judge Guillou among them.
func TestSeedTargetings(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	ts, err := s.Targetings(ctx, graph.TargetingQuery{Issuer: "Q47488"})
	if err != nil {
		t.Fatal(err)
	}
	type pair struct {
		warrantTarget string
		actionAgent   string
		actionKind    graph.EventKind
	}
	got := map[pair][]graph.Targeting{}
	for _, tg := range ts {
		for _, wt := range tg.Warrant.With(graph.Target) {
			for _, aa := range tg.Action.With(graph.Agent) {
				p := pair{wt, aa, tg.Action.Kind}
				got[p] = append(got[p], tg)
			}
		}
		t.Logf("%s -> %s officials=%v stated=%v", tg.Warrant.ID, tg.Action.ID, tg.Officials, tg.Stated)
	}
	for _, w := range []struct {
		pair
		stated   bool
		official string
		date     string // of the warrant, when the reference dataset gives it
	}{
		{pair{"Q7747", "Q159", graph.ArrestWarrant}, true, "icc-officials", "2023-03-17"},
		{pair{"sergey-lavrov", "Q159", graph.ArrestWarrant}, true, "icc-officials", ""},
		{pair{"Q43723", "Q30", graph.Sanction}, false, "nicolas-guillou", "2024-11-21"},
	} {
		tgs := got[w.pair]
		if len(tgs) == 0 {
			t.Errorf("no targeting: ICC warrant for %s -> %s %s", w.warrantTarget, w.actionAgent, w.actionKind)
			continue
		}
		ok := false
		for _, tg := range tgs {
			if tg.Stated != w.stated || (w.date != "" && tg.Warrant.Date.String() != w.date) {
				continue
			}
			for _, o := range tg.Officials {
				if o == w.official {
					ok = true
				}
			}
		}
		if !ok {
			t.Errorf("ICC warrant for %s -> %s %s: want stated=%v, warrant date %q, officials including %s; got %d targetings (first: stated=%v date=%s officials=%v)",
				w.warrantTarget, w.actionAgent, w.actionKind, w.stated, w.date, w.official, len(tgs), tgs[0].Stated, tgs[0].Warrant.Date, tgs[0].Officials)
		}
	}
	// both Russian warrants (2023 and 2024) answer the ICC's
	years := map[int]bool{}
	for _, tg := range got[pair{"Q7747", "Q159", graph.ArrestWarrant}] {
		if tg.Stated {
			years[tg.Action.Date.Year] = true
		}
	}
	if !years[2023] || !years[2024] {
		t.Errorf("Russian warrants answering the Putin warrant in years %v, want 2023 and 2024", years)
	}
}

// TestSeedSubgraph checks that two hops from Netanyahu reach the ICC
// warrant, Hungary's non-compliance and, through the court's officials, the
// US sanction on Judge Guillou with its target; a third hop reaches the
// sanctioning state's other targets.
func TestSeedSubgraph(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	for _, c := range []struct {
		depth    int
		events   [][3]string // kind, agent, target
		entities []string
	}{
		{2, [][3]string{
			{string(graph.ArrestWarrant), "Q47488", "Q43723"},
			{string(graph.NonCompliance), "Q28", "Q43723"},
			{string(graph.Sanction), "Q30", "nicolas-guillou"},
		}, []string{"Q47488", "Q28", "Q30", "nicolas-guillou"}},
		{3, [][3]string{
			{string(graph.Sanction), "Q30", "un-expert"},
			{string(graph.Sanction), "Q30", "palestinian-human-rights-organizations"},
		}, []string{"un-expert", "palestinian-human-rights-organizations"}},
	} {
		g, err := s.Subgraph(ctx, graph.SubgraphQuery{IDs: []string{"Q43723"}, Depth: c.depth})
		if err != nil {
			t.Fatal(err)
		}
		nodes := map[string]bool{}
		for _, n := range g.Nodes {
			nodes[n.ID] = true
		}
		for _, w := range c.events {
			found := false
			for _, n := range g.Nodes {
				if n.Event != nil && string(n.Event.Kind) == w[0] && containsID(n.Event.With(graph.Agent), w[1]) && containsID(n.Event.With(graph.Target), w[2]) {
					found = true
				}
			}
			if !found {
				t.Errorf("depth %d: subgraph of Netanyahu lacks %s %s -> %s", c.depth, w[0], w[1], w[2])
			}
		}
		for _, id := range c.entities {
			if !nodes[id] {
				t.Errorf("depth %d: subgraph of Netanyahu lacks entity %s", c.depth, id)
			}
		}
		if t.Failed() {
			for _, n := range g.Nodes {
				t.Logf("depth %d: node %s %s %s", c.depth, n.Kind, n.ID, n.Label)
			}
		}
	}
}

// TestSeedSubgraphSanctionList checks that two hops from Netanyahu bring
// the seed's three US sanctions of one sentence together: the one on Judge
// Guillou keeps the sentence on "ICC court officials" that states it, so the
// sanctions on the UN expert and the Palestinian organizations listed there
// come with it, and every edge says where it was read.
func TestSeedSubgraphSanctionList(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	g, err := s.Subgraph(ctx, graph.SubgraphQuery{IDs: []string{"Q43723"}, Depth: 2})
	if err != nil {
		t.Fatal(err)
	}
	nodes := map[string]bool{}
	for _, n := range g.Nodes {
		nodes[n.ID] = true
	}
	for _, target := range []string{"nicolas-guillou", "un-expert", "palestinian-human-rights-organizations"} {
		found := false
		for _, n := range g.Nodes {
			if n.Event != nil && n.Event.Kind == graph.Sanction && containsID(n.Event.With(graph.Agent), "Q30") && containsID(n.Event.With(graph.Target), target) {
				found = true
			}
		}
		if !found {
			t.Errorf("subgraph of Netanyahu at depth 2 lacks the US sanction on %s", target)
		}
		if !nodes[target] {
			t.Errorf("subgraph of Netanyahu at depth 2 lacks entity %s", target)
		}
	}
	for _, e := range g.Edges {
		if len(e.Sources) == 0 {
			t.Errorf("edge %s -%s-> %s (event %s) has no source", e.Source, e.Role, e.Target, e.Event)
		}
	}
	if t.Failed() {
		for _, n := range g.Nodes {
			t.Logf("node %s %s %s", n.Kind, n.ID, n.Label)
		}
	}
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
