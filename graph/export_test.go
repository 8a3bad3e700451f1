package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/hague-kg/hague/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/export")

const exportDir = "testdata/export"

// exportReports are two documents about the ICC: warrants, non-compliance,
// the US executive order and sanctions, a session spanning days, and an
// organization whose name needs escaping in every format.
func exportReports() []*graph.Report {
	a := graph.Document{IRI: "https://example.org/news/icc-1", Title: "ICC under pressure", URL: "https://example.org/news/icc-1.html",
		Outlet: "Example News", Published: graph.MustParseDate("2025-12-01"),
		Text: "The ICC issued a warrant for Netanyahu in November 2024. Hungary did not arrest him in April 2025. " +
			"Trump signed an order on 6 February 2025; the US sanctioned Karim Khan that day, and Fatou Bensouda in 2020. " +
			"Rights \"Watch\" <&> met the court in The Hague from 1 to 6 December 2025."}
	b := graph.Document{IRI: "https://example.org/wire/2", Title: "Warrant for Netanyahu", Outlet: "Wire", Published: graph.MustParseDate("2024-11-21"),
		Text: "Judges of the ICC issued an arrest warrant for Benjamin Netanyahu."}
	// src cites the sentence of d that holds quote.
	src := func(d graph.Document, quote string) []graph.Source {
		i := strings.Index(d.Text, quote)
		if i < 0 {
			panic("fixture: no " + quote + " in " + d.IRI)
		}
		start := strings.LastIndex(d.Text[:i], ". ") + 2
		if start < 2 {
			start = 0
		}
		end := len(d.Text)
		if j := strings.Index(d.Text[i:], "."); j >= 0 {
			end = i + j + 1
		}
		runes := func(s string) int { return len([]rune(s)) }
		return []graph.Source{{Document: d.IRI, Start: runes(d.Text[:start]), End: runes(d.Text[:end])}}
	}
	event := func(ev graph.Event) graph.Event {
		ev.ID = graph.EventID(ev.Kind, ev.With(graph.Agent), ev.With(graph.Target), ev.Date)
		return ev
	}
	p := func(r graph.Role, id string) graph.Participant { return graph.Participant{Role: r, Entity: id} }
	warrant := event(graph.Event{Kind: graph.ArrestWarrant, Date: graph.MustParseDate("2024-11"),
		Participants: []graph.Participant{p(graph.Agent, "Q47488"), p(graph.Target, "Q43723")}, Description: "war crimes and crimes against humanity", Confidence: 0.9, Sources: src(a, "issued a warrant")})
	order := event(graph.Event{Kind: graph.ExecutiveOrder, Date: graph.MustParseDate("2025-02-06"),
		Participants: []graph.Participant{p(graph.Agent, "Q22686"), p(graph.Target, "Q47488")}, Sources: src(a, "Trump signed")})
	khan := event(graph.Event{Kind: graph.Sanction, Date: graph.MustParseDate("2025-02-06"), InResponseTo: []string{warrant.ID},
		Participants: []graph.Participant{p(graph.Agent, "Q30"), p(graph.Target, "karim-khan")}, Sources: src(a, "Karim Khan")})
	bensouda := event(graph.Event{Kind: graph.Sanction, Date: graph.MustParseDate("2020"),
		Participants: []graph.Participant{p(graph.Agent, "Q30"), p(graph.Target, "fatou-bensouda")}, Sources: src(a, "Bensouda")})
	nonCompliance := event(graph.Event{Kind: graph.NonCompliance, Date: graph.MustParseDate("2025-04"),
		Participants: []graph.Participant{p(graph.Agent, "Q28"), p(graph.Target, "Q43723")}, Sources: src(a, "Hungary")})
	meeting := event(graph.Event{Kind: graph.Meeting, Date: graph.MustParseDate("2025-12-01"), Until: graph.MustParseDate("2025-12-06"),
		Participants: []graph.Participant{p(graph.Agent, "rights-watch"), p(graph.Recipient, "Q47488"), p(graph.Place, "Q55")}, Sources: src(a, "met the court")})
	return []*graph.Report{
		{
			Document: a,
			Entities: []graph.Entity{
				{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court", Aliases: []string{"ICC"}, Wikidata: "Q47488", Confidence: 1, Sources: src(a, "ICC")},
				{ID: "Q43723", Kind: graph.Person, Name: "Benjamin Netanyahu", Aliases: []string{"Netanyahu", "Bibi"}, Wikidata: "Q43723"},
				{ID: "Q28", Kind: graph.State, Name: "Hungary", ISO: "HU", Wikidata: "Q28"},
				{ID: "Q30", Kind: graph.State, Name: "United States", ISO: "US", Wikidata: "Q30"},
				{ID: "Q55", Kind: graph.State, Name: "Netherlands", ISO: "NL", Wikidata: "Q55"},
				{ID: "Q22686", Kind: graph.Person, Name: "Donald Trump", Wikidata: "Q22686"},
				{ID: "karim-khan", Kind: graph.Person, Name: "Karim Khan"},
				{ID: "fatou-bensouda", Kind: graph.Person, Name: "Fatou Bensouda"},
				{ID: "rights-watch", Kind: graph.Organization, Name: `Rights "Watch" <&> \ Co`, Aliases: []string{"RW\nline"}},
			},
			Events: []graph.Event{warrant, order, khan, bensouda, nonCompliance, meeting},
			Positions: []graph.Position{
				{ID: graph.PositionID("karim-khan", "Prosecutor", "Q47488"), Holder: "karim-khan", Title: "Prosecutor", Organization: "Q47488", Start: graph.MustParseDate("2021-06")},
				{ID: graph.PositionID("fatou-bensouda", "Prosecutor", "Q47488"), Holder: "fatou-bensouda", Title: "Prosecutor", Organization: "Q47488", Start: graph.MustParseDate("2012"), End: graph.MustParseDate("2021-06")},
				{ID: graph.PositionID("Q43723", "Prime Minister", "Q801"), Holder: "Q43723", Title: "Prime Minister", Organization: "Q801"},
			},
		},
		{
			Document: b,
			Entities: []graph.Entity{
				{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court", Wikidata: "Q47488"},
				{ID: "Q43723", Kind: graph.Person, Name: "Benjamin Netanyahu", Wikidata: "Q43723"},
				{ID: "Q801", Kind: graph.State, Name: "Israel", ISO: "IL", Wikidata: "Q801"},
			},
			Events: []graph.Event{func() graph.Event { w := warrant; w.Sources = src(b, "arrest warrant"); return w }()},
		},
	}
}

// exportQuery selects everything around Netanyahu and Karim Khan.
var exportQuery = graph.SubgraphQuery{IDs: []string{"Q43723", "karim-khan", "fatou-bensouda"}, Depth: 2}

func exportStore(t *testing.T) *graph.Store {
	t.Helper()
	s := open(t, "memory:")
	for _, r := range exportReports() {
		if err := s.Put(context.Background(), r); err != nil {
			t.Fatalf("put %s: %v", r.Document.IRI, err)
		}
	}
	return s
}

func export(t *testing.T, s *graph.Store, f graph.Format, q graph.SubgraphQuery) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, f, q); err != nil {
		t.Fatalf("export %s: %v", f, err)
	}
	return buf.Bytes()
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		name string
		want graph.Format
	}{
		{"nquads", graph.NQuads}, {"NQ", graph.NQuads}, {"json-ld", graph.JSONLD}, {"graphml", graph.GraphML},
		{"gexf", graph.GEXF}, {"dot", graph.DOT}, {"gv", graph.DOT}, {"cytoscape", graph.Cytoscape}, {"ftm", graph.FtM},
	} {
		got, err := graph.ParseFormat(tc.name)
		if err != nil || got != tc.want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
	_, err := graph.ParseFormat("svg")
	if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "nquads, jsonld, graphml, gexf, dot, cytoscape, ftm") {
		t.Errorf("ParseFormat(svg): got %v, want ErrInvalid listing the formats", err)
	}
	for _, f := range graph.Formats {
		if f.MediaType() == "" || !strings.HasPrefix(f.Extension(), ".") {
			t.Errorf("%s: media type %q, extension %q", f, f.MediaType(), f.Extension())
		}
	}
	var buf bytes.Buffer
	if err := exportStore(t).Export(context.Background(), &buf, "svg", exportQuery); !errors.Is(err, graph.ErrInvalid) || buf.Len() > 0 {
		t.Errorf("export in an unknown format: got %v and %d bytes, want ErrInvalid and nothing written", err, buf.Len())
	}
	if err := graph.WriteSubgraph(&buf, graph.FtM, &graph.Subgraph{}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("WriteSubgraph(ftm): got %v, want ErrInvalid", err)
	}
}

// TestExportGolden compares every format with its golden file; run
// go test ./graph -run TestExportGolden -update to rewrite them.
func TestExportGolden(t *testing.T) {
	s := exportStore(t)
	for _, f := range graph.Formats {
		t.Run(string(f), func(t *testing.T) {
			got := export(t, s, f, exportQuery)
			if again := export(t, s, f, exportQuery); !bytes.Equal(got, again) {
				t.Fatal("two exports of the same graph differ")
			}
			golden := filepath.Join(exportDir, "golden"+f.Extension())
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("export differs from %s (run with -update to accept):\n%s", golden, firstDiff(string(got), string(want)))
			}
		})
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got " + gl + "\nwant " + wl
		}
	}
	return ""
}

func jsonString(v any) string { b, _ := json.Marshal(v); return string(b) }

// manifest is what an export claims to carry, for the parser checks.
type manifest struct {
	Nodes     []manifestNode `json:"nodes"`
	Edges     []manifestEdge `json:"edges"`
	NQuads    string         `json:"nquads,omitempty"`
	Quads     int            `json:"quads,omitempty"`
	Documents []string       `json:"documents,omitempty"`
}

type manifestNode struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Kind  string `json:"kind"`
	Type  string `json:"type"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

type manifestEdge struct {
	ID        string   `json:"id"`
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Role      string   `json:"role"`
	Event     string   `json:"event"`
	Documents []string `json:"documents"`
}

func subgraphManifest(t *testing.T, s *graph.Store, q graph.SubgraphQuery) manifest {
	t.Helper()
	g, err := s.Subgraph(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	for _, n := range g.Nodes {
		mn := manifestNode{ID: n.ID, Label: n.Label, Kind: n.Kind, Type: "entity"}
		if ev := n.Event; ev != nil {
			mn.Type = "event"
			if !ev.Date.IsZero() {
				mn.Start = ev.Date.Earliest().Format("2006-01-02")
				end := ev.Date.Latest()
				if !ev.Until.IsZero() {
					end = ev.Until.Latest()
				}
				mn.End = end.Format("2006-01-02")
			}
		}
		m.Nodes = append(m.Nodes, mn)
	}
	for _, e := range g.Edges {
		docs := e.Documents
		if docs == nil {
			docs = []string{}
		}
		m.Edges = append(m.Edges, manifestEdge{ID: e.ID, Source: e.Source, Target: e.Target, Role: e.Role, Event: e.Event, Documents: docs})
	}
	return m
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// python returns Debian's python3 when it has the modules, or skips.
func python(t *testing.T, modules ...string) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		path, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		if exec.Command(path, "-c", "import "+strings.Join(modules, ", ")).Run() == nil {
			return path
		}
	}
	t.Skipf("skipped: no python3 with %s (apt-get install python3-rdflib python3-networkx)", strings.Join(modules, ", "))
	return ""
}

// node returns the node binary when the check packages are installed, or skips.
func node(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("node")
	if err != nil {
		t.Skip("skipped: no node on PATH (apt-get install nodejs npm)")
	}
	for _, pkg := range []string{"cytoscape", "@alephdata/followthemoney"} {
		if _, err := os.Stat(filepath.Join(exportDir, "node_modules", pkg, "package.json")); err != nil {
			t.Skipf("skipped: %s is not installed (npm ci --prefix graph/testdata/export)", pkg)
		}
	}
	return path
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
	}
}

// TestExportParses reads every export back with a real parser of its format
// and checks it carries the subgraph's nodes, edges, labels and roles (or,
// for the quad formats, exactly the quads the store holds about them).
func TestExportParses(t *testing.T) {
	s := exportStore(t)
	m := subgraphManifest(t, s, exportQuery)
	if len(m.Nodes) < 10 || len(m.Edges) < 10 {
		t.Fatalf("fixture subgraph too small: %d nodes, %d edges", len(m.Nodes), len(m.Edges))
	}

	nq := export(t, s, graph.NQuads, exportQuery)
	quads := readNQuads(t, nq)
	t.Run("nquads", func(t *testing.T) { checkNQuads(t, quads, m) })
	m.NQuads = writeTemp(t, "export.nq", nq)
	m.Quads = len(quads)
	docs := map[string]bool{}
	for _, q := range quads {
		docs[string(q.Label.(quad.IRI))] = true
	}
	for d := range docs {
		m.Documents = append(m.Documents, d)
	}
	mpath := writeTemp(t, "manifest.json", []byte(jsonString(m)))

	for _, f := range []graph.Format{graph.JSONLD, graph.GraphML, graph.GEXF, graph.DOT} {
		t.Run(string(f), func(t *testing.T) {
			modules := map[graph.Format][]string{graph.JSONLD: {"rdflib"}, graph.GraphML: {"networkx"}, graph.GEXF: {"networkx"}, graph.DOT: {"json"}}[f]
			py := python(t, modules...)
			if f == graph.DOT {
				if _, err := exec.LookPath("dot"); err != nil {
					t.Skip("skipped: graphviz's dot is not installed (apt-get install graphviz)")
				}
			}
			file := writeTemp(t, "export"+f.Extension(), export(t, s, f, exportQuery))
			run(t, py, filepath.Join(exportDir, "check.py"), string(f), file, mpath)
		})
	}
	t.Run("cytoscape", func(t *testing.T) {
		nodeBin := node(t)
		file := writeTemp(t, "export.cyjs", export(t, s, graph.Cytoscape, exportQuery))
		run(t, nodeBin, filepath.Join(exportDir, "check.mjs"), "cytoscape", file, mpath)
	})
	t.Run("ftm", func(t *testing.T) {
		data := export(t, s, graph.FtM, exportQuery)
		checkFtM(t, data)
		nodeBin := node(t)
		run(t, nodeBin, filepath.Join(exportDir, "check.mjs"), "ftm", writeTemp(t, "export.ftm.json", data))
	})
}

func readNQuads(t *testing.T, data []byte) []quad.Quad {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(data), false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("N-Quads export does not parse: %v", err)
		}
		out = append(out, q)
	}
}

// checkNQuads checks that every node is described, every quad carries the
// document asserting it, and every document is described by its own quads.
func checkNQuads(t *testing.T, quads []quad.Quad, m manifest) {
	subjects, labels, typed := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, q := range quads {
		l, ok := q.Label.(quad.IRI)
		if !ok {
			t.Fatalf("quad without a document label: %s", q.NQuad())
		}
		labels[string(l)] = true
		subjects[string(q.Subject.(quad.IRI))] = true
		if q.Predicate == quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type") && q.Object == quad.IRI(graph.Namespace+"Document") {
			typed[string(q.Subject.(quad.IRI))] = true
		}
	}
	for _, n := range m.Nodes {
		iri := graph.EntityIRI(n.ID)
		if n.Type == "event" {
			iri = graph.EventIRI(n.ID)
		}
		if !subjects[iri] {
			t.Errorf("node %s has no quads", n.ID)
		}
	}
	for l := range labels {
		if !typed[l] {
			t.Errorf("document %s asserts quads but is not described", l)
		}
	}
	if !subjects[graph.PositionIRI(graph.PositionID("karim-khan", "Prosecutor", "Q47488"))] {
		t.Error("the positions of the people exported are missing")
	}
}

// checkFtM parses the JSON lines and checks what OpenSanctions' conventions
// ask of hague's data.
func checkFtM(t *testing.T, data []byte) {
	type entity struct {
		ID         string              `json:"id"`
		Schema     string              `json:"schema"`
		Properties map[string][]string `json:"properties"`
	}
	byName := map[string]entity{}
	var all []entity
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var e entity
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if !strings.HasPrefix(e.ID, "hague-") {
			t.Errorf("line %d: id %q lacks the hague- prefix", i+1, e.ID)
		}
		all = append(all, e)
		for _, n := range e.Properties["name"] {
			byName[n] = e
		}
	}
	prop := func(e entity, p string) string { return strings.Join(e.Properties[p], ",") }
	for _, tc := range []struct{ name, schema, prop, want string }{
		{"Benjamin Netanyahu", "Person", "topics", "wanted"},
		{"Benjamin Netanyahu", "Person", "wikidataId", "Q43723"},
		{"Karim Khan", "Person", "topics", "sanction"},
		{"Karim Khan", "Person", "position", "Prosecutor, International Criminal Court"},
		{"Hungary", "PublicBody", "country", "hu"},
		{"International Criminal Court", "PublicBody", "topics", "gov.judicial"},
		{`Rights "Watch" <&> \ Co`, "Organization", "alias", "RW\nline"},
		{"Prosecutor, International Criminal Court", "Position", "name", "Prosecutor, International Criminal Court"},
		{"ICC under pressure", "Article", "sourceUrl", "https://example.org/news/icc-1.html"},
	} {
		e, ok := byName[tc.name]
		if !ok {
			t.Errorf("no entity named %q", tc.name)
			continue
		}
		if e.Schema != tc.schema || prop(e, tc.prop) != tc.want {
			t.Errorf("%s: %s %s=%q, want %s %q", tc.name, e.Schema, tc.prop, prop(e, tc.prop), tc.schema, tc.want)
		}
	}
	counts := map[string]int{}
	sanctions := map[string]entity{} // by target name
	for _, e := range all {
		counts[e.Schema]++
		if e.Schema == "Sanction" {
			for _, x := range all {
				if x.ID == prop(e, "entity") {
					sanctions[prop(x, "name")] = e
				}
			}
		}
	}
	if counts["Occupancy"] != 3 || counts["Position"] != 2 || counts["Sanction"] != 3 || counts["Article"] != 2 || counts["Documentation"] == 0 {
		t.Errorf("schemas: got %v", counts)
	}
	khan, bensouda, bibi := sanctions["Karim Khan"], sanctions["Fatou Bensouda"], sanctions["Benjamin Netanyahu"]
	if prop(khan, "programId") != "US-ICC" || prop(khan, "program") != "ICC-EO14203" || prop(khan, "authority") != "Office of Foreign Assets Control" || prop(khan, "country") != "us" || prop(khan, "startDate") != "2025-02-06" {
		t.Errorf("sanction on Karim Khan is not under US-ICC: %+v", khan)
	}
	if !strings.Contains(prop(khan, "reason"), "In response to: ARREST_WARRANT") {
		t.Errorf("sanction on Karim Khan does not say what it answers: %q", prop(khan, "reason"))
	}
	if prop(bensouda, "programId") != "" || prop(bensouda, "authority") != "United States" {
		t.Errorf("the 2020 sanction on Bensouda predates EO 14203: %+v", bensouda)
	}
	if prop(bibi, "authority") != "International Criminal Court" || prop(bibi, "startDate") != "2024-11" || prop(bibi, "country") != "" {
		t.Errorf("warrant for Netanyahu: %+v", bibi)
	}
}

// TestExportDocuments checks that a query naming documents exports only what
// they assert.
func TestExportDocuments(t *testing.T) {
	s := exportStore(t)
	q := exportQuery
	q.Documents = []string{"https://example.org/wire/2"}
	for _, q := range readNQuads(t, export(t, s, graph.NQuads, q)) {
		if q.Label != quad.IRI("https://example.org/wire/2") {
			t.Fatalf("quad from another document: %s", q.NQuad())
		}
	}
	ftm := string(export(t, s, graph.FtM, q))
	if strings.Contains(ftm, "ICC under pressure") || !strings.Contains(ftm, "Warrant for Netanyahu") {
		t.Errorf("FtM export names the wrong articles:\n%s", ftm)
	}
}

// TestExportEmpty checks that a selection with nothing in it still gives a
// well-formed file in every format.
func TestExportEmpty(t *testing.T) {
	s := exportStore(t)
	q := graph.SubgraphQuery{IDs: []string{"nobody"}}
	for _, f := range graph.Formats {
		data := export(t, s, f, q)
		switch f {
		case graph.JSONLD, graph.Cytoscape:
			if !json.Valid(data) {
				t.Errorf("%s: empty export is not JSON: %s", f, data)
			}
		case graph.NQuads, graph.FtM:
			if len(bytes.TrimSpace(data)) != 0 {
				t.Errorf("%s: empty export has content: %s", f, data)
			}
		case graph.GraphML, graph.GEXF:
			if err := xmlWellFormed(data); err != nil {
				t.Errorf("%s: empty export is not well-formed XML: %v", f, err)
			}
		case graph.DOT:
			if !bytes.HasPrefix(data, []byte("digraph hague {")) || !bytes.HasSuffix(data, []byte("}\n")) {
				t.Errorf("dot: empty export: %s", data)
			}
		}
	}
}

func xmlWellFormed(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}
