package graph_test

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"testing"
	"time"

	"github.com/hague-kg/hague/graph"
)

// syntheticReports builds n documents in the shape the article loader gives:
// about ten entities from a shared pool of people and states, and ten events
// among them, each with a sentence source. The seed is fixed so runs compare.
func syntheticReports(n int) []*graph.Report {
	rng := rand.New(rand.NewSource(1))
	kinds := []graph.EventKind{graph.ArrestWarrant, graph.Sanction, graph.Statement, graph.Arrest, graph.NonCompliance, graph.Visit}
	text := "A sentence that supports the facts of this synthetic article, repeated for offsets. "
	var out []*graph.Report
	for d := 0; d < n; d++ {
		doc := graph.Document{IRI: fmt.Sprintf("https://example.org/bench/%d", d), Outlet: "Bench", Published: graph.Day(2025, 1, 1+d%28), Text: text}
		src := []graph.Source{{Document: doc.IRI, Start: 0, End: 40}}
		r := &graph.Report{Document: doc}
		var ids []string
		for i := 0; i < 10; i++ {
			id := fmt.Sprintf("person-%d", rng.Intn(n*3+10))
			kind := graph.Person
			if i%3 == 0 {
				id, kind = fmt.Sprintf("state-%d", rng.Intn(60)), graph.State
			}
			ids = append(ids, id)
			r.Entities = append(r.Entities, graph.Entity{ID: id, Kind: kind, Name: "Name of " + id, Sources: src, Confidence: 0.9})
		}
		for i := 0; i < 10; i++ {
			ev := graph.Event{Kind: kinds[rng.Intn(len(kinds))], Date: graph.Day(2020+rng.Intn(6), time.Month(1+rng.Intn(12)), 1+rng.Intn(28)),
				Participants: []graph.Participant{{Role: graph.Agent, Entity: ids[rng.Intn(len(ids))]}, {Role: graph.Target, Entity: ids[rng.Intn(len(ids))]}},
				Sources:      src, Confidence: 0.8}
			ev.ID = graph.EventID(ev.Kind, ev.With(graph.Agent), ev.With(graph.Target), ev.Date)
			r.Events = append(r.Events, ev)
		}
		out = append(out, r)
	}
	return out
}

type benchStore struct {
	spec string
	opts []graph.Option
}

// benchStores are compared side by side in one run: the machine is shared, so
// only ratios within a run mean anything.
func benchStores(b *testing.B) map[string]benchStore {
	return map[string]benchStore{
		"memory":        {spec: "memory:"},
		"bolt":          {spec: "bolt:" + filepath.Join(b.TempDir(), "bench.db")},
		"bolt-uncached": {spec: "bolt:" + filepath.Join(b.TempDir(), "bench-uncached.db"), opts: []graph.Option{graph.WithCache(false)}},
	}
}

// BenchmarkPut measures writing documents, reported in quads and documents
// per second, memory and bolt side by side.
func BenchmarkPut(b *testing.B) {
	reports := syntheticReports(200)
	for name, st := range benchStores(b) {
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			s, err := graph.Open(ctx, st.spec, st.opts...)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := s.Put(ctx, reports[i%len(reports)]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

// BenchmarkQueries measures the read paths the GraphQL API leans on over a
// graph of 200 documents (about 2,000 events).
func BenchmarkQueries(b *testing.B) {
	reports := syntheticReports(200)
	for name, st := range benchStores(b) {
		ctx := context.Background()
		s, err := graph.Open(ctx, st.spec, st.opts...)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range reports {
			if err := s.Put(ctx, r); err != nil {
				b.Fatal(err)
			}
		}
		queries := []struct {
			name string
			run  func() error
		}{
			{"events-by-kind", func() error {
				_, err := s.FindEvents(ctx, graph.EventFilter{Kinds: []graph.EventKind{graph.Sanction}})
				return err
			}},
			{"events-of-participant", func() error {
				_, err := s.FindEvents(ctx, graph.EventFilter{Participants: []string{"state-1"}})
				return err
			}},
			{"entity-search", func() error {
				_, err := s.FindEntities(ctx, graph.EntityFilter{Search: "name of person-1"})
				return err
			}},
			{"subgraph-depth-2", func() error {
				_, err := s.Subgraph(ctx, graph.SubgraphQuery{IDs: []string{"state-1"}, Depth: 2})
				return err
			}},
			{"targetings", func() error {
				_, err := s.Targetings(ctx, graph.TargetingQuery{})
				return err
			}},
		}
		for _, q := range queries {
			b.Run(name+"/"+q.name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if err := q.run(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		s.Close()
	}
}
