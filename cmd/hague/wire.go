package main

// The few places cmd/hague reaches into the packages it wires together: the
// article loader, the GraphQL schema and handler, and the exporters.
//
// WAITING: the article extractor (loaders.NewCatalog, NewExtractor,
// ParseArticle), the schema (schema.New) and the exporters (Store.Export) are
// being written; until they land, these functions say so instead, and serve
// answers GraphQL with a one-field placeholder schema.

import (
	"context"
	"errors"
	"io"
	"net/http"

	"github.com/graphql-go/graphql"
	"github.com/rs/zerolog"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/schema"
)

var errNotBuilt = errors.New("not built yet")

// extractor finds what an article states.
type extractor interface {
	Extract(doc graph.Document) (*graph.Report, error)
}

// newExtractor returns the article extractor over the embedded catalog.
func newExtractor() (extractor, error) {
	return nil, errors.New("the article loader is " + errNotBuilt.Error())
}

// parseArticle reads an article's front matter and text.
func parseArticle(r io.Reader, defaults graph.Document) (graph.Document, error) {
	return graph.Document{}, errors.New("the article parser is " + errNotBuilt.Error())
}

// buildSchema returns hague's GraphQL schema over store.
func buildSchema(store *graph.Store) (graphql.Schema, error) {
	return graphql.NewSchema(graphql.SchemaConfig{Query: graphql.NewObject(graphql.ObjectConfig{
		Name:        "Query",
		Description: "Placeholder until package schema lands.",
		Fields: graphql.Fields{"version": &graphql.Field{
			Type:        graphql.String,
			Description: "The server's version.",
			Resolve:     func(graphql.ResolveParams) (any, error) { return version, nil },
		}},
	})})
}

// apiHandler serves s at /graphql with GraphiQL for browsers; token, when
// not empty, enables mutations for requests that present it.
func apiHandler(s graphql.Schema, log zerolog.Logger, token string) http.Handler {
	return schema.NewHandler(s, schema.WithLogger(log), schema.WithWriteToken(token))
}

// exportGraph writes the subgraph q selects in the named format.
func exportGraph(ctx context.Context, store *graph.Store, w io.Writer, format string, q graph.SubgraphQuery) error {
	return errors.New("export is " + errNotBuilt.Error())
}
