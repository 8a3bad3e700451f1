package schema_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/schema"
)

// bigGraph holds nEvents sanctions and warrants among 30 people, 5 states
// and 2 courts, every person holding a position.
func bigGraph(t testing.TB, nEvents int) (*graph.Store, graphql.Schema) {
	t.Helper()
	ctx := context.Background()
	// No read cache: every batch must reach the backend, so that the count
	// measures the batching and not the cache.
	store, err := graph.Open(ctx, "memory:", graph.WithCache(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	text := "Every fact of this report is stated in this one sentence."
	src := []graph.Source{{Start: 0, End: len(text)}}
	r := &graph.Report{Document: graph.Document{IRI: "https://example.org/big", Title: "Big", Outlet: "Example", Published: graph.MustParseDate("2025-01-01"), Text: text}}
	var people, states, courts []string
	for i := range 30 {
		id := fmt.Sprintf("person-%02d", i)
		people = append(people, id)
		r.Entities = append(r.Entities, graph.Entity{ID: id, Kind: graph.Person, Name: fmt.Sprintf("Person %02d", i), Sources: src})
	}
	for i := range 5 {
		id := fmt.Sprintf("state-%d", i)
		states = append(states, id)
		r.Entities = append(r.Entities, graph.Entity{ID: id, Kind: graph.State, Name: fmt.Sprintf("State %d", i), ISO: fmt.Sprintf("S%d", i)})
	}
	for i := range 2 {
		id := fmt.Sprintf("court-%d", i)
		courts = append(courts, id)
		r.Entities = append(r.Entities, graph.Entity{ID: id, Kind: graph.Court, Name: fmt.Sprintf("Court %d", i)})
	}
	for i, p := range people {
		org := courts[i%2]
		r.Positions = append(r.Positions, graph.Position{ID: graph.PositionID(p, "Judge", org), Holder: p, Title: "Judge", Organization: org, Sources: src})
	}
	for i := range nEvents {
		kind, agent := graph.Sanction, states[i%len(states)]
		if i%3 == 0 {
			kind, agent = graph.ArrestWarrant, courts[i%2]
		}
		targets := []string{people[i%len(people)], people[(i*7+3)%len(people)]}
		d := graph.Day(2020+i/100, time.Month(1+i%12), 1+i%28)
		ev := graph.Event{Kind: kind, Date: d, Sources: src,
			Participants: []graph.Participant{{Role: graph.Agent, Entity: agent}, {Role: graph.Target, Entity: targets[0]}, {Role: graph.Target, Entity: targets[1]}}}
		ev.ID = fmt.Sprintf("%s-%03d", graph.EventID(kind, []string{agent}, targets, d), i)
		r.Events = append(r.Events, ev)
	}
	if err := store.Put(ctx, r); err != nil {
		t.Fatal(err)
	}
	s, err := schema.New(store)
	if err != nil {
		t.Fatal(err)
	}
	return store, s
}

// roundTrips runs a query and returns how many store round trips it cost.
func roundTrips(t testing.TB, store *graph.Store, s graphql.Schema, query string, vars map[string]any) (int64, map[string]any) {
	t.Helper()
	before := store.RoundTrips()
	data := must(t, run(t, s, query, vars))
	return store.RoundTrips() - before, data
}

// TestNoNPlusOne shows that nested fields load in batches: the round trips a
// query costs stay a small constant however many items it returns — the same
// for 5 items as for 120.
func TestNoNPlusOne(t *testing.T) {
	const nEvents = 120
	store, s := bigGraph(t, nEvents)
	cases := []struct {
		name, query string
		max         int64
	}{
		{"events with agents and targets", `{ events(first: $n) { totalCount nodes {
  id kind label date
  agents { id name }
  targets { id name }
} } }`, 10},
		{"targets' positions and their courts", `{ events(first: $n) { nodes {
  targets { name ... on Person { positions { title organization { name } } } }
  sources { quote document { title } }
} } }`, 12},
		{"entities with their events and co-participants", `{ entities(first: $n) { nodes {
  name
  events(first: 500) { totalCount nodes { kind targets { name } } }
  neighbors { totalCount }
  documents { title }
} } }`, 12},
		{"temporal chains of every event", `{ events(first: $n) { nodes { followedBy(first: 2) { nodes { id } } precededBy(first: 2) { totalCount } } } }`, 10},
		{"documents with their events", `{ documents { nodes { eventCount entityCount events(first: $n) { nodes { agents { name } } } } } }`, 10},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			query := "query($n: Int) " + tc.query
			few, _ := roundTrips(t, store, s, query, map[string]any{"n": 5})
			all, _ := roundTrips(t, store, s, query, map[string]any{"n": 500})
			t.Logf("%d round trips for 5 items, %d for all", few, all)
			if all > tc.max {
				t.Errorf("query cost %d round trips, want at most %d: nested fields are not batched", all, tc.max)
			}
			if all > few {
				t.Errorf("round trips grow with the page: %d for 5 items, %d for all", few, all)
			}
		})
	}
	// The first case really returned every event with its participants.
	_, data := roundTrips(t, store, s, `{ events(first: 500) { totalCount nodes { targets { id } } } }`, nil)
	conn := data["events"].(map[string]any)
	if n := conn["totalCount"].(int); n != nEvents {
		t.Fatalf("totalCount = %d, want %d", n, nEvents)
	}
	for _, n := range conn["nodes"].([]any) {
		for _, tg := range n.(map[string]any)["targets"].([]any) {
			if tg.(map[string]any)["id"] == nil {
				t.Fatal("a target did not load")
			}
		}
	}
}

// BenchmarkEventsWithParticipants reports the round trips and time of a
// query over 120 events with their agents, targets and targets' positions.
func BenchmarkEventsWithParticipants(b *testing.B) {
	store, s := bigGraph(b, 120)
	q := `{ events(first: 500) { nodes { label agents { name } targets { name ... on Person { positions { title } } } } } }`
	start := store.RoundTrips()
	for b.Loop() {
		must(b, run(b, s, q, nil))
	}
	b.ReportMetric(float64(store.RoundTrips()-start)/float64(b.N), "roundtrips/op")
	b.ReportMetric(120, "events/op")
}
