package schema_test

import (
	"fmt"
	"io"
	"net/http/httptest"
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/schema"
)

// A handler for any schema: read-only unless a write token is given, with
// GraphiQL for browsers opening on the given examples.
func ExampleNewHandler() {
	query := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"court": &graphql.Field{Type: graphql.String, Resolve: func(graphql.ResolveParams) (any, error) {
			return "International Criminal Court", nil
		}},
		"warrant": &graphql.Field{Type: graphql.String, Args: graphql.FieldConfigArgument{"id": {Type: graphql.ID}},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return nil, schema.NotFound("no warrant has id %q", p.Args["id"])
			}},
	}})
	s, _ := graphql.NewSchema(graphql.SchemaConfig{Query: query})
	h := schema.NewHandler(s,
		schema.WithExamples([]schema.Example{{Name: "The court", Query: "query Court { court }"}}),
	)

	for _, body := range []string{`{"query": "{ court }"}`, `{"query": "{ warrant(id: \"W1\") }"}`, `{"query": "{ court"}`} {
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/graphql-response+json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		out, _ := io.ReadAll(rec.Body)
		fmt.Println(rec.Code, string(out))
	}
	// Output:
	// 200 {"data":{"court":"International Criminal Court"}}
	// 200 {"errors":[{"message":"no warrant has id \"W1\"","locations":[{"line":1,"column":3}],"path":["warrant"],"extensions":{"code":"NOT_FOUND"}}],"data":{"warrant":null}}
	// 400 {"errors":[{"message":"Syntax Error GraphQL request (1:8) Expected Name, found EOF","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}
}
