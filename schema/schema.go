// Package schema is hague's GraphQL API on graphql-go: typed entities and
// events with their provenance, filtered and paginated lists, and the
// relationship queries (targetings, subgraphs, paths, timelines) researchers
// and visualization tools ask. Nested fields load through a per-request
// dataloader so that a query's cost in store round trips does not grow with
// the number of items it returns.
package schema

import (
	"context"
	"fmt"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"

	"github.com/hague-kg/hague/graph"
)

// DefaultCourt is the Wikidata QID of the International Criminal Court, whose
// Rome Statute status State.romeStatute reports.
const DefaultCourt = "Q47488"

// DefaultStatute is the entity ID the curated catalog gives the Rome Statute.
const DefaultStatute = "rome-statute"

// Page-size bounds of every connection and list argument.
const (
	DefaultPageSize = 50
	MaxPageSize     = 500
)

// An Option configures New.
type Option func(*config)

type config struct {
	now          func() time.Time
	statuteNames []string // entity IDs whose withdrawal is a withdrawal from the Rome Statute
	articles     ArticleLoader
}

// An ArticleLoader turns an article's text and what is known of the document
// (title, url, outlet, publication date) into the report its document
// asserts. The schema takes one as a function so that it need not know how
// articles are read; the command wires in the loaders package.
type ArticleLoader func(ctx context.Context, text string, doc graph.Document) (*graph.Report, error)

// WithArticleLoader enables the loadArticle mutation. Without it, loadArticle
// answers that the server cannot read articles.
func WithArticleLoader(l ArticleLoader) Option {
	return func(c *config) { c.articles = l }
}

// WithClock sets the clock that decides whether a withdrawal has taken
// effect; the default is time.Now. Tests pin it to a day.
func WithClock(now func() time.Time) Option {
	return func(c *config) { c.now = now }
}

// WithStatuteEntities sets the entity IDs (the court, the treaty) that make a
// state's WITHDRAWAL or WITHDRAWAL_ANNOUNCEMENT count towards its Rome
// Statute status. The default is DefaultCourt and DefaultStatute.
func WithStatuteEntities(ids ...string) Option {
	return func(c *config) { c.statuteNames = append([]string(nil), ids...) }
}

// New builds hague's GraphQL schema over store. Every request executed on it
// gets its own dataloader (see WithLoaders), installed by a schema extension
// when the caller has not put one on the context already.
func New(store *graph.Store, opts ...Option) (graphql.Schema, error) {
	if store == nil {
		return graphql.Schema{}, fmt.Errorf("schema: nil store")
	}
	cfg := config{now: time.Now, statuteNames: []string{DefaultCourt, DefaultStatute}}
	for _, o := range opts {
		o(&cfg)
	}
	b := newBuilder(store, cfg)
	s, err := graphql.NewSchema(graphql.SchemaConfig{
		Query:      b.query(),
		Mutation:   b.mutation(),
		Types:      b.concreteTypes(),
		Extensions: []graphql.Extension{loaderExtension{store: store}},
	})
	if err != nil {
		return graphql.Schema{}, fmt.Errorf("schema: %w", err)
	}
	return s, nil
}

// loaderExtension puts a fresh dataloader on the context of every execution
// that has none, so that batching works whoever calls graphql.Do or
// graphql.Execute.
type loaderExtension struct{ store *graph.Store }

var _ graphql.Extension = loaderExtension{}

func (e loaderExtension) Init(ctx context.Context, _ *graphql.Params) context.Context {
	return WithLoaders(ctx, e.store)
}
func (loaderExtension) Name() string { return "hague-dataloader" }
func (loaderExtension) ParseDidStart(ctx context.Context) (context.Context, graphql.ParseFinishFunc) {
	return ctx, func(error) {}
}
func (loaderExtension) ValidationDidStart(ctx context.Context) (context.Context, graphql.ValidationFinishFunc) {
	return ctx, func([]gqlerrors.FormattedError) {}
}
func (e loaderExtension) ExecutionDidStart(ctx context.Context) (context.Context, graphql.ExecutionFinishFunc) {
	return WithLoaders(ctx, e.store), func(*graphql.Result) {}
}
func (loaderExtension) ResolveFieldDidStart(ctx context.Context, _ *graphql.ResolveInfo) (context.Context, graphql.ResolveFieldFinishFunc) {
	return ctx, func(any, error) {}
}
func (loaderExtension) HasResult() bool               { return false }
func (loaderExtension) GetResult(context.Context) any { return nil }
