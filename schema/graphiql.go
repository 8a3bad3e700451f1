package schema

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

// The GraphiQL bundles are vendored by graphiql/update.sh (npm pack of pinned
// versions) so that the page needs no network: no CDN, no fonts from
// elsewhere.
//
//go:embed graphiql/*.js graphiql/*.css graphiql/LICENSE.* graphiql/VERSIONS
var graphiqlFS embed.FS

// assetParam is the query parameter under which the page fetches its
// scripts and styles from the handler's own path, wherever it is mounted.
const assetParam = "asset"

// Example is a query that GraphiQL opens in a tab of its own.
type Example struct {
	// Name is the tab's heading, written as a comment above the query.
	Name string
	// Description, if any, follows the name as comment lines.
	Description string
	// Query is the GraphQL document. Name its operation: GraphiQL titles the
	// tab with the operation name.
	Query string
	// Variables are shown in the variables editor, as JSON.
	Variables map[string]any
}

// WithGraphiQL turns the GraphiQL page for browsers on or off; it is on by
// default.
func WithGraphiQL(enabled bool) HandlerOption {
	return func(c *handlerConfig) { c.page.enabled = enabled }
}

// WithExamples sets the tabs GraphiQL opens with, in order; the first is the
// active one. Without examples the page opens with a schema-agnostic query.
func WithExamples(examples []Example) HandlerOption {
	return func(c *handlerConfig) { c.page.examples = append([]Example(nil), examples...) }
}

// WithDefaultQuery sets the text of a new tab (and of the only tab when there
// are no examples).
func WithDefaultQuery(query string) HandlerOption {
	return func(c *handlerConfig) { c.page.defaultQuery = query }
}

// WithGraphiQLTitle sets the page title. Default "hague GraphiQL".
func WithGraphiQLTitle(title string) HandlerOption {
	return func(c *handlerConfig) { c.page.title = title }
}

type pageConfig struct {
	enabled      bool
	title        string
	examples     []Example
	defaultQuery string
}

func defaultPageConfig() pageConfig {
	return pageConfig{enabled: true, title: "hague GraphiQL"}
}

// defaultExamples open when the caller supplies none: they work on any schema.
var defaultExamples = []Example{{
	Name:        "What can I ask?",
	Description: "The fields of the query type, with their descriptions.\nPress the run button (or Ctrl-Enter), and open the docs on the left.",
	Query:       "query RootFields {\n  __schema {\n    queryType {\n      fields {\n        name\n        description\n      }\n    }\n  }\n}\n",
}}

// graphiqlPage is the rendered page plus its assets, built once per handler.
type graphiqlPage struct {
	html    []byte
	assets  map[string]*asset
	version string
}

type asset struct {
	name, contentType, etag string
	body                    []byte
	gzipOnce                sync.Once
	gzipped                 []byte
}

type tab struct {
	Query     string `json:"query"`
	Variables string `json:"variables,omitempty"`
}

type pageData struct {
	Title  string
	Config struct {
		DefaultQuery string `json:"defaultQuery"`
		Tabs         []tab  `json:"tabs"`
		StorageKey   string `json:"storageKey"`
	}
}

var pageTemplate = template.Must(template.New("graphiql").Funcs(template.FuncMap{
	"asset": func(string) string { return "" }, // replaced per page
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<link rel="stylesheet" href="{{asset "graphiql.min.css"}}">
<link rel="stylesheet" href="{{asset "hague-graphiql.css"}}">
</head>
<body>
<div id="graphiql"><p class="hague-loading">Loading GraphiQL…</p><noscript>GraphiQL needs JavaScript; without it, send queries with curl or any GraphQL client to this address.</noscript></div>
<script id="hague-graphiql-config" type="application/json">{{.Config}}</script>
<script src="{{asset "react.production.min.js"}}"></script>
<script src="{{asset "react-dom.production.min.js"}}"></script>
<script src="{{asset "graphiql.min.js"}}"></script>
<script src="{{asset "hague-graphiql.js"}}"></script>
</body>
</html>
`))

func newGraphiQLPage(pc pageConfig) *graphiqlPage {
	p := &graphiqlPage{assets: map[string]*asset{}}
	files, err := fs.Glob(graphiqlFS, "graphiql/*")
	if err != nil {
		panic(err) // the pattern is constant
	}
	all := sha256.New()
	for _, f := range files {
		body, err := graphiqlFS.ReadFile(f)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		sum := sha256.Sum256(body)
		name := path.Base(f)
		p.assets[name] = &asset{
			name:        name,
			contentType: contentTypeOf(name),
			etag:        `"` + hex.EncodeToString(sum[:8]) + `"`,
			body:        body,
		}
		all.Write(sum[:])
	}

	examples := pc.examples
	if len(examples) == 0 {
		examples = defaultExamples
	}
	var data pageData
	data.Title = pc.title
	for _, ex := range examples {
		data.Config.Tabs = append(data.Config.Tabs, exampleTab(ex))
	}
	data.Config.DefaultQuery = pc.defaultQuery
	if data.Config.DefaultQuery == "" {
		data.Config.DefaultQuery = data.Config.Tabs[0].Query
	}
	cfgJSON, _ := json.Marshal(data.Config)
	all.Write(cfgJSON)
	p.version = hex.EncodeToString(all.Sum(nil)[:6])
	data.Config.StorageKey = p.version

	t := template.Must(pageTemplate.Clone()).Funcs(template.FuncMap{
		"asset": func(name string) string {
			a := p.assets[name]
			if a == nil {
				panic("graphiql page refers to missing asset " + name)
			}
			return "?" + assetParam + "=" + name + "&v=" + strings.Trim(a.etag, `"`)
		},
	})
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		panic(err) // only a broken template can fail, and tests render it
	}
	p.html = buf.Bytes()
	return p
}

// exampleTab writes an example as GraphiQL tab content: the name and
// description as comments above the query.
func exampleTab(ex Example) tab {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(ex.Name+"\n"+ex.Description), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			b.WriteString("# " + line + "\n")
		}
	}
	b.WriteString(ex.Query)
	t := tab{Query: b.String()}
	if len(ex.Variables) > 0 {
		v, err := json.MarshalIndent(ex.Variables, "", "  ")
		if err == nil {
			t.Variables = string(v)
		}
	}
	return t
}

func contentTypeOf(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	}
	return "text/plain; charset=utf-8"
}

// contentSecurityPolicy keeps the page to its own origin: scripts and styles
// from the handler, requests only to it.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func (p *graphiqlPage) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-cache")
	h.Add("Vary", "Accept")
	h.Set("Content-Length", strconv.Itoa(len(p.html)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(p.html)
}

func (p *graphiqlPage) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a := p.assets[name]
	if a == nil {
		http.Error(w, "no such asset: "+name, http.StatusNotFound)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("ETag", a.etag)
	h.Add("Vary", "Accept-Encoding")
	if r.URL.Query().Get("v") == strings.Trim(a.etag, `"`) {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	if inm := r.Header.Get("If-None-Match"); inm != "" && strings.Contains(inm, a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if acceptsGzip(r) {
		a.gzipOnce.Do(func() {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			_, _ = zw.Write(a.body)
			_ = zw.Close()
			a.gzipped = buf.Bytes()
		})
		body = a.gzipped
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}

func acceptsGzip(r *http.Request) bool {
	for _, v := range r.Header.Values("Accept-Encoding") {
		for _, part := range strings.Split(v, ",") {
			enc, params, _ := strings.Cut(part, ";")
			if strings.TrimSpace(strings.ToLower(enc)) != "gzip" {
				continue
			}
			k, q, _ := strings.Cut(params, "=")
			if f, err := strconv.ParseFloat(strings.TrimSpace(q), 64); strings.TrimSpace(k) == "q" && err == nil && f == 0 {
				return false
			}
			return true
		}
	}
	return false
}
