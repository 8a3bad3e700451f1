package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// match returns the quads that satisfy every filter, in one round trip.
//
// Only one filter goes to the backend, through its index for that direction;
// the others are checked here. Cayley's key-value optimizer turns an
// intersection of two directions into a scan of every quad, which made reads
// on Bolt a hundred times slower than one index lookup and a filter in Go.
func (s *Store) match(ctx context.Context, filters ...shape.QuadFilter) ([]quad.Quad, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.matchLocked(ctx, filters...)
}

func (s *Store) matchLocked(ctx context.Context, filters ...shape.QuadFilter) ([]quad.Quad, error) {
	if len(filters) == 0 {
		return nil, fmt.Errorf("match: no filter: %w", ErrInvalid)
	}
	for _, f := range filters {
		l, ok := f.Values.(shape.Lookup)
		if !ok {
			return nil, fmt.Errorf("match: filter on %v is a %T, want values (shape.Lookup): %w", f.Dir, f.Values, ErrInvalid)
		}
		if len(l) == 0 {
			return nil, nil
		}
	}
	primary := 0
	for i, f := range filters {
		if directionRank(f.Dir) < directionRank(filters[primary].Dir) {
			primary = i
		}
	}
	rest := make([]map[quad.Value]bool, 0, len(filters)-1)
	dirs := make([]quad.Direction, 0, len(filters)-1)
	for i, f := range filters {
		if i == primary {
			continue
		}
		set := map[quad.Value]bool{}
		for _, v := range f.Values.(shape.Lookup) {
			set[v] = true
		}
		rest, dirs = append(rest, set), append(dirs, f.Dir)
	}
	dir := filters[primary].Dir
	values := uniqueValues(filters[primary].Values.(shape.Lookup))
	var candidates []quad.Quad
	if s.cache != nil {
		candidates, values = s.cache.get(dir, values, candidates)
	}
	if len(values) > 0 {
		fetched, err := s.fetchLocked(ctx, dir, values)
		if err != nil {
			return nil, err
		}
		if s.cache != nil {
			// Still under the read lock, so no write can land between the
			// fetch and the insert and leave stale quads behind.
			s.cache.put(dir, values, fetched)
		}
		candidates = append(candidates, fetched...)
	}
	var out []quad.Quad
next:
	for _, q := range candidates {
		for i, set := range rest {
			if !set[q.Get(dirs[i])] {
				continue next
			}
		}
		out = append(out, q)
	}
	return out, nil
}

// fetchLocked asks the backend for the quads with one of the values in one
// direction: one round trip.
func (s *Store) fetchLocked(ctx context.Context, dir quad.Direction, values []quad.Value) ([]quad.Quad, error) {
	s.trips.Add(1)
	it := shape.BuildIterator(ctx, s.qs, shape.Quads{on(dir, values...)}).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("read quad: %w", err)
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("scan quads: %w", err)
	}
	return out, ctx.Err()
}

// uniqueValues drops repeated values: a lookup of one value a thousand times
// must cost what a lookup of it once does.
func uniqueValues(vs []quad.Value) []quad.Value {
	seen := make(map[quad.Value]bool, len(vs))
	out := make([]quad.Value, 0, len(vs))
	for _, v := range vs {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// directionRank orders directions by how selective their index tends to be
// for hague's queries: a subject names few quads, a predicate very many.
func directionRank(d quad.Direction) int {
	switch d {
	case quad.Subject:
		return 0
	case quad.Object:
		return 1
	case quad.Label:
		return 2
	}
	return 3
}

func (s *Store) scanLocked(ctx context.Context, dir quad.Direction, vals []quad.Value) ([]quad.Quad, error) {
	return s.matchLocked(ctx, shape.QuadFilter{Dir: dir, Values: shape.Lookup(vals)})
}

func on(dir quad.Direction, vals ...quad.Value) shape.QuadFilter {
	return shape.QuadFilter{Dir: dir, Values: shape.Lookup(vals)}
}

func iris(ss []string) []quad.Value {
	out := make([]quad.Value, len(ss))
	for i, s := range ss {
		out[i] = quad.IRI(s)
	}
	return out
}

// describe returns every quad whose subject is one of the IRIs, grouped by
// subject, in at most one round trip.
func (s *Store) describe(ctx context.Context, subjects []string) (map[string][]quad.Quad, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.describeLocked(ctx, subjects)
}

func (s *Store) describeLocked(ctx context.Context, subjects []string) (map[string][]quad.Quad, error) {
	subjects = unique(subjects)
	quads, err := s.matchLocked(ctx, on(quad.Subject, iris(subjects)...))
	if err != nil {
		return nil, err
	}
	out := make(map[string][]quad.Quad, len(subjects))
	for _, q := range quads {
		k := iriString(q.Subject)
		out[k] = append(out[k], q)
	}
	return out, nil
}

// subjects returns the distinct subjects of the quads matching the filters.
func (s *Store) subjects(ctx context.Context, filters ...shape.QuadFilter) ([]string, error) {
	quads, err := s.match(ctx, filters...)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(quads))
	for _, q := range quads {
		out = append(out, iriString(q.Subject))
	}
	return unique(out), nil
}

func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	if v == nil {
		return ""
	}
	return v.String()
}

func literal(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

func unique(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Documents returns the documents with the given IRIs, in order, with nil
// where the store has none. Documents are cached until the next write.
func (s *Store) Documents(ctx context.Context, docIRIs []string) ([]*Document, error) {
	// The read lock is held from the cache check to the cache fill, so that
	// no write (which empties the cache under the write lock) can come
	// between reading a document and caching it.
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.docMu.Lock()
	var missing []string
	for _, iri := range docIRIs {
		if _, ok := s.docs[iri]; !ok {
			missing = append(missing, iri)
		}
	}
	s.docMu.Unlock()
	if len(missing) > 0 {
		described, err := s.describeLocked(ctx, missing)
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		s.docMu.Lock()
		for _, iri := range unique(missing) {
			s.docs[iri] = decodeDocument(iri, described[iri])
		}
		s.docMu.Unlock()
	}
	out := make([]*Document, len(docIRIs))
	s.docMu.Lock()
	for i, iri := range docIRIs {
		out[i] = s.docs[iri]
	}
	s.docMu.Unlock()
	return out, nil
}

// AllDocuments returns every document in the store, newest first.
func (s *Store) AllDocuments(ctx context.Context) ([]*Document, error) {
	ids, err := s.subjects(ctx, on(quad.Predicate, rdfType), on(quad.Object, classDocument))
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	docs, err := s.Documents(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := docs[:0]
	for _, d := range docs {
		if d != nil {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if c := out[i].Published.Compare(out[j].Published); c != 0 {
			return c > 0 && !out[i].Published.IsZero() || out[j].Published.IsZero()
		}
		return out[i].IRI < out[j].IRI
	})
	return out, nil
}

func decodeDocument(iri string, quads []quad.Quad) *Document {
	if len(quads) == 0 {
		return nil
	}
	d := &Document{IRI: iri}
	isDoc := false
	for _, q := range quads {
		p, _ := q.Predicate.(quad.IRI)
		switch p {
		case rdfType:
			isDoc = isDoc || q.Object == classDocument
		case pName:
			d.Title = literal(q.Object)
		case pURL:
			d.URL = literal(q.Object)
		case pOutlet:
			d.Outlet = literal(q.Object)
		case pPublished:
			d.Published, _ = ParseDate(literal(q.Object))
		case pText:
			d.Text = literal(q.Object)
		}
	}
	if !isDoc {
		return nil
	}
	return d
}

// sourcesOf reads the source quads of one subject, quoting each sentence from
// its document's text.
func sourcesOf(quads []quad.Quad, docs map[string]*Document) []Source {
	var out []Source
	for _, q := range quads {
		if q.Predicate != pSource {
			continue
		}
		start, end, ok := parseSpan(literal(q.Object))
		if !ok {
			continue
		}
		src := Source{Document: iriString(q.Label), Start: start, End: end}
		if d := docs[src.Document]; d != nil {
			if runes := []rune(d.Text); end <= len(runes) && start <= end {
				src.Quote = string(runes[start:end])
			}
		}
		out = append(out, src)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Document != out[j].Document {
			return out[i].Document < out[j].Document
		}
		return out[i].Start < out[j].Start
	})
	return out
}

func labelsOf(quads []quad.Quad) []string {
	var out []string
	for _, q := range quads {
		out = append(out, iriString(q.Label))
	}
	out = unique(out)
	sort.Strings(out)
	return out
}

// sourceDocuments loads the documents that the source quads of the described
// subjects point into.
func (s *Store) sourceDocuments(ctx context.Context, described map[string][]quad.Quad) (map[string]*Document, error) {
	var labels []string
	for _, quads := range described {
		for _, q := range quads {
			if q.Predicate == pSource {
				labels = append(labels, iriString(q.Label))
			}
		}
	}
	labels = unique(labels)
	docs, err := s.Documents(ctx, labels)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*Document, len(labels))
	for i, l := range labels {
		out[l] = docs[i]
	}
	return out, nil
}

// votes picks the value most documents assert; ties go to the longest, then
// the smallest value, so that the choice does not depend on load order.
type votes map[string]int

func (v votes) best() string {
	best, n := "", 0
	for val, c := range v {
		if c > n || c == n && (len(val) > len(best) || len(val) == len(best) && val < best) {
			best, n = val, c
		}
	}
	return best
}

func (v votes) others(except string) []string {
	var out []string
	for val := range v {
		if val != except {
			out = append(out, val)
		}
	}
	sort.Strings(out)
	return out
}
