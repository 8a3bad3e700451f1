package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
)

// entityFields are the fields of the Entity interface, repeated on each
// concrete entity type.
func (b *builder) entityFields() graphql.Fields {
	return graphql.Fields{
		"id": field(nonNull(graphql.ID), "The stable id: the Wikidata QID where known (`Q7747`), otherwise a readable slug of the name (`nicolas-guillou`).", func(p graphql.ResolveParams) (any, error) {
			return p.Source.(*graph.Entity).ID, nil
		}),
		"kind": field(nonNull(b.entityKind), "Whether the entity is a person, a state, a court or an organization.", func(p graphql.ResolveParams) (any, error) {
			return string(p.Source.(*graph.Entity).Kind), nil
		}),
		"name": field(nonNull(graphql.String), "The name most documents use.", func(p graphql.ResolveParams) (any, error) {
			return p.Source.(*graph.Entity).Name, nil
		}),
		"aliases": field(listOf(graphql.String), "Other names documents use, sorted.", func(p graphql.ResolveParams) (any, error) {
			if a := p.Source.(*graph.Entity).Aliases; a != nil {
				return a, nil
			}
			return []string{}, nil
		}),
		"wikidata": field(graphql.String, "The Wikidata QID, when known.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(p.Source.(*graph.Entity).Wikidata), nil
		}),
		"confidence": field(graphql.Float, "Confidence in [0, 1] that the entity exists as described; 1 for curated data, null when not stated.", func(p graphql.ResolveParams) (any, error) {
			if c := p.Source.(*graph.Entity).Confidence; c > 0 {
				return c, nil
			}
			return nil, nil
		}),
		"positions": field(listOf(b.position), "For a person, the positions they hold; for a state, court or organization, the positions held there.", b.resolveEntityPositions),
		"events":    fieldArgs(nonNull(b.eventConn), "The events the entity takes part in, in date order, filtered like the root `events` field.", b.pageArgs(b.eventFilterArgs(false)), b.resolveEntityEvents),
		"neighbors": fieldArgs(nonNull(b.neighborConn), "The entities that take part in events together with this one, those sharing the most events first.", b.pageArgs(graphql.FieldConfigArgument{
			"kinds":   arg(listIn(b.eventKind), "Only through events of these kinds."),
			"roles":   arg(listIn(b.role), "Only neighbours playing one of these roles in the shared events."),
			"from":    arg(graphql.String, "Only through events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
			"to":      arg(graphql.String, "Only through events on or before this date."),
			"certain": argDefault(graphql.Boolean, false, "With from/to: keep only events certainly inside the range, not those that possibly overlap it."),
		}), b.resolveNeighbors),
		"sources":   b.sourcesField("The sentences that mention the entity.", func(v any) []graph.Source { return v.(*graph.Entity).Sources }),
		"documents": b.documentsField("Every document asserting anything about the entity, including curated datasets that quote no sentence.", func(v any) []string { return v.(*graph.Entity).Documents }),
	}
}

func nonEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func (b *builder) entityTypes() {
	object := func(name, desc string, extra func() graphql.Fields) *graphql.Object {
		return graphql.NewObject(graphql.ObjectConfig{
			Name:        name,
			Description: desc,
			Interfaces:  []*graphql.Interface{b.node, b.entity},
			Fields: graphql.FieldsThunk(func() graphql.Fields {
				fs := b.entityFields()
				if extra != nil {
					for k, v := range extra() {
						fs[k] = v
					}
				}
				return fs
			}),
		})
	}
	b.person = object("Person", "A natural person: a head of state or government, a judge, a prosecutor, an accused. `positions` lists what they hold.", nil)
	b.state = object("State", "A sovereign state, with its ISO 3166 code and its standing with the Rome Statute.", func() graphql.Fields {
		return graphql.Fields{
			"iso": field(graphql.String, "The ISO 3166-1 alpha-2 code (`HU`), when known.", func(p graphql.ResolveParams) (any, error) {
				return nonEmpty(p.Source.(*graph.Entity).ISO), nil
			}),
			"romeStatute": field(b.romeStatute, "The state's standing with the Rome Statute, computed from the withdrawal events the graph records; null when it records none (the graph holds no list of parties).", b.resolveRomeStatute),
		}
	})
	b.court = object("Court", "A court or one of its organs: the International Criminal Court, its Office of the Prosecutor.", nil)
	b.organization = object("Organization", "Any other body: an NGO, an intergovernmental body, a treaty, an armed group.", nil)
}

func (b *builder) documentFields() graphql.Fields {
	doc := func(p graphql.ResolveParams) *graph.Document { return p.Source.(*graph.Document) }
	return graphql.Fields{
		"id": field(nonNull(graphql.ID), "The document's IRI, which labels every fact it asserts.", func(p graphql.ResolveParams) (any, error) {
			return doc(p).IRI, nil
		}),
		"iri": field(nonNull(graphql.String), "The document's IRI (the same as `id`).", func(p graphql.ResolveParams) (any, error) {
			return doc(p).IRI, nil
		}),
		"title": field(graphql.String, "The headline or dataset name.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(doc(p).Title), nil
		}),
		"url": field(graphql.String, "Where the document is published.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(doc(p).URL), nil
		}),
		"outlet": field(graphql.String, "The publisher: `JURIST`, `Reuters`.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(doc(p).Outlet), nil
		}),
		"published": field(graphql.String, "The publication date (YYYY, YYYY-MM or YYYY-MM-DD), when known.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(doc(p).Published.String()), nil
		}),
		"text": field(graphql.String, "The document's text, which source offsets index into.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(doc(p).Text), nil
		}),
		"eventCount": field(nonNull(graphql.Int), "How many events the document asserts.", func(p graphql.ResolveParams) (any, error) {
			return b.documentCount(p, func(c graph.DocumentContents) int { return len(c.Events) })
		}),
		"entityCount": field(nonNull(graphql.Int), "How many entities the document describes.", func(p graphql.ResolveParams) (any, error) {
			return b.documentCount(p, func(c graph.DocumentContents) int { return len(c.Entities) })
		}),
		"positionCount": field(nonNull(graphql.Int), "How many positions the document asserts.", func(p graphql.ResolveParams) (any, error) {
			return b.documentCount(p, func(c graph.DocumentContents) int { return len(c.Positions) })
		}),
		"events": fieldArgs(nonNull(b.eventConn), "The events the document asserts, in date order.", b.pageArgs(graphql.FieldConfigArgument{
			"kinds": arg(listIn(b.eventKind), "Only events of these kinds."),
		}), b.resolveDocumentEvents),
		"entities": fieldArgs(nonNull(b.entityConn), "The entities the document describes, by name.", b.pageArgs(graphql.FieldConfigArgument{
			"kinds": arg(listIn(b.entityKind), "Only entities of these kinds."),
		}), b.resolveDocumentEntities),
	}
}

// sourcesField is the `sources` field of entities, events, positions and
// participants, with the document and outlet filters.
func (b *builder) sourcesField(desc string, get func(any) []graph.Source) *graphql.Field {
	return fieldArgs(listOf(b.source), desc, graphql.FieldConfigArgument{
		"document": arg(graphql.ID, "Only sentences from this document (its IRI)."),
		"outlet":   arg(graphql.String, "Only sentences from documents of this outlet, ignoring case and accents."),
	}, func(p graphql.ResolveParams) (any, error) {
		return b.resolveSources(p, get(p.Source))
	})
}

func (b *builder) documentsField(desc string, get func(any) []string) *graphql.Field {
	return field(listOf(b.document), desc, func(p graphql.ResolveParams) (any, error) {
		return b.loadDocuments(p, get(p.Source))
	})
}
