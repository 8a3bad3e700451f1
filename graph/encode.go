package graph

import (
	"fmt"
	"strconv"

	"github.com/cayleygraph/quad"
)

// reportQuads turns a report into the quads its document asserts, every one
// labelled with the document's IRI.
func reportQuads(r *Report) []quad.Quad {
	doc := quad.IRI(r.Document.IRI)
	var out []quad.Quad
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: doc})
	}
	str := func(s quad.Value, p quad.IRI, v string) {
		if v != "" {
			add(s, p, quad.String(v))
		}
	}
	sources := func(s quad.Value, ss []Source) {
		for _, src := range ss {
			// Sources from another document would carry the wrong label.
			if src.Document == "" || src.Document == r.Document.IRI {
				add(s, pSource, quad.String(fmt.Sprintf("%d:%d", src.Start, src.End)))
			}
		}
	}
	confidence := func(s quad.Value, c float64) {
		if c > 0 {
			add(s, pConfidence, quad.Float(c))
		}
	}

	d := r.Document
	add(doc, rdfType, classDocument)
	str(doc, pName, d.Title)
	str(doc, pURL, d.URL)
	str(doc, pOutlet, d.Outlet)
	str(doc, pPublished, d.Published.String())
	str(doc, pText, d.Text)

	for _, e := range r.Entities {
		s := quad.IRI(EntityIRI(e.ID))
		add(s, rdfType, entityClasses[e.Kind])
		str(s, pName, e.Name)
		for _, a := range e.Aliases {
			if a != e.Name {
				str(s, pAlias, a)
			}
		}
		str(s, pWikidata, e.Wikidata)
		str(s, pISO, e.ISO)
		confidence(s, e.Confidence)
		sources(s, e.Sources)
	}
	for _, ev := range r.Events {
		s := quad.IRI(EventIRI(ev.ID))
		add(s, rdfType, classEvent)
		str(s, pKind, string(ev.Kind))
		str(s, pKey, eventKey(ev.Kind, ev.With(Agent), ev.With(Target)))
		str(s, pDate, ev.Date.String())
		str(s, pEffective, ev.Effective.String())
		str(s, pUntil, ev.Until.String())
		if ev.Counts > 0 {
			add(s, pCounts, quad.Int(ev.Counts))
		}
		str(s, pDescription, ev.Description)
		for _, p := range ev.Participants {
			add(s, rolePredicates[p.Role], quad.IRI(EntityIRI(p.Entity)))
		}
		for _, id := range ev.InResponseTo {
			add(s, pInResponse, quad.IRI(EventIRI(id)))
		}
		confidence(s, ev.Confidence)
		sources(s, ev.Sources)
	}
	for _, p := range r.Positions {
		s := quad.IRI(PositionIRI(p.ID))
		add(s, rdfType, classPosition)
		add(s, pHolder, quad.IRI(EntityIRI(p.Holder)))
		str(s, pTitle, p.Title)
		if p.Organization != "" {
			add(s, pOrg, quad.IRI(EntityIRI(p.Organization)))
		}
		str(s, pStart, p.Start.String())
		str(s, pEnd, p.End.String())
		sources(s, p.Sources)
	}
	return dedupe(out)
}

func dedupe(qs []quad.Quad) []quad.Quad {
	seen := make(map[quad.Quad]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

func parseSpan(s string) (start, end int, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			a, err1 := strconv.Atoi(s[:i])
			b, err2 := strconv.Atoi(s[i+1:])
			return a, b, err1 == nil && err2 == nil
		}
	}
	return 0, 0, false
}
