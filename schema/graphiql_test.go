package schema_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hague-kg/hague/schema"
)

var graphiqlExamples = []schema.Example{
	{
		Name:        "Headline example",
		Description: "Says hello to the court.",
		Query:       "query HeadlineExample($name: String) {\n  hello(name: $name)\n}\n",
		Variables:   map[string]any{"name": "ICC"},
	},
	{
		Name:  "Items",
		Query: "query ItemsExample {\n  items(first: 2) {\n    id\n    name\n  }\n}\n",
	},
}

// chromium returns the path of a Chromium binary or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("skipping the browser test: no chromium (apt-get install chromium)")
	return ""
}

// runChromium runs headless Chromium with a fresh profile, resolving no host
// but 127.0.0.1, so the page gets nothing from any network.
func runChromium(t *testing.T, bin string, args ...string) (stdout, stderr []byte) {
	// extra flags come last; a --screenshot run waits a fixed time (virtual
	// time never settles for it), a --dump-dom run until the page is idle.
	t.Helper()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--user-data-dir=" + t.TempDir(),
		"--window-size=1400,900",
		"--enable-logging=stderr", "--v=0", // console messages go to stderr
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errOut.String())
	}
	return out.Bytes(), errOut.Bytes()
}

// TestGraphiQLInChromium loads the page in headless Chromium from a server on
// 127.0.0.1 and checks that GraphiQL rendered the examples and asked the API
// for the schema. GRAPHIQL_SCREENSHOT=path also saves a screenshot.
func TestGraphiQLInChromium(t *testing.T) {
	bin := chromium(t)
	h := schema.NewHandler(testSchema(t), schema.WithExamples(graphiqlExamples))
	var mu sync.Mutex
	var operations []string
	url := serveLoopback(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			h.ServeHTTP(w, r)
			return
		}
		body, _ := io.ReadAll(r.Body)
		var req struct {
			OperationName string `json:"operationName"`
		}
		_ = json.Unmarshal(body, &req)
		r.Body = io.NopCloser(bytes.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		mu.Lock()
		operations = append(operations, fmt.Sprintf("%s %d %s", req.OperationName, rec.Code, rec.Header().Get("Content-Type")))
		mu.Unlock()
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
	}))

	out, console := runChromium(t, bin, "--virtual-time-budget=15000", "--dump-dom", url)
	dom := string(out)
	for _, line := range strings.Split(string(console), "\n") {
		if strings.Contains(line, "CONSOLE") || strings.Contains(line, "Content Security Policy") {
			t.Errorf("browser console: %s", line)
		}
	}
	// The configuration block holds the examples verbatim; only what
	// GraphiQL rendered counts.
	if i := strings.Index(dom, `<script id="hague-graphiql-config"`); i >= 0 {
		if j := strings.Index(dom[i:], "</script>"); j >= 0 {
			dom = dom[:i] + dom[i+j:]
		}
	}
	for _, want := range []string{
		"graphiql-container", // GraphiQL mounted
		"HeadlineExample",    // the first tab, titled by its operation
		"ItemsExample",       // the second tab
		"# Headline example", // the example's name as a comment in the editor
		"Says hello to the court.",
		`"ICC"`, // the variables editor
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered page lacks %q", want)
		}
	}
	if strings.Contains(dom, "Loading GraphiQL") {
		t.Error("GraphiQL did not replace the loading placeholder")
	}
	mu.Lock()
	defer mu.Unlock()
	if !contains(operations, "IntrospectionQuery 200 "+schema.MediaTypeGraphQLResponse+"; charset=utf-8") {
		t.Errorf("GraphiQL did not fetch the schema; POSTs seen: %q", operations)
	}
	if t.Failed() {
		t.Logf("DOM:\n%.4000s", dom)
	}

	if shot := os.Getenv("GRAPHIQL_SCREENSHOT"); shot != "" {
		abs, err := filepath.Abs(shot)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = runChromium(t, bin, "--timeout=8000", "--screenshot="+abs, url)
		t.Logf("screenshot in %s", abs)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
