package graph_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/hague-kg/hague/graph"
)

// openers are the backends every store test runs against. PostgreSQL joins
// when HAGUE_TEST_POSTGRES holds a connection string (CI starts a server).
func openers(t *testing.T) map[string]func(t *testing.T) *graph.Store {
	t.Helper()
	out := map[string]func(t *testing.T) *graph.Store{
		"memory": func(t *testing.T) *graph.Store { return open(t, "memory:") },
		"bolt": func(t *testing.T) *graph.Store {
			return open(t, "bolt:"+filepath.Join(t.TempDir(), "hague.db"))
		},
	}
	conn := os.Getenv("HAGUE_TEST_POSTGRES")
	if conn == "" && os.Getenv("CI") == "true" {
		t.Fatal("CI=true but HAGUE_TEST_POSTGRES is not set: .ci/run starts PostgreSQL for these tests")
	}
	if conn != "" {
		out["postgres"] = func(t *testing.T) *graph.Store {
			s := open(t, "postgres:"+conn)
			wipe(t, s)
			return s
		}
	}
	return out
}

// forEachStore runs test against a fresh store of every backend.
func forEachStore(t *testing.T, test func(t *testing.T, s *graph.Store)) {
	t.Helper()
	for name, openStore := range openers(t) {
		t.Run(name, func(t *testing.T) { test(t, openStore(t)) })
	}
}

func open(t *testing.T, spec string) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), spec)
	if err != nil {
		t.Fatalf("open %s: %v", spec, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// wipe empties a shared database so each test starts clean.
func wipe(t *testing.T, s *graph.Store) {
	t.Helper()
	ctx := context.Background()
	docs, err := s.AllDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := s.Delete(ctx, d.IRI); err != nil {
			t.Fatal(err)
		}
	}
}

const text = "Hungary did not arrest Benjamin Netanyahu in April. The ICC issued a warrant for him."

func sampleReport() *graph.Report {
	doc := graph.Document{IRI: "https://example.org/a", Title: "A", Outlet: "Example", Published: graph.MustParseDate("2025-12-01"), Text: text}
	src := func(start, end int) []graph.Source {
		return []graph.Source{{Document: doc.IRI, Start: start, End: end}}
	}
	warrant := graph.Event{Kind: graph.ArrestWarrant, Participants: []graph.Participant{{Role: graph.Agent, Entity: "Q47488"}, {Role: graph.Target, Entity: "Q43723"}}, Sources: src(52, 85), Confidence: 0.8}
	warrant.ID = graph.EventID(warrant.Kind, warrant.With(graph.Agent), warrant.With(graph.Target), warrant.Date)
	nc := graph.Event{Kind: graph.NonCompliance, Date: graph.MustParseDate("2025-04"), Participants: []graph.Participant{{Role: graph.Agent, Entity: "Q28"}, {Role: graph.Target, Entity: "Q43723"}}, Sources: src(0, 51), Confidence: 0.9}
	nc.ID = graph.EventID(nc.Kind, nc.With(graph.Agent), nc.With(graph.Target), nc.Date)
	return &graph.Report{
		Document: doc,
		Entities: []graph.Entity{
			{ID: "Q28", Kind: graph.State, Name: "Hungary", ISO: "HU", Wikidata: "Q28", Sources: src(0, 7)},
			{ID: "Q43723", Kind: graph.Person, Name: "Benjamin Netanyahu", Aliases: []string{"Netanyahu"}, Sources: src(23, 41)},
			{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court", Aliases: []string{"ICC"}, Sources: src(56, 59)},
		},
		Events:    []graph.Event{warrant, nc},
		Positions: []graph.Position{{ID: graph.PositionID("Q43723", "Prime Minister", "Q801"), Holder: "Q43723", Title: "Prime Minister", Organization: "Q801", Sources: src(0, 51)}},
	}
}

func TestStore(t *testing.T) {
	for name, openStore := range openers(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := openStore(t)
			r := sampleReport()
			if err := s.Put(ctx, r); err != nil {
				t.Fatalf("put: %v", err)
			}
			first := snapshot(t, s)
			if err := s.Put(ctx, r); err != nil {
				t.Fatalf("second put: %v", err)
			}
			if got := snapshot(t, s); !reflect.DeepEqual(got, first) {
				t.Errorf("putting the same report twice changed the graph:\n got %+v\nwant %+v", got, first)
			}

			e, err := s.Lookup(ctx, "netanyahu")
			if err != nil {
				t.Fatalf("lookup by alias: %v", err)
			}
			if e.ID != "Q43723" || e.Kind != graph.Person || len(e.Sources) != 1 || e.Sources[0].Quote != "Benjamin Netanyahu" {
				t.Errorf("lookup: got %+v", e)
			}
			if e, err := s.Lookup(ctx, "netan"); err != nil || e.ID != "Q43723" {
				t.Errorf("lookup by the start of a name: got %v, %v", e, err)
			}
			if _, err := s.Lookup(ctx, "nobody"); !errors.Is(err, graph.ErrNotFound) {
				t.Errorf("lookup of a stranger: got %v, want ErrNotFound", err)
			}

			evs, err := s.FindEvents(ctx, graph.EventFilter{Participants: []string{"Q43723"}, Roles: []graph.Role{graph.Target}})
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != 2 || evs[0].Kind != graph.NonCompliance || evs[1].Kind != graph.ArrestWarrant {
				t.Fatalf("events of Netanyahu, by date with the undated last: got %v", kinds(evs))
			}
			if evs[0].Sources[0].Quote != "Hungary did not arrest Benjamin Netanyahu in April." {
				t.Errorf("quote: got %q", evs[0].Sources[0].Quote)
			}
			april, _ := s.FindEvents(ctx, graph.EventFilter{From: graph.MustParseDate("2025-04-10"), To: graph.MustParseDate("2025-04-30")})
			certain, _ := s.FindEvents(ctx, graph.EventFilter{From: graph.MustParseDate("2025-04-10"), To: graph.MustParseDate("2025-04-30"), Certain: true})
			if len(april) != 2 || len(certain) != 0 {
				t.Errorf("possible overlap found %d events (want 2: April and undated), certain found %d (want 0)", len(april), len(certain))
			}
			pos, err := s.Positions(ctx, []string{"Q43723"})
			if err != nil || len(pos["Q43723"]) != 1 || pos["Q43723"][0].Title != "Prime Minister" {
				t.Errorf("positions: got %v, %v", pos, err)
			}

			if err := s.Delete(ctx, r.Document.IRI); err != nil {
				t.Fatal(err)
			}
			if all, _ := s.FindEntities(ctx, graph.EntityFilter{}); len(all) != 0 {
				t.Errorf("after delete, %d entities remain", len(all))
			}
		})
	}
}

func TestPutRejectsBadReportAndWritesNothing(t *testing.T) {
	ctx := context.Background()
	s := open(t, "memory:")
	r := sampleReport()
	r.Events[0].Participants = append(r.Events[0].Participants, graph.Participant{Role: "WITNESS", Entity: "Q28"})
	if err := s.Put(ctx, r); !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("got %v, want ErrInvalid", err)
	}
	if docs, _ := s.AllDocuments(ctx); len(docs) != 0 {
		t.Errorf("a rejected report left %d documents behind", len(docs))
	}
}

func TestOpenRejectsUnknownSpec(t *testing.T) {
	for _, spec := range []string{"", "mongo:x", "bolt:", "postgres:"} {
		if _, err := graph.Open(context.Background(), spec); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("Open(%q): got %v, want ErrInvalid", spec, err)
		}
	}
}

func TestReadOnly(t *testing.T) {
	s, err := graph.Open(context.Background(), "memory:", graph.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(context.Background(), sampleReport()); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("got %v, want ErrReadOnly", err)
	}
}

type graphSnapshot struct {
	Entities []graph.Entity
	Events   []graph.Event
}

func snapshot(t *testing.T, s *graph.Store) graphSnapshot {
	t.Helper()
	ctx := context.Background()
	es, err := s.FindEntities(ctx, graph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.FindEvents(ctx, graph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var snap graphSnapshot
	for _, e := range es {
		snap.Entities = append(snap.Entities, *e)
	}
	for _, e := range evs {
		snap.Events = append(snap.Events, *e)
	}
	return snap
}

func kinds(evs []*graph.Event) []graph.EventKind {
	var out []graph.EventKind
	for _, e := range evs {
		out = append(out, e.Kind)
	}
	return out
}

func TestUndatedStatementMergesIntoDatedEvent(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		icc := graph.Entity{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court"}
		putin := graph.Entity{ID: "Q7747", Kind: graph.Person, Name: "Vladimir Putin"}
		russia := graph.Entity{ID: "Q159", Kind: graph.State, Name: "Russia"}
		warrant := func(date string) graph.Event {
			ev := graph.Event{Kind: graph.ArrestWarrant, Date: graph.MustParseDate(date),
				Participants: []graph.Participant{{Role: graph.Agent, Entity: icc.ID}, {Role: graph.Target, Entity: putin.ID}}}
			ev.ID = graph.EventID(ev.Kind, ev.With(graph.Agent), ev.With(graph.Target), ev.Date)
			return ev
		}
		dated, undated := warrant("2023-03-17"), warrant("")
		counter := graph.Event{Kind: graph.ArrestWarrant, Date: graph.MustParseDate("2023"), InResponseTo: []string{undated.ID},
			Participants: []graph.Participant{{Role: graph.Agent, Entity: russia.ID}, {Role: graph.Target, Entity: icc.ID}}}
		counter.ID = graph.EventID(counter.Kind, counter.With(graph.Agent), counter.With(graph.Target), counter.Date)

		reference := &graph.Report{Document: graph.Document{IRI: "https://example.org/reference"}, Entities: []graph.Entity{icc, putin}, Events: []graph.Event{dated}}
		article := &graph.Report{Document: graph.Document{IRI: "https://example.org/article"}, Entities: []graph.Entity{icc, putin, russia}, Events: []graph.Event{undated, counter}}
		for _, r := range []*graph.Report{article, reference} {
			if err := s.Put(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		warrants, err := s.FindEvents(ctx, graph.EventFilter{Kinds: []graph.EventKind{graph.ArrestWarrant}, Participants: []string{putin.ID}})
		if err != nil {
			t.Fatal(err)
		}
		if len(warrants) != 1 || warrants[0].ID != dated.ID || warrants[0].Date.String() != "2023-03-17" || len(warrants[0].Documents) != 2 {
			t.Fatalf("want the one dated warrant asserted by both documents, got %+v", warrants)
		}
		tg, err := s.Targetings(ctx, graph.TargetingQuery{Issuer: icc.ID})
		if err != nil {
			t.Fatal(err)
		}
		if len(tg) != 1 || !tg[0].Stated || tg[0].Warrant.ID != dated.ID {
			t.Errorf("the counter-warrant answers the undated statement, so it answers the dated warrant: got %+v", tg)
		}
	})
}

func TestReadsSeeEveryWrite(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		r := sampleReport()
		if err := s.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
		before, err := s.FindEvents(ctx, graph.EventFilter{Kinds: []graph.EventKind{graph.NonCompliance}})
		if err != nil || len(before) != 1 {
			t.Fatalf("before: %v %v", before, err)
		}
		// The document is corrected: the failure to arrest becomes a visit and
		// Hungary gets another name.
		r.Events[1].Kind = graph.Visit
		r.Events[1].ID = graph.EventID(graph.Visit, r.Events[1].With(graph.Agent), r.Events[1].With(graph.Target), r.Events[1].Date)
		r.Entities[0].Name = "Hungary (corrected)"
		if err := s.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
		after, _ := s.FindEvents(ctx, graph.EventFilter{Kinds: []graph.EventKind{graph.NonCompliance}})
		visits, _ := s.FindEvents(ctx, graph.EventFilter{Kinds: []graph.EventKind{graph.Visit}})
		hungary, _ := s.Entity(ctx, "Q28")
		if len(after) != 0 || len(visits) != 1 || hungary == nil || hungary.Name != "Hungary (corrected)" {
			t.Errorf("after the rewrite: %d non-compliance (want 0), %d visits (want 1), Hungary %+v", len(after), len(visits), hungary)
		}
	})
}

func TestOpenBoltInUseFailsFast(t *testing.T) {
	spec := "bolt:" + filepath.Join(t.TempDir(), "hague.db")
	open(t, spec)
	// Bolt's lock is per process and per file descriptor; this process holds
	// it through the first store, so a second open must not wait for it.
	_, err := graph.Open(context.Background(), spec)
	if !errors.Is(err, graph.ErrInUse) {
		t.Fatalf("second open of a bolt store in use: got %v, want ErrInUse", err)
	}
}

// Readers racing a writer never leave a stale document in the cache: once the
// writes end, the next read sees the last one.
func TestDocumentsAfterConcurrentWrites(t *testing.T) {
	ctx := context.Background()
	const doc = "https://example.org/doc"
	stale := 0
	for round := 0; round < 100; round++ {
		s := open(t, "memory:")
		write := func(title string) {
			if err := s.Put(ctx, &graph.Report{Document: graph.Document{IRI: doc, Title: title}}); err != nil {
				t.Fatal(err)
			}
		}
		write("v0")
		var stop atomic.Bool
		var wg sync.WaitGroup
		for r := 0; r < 4; r++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for !stop.Load() {
					s.Documents(ctx, []string{doc})
				}
			}()
		}
		last := ""
		for i := 1; i <= 30; i++ {
			last = fmt.Sprintf("v%d", i)
			write(last)
		}
		stop.Store(true)
		wg.Wait()
		if got, _ := s.Documents(ctx, []string{doc}); got[0] == nil || got[0].Title != last {
			stale++
		}
	}
	if stale > 0 {
		t.Errorf("%d of 100 rounds read a stale document after the last write", stale)
	}
}

// Two documents that date one warrant, one under the ID the reference dataset
// uses and one under the ID an article gives, state one event; warrants in
// different years stay two.
func TestDatedStatementsOfOneEventMerge(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		icc := graph.Entity{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court"}
		putin := graph.Entity{ID: "Q7747", Kind: graph.Person, Name: "Vladimir Putin"}
		russia := graph.Entity{ID: "Q159", Kind: graph.State, Name: "Russia"}
		warrant := func(id, date string, agent, target string) graph.Event {
			ev := graph.Event{ID: id, Kind: graph.ArrestWarrant, Date: graph.MustParseDate(date),
				Participants: []graph.Participant{{Role: graph.Agent, Entity: agent}, {Role: graph.Target, Entity: target}}}
			if ev.ID == "" {
				ev.ID = graph.EventID(ev.Kind, ev.With(graph.Agent), ev.With(graph.Target), ev.Date)
			}
			return ev
		}
		undatedID := graph.EventID(graph.ArrestWarrant, []string{icc.ID}, []string{putin.ID}, graph.Date{})
		reference := &graph.Report{Document: graph.Document{IRI: "https://example.org/reference"}, Entities: []graph.Entity{icc, putin},
			Events: []graph.Event{warrant(undatedID, "2023-03-17", icc.ID, putin.ID)}}
		article := &graph.Report{Document: graph.Document{IRI: "https://example.org/article"}, Entities: []graph.Entity{icc, putin, russia},
			Events: []graph.Event{
				warrant("", "2023-03", icc.ID, putin.ID),
				warrant("", "2023", russia.ID, icc.ID),
				warrant("", "2024", russia.ID, icc.ID),
			}}
		for _, r := range []*graph.Report{reference, article} {
			if err := s.Put(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		putins, err := s.FindEvents(ctx, graph.EventFilter{Participants: []string{putin.ID}})
		if err != nil {
			t.Fatal(err)
		}
		if len(putins) != 1 || putins[0].Date.String() != "2023-03-17" || len(putins[0].Documents) != 2 {
			t.Errorf("want one warrant for Putin, dated 2023-03-17 by both documents; got %d: %+v", len(putins), putins)
		}
		russian, _ := s.FindEvents(ctx, graph.EventFilter{Participants: []string{russia.ID}})
		if len(russian) != 2 {
			t.Errorf("Russia's 2023 and 2024 warrants are two events, got %d", len(russian))
		}
	})
}

// A statement dated only by its year, beside two warrants of that year
// (March and July), could be either: it stays apart rather than joining
// whichever sorts first.
func TestAmbiguousCoarseStatementStaysApart(t *testing.T) {
	ctx := context.Background()
	s := open(t, "memory:")
	icc := graph.Entity{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court"}
	bashir := graph.Entity{ID: "omar-al-bashir", Kind: graph.Person, Name: "Omar al-Bashir"}
	key := graph.EventID(graph.ArrestWarrant, []string{icc.ID}, []string{bashir.ID}, graph.Date{})
	ev := func(id, date string) graph.Event {
		return graph.Event{ID: id, Kind: graph.ArrestWarrant, Date: graph.MustParseDate(date),
			Participants: []graph.Participant{{Role: graph.Agent, Entity: icc.ID}, {Role: graph.Target, Entity: bashir.ID}}}
	}
	r := &graph.Report{Document: graph.Document{IRI: "https://example.org/bashir"}, Entities: []graph.Entity{icc, bashir},
		Events: []graph.Event{ev(key+"_a", "2009-03-04"), ev(key+"_b", "2009-07-12"), ev(key+"_2009", "2009")}}
	if err := s.Put(ctx, r); err != nil {
		t.Fatal(err)
	}
	evs, err := s.FindEvents(ctx, graph.EventFilter{Participants: []string{bashir.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 {
		var got []string
		for _, e := range evs {
			got = append(got, e.ID+"@"+e.Date.String())
		}
		t.Errorf("want the two dated warrants and the year-only statement apart, got %v", got)
	}
}
