package graph_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hague-kg/hague/graph"
)

// headlineReport is a small graph of the headline question: two ICC warrants,
// a Russian counter-warrant that says it answers them, and US sanctions on a
// judge of the court that say nothing of why.
func headlineReport() *graph.Report {
	doc := graph.Document{IRI: "https://example.org/headline", Title: "Headline", Published: graph.MustParseDate("2025-12-01")}
	ev := func(kind graph.EventKind, date string, agents, targets []string, responds ...string) graph.Event {
		e := graph.Event{Kind: kind, Date: graph.MustParseDate(date), InResponseTo: responds}
		for _, a := range agents {
			e.Participants = append(e.Participants, graph.Participant{Role: graph.Agent, Entity: a})
		}
		for _, t := range targets {
			e.Participants = append(e.Participants, graph.Participant{Role: graph.Target, Entity: t})
		}
		e.ID = graph.EventID(kind, agents, targets, e.Date)
		return e
	}
	putin := ev(graph.ArrestWarrant, "2023-03-17", []string{"Q47488"}, []string{"Q7747"})
	netanyahu := ev(graph.ArrestWarrant, "2024-11-21", []string{"Q47488"}, []string{"Q43723"})
	russia := ev(graph.ArrestWarrant, "2023", []string{"Q159"}, []string{"Q47488"}, putin.ID)
	sanction := ev(graph.Sanction, "2025-06", []string{"Q30"}, []string{"judge-a"})
	unrelated := ev(graph.Sanction, "2025-06", []string{"Q30"}, []string{"someone-else"})
	return &graph.Report{
		Document: doc,
		Entities: []graph.Entity{
			{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court"},
			{ID: "Q7747", Kind: graph.Person, Name: "Vladimir Putin"},
			{ID: "Q43723", Kind: graph.Person, Name: "Benjamin Netanyahu"},
			{ID: "Q159", Kind: graph.State, Name: "Russia"},
			{ID: "Q30", Kind: graph.State, Name: "United States"},
			{ID: "judge-a", Kind: graph.Person, Name: "Judge A"},
			{ID: "someone-else", Kind: graph.Person, Name: "Someone Else"},
		},
		Events:    []graph.Event{putin, netanyahu, russia, sanction, unrelated},
		Positions: []graph.Position{{ID: graph.PositionID("judge-a", "Judge", "Q47488"), Holder: "judge-a", Title: "Judge", Organization: "Q47488"}},
	}
}

func TestTargetings(t *testing.T) { forEachStore(t, testTargetings) }

func testTargetings(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	if err := s.Put(ctx, headlineReport()); err != nil {
		t.Fatal(err)
	}
	got, err := s.Targetings(ctx, graph.TargetingQuery{Issuer: "Q47488"})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, tg := range got {
		lines = append(lines, tg.Warrant.With(graph.Target)[0]+" -> "+string(tg.Action.Kind)+" by "+tg.Action.With(graph.Agent)[0]+" stated="+map[bool]string{true: "yes", false: "no"}[tg.Stated]+" after="+tg.After.String())
	}
	want := []string{
		"Q7747 -> ARREST_WARRANT by Q159 stated=yes after=true",
		"Q7747 -> SANCTION by Q30 stated=no after=true",
		"Q43723 -> SANCTION by Q30 stated=no after=true",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("targetings:\n got %s\nwant %s", strings.Join(lines, "\n     "), strings.Join(want, "\n     "))
	}
	if tg := got[0]; tg.DaysAfterLeast != 0 || tg.DaysAfterMost != 289 {
		t.Errorf("a 2023 answer to a 2023-03-17 warrant comes 0..289 days after it, got %d..%d", tg.DaysAfterLeast, tg.DaysAfterMost)
	}
	if tg := got[2]; !tg.DaysKnown || tg.DaysAfterLeast != 192 || tg.DaysAfterMost != 221 {
		t.Errorf("days from 2024-11-21 to 2025-06: got %d..%d (known %v), want 192..221", tg.DaysAfterLeast, tg.DaysAfterMost, tg.DaysKnown)
	}
}

func TestSubgraphAndPaths(t *testing.T) { forEachStore(t, testSubgraphAndPaths) }

func testSubgraphAndPaths(t *testing.T, s *graph.Store) {
	ctx := context.Background()
	if err := s.Put(ctx, headlineReport()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		q          graph.SubgraphQuery
		nodes      int
		truncated  bool
		mustHaveID string
	}{
		{"one hop around Putin", graph.SubgraphQuery{IDs: []string{"Q7747"}, Depth: 1}, 3, false, "Q47488"},
		{"two hops reach Russia", graph.SubgraphQuery{IDs: []string{"Q7747"}, Depth: 2}, 10, false, "Q159"},
		{"a court reached brings its judges and what targets them", graph.SubgraphQuery{IDs: []string{"Q7747"}, Depth: 2}, 10, false, "sanction_Q30_judge-a_2025"},
		{"kinds filter", graph.SubgraphQuery{IDs: []string{"Q47488"}, Depth: 1, Kinds: []graph.EventKind{graph.ArrestWarrant}}, 8, false, "Q159"},
		{"limit truncates", graph.SubgraphQuery{IDs: []string{"Q47488"}, Depth: 2, Limit: 4}, 4, true, "Q47488"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := s.Subgraph(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			ids := map[string]bool{}
			for _, n := range g.Nodes {
				ids[n.ID] = true
			}
			if len(g.Nodes) != tt.nodes || g.Truncated != tt.truncated || !ids[tt.mustHaveID] {
				t.Errorf("got %d nodes (truncated %v): %v; want %d (truncated %v) with %s", len(g.Nodes), g.Truncated, ids, tt.nodes, tt.truncated, tt.mustHaveID)
			}
			for _, e := range g.Edges {
				if !ids[e.Source] || !ids[e.Target] {
					t.Errorf("edge %s dangles", e.ID)
				}
				if len(e.Documents) == 0 || len(e.Sources) == 0 {
					t.Errorf("edge %s has no document or no source", e.ID)
				}
			}
		})
	}

	paths, err := s.Paths(ctx, "Q7747", "Q159", 3, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 1 || len(paths[0]) != 5 || paths[0][2].ID != "Q47488" {
		t.Errorf("Putin to Russia: got %v, want Putin–warrant–ICC–counter-warrant–Russia", paths)
	}
	if none, _ := s.Paths(ctx, "Q7747", "someone-else", 1, 5); len(none) != 0 {
		t.Errorf("one hop cannot reach someone-else, got %v", none)
	}
}

// A hostile request that repeats one id tens of thousands of times costs what
// naming it once costs, and too many distinct ids are refused.
func TestSubgraphRepeatedAndTooManyIDs(t *testing.T) {
	ctx := context.Background()
	s := open(t, "memory:")
	if err := s.Put(ctx, headlineReport()); err != nil {
		t.Fatal(err)
	}
	once, err := s.Subgraph(ctx, graph.SubgraphQuery{IDs: []string{"Q43723"}, Depth: 3})
	if err != nil {
		t.Fatal(err)
	}
	many := make([]string, 80000)
	for i := range many {
		many[i] = "Q43723"
	}
	before := s.RoundTrips()
	repeated, err := s.Subgraph(ctx, graph.SubgraphQuery{IDs: many, Depth: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(repeated.Nodes) != len(once.Nodes) || len(repeated.Edges) != len(once.Edges) {
		t.Errorf("repeating the id changed the subgraph: %d/%d nodes, %d/%d edges", len(repeated.Nodes), len(once.Nodes), len(repeated.Edges), len(once.Edges))
	}
	if trips := s.RoundTrips() - before; trips > 40 {
		t.Errorf("80,000 copies of one id took %d round trips", trips)
	}
	distinct := make([]string, graph.MaxSubgraphLimit+1)
	for i := range distinct {
		distinct[i] = fmt.Sprintf("e%d", i)
	}
	if _, err := s.Subgraph(ctx, graph.SubgraphQuery{IDs: distinct}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("%d distinct ids: got %v, want ErrInvalid", len(distinct), err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Subgraph(cancelled, graph.SubgraphQuery{IDs: []string{"Q43723"}, Depth: 3}); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled request: got %v, want context.Canceled", err)
	}
}

// Asked about every issuer, targetings does not present the ICC's warrant as
// an answer to the Russian counter-warrant that answers it.
func TestTargetingsOfEveryIssuerKeepCauseAndAnswerApart(t *testing.T) {
	ctx := context.Background()
	s := open(t, "memory:")
	r := headlineReport()
	r.Positions = append(r.Positions, graph.Position{ID: graph.PositionID("Q7747", "President", "Q159"), Holder: "Q7747", Title: "President", Organization: "Q159"})
	if err := s.Put(ctx, r); err != nil {
		t.Fatal(err)
	}
	got, err := s.Targetings(ctx, graph.TargetingQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tg := range got {
		if contains(tg.Warrant.InResponseTo, tg.Action.ID) {
			t.Errorf("%s answers %s, yet is listed as provoking it", tg.Warrant.ID, tg.Action.ID)
		}
		if tg.DaysAfterLeast < 0 {
			t.Errorf("%s → %s: %d days after", tg.Warrant.ID, tg.Action.ID, tg.DaysAfterLeast)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// A subgraph that reaches one member of a list ("sanctions on A, B and C")
// shows the whole list: one sentence, one kind, one agent.
func TestSubgraphBringsAListWhole(t *testing.T) {
	ctx := context.Background()
	s := open(t, "memory:")
	text := "The United States imposed sanctions on Judge A, a UN expert and two NGOs. It also sanctioned a banker."
	doc := graph.Document{IRI: "https://example.org/list", Text: text}
	sanction := func(target string, start, end int) graph.Event {
		ev := graph.Event{Kind: graph.Sanction, Participants: []graph.Participant{{Role: graph.Agent, Entity: "Q30"}, {Role: graph.Target, Entity: target}},
			Sources: []graph.Source{{Document: doc.IRI, Start: start, End: end}}}
		ev.ID = graph.EventID(ev.Kind, ev.With(graph.Agent), ev.With(graph.Target), ev.Date)
		return ev
	}
	r := &graph.Report{Document: doc,
		Entities: []graph.Entity{
			{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court"},
			{ID: "Q30", Kind: graph.State, Name: "United States"},
			{ID: "judge-a", Kind: graph.Person, Name: "Judge A"},
			{ID: "un-expert", Kind: graph.Person, Name: "UN expert"},
			{ID: "ngos", Kind: graph.Organization, Name: "two NGOs"},
			{ID: "banker", Kind: graph.Person, Name: "a banker"},
		},
		Events:    []graph.Event{sanction("judge-a", 0, 73), sanction("un-expert", 0, 73), sanction("ngos", 0, 73), sanction("banker", 74, 102)},
		Positions: []graph.Position{{ID: graph.PositionID("judge-a", "Judge", "Q47488"), Holder: "judge-a", Title: "Judge", Organization: "Q47488"}},
	}
	if err := s.Put(ctx, r); err != nil {
		t.Fatal(err)
	}
	g, err := s.Subgraph(ctx, graph.SubgraphQuery{IDs: []string{"Q47488"}, Depth: 1})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		ids[n.ID] = true
	}
	for _, want := range []string{"judge-a", "un-expert", "ngos"} {
		if !ids[want] {
			t.Errorf("the list's member %s is missing: %v", want, ids)
		}
	}
	if ids["banker"] {
		t.Error("a sanction from another sentence came along")
	}
}

// Seeding a subgraph with the ID of a statement that reads as part of another
// event gives that event once.
func TestSubgraphSeededWithAMergedStatement(t *testing.T) {
	ctx := context.Background()
	s := open(t, "memory:")
	icc := graph.Entity{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court"}
	putin := graph.Entity{ID: "Q7747", Kind: graph.Person, Name: "Vladimir Putin"}
	undatedID := graph.EventID(graph.ArrestWarrant, []string{icc.ID}, []string{putin.ID}, graph.Date{})
	warrant := func(id, date, doc string) *graph.Report {
		ev := graph.Event{ID: id, Kind: graph.ArrestWarrant, Date: graph.MustParseDate(date),
			Participants: []graph.Participant{{Role: graph.Agent, Entity: icc.ID}, {Role: graph.Target, Entity: putin.ID}}}
		if ev.ID == "" {
			ev.ID = graph.EventID(ev.Kind, ev.With(graph.Agent), ev.With(graph.Target), ev.Date)
		}
		return &graph.Report{Document: graph.Document{IRI: doc}, Entities: []graph.Entity{icc, putin}, Events: []graph.Event{ev}}
	}
	for _, r := range []*graph.Report{warrant(undatedID, "2023-03-17", "https://example.org/ref"), warrant("", "2023-03", "https://example.org/a")} {
		if err := s.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	g, err := s.Subgraph(ctx, graph.SubgraphQuery{IDs: []string{undatedID}, Depth: 1})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, n := range g.Nodes {
		seen[n.ID]++
		if seen[n.ID] > 1 {
			t.Errorf("node %s appears twice", n.ID)
		}
	}
	if len(g.Nodes) != 3 || len(g.Edges) != 2 {
		t.Errorf("want the warrant, the court and Putin with two edges; got %d nodes, %d edges", len(g.Nodes), len(g.Edges))
	}
}
