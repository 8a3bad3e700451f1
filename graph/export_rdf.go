package graph

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

func writeNQuads(w io.Writer, quads []quad.Quad) error {
	enc := nquads.NewWriter(w)
	if _, err := enc.WriteQuads(quads); err != nil {
		return err
	}
	return enc.Close()
}

const (
	rdfNS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	xsdNS = "http://www.w3.org/2001/XMLSchema#"
)

// jsonldContext maps the prefixes the export uses; rdf:type is written as
// JSON-LD's own @type.
var jsonldContext = map[string]string{
	"hague": Namespace,
	"rdf":   rdfNS,
	"xsd":   xsdNS,
}

// compactIRI shortens an IRI with a prefix of jsonldContext, so that it reads
// as a compact IRI ("hague:name"); other IRIs stay whole.
func compactIRI(iri string) string {
	for _, p := range []string{"hague", "rdf", "xsd"} {
		ns := jsonldContext[p]
		if rest, ok := strings.CutPrefix(iri, ns); ok && rest != "" && !strings.ContainsAny(rest, "/#:?") {
			return p + ":" + rest
		}
	}
	return iri
}

// writeJSONLD writes sorted quads as a JSON-LD document: a top-level @graph
// holding one named graph per document (its @id the document's IRI), each
// holding a node object per subject. Literals keep their datatype and lexical
// form, so the document parses to exactly the quads given.
func writeJSONLD(w io.Writer, quads []quad.Quad) error {
	type node = map[string]any
	var graphs []node
	graphIndex := map[string]int{}
	nodeIndex := map[[2]string]node{}
	for _, q := range quads {
		label := nodeRef(q.Label)
		gi, ok := graphIndex[label]
		if !ok {
			gi = len(graphs)
			graphIndex[label] = gi
			graphs = append(graphs, node{"@id": label, "@graph": []node{}})
		}
		subj := nodeRef(q.Subject)
		n, ok := nodeIndex[[2]string{label, subj}]
		if !ok {
			n = node{"@id": subj}
			nodeIndex[[2]string{label, subj}] = n
			graphs[gi]["@graph"] = append(graphs[gi]["@graph"].([]node), n)
		}
		pred := iriString(q.Predicate)
		if iri, isIRI := q.Object.(quad.IRI); isIRI && pred == string(rdfType) {
			types, _ := n["@type"].([]string)
			n["@type"] = append(types, compactIRI(string(iri)))
			continue
		}
		key := compactIRI(pred)
		vals, _ := n[key].([]any)
		n[key] = append(vals, jsonldValue(q.Object))
	}
	doc := map[string]any{"@context": jsonldContext, "@graph": graphs}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(doc)
}

// nodeRef is the JSON-LD @id of an IRI or a blank node.
func nodeRef(v quad.Value) string {
	if b, ok := v.(quad.BNode); ok {
		return "_:" + string(b)
	}
	return iriString(v)
}

func jsonldValue(v quad.Value) any {
	switch v := v.(type) {
	case quad.IRI:
		return map[string]string{"@id": string(v)}
	case quad.BNode:
		return map[string]string{"@id": "_:" + string(v)}
	case quad.String:
		return map[string]string{"@value": string(v)}
	case quad.LangString:
		return map[string]string{"@value": string(v.Value), "@language": v.Lang}
	case quad.TypedString:
		return map[string]string{"@value": string(v.Value), "@type": compactIRI(string(v.Type))}
	case quad.TypedStringer:
		ts := v.TypedString()
		return map[string]string{"@value": string(ts.Value), "@type": compactIRI(string(ts.Type))}
	}
	return map[string]string{"@value": quad.StringOf(v)}
}
