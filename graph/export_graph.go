package graph

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// An attribute the drawing formats carry for a node or an edge.
type attrKey struct {
	name string
	typ  string // "string" or "double"
	doc  string
}

// nodeKeys are the node attributes, in the order they are declared. Lists
// (aliases, documents) are joined with " | " and " " respectively: no alias
// holds " | " and no IRI holds a space.
var nodeKeys = []attrKey{
	{"label", "string", "name of an entity, short description of an event"},
	{"kind", "string", "PERSON, STATE, COURT, ORGANIZATION or an event kind such as ARREST_WARRANT"},
	{"type", "string", "entity or event"},
	{"wikidata", "string", "Wikidata QID of an entity"},
	{"iso", "string", "ISO 3166-1 alpha-2 code of a state"},
	{"aliases", "string", "other names, separated by \" | \""},
	{"date", "string", "date of an event, to its known precision (2025, 2025-02, 2025-02-06)"},
	{"start", "string", "first day the event can have happened on"},
	{"end", "string", "last day the event can have happened on (or the last day it spans)"},
	{"effective", "string", "date the event takes effect"},
	{"description", "string", "free-text note on an event"},
	{"confidence", "double", "confidence in [0, 1]"},
	{"documents", "string", "IRIs of the documents asserting the node, separated by spaces"},
}

// edgeKeys are the edge attributes, in the order they are declared.
var edgeKeys = []attrKey{
	{"role", "string", "AGENT, TARGET, PLACE, RECIPIENT, LEGAL_BASIS or IN_RESPONSE_TO"},
	{"event", "string", "ID of the event the edge belongs to"},
	{"documents", "string", "IRIs of the documents asserting the edge, separated by spaces"},
}

const aliasSep = " | "

type attr struct{ key, value string }

// nodeAttrs returns a node's non-empty attributes in nodeKeys order.
func nodeAttrs(n *Node) []attr {
	var out []attr
	add := func(k, v string) {
		if v != "" {
			out = append(out, attr{k, v})
		}
	}
	add("label", n.Label)
	add("kind", n.Kind)
	switch {
	case n.Entity != nil:
		e := n.Entity
		add("type", "entity")
		add("wikidata", e.Wikidata)
		add("iso", e.ISO)
		add("aliases", strings.Join(e.Aliases, aliasSep))
		if e.Confidence > 0 {
			add("confidence", strconv.FormatFloat(e.Confidence, 'g', -1, 64))
		}
		add("documents", strings.Join(e.Documents, " "))
	case n.Event != nil:
		ev := n.Event
		add("type", "event")
		add("date", ev.Date.String())
		start, end := eventSpan(ev)
		add("start", start)
		add("end", end)
		add("effective", ev.Effective.String())
		add("description", ev.Description)
		if ev.Confidence > 0 {
			add("confidence", strconv.FormatFloat(ev.Confidence, 'g', -1, 64))
		}
		add("documents", strings.Join(ev.Documents, " "))
	}
	return out
}

// eventSpan returns the first and last day an event can cover, as
// YYYY-MM-DD, or "" when its date is unknown.
func eventSpan(ev *Event) (start, end string) {
	if ev.Date.IsZero() {
		return "", ""
	}
	last := ev.Date.Latest()
	if !ev.Until.IsZero() && ev.Until.Latest().After(last) {
		last = ev.Until.Latest()
	}
	return ev.Date.Earliest().Format("2006-01-02"), last.Format("2006-01-02")
}

func edgeAttrs(e *Edge) []attr {
	var out []attr
	for _, a := range []attr{{"role", e.Role}, {"event", e.Event}, {"documents", strings.Join(e.Documents, " ")}} {
		if a.value != "" {
			out = append(out, a)
		}
	}
	return out
}

// xmlText escapes s for XML character data and attribute values; characters
// XML cannot hold become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder, which cannot fail
	return b.String()
}

// writeGraphML writes a directed GraphML graph with every attribute declared
// as a <key>. Gephi and yEd read the "label" key as the node label.
func writeGraphML(w io.Writer, g *Subgraph) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range nodeKeys {
		fmt.Fprintf(&b, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"><desc>%s</desc></key>\n", k.name, k.name, k.typ, xmlText(k.doc))
	}
	for _, k := range edgeKeys {
		fmt.Fprintf(&b, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"><desc>%s</desc></key>\n", k.name, k.name, k.typ, xmlText(k.doc))
	}
	b.WriteString("  <key id=\"g_truncated\" for=\"graph\" attr.name=\"truncated\" attr.type=\"boolean\"><desc>whether the subgraph was cut short at its node limit</desc></key>\n")
	b.WriteString("  <graph id=\"hague\" edgedefault=\"directed\">\n")
	fmt.Fprintf(&b, "    <data key=\"g_truncated\">%t</data>\n", g.Truncated)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		fmt.Fprintf(&b, "    <node id=\"%s\">\n", xmlText(n.ID))
		for _, a := range nodeAttrs(n) {
			fmt.Fprintf(&b, "      <data key=\"n_%s\">%s</data>\n", a.key, xmlText(a.value))
		}
		b.WriteString("    </node>\n")
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		fmt.Fprintf(&b, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", xmlText(e.ID), xmlText(e.Source), xmlText(e.Target))
		for _, a := range edgeAttrs(e) {
			fmt.Fprintf(&b, "      <data key=\"e_%s\">%s</data>\n", a.key, xmlText(a.value))
		}
		b.WriteString("    </edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeGEXF writes a GEXF 1.3 graph. It is dynamic so that Gephi's timeline
// shows each dated event over the days it can have happened on (start and
// end); entities and undated events have no interval and are always shown.
func writeGEXF(w io.Writer, g *Subgraph) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	b.WriteString("  <meta>\n    <creator>hague</creator>\n    <description>International-justice knowledge graph: entities and the events linking them")
	if g.Truncated {
		b.WriteString(" (truncated at the node limit)")
	}
	b.WriteString("</description>\n  </meta>\n")
	b.WriteString("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n")
	b.WriteString("    <attributes class=\"node\">\n")
	for _, k := range nodeKeys {
		if k.name == "label" || k.name == "start" || k.name == "end" {
			continue // carried by the node element itself
		}
		fmt.Fprintf(&b, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", k.name, k.name, k.typ)
	}
	b.WriteString("    </attributes>\n    <attributes class=\"edge\">\n")
	for _, k := range edgeKeys {
		fmt.Fprintf(&b, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", k.name, k.name, k.typ)
	}
	b.WriteString("    </attributes>\n    <nodes>\n")
	for i := range g.Nodes {
		n := &g.Nodes[i]
		fmt.Fprintf(&b, "      <node id=\"%s\" label=\"%s\"", xmlText(n.ID), xmlText(n.Label))
		if n.Event != nil {
			if start, end := eventSpan(n.Event); start != "" {
				fmt.Fprintf(&b, " start=\"%s\" end=\"%s\"", start, end)
			}
		}
		b.WriteString(">\n        <attvalues>\n")
		for _, a := range nodeAttrs(n) {
			if a.key == "label" || a.key == "start" || a.key == "end" {
				continue
			}
			fmt.Fprintf(&b, "          <attvalue for=\"%s\" value=\"%s\"/>\n", a.key, xmlText(a.value))
		}
		b.WriteString("        </attvalues>\n      </node>\n")
	}
	b.WriteString("    </nodes>\n    <edges>\n")
	for i := range g.Edges {
		e := &g.Edges[i]
		fmt.Fprintf(&b, "      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\">\n        <attvalues>\n", xmlText(e.ID), xmlText(e.Source), xmlText(e.Target), xmlText(e.Role))
		for _, a := range edgeAttrs(e) {
			fmt.Fprintf(&b, "          <attvalue for=\"%s\" value=\"%s\"/>\n", a.key, xmlText(a.value))
		}
		b.WriteString("        </attvalues>\n      </edge>\n")
	}
	b.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// dotID quotes s as a DOT identifier. Graphviz keeps every backslash of an
// identifier as written, so only quotes need escaping; a trailing backslash,
// which would escape the closing quote, is followed by a space.
func dotID(s string) string {
	s = strings.ReplaceAll(s, `"`, `\"`)
	if strings.HasSuffix(s, `\`) {
		s += " "
	}
	return `"` + s + `"`
}

// dotLabel quotes s as a DOT label, where Graphviz reads backslash escapes:
// backslashes are doubled and line breaks become \n.
func dotLabel(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return `"` + r.Replace(s) + `"`
}

var dotShapes = map[string]string{
	string(Person):       "ellipse",
	string(State):        "doubleoctagon",
	string(Court):        "house",
	string(Organization): "octagon",
}

// writeDOT writes a Graphviz digraph: entities as ellipses (people) or
// polygons (states, courts, organizations), events as boxes, edges labelled
// with their role. Node and edge attributes carry the other fields for tools
// that read them (gvpr, NetworkX).
func writeDOT(w io.Writer, g *Subgraph) error {
	var b strings.Builder
	b.WriteString("digraph hague {\n")
	b.WriteString("  graph [rankdir=LR];\n")
	b.WriteString("  node [fontname=\"Helvetica\", fontsize=10];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=8];\n")
	for i := range g.Nodes {
		n := &g.Nodes[i]
		shape := "box"
		style := "rounded"
		if n.Entity != nil {
			shape, style = dotShapes[n.Kind], "solid"
			if shape == "" {
				shape = "ellipse"
			}
		}
		fmt.Fprintf(&b, "  %s [shape=%s, style=%s", dotID(n.ID), shape, style)
		for _, a := range nodeAttrs(n) {
			fmt.Fprintf(&b, ", %s=%s", a.key, dotLabel(a.value))
		}
		b.WriteString("];\n")
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		fmt.Fprintf(&b, "  %s -> %s [id=%s, label=%s", dotID(e.Source), dotID(e.Target), dotLabel(e.ID), dotLabel(e.Role))
		for _, a := range edgeAttrs(e) {
			fmt.Fprintf(&b, ", %s=%s", a.key, dotLabel(a.value))
		}
		b.WriteString("];\n")
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeCytoscape writes the elements JSON that cytoscape({elements}) and
// Cytoscape desktop's .cyjs import load.
func writeCytoscape(w io.Writer, g *Subgraph) error {
	type elem struct {
		Data map[string]any `json:"data"`
	}
	nodes := make([]elem, 0, len(g.Nodes))
	for i := range g.Nodes {
		n := &g.Nodes[i]
		d := map[string]any{"id": n.ID}
		for _, a := range nodeAttrs(n) {
			switch a.key {
			case "aliases":
				d[a.key] = n.Entity.Aliases
			case "documents":
				d[a.key] = strings.Fields(a.value)
			case "confidence":
				d[a.key], _ = strconv.ParseFloat(a.value, 64)
			default:
				d[a.key] = a.value
			}
		}
		nodes = append(nodes, elem{d})
	}
	edges := make([]elem, 0, len(g.Edges))
	for i := range g.Edges {
		e := &g.Edges[i]
		docs := e.Documents
		if docs == nil {
			docs = []string{}
		}
		edges = append(edges, elem{map[string]any{
			"id": e.ID, "source": e.Source, "target": e.Target, "role": e.Role, "label": e.Role,
			"event": e.Event, "documents": docs,
		}})
	}
	out := map[string]any{
		"data":     map[string]any{"name": "hague", "truncated": g.Truncated},
		"elements": map[string]any{"nodes": nodes, "edges": edges},
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}
