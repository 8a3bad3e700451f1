package schema

import (
	"context"
	"errors"
	"sort"
	"strconv"

	"github.com/hague-kg/hague/graph"
)

// eventFilter is a compiled event filter: its own conditions, which all must
// hold, combined with AND, OR and NOT sub-filters.
type eventFilter struct {
	base       graph.EventFilter
	outletDocs map[string]bool // documents of base.Outlets; nil when no outlet is given
	and, or    []*eventFilter
	not        *eventFilter
}

func (f *eventFilter) keeps(ev *graph.Event) bool {
	g := &f.base
	if len(g.Kinds) > 0 && !containsKind(g.Kinds, ev.Kind) {
		return false
	}
	if len(g.Participants) > 0 {
		found := false
		for _, p := range ev.Participants {
			if containsString(g.Participants, p.Entity) && (len(g.Roles) == 0 || containsRole(g.Roles, p.Role)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if !g.From.IsZero() || !g.To.IsZero() || g.Certain {
		switch ev.Date.Overlaps(g.From, g.To) {
		case graph.False:
			return false
		case graph.Possibly:
			if g.Certain {
				return false
			}
		}
	}
	if len(g.Documents) > 0 && !anyIn(ev.Documents, func(d string) bool { return containsString(g.Documents, d) }) {
		return false
	}
	if f.outletDocs != nil && !anyIn(ev.Documents, func(d string) bool { return f.outletDocs[d] }) {
		return false
	}
	for _, sub := range f.and {
		if !sub.keeps(ev) {
			return false
		}
	}
	if len(f.or) > 0 && !anyIn(f.or, func(sub *eventFilter) bool { return sub.keeps(ev) }) {
		return false
	}
	if f.not != nil && f.not.keeps(ev) {
		return false
	}
	return true
}

func anyIn[T any](xs []T, ok func(T) bool) bool {
	for _, x := range xs {
		if ok(x) {
			return true
		}
	}
	return false
}

// parseEventFilter compiles the filter arguments (or an EventWhere object);
// at prefixes argument names in errors ("where.OR[1].from").
func (b *builder) parseEventFilter(ctx context.Context, args map[string]any, at string) (*eventFilter, error) {
	f := &eventFilter{}
	var err error
	if f.base.Kinds, err = eventKindsArg(args, at+"kinds"); err != nil {
		return nil, err
	}
	if ref, _ := args["participant"].(string); ref != "" {
		e, err := b.lookupEntity(ctx, ref, at+"participant")
		if err != nil {
			return nil, err
		}
		f.base.Participants = []string{e.ID}
	}
	if r, _ := args["role"].(string); r != "" {
		f.base.Roles = []graph.Role{graph.Role(r)}
	}
	if f.base.From, err = dateArg(args, "from", at); err != nil {
		return nil, err
	}
	if f.base.To, err = dateArg(args, "to", at); err != nil {
		return nil, err
	}
	if !f.base.From.IsZero() && !f.base.To.IsZero() && f.base.To.Before(f.base.From) == graph.True {
		return nil, badInput(at+"to", "%sto (%s) is before %sfrom (%s)", at, f.base.To, at, f.base.From)
	}
	f.base.Certain, _ = args["certain"].(bool)
	if doc, _ := args["document"].(string); doc != "" {
		f.base.Documents = []string{doc}
	}
	if outlet, _ := args["outlet"].(string); outlet != "" {
		f.base.Outlets = []string{outlet}
		if f.outletDocs, err = b.outletDocuments(ctx, outlet); err != nil {
			return nil, err
		}
	}
	if where, ok := args["where"].(map[string]any); ok {
		sub, err := b.parseEventFilter(ctx, where, at+"where.")
		if err != nil {
			return nil, err
		}
		f.and = append(f.and, sub)
	}
	for _, op := range []string{"AND", "OR"} {
		list, _ := args[op].([]any)
		for i, x := range list {
			m, _ := x.(map[string]any)
			sub, err := b.parseEventFilter(ctx, m, at+op+"["+strconv.Itoa(i)+"].")
			if err != nil {
				return nil, err
			}
			if op == "AND" {
				f.and = append(f.and, sub)
			} else {
				f.or = append(f.or, sub)
			}
		}
	}
	if m, ok := args["NOT"].(map[string]any); ok {
		if f.not, err = b.parseEventFilter(ctx, m, at+"NOT."); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// outletDocuments returns the IRIs of the documents of an outlet.
func (b *builder) outletDocuments(ctx context.Context, outlet string) (map[string]bool, error) {
	docs, err := b.loaders(ctx).allDocuments(ctx)
	if err != nil {
		return nil, storeError(err)
	}
	out := map[string]bool{}
	for _, d := range docs {
		if graph.Fold(d.Outlet) == graph.Fold(outlet) {
			out[d.IRI] = true
		}
	}
	return out, nil
}

// lookupEntity finds an entity by id, name or alias; a miss is NOT_FOUND
// naming the argument.
func (b *builder) lookupEntity(ctx context.Context, ref, argument string) (*graph.Entity, error) {
	e, err := b.store.Lookup(ctx, ref)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, notFound(argument, "%s: no entity has the id, name or alias %q", argument, ref)
	}
	if err != nil {
		return nil, storeError(err)
	}
	b.loaders(ctx).primeEntities([]*graph.Entity{e})
	return e, nil
}

func dateArg(args map[string]any, name, at string) (graph.Date, error) {
	s, _ := args[name].(string)
	d, err := graph.ParseDate(s)
	if err != nil {
		return graph.Date{}, badInput(at+name, "%s%s: %q is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", at, name, s)
	}
	return d, nil
}

func eventKindsArg(args map[string]any, name string) ([]graph.EventKind, error) {
	list, _ := args[lastName(name)].([]any)
	var out []graph.EventKind
	for _, x := range list {
		s, _ := x.(string)
		out = append(out, graph.EventKind(s))
	}
	return out, nil
}

func entityKindsArg(args map[string]any, name string) ([]graph.EntityKind, error) {
	list, _ := args[lastName(name)].([]any)
	var out []graph.EntityKind
	for _, x := range list {
		s, _ := x.(string)
		out = append(out, graph.EntityKind(s))
	}
	return out, nil
}

func rolesArg(args map[string]any, name string) ([]graph.Role, error) {
	list, _ := args[name].([]any)
	var out []graph.Role
	for _, x := range list {
		s, _ := x.(string)
		out = append(out, graph.Role(s))
	}
	return out, nil
}

// lastName strips the "where.OR[1]." prefix of an argument path.
func lastName(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			return path[i+1:]
		}
	}
	return path
}

func containsKind(ks []graph.EventKind, k graph.EventKind) bool {
	return anyIn(ks, func(x graph.EventKind) bool { return x == k })
}

func containsEntityKind(ks []graph.EntityKind, k graph.EntityKind) bool {
	return anyIn(ks, func(x graph.EntityKind) bool { return x == k })
}

func containsString(ss []string, s string) bool {
	return anyIn(ss, func(x string) bool { return x == s })
}

// sortEvents orders events by date, oldest or newest first; undated events
// come last either way.
func sortEvents(evs []*graph.Event, desc bool) {
	graph.SortEvents(evs)
	if !desc {
		return
	}
	dated := 0
	for dated < len(evs) && !evs[dated].Date.IsZero() {
		dated++
	}
	sort.SliceStable(evs[:dated], func(i, j int) bool {
		return evs[:dated][i].Date.Compare(evs[:dated][j].Date) > 0
	})
}

func sortEntities(es []*graph.Entity, desc bool) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := graph.Fold(es[i].Name), graph.Fold(es[j].Name)
		if a != b {
			return (a < b) != desc
		}
		return (es[i].ID < es[j].ID) != desc
	})
}
