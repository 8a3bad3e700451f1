package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// Entities returns the entities with the given IDs, in order, with nil where
// the store has none. It costs two round trips however many IDs it is given.
func (s *Store) Entities(ctx context.Context, ids []string) ([]*Entity, error) {
	subjects := make([]string, len(ids))
	for i, id := range ids {
		subjects[i] = EntityIRI(id)
	}
	described, err := s.describe(ctx, subjects)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	docs, err := s.sourceDocuments(ctx, described)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	out := make([]*Entity, len(ids))
	for i, id := range ids {
		out[i] = decodeEntity(id, described[subjects[i]], docs)
	}
	return out, nil
}

// Entity returns the entity with the given ID, or an error wrapping ErrNotFound.
func (s *Store) Entity(ctx context.Context, id string) (*Entity, error) {
	es, err := s.Entities(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if es[0] == nil {
		return nil, fmt.Errorf("entity %q: %w", id, ErrNotFound)
	}
	return es[0], nil
}

func decodeEntity(id string, quads []quad.Quad, docs map[string]*Document) *Entity {
	kinds, names := votes{}, votes{}
	e := &Entity{ID: id}
	aliases := map[string]bool{}
	for _, q := range quads {
		p, _ := q.Predicate.(quad.IRI)
		switch p {
		case rdfType:
			if k, ok := kindOfClass(iriString(q.Object)); ok {
				kinds[string(k)]++
			}
		case pName:
			names[literal(q.Object)]++
		case pAlias:
			aliases[literal(q.Object)] = true
		case pWikidata:
			e.Wikidata = literal(q.Object)
		case pISO:
			e.ISO = literal(q.Object)
		case pConfidence:
			if c := floatOf(q.Object); c > e.Confidence {
				e.Confidence = c
			}
		}
	}
	if len(kinds) == 0 {
		return nil
	}
	e.Kind = EntityKind(kinds.best())
	e.Name = names.best()
	if e.Name == "" {
		e.Name = id
	}
	for _, n := range names.others(e.Name) {
		aliases[n] = true
	}
	delete(aliases, e.Name)
	for a := range aliases {
		e.Aliases = append(e.Aliases, a)
	}
	sort.Strings(e.Aliases)
	e.Sources = sourcesOf(quads, docs)
	e.Documents = labelsOf(quads)
	return e
}

func kindOfClass(class string) (EntityKind, bool) {
	for k, iri := range entityClasses {
		if string(iri) == class {
			return k, true
		}
	}
	return "", false
}

func floatOf(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Float:
		return float64(v)
	case quad.Int:
		return float64(v)
	}
	return 0
}

func intOf(v quad.Value) int {
	switch v := v.(type) {
	case quad.Int:
		return int(v)
	case quad.Float:
		return int(v)
	}
	return 0
}

// EntityFilter selects entities for FindEntities. Empty fields select all.
type EntityFilter struct {
	Kinds []EntityKind
	// Search matches names and aliases by prefix, ignoring case and accents:
	// "guil" and "nicolas g" both find Nicolas Guillou. Any word of the name
	// may start the match.
	Search string
	// Documents keeps entities that one of these documents mentions.
	Documents []string
}

// FindEntities returns the entities that match the filter, sorted by name.
// It costs three round trips.
func (s *Store) FindEntities(ctx context.Context, f EntityFilter) ([]*Entity, error) {
	kinds := f.Kinds
	if len(kinds) == 0 {
		kinds = EntityKinds
	}
	classes := make([]quad.Value, len(kinds))
	for i, k := range kinds {
		c, ok := entityClasses[k]
		if !ok {
			return nil, fmt.Errorf("entities: unknown kind %q: %w", k, ErrInvalid)
		}
		classes[i] = c
	}
	subjects, err := s.subjects(ctx, on(quad.Predicate, rdfType), on(quad.Object, classes...))
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	ids := make([]string, len(subjects))
	for i, subj := range subjects {
		ids[i] = IDOf(subj)
	}
	all, err := s.Entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	search := Fold(f.Search)
	var out []*Entity
	for _, e := range all {
		if e == nil || !contains(kinds, e.Kind) {
			continue
		}
		if search != "" && !e.matches(search) {
			continue
		}
		if len(f.Documents) > 0 && !overlaps(e.Documents, f.Documents) {
			continue
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := Fold(out[i].Name), Fold(out[j].Name)
		if a != b {
			return a < b
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// matches reports whether a word of the entity's name or an alias starts the
// folded search string.
func (e *Entity) matches(folded string) bool {
	for _, n := range append([]string{e.Name, e.ID}, e.Aliases...) {
		n = Fold(n)
		if strings.HasPrefix(n, folded) {
			return true
		}
		for i := 0; i < len(n); i++ {
			if (n[i] == ' ' || n[i] == '-') && strings.HasPrefix(n[i+1:], folded) {
				return true
			}
		}
	}
	return false
}

// Lookup finds one entity by ID, or else by a name or alias equal to name
// ignoring case and accents (with several, the one most documents mention),
// or else by the start of a word of a name or alias when that picks out a
// single entity ("Kushayb"). The error wraps ErrNotFound when nothing
// matches, and names some candidates when the start of a name is ambiguous.
func (s *Store) Lookup(ctx context.Context, idOrName string) (*Entity, error) {
	if e, err := s.Entity(ctx, idOrName); err == nil {
		return e, nil
	}
	want := Fold(idOrName)
	if want == "" {
		return nil, fmt.Errorf("entity %q: %w", idOrName, ErrNotFound)
	}
	quads, err := s.match(ctx, on(quad.Predicate, pName, pAlias))
	if err != nil {
		return nil, fmt.Errorf("lookup %q: %w", idOrName, err)
	}
	var ids []string
	for _, q := range quads {
		subj := iriString(q.Subject)
		if strings.HasPrefix(subj, idBase+"entity/") && Fold(literal(q.Object)) == want {
			ids = append(ids, IDOf(subj))
		}
	}
	ids = unique(ids)
	if len(ids) == 0 {
		// A surname or the start of a name ("Kushayb", "Guill") will do when
		// it picks out one entity.
		found, err := s.FindEntities(ctx, EntityFilter{Search: idOrName})
		if err != nil {
			return nil, fmt.Errorf("lookup %q: %w", idOrName, err)
		}
		switch len(found) {
		case 0:
			return nil, fmt.Errorf("entity %q: %w", idOrName, ErrNotFound)
		case 1:
			return found[0], nil
		}
		names := make([]string, 0, 5)
		for _, e := range found[:min(5, len(found))] {
			names = append(names, e.Name)
		}
		return nil, fmt.Errorf("entity %q: %d entities start so, such as %s; give more of the name: %w", idOrName, len(found), strings.Join(names, ", "), ErrNotFound)
	}
	es, err := s.Entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	var best *Entity
	for _, e := range es {
		if e != nil && (best == nil || len(e.Documents) > len(best.Documents) || len(e.Documents) == len(best.Documents) && e.ID < best.ID) {
			best = e
		}
	}
	if best == nil {
		return nil, fmt.Errorf("entity %q: %w", idOrName, ErrNotFound)
	}
	return best, nil
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}
