package schema

import (
	"sort"

	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
)

// eventsOfEntity queues the entity's events and returns a function that
// reads them once every sibling has queued its own.
func (b *builder) eventsOfEntity(p graphql.ResolveParams, ids ...string) func() ([]*graph.Event, error) {
	l := b.loaders(p.Context)
	l.eventsOf.enqueue(ids...)
	return func() ([]*graph.Event, error) {
		byEntity, err := l.eventsOf.get(p.Context, ids)
		if err != nil {
			return nil, storeError(err)
		}
		var all []string
		seen := map[string]bool{}
		for _, evs := range byEntity {
			for _, id := range evs {
				if !seen[id] {
					seen[id] = true
					all = append(all, id)
				}
			}
		}
		evs, err := l.events.get(p.Context, all)
		if err != nil {
			return nil, storeError(err)
		}
		return nonNil(evs), nil
	}
}

func (b *builder) resolveEntityEvents(p graphql.ResolveParams) (any, error) {
	e := p.Source.(*graph.Entity)
	f, err := b.parseEventFilter(p.Context, p.Args, "")
	if err != nil {
		return nil, err
	}
	if _, _, err := pageBounds(p.Args); err != nil {
		return nil, err
	}
	// role is the role of this entity; participant names a co-participant.
	roles := f.base.Roles
	f.base.Roles = nil
	desc := p.Args["sort"] == "DATE_DESC"
	load := b.eventsOfEntity(p, e.ID)
	return later(p, func() (any, error) {
		evs, err := load()
		if err != nil {
			return nil, err
		}
		var kept []*graph.Event
		for _, ev := range evs {
			if plays(ev, e.ID, roles) && f.keeps(ev) {
				kept = append(kept, ev)
			}
		}
		sortEvents(kept, desc)
		return paginate(kept, p.Args)
	}), nil
}

// plays reports whether entity takes part in ev in one of roles (any role
// when roles is empty).
func plays(ev *graph.Event, entity string, roles []graph.Role) bool {
	for _, pa := range ev.Participants {
		if pa.Entity == entity && (len(roles) == 0 || containsRole(roles, pa.Role)) {
			return true
		}
	}
	return false
}

func (b *builder) resolveNeighbors(p graphql.ResolveParams) (any, error) {
	e := p.Source.(*graph.Entity)
	f, err := b.parseEventFilter(p.Context, p.Args, "")
	if err != nil {
		return nil, err
	}
	roles, _ := rolesArg(p.Args, "roles")
	if _, _, err := pageBounds(p.Args); err != nil {
		return nil, err
	}
	load := b.eventsOfEntity(p, e.ID)
	return later(p, func() (any, error) {
		evs, err := load()
		if err != nil {
			return nil, err
		}
		graph.SortEvents(evs)
		byID := map[string]*neighborValue{}
		for _, ev := range evs {
			if !plays(ev, e.ID, nil) || !f.keeps(ev) {
				continue
			}
			for _, pa := range ev.Participants {
				if pa.Entity == e.ID || len(roles) > 0 && !containsRole(roles, pa.Role) {
					continue
				}
				n := byID[pa.Entity]
				if n == nil {
					n = &neighborValue{id: pa.Entity, roles: []string{}}
					byID[pa.Entity] = n
				}
				if len(n.events) == 0 || n.events[len(n.events)-1] != ev {
					n.events = append(n.events, ev)
				}
				if !containsString(n.roles, string(pa.Role)) {
					n.roles = append(n.roles, string(pa.Role))
				}
			}
		}
		out := make([]*neighborValue, 0, len(byID))
		for _, id := range sortedKeys(byID) {
			out = append(out, byID[id])
		}
		sort.SliceStable(out, func(i, j int) bool { return len(out[i].events) > len(out[j].events) })
		return paginate(out, p.Args)
	}), nil
}

// resolveChain lists the events that share a participant with the source
// event and come after (or before) it.
func (b *builder) resolveChain(p graphql.ResolveParams, after bool) (any, error) {
	ev := evOf(p)
	kinds, _ := eventKindsArg(p.Args, "kinds")
	roles, _ := rolesArg(p.Args, "roles")
	certain := true
	if c, ok := p.Args["certain"].(bool); ok {
		certain = c
	}
	if _, _, err := pageBounds(p.Args); err != nil {
		return nil, err
	}
	var ids []string
	for _, pa := range ev.Participants {
		ids = append(ids, pa.Entity)
	}
	load := b.eventsOfEntity(p, ids...)
	return later(p, func() (any, error) {
		evs, err := load()
		if err != nil {
			return nil, err
		}
		var kept []*graph.Event
		for _, other := range evs {
			if other.ID == ev.ID || len(kinds) > 0 && !containsKind(kinds, other.Kind) {
				continue
			}
			shares := false
			for _, pa := range other.Participants {
				if containsString(ids, pa.Entity) && (len(roles) == 0 || containsRole(roles, pa.Role)) {
					shares = true
					break
				}
			}
			if !shares {
				continue
			}
			t := other.Date.After(ev.Date)
			if !after {
				t = other.Date.Before(ev.Date)
			}
			if t == graph.True || !certain && t == graph.Possibly {
				kept = append(kept, other)
			}
		}
		sortEvents(kept, !after)
		return paginate(kept, p.Args)
	}), nil
}

// resolveRomeStatute computes a state's standing from its withdrawal events
// that name the court or the statute, against the configured clock.
func (b *builder) resolveRomeStatute(p graphql.ResolveParams) (any, error) {
	e := p.Source.(*graph.Entity)
	load := b.eventsOfEntity(p, e.ID)
	return later(p, func() (any, error) {
		evs, err := load()
		if err != nil {
			return nil, err
		}
		var ws []*graph.Event
		for _, ev := range evs {
			if (ev.Kind == graph.Withdrawal || ev.Kind == graph.WithdrawalAnnouncement) &&
				plays(ev, e.ID, []graph.Role{graph.Agent}) && b.namesStatute(ev) {
				ws = append(ws, ev)
			}
		}
		if len(ws) == 0 {
			return nil, nil
		}
		graph.SortEvents(ws)
		return statuteStatus(ws, graph.DateOf(b.cfg.now())), nil
	}), nil
}

func (b *builder) namesStatute(ev *graph.Event) bool {
	for _, pa := range ev.Participants {
		if pa.Role != graph.Agent && containsString(b.cfg.statuteNames, pa.Entity) {
			return true
		}
	}
	return false
}

// statuteStatus reads withdrawal events (sorted by date) as of today. A date
// counts as passed when its last possible day is not after today, so a
// withdrawal "in 2026" has not taken effect until the year is out.
func statuteStatus(ws []*graph.Event, today graph.Date) *statuteValue {
	passed := func(d graph.Date) bool { return !d.Latest().After(today.Earliest()) }
	sv := &statuteValue{status: "PARTY", events: ws}
	for _, ev := range ws {
		switch ev.Kind {
		case graph.WithdrawalAnnouncement:
			if sv.announced.IsZero() {
				sv.announced = ev.Date
			}
		case graph.Withdrawal:
			if sv.notified.IsZero() {
				sv.notified = ev.Date
				sv.effective = ev.Effective
				if sv.effective.IsZero() {
					sv.effective = ev.Date.AddYears(1) // Rome Statute, Article 127(1)
				}
			}
		}
	}
	switch {
	case !sv.effective.IsZero() && passed(sv.effective):
		sv.status = "WITHDRAWN"
	case !sv.notified.IsZero() && passed(sv.notified):
		sv.status = "WITHDRAWAL_NOTIFIED"
	case !sv.announced.IsZero() && passed(sv.announced):
		sv.status = "WITHDRAWAL_ANNOUNCED"
	}
	return sv
}
