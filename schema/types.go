package schema

import (
	"sort"

	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
)

// builder holds the types of one schema and the store its resolvers read.
type builder struct {
	store *graph.Store
	cfg   config

	entityKind, eventKind, role, precision, certainty, statuteStatus *graphql.Enum
	entitySort, eventSort, nodeGroup                                 *graphql.Enum

	node, entity, event *graphql.Interface

	person, state, court, organization                            *graphql.Object
	warrant, sanction, withdrawal, proceeding                     *graphql.Object
	executiveOrder, arrest, surrender, nonCompliance, cyberAttack *graphql.Object
	statement, meeting, visit                                     *graphql.Object

	date, document, source, position, participant, romeStatute, neighbor *graphql.Object
	targeting, subgraph, subgraphNode, subgraphEdge, path, pathStep      *graphql.Object
	deletePayload, loadPayload, pageInfo                                 *graphql.Object

	entityConn, eventConn, documentConn, neighborConn *graphql.Object

	eventWhere *graphql.InputObject
}

func newBuilder(store *graph.Store, cfg config) *builder {
	b := &builder{store: store, cfg: cfg}
	b.enums()
	b.node = graphql.NewInterface(graphql.InterfaceConfig{
		Name:        "Node",
		Description: "Anything the API can fetch again by its id with `node(id:)`: an entity, an event or a document.",
		Fields: graphql.Fields{
			"id": &graphql.Field{Type: graphql.NewNonNull(graphql.ID), Description: "The stable id: a Wikidata QID or slug for entities, a content-derived id for events, the IRI for documents."},
		},
		ResolveType: b.resolveNodeType,
	})
	b.entity = graphql.NewInterface(graphql.InterfaceConfig{
		Name:        "Entity",
		Description: "A person, state, court or organization. Its id is stable across documents: the Wikidata QID where known, otherwise a readable slug of its name.",
		Fields:      graphql.FieldsThunk(func() graphql.Fields { return b.entityFields() }),
		ResolveType: b.resolveEntityType,
	})
	b.event = graphql.NewInterface(graphql.InterfaceConfig{
		Name:        "Event",
		Description: "A dated, n-ary happening — a warrant issued, a sanction imposed, a withdrawal — with the entities taking part in it in their roles. Dates have a precision: `2025-02` is any day of February 2025.",
		Fields:      graphql.FieldsThunk(func() graphql.Fields { return b.eventFields() }),
		ResolveType: b.resolveEventType,
	})
	b.valueTypes()
	b.entityTypes()
	b.eventTypes()
	b.connections()
	b.relationTypes()
	return b
}

// concreteTypes are the object types reachable only through an interface;
// graphql-go needs them listed.
func (b *builder) concreteTypes() []graphql.Type {
	return []graphql.Type{
		b.person, b.state, b.court, b.organization,
		b.warrant, b.sanction, b.withdrawal, b.proceeding,
		b.executiveOrder, b.arrest, b.surrender, b.nonCompliance, b.cyberAttack,
		b.statement, b.meeting, b.visit,
	}
}

func (b *builder) resolveNodeType(p graphql.ResolveTypeParams) *graphql.Object {
	switch v := p.Value.(type) {
	case *graph.Entity:
		return b.entityObject(v)
	case *graph.Event:
		return b.eventObject(v)
	case *graph.Document:
		return b.document
	}
	return nil
}

func (b *builder) resolveEntityType(p graphql.ResolveTypeParams) *graphql.Object {
	if e, ok := p.Value.(*graph.Entity); ok {
		return b.entityObject(e)
	}
	return nil
}

func (b *builder) resolveEventType(p graphql.ResolveTypeParams) *graphql.Object {
	if ev, ok := p.Value.(*graph.Event); ok {
		return b.eventObject(ev)
	}
	return nil
}

func (b *builder) entityObject(e *graph.Entity) *graphql.Object {
	switch e.Kind {
	case graph.Person:
		return b.person
	case graph.State:
		return b.state
	case graph.Court:
		return b.court
	}
	return b.organization
}

// eventObject maps event kinds to the concrete GraphQL types: one per kind,
// but where kinds share a shape (a warrant and a request for one).
func (b *builder) eventObject(ev *graph.Event) *graphql.Object {
	switch ev.Kind {
	case graph.ArrestWarrant, graph.WarrantRequest:
		return b.warrant
	case graph.Sanction:
		return b.sanction
	case graph.Withdrawal, graph.WithdrawalAnnouncement:
		return b.withdrawal
	case graph.Conviction, graph.Charge, graph.CriminalCase:
		return b.proceeding
	case graph.ExecutiveOrder:
		return b.executiveOrder
	case graph.Arrest:
		return b.arrest
	case graph.Surrender:
		return b.surrender
	case graph.NonCompliance:
		return b.nonCompliance
	case graph.CyberAttack:
		return b.cyberAttack
	case graph.Meeting:
		return b.meeting
	case graph.Visit:
		return b.visit
	}
	return b.statement
}

func (b *builder) enums() {
	kinds := func(name, desc string, values []string, descs map[string]string) *graphql.Enum {
		vals := graphql.EnumValueConfigMap{}
		for _, v := range values {
			d := descs[v]
			if d == "" {
				d = v
			}
			vals[v] = &graphql.EnumValueConfig{Value: v, Description: d}
		}
		return graphql.NewEnum(graphql.EnumConfig{Name: name, Description: desc, Values: vals})
	}
	var ek, vk, roles []string
	for _, k := range graph.EntityKinds {
		ek = append(ek, string(k))
	}
	for _, k := range graph.EventKinds {
		vk = append(vk, string(k))
	}
	for _, r := range graph.Roles {
		roles = append(roles, string(r))
	}
	b.entityKind = kinds("EntityKind", "The kind of an entity.", ek, map[string]string{
		"PERSON":       "A natural person: a head of state, a judge, a prosecutor, an accused.",
		"STATE":        "A sovereign state.",
		"COURT":        "A court or one of its organs (the ICC, its Office of the Prosecutor).",
		"ORGANIZATION": "Any other body: an NGO, an alliance, a treaty body, an armed group.",
	})
	b.eventKind = kinds("EventKind", "The kind of an event.", vk, map[string]string{
		"ARREST_WARRANT":          "A court or a state issues an arrest warrant.",
		"WARRANT_REQUEST":         "A prosecutor asks judges to issue an arrest warrant.",
		"SANCTION":                "A state imposes sanctions on people or bodies.",
		"EXECUTIVE_ORDER":         "A head of government signs an executive order.",
		"WITHDRAWAL":              "A state notifies its withdrawal from a treaty or a court.",
		"WITHDRAWAL_ANNOUNCEMENT": "A state announces that it will withdraw.",
		"ARREST":                  "Someone is arrested.",
		"SURRENDER":               "A state surrenders someone to a court.",
		"NON_COMPLIANCE":          "A state fails to arrest or cooperate as it must.",
		"CONVICTION":              "A court convicts someone.",
		"CHARGE":                  "Someone is charged.",
		"CRIMINAL_CASE":           "A criminal case is opened against someone.",
		"CYBER_ATTACK":            "A cyber attack on a body.",
		"STATEMENT":               "A public statement.",
		"MEETING":                 "A meeting or session.",
		"VISIT":                   "A visit by someone to a place.",
	})
	b.role = kinds("Role", "What an entity does in an event.", roles, map[string]string{
		"AGENT":       "Who acts: the court issuing, the state sanctioning.",
		"TARGET":      "Who is acted on: the person wanted, sanctioned, convicted.",
		"PLACE":       "Where it happened.",
		"RECIPIENT":   "To whom it was addressed: the court a suspect is surrendered to.",
		"LEGAL_BASIS": "Under what it was done: the statute withdrawn from.",
	})
	b.precision = kinds("DatePrecision", "How much of a date is known.", []string{"YEAR", "MONTH", "DAY"}, map[string]string{
		"YEAR":  "Only the year: any day of it.",
		"MONTH": "The year and month: any day of that month.",
		"DAY":   "A single day.",
	})
	b.certainty = kinds("Certainty", "The answer of a comparison between imprecise dates.", []string{"TRUE", "POSSIBLY", "FALSE"}, map[string]string{
		"TRUE":     "For every pair of days the dates can be.",
		"POSSIBLY": "For some days the dates can be, not for others (or a date is unknown).",
		"FALSE":    "For no pair of days.",
	})
	b.statuteStatus = kinds("RomeStatuteStatus", "Where a state stands with the Rome Statute of the International Criminal Court, as of the server's clock.", []string{"PARTY", "WITHDRAWAL_ANNOUNCED", "WITHDRAWAL_NOTIFIED", "WITHDRAWN"}, map[string]string{
		"PARTY":                "A party: the withdrawal the graph records had not yet been announced.",
		"WITHDRAWAL_ANNOUNCED": "The state has announced its withdrawal but not notified it.",
		"WITHDRAWAL_NOTIFIED":  "The state has notified its withdrawal; it takes effect on the effective date.",
		"WITHDRAWN":            "The withdrawal has taken effect.",
	})
	b.entitySort = kinds("EntitySort", "The order of a list of entities.", []string{"NAME_ASC", "NAME_DESC"}, map[string]string{
		"NAME_ASC":  "By name, ignoring case and accents, A to Z.",
		"NAME_DESC": "By name, Z to A.",
	})
	b.eventSort = kinds("EventSort", "The order of a list of events. Events without a date come last either way.", []string{"DATE_ASC", "DATE_DESC"}, map[string]string{
		"DATE_ASC":  "Oldest first (by earliest possible day, coarser dates first on ties).",
		"DATE_DESC": "Newest first.",
	})
	b.nodeGroup = kinds("NodeGroup", "Whether a subgraph node is an entity or an event.", []string{"ENTITY", "EVENT"}, map[string]string{
		"ENTITY": "A person, state, court or organization.",
		"EVENT":  "An event; edges link it to its participants.",
	})
}

// ---- field helpers -------------------------------------------------------

func nonNull(t graphql.Output) graphql.Output { return graphql.NewNonNull(t) }

func listOf(t graphql.Output) graphql.Output {
	return graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t)))
}

func field(t graphql.Output, desc string, resolve graphql.FieldResolveFn) *graphql.Field {
	return &graphql.Field{Type: t, Description: desc, Resolve: resolve}
}

func fieldArgs(t graphql.Output, desc string, args graphql.FieldConfigArgument, resolve graphql.FieldResolveFn) *graphql.Field {
	return &graphql.Field{Type: t, Description: desc, Args: args, Resolve: resolve}
}

func arg(t graphql.Input, desc string) *graphql.ArgumentConfig {
	return &graphql.ArgumentConfig{Type: t, Description: desc}
}

func argDefault(t graphql.Input, def any, desc string) *graphql.ArgumentConfig {
	return &graphql.ArgumentConfig{Type: t, DefaultValue: def, Description: desc}
}

func listIn(t graphql.Input) graphql.Input { return graphql.NewList(graphql.NewNonNull(t)) }

// pageArgs are the Relay arguments of every connection.
func (b *builder) pageArgs(args graphql.FieldConfigArgument) graphql.FieldConfigArgument {
	if args == nil {
		args = graphql.FieldConfigArgument{}
	}
	args["first"] = argDefault(graphql.Int, DefaultPageSize, "How many items to return, at most 500.")
	args["after"] = arg(graphql.String, "Return the items after this cursor (an `endCursor` or edge `cursor` from an earlier page).")
	return args
}

// ---- value types ---------------------------------------------------------

func dateOf(d graph.Date) any {
	if d.IsZero() {
		return nil
	}
	return d
}

func day(t interface{ Format(string) string }) string { return t.Format("2006-01-02") }

func (b *builder) valueTypes() {
	b.date = graphql.NewObject(graphql.ObjectConfig{
		Name:        "ImpreciseDate",
		Description: "A calendar date known to a year, a month or a day. It stands for an interval of days: `2025-02` is any day from 2025-02-01 to 2025-02-28.",
		Fields: graphql.Fields{
			"date": field(nonNull(graphql.String), "The date as stated, with its precision: `2025`, `2025-02` or `2025-02-06`.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(graph.Date).String(), nil
			}),
			"earliest": field(nonNull(graphql.String), "The first day the date can be (YYYY-MM-DD).", func(p graphql.ResolveParams) (any, error) {
				return day(p.Source.(graph.Date).Earliest()), nil
			}),
			"latest": field(nonNull(graphql.String), "The last day the date can be (YYYY-MM-DD).", func(p graphql.ResolveParams) (any, error) {
				return day(p.Source.(graph.Date).Latest()), nil
			}),
			"precision": field(nonNull(b.precision), "How much of the date is known.", func(p graphql.ResolveParams) (any, error) {
				return precisionName(p.Source.(graph.Date)), nil
			}),
		},
	})
	b.document = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Document",
		Description: "An article or curated dataset that asserts facts. Every fact in the graph is labelled with the documents asserting it.",
		Interfaces:  []*graphql.Interface{b.node},
		Fields:      graphql.FieldsThunk(func() graphql.Fields { return b.documentFields() }),
	})
	b.source = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Source",
		Description: "One place a document supports a fact: the sentence, with its character offsets (in Unicode code points, end exclusive) into the document's text.",
		Fields: graphql.Fields{
			"document": field(b.document, "The document that states the fact.", b.resolveSourceDocument),
			"quote": field(nonNull(graphql.String), "The sentence that states the fact.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(graph.Source).Quote, nil
			}),
			"start": field(nonNull(graphql.Int), "Offset of the sentence's first character in the document's text.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(graph.Source).Start, nil
			}),
			"end": field(nonNull(graphql.Int), "Offset just past the sentence's last character.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(graph.Source).End, nil
			}),
		},
	})
	b.position = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Position",
		Description: "A person holds a title at a state, court or organization (Judge at the ICC, Prime Minister of Israel), with dates where known.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id": field(nonNull(graphql.ID), "The position's id, derived from holder, title and organization.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(*graph.Position).ID, nil
				}),
				"title": field(nonNull(graphql.String), "The title held: `Judge`, `Prime Minister`.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(*graph.Position).Title, nil
				}),
				"holder": field(b.entity, "The person holding the position.", func(p graphql.ResolveParams) (any, error) {
					return b.loadEntity(p, p.Source.(*graph.Position).Holder)
				}),
				"organization": field(b.entity, "Where the position is held; null when the text names no organization.", func(p graphql.ResolveParams) (any, error) {
					return b.loadEntity(p, p.Source.(*graph.Position).Organization)
				}),
				"start": field(b.date, "When the holder took the position, where known.", func(p graphql.ResolveParams) (any, error) {
					return dateOf(p.Source.(*graph.Position).Start), nil
				}),
				"end": field(b.date, "When the holder left the position, where known.", func(p graphql.ResolveParams) (any, error) {
					return dateOf(p.Source.(*graph.Position).End), nil
				}),
				"sources":   b.sourcesField("The sentences stating the position.", func(v any) []graph.Source { return v.(*graph.Position).Sources }),
				"documents": b.documentsField("The documents asserting the position.", func(v any) []string { return v.(*graph.Position).Documents }),
			}
		}),
	})
	b.participant = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Participant",
		Description: "An entity taking part in an event in a role, with the documents that assert the link.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"role": field(nonNull(b.role), "What the entity does in the event.", func(p graphql.ResolveParams) (any, error) {
					return string(p.Source.(participantValue).Role), nil
				}),
				"entity": field(b.entity, "The entity; null only when the graph names an entity it does not describe.", func(p graphql.ResolveParams) (any, error) {
					return b.loadEntity(p, p.Source.(participantValue).Entity)
				}),
				"documents": b.documentsField("The documents asserting that the entity takes part in the event in this role.", func(v any) []string { return v.(participantValue).Documents }),
				"sources": b.sourcesField("The event's sentences in the documents asserting this link.", func(v any) []graph.Source {
					pv := v.(participantValue)
					return graph.SourcesIn(pv.event.Sources, pv.Documents)
				}),
			}
		}),
	})
	b.romeStatute = graphql.NewObject(graphql.ObjectConfig{
		Name:        "RomeStatute",
		Description: "A state's standing with the Rome Statute, computed from the WITHDRAWAL_ANNOUNCEMENT and WITHDRAWAL events the graph records for it, as of the server's clock.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"status": field(nonNull(b.statuteStatus), "Where the state stands today.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(*statuteValue).status, nil
				}),
				"announced": field(b.date, "When the state announced its withdrawal, where it did.", func(p graphql.ResolveParams) (any, error) {
					return dateOf(p.Source.(*statuteValue).announced), nil
				}),
				"notified": field(b.date, "When the state notified its withdrawal, where it did.", func(p graphql.ResolveParams) (any, error) {
					return dateOf(p.Source.(*statuteValue).notified), nil
				}),
				"effective": field(b.date, "When the withdrawal takes (or took) effect: as stated, or one year after notification (Article 127).", func(p graphql.ResolveParams) (any, error) {
					return dateOf(p.Source.(*statuteValue).effective), nil
				}),
				"events": field(listOf(b.event), "The withdrawal events the status is computed from, oldest first.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(*statuteValue).events, nil
				}),
			}
		}),
	})
	b.neighbor = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Neighbor",
		Description: "An entity that takes part in events together with another, and the events they share.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"entity": field(b.entity, "The neighbouring entity.", func(p graphql.ResolveParams) (any, error) {
					return b.loadEntity(p, p.Source.(*neighborValue).id)
				}),
				"roles": field(listOf(b.role), "The roles the neighbour plays in the shared events.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(*neighborValue).roles, nil
				}),
				"events": field(listOf(b.event), "The shared events, oldest first.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(*neighborValue).events, nil
				}),
				"eventCount": field(nonNull(graphql.Int), "How many events the two share.", func(p graphql.ResolveParams) (any, error) {
					return len(p.Source.(*neighborValue).events), nil
				}),
			}
		}),
	})
}

func precisionName(d graph.Date) any {
	switch d.Precision {
	case graph.PrecisionYear:
		return "YEAR"
	case graph.PrecisionMonth:
		return "MONTH"
	case graph.PrecisionDay:
		return "DAY"
	}
	return nil
}

// participantValue is a Participant with the event it belongs to, whose
// sources it quotes.
type participantValue struct {
	graph.Participant
	event *graph.Event
}

type neighborValue struct {
	id     string
	roles  []string
	events []*graph.Event
}

type statuteValue struct {
	status                         string
	announced, notified, effective graph.Date
	events                         []*graph.Event
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
