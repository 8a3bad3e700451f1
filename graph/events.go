package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"
)

// Events returns the events with the given IDs, in order, with nil where the
// store has none. Statements of one event by several documents are returned
// merged (see mergeStatements), so two slots may hold the same event. It costs four round trips however
// many IDs it is given.
func (s *Store) Events(ctx context.Context, ids []string) ([]*Event, error) {
	subjects := make([]string, len(ids))
	for i, id := range ids {
		subjects[i] = EventIRI(id)
	}
	described, err := s.describe(ctx, subjects)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if err := s.addSiblings(ctx, described); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	docs, err := s.sourceDocuments(ctx, described)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	merged := mergeStatements(described)
	parts := map[string][]string{}
	for from, into := range merged {
		parts[into] = append(parts[into], from)
	}
	decoded := map[string]*Event{}
	out := make([]*Event, len(ids))
	for i, subj := range subjects {
		into := subj
		if m, ok := merged[subj]; ok {
			into = m
		}
		ev, ok := decoded[into]
		if !ok {
			quads := described[into]
			from := parts[into]
			sort.Strings(from)
			for _, f := range from {
				quads = append(quads, described[f]...)
			}
			ev = decodeEvent(IDOf(into), quads, docs)
			decoded[into] = ev
		}
		out[i] = ev
	}
	return out, nil
}

// addSiblings describes, besides the events asked for, every event that shares
// a key with one of them, so that undated and dated statements of one event
// can be merged.
func (s *Store) addSiblings(ctx context.Context, described map[string][]quad.Quad) error {
	var keys []quad.Value
	for _, quads := range described {
		for _, q := range quads {
			if q.Predicate == pKey {
				keys = append(keys, q.Object)
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	siblings, err := s.subjects(ctx, on(quad.Predicate, pKey), on(quad.Object, keys...))
	if err != nil {
		return err
	}
	var missing []string
	for _, subj := range siblings {
		if _, ok := described[subj]; !ok {
			missing = append(missing, subj)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	more, err := s.describe(ctx, missing)
	if err != nil {
		return err
	}
	for k, v := range more {
		described[k] = v
	}
	return nil
}

// mergeStatements maps events to the event they are read as part of. Events
// that share a key (kind, agents, targets) are statements of one event when
// their dates agree ("2023-03-17" and "2023" agree, "2023" and "2024" do
// not) and the agreement is unambiguous: a date that agrees with two
// separate events, and an undated statement beside two, stay apart. The
// event that keeps its ID is the one whose ID carries the year, else the
// smallest.
func mergeStatements(described map[string][]quad.Quad) map[string]string {
	type member struct {
		subj string
		date Date
	}
	groups := map[string][]member{}
	for subj, quads := range described {
		key, dates := "", votes{}
		for _, q := range quads {
			switch q.Predicate {
			case pKey:
				key = literal(q.Object)
			case pDate:
				dates[literal(q.Object)]++
			}
		}
		if key != "" {
			groups[key] = append(groups[key], member{subj, preciseDate(dates)})
		}
	}
	out := map[string]string{}
	for _, members := range groups {
		if len(members) < 2 {
			continue
		}
		// Precise dates first, so that a coarse one ("2009") can tell whether
		// it agrees with one cluster (join it) or with several (2009-03 and
		// 2009-07: it could be either, so it stays apart).
		sort.Slice(members, func(i, j int) bool {
			if members[i].date.Precision != members[j].date.Precision {
				return members[i].date.Precision > members[j].date.Precision
			}
			return members[i].subj < members[j].subj
		})
		var clusters [][]member
		var undated []member
		for _, m := range members {
			if m.date.IsZero() {
				undated = append(undated, m)
				continue
			}
			var agreeing []int
			for i, c := range clusters {
				agrees := true
				for _, o := range c {
					agrees = agrees && m.date.Overlaps(o.date, o.date) != False
				}
				if agrees {
					agreeing = append(agreeing, i)
				}
			}
			if len(agreeing) == 1 {
				clusters[agreeing[0]] = append(clusters[agreeing[0]], m)
			} else {
				clusters = append(clusters, []member{m})
			}
		}
		switch len(clusters) {
		case 0:
			clusters = [][]member{undated}
		case 1:
			clusters[0] = append(clusters[0], undated...)
		}
		for _, c := range clusters {
			if len(c) < 2 {
				continue
			}
			canon := c[0].subj
			for _, m := range c {
				if hasYear(m.subj) && (!hasYear(canon) || m.subj < canon) {
					canon = m.subj
				}
			}
			for _, m := range c {
				if m.subj != canon {
					out[m.subj] = canon
				}
			}
		}
	}
	return out
}

// hasYear reports whether an event IRI ends in the year EventID gives a dated event.
func hasYear(iri string) bool {
	n := len(iri)
	if n < 5 || iri[n-5] != '_' {
		return false
	}
	for _, c := range iri[n-4:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Event returns the event with the given ID, or an error wrapping ErrNotFound.
func (s *Store) Event(ctx context.Context, id string) (*Event, error) {
	evs, err := s.Events(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if evs[0] == nil {
		return nil, fmt.Errorf("event %q: %w", id, ErrNotFound)
	}
	return evs[0], nil
}

func decodeEvent(id string, quads []quad.Quad, docs map[string]*Document) *Event {
	ev := &Event{ID: id}
	kinds := votes{}
	dates, effective, until := votes{}, votes{}, votes{}
	type link struct {
		role   Role
		entity string
	}
	participants := map[link][]string{}
	responds := map[string]bool{}
	isEvent := false
	for _, q := range quads {
		p, _ := q.Predicate.(quad.IRI)
		switch p {
		case rdfType:
			isEvent = isEvent || q.Object == classEvent
		case pKind:
			kinds[literal(q.Object)]++
		case pDate:
			dates[literal(q.Object)]++
		case pEffective:
			effective[literal(q.Object)]++
		case pUntil:
			until[literal(q.Object)]++
		case pCounts:
			if n := intOf(q.Object); n > ev.Counts {
				ev.Counts = n
			}
		case pDescription:
			if ev.Description == "" {
				ev.Description = literal(q.Object)
			}
		case pInResponse:
			responds[IDOf(iriString(q.Object))] = true
		case pConfidence:
			if c := floatOf(q.Object); c > ev.Confidence {
				ev.Confidence = c
			}
		default:
			if r, ok := roleOf(p); ok {
				key := link{r, IDOf(iriString(q.Object))}
				participants[key] = append(participants[key], iriString(q.Label))
			}
		}
	}
	if !isEvent {
		return nil
	}
	ev.Kind = EventKind(kinds.best())
	ev.Date = preciseDate(dates)
	ev.Effective = preciseDate(effective)
	ev.Until = preciseDate(until)
	for l, docs := range participants {
		docs = unique(docs)
		sort.Strings(docs)
		ev.Participants = append(ev.Participants, Participant{Role: l.role, Entity: l.entity, Documents: docs})
	}
	sort.Slice(ev.Participants, func(i, j int) bool {
		a, b := ev.Participants[i], ev.Participants[j]
		if a.Role != b.Role {
			return roleIndex(a.Role) < roleIndex(b.Role)
		}
		return a.Entity < b.Entity
	})
	for id := range responds {
		ev.InResponseTo = append(ev.InResponseTo, id)
	}
	sort.Strings(ev.InResponseTo)
	ev.Sources = sourcesOf(quads, docs)
	ev.Documents = labelsOf(quads)
	return ev
}

func roleIndex(r Role) int {
	for i, x := range Roles {
		if x == r {
			return i
		}
	}
	return len(Roles)
}

// preciseDate picks, among the dates documents give, the most precise one that
// agrees with the others ("2025-03-07" over "2025-03"); when they disagree it
// falls back to the one most documents give.
func preciseDate(v votes) Date {
	var ds []Date
	for s := range v {
		if d, err := ParseDate(s); err == nil && !d.IsZero() {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return Date{}
	}
	sort.Slice(ds, func(i, j int) bool {
		if ds[i].Precision != ds[j].Precision {
			return ds[i].Precision > ds[j].Precision
		}
		return ds[i].String() < ds[j].String()
	})
	for _, d := range ds {
		agrees := true
		for _, o := range ds {
			if d.Overlaps(o, o) == False {
				agrees = false
				break
			}
		}
		if agrees {
			return d
		}
	}
	d, _ := ParseDate(v.best())
	return d
}

// EventFilter selects events for FindEvents. Empty fields select all.
type EventFilter struct {
	Kinds []EventKind
	// Participants keeps events in which one of these entities takes part, in
	// one of Roles when Roles is set.
	Participants []string
	Roles        []Role
	// From and To bound the event's date. An imprecise date ("2025-02")
	// overlaps the range when some day it can be falls inside; with Certain,
	// every day it can be must fall inside, and events without a date are left out.
	From, To Date
	Certain  bool
	// Documents keeps events asserted by one of these document IRIs; Outlets
	// keeps events asserted by a document of one of these outlets.
	Documents []string
	Outlets   []string
}

// FindEvents returns the events that match the filter, sorted by date (events
// without a date last), then by ID. It costs four round trips at most.
func (s *Store) FindEvents(ctx context.Context, f EventFilter) ([]*Event, error) {
	ids, err := s.eventIDs(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	all, err := s.Events(ctx, ids)
	if err != nil {
		return nil, err
	}
	var outletDocs map[string]bool
	if len(f.Outlets) > 0 {
		if outletDocs, err = s.documentsOfOutlets(ctx, f.Outlets); err != nil {
			return nil, err
		}
	}
	var out []*Event
	seen := map[string]bool{}
	for _, ev := range all {
		if ev == nil || seen[ev.ID] || !f.keeps(ev, outletDocs) {
			continue
		}
		seen[ev.ID] = true
		out = append(out, ev)
	}
	SortEvents(out)
	return out, nil
}

// SortEvents sorts events by date (unknown dates last), then kind, then ID.
func SortEvents(evs []*Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		if c := evs[i].Date.Compare(evs[j].Date); c != 0 {
			return c < 0
		}
		if evs[i].Kind != evs[j].Kind {
			return evs[i].Kind < evs[j].Kind
		}
		return evs[i].ID < evs[j].ID
	})
}

func (s *Store) eventIDs(ctx context.Context, f EventFilter) ([]string, error) {
	var subjects []string
	var err error
	if len(f.Participants) > 0 {
		roles := f.Roles
		if len(roles) == 0 {
			roles = Roles
		}
		preds := make([]quad.Value, len(roles))
		for i, r := range roles {
			if !r.Valid() {
				return nil, fmt.Errorf("unknown role %q: %w", r, ErrInvalid)
			}
			preds[i] = rolePredicates[r]
		}
		objs := make([]quad.Value, len(f.Participants))
		for i, id := range f.Participants {
			objs[i] = quad.IRI(EntityIRI(id))
		}
		subjects, err = s.subjects(ctx, on(quad.Predicate, preds...), on(quad.Object, objs...))
	} else if len(f.Kinds) > 0 {
		kinds := make([]quad.Value, len(f.Kinds))
		for i, k := range f.Kinds {
			if !k.Valid() {
				return nil, fmt.Errorf("unknown event kind %q: %w", k, ErrInvalid)
			}
			kinds[i] = quad.String(k)
		}
		subjects, err = s.subjects(ctx, on(quad.Predicate, pKind), on(quad.Object, kinds...))
	} else {
		subjects, err = s.subjects(ctx, on(quad.Predicate, rdfType), on(quad.Object, classEvent))
	}
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(subjects))
	for i, subj := range subjects {
		ids[i] = IDOf(subj)
	}
	return ids, nil
}

func (f *EventFilter) keeps(ev *Event, outletDocs map[string]bool) bool {
	if len(f.Kinds) > 0 && !contains(f.Kinds, ev.Kind) {
		return false
	}
	if len(f.Participants) > 0 {
		found := false
		for _, p := range ev.Participants {
			if contains(f.Participants, p.Entity) && (len(f.Roles) == 0 || contains(f.Roles, p.Role)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if f.Certain && ev.Date.IsZero() {
		return false
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		switch ev.Date.Overlaps(f.From, f.To) {
		case False:
			return false
		case Possibly:
			if f.Certain {
				return false
			}
		}
	}
	if len(f.Documents) > 0 && !overlaps(ev.Documents, f.Documents) {
		return false
	}
	if outletDocs != nil {
		found := false
		for _, d := range ev.Documents {
			found = found || outletDocs[d]
		}
		if !found {
			return false
		}
	}
	return true
}

func (s *Store) documentsOfOutlets(ctx context.Context, outlets []string) (map[string]bool, error) {
	docs, err := s.AllDocuments(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, d := range docs {
		for _, o := range outlets {
			if Fold(d.Outlet) == Fold(o) {
				out[d.IRI] = true
			}
		}
	}
	return out, nil
}

// EventsOf returns, for each entity ID, the IDs of the events it takes part
// in, in one round trip.
func (s *Store) EventsOf(ctx context.Context, entityIDs []string) (map[string][]string, error) {
	objs := make([]quad.Value, len(entityIDs))
	for i, id := range entityIDs {
		objs[i] = quad.IRI(EntityIRI(id))
	}
	preds := make([]quad.Value, 0, len(rolePredicates))
	for _, r := range Roles {
		preds = append(preds, rolePredicates[r])
	}
	quads, err := s.match(ctx, on(quad.Object, objs...), on(quad.Predicate, preds...))
	if err != nil {
		return nil, fmt.Errorf("events of entities: %w", err)
	}
	out := map[string][]string{}
	for _, q := range quads {
		e := IDOf(iriString(q.Object))
		out[e] = append(out[e], IDOf(iriString(q.Subject)))
	}
	for k, v := range out {
		out[k] = unique(v)
	}
	return out, nil
}

// Positions returns, for each holder's entity ID, the positions the holder is
// said to hold, in two round trips.
func (s *Store) Positions(ctx context.Context, holderIDs []string) (map[string][]*Position, error) {
	objs := make([]quad.Value, len(holderIDs))
	for i, id := range holderIDs {
		objs[i] = quad.IRI(EntityIRI(id))
	}
	subjects, err := s.subjects(ctx, on(quad.Predicate, pHolder), on(quad.Object, objs...))
	if err != nil {
		return nil, fmt.Errorf("positions: %w", err)
	}
	described, err := s.describe(ctx, subjects)
	if err != nil {
		return nil, fmt.Errorf("positions: %w", err)
	}
	docs, err := s.sourceDocuments(ctx, described)
	if err != nil {
		return nil, fmt.Errorf("positions: %w", err)
	}
	out := map[string][]*Position{}
	for _, subj := range subjects {
		p := decodePosition(IDOf(subj), described[subj], docs)
		if p != nil {
			out[p.Holder] = append(out[p.Holder], p)
		}
	}
	for _, ps := range out {
		sort.Slice(ps, func(i, j int) bool { return ps[i].ID < ps[j].ID })
	}
	return out, nil
}

func decodePosition(id string, quads []quad.Quad, docs map[string]*Document) *Position {
	p := &Position{ID: id}
	starts, ends := votes{}, votes{}
	for _, q := range quads {
		pred, _ := q.Predicate.(quad.IRI)
		switch pred {
		case pHolder:
			p.Holder = IDOf(iriString(q.Object))
		case pTitle:
			p.Title = literal(q.Object)
		case pOrg:
			p.Organization = IDOf(iriString(q.Object))
		case pStart:
			starts[literal(q.Object)]++
		case pEnd:
			ends[literal(q.Object)]++
		}
	}
	if p.Holder == "" {
		return nil
	}
	p.Start, p.End = preciseDate(starts), preciseDate(ends)
	p.Sources = sourcesOf(quads, docs)
	p.Documents = labelsOf(quads)
	return p
}
