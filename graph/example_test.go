package graph_test

import (
	"context"
	"fmt"

	"github.com/hague-kg/hague/graph"
)

// A program embedding hague opens a store, puts what a document says, and
// asks who was targeted after which warrant.
func Example() {
	ctx := context.Background()
	store, err := graph.Open(ctx, "memory:")
	if err != nil {
		panic(err)
	}
	defer store.Close()

	text := "The ICC issued a warrant for Vladimir Putin in March 2023. Russia answered with warrants for ICC judges."
	doc := graph.Document{IRI: "https://example.org/news/1", Outlet: "Example", Published: graph.MustParseDate("2023-06-01"), Text: text}
	warrant := graph.Event{Kind: graph.ArrestWarrant, Date: graph.MustParseDate("2023-03"),
		Participants: []graph.Participant{{Role: graph.Agent, Entity: "Q47488"}, {Role: graph.Target, Entity: "Q7747"}},
		Sources:      []graph.Source{{Document: doc.IRI, Start: 0, End: 58}}}
	warrant.ID = graph.EventID(warrant.Kind, warrant.With(graph.Agent), warrant.With(graph.Target), warrant.Date)
	counter := graph.Event{Kind: graph.ArrestWarrant, Date: graph.MustParseDate("2023-05"), InResponseTo: []string{warrant.ID},
		Participants: []graph.Participant{{Role: graph.Agent, Entity: "Q159"}, {Role: graph.Target, Entity: "Q47488"}},
		Sources:      []graph.Source{{Document: doc.IRI, Start: 59, End: 104}}}
	counter.ID = graph.EventID(counter.Kind, counter.With(graph.Agent), counter.With(graph.Target), counter.Date)

	err = store.Put(ctx, &graph.Report{
		Document: doc,
		Entities: []graph.Entity{
			{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court", Aliases: []string{"ICC"}},
			{ID: "Q7747", Kind: graph.Person, Name: "Vladimir Putin"},
			{ID: "Q159", Kind: graph.State, Name: "Russia", ISO: "RU"},
		},
		Events: []graph.Event{warrant, counter},
	})
	if err != nil {
		panic(err)
	}

	icc, _ := store.Lookup(ctx, "icc")
	targetings, _ := store.Targetings(ctx, graph.TargetingQuery{Issuer: icc.ID})
	for _, t := range targetings {
		fmt.Printf("%s → %s (stated: %v)\n", t.Warrant.ID, t.Action.ID, t.Stated)
		fmt.Printf("  %q\n", t.Action.Sources[0].Quote)
	}
	// Output:
	// arrest-warrant_Q47488_Q7747_2023 → arrest-warrant_Q159_Q47488_2023 (stated: true)
	//   "Russia answered with warrants for ICC judges."
}

func ExampleDate_Before() {
	feb := graph.MustParseDate("2025-02")
	fmt.Println(feb.Before(graph.MustParseDate("2025-03-01")))
	fmt.Println(feb.Before(graph.MustParseDate("2025-02-10")))
	fmt.Println(feb.Before(graph.MustParseDate("2025-01")))
	// Output:
	// true
	// possibly
	// false
}
