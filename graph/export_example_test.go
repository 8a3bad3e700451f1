package graph_test

import (
	"context"
	"fmt"
	"os"

	"github.com/hague-kg/hague/graph"
)

// Export a subgraph as Graphviz DOT: entities as ellipses or polygons,
// events as boxes, edges labelled with the role.
func ExampleStore_Export() {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	warrant := graph.Event{Kind: graph.ArrestWarrant, Date: graph.MustParseDate("2023-03-17"), Participants: []graph.Participant{
		{Role: graph.Agent, Entity: "Q47488"}, {Role: graph.Target, Entity: "Q7747"},
	}}
	warrant.ID = graph.EventID(warrant.Kind, warrant.With(graph.Agent), warrant.With(graph.Target), warrant.Date)
	err = s.Put(ctx, &graph.Report{
		Document: graph.Document{IRI: "https://example.org/putin"},
		Entities: []graph.Entity{
			{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court"},
			{ID: "Q7747", Kind: graph.Person, Name: "Vladimir Putin"},
		},
		Events: []graph.Event{warrant},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := s.Export(ctx, os.Stdout, graph.DOT, graph.SubgraphQuery{IDs: []string{"Q7747"}}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(graph.DOT.MediaType(), graph.DOT.Extension())
	// Output:
	// digraph hague {
	//   graph [rankdir=LR];
	//   node [fontname="Helvetica", fontsize=10];
	//   edge [fontname="Helvetica", fontsize=8];
	//   "Q7747" [shape=ellipse, style=solid, label="Vladimir Putin", kind="PERSON", type="entity", documents="https://example.org/putin"];
	//   "Q47488" [shape=house, style=solid, label="International Criminal Court", kind="COURT", type="entity", documents="https://example.org/putin"];
	//   "arrest-warrant_Q47488_Q7747_2023" [shape=box, style=rounded, label="ARREST_WARRANT: International Criminal Court → Vladimir Putin, 2023-03-17", kind="ARREST_WARRANT", type="event", date="2023-03-17", start="2023-03-17", end="2023-03-17", documents="https://example.org/putin"];
	//   "Q47488" -> "arrest-warrant_Q47488_Q7747_2023" [id="arrest-warrant_Q47488_Q7747_2023|AGENT|Q47488", label="AGENT", role="AGENT", event="arrest-warrant_Q47488_Q7747_2023", documents="https://example.org/putin"];
	//   "arrest-warrant_Q47488_Q7747_2023" -> "Q7747" [id="arrest-warrant_Q47488_Q7747_2023|TARGET|Q7747", label="TARGET", role="TARGET", event="arrest-warrant_Q47488_Q7747_2023", documents="https://example.org/putin"];
	// }
	// text/vnd.graphviz .dot
}
