package schema_test

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
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
// HAGUE_PEERS_DIR may point to a copy whose node_modules are installed;
// otherwise the test installs one under os.TempDir, keyed by the hash of its
// package-lock.json, with `npm ci` (npm registry only).
const peersRel = "../../shared/tools/graphql-peers"

// peersDir returns an installed copy of the peers, or skips the test saying
// why it cannot have one. Under CI=true a failed install fails the test.
func peersDir(t *testing.T) string {
	t.Helper()
	if dir := os.Getenv("HAGUE_PEERS_DIR"); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", "graphql-http")); err != nil {
			t.Fatalf("HAGUE_PEERS_DIR=%s has no installed node_modules (run npm ci there): %v", dir, err)
		}
		return dir
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("skipping GraphQL-over-HTTP audit and clients: node is not on PATH (apt-get install nodejs npm)")
	}
	if _, err := exec.LookPath("npm"); err != nil {
		t.Skip("skipping GraphQL-over-HTTP audit and clients: npm is not on PATH")
	}
	src, err := filepath.Abs(peersRel)
	if err != nil {
		t.Fatal(err)
	}
	lock, err := os.ReadFile(filepath.Join(src, "package-lock.json"))
	if err != nil {
		t.Skipf("skipping GraphQL-over-HTTP audit and clients: no peers at %s (the shared/ folder beside the repo): %v", src, err)
	}
	sum := sha256.Sum256(lock)
	dir := filepath.Join(os.TempDir(), "hague-graphql-peers-"+hex.EncodeToString(sum[:6]))
	marker := filepath.Join(dir, ".installed")
	if _, err := os.Stat(marker); err == nil {
		return dir
	}
	fail := t.Skipf
	if os.Getenv("CI") != "" {
		fail = t.Fatalf
	}
	tmp, err := os.MkdirTemp(os.TempDir(), "hague-graphql-peers-install-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	if err := os.CopyFS(tmp, os.DirFS(src)); err != nil {
		t.Fatalf("copying peers: %v", err)
	}
	// shared/ is read-only in CI; the copy must be writable for npm.
	_ = filepath.WalkDir(tmp, func(p string, d os.DirEntry, err error) error {
		if err == nil {
			mode := os.FileMode(0o644)
			if d.IsDir() {
				mode = 0o755
			}
			_ = os.Chmod(p, mode)
		}
		return nil
	})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
	cmd.Dir = tmp
	if out, err := cmd.CombinedOutput(); err != nil {
		fail("npm ci of the GraphQL peers failed: %v\n%s", err, out)
	}
	if err := os.WriteFile(filepath.Join(tmp, ".installed"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		// Another test process installed it meanwhile; use theirs.
		if _, statErr := os.Stat(marker); statErr != nil {
			t.Fatalf("installing peers into %s: %v", dir, err)
		}
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
