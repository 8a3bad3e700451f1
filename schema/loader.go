package schema

import (
	"context"
	"sync"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"

	"github.com/hague-kg/hague/graph"
)

// Loaders batch the store reads of one request. graphql-go resolves fields
// one at a time, but a resolver may return a thunk that runs later: every
// sibling's key is queued before the first thunk runs, and that thunk loads
// them all in one batch read of the store.
type Loaders struct {
	store     *graph.Store
	entities  *batch[*graph.Entity]
	events    *batch[*graph.Event]
	eventsOf  *batch[[]string]
	positions *batch[[]*graph.Position]
	documents *batch[*graph.Document]
	holders   *batch[[]string]
	contents  *batch[graph.DocumentContents]

	// wantMu guards the documents whose events or entities a field will
	// read: when their contents arrive, those are queued for the next batch.
	wantMu                   sync.Mutex
	wantEvents, wantEntities map[string]bool
	allDocs                  []*graph.Document
	allDocsLoaded            bool
}

type loadersKey struct{}

// WithLoaders returns ctx carrying a fresh dataloader for store, unless it
// carries one for store already. The HTTP layer calls it once per request;
// schemas built by New call it themselves when the caller did not.
func WithLoaders(ctx context.Context, store *graph.Store) context.Context {
	if ctx == nil {
		ctx = context.Background()
	}
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok && l.store == store {
		return ctx
	}
	return context.WithValue(ctx, loadersKey{}, newLoaders(store))
}

// loadersOf returns the request's loaders, or fresh ones when the context has
// none: answers stay right, only the batching across fields is lost.
func loadersOf(ctx context.Context, store *graph.Store) *Loaders {
	if ctx != nil {
		if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok && l.store == store {
			return l
		}
	}
	return newLoaders(store)
}

func newLoaders(s *graph.Store) *Loaders {
	l := &Loaders{store: s, wantEvents: map[string]bool{}, wantEntities: map[string]bool{}}
	l.entities = newBatch(func(ctx context.Context, ids []string) (map[string]*graph.Entity, error) {
		es, err := s.Entities(ctx, ids)
		if err != nil {
			return nil, err
		}
		out := make(map[string]*graph.Entity, len(ids))
		for i, id := range ids {
			out[id] = es[i]
		}
		return out, nil
	})
	l.events = newBatch(func(ctx context.Context, ids []string) (map[string]*graph.Event, error) {
		evs, err := s.Events(ctx, ids)
		if err != nil {
			return nil, err
		}
		out := make(map[string]*graph.Event, len(ids))
		for i, id := range ids {
			out[id] = evs[i]
		}
		return out, nil
	})
	// Whoever asks which events an entity takes part in wants the events
	// next, so the batch loads them too: one batch for all siblings instead
	// of one per sibling.
	l.eventsOf = newBatch(func(ctx context.Context, ids []string) (map[string][]string, error) {
		byEntity, err := s.EventsOf(ctx, ids)
		if err != nil {
			return nil, err
		}
		var all []string
		for _, evs := range byEntity {
			all = append(all, evs...)
		}
		if _, err := l.events.get(ctx, all); err != nil {
			return nil, err
		}
		return byEntity, nil
	})
	l.positions = newBatch(func(ctx context.Context, ids []string) (map[string][]*graph.Position, error) {
		return s.Positions(ctx, ids)
	})
	l.documents = newBatch(func(ctx context.Context, iris []string) (map[string]*graph.Document, error) {
		docs, err := s.Documents(ctx, iris)
		if err != nil {
			return nil, err
		}
		out := make(map[string]*graph.Document, len(iris))
		for i, iri := range iris {
			out[iri] = docs[i]
		}
		return out, nil
	})
	// The holders of an organization are asked for to list their positions.
	l.holders = newBatch(func(ctx context.Context, ids []string) (map[string][]string, error) {
		got, err := s.Holders(ctx, ids)
		if err != nil {
			return nil, err
		}
		for _, hs := range got {
			l.positions.enqueue(hs...)
		}
		return got, nil
	})
	l.contents = newBatch(func(ctx context.Context, iris []string) (map[string]graph.DocumentContents, error) {
		got, err := s.Contents(ctx, iris)
		if err != nil {
			return nil, err
		}
		l.wantMu.Lock()
		defer l.wantMu.Unlock()
		for iri, c := range got {
			if l.wantEvents[iri] {
				l.events.enqueue(c.Events...)
			}
			if l.wantEntities[iri] {
				l.entities.enqueue(c.Entities...)
			}
		}
		return got, nil
	})
	return l
}

func (l *Loaders) wantDocumentEvents(iri string) {
	l.wantMu.Lock()
	l.wantEvents[iri] = true
	l.wantMu.Unlock()
	l.contents.enqueue(iri)
}

func (l *Loaders) wantDocumentEntities(iri string) {
	l.wantMu.Lock()
	l.wantEntities[iri] = true
	l.wantMu.Unlock()
	l.contents.enqueue(iri)
}

// allDocuments returns every document, read once per request.
func (l *Loaders) allDocuments(ctx context.Context) ([]*graph.Document, error) {
	l.wantMu.Lock()
	defer l.wantMu.Unlock()
	if !l.allDocsLoaded {
		docs, err := l.store.AllDocuments(ctx)
		if err != nil {
			return nil, err
		}
		l.allDocs, l.allDocsLoaded = docs, true
		for _, d := range docs {
			l.documents.prime(d.IRI, d)
		}
	}
	return l.allDocs, nil
}

// primeEntities and primeEvents record what a root resolver has loaded
// already, so that nested fields find it without a round trip.
func (l *Loaders) primeEntities(es []*graph.Entity) {
	for _, e := range es {
		if e != nil {
			l.entities.prime(e.ID, e)
		}
	}
}

func (l *Loaders) primeEvents(evs []*graph.Event) {
	for _, ev := range evs {
		if ev != nil {
			l.events.prime(ev.ID, ev)
		}
	}
}

// batch is one kind of keyed read: keys are queued by resolvers and fetched
// together the first time any of them is needed. Results, including misses
// (the zero V), are cached for the rest of the request.
type batch[V any] struct {
	mu     sync.Mutex
	fetch  func(context.Context, []string) (map[string]V, error)
	done   map[string]V
	queued map[string]bool
	queue  []string
}

func newBatch[V any](fetch func(context.Context, []string) (map[string]V, error)) *batch[V] {
	return &batch[V]{fetch: fetch, done: map[string]V{}, queued: map[string]bool{}}
}

// enqueue records keys a thunk will need.
func (b *batch[V]) enqueue(keys ...string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.enqueueLocked(keys)
}

func (b *batch[V]) enqueueLocked(keys []string) {
	for _, k := range keys {
		if _, ok := b.done[k]; ok || b.queued[k] || k == "" {
			continue
		}
		b.queued[k] = true
		b.queue = append(b.queue, k)
	}
}

func (b *batch[V]) prime(key string, v V) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done[key] = v
	delete(b.queued, key)
}

// get returns the values of keys, in order, fetching every queued key along
// with the missing ones in one call.
func (b *batch[V]) get(ctx context.Context, keys []string) ([]V, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.enqueueLocked(keys)
	if len(b.queue) > 0 {
		missing := false
		for _, k := range keys {
			if _, ok := b.done[k]; !ok && k != "" {
				missing = true
				break
			}
		}
		if missing {
			queue := b.queue
			b.queue, b.queued = nil, map[string]bool{}
			got, err := b.fetch(ctx, queue)
			if err != nil {
				return nil, err
			}
			for _, k := range queue {
				b.done[k] = got[k]
			}
		}
	}
	out := make([]V, len(keys))
	for i, k := range keys {
		out[i] = b.done[k]
	}
	return out, nil
}

func (b *batch[V]) one(ctx context.Context, key string) (V, error) {
	vs, err := b.get(ctx, []string{key})
	if err != nil {
		var zero V
		return zero, err
	}
	return vs[0], nil
}

// thunk is what a batched resolver returns: graphql-go runs it after every
// sibling has queued its keys. An error carrying extensions is raised as a
// located error, because graphql-go drops the extensions of errors that
// thunks return.
type thunk = func() (any, error)

func later(p graphql.ResolveParams, f func() (any, error)) thunk {
	return func() (any, error) {
		v, err := f()
		if err == nil {
			return v, nil
		}
		if _, ok := err.(gqlerrors.ExtendedError); ok {
			nodes := graphql.FieldASTsToNodeASTs(p.Info.FieldASTs)
			var path []any
			if p.Info.Path != nil {
				path = p.Info.Path.AsArray()
			}
			panic(gqlerrors.NewErrorWithPath(err.Error(), nodes, "", nil, nil, path, err))
		}
		return nil, err
	}
}
