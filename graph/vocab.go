package graph

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// Namespace is the IRI prefix of hague's own predicates and classes.
const Namespace = "https://hague-kg.org/ns#"

const idBase = "https://hague-kg.org/"

// EntityIRI returns the IRI of the entity with the given ID.
func EntityIRI(id string) string { return idBase + "entity/" + id }

// EventIRI returns the IRI of the event with the given ID.
func EventIRI(id string) string { return idBase + "event/" + id }

// PositionIRI returns the IRI of the position with the given ID.
func PositionIRI(id string) string { return idBase + "position/" + id }

// IDOf returns the ID in an entity, event or position IRI, or the IRI itself
// when it is none of those (documents are identified by their IRI).
func IDOf(iri string) string {
	for _, p := range []string{"entity/", "event/", "position/"} {
		if strings.HasPrefix(iri, idBase+p) {
			return iri[len(idBase+p):]
		}
	}
	return iri
}

const rdfType = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

func term(name string) quad.IRI { return quad.IRI(Namespace + name) }

// Classes and predicates. Literal values are plain strings except counts,
// offsets and confidences, which are typed numbers.
var (
	classEvent    = term("Event")
	classPosition = term("Position")
	classDocument = term("Document")

	pName        = term("name")
	pAlias       = term("alias")
	pWikidata    = term("wikidata")
	pISO         = term("iso3166")
	pConfidence  = term("confidence")
	pSource      = term("source") // "start:end" rune offsets; the quad's label is the document
	pKind        = term("kind")
	pKey         = term("key") // the event's ID without a year: what undated mentions share
	pDate        = term("date")
	pEffective   = term("effective")
	pUntil       = term("until")
	pCounts      = term("counts")
	pDescription = term("description")
	pInResponse  = term("inResponseTo")
	pHolder      = term("holder")
	pTitle       = term("title")
	pOrg         = term("organization")
	pStart       = term("start")
	pEnd         = term("end")
	pURL         = term("url")
	pOutlet      = term("outlet")
	pPublished   = term("published")
	pText        = term("text")
)

var entityClasses = map[EntityKind]quad.IRI{
	Person:       term("Person"),
	State:        term("State"),
	Court:        term("Court"),
	Organization: term("Organization"),
}

var rolePredicates = map[Role]quad.IRI{
	Agent:      term("agent"),
	Target:     term("target"),
	Place:      term("place"),
	Recipient:  term("recipient"),
	LegalBasis: term("legalBasis"),
}

// RolePredicate returns the IRI of the predicate that links an event to an
// entity in role r.
func RolePredicate(r Role) string { return string(rolePredicates[r]) }

func roleOf(p quad.IRI) (Role, bool) {
	for r, iri := range rolePredicates {
		if iri == p {
			return r, true
		}
	}
	return "", false
}
