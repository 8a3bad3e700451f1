package schema_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/rs/zerolog"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/schema"
)

// testSchema is a small schema exercising what the HTTP layer cares about:
// lists and connections for the cost bound, coded and failing resolvers,
// a slow one for the timeout and one mutation.
func testSchema(t testing.TB) graphql.Schema {
	t.Helper()
	var itemType *graphql.Object
	itemType = graphql.NewObject(graphql.ObjectConfig{
		Name: "Item",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":   &graphql.Field{Type: graphql.NewNonNull(graphql.ID)},
				"name": &graphql.Field{Type: graphql.String},
				"children": &graphql.Field{
					Type: graphql.NewList(itemType),
					Args: graphql.FieldConfigArgument{"first": {Type: graphql.Int}},
					Resolve: func(p graphql.ResolveParams) (any, error) {
						return items(p.Args["first"], 2), nil
					},
				},
			}
		}),
	})
	connection := graphql.NewObject(graphql.ObjectConfig{
		Name: "ItemConnection",
		Fields: graphql.Fields{
			"nodes":      &graphql.Field{Type: graphql.NewList(itemType)},
			"totalCount": &graphql.Field{Type: graphql.Int},
		},
	})
	query := graphql.NewObject(graphql.ObjectConfig{
		Name: "Query",
		Fields: graphql.Fields{
			"hello": &graphql.Field{
				Type: graphql.String,
				Args: graphql.FieldConfigArgument{"name": {Type: graphql.String, DefaultValue: "world"}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return "hello " + p.Args["name"].(string), nil
				},
			},
			"items": &graphql.Field{
				Type: graphql.NewList(itemType),
				Args: graphql.FieldConfigArgument{"first": {Type: graphql.Int}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return items(p.Args["first"], 3), nil
				},
			},
			"connection": &graphql.Field{
				Type: connection,
				Args: graphql.FieldConfigArgument{"first": {Type: graphql.Int, DefaultValue: 10}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					list := items(p.Args["first"], 10)
					return map[string]any{"nodes": list, "totalCount": len(list)}, nil
				},
			},
			"boom": &graphql.Field{
				Type: graphql.String,
				Resolve: func(p graphql.ResolveParams) (any, error) {
					var m map[string]int
					m["secret-internal-detail"] = 1 // panics: nil map
					return nil, nil
				},
			},
			"missing": &graphql.Field{
				Type: graphql.String,
				Args: graphql.FieldConfigArgument{"id": {Type: graphql.ID}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return nil, schema.NotFound("no entity has id %q", p.Args["id"])
				},
			},
			"storeMiss": &graphql.Field{
				Type: graphql.String,
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return nil, fmt.Errorf("entity Q1: %w", graph.ErrNotFound)
				},
			},
			"fail": &graphql.Field{
				Type: graphql.String,
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return nil, errors.New("disk on fire")
				},
			},
			"slow": &graphql.Field{
				Type: graphql.String,
				Resolve: func(p graphql.ResolveParams) (any, error) {
					time.Sleep(300 * time.Millisecond) // ignores the context on purpose
					return "late", nil
				},
			},
			"writer": &graphql.Field{
				Type: graphql.Boolean,
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return schema.CanWrite(p.Context), nil
				},
			},
		},
	})
	mutation := graphql.NewObject(graphql.ObjectConfig{
		Name: "Mutation",
		Fields: graphql.Fields{
			"setGreeting": &graphql.Field{
				Type: graphql.String,
				Args: graphql.FieldConfigArgument{"text": {Type: graphql.NewNonNull(graphql.String)}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					if !schema.CanWrite(p.Context) {
						return nil, schema.Forbidden("not a writer")
					}
					return p.Args["text"], nil
				},
			},
		},
	})
	s, err := graphql.NewSchema(graphql.SchemaConfig{Query: query, Mutation: mutation})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func items(first any, def int) []map[string]any {
	n, ok := first.(int)
	if !ok {
		n = def
	}
	out := make([]map[string]any, 0, n)
	for i := range n {
		out = append(out, map[string]any{"id": fmt.Sprint(i), "name": fmt.Sprintf("item %d", i)})
	}
	return out
}

const (
	gqlJSON = schema.MediaTypeGraphQLResponse + "; charset=utf-8"
	appJSON = schema.MediaTypeJSON + "; charset=utf-8"
	token   = "s3cret-write-token"
)

type httpCase struct {
	name    string
	opts    []schema.HandlerOption
	method  string
	target  string // path and query string; "/graphql" if empty
	header  map[string]string
	body    string
	status  int
	ctype   string // exact Content-Type, if set
	check   func(t *testing.T, res *http.Response, body map[string]any)
	rawBody func(t *testing.T, body []byte)
}

func post(query string) string {
	b, _ := json.Marshal(map[string]any{"query": query})
	return string(b)
}

func getQ(query string, extra ...string) string {
	v := url.Values{"query": {query}}
	for i := 0; i+1 < len(extra); i += 2 {
		v.Set(extra[i], extra[i+1])
	}
	return "/graphql?" + v.Encode()
}

var (
	postJSON = map[string]string{"Content-Type": "application/json"}
	postGQL  = map[string]string{"Content-Type": "application/json", "Accept": schema.MediaTypeGraphQLResponse}
	postApp  = map[string]string{"Content-Type": "application/json", "Accept": schema.MediaTypeJSON}
	acceptG  = map[string]string{"Accept": schema.MediaTypeGraphQLResponse}
)

func with(h map[string]string, kv ...string) map[string]string {
	out := map[string]string{}
	for k, v := range h {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

// Checks on decoded bodies.

func hasData(want string) func(*testing.T, *http.Response, map[string]any) {
	return func(t *testing.T, _ *http.Response, body map[string]any) {
		t.Helper()
		got, _ := json.Marshal(body["data"])
		if string(got) != want {
			t.Errorf("data = %s, want %s", got, want)
		}
		if errs, ok := body["errors"]; ok {
			t.Errorf("unexpected errors: %v", errs)
		}
	}
}

// errorWith checks the first error's code, that "data" is present or absent,
// and that the message contains each of the fragments.
func errorWith(code string, dataPresent bool, fragments ...string) func(*testing.T, *http.Response, map[string]any) {
	return func(t *testing.T, _ *http.Response, body map[string]any) {
		t.Helper()
		if _, ok := body["data"]; ok != dataPresent {
			t.Errorf("data present = %v, want %v (body %v)", ok, dataPresent, body)
		}
		errs, _ := body["errors"].([]any)
		if len(errs) == 0 {
			t.Fatalf("no errors in %v", body)
		}
		e := errs[0].(map[string]any)
		ext, _ := e["extensions"].(map[string]any)
		if ext["code"] != code {
			t.Errorf("extensions.code = %v, want %s (error %v)", ext["code"], code, e)
		}
		msg, _ := e["message"].(string)
		for _, f := range fragments {
			if !strings.Contains(msg, f) {
				t.Errorf("message %q lacks %q", msg, f)
			}
		}
	}
}

func located(line, col int) func(*testing.T, *http.Response, map[string]any) {
	return func(t *testing.T, _ *http.Response, body map[string]any) {
		t.Helper()
		errs, _ := body["errors"].([]any)
		if len(errs) == 0 {
			t.Fatalf("no errors in %v", body)
		}
		locs, _ := errs[0].(map[string]any)["locations"].([]any)
		want := map[string]any{"line": float64(line), "column": float64(col)}
		if len(locs) == 0 || fmt.Sprint(locs[0]) != fmt.Sprint(want) {
			t.Errorf("locations = %v, want [%v]", locs, want)
		}
	}
}

func pathIs(path ...any) func(*testing.T, *http.Response, map[string]any) {
	return func(t *testing.T, _ *http.Response, body map[string]any) {
		t.Helper()
		errs, _ := body["errors"].([]any)
		if len(errs) == 0 {
			t.Fatalf("no errors in %v", body)
		}
		if got := fmt.Sprint(errs[0].(map[string]any)["path"]); got != fmt.Sprint([]any(path)) {
			t.Errorf("path = %s, want %v", got, path)
		}
	}
}

func headerIs(name, want string) func(*testing.T, *http.Response, map[string]any) {
	return func(t *testing.T, res *http.Response, _ map[string]any) {
		t.Helper()
		if got := res.Header.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func all(checks ...func(*testing.T, *http.Response, map[string]any)) func(*testing.T, *http.Response, map[string]any) {
	return func(t *testing.T, res *http.Response, body map[string]any) {
		t.Helper()
		for _, c := range checks {
			c(t, res, body)
		}
	}
}

const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`

func TestHandlerHTTP(t *testing.T) {
	s := testSchema(t)
	cases := []httpCase{
		// Media types.
		{name: "POST accepting graphql-response+json", method: "POST", header: postGQL, body: post("{ hello }"),
			status: 200, ctype: gqlJSON, check: hasData(`{"hello":"hello world"}`)},
		{name: "POST accepting application/json", method: "POST", header: postApp, body: post("{ hello }"),
			status: 200, ctype: appJSON, check: hasData(`{"hello":"hello world"}`)},
		{name: "POST without Accept answers application/json", method: "POST", header: postJSON, body: post("{ hello }"),
			status: 200, ctype: appJSON},
		{name: "Accept */* answers application/json", method: "POST", header: with(postJSON, "Accept", "*/*"), body: post("{ hello }"),
			status: 200, ctype: appJSON},
		{name: "clients listing both get graphql-response+json", method: "POST",
			header: with(postJSON, "Accept", "application/graphql-response+json,application/json;q=0.9"), body: post("{ hello }"),
			status: 200, ctype: gqlJSON},
		{name: "JSON preferred by q-value", method: "POST",
			header: with(postJSON, "Accept", "application/graphql-response+json;q=0.5, application/json"), body: post("{ hello }"),
			status: 200, ctype: appJSON},
		{name: "unacceptable Accept is 406", method: "POST", header: with(postJSON, "Accept", "text/csv"), body: post("{ hello }"),
			status: 406, ctype: appJSON, check: errorWith(schema.CodeBadRequest, false, "text/csv")},
		{name: "charset utf-8 accepted", method: "POST", header: map[string]string{"Content-Type": "application/json; charset=utf-8"},
			body: post(`{ hello(name: "Run🏃Swim🏊") }`), status: 200, check: hasData(`{"hello":"hello Run🏃Swim🏊"}`)},

		// GET.
		{name: "GET query", method: "GET", target: getQ("{ hello }"), header: acceptG, status: 200, ctype: gqlJSON,
			check: all(hasData(`{"hello":"hello world"}`), headerIs("Vary", "Accept"))},
		{name: "GET with variables and operationName", method: "GET", header: acceptG,
			target: getQ("query A($n: String) { hello(name: $n) } query B { hello }", "variables", `{"n":"ICC"}`, "operationName", "A"),
			status: 200, check: hasData(`{"hello":"hello ICC"}`)},
		{name: "GET with bad variables JSON", method: "GET", header: acceptG,
			target: getQ("{ hello }", "variables", `{"n":`), status: 400, check: errorWith(schema.CodeBadRequest, false, "variables", "line 1, column 6")},
		{name: "GET with array variables", method: "GET", header: acceptG,
			target: getQ("{ hello }", "variables", `[1]`), status: 400, check: errorWith(schema.CodeBadRequest, false, "found an array")},
		{name: "GET without query", method: "GET", header: acceptG, target: "/graphql?operationName=x", status: 400,
			check: errorWith(schema.CodeBadRequest, false, "query")},
		{name: "GET mutation is 405 with Allow: POST", method: "GET", header: acceptG, target: getQ(`mutation { setGreeting(text: "x") }`),
			status: 405, check: all(errorWith(schema.CodeBadRequest, false, "POST"), headerIs("Allow", "POST"))},
		{name: "PUT is 405", method: "PUT", header: postGQL, body: post("{ hello }"), status: 405,
			check: headerIs("Allow", "GET, POST")},

		// POST bodies.
		{name: "POST without Content-Type is 415", method: "POST", header: acceptG, body: post("{ hello }"), status: 415,
			check: errorWith(schema.CodeBadRequest, false, "application/json")},
		{name: "form posts are 415", method: "POST", header: with(acceptG, "Content-Type", "application/x-www-form-urlencoded"),
			body: "query=mutation{setGreeting(text:\"x\")}", status: 415},
		{name: "text/plain is 415", method: "POST", header: with(acceptG, "Content-Type", "text/plain"), body: post("{ hello }"), status: 415},
		{name: "latin-1 is 415", method: "POST", header: with(acceptG, "Content-Type", "application/json; charset=latin1"), body: post("{ hello }"), status: 415},
		{name: "empty body", method: "POST", header: postGQL, status: 400, check: errorWith(schema.CodeBadRequest, false, "empty")},
		{name: "malformed JSON says where", method: "POST", header: postGQL, body: "{\n  \"query\": \"{ hello }\",\n  \"variables\": {,}\n}", status: 400,
			check: errorWith(schema.CodeBadRequest, false, "line 3, column 17")},
		{name: "truncated JSON says where", method: "POST", header: postApp, body: `{ "not a JSON`, status: 400,
			check: errorWith(schema.CodeBadRequest, false, "line 1, column 14")},
		{name: "body not an object", method: "POST", header: postGQL, body: `["{ hello }"]`, status: 400,
			check: errorWith(schema.CodeBadRequest, false, "found an array")},
		{name: "missing query", method: "POST", header: postGQL, body: `{"qeury": "{ hello }"}`, status: 400,
			check: errorWith(schema.CodeBadRequest, false, `no "query"`)},
		{name: "query not a string", method: "POST", header: postGQL, body: `{"query": 0}`, status: 400,
			check: errorWith(schema.CodeBadRequest, false, "a number")},
		{name: "operationName not a string", method: "POST", header: postGQL, body: `{"query": "{ hello }", "operationName": false}`, status: 400},
		{name: "variables not an object", method: "POST", header: postGQL, body: `{"query": "{ hello }", "variables": "{}"}`, status: 400,
			check: errorWith(schema.CodeBadRequest, false, "variables", "a string")},
		{name: "extensions not an object", method: "POST", header: postGQL, body: `{"query": "{ hello }", "extensions": ["x"]}`, status: 400},
		{name: "null parameters are allowed", method: "POST", header: postGQL,
			body: `{"query": "{ hello }", "operationName": null, "variables": null, "extensions": null}`, status: 200},
		{name: "extensions map is accepted", method: "POST", header: postGQL,
			body: `{"query": "{ hello }", "extensions": {"some": "value"}}`, status: 200, check: hasData(`{"hello":"hello world"}`)},
		{name: "body over the limit is 413", opts: []schema.HandlerOption{schema.WithMaxBodyBytes(64)}, method: "POST", header: postGQL,
			body: post("{ hello " + strings.Repeat(" ", 100) + "}"), status: 413, check: errorWith(schema.CodeBadRequest, false, "64 bytes")},
		{name: "query over the length limit is 413", opts: []schema.HandlerOption{schema.WithMaxQueryLength(20)}, method: "POST", header: postGQL,
			body: post("{ hello " + strings.Repeat(" ", 30) + "}"), status: 413, check: errorWith(schema.CodeTooComplex, false, "limit is 20")},

		// GraphQL request errors: 400 with graphql-response+json, 200 with application/json, never data.
		{name: "parse error", method: "POST", header: postGQL, body: post("{"), status: 400, ctype: gqlJSON,
			check: all(errorWith(schema.CodeParseFailed, false, "Syntax Error", "(1:2)"), located(1, 2))},
		{name: "parse error with application/json is 200", method: "POST", header: postApp, body: post("{"), status: 200,
			check: errorWith(schema.CodeParseFailed, false)},
		{name: "validation error", method: "POST", header: postGQL, body: post("{\n  hello\n  nope\n}"), status: 400,
			check: all(errorWith(schema.CodeValidationFailed, false, `"nope"`), located(3, 3))},
		{name: "validation error with application/json is 200", method: "POST", header: postApp, body: post("{ nope }"), status: 200,
			check: errorWith(schema.CodeValidationFailed, false)},
		{name: "variable coercion", method: "POST", header: postGQL,
			body: `{"query": "query Q($id: ID!) { missing(id: $id) }", "variables": {"id": null}}`, status: 400,
			check: all(errorWith(schema.CodeBadUserInput, false, "$id"), located(1, 9))},
		{name: "variable coercion with application/json is 200", method: "POST", header: postApp,
			body: `{"query": "query Q($id: ID!) { missing(id: $id) }", "variables": {"id": null}}`, status: 200,
			check: errorWith(schema.CodeBadUserInput, false)},
		{name: "two operations without operationName", method: "POST", header: postGQL,
			body: post("query A { hello } query B { hello }"), status: 400, check: errorWith(schema.CodeBadRequest, false, "operationName")},
		{name: "unknown operationName", method: "POST", header: postGQL,
			body: `{"query": "query A { hello }", "operationName": "B"}`, status: 400, check: errorWith(schema.CodeBadRequest, false, `"B"`)},
		{name: "type definitions cannot be executed", method: "POST", header: postGQL,
			body: post("{ hello }\ntype X { a: Int }"), status: 400, check: all(errorWith(schema.CodeValidationFailed, false), located(2, 1))},
		{name: "subscriptions are refused", method: "POST", header: postGQL, body: post("subscription { hello }"), status: 400,
			check: errorWith(schema.CodeBadRequest, false, "subscriptions")},

		// Bounds.
		{name: "too deep", opts: []schema.HandlerOption{schema.WithMaxDepth(3)}, method: "POST", header: postGQL,
			body: post("{ items { children {\n children { children { id } } } } }"), status: 400,
			check: all(errorWith(schema.CodeTooComplex, false, "4 levels", "line 2, column 13", "limit is 3"), located(2, 13))},
		{name: "deep enough", opts: []schema.HandlerOption{schema.WithMaxDepth(3)}, method: "POST", header: postGQL,
			body: post("{ items { children { id } } }"), status: 200},
		{name: "too costly", opts: []schema.HandlerOption{schema.WithMaxCost(1000, 10)}, method: "POST", header: postGQL,
			body: post("{ items(first: 100) { children(first: 100) { id } } }"), status: 400,
			check: errorWith(schema.CodeTooComplex, false, "cost exceeds 1000")},
		{name: "cost from a variable", opts: []schema.HandlerOption{schema.WithMaxCost(1000, 10)}, method: "POST", header: postGQL,
			body:   `{"query": "query($n: Int) { items(first: $n) { children(first: $n) { id } } }", "variables": {"n": 40}}`,
			status: 400, check: errorWith(schema.CodeTooComplex, false)},
		{name: "too many aliases", opts: []schema.HandlerOption{schema.WithMaxAliases(2)}, method: "POST", header: postGQL,
			body: post("{ a: hello b: hello c: hello }"), status: 400, check: errorWith(schema.CodeTooComplex, false, "aliases")},
		{name: "fragment bomb is bounded", opts: []schema.HandlerOption{schema.WithMaxCost(1000, 10)}, method: "POST", header: postGQL,
			body: post(fragmentBomb(20)), status: 400, check: errorWith(schema.CodeTooComplex, false)},
		{name: "introspection is allowed", opts: []schema.HandlerOption{schema.WithMaxDepth(3), schema.WithMaxCost(50, 10)}, method: "POST", header: postGQL,
			body: post(introspectionQuery), status: 200},
		{name: "introspection nesting is bounded", method: "POST", header: postGQL,
			body: post("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"), status: 400,
			check: errorWith(schema.CodeTooComplex, false, "introspection")},

		// Execution errors: 200, data present, path and code on each error.
		{name: "panicking resolver", method: "POST", header: postGQL, body: post("{ hello boom }"), status: 200,
			check: all(errorWith(schema.CodeInternal, true, "internal server error in Query.boom"), pathIs("boom"), located(1, 9),
				func(t *testing.T, _ *http.Response, body map[string]any) {
					if b, _ := json.Marshal(body); strings.Contains(string(b), "secret-internal-detail") || strings.Contains(string(b), "nil map") {
						t.Errorf("panic detail leaked: %s", b)
					}
				})},
		{name: "NotFound helper", method: "POST", header: postGQL, body: post(`{ missing(id: "Q42") }`), status: 200,
			check: all(errorWith(schema.CodeNotFound, true, `"Q42"`), pathIs("missing"), hasPartialData(`{"missing":null}`))},
		{name: "graph.ErrNotFound maps to NOT_FOUND", method: "POST", header: postGQL, body: post("{ storeMiss }"), status: 200,
			check: errorWith(schema.CodeNotFound, true, "entity Q1")},
		{name: "plain errors are INTERNAL_SERVER_ERROR, their detail kept for the log", method: "POST", header: postGQL, body: post("{ fail }"), status: 200,
			check: all(errorWith(schema.CodeInternal, true, "logged as request"), func(t *testing.T, _ *http.Response, body map[string]any) {
				if b, _ := json.Marshal(body); strings.Contains(string(b), "disk on fire") {
					t.Errorf("an internal error's detail reached the client: %s", b)
				}
			})},
		{name: "timeout", opts: []schema.HandlerOption{schema.WithTimeout(20 * time.Millisecond)}, method: "POST", header: postGQL,
			body: post("{ slow }"), status: 504, check: errorWith(schema.CodeTimeout, false, "did not finish within 20ms")},
		{name: "timeout with application/json is 200", opts: []schema.HandlerOption{schema.WithTimeout(20 * time.Millisecond)}, method: "POST", header: postApp,
			body: post("{ slow }"), status: 200, check: errorWith(schema.CodeTimeout, false)},

		// Writes.
		{name: "mutation on a read-only server", method: "POST", header: postGQL, body: post(`mutation { setGreeting(text: "x") }`),
			status: 403, check: errorWith(schema.CodeForbidden, false, "read-only")},
		{name: "mutation without credentials", opts: []schema.HandlerOption{schema.WithWriteToken(token)}, method: "POST", header: postGQL,
			body: post(`mutation { setGreeting(text: "x") }`), status: 401,
			check: all(errorWith(schema.CodeUnauthenticated, false, "Bearer"), headerIs("WWW-Authenticate", `Bearer realm="hague"`))},
		{name: "mutation with a wrong token", opts: []schema.HandlerOption{schema.WithWriteToken(token)}, method: "POST",
			header: with(postGQL, "Authorization", "Bearer nope"), body: post(`mutation { setGreeting(text: "x") }`), status: 403,
			check: errorWith(schema.CodeForbidden, false, "token")},
		{name: "mutation with Basic auth", opts: []schema.HandlerOption{schema.WithWriteToken(token)}, method: "POST",
			header: with(postGQL, "Authorization", "Basic "+token), body: post(`mutation { setGreeting(text: "x") }`), status: 401},
		{name: "mutation with the token", opts: []schema.HandlerOption{schema.WithWriteToken(token)}, method: "POST",
			header: with(postGQL, "Authorization", "Bearer "+token), body: post(`mutation { setGreeting(text: "hi") }`), status: 200,
			check: hasData(`{"setGreeting":"hi"}`)},
		{name: "a mutation selecting only __typename writes nothing and needs no token", method: "POST", header: postGQL,
			body: post(`mutation { __typename ... on Mutation { __typename } }`), status: 200, check: hasData(`{"__typename":"Mutation"}`)},
		{name: "a fragment that writes still needs the token", method: "POST", header: postGQL,
			body: post(`mutation { __typename ...W } fragment W on Mutation { setGreeting(text: "x") }`), status: 403,
			check: errorWith(schema.CodeForbidden, false, "read-only")},
		{name: "a fragment that spreads itself is refused, not a stack overflow", method: "GET", header: acceptG, target: getQ(`query { ...A } fragment A on Query { ...A }`),
			status: 400, check: errorWith(schema.CodeValidationFailed, false, "A → A")},
		{name: "a fragment cycle through others is refused", method: "POST", header: postGQL,
			body:   post(`query { ...A } fragment A on Query { greeting ...B } fragment B on Query { ... on Query { ...C } } fragment C on Query { ...A }`),
			status: 400, check: errorWith(schema.CodeValidationFailed, false, "A → B → C → A")},
		{name: "an unused fragment cycle is refused too", method: "POST", header: postGQL,
			body:   post(`query { greeting } fragment A on Query { ...B } fragment B on Query { ...A }`),
			status: 400, check: errorWith(schema.CodeValidationFailed, false, "spreads itself")},
		{name: "introspection once is free", method: "POST", header: postGQL, body: post(`{ __schema { queryType { name } } }`), status: 200},
		{name: "introspection twice over is refused", method: "POST", header: postGQL,
			body: post(`{ a: __schema { types { name } } b: __schema { types { name } } }`), status: 400,
			check: errorWith(schema.CodeTooComplex, false, "__schema under 2 names")},
		{name: "one __schema spread twice is still one", method: "POST", header: postGQL,
			body: post(`{ ...F ...F } fragment F on Query { __schema { queryType { name } } }`), status: 200},
		{name: "nested spreads in a mutation are judged once per fragment, not as a tree", method: "POST", header: postGQL,
			body: post(nestedSpreads("mutation", "Mutation", 16, 30)), status: 400, check: errorWith(schema.CodeTooComplex, false, "more than")},
		{name: "one field repeated in one object past the bound", method: "POST", header: postGQL,
			body: post("{" + strings.Repeat(" greeting", 200) + " }"), status: 400, check: errorWith(schema.CodeTooComplex, false, `"greeting" more than`)},
		{name: "queries do not become writers", opts: []schema.HandlerOption{schema.WithWriteToken(token)}, method: "POST",
			header: with(postGQL, "Authorization", "Bearer "+token), body: post(`{ writer }`), status: 200,
			check: hasData(`{"writer":false}`)},

		// Browsers.
		{name: "browsers get GraphiQL", method: "GET",
			header: map[string]string{"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
			status: 200, ctype: "text/html; charset=utf-8",
			rawBody: func(t *testing.T, body []byte) {
				for _, want := range []string{`id="graphiql"`, `?asset=graphiql.min.js&amp;v=`, `RootFields`} {
					if !bytes.Contains(body, []byte(want)) {
						t.Errorf("page lacks %q", want)
					}
				}
				if bytes.Contains(body, []byte("https://")) || bytes.Contains(body, []byte("http://")) {
					t.Errorf("page refers to another origin:\n%s", body)
				}
			}},
		{name: "raw asks for JSON even from a browser", method: "GET", target: getQ("{ hello }", "raw", ""),
			header: map[string]string{"Accept": "text/html,*/*;q=0.8"}, status: 200, ctype: appJSON},
		{name: "GraphiQL can be turned off", opts: []schema.HandlerOption{schema.WithGraphiQL(false)}, method: "GET",
			header: map[string]string{"Accept": "text/html,*/*;q=0.8"}, status: 400, ctype: appJSON},
		{name: "assets are served", method: "GET", target: "/graphql?asset=hague-graphiql.js", status: 200,
			ctype: "text/javascript; charset=utf-8", rawBody: func(t *testing.T, body []byte) {
				if !bytes.Contains(body, []byte("createFetcher")) {
					t.Errorf("not the init script: %.100s", body)
				}
			}},
		{name: "unknown assets are 404", method: "GET", target: "/graphql?asset=../http.go", status: 404},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := schema.NewHandler(s, tc.opts...)
			target := tc.target
			if target == "" {
				target = "/graphql"
			}
			req := httptest.NewRequest(tc.method, target, strings.NewReader(tc.body))
			for k, v := range tc.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			raw, _ := io.ReadAll(res.Body)
			if res.StatusCode != tc.status {
				t.Errorf("status = %d, want %d; body %s", res.StatusCode, tc.status, raw)
			}
			if tc.ctype != "" && res.Header.Get("Content-Type") != tc.ctype {
				t.Errorf("Content-Type = %q, want %q", res.Header.Get("Content-Type"), tc.ctype)
			}
			if tc.rawBody != nil {
				tc.rawBody(t, raw)
			}
			if tc.check != nil {
				var body map[string]any
				if err := json.Unmarshal(raw, &body); err != nil {
					t.Fatalf("body is not JSON: %v\n%s", err, raw)
				}
				tc.check(t, res, body)
			}
		})
	}
}

func hasPartialData(want string) func(*testing.T, *http.Response, map[string]any) {
	return func(t *testing.T, _ *http.Response, body map[string]any) {
		t.Helper()
		if got, _ := json.Marshal(body["data"]); string(got) != want {
			t.Errorf("data = %s, want %s", got, want)
		}
	}
}

// fragmentBomb builds a document whose fragments double at each level, so
// that it expands to 2^levels fields from a few hundred bytes.
func fragmentBomb(levels int) string {
	var b strings.Builder
	b.WriteString("{ ...F0 }\n")
	for i := range levels {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d hello: hello ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { hello }\n", levels)
	return b.String()
}

// TestCost pins the cost model: lists multiply by first/limit or the default
// list size; a connection's first applies to its nodes once.
func TestCost(t *testing.T) {
	s := testSchema(t)
	cases := []struct {
		query string
		cost  int // the smallest limit that admits the query
	}{
		{"{ hello }", 1},
		{"{ items { id } }", 1 + 10},
		{"{ items(first: 3) { id name } }", 1 + 3 + 3},
		{"{ items(first: 5) { children(first: 4) { id } } }", 1 + 5 + 20},
		{"{ connection(first: 7) { totalCount nodes { id } } }", 1 + 1 + 1 + 7},
		{"{ connection { nodes { id } } }", 1 + 1 + 10}, // the argument's default is 10
		{"{ connection(first: 10) { nodes { children { name } } } }", 1 + 1 + 10 + 100},
		{"{ __typename hello }", 1},
		{"{ ... on Query { items(first: 2) { id } } }", 1 + 2},
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			for _, limit := range []int{tc.cost - 1, tc.cost} {
				if limit == 0 {
					continue // 0 turns the bound off
				}
				h := schema.NewHandler(s, schema.WithMaxCost(limit, 10))
				req := httptest.NewRequest("POST", "/graphql", strings.NewReader(post(tc.query)))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Accept", schema.MediaTypeGraphQLResponse)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				admitted := rec.Code == http.StatusOK
				if want := limit >= tc.cost; admitted != want {
					t.Errorf("limit %d: admitted = %v, want %v (%s)", limit, admitted, want, rec.Body)
				}
			}
		})
	}
}

// TestPanicKeepsServing checks that a panicking resolver is logged with its
// stack and that the server answers the next request.
func TestPanicKeepsServing(t *testing.T) {
	var logs bytes.Buffer
	srv := httptest.NewServer(schema.NewHandler(testSchema(t), schema.WithLogger(zerolog.New(&logs))))
	defer srv.Close()
	for _, q := range []string{"{ boom }", "{ hello }"} {
		res, err := http.Post(srv.URL, "application/json", strings.NewReader(post(q)))
		if err != nil {
			t.Fatal(err)
		}
		_ = res.Body.Close()
		if res.StatusCode != 200 {
			t.Fatalf("%s: status %d", q, res.StatusCode)
		}
	}
	var sawPanic, sawAccess bool
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var entry map[string]any
		if err := json.Unmarshal([]byte(line), &entry); err != nil {
			t.Fatalf("log line is not JSON: %s", line)
		}
		switch entry["message"] {
		case "resolver panicked":
			sawPanic = entry["field"] == "Query.boom" && strings.Contains(fmt.Sprint(entry["stack"]), "http_test.go") && entry["request_id"] != nil
		case "graphql request":
			sawAccess = true
		}
	}
	if !sawPanic || !sawAccess {
		t.Errorf("logs lack the panic with its stack or the access line:\n%s", logs.String())
	}
}

// TestAssetCaching checks gzip and the immutable cache of versioned assets.
func TestAssetCaching(t *testing.T) {
	h := schema.NewHandler(testSchema(t))
	page := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/graphql", nil)
	req.Header.Set("Accept", "text/html")
	h.ServeHTTP(page, req)
	if csp := page.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP = %q", csp)
	}
	i := strings.Index(page.Body.String(), "?asset=graphiql.min.js&amp;v=")
	if i < 0 {
		t.Fatal("no versioned graphiql.min.js link")
	}
	link := strings.SplitN(page.Body.String()[i:], `"`, 2)[0]
	link = strings.ReplaceAll(link, "&amp;", "&")

	req = httptest.NewRequest("GET", "/graphql"+link, nil)
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 || rec.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("status %d, encoding %q", rec.Code, rec.Header().Get("Content-Encoding"))
	}
	if !strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
		t.Errorf("Cache-Control = %q", rec.Header().Get("Cache-Control"))
	}
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := io.ReadAll(zr)
	if !bytes.Contains(js, []byte("window.GraphiQL")) {
		t.Error("gzipped asset is not graphiql")
	}

	req = httptest.NewRequest("GET", "/graphql"+link, nil)
	req.Header.Set("If-None-Match", rec.Header().Get("ETag"))
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified {
		t.Errorf("conditional GET: status %d", rec.Code)
	}
}

// TestWithContext checks that per-request values reach resolvers.
func TestWithContext(t *testing.T) {
	type key struct{}
	var calls atomic.Int32
	q := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"who": &graphql.Field{Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) {
			calls.Add(1)
			return p.Context.Value(key{}), nil
		}},
	}})
	s, err := graphql.NewSchema(graphql.SchemaConfig{Query: q})
	if err != nil {
		t.Fatal(err)
	}
	h := schema.NewHandler(s, schema.WithContext(func(ctx context.Context, r *http.Request) context.Context {
		return context.WithValue(ctx, key{}, r.Header.Get("X-Who"))
	}))
	req := httptest.NewRequest("GET", getQ("{ who }"), nil)
	req.Header.Set("X-Who", "researcher")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if got := strings.TrimSpace(rec.Body.String()); got != `{"data":{"who":"researcher"}}` {
		t.Errorf("body = %s", got)
	}
}

// TestErrorCode checks the mapping from causes to codes.
func TestErrorCode(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{schema.BadUserInput("first must be positive, got %d", -1), schema.CodeBadUserInput},
		{fmt.Errorf("resolving: %w", schema.NotFound("x")), schema.CodeNotFound},
		{schema.Unauthenticated("who are you"), schema.CodeUnauthenticated},
		{fmt.Errorf("load: %w", graph.ErrInvalid), schema.CodeBadUserInput},
		{graph.ErrReadOnly, schema.CodeForbidden},
		{context.DeadlineExceeded, schema.CodeTimeout},
		{errors.New("boom"), schema.CodeInternal},
		{schema.NewError("CUSTOM", "custom %w", graph.ErrNotFound), "CUSTOM"},
	}
	for _, tc := range cases {
		if got := schema.ErrorCode(tc.err); got != tc.want {
			t.Errorf("ErrorCode(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
	e := schema.NewError(schema.CodeBadUserInput, "bad date %q: %w", "2025-13", graph.ErrInvalid)
	if !errors.Is(e, graph.ErrInvalid) || e.Extensions()["code"] != schema.CodeBadUserInput {
		t.Errorf("NewError lost its cause or code: %#v", e)
	}
}

// Beyond the in-flight bound a request is turned away at once with 503 and
// Retry-After, instead of queueing behind slow ones.
func TestHandlerInFlightBound(t *testing.T) {
	srv := httptest.NewServer(schema.NewHandler(testSchema(t), schema.WithMaxInFlight(1)))
	defer srv.Close()
	send := func() *http.Response {
		req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(`{"query":"{ slow }"}`))
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			return nil
		}
		return resp
	}
	first := make(chan *http.Response)
	go func() { first <- send() }()
	time.Sleep(100 * time.Millisecond) // the slow resolver takes 300 ms
	second := send()
	if second == nil {
		t.FailNow()
	}
	second.Body.Close()
	if second.StatusCode != http.StatusServiceUnavailable || second.Header.Get("Retry-After") == "" {
		t.Errorf("second request while one runs: got %d, Retry-After %q; want 503 with Retry-After", second.StatusCode, second.Header.Get("Retry-After"))
	}
	if r := <-first; r == nil || r.StatusCode != http.StatusOK {
		t.Errorf("the first request should finish normally, got %v", r)
	} else {
		r.Body.Close()
	}
	if third := send(); third == nil || third.StatusCode != http.StatusOK {
		t.Errorf("once the first is done, a request goes through again")
	} else {
		third.Body.Close()
	}
}

// nestedSpreads builds an operation whose fragment F1 spreads F2 width times,
// F2 spreads F3 width times, and so on for depth fragments: a few KB that a
// naive walk expands into width^(depth-1) fields.
func nestedSpreads(op, typ string, depth, width int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s { ...F1 }", op)
	for i := 1; i < depth; i++ {
		fmt.Fprintf(&b, " fragment F%d on %s {%s }", i, typ, strings.Repeat(fmt.Sprintf(" ...F%d", i+1), width))
	}
	fmt.Fprintf(&b, " fragment F%d on %s { __typename }", depth, typ)
	return b.String()
}

// A request that times out keeps its slot while its resolvers run on, so the
// in-flight bound counts work, not open connections.
func TestHandlerTimedOutWorkKeepsItsSlot(t *testing.T) {
	srv := httptest.NewServer(schema.NewHandler(testSchema(t), schema.WithMaxInFlight(1), schema.WithTimeout(20*time.Millisecond)))
	defer srv.Close()
	send := func(query string) int {
		req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(`{"query":"`+query+`"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/graphql-response+json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := send("{ slow }"); got != http.StatusGatewayTimeout {
		t.Fatalf("the slow request: got %d, want 504", got)
	}
	// The slow resolver ignores its context and sleeps 300 ms in all.
	if got := send("{ __typename }"); got != http.StatusServiceUnavailable {
		t.Errorf("while the timed-out work runs on: got %d, want 503", got)
	}
	time.Sleep(400 * time.Millisecond)
	if got := send("{ __typename }"); got != http.StatusOK {
		t.Errorf("once it has ended: got %d, want 200", got)
	}
}
