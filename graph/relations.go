package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// positionsAt returns the positions held at the given institutions; two
// round trips, or none when no position names them.
func (s *Store) positionsAt(ctx context.Context, orgIDs []string) ([]*Position, error) {
	objs := make([]quad.Value, len(orgIDs))
	for i, id := range orgIDs {
		objs[i] = quad.IRI(EntityIRI(id))
	}
	subjects, err := s.subjects(ctx, on(quad.Object, objs...), on(quad.Predicate, pOrg))
	if err != nil || len(subjects) == 0 {
		return nil, err
	}
	described, err := s.describe(ctx, subjects)
	if err != nil {
		return nil, err
	}
	docs, err := s.sourceDocuments(ctx, described)
	if err != nil {
		return nil, err
	}
	var out []*Position
	for _, subj := range subjects {
		if p := decodePosition(IDOf(subj), described[subj], docs); p != nil && p.Organization != "" {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Holders returns, for each organization, state or court ID, the IDs of the
// people said to hold a position there, in one round trip.
func (s *Store) Holders(ctx context.Context, orgIDs []string) (map[string][]string, error) {
	objs := make([]quad.Value, len(orgIDs))
	for i, id := range orgIDs {
		objs[i] = quad.IRI(EntityIRI(id))
	}
	posQuads, err := s.match(ctx, on(quad.Predicate, pOrg), on(quad.Object, objs...))
	if err != nil {
		return nil, fmt.Errorf("holders: %w", err)
	}
	orgOf := map[string]string{}
	var positions []quad.Value
	for _, q := range posQuads {
		orgOf[iriString(q.Subject)] = IDOf(iriString(q.Object))
		positions = append(positions, q.Subject)
	}
	holderQuads, err := s.match(ctx, on(quad.Subject, positions...), on(quad.Predicate, pHolder))
	if err != nil {
		return nil, fmt.Errorf("holders: %w", err)
	}
	out := map[string][]string{}
	for _, q := range holderQuads {
		org := orgOf[iriString(q.Subject)]
		out[org] = unique(append(out[org], IDOf(iriString(q.Object))))
	}
	return out, nil
}

// TargetingQuery selects the warrants and actions Targetings pairs.
type TargetingQuery struct {
	// Issuer is the entity ID of the court (or state) whose warrants are
	// followed; empty means every issuer.
	Issuer string
	// WarrantKinds default to ARREST_WARRANT.
	WarrantKinds []EventKind
	// ActionKinds default to SANCTION, ARREST_WARRANT, WARRANT_REQUEST,
	// CRIMINAL_CASE, CHARGE and EXECUTIVE_ORDER.
	ActionKinds []EventKind
	// From and To bound the warrants' dates, with EventFilter's semantics.
	From, To Date
}

// A Targeting pairs an arrest warrant with a later action against officials of
// the court that issued it.
type Targeting struct {
	Warrant *Event
	Action  *Event
	// Officials are the IDs of the targets of the action who hold a position
	// at the issuer, or the issuer itself when the action targets it as a body.
	Officials []string
	// After says whether the action certainly or possibly follows the warrant.
	After Truth
	// DaysAfterLeast and DaysAfterMost bound the days from warrant to action,
	// for an action that follows the warrant (so never below zero);
	// DaysKnown is false when either date is unknown.
	DaysAfterLeast, DaysAfterMost int
	DaysKnown                     bool
	// Stated is true when a source states that the action answers the
	// warrant ("in response to"), false when the link is inferred from dates
	// and targets.
	Stated bool
}

// DefaultActionKinds are the kinds Targetings treats as actions against a court.
var DefaultActionKinds = []EventKind{Sanction, ArrestWarrant, WarrantRequest, CriminalCase, Charge, ExecutiveOrder}

// Targetings answers "which officials were targeted after which warrants":
// for each warrant, the actions that target the issuing court or people who
// hold a position at it, and that follow the warrant or say they answer it.
// An action that states which warrants it answers is paired with those only.
// Results are sorted by warrant date, then action date.
func (s *Store) Targetings(ctx context.Context, q TargetingQuery) ([]Targeting, error) {
	wk := q.WarrantKinds
	if len(wk) == 0 {
		wk = []EventKind{ArrestWarrant}
	}
	ak := q.ActionKinds
	if len(ak) == 0 {
		ak = DefaultActionKinds
	}
	wf := EventFilter{Kinds: wk, From: q.From, To: q.To}
	if q.Issuer != "" {
		wf.Participants, wf.Roles = []string{q.Issuer}, []Role{Agent}
	}
	warrants, err := s.FindEvents(ctx, wf)
	if err != nil {
		return nil, fmt.Errorf("targetings: %w", err)
	}
	actions, err := s.FindEvents(ctx, EventFilter{Kinds: ak})
	if err != nil {
		return nil, fmt.Errorf("targetings: %w", err)
	}
	var issuers []string
	for _, w := range warrants {
		issuers = append(issuers, w.With(Agent)...)
	}
	holders, err := s.Holders(ctx, unique(issuers))
	if err != nil {
		return nil, err
	}
	if err := s.canonicalizeResponses(ctx, append(append([]*Event{}, actions...), warrants...)); err != nil {
		return nil, fmt.Errorf("targetings: %w", err)
	}
	var out []Targeting
	for _, w := range warrants {
		officials := map[string]bool{}
		for _, issuer := range w.With(Agent) {
			officials[issuer] = true
			for _, h := range holders[issuer] {
				officials[h] = true
			}
		}
		for _, a := range actions {
			// A warrant that answers the action (Russia's counter-warrant
			// answers the ICC's) cannot have provoked it.
			if a.ID == w.ID || contains(w.InResponseTo, a.ID) {
				continue
			}
			var hit []string
			for _, t := range a.With(Target) {
				if officials[t] {
					hit = append(hit, t)
				}
			}
			if len(hit) == 0 {
				continue
			}
			stated := contains(a.InResponseTo, w.ID)
			after := a.Date.After(w.Date)
			if !stated && (len(a.InResponseTo) > 0 || after == False) {
				continue
			}
			t := Targeting{Warrant: w, Action: a, Officials: hit, After: after, Stated: stated}
			t.DaysAfterLeast, t.DaysAfterMost, t.DaysKnown = w.Date.DaysBetween(a.Date)
			// A pair is listed only when the action may follow the warrant, so
			// the day range is that of an action that does; an answer cannot
			// come before what it answers, whatever imprecise dates leave open.
			t.DaysAfterLeast = max(t.DaysAfterLeast, 0)
			if stated {
				t.After = True
			}
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if c := out[i].Warrant.Date.Compare(out[j].Warrant.Date); c != 0 {
			return c < 0
		}
		if out[i].Warrant.ID != out[j].Warrant.ID {
			return out[i].Warrant.ID < out[j].Warrant.ID
		}
		if c := out[i].Action.Date.Compare(out[j].Action.Date); c != 0 {
			return c < 0
		}
		return out[i].Action.ID < out[j].Action.ID
	})
	return out, nil
}

// SubgraphQuery selects the neighbourhood Subgraph returns.
type SubgraphQuery struct {
	// IDs are the entity (or event) IDs to start from.
	IDs []string
	// Depth is how many entity-to-entity hops through events to take (1 to
	// MaxDepth; 0 means 1).
	Depth int
	// Kinds, Roles, From, To, Certain and Documents filter the events crossed,
	// with EventFilter's semantics.
	Kinds     []EventKind
	Roles     []Role
	From, To  Date
	Certain   bool
	Documents []string
	// Limit caps the number of nodes (0 means DefaultSubgraphLimit); a
	// subgraph cut short says so in Truncated.
	Limit int
}

// Subgraph bounds.
const (
	MaxDepth             = 6
	DefaultSubgraphLimit = 500
	MaxSubgraphLimit     = 10000
)

// A Node of a Subgraph: an entity or an event.
type Node struct {
	ID     string
	Kind   string // an EntityKind or an EventKind
	Label  string
	Entity *Entity // set for entities
	Event  *Event  // set for events
}

// An Edge of a Subgraph. Agents point at the event they act in; the event
// points at its other participants, and at the events it answers (role
// IN_RESPONSE_TO); a position holder points at the institution (role POSITION).
type Edge struct {
	ID     string
	Source string
	Target string
	Role   string
	// Event is the ID of the event the edge belongs to.
	Event string
	// Documents assert the edge; Sources are the event's sentences in them.
	Documents []string
	Sources   []Source
}

// Edge roles besides the participant roles.
const (
	// InResponseToRole links an event to one it answers.
	InResponseToRole = "IN_RESPONSE_TO"
	// PositionRole links a position holder to the institution the position
	// is at; the edge's ID is the position's and it has no Event.
	PositionRole = "POSITION"
)

// A Subgraph is a set of nodes and the edges between them.
type Subgraph struct {
	Nodes     []Node
	Edges     []Edge
	Truncated bool
}

// Subgraph returns the entities and events within Depth hops of the start
// IDs. It costs a constant number of round trips per hop.
func (s *Store) Subgraph(ctx context.Context, q SubgraphQuery) (*Subgraph, error) {
	depth := q.Depth
	if depth <= 0 {
		depth = 1
	}
	if depth > MaxDepth {
		return nil, fmt.Errorf("subgraph: depth %d above %d: %w", depth, MaxDepth, ErrInvalid)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultSubgraphLimit
	}
	if limit > MaxSubgraphLimit {
		return nil, fmt.Errorf("subgraph: limit %d above %d: %w", limit, MaxSubgraphLimit, ErrInvalid)
	}
	q.IDs = unique(q.IDs)
	if len(q.IDs) > MaxSubgraphLimit {
		return nil, fmt.Errorf("subgraph: %d start ids, more than %d: %w", len(q.IDs), MaxSubgraphLimit, ErrInvalid)
	}
	filter := EventFilter{Kinds: q.Kinds, From: q.From, To: q.To, Certain: q.Certain, Documents: q.Documents}
	g := &Subgraph{}
	entityIn, eventIn := map[string]bool{}, map[string]*Event{}
	var entityOrder []string
	var eventOrder []*Event

	// Seeds may name events as well as entities.
	seedEvents, err := s.Events(ctx, q.IDs)
	if err != nil {
		return nil, fmt.Errorf("subgraph: %w", err)
	}
	var frontier []string
	for i, id := range q.IDs {
		if ev := seedEvents[i]; ev != nil {
			// A statement merged into another event is seeded as that event,
			// under its ID, once.
			if eventIn[ev.ID] != nil {
				continue
			}
			eventIn[ev.ID] = ev
			eventOrder = append(eventOrder, ev)
			for _, p := range ev.Participants {
				frontier = append(frontier, p.Entity)
			}
			continue
		}
		frontier = append(frontier, id)
	}
	full := func() bool { return len(entityOrder)+len(eventOrder) >= limit }
	addEntities := func(ids []string) {
		for _, id := range ids {
			if !entityIn[id] {
				if full() {
					g.Truncated = true
					return
				}
				entityIn[id] = true
				entityOrder = append(entityOrder, id)
			}
		}
	}
	frontier = unique(frontier)
	addEntities(frontier)
	var memberships []*Position
	for hop := 0; hop < depth && len(frontier) > 0 && !g.Truncated; hop++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("subgraph: %w", err)
		}
		// Officials act in their institution's name, so an institution
		// reached by the walk brings its position holders in the same hop:
		// sanctions on a judge are sanctions on the court.
		held, err := s.positionsAt(ctx, frontier)
		if err != nil {
			return nil, fmt.Errorf("subgraph: %w", err)
		}
		for _, p := range held {
			if !entityIn[p.Holder] {
				frontier = append(frontier, p.Holder)
				addEntities([]string{p.Holder})
			}
			if entityIn[p.Holder] {
				memberships = append(memberships, p)
			}
		}
		inFrontier := make(map[string]bool, len(frontier))
		for _, e := range frontier {
			inFrontier[e] = true
		}
		byEntity, err := s.EventsOf(ctx, frontier)
		if err != nil {
			return nil, fmt.Errorf("subgraph: %w", err)
		}
		var ids []string
		for _, e := range frontier {
			for _, id := range byEntity[e] {
				if eventIn[id] == nil {
					ids = append(ids, id)
				}
			}
		}
		evs, err := s.Events(ctx, unique(ids))
		if err != nil {
			return nil, fmt.Errorf("subgraph: %w", err)
		}
		SortEvents(compact(evs))
		var next []string
		for _, ev := range compact(evs) {
			if eventIn[ev.ID] != nil || !filter.keeps(ev, nil) || !touches(ev, inFrontier, q.Roles) {
				continue
			}
			if full() {
				g.Truncated = true
				break
			}
			eventIn[ev.ID] = ev
			eventOrder = append(eventOrder, ev)
			for _, p := range ev.Participants {
				if !entityIn[p.Entity] {
					next = append(next, p.Entity)
				}
			}
			addEntities(unique(next))
		}
		frontier = unique(next)
	}

	// A walk restricted to roles is strict: a list's other members do not
	// involve the entities walked from in those roles, so they stay out.
	if !g.Truncated && len(q.Roles) == 0 {
		siblings, err := s.listSiblings(ctx, eventOrder, eventIn)
		if err != nil {
			return nil, fmt.Errorf("subgraph: %w", err)
		}
		for _, ev := range siblings {
			if !filter.keeps(ev, nil) {
				continue
			}
			if full() {
				g.Truncated = true
				break
			}
			eventIn[ev.ID] = ev
			eventOrder = append(eventOrder, ev)
			var parts []string
			for _, p := range ev.Participants {
				parts = append(parts, p.Entity)
			}
			addEntities(unique(parts))
		}
	}

	entities, err := s.Entities(ctx, entityOrder)
	if err != nil {
		return nil, fmt.Errorf("subgraph: %w", err)
	}
	if err := s.canonicalizeResponses(ctx, eventOrder); err != nil {
		return nil, fmt.Errorf("subgraph: %w", err)
	}
	for i, id := range entityOrder {
		e := entities[i]
		if e == nil {
			entityIn[id] = false
			continue
		}
		g.Nodes = append(g.Nodes, Node{ID: e.ID, Kind: string(e.Kind), Label: e.Name, Entity: e})
	}
	for _, p := range memberships {
		if entityIn[p.Holder] && entityIn[p.Organization] {
			g.Edges = append(g.Edges, Edge{ID: p.ID, Source: p.Holder, Target: p.Organization, Role: PositionRole, Documents: p.Documents, Sources: SourcesIn(p.Sources, p.Documents)})
		}
	}
	for _, ev := range eventOrder {
		g.Nodes = append(g.Nodes, Node{ID: ev.ID, Kind: string(ev.Kind), Label: EventLabel(ev, entityNames(entities)), Event: ev})
		for _, p := range ev.Participants {
			if !entityIn[p.Entity] {
				continue
			}
			edge := Edge{ID: ev.ID + "|" + string(p.Role) + "|" + p.Entity, Source: ev.ID, Target: p.Entity, Role: string(p.Role), Event: ev.ID, Documents: p.Documents}
			if p.Role == Agent {
				edge.Source, edge.Target = p.Entity, ev.ID
			}
			edge.Sources = SourcesIn(ev.Sources, p.Documents)
			g.Edges = append(g.Edges, edge)
		}
		for _, other := range ev.InResponseTo {
			if eventIn[other] != nil {
				g.Edges = append(g.Edges, Edge{ID: ev.ID + "|" + InResponseToRole + "|" + other, Source: ev.ID, Target: other, Role: InResponseToRole, Event: ev.ID, Documents: ev.Documents, Sources: SourcesIn(ev.Sources, ev.Documents)})
			}
		}
	}
	return g, nil
}

// canonicalizeResponses rewrites the InResponseTo IDs of events to the IDs
// the answered events are read under, since an undated statement of an event
// is read as part of its dated twin.
func (s *Store) canonicalizeResponses(ctx context.Context, evs []*Event) error {
	var ids []string
	for _, ev := range evs {
		ids = append(ids, ev.InResponseTo...)
	}
	ids = unique(ids)
	if len(ids) == 0 {
		return nil
	}
	answered, err := s.Events(ctx, ids)
	if err != nil {
		return err
	}
	canon := map[string]string{}
	for i, id := range ids {
		if answered[i] != nil {
			canon[id] = answered[i].ID
		}
	}
	for _, ev := range evs {
		var out []string
		for _, id := range ev.InResponseTo {
			if c, ok := canon[id]; ok {
				id = c
			}
			out = append(out, id)
		}
		ev.InResponseTo = unique(out)
	}
	return nil
}

// listSiblings returns the events not yet in the subgraph that one sentence
// states together with an event in it, as members of one list: "sanctions on
// A, B and C" is one statement that extraction splits into an event per
// target. They share the kind, the agents and the sentence. The sentences'
// spans are looked up in the index, so the cost follows the sentences, not
// how many events the agents have.
func (s *Store) listSiblings(ctx context.Context, in []*Event, have map[string]*Event) ([]*Event, error) {
	type sentence struct {
		kind   EventKind
		agents string
		doc    string
		start  int
	}
	said := map[sentence]bool{}
	docs := map[string]bool{}
	var spans []quad.Value
	for _, ev := range in {
		a := strings.Join(sortedCopy(ev.With(Agent)), "+")
		for _, src := range ev.Sources {
			said[sentence{ev.Kind, a, src.Document, src.Start}] = true
			docs[src.Document] = true
			spans = append(spans, quad.String(fmt.Sprintf("%d:%d", src.Start, src.End)))
		}
	}
	if len(spans) == 0 {
		return nil, nil
	}
	quads, err := s.match(ctx, on(quad.Object, spans...), on(quad.Predicate, pSource))
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, q := range quads {
		subj := iriString(q.Subject)
		if docs[iriString(q.Label)] && strings.HasPrefix(subj, idBase+"event/") && have[IDOf(subj)] == nil {
			ids = append(ids, IDOf(subj))
		}
	}
	candidates, err := s.Events(ctx, unique(ids))
	if err != nil {
		return nil, err
	}
	var out []*Event
	seen := map[string]bool{}
	for _, ev := range compact(candidates) {
		if have[ev.ID] != nil || seen[ev.ID] {
			continue
		}
		a := strings.Join(sortedCopy(ev.With(Agent)), "+")
		for _, src := range ev.Sources {
			if said[sentence{ev.Kind, a, src.Document, src.Start}] {
				seen[ev.ID] = true
				out = append(out, ev)
				break
			}
		}
	}
	SortEvents(out)
	return out, nil
}

func compact[T any](xs []*T) []*T {
	out := xs[:0]
	for _, x := range xs {
		if x != nil {
			out = append(out, x)
		}
	}
	return out
}

func touches(ev *Event, entities map[string]bool, roles []Role) bool {
	for _, p := range ev.Participants {
		if entities[p.Entity] && (len(roles) == 0 || contains(roles, p.Role)) {
			return true
		}
	}
	return false
}

// SourcesIn returns the sources in the given documents; a document that
// asserts the fact without a sentence (a curated dataset) is cited whole, with
// no quote, so that every edge names where it comes from.
func SourcesIn(ss []Source, docs []string) []Source {
	var out []Source
	quoted := map[string]bool{}
	for _, s := range ss {
		if contains(docs, s.Document) {
			out = append(out, s)
			quoted[s.Document] = true
		}
	}
	for _, d := range docs {
		if !quoted[d] {
			out = append(out, Source{Document: d})
		}
	}
	return out
}

func entityNames(es []*Entity) map[string]string {
	out := map[string]string{}
	for _, e := range es {
		if e != nil {
			out[e.ID] = e.Name
		}
	}
	return out
}

// EventLabel is a short human label for an event: its kind, who and whom, and
// its date ("ARREST_WARRANT: International Criminal Court → Vladimir Putin, 2023-03-17").
func EventLabel(ev *Event, names map[string]string) string {
	name := func(ids []string) string {
		out := ""
		for i, id := range ids {
			if i > 0 {
				out += ", "
			}
			if n, ok := names[id]; ok {
				out += n
			} else {
				out += id
			}
		}
		return out
	}
	label := string(ev.Kind)
	if a := ev.With(Agent); len(a) > 0 {
		label += ": " + name(a)
	}
	if t := ev.With(Target); len(t) > 0 {
		label += " → " + name(t)
	}
	if !ev.Date.IsZero() {
		label += ", " + ev.Date.String()
	}
	return label
}

// A PathStep is one node on a Path; Role is how the step links to the one
// before it ("" for the first).
type PathStep struct {
	ID   string
	Role Role
}

// A Path connects two entities through events: entity, event, entity, ...
type Path []PathStep

// Paths returns up to first shortest paths from one entity to another through
// events, crossing at most maxDepth events. It costs three round trips per hop.
func (s *Store) Paths(ctx context.Context, from, to string, maxDepth, first int) ([]Path, error) {
	if maxDepth <= 0 || maxDepth > MaxDepth {
		return nil, fmt.Errorf("paths: maxDepth %d outside 1..%d: %w", maxDepth, MaxDepth, ErrInvalid)
	}
	if first <= 0 {
		first = 1
	}
	if from == to {
		return []Path{{{ID: from}}}, nil
	}
	type parent struct {
		event   string
		entity  string
		inRole  Role // role of the entity reached
		outRole Role // role of the parent entity in the event
	}
	parents := map[string][]parent{}
	seen := map[string]bool{from: true}
	frontier := []string{from}
	found := false
	for hop := 0; hop < maxDepth && len(frontier) > 0 && !found; hop++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("paths: %w", err)
		}
		byEntity, err := s.EventsOf(ctx, frontier)
		if err != nil {
			return nil, fmt.Errorf("paths: %w", err)
		}
		var ids []string
		for _, e := range frontier {
			ids = append(ids, byEntity[e]...)
		}
		evs, err := s.Events(ctx, unique(ids))
		if err != nil {
			return nil, fmt.Errorf("paths: %w", err)
		}
		inFrontier := map[string]bool{}
		for _, e := range frontier {
			inFrontier[e] = true
		}
		var next []string
		reached := map[string]bool{}
		for _, ev := range compact(evs) {
			for _, a := range ev.Participants {
				if !inFrontier[a.Entity] {
					continue
				}
				for _, b := range ev.Participants {
					if seen[b.Entity] {
						continue
					}
					parents[b.Entity] = append(parents[b.Entity], parent{event: ev.ID, entity: a.Entity, inRole: b.Role, outRole: a.Role})
					if !reached[b.Entity] {
						reached[b.Entity] = true
						next = append(next, b.Entity)
					}
				}
			}
		}
		for _, e := range next {
			seen[e] = true
		}
		found = reached[to]
		frontier = next
	}
	if !found {
		return nil, nil
	}
	var out []Path
	var walk func(node string, suffix Path)
	walk = func(node string, suffix Path) {
		if len(out) >= first {
			return
		}
		if node == from {
			p := append(Path{{ID: from}}, suffix...)
			out = append(out, p)
			return
		}
		for _, pa := range parents[node] {
			step := Path{{ID: pa.event, Role: pa.outRole}, {ID: node, Role: pa.inRole}}
			walk(pa.entity, append(step, suffix...))
		}
	}
	walk(to, nil)
	return out, nil
}
