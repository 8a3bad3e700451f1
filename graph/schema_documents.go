package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"
)

// DocumentContents lists what one document asserts: the IDs of the entities,
// events and positions it describes.
type DocumentContents struct {
	Entities, Events, Positions []string
}

// Contents returns, for each document IRI, the IDs of the entities, events
// and positions the document asserts, in one round trip. Documents that
// assert nothing are missing from the map.
func (s *Store) Contents(ctx context.Context, docIRIs []string) (map[string]DocumentContents, error) {
	quads, err := s.match(ctx, on(quad.Label, iris(unique(docIRIs))...), on(quad.Predicate, rdfType))
	if err != nil {
		return nil, fmt.Errorf("document contents: %w", err)
	}
	out := map[string]DocumentContents{}
	for _, q := range quads {
		doc := iriString(q.Label)
		c := out[doc]
		id := IDOf(iriString(q.Subject))
		switch {
		case q.Object == classEvent:
			c.Events = append(c.Events, id)
		case q.Object == classPosition:
			c.Positions = append(c.Positions, id)
		default:
			if _, ok := kindOfClass(iriString(q.Object)); ok {
				c.Entities = append(c.Entities, id)
			} else {
				continue
			}
		}
		out[doc] = c
	}
	for doc, c := range out {
		for _, ids := range [][]string{c.Entities, c.Events, c.Positions} {
			sort.Strings(ids)
		}
		c.Entities, c.Events, c.Positions = unique(c.Entities), unique(c.Events), unique(c.Positions)
		out[doc] = c
	}
	return out, nil
}
