package schema

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
)

func (b *builder) loaders(ctx context.Context) *Loaders { return loadersOf(ctx, b.store) }

func (b *builder) loadEntity(p graphql.ResolveParams, id string) (any, error) {
	return loadOne(p, b.loaders(p.Context).entities, id)
}

func (b *builder) loadEntities(p graphql.ResolveParams, ids []string) (any, error) {
	return loadMany(p, b.loaders(p.Context).entities, ids)
}

func (b *builder) loadEvent(p graphql.ResolveParams, id string) (any, error) {
	return loadOne(p, b.loaders(p.Context).events, id)
}

func (b *builder) loadEvents(p graphql.ResolveParams, ids []string) (any, error) {
	return loadMany(p, b.loaders(p.Context).events, ids)
}

// loadOne queues id in the request's batch and resolves to what the batch
// read finds, or to null when the store has nothing under id.
func loadOne[T any](p graphql.ResolveParams, b *batch[*T], id string) (any, error) {
	if id == "" {
		return nil, nil
	}
	b.enqueue(id)
	return later(p, func() (any, error) {
		v, err := b.one(p.Context, id)
		if err != nil || v == nil {
			return nil, storeError(err)
		}
		return v, nil
	}), nil
}

// loadMany queues ids in the request's batch and resolves to those the
// batch read finds, in order.
func loadMany[T any](p graphql.ResolveParams, b *batch[*T], ids []string) (any, error) {
	b.enqueue(ids...)
	return later(p, func() (any, error) {
		vs, err := b.get(p.Context, ids)
		if err != nil {
			return nil, storeError(err)
		}
		return nonNil(vs), nil
	}), nil
}

func (b *builder) loadDocuments(p graphql.ResolveParams, iris []string) (any, error) {
	l := b.loaders(p.Context)
	l.documents.enqueue(iris...)
	return later(p, func() (any, error) {
		docs, err := l.documents.get(p.Context, iris)
		if err != nil {
			return nil, storeError(err)
		}
		return nonNil(docs), nil
	}), nil
}

func (b *builder) resolveSourceDocument(p graphql.ResolveParams) (any, error) {
	iri := p.Source.(graph.Source).Document
	l := b.loaders(p.Context)
	l.documents.enqueue(iri)
	return later(p, func() (any, error) {
		d, err := l.documents.one(p.Context, iri)
		if err != nil || d == nil {
			return nil, storeError(err)
		}
		return d, nil
	}), nil
}

// resolveSources filters sources by the document and outlet arguments.
func (b *builder) resolveSources(p graphql.ResolveParams, ss []graph.Source) (any, error) {
	if doc, _ := p.Args["document"].(string); doc != "" {
		var kept []graph.Source
		for _, s := range ss {
			if s.Document == doc {
				kept = append(kept, s)
			}
		}
		ss = kept
	}
	if ss == nil {
		ss = []graph.Source{}
	}
	outlet, _ := p.Args["outlet"].(string)
	if outlet == "" {
		return ss, nil
	}
	iris := make([]string, len(ss))
	for i, s := range ss {
		iris[i] = s.Document
	}
	l := b.loaders(p.Context)
	l.documents.enqueue(iris...)
	return later(p, func() (any, error) {
		docs, err := l.documents.get(p.Context, iris)
		if err != nil {
			return nil, storeError(err)
		}
		kept := []graph.Source{}
		for i, s := range ss {
			if docs[i] != nil && graph.Fold(docs[i].Outlet) == graph.Fold(outlet) {
				kept = append(kept, s)
			}
		}
		return kept, nil
	}), nil
}

func (b *builder) resolveEventLabel(p graphql.ResolveParams) (any, error) {
	ev := evOf(p)
	ids := make([]string, len(ev.Participants))
	for i, pa := range ev.Participants {
		ids[i] = pa.Entity
	}
	l := b.loaders(p.Context)
	l.entities.enqueue(ids...)
	return later(p, func() (any, error) {
		es, err := l.entities.get(p.Context, ids)
		if err != nil {
			return nil, storeError(err)
		}
		names := map[string]string{}
		for _, e := range es {
			if e != nil {
				names[e.ID] = e.Name
			}
		}
		return graph.EventLabel(ev, names), nil
	}), nil
}

// resolveEntityPositions lists a person's positions, or the positions held at
// a state, court or organization.
func (b *builder) resolveEntityPositions(p graphql.ResolveParams) (any, error) {
	e := p.Source.(*graph.Entity)
	l := b.loaders(p.Context)
	if e.Kind == graph.Person {
		l.positions.enqueue(e.ID)
		return later(p, func() (any, error) {
			ps, err := l.positions.one(p.Context, e.ID)
			if err != nil {
				return nil, storeError(err)
			}
			if ps == nil {
				ps = []*graph.Position{}
			}
			return ps, nil
		}), nil
	}
	l.holders.enqueue(e.ID)
	return later(p, func() (any, error) {
		holders, err := l.holders.one(p.Context, e.ID)
		if err != nil {
			return nil, storeError(err)
		}
		byHolder, err := l.positions.get(p.Context, holders)
		if err != nil {
			return nil, storeError(err)
		}
		out := []*graph.Position{}
		for _, ps := range byHolder {
			for _, pos := range ps {
				if pos.Organization == e.ID {
					out = append(out, pos)
				}
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
		return out, nil
	}), nil
}

func (b *builder) documentCount(p graphql.ResolveParams, count func(graph.DocumentContents) int) (any, error) {
	iri := p.Source.(*graph.Document).IRI
	l := b.loaders(p.Context)
	l.contents.enqueue(iri)
	return later(p, func() (any, error) {
		c, err := l.contents.one(p.Context, iri)
		if err != nil {
			return nil, storeError(err)
		}
		return count(c), nil
	}), nil
}

func (b *builder) resolveDocumentEvents(p graphql.ResolveParams) (any, error) {
	kinds, err := eventKindsArg(p.Args, "kinds")
	if err != nil {
		return nil, err
	}
	return documentPage(b, p, (*Loaders).wantDocumentEvents,
		func(c graph.DocumentContents) []string { return c.Events },
		func(l *Loaders, ctx context.Context, ids []string) ([]*graph.Event, error) {
			return l.events.get(ctx, ids)
		},
		func(ev *graph.Event) bool { return len(kinds) == 0 || containsKind(kinds, ev.Kind) },
		graph.SortEvents)
}

func (b *builder) resolveDocumentEntities(p graphql.ResolveParams) (any, error) {
	kinds, err := entityKindsArg(p.Args, "kinds")
	if err != nil {
		return nil, err
	}
	return documentPage(b, p, (*Loaders).wantDocumentEntities,
		func(c graph.DocumentContents) []string { return c.Entities },
		func(l *Loaders, ctx context.Context, ids []string) ([]*graph.Entity, error) {
			return l.entities.get(ctx, ids)
		},
		func(e *graph.Entity) bool { return len(kinds) == 0 || containsEntityKind(kinds, e.Kind) },
		func(es []*graph.Entity) { sortEntities(es, false) })
}

// documentPage pages through what a document asserts of one sort (its
// events or its entities), loading them with the request's dataloader.
func documentPage[T any](b *builder, p graphql.ResolveParams, want func(*Loaders, string),
	ids func(graph.DocumentContents) []string,
	load func(*Loaders, context.Context, []string) ([]*T, error),
	keep func(*T) bool, sortAll func([]*T)) (any, error) {
	iri := p.Source.(*graph.Document).IRI
	if _, _, err := pageBounds(p.Args); err != nil {
		return nil, err
	}
	l := b.loaders(p.Context)
	want(l, iri)
	return later(p, func() (any, error) {
		c, err := l.contents.one(p.Context, iri)
		if err != nil {
			return nil, storeError(err)
		}
		items, err := load(l, p.Context, ids(c))
		if err != nil {
			return nil, storeError(err)
		}
		var kept []*T
		for _, x := range nonNil(items) {
			if keep(x) {
				kept = append(kept, x)
			}
		}
		sortAll(kept)
		return paginate(kept, p.Args)
	}), nil
}

func nonNil[T any](xs []*T) []*T {
	out := make([]*T, 0, len(xs))
	for _, x := range xs {
		if x != nil {
			out = append(out, x)
		}
	}
	return out
}

// storeError gives store failures the code a client should see: bad input
// and missing things keep theirs, anything else stays an internal error.
func storeError(err error) error {
	if err == nil {
		return nil
	}
	var coded *CodedError
	if errors.As(err, &coded) {
		return err
	}
	switch {
	case errors.Is(err, graph.ErrInvalid):
		return &CodedError{Code: CodeBadUserInput, Message: err.Error(), Err: err}
	case errors.Is(err, graph.ErrNotFound):
		return &CodedError{Code: CodeNotFound, Message: err.Error(), Err: err}
	case errors.Is(err, graph.ErrReadOnly):
		return &CodedError{Code: CodeForbidden, Message: "the store is read-only", Err: err}
	}
	return err
}

// badInput reports an unacceptable argument, naming it in the message and in
// extensions.argument.
func badInput(argument, format string, args ...any) error {
	return &CodedError{Code: CodeBadUserInput, Message: fmt.Sprintf(format, args...), Details: map[string]any{"argument": argument}}
}

func notFound(argument, format string, args ...any) error {
	return &CodedError{Code: CodeNotFound, Message: fmt.Sprintf(format, args...), Details: map[string]any{"argument": argument}}
}
