package schema_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files (schema.graphql, testdata/queries/*.json) from the code")

// queryCases run against the fixture; each result is compared with the golden
// file testdata/queries/NAME.json (rewritten by go test -update).
var queryCases = []struct {
	name  string
	query string
	vars  map[string]any
}{
	{"targetings-icc", `{
  targetings(issuer: "ICC") {
    warrant { id date } action { id kind date } officials { id } daysAfter daysAfterMost after stated
  }
}`, nil},
	{"targetings-stated-only", `{ targetings(stated: true, from: "2023", to: "2023") { warrant { id } action { id } stated } }`, nil},
	{"targetings-sanctions-only", `query($kinds: [EventKind!]) { targetings(issuer: "Q47488", actionKinds: $kinds) { warrant { id } action { id ... on Sanction { imposedBy { name } sanctioned { name } } } officials { name ... on Person { positions { title organization { id } } } } stated } }`,
		map[string]any{"kinds": []any{"SANCTION"}}},
	{"entity-by-accented-name", `{ a: entity(name: "NICOLÁS GUILLOU") { id name } b: entity(name: "judge guillou") { id } c: entity(id: "Q7747") { id kind name aliases wikidata } }`, nil},
	{"entities-search-prefix", `{ a: entities(search: "guil") { totalCount nodes { id } } b: entities(name: "nicolas g") { nodes { id } } c: entities(search: "vlad", kinds: [STATE]) { totalCount } }`, nil},
	{"entities-kinds-sorted", `{ entities(kinds: [STATE], sort: NAME_DESC, first: 3) { totalCount nodes { id name ... on State { iso } } pageInfo { hasNextPage hasPreviousPage } } }`, nil},
	{"entities-by-outlet", `{ entities(outlet: "reuters") { nodes { id } } }`, nil},
	{"entities-by-document", `query($d: ID) { entities(document: $d, kinds: [PERSON]) { totalCount } }`, map[string]any{"d": reutersIRI}},
	{"events-date-range", `{
  all: events(from: "2025", to: "2025-06") { nodes { kind date } }
  possible: events(from: "2025-08-15", to: "2025-09-10") { nodes { kind date } }
  certain: events(from: "2025-08-15", to: "2025-09-10", certain: true) { totalCount }
}`, nil},
	{"events-page-1", `{ events(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, nil},
	{"events-page-2", `query($after: String) { events(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor } } }`,
		map[string]any{"after": "aGFndWU6MQ=="}},
	{"events-newest-first", `{ events(sort: DATE_DESC, first: 4) { nodes { date kind } } }`, nil},
	{"events-participant-role", `{ events(participant: "International Criminal Court", role: TARGET) { nodes { id kind } } }`, nil},
	{"events-boolean-filter", `{
  events(participant: "ICC", where: { NOT: { kinds: [ARREST_WARRANT] }, OR: [{ from: "2025-06" }, { kinds: [EXECUTIVE_ORDER] }] }) { nodes { kind date } }
}`, nil},
	{"events-by-document-and-outlet", `query($d: ID) { doc: events(document: $d) { nodes { id documents { outlet } } } outlet: events(outlet: "REUTERS") { totalCount } }`,
		map[string]any{"d": reutersIRI}},
	{"event-types", `{ events(kinds: [ARREST_WARRANT, CONVICTION, MEETING, WITHDRAWAL]) { nodes {
  __typename kind
  ... on Warrant { issuedBy { name } wanted { name } }
  ... on Proceeding { counts accused { name } }
  ... on Meeting { until { date earliest latest precision } bodies { name } }
  ... on Withdrawal { effective { date } withdrawingFrom { id } }
} } }`, nil},
	{"event-sources-and-participants", `query($d: ID) { node(id: "Q7747") { ... on Person {
  sources { quote start end document { outlet } }
  onlyReuters: sources(outlet: "Reuters") { quote }
  onlyJurist: sources(document: $d) { document { id } }
  events(kinds: [ARREST_WARRANT]) { nodes { id label participants { role entity { id } documents { outlet } sources { document { outlet } } } sources { document { outlet published } quote } } }
} } }`, map[string]any{"d": juristIRI}},
	{"in-response-to", `{ entity(name: "Russia") { events { nodes { date inResponseTo { id date } } } } }`, nil},
	{"followed-by-and-preceded-by", `{ entity(id: "Q7747") { events(kinds: [ARREST_WARRANT], role: TARGET) { nodes {
  id
  followedBy(first: 3) { totalCount nodes { id date } pageInfo { hasNextPage } }
  possiblyAfter: followedBy(certain: false, kinds: [ARREST_WARRANT]) { nodes { id date } }
  precededBy { totalCount }
  possiblyBefore: precededBy(certain: false) { nodes { id date } }
  sharingTarget: followedBy(roles: [TARGET]) { nodes { id } }
} } } }`, nil},
	{"rome-statute", `{ states: entities(kinds: [STATE]) { nodes { id ... on State { romeStatute { status announced { date } notified { date } effective { date earliest latest precision } events { kind } } } } } }`, nil},
	{"positions", `{
  judge: entity(id: "nicolas-guillou") { ... on Person { positions { id title holder { id } organization { id name } start { date earliest latest precision } end { date } sources { quote } documents { id } } } }
  court: entity(name: "icc") { positions { holder { name } title } }
}`, nil},
	{"neighbors", `{ entity(name: "Putin") { neighbors { totalCount nodes { entity { id } roles eventCount events { id } } } } }`, nil},
	{"node", `query($d: ID!) { e: node(id: "Q28") { __typename id } d: node(id: $d) { __typename ... on Document { title outlet published } } }`,
		map[string]any{"d": reutersIRI}},
	{"documents", `{ documents { totalCount nodes { id title outlet published eventCount entityCount positionCount entities(kinds: [COURT]) { nodes { id } } events(kinds: [ARREST_WARRANT], first: 2) { totalCount nodes { id } } } } reuters: documents(outlet: "Reuters") { totalCount } }`, nil},
	{"timeline", `{ timeline(participant: "Netanyahu") { nodes { date kind label } } }`, nil},
	{"subgraph-netanyahu", `{ subgraph(ids: ["Benjamin Netanyahu"], depth: 2) { truncated nodes { id kind group label item { id } } edges { id source target role event documents { outlet } sources { quote } } } }`, nil},
	{"subgraph-truncated", `{ subgraph(ids: ["Q47488"], depth: 2, limit: 4) { truncated nodes { id } } }`, nil},
	{"paths", `{ paths(from: "Putin", to: "Tomoko Akane", maxDepth: 3) { length steps { id role node { __typename id } } } }`, nil},
}

func TestQueries(t *testing.T) {
	_, s := fixture(t)
	for _, tc := range queryCases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, s, tc.query, tc.vars)
			if len(res.Errors) > 0 {
				t.Fatalf("errors: %s", toJSON(t, res.Errors))
			}
			golden(t, filepath.Join("testdata", "queries", tc.name+".json"), []byte(toJSON(t, res.Data)+"\n"))
		})
	}
}

// golden compares got with the file, or rewrites the file with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./schema/ -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the result (run go test ./schema/ -update if the change is intended)\ngot:\n%s", path, got)
	}
}

// errorCases check that bad input gives null data for the field and an error
// with the right code and argument.
var errorCases = []struct {
	name, query  string
	vars         map[string]any
	code, arg    string
	messageHints []string
}{
	{"entity not found", `{ entity(id: "Q1") { id } }`, nil, "NOT_FOUND", "id", []string{`"Q1"`}},
	{"entity name not found", `{ entity(name: "Nobody Atall") { id } }`, nil, "NOT_FOUND", "name", nil},
	{"entity without id or name", `{ entity { id } }`, nil, "BAD_USER_INPUT", "id", nil},
	{"event not found", `{ event(id: "nope") { id } }`, nil, "NOT_FOUND", "id", nil},
	{"node not found", `{ node(id: "nope") { id } }`, nil, "NOT_FOUND", "id", nil},
	{"document not found", `{ document(id: "https://example.org/none") { id } }`, nil, "NOT_FOUND", "id", nil},
	{"bad from date", `{ events(from: "2025-13") { totalCount } }`, nil, "BAD_USER_INPUT", "from", []string{"2025-13", "YYYY-MM"}},
	{"bad date in where", `{ events(where: { OR: [{ kinds: [SANCTION] }, { to: "March 2025" }] }) { totalCount } }`, nil, "BAD_USER_INPUT", "where.OR[1].to", nil},
	{"to before from", `{ events(from: "2025", to: "2024") { totalCount } }`, nil, "BAD_USER_INPUT", "to", nil},
	{"bad cursor", `{ events(after: "not-a-cursor") { totalCount } }`, nil, "BAD_USER_INPUT", "after", nil},
	{"forged cursor at the largest offset", `{ events(after: "aGFndWU6OTIyMzM3MjAzNjg1NDc3NTgwNw==") { totalCount } }`, nil, "BAD_USER_INPUT", "after", nil},
	{"first too big", `{ entities(first: 1000) { totalCount } }`, nil, "BAD_USER_INPUT", "first", []string{"500"}},
	{"negative first", `{ documents(first: -1) { totalCount } }`, nil, "BAD_USER_INPUT", "first", nil},
	{"unknown participant", `{ events(participant: "Nobody Atall") { totalCount } }`, nil, "NOT_FOUND", "participant", nil},
	{"unknown issuer", `{ targetings(issuer: "Nobody Atall") { stated } }`, nil, "NOT_FOUND", "issuer", nil},
	{"bad targetings date", `{ targetings(from: "23") { stated } }`, nil, "BAD_USER_INPUT", "from", nil},
	{"subgraph too deep", `{ subgraph(ids: ["Q7747"], depth: 9) { truncated } }`, nil, "BAD_USER_INPUT", "depth", nil},
	{"subgraph unknown id", `{ subgraph(ids: ["Q7747", "nope"]) { truncated } }`, nil, "NOT_FOUND", "ids", nil},
	{"paths unknown end", `{ paths(from: "Putin", to: "nope") { length } }`, nil, "NOT_FOUND", "to", nil},
	{"nested bad date", `{ entity(id: "Q7747") { events(to: "2025-02-30") { totalCount } } }`, nil, "BAD_USER_INPUT", "to", nil},
	{"nested bad cursor in thunk field", `{ documents { nodes { events(after: "eA==") { totalCount } } } }`, nil, "BAD_USER_INPUT", "after", nil},
}

func TestErrors(t *testing.T) {
	_, s := fixture(t)
	for _, tc := range errorCases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, s, tc.query, tc.vars)
			if len(res.Errors) == 0 {
				t.Fatalf("no error; data %s", toJSON(t, res.Data))
			}
			e := res.Errors[0]
			if got := e.Extensions["code"]; got != tc.code {
				t.Errorf("code = %v, want %s (error %s)", got, tc.code, toJSON(t, e))
			}
			if got := e.Extensions["argument"]; got != tc.arg {
				t.Errorf("argument = %v, want %s (error %s)", got, tc.arg, toJSON(t, e))
			}
			if len(e.Path) == 0 || len(e.Locations) == 0 {
				t.Errorf("error lacks path or locations: %s", toJSON(t, e))
			}
			for _, h := range tc.messageHints {
				if !bytes.Contains([]byte(e.Message), []byte(h)) {
					t.Errorf("message %q does not mention %q", e.Message, h)
				}
			}
			// The field that failed is null; the response is still an object.
			if data, ok := res.Data.(map[string]any); ok {
				raw, _ := json.Marshal(data)
				if bytes.Contains(raw, []byte(`"totalCount":`)) && tc.code != "" && len(e.Path) == 1 {
					t.Errorf("failed root field still has data: %s", raw)
				}
			}
		})
	}
}
