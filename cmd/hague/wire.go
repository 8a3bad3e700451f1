package main

// The few places cmd/hague reaches into the packages it wires together: the
// article loader, the GraphQL schema and handler, and the exporters.

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/rs/zerolog"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/loaders"
	"github.com/hague-kg/hague/schema"
	"github.com/hague-kg/hague/seed"
)

// extractor finds what an article states.
type extractor interface {
	Extract(doc graph.Document) (*graph.Report, error)
}

// newExtractor returns the article extractor over the embedded catalog.
func newExtractor() (extractor, error) {
	cat, err := loaders.NewCatalog(seed.Catalog(), seed.Countries())
	if err != nil {
		return nil, fmt.Errorf("embedded catalog: %w", err)
	}
	return loaders.NewExtractor(cat), nil
}

// parseArticle reads an article's front matter and text.
func parseArticle(r io.Reader, defaults graph.Document) (graph.Document, error) {
	return loaders.ParseArticle(r, defaults)
}

// buildSchema returns hague's GraphQL schema over store, with the article
// loader behind its loadArticle mutation.
func buildSchema(store *graph.Store) (graphql.Schema, error) {
	x, err := newExtractor()
	if err != nil {
		return graphql.Schema{}, err
	}
	articles := func(_ context.Context, text string, doc graph.Document) (*graph.Report, error) {
		doc, err := parseArticle(strings.NewReader(text), doc)
		if err != nil {
			return nil, err
		}
		return x.Extract(doc)
	}
	return schema.New(store, schema.WithArticleLoader(articles))
}

// sdl prints s in the GraphQL schema definition language.
func sdl(s graphql.Schema) string { return schema.SDL(s) }

// apiHandler serves s at /graphql with GraphiQL for browsers; token, when
// not empty, enables mutations for requests that present it.
func apiHandler(s graphql.Schema, log zerolog.Logger, token string) http.Handler {
	return schema.NewHandler(s,
		schema.WithLogger(log),
		schema.WithWriteToken(token),
		schema.WithExamples(schema.Examples()),
	)
}

// exportGraph writes the subgraph q selects in the named format.
func exportGraph(ctx context.Context, store *graph.Store, w io.Writer, format string, q graph.SubgraphQuery) error {
	f, err := graph.ParseFormat(format)
	if err != nil {
		return err
	}
	return store.Export(ctx, w, f, q)
}
