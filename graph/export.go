package graph

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// A Format is a file format Store.Export writes.
type Format string

// The export formats. NQuads and JSONLD carry the quads themselves, each with
// the document asserting it; GraphML, GEXF, DOT and Cytoscape carry the
// subgraph of entities and events (as Subgraph returns it) for drawing tools;
// FtM carries FollowTheMoney entities for OpenSanctions and Aleph.
const (
	NQuads    Format = "nquads"    // RDF 1.1 N-Quads, one quad a line, the document as graph label
	JSONLD    Format = "jsonld"    // JSON-LD 1.1, a named graph per document
	GraphML   Format = "graphml"   // GraphML for Gephi, yEd, NetworkX, igraph
	GEXF      Format = "gexf"      // GEXF 1.3 for Gephi, with events dated on the timeline
	DOT       Format = "dot"       // Graphviz DOT
	Cytoscape Format = "cytoscape" // Cytoscape.js elements JSON
	FtM       Format = "ftm"       // FollowTheMoney entities, one JSON object a line
)

// Formats lists every Format, in the order ParseFormat names them.
var Formats = []Format{NQuads, JSONLD, GraphML, GEXF, DOT, Cytoscape, FtM}

var formatInfo = map[Format]struct{ mediaType, ext string }{
	NQuads:    {"application/n-quads", ".nq"},
	JSONLD:    {"application/ld+json", ".jsonld"},
	GraphML:   {"application/graphml+xml", ".graphml"},
	GEXF:      {"application/gexf+xml", ".gexf"},
	DOT:       {"text/vnd.graphviz", ".dot"},
	Cytoscape: {"application/vnd.cytoscape+json", ".cyjs"},
	FtM:       {"application/x-ndjson", ".ftm.json"},
}

// ParseFormat returns the Format with the given name, ignoring case; "nq",
// "json-ld", "gv", "cyjs" and "followthemoney" are accepted as aliases. The
// error wraps ErrInvalid and lists the valid names.
func ParseFormat(name string) (Format, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	switch n {
	case "nq", "n-quads":
		return NQuads, nil
	case "json-ld":
		return JSONLD, nil
	case "gv", "graphviz":
		return DOT, nil
	case "cyjs", "cytoscape.js":
		return Cytoscape, nil
	case "followthemoney":
		return FtM, nil
	}
	if f := Format(n); f.Valid() {
		return f, nil
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("export format %q: want one of %s: %w", name, strings.Join(names, ", "), ErrInvalid)
}

// Valid reports whether f is one of Formats.
func (f Format) Valid() bool { _, ok := formatInfo[f]; return ok }

// MediaType is the MIME type to serve the format with, without parameters;
// every format is UTF-8.
func (f Format) MediaType() string { return formatInfo[f].mediaType }

// Extension is the file name extension of the format, with its dot (".nq").
func (f Format) Extension() string { return formatInfo[f].ext }

// Export writes the subgraph that q selects (with Subgraph's semantics) to w in
// the given format. When q names Documents, only what those documents assert
// is written. The export is built in memory first, so on error nothing has
// been written to w. The error wraps ErrInvalid for an unknown format or a bad
// query.
func (s *Store) Export(ctx context.Context, w io.Writer, format Format, q SubgraphQuery) error {
	if !format.Valid() {
		_, err := ParseFormat(string(format))
		return fmt.Errorf("export: %w", err)
	}
	g, err := s.Subgraph(ctx, q)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	var buf bytes.Buffer
	switch format {
	case NQuads, JSONLD:
		quads, err := s.exportQuads(ctx, g, q.Documents)
		if err != nil {
			return fmt.Errorf("export %s: %w", format, err)
		}
		if format == NQuads {
			err = writeNQuads(&buf, quads)
		} else {
			err = writeJSONLD(&buf, quads)
		}
		if err != nil {
			return fmt.Errorf("export %s: %w", format, err)
		}
	case FtM:
		set, err := s.ftmSet(ctx, g, q.Documents)
		if err != nil {
			return fmt.Errorf("export %s: %w", format, err)
		}
		if err := writeFtM(&buf, set); err != nil {
			return fmt.Errorf("export %s: %w", format, err)
		}
	default:
		if err := WriteSubgraph(&buf, format, g); err != nil {
			return err
		}
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("export %s: write: %w", format, err)
	}
	return nil
}

// WriteSubgraph writes a subgraph in one of the drawing formats: GraphML,
// GEXF, DOT or Cytoscape. The quad and FollowTheMoney formats need the store
// (use Store.Export); for them the error wraps ErrInvalid.
func WriteSubgraph(w io.Writer, format Format, g *Subgraph) error {
	var err error
	switch format {
	case GraphML:
		err = writeGraphML(w, g)
	case GEXF:
		err = writeGEXF(w, g)
	case DOT:
		err = writeDOT(w, g)
	case Cytoscape:
		err = writeCytoscape(w, g)
	default:
		return fmt.Errorf("export %q: not a subgraph format (graphml, gexf, dot, cytoscape): %w", format, ErrInvalid)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

// exportQuads returns the quads asserted about the subgraph's nodes and about
// the positions its people hold, then the quads of the documents asserting
// them, ordered by document, subject, predicate and object. A non-empty docs
// keeps only what those documents assert.
func (s *Store) exportQuads(ctx context.Context, g *Subgraph, docs []string) ([]quad.Quad, error) {
	var subjects, people []string
	for _, n := range g.Nodes {
		if n.Event != nil {
			subjects = append(subjects, EventIRI(n.ID))
			continue
		}
		subjects = append(subjects, EntityIRI(n.ID))
		if n.Entity != nil && n.Entity.Kind == Person {
			people = append(people, EntityIRI(n.ID))
		}
	}
	if len(people) > 0 {
		positions, err := s.subjects(ctx, on(quad.Predicate, pHolder), on(quad.Object, iris(people)...))
		if err != nil {
			return nil, err
		}
		subjects = append(subjects, positions...)
	}
	keep := func(label string) bool { return len(docs) == 0 || contains(docs, label) }
	described, err := s.describe(ctx, subjects)
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	var labels []string
	for _, subj := range unique(subjects) {
		for _, q := range described[subj] {
			if l := iriString(q.Label); keep(l) {
				out = append(out, fullQuad(q))
				labels = append(labels, l)
			}
		}
	}
	docQuads, err := s.describe(ctx, labels)
	if err != nil {
		return nil, err
	}
	for _, l := range unique(labels) {
		for _, q := range docQuads[l] {
			if iriString(q.Label) == l {
				out = append(out, fullQuad(q))
			}
		}
	}
	sortQuads(out)
	return dedupe(out), nil
}

func sortQuads(qs []quad.Quad) {
	key := func(q quad.Quad) [4]string {
		return [4]string{nq(q.Label), nq(q.Subject), nq(q.Predicate), nq(q.Object)}
	}
	sort.SliceStable(qs, func(i, j int) bool {
		a, b := key(qs[i]), key(qs[j])
		for k := range a {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return false
	})
}

// nq is a value in N-Quads form, "" for none.
func nq(v quad.Value) string {
	if v == nil {
		return ""
	}
	return v.String()
}

// fullQuad writes out the IRIs Cayley keeps short: numbers are typed
// <xsd:double> and <xsd:integer> in the store, which no RDF reader takes for
// XML Schema's datatypes.
func fullQuad(q quad.Quad) quad.Quad {
	full := func(v quad.Value) quad.Value {
		switch v := v.(type) {
		case quad.IRI:
			return v.Full()
		case quad.TypedString:
			return quad.TypedString{Value: v.Value, Type: v.Type.Full()}
		case quad.TypedStringer:
			ts := v.TypedString()
			return quad.TypedString{Value: ts.Value, Type: ts.Type.Full()}
		}
		return v
	}
	return quad.Quad{Subject: full(q.Subject), Predicate: full(q.Predicate), Object: full(q.Object), Label: full(q.Label)}
}
