package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
)

func (b *builder) relationTypes() {
	b.targeting = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Targeting",
		Description: "An arrest warrant and a later action (a sanction, a counter-warrant, a criminal case) that targeted officials of the court that issued it — or the court itself.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			t := func(p graphql.ResolveParams) graph.Targeting { return p.Source.(graph.Targeting) }
			return graphql.Fields{
				"warrant": field(nonNull(b.event), "The warrant.", func(p graphql.ResolveParams) (any, error) {
					return t(p).Warrant, nil
				}),
				"action": field(nonNull(b.event), "The action against the issuer's officials.", func(p graphql.ResolveParams) (any, error) {
					return t(p).Action, nil
				}),
				"officials": field(listOf(b.entity), "The action's targets who hold a position at the issuer, or the issuer itself when the action targets it as a body.", func(p graphql.ResolveParams) (any, error) {
					return b.loadEntities(p, t(p).Officials)
				}),
				"daysAfter": field(graphql.Int, "The least number of days from the warrant to the action (imprecise dates give a range); null when either date is unknown.", func(p graphql.ResolveParams) (any, error) {
					if x := t(p); x.DaysKnown {
						return x.DaysAfterLeast, nil
					}
					return nil, nil
				}),
				"daysAfterMost": field(graphql.Int, "The greatest number of days from the warrant to the action; null when either date is unknown.", func(p graphql.ResolveParams) (any, error) {
					if x := t(p); x.DaysKnown {
						return x.DaysAfterMost, nil
					}
					return nil, nil
				}),
				"after": field(nonNull(b.certainty), "Whether the action certainly (TRUE) or possibly (POSSIBLY) follows the warrant, given the precision of both dates.", func(p graphql.ResolveParams) (any, error) {
					return certaintyName(t(p).After), nil
				}),
				"stated": field(nonNull(graphql.Boolean), "True when a source states that the action answers the warrant (`in response to`); false when the link is inferred from dates and targets.", func(p graphql.ResolveParams) (any, error) {
					return t(p).Stated, nil
				}),
			}
		}),
	})
	b.subgraphNode = graphql.NewObject(graphql.ObjectConfig{
		Name:        "SubgraphNode",
		Description: "A node of a subgraph, in the shape Cytoscape.js, D3 and sigma.js load: an entity or an event.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			n := func(p graphql.ResolveParams) graph.Node { return p.Source.(graph.Node) }
			return graphql.Fields{
				"id": field(nonNull(graphql.ID), "The entity's or event's id.", func(p graphql.ResolveParams) (any, error) { return n(p).ID, nil }),
				"kind": field(nonNull(graphql.String), "The EntityKind or EventKind.", func(p graphql.ResolveParams) (any, error) {
					return n(p).Kind, nil
				}),
				"label": field(nonNull(graphql.String), "A human label: the entity's name, or the event's kind, participants and date.", func(p graphql.ResolveParams) (any, error) {
					return n(p).Label, nil
				}),
				"group": field(nonNull(b.nodeGroup), "ENTITY or EVENT.", func(p graphql.ResolveParams) (any, error) {
					if n(p).Event != nil {
						return "EVENT", nil
					}
					return "ENTITY", nil
				}),
				"item": field(b.node, "The entity or event itself, for any further field.", func(p graphql.ResolveParams) (any, error) {
					if x := n(p); x.Event != nil {
						return x.Event, nil
					} else if x.Entity != nil {
						return x.Entity, nil
					}
					return nil, nil
				}),
			}
		}),
	})
	b.subgraphEdge = graphql.NewObject(graphql.ObjectConfig{
		Name:        "SubgraphEdge",
		Description: "An edge of a subgraph. An agent points at the event it acts in; the event points at its other participants, and at the events it answers (role IN_RESPONSE_TO).",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			e := func(p graphql.ResolveParams) graph.Edge { return p.Source.(graph.Edge) }
			return graphql.Fields{
				"id":     field(nonNull(graphql.ID), "A stable edge id: event|role|entity.", func(p graphql.ResolveParams) (any, error) { return e(p).ID, nil }),
				"source": field(nonNull(graphql.ID), "The id of the node the edge starts from.", func(p graphql.ResolveParams) (any, error) { return e(p).Source, nil }),
				"target": field(nonNull(graphql.ID), "The id of the node the edge points to.", func(p graphql.ResolveParams) (any, error) { return e(p).Target, nil }),
				"role": field(nonNull(graphql.String), "A Role (AGENT, TARGET, PLACE, RECIPIENT, LEGAL_BASIS) or IN_RESPONSE_TO.", func(p graphql.ResolveParams) (any, error) {
					return e(p).Role, nil
				}),
				"event":     field(nonNull(graphql.ID), "The id of the event the edge belongs to.", func(p graphql.ResolveParams) (any, error) { return e(p).Event, nil }),
				"documents": b.documentsField("The documents asserting the edge.", func(v any) []string { return v.(graph.Edge).Documents }),
				"sources":   b.sourcesField("The event's sentences in the documents asserting the edge.", func(v any) []graph.Source { return v.(graph.Edge).Sources }),
			}
		}),
	})
	b.subgraph = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Subgraph",
		Description: "A neighbourhood of the graph: entities and events as nodes, participations and responses as edges.",
		Fields: graphql.Fields{
			"nodes": field(listOf(b.subgraphNode), "Entities first, then events in date order.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(*graph.Subgraph).Nodes, nil
			}),
			"edges": field(listOf(b.subgraphEdge), "Edges between the nodes.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(*graph.Subgraph).Edges, nil
			}),
			"truncated": field(nonNull(graphql.Boolean), "True when the node limit cut the subgraph short.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(*graph.Subgraph).Truncated, nil
			}),
		},
	})
	b.pathStep = graphql.NewObject(graphql.ObjectConfig{
		Name:        "PathStep",
		Description: "One node of a path: an entity or an event, and how it links to the step before.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id": field(nonNull(graphql.ID), "The entity's or event's id.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(pathStepValue).ID, nil
				}),
				"role": field(b.role, "For an event, the role the previous entity plays in it; for an entity, the role it plays in the previous event; null on the first step.", func(p graphql.ResolveParams) (any, error) {
					return nonEmpty(string(p.Source.(pathStepValue).Role)), nil
				}),
				"node": field(b.node, "The entity or event.", func(p graphql.ResolveParams) (any, error) {
					s := p.Source.(pathStepValue)
					if s.event {
						return b.loadEvent(p, s.ID)
					}
					return b.loadEntity(p, s.ID)
				}),
			}
		}),
	})
	b.path = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Path",
		Description: "A shortest connection between two entities: entity, event, entity, … .",
		Fields: graphql.Fields{
			"length": field(nonNull(graphql.Int), "How many events the path crosses.", func(p graphql.ResolveParams) (any, error) {
				return len(p.Source.(graph.Path)) / 2, nil
			}),
			"steps": field(listOf(b.pathStep), "The entities and events in order, from `from` to `to`.", func(p graphql.ResolveParams) (any, error) {
				path := p.Source.(graph.Path)
				out := make([]pathStepValue, len(path))
				for i, s := range path {
					out[i] = pathStepValue{PathStep: s, event: i%2 == 1}
				}
				return out, nil
			}),
		},
	})
	b.deletePayload = graphql.NewObject(graphql.ObjectConfig{
		Name:        "DeleteDocumentPayload",
		Description: "The result of deleteDocument.",
		Fields: graphql.Fields{
			"iri": field(nonNull(graphql.ID), "The deleted document's IRI.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(deleteResult).iri, nil
			}),
			"deleted": field(nonNull(graphql.Boolean), "True once everything the document asserted is gone.", func(p graphql.ResolveParams) (any, error) {
				return true, nil
			}),
		},
	})
	b.loadPayload = graphql.NewObject(graphql.ObjectConfig{
		Name:        "LoadArticlePayload",
		Description: "The result of loadArticle: the document and what the loader found in it.",
		Fields: graphql.Fields{
			"document": field(nonNull(b.document), "The document now in the graph.", func(p graphql.ResolveParams) (any, error) {
				d := p.Source.(loadResult).report.Document
				return &d, nil
			}),
			"entityCount": field(nonNull(graphql.Int), "How many entities the article mentions.", func(p graphql.ResolveParams) (any, error) {
				return len(p.Source.(loadResult).report.Entities), nil
			}),
			"eventCount": field(nonNull(graphql.Int), "How many events the article states.", func(p graphql.ResolveParams) (any, error) {
				return len(p.Source.(loadResult).report.Events), nil
			}),
			"positionCount": field(nonNull(graphql.Int), "How many positions the article states.", func(p graphql.ResolveParams) (any, error) {
				return len(p.Source.(loadResult).report.Positions), nil
			}),
		},
	})
	b.eventWhere = graphql.NewInputObject(graphql.InputObjectConfig{
		Name:        "EventWhere",
		Description: "A boolean filter on events. The fields set in one object must all hold; AND, OR and NOT combine filters.",
		Fields: graphql.InputObjectConfigFieldMapThunk(func() graphql.InputObjectConfigFieldMap {
			fs := graphql.InputObjectConfigFieldMap{}
			for name, a := range b.eventFilterArgs(true) {
				fs[name] = &graphql.InputObjectFieldConfig{Type: a.Type, Description: a.Description}
			}
			fs["AND"] = &graphql.InputObjectFieldConfig{Type: listIn(b.eventWhere), Description: "Every one of these filters holds."}
			fs["OR"] = &graphql.InputObjectFieldConfig{Type: listIn(b.eventWhere), Description: "At least one of these filters holds."}
			fs["NOT"] = &graphql.InputObjectFieldConfig{Type: b.eventWhere, Description: "This filter does not hold."}
			return fs
		}),
	})
}

type pathStepValue struct {
	graph.PathStep
	event bool
}

type deleteResult struct{ iri string }

func certaintyName(t graph.Truth) string {
	switch t {
	case graph.True:
		return "TRUE"
	case graph.Possibly:
		return "POSSIBLY"
	}
	return "FALSE"
}

// eventFilterArgs are the filters of `events`, `timeline`, Entity.events and
// EventWhere. Defaults are left out inside the input object, where an unset
// field must mean "no condition".
func (b *builder) eventFilterArgs(inInput bool) graphql.FieldConfigArgument {
	args := graphql.FieldConfigArgument{
		"kinds":       arg(listIn(b.eventKind), "Only events of these kinds."),
		"participant": arg(graphql.String, "Only events this entity takes part in: its id, or a name or alias (case- and accent-insensitive)."),
		"role":        arg(b.role, "With participant: only events in which it plays this role."),
		"from":        arg(graphql.String, "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). An imprecise event date overlaps the range when some day it can be falls inside."),
		"to":          arg(graphql.String, "Only events on or before this date (the whole month or year for an imprecise bound)."),
		"certain":     arg(graphql.Boolean, "With from/to: keep only events whose every possible day falls inside the range (leaving out undated ones); default false."),
		"document":    arg(graphql.ID, "Only events this document (its IRI) asserts."),
		"outlet":      arg(graphql.String, "Only events a document of this outlet asserts, ignoring case and accents."),
	}
	if !inInput {
		args["where"] = arg(b.eventWhere, "A boolean combination (AND, OR, NOT) of further filters.")
		args["sort"] = arg(b.eventSort, "The order of the events; DATE_ASC when not given.")
	}
	return args
}
