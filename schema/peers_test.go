package schema_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/hague-kg/hague/schema"
)

// The GraphQL-over-HTTP peers (graphql-http's audit and three real clients)
// live in the steering repo's shared/tools/graphql-peers, beside our clone.
// HAGUE_PEERS_DIR points to a copy whose node_modules are installed: .ci/run
// installs one, and the README says how to by hand. Tests talk only to
// 127.0.0.1, so they never install anything from a registry themselves.
const peersRel = "../../shared/tools/graphql-peers"

// peersDir returns the installed copy of the peers, or skips the test saying
// why there is none.
func peersDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("HAGUE_PEERS_DIR")
	if dir == "" {
		where := "beside the repository"
		if abs, err := filepath.Abs(peersRel); err == nil {
			where = abs
		}
		t.Skipf("skipping the GraphQL-over-HTTP audit and clients: HAGUE_PEERS_DIR is not set; install the peers from %s with npm ci in a copy and point HAGUE_PEERS_DIR at it (.ci/run does)", where)
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatalf("HAGUE_PEERS_DIR is set but node is not on PATH (apt-get install nodejs npm)")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "graphql-http")); err != nil {
		t.Fatalf("HAGUE_PEERS_DIR=%s has no installed node_modules (run npm ci there): %v", dir, err)
	}
	return dir
}

// serveLoopback serves h on 127.0.0.1 (never another address).
func serveLoopback(t *testing.T, h http.Handler) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Listener.Close()
	srv.Listener = l
	srv.Start()
	t.Cleanup(srv.Close)
	return srv.URL + "/graphql"
}

func runNode(t *testing.T, dir string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// TestGraphQLOverHTTPAudit runs graphql-http's server audits, against a
// small schema that has every feature the audits probe and against hague's
// own schema over the fixture graph: every MUST and every SHOULD has to pass.
func TestGraphQLOverHTTPAudit(t *testing.T) {
	dir := peersDir(t)
	_, hague := fixture(t)
	for _, tc := range []struct {
		name string
		s    graphql.Schema
	}{{"test schema", testSchema(t)}, {"hague schema", hague}} {
		t.Run(tc.name, func(t *testing.T) { audit(t, dir, serveLoopback(t, schema.NewHandler(tc.s))) })
	}
}

func audit(t *testing.T, dir, url string) {
	t.Helper()
	out, err := runNode(t, dir, "audit.mjs", url)
	if err != nil {
		t.Errorf("audit.mjs: %v", err)
	}
	counts := map[string]map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 {
			continue
		}
		status, level := strings.ToLower(f[0]), f[2]
		switch status {
		case "ok", "error", "warn", "notice":
		default:
			continue
		}
		if counts[level] == nil {
			counts[level] = map[string]int{}
		}
		counts[level][status]++
		if status != "ok" && level != "MAY" {
			t.Errorf("audit failed: %s", sc.Text())
		}
	}
	t.Logf("graphql-http audit: MUST %d/%d, SHOULD %d/%d, MAY %d/%d passed",
		counts["MUST"]["ok"], total(counts["MUST"]), counts["SHOULD"]["ok"], total(counts["SHOULD"]),
		counts["MAY"]["ok"], total(counts["MAY"]))
	if total(counts["MUST"]) == 0 || t.Failed() || testing.Verbose() {
		t.Logf("audit output:\n%s", out)
	}
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// TestGraphQLClients drives the handler with graphql-request, Apollo Client
// and urql: the test schema with a document of its own, and hague's schema
// with every GraphiQL example. The test schema's mutation checks need the
// write token, which the clients do not send, so the server adds it there:
// the peers test the protocol, and the token itself is tested in
// TestHandlerHTTP. hague's read-only server is probed as it runs.
func TestGraphQLClients(t *testing.T) {
	dir := peersDir(t)
	t.Run("test schema", func(t *testing.T) {
		h := schema.NewHandler(testSchema(t), schema.WithWriteToken(token))
		url := serveLoopback(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.Header.Set("Authorization", "Bearer "+token)
			h.ServeHTTP(w, r)
		}))
		doc := filepath.Join(t.TempDir(), "items.graphql")
		if err := os.WriteFile(doc, []byte("query Items($n: Int) { items(first: $n) { id name children(first: 1) { id } } connection(first: 2) { totalCount nodes { name } } }\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		clients(t, dir, url, "--doc", doc, "--vars", `{"n": 2}`)
	})
	t.Run("hague schema", func(t *testing.T) {
		_, s := fixture(t)
		url := serveLoopback(t, schema.NewHandler(s))
		var args []string
		for i, ex := range schema.Examples() {
			doc := filepath.Join(t.TempDir(), fmt.Sprintf("example-%d.graphql", i))
			if err := os.WriteFile(doc, []byte(ex.Query), 0o644); err != nil {
				t.Fatal(err)
			}
			vars, _ := json.Marshal(ex.Variables)
			if ex.Variables == nil {
				vars = []byte("{}")
			}
			args = append(args, "--doc", doc, "--vars", string(vars))
		}
		clients(t, dir, url, args...)
	})
}

func clients(t *testing.T, dir, url string, args ...string) {
	t.Helper()
	out, err := runNode(t, dir, append([]string{"clients.mjs", url}, args...)...)
	if err != nil {
		t.Errorf("clients.mjs: %v\n%s", err, out)
	}
	passed, failed := 0, 0
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "OK"):
			passed++
		case strings.HasPrefix(line, "FAIL"):
			failed++
			t.Errorf("client check failed: %s", line)
		}
	}
	t.Logf("clients: %d passed, %d failed", passed, failed)
	if passed == 0 {
		t.Errorf("no client check ran:\n%s", out)
	}
}
