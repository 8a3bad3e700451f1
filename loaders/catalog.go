package loaders

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/hague-kg/hague/graph"
)

// A Catalog is the gazetteer the extractor matches names against: curated
// entities with their aliases, and every state of the world with its ISO
// 3166-1 code, names, demonyms and capitals. It is read-only once built and
// safe for concurrent use.
type Catalog struct {
	entries []*catalogEntry
	byID    map[string]*catalogEntry
	// names maps the fold of a name's first token to the names that start
	// with it, longest first.
	names map[string][]*catalogName
	// nonEntities holds folded capitalised phrases that name nothing
	// ("States Parties").
	nonEntities map[string]bool
}

type catalogEntry struct {
	entity      graph.Entity
	short       string // the short name used to build group ids ("ICC")
	partOf      string // id of the entity this is an organ of
	affiliation string // id of the state or organization the entity belongs to
	title       string // the title the person is best known by
	// weak entries (treaties) are not reported as mentioned unless they
	// take part in an event.
	weak bool
	// curated states are those seed/catalog.json lists, the states the
	// genre writes about
	curated     bool
	independent bool
}

// nameKind says what a catalog name is of its entity.
type nameKind uint8

const (
	nameProper  nameKind = iota // a name or alias
	nameDemonym                 // "Israeli" for Israel
	nameCapital                 // "Budapest" for Hungary
	namePlace                   // "The Hague", "Darfur": a place, never a party
)

type catalogName struct {
	folds []string // folded tokens
	raw   []string // tokens as written in the catalog
	exact bool     // an acronym: match case-sensitively
	lead  bool     // the first token must be capitalised in the text
	the   bool     // a place named with its article ("The Hague")
	kind  nameKind
	entry *catalogEntry
	// alts are the other states that share the name ("Congolese", "Congo"
	// for both Congos); the document decides which one it means
	alts []*catalogEntry
}

type catalogFile struct {
	Entities []struct {
		Name        string   `json:"name"`
		Kind        string   `json:"kind"`
		Wikidata    string   `json:"wikidata"`
		Aliases     []string `json:"aliases"`
		Short       string   `json:"short"`
		PartOf      string   `json:"partOf"`
		Affiliation string   `json:"affiliation"`
		Title       string   `json:"title"`
		Weak        bool     `json:"weak"`
	} `json:"entities"`
	States []struct {
		ISO      string   `json:"iso"`
		Wikidata string   `json:"wikidata"`
		Aliases  []string `json:"aliases"`
		// Demonyms add to the generated list's ("Tajik" beside "Tadzhik").
		Demonyms []string `json:"demonyms"`
	} `json:"states"`
	NonEntities []string `json:"nonEntities"`
	// Places are cities and regions named only as where things happen.
	Places []struct {
		Name  string `json:"name"`
		State string `json:"state"`
	} `json:"places"`
}

type countriesFile struct {
	Countries []struct {
		ISO         string   `json:"iso"`
		Name        string   `json:"name"`
		Official    string   `json:"official"`
		Aliases     []string `json:"aliases"`
		Demonyms    []string `json:"demonyms"`
		Capitals    []string `json:"capitals"`
		Independent bool     `json:"independent"`
	} `json:"countries"`
}

// NewCatalog builds a Catalog from the curated catalog (seed/catalog.json) and
// the generated list of states (seed/countries.json). Either may be nil. The
// error wraps graph.ErrInvalid and says which entry is wrong.
func NewCatalog(catalogJSON, countriesJSON []byte) (*Catalog, error) {
	c := &Catalog{byID: map[string]*catalogEntry{}, names: map[string][]*catalogName{}, nonEntities: map[string]bool{}}
	var cf catalogFile
	if len(catalogJSON) > 0 {
		if err := json.Unmarshal(catalogJSON, &cf); err != nil {
			return nil, fmt.Errorf("catalog: %v: %w", err, graph.ErrInvalid)
		}
	}
	var co countriesFile
	if len(countriesJSON) > 0 {
		if err := json.Unmarshal(countriesJSON, &co); err != nil {
			return nil, fmt.Errorf("catalog: countries: %v: %w", err, graph.ErrInvalid)
		}
	}
	byName := map[string]*catalogEntry{}
	add := func(e *catalogEntry) error {
		if e.entity.Name == "" || !e.entity.Kind.Valid() {
			return fmt.Errorf("catalog: entity %q: needs a name and a kind, got kind %q: %w", e.entity.Name, e.entity.Kind, graph.ErrInvalid)
		}
		if e.entity.ID == "" {
			e.entity.ID = graph.Slug(e.entity.Name)
		}
		if _, dup := c.byID[e.entity.ID]; dup {
			return fmt.Errorf("catalog: entity %q: id %q used twice: %w", e.entity.Name, e.entity.ID, graph.ErrInvalid)
		}
		e.entity.Confidence = 1
		c.entries = append(c.entries, e)
		c.byID[e.entity.ID] = e
		byName[graph.Fold(e.entity.Name)] = e
		return nil
	}
	for i, ce := range cf.Entities {
		e := &catalogEntry{entity: graph.Entity{ID: ce.Wikidata, Kind: graph.EntityKind(ce.Kind), Name: ce.Name, Wikidata: ce.Wikidata, Aliases: ce.Aliases},
			short: ce.Short, partOf: ce.PartOf, affiliation: ce.Affiliation, title: ce.Title, weak: ce.Weak}
		if err := add(e); err != nil {
			return nil, fmt.Errorf("catalog: entities[%d]: %w", i, err)
		}
	}
	stateExtra := map[string]int{}
	for i, s := range cf.States {
		stateExtra[s.ISO] = i
	}
	type demonym struct {
		name  string
		entry *catalogEntry
	}
	var demonyms, capitals []demonym
	for i, s := range co.Countries {
		if len(s.ISO) != 2 || s.Name == "" {
			return nil, fmt.Errorf("catalog: countries[%d]: needs a two-letter iso and a name: %w", i, graph.ErrInvalid)
		}
		e := &catalogEntry{entity: graph.Entity{Kind: graph.State, Name: s.Name, ISO: s.ISO, Aliases: append([]string(nil), s.Aliases...)}, short: s.Name, independent: s.Independent}
		demonymsOf := s.Demonyms
		if j, ok := stateExtra[s.ISO]; ok {
			if w := cf.States[j].Wikidata; w != "" {
				e.entity.Wikidata = w
				e.entity.ID = w
			}
			e.entity.Aliases = append(e.entity.Aliases, cf.States[j].Aliases...)
			demonymsOf = append(append([]string(nil), demonymsOf...), cf.States[j].Demonyms...)
			delete(stateExtra, s.ISO)
			e.curated = true
		}
		if err := add(e); err != nil {
			return nil, fmt.Errorf("catalog: countries[%d]: %w", i, err)
		}
		for _, d := range demonymsOf {
			// "Dutch" is the Netherlands before the Caribbean Netherlands
			if s.Independent {
				demonyms = append([]demonym{{d, e}}, demonyms...)
			} else {
				demonyms = append(demonyms, demonym{d, e})
			}
		}
		for _, cap := range s.Capitals {
			capitals = append(capitals, demonym{cap, e})
		}
	}
	if len(co.Countries) > 0 {
		for iso := range stateExtra {
			return nil, fmt.Errorf("catalog: states: no country with iso %q: %w", iso, graph.ErrInvalid)
		}
	}
	resolve := func(ref string) string {
		if ref == "" {
			return ""
		}
		if _, ok := c.byID[ref]; ok {
			return ref
		}
		if e, ok := byName[graph.Fold(ref)]; ok {
			return e.entity.ID
		}
		return ""
	}
	for _, e := range c.entries {
		if e.partOf != "" {
			if e.partOf = resolve(e.partOf); e.partOf == "" {
				return nil, fmt.Errorf("catalog: entity %q: partOf names no entity: %w", e.entity.Name, graph.ErrInvalid)
			}
		}
		if e.affiliation != "" {
			if e.affiliation = resolve(e.affiliation); e.affiliation == "" {
				return nil, fmt.Errorf("catalog: entity %q: affiliation names no entity: %w", e.entity.Name, graph.ErrInvalid)
			}
		}
	}
	// Names: curated entities first, so that they win ties with states.
	for _, e := range c.entries {
		c.addName(e.entity.Name, e, nameProper)
		for _, a := range e.entity.Aliases {
			c.addName(a, e, nameProper)
		}
		e.entity.Aliases = dedupeStrings(e.entity.Aliases, e.entity.Name)
	}
	for _, d := range demonyms {
		c.addName(d.name, d.entry, nameDemonym)
	}
	for _, d := range capitals {
		c.addName(d.name, d.entry, nameCapital)
	}
	byISO := map[string]*catalogEntry{}
	for _, e := range c.entries {
		if e.entity.ISO != "" {
			byISO[e.entity.ISO] = e
		}
	}
	for i, p := range cf.Places {
		e := byISO[p.State]
		if e == nil {
			if len(co.Countries) == 0 {
				continue
			}
			return nil, fmt.Errorf("catalog: places[%d] (%q): no state with iso %q: %w", i, p.Name, p.State, graph.ErrInvalid)
		}
		c.addName(p.Name, e, namePlace)
	}
	for _, list := range c.names {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].folds) > len(list[j].folds) })
	}
	for _, n := range cf.NonEntities {
		c.nonEntities[graph.Fold(n)] = true
	}
	return c, nil
}

func dedupeStrings(list []string, drop string) []string {
	seen := map[string]bool{drop: true}
	var out []string
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// addName indexes one name of an entry. A name already taken by an earlier
// entry keeps pointing there.
func (c *Catalog) addName(name string, e *catalogEntry, kind nameKind) {
	toks := tokenize(name)
	if len(toks) == 0 {
		return
	}
	the := false
	if toks[0].fold == "the" && len(toks) > 1 {
		toks = toks[1:]
		the = true
	}
	n := &catalogName{kind: kind, entry: e, the: the && kind == namePlace}
	for _, t := range toks {
		n.folds = append(n.folds, t.fold)
		n.raw = append(n.raw, t.text)
	}
	n.exact = isAcronym(name)
	n.lead = len(toks) == 1 && toks[0].upper
	key := n.folds[0]
	for _, old := range c.names[key] {
		if equalStrings(old.folds, n.folds) && (old.exact == n.exact) {
			// a name two independent states share stays ambiguous; the
			// curated one is the default
			if old.entry != e && old.entry.entity.Kind == graph.State && e.entity.Kind == graph.State && (kind == nameProper || kind == nameDemonym) && old.kind != nameCapital && old.kind != namePlace && e.entity.ISO != "" && old.entry.entity.ISO != "" && e.independent && old.entry.independent {
				if e.curated && !old.entry.curated {
					old.alts = append(old.alts, old.entry)
					old.entry = e
				} else {
					old.alts = append(old.alts, e)
				}
			}
			return
		}
	}
	c.names[key] = append(c.names[key], n)
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// isAcronym reports whether a name is written in capitals ("ICC", "U.S."),
// which must then match case-sensitively so that "us" is not the United
// States.
func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		} else if r != '.' && r != '&' {
			return false
		}
	}
	return letters > 0 && letters <= 6
}

// match finds the longest catalog name starting at toks[i], returning the
// name and the number of tokens it covers.
func (c *Catalog) match(toks []token, i int) (*catalogName, int) {
	list := c.names[toks[i].fold]
	for _, n := range list {
		if i+len(n.folds) > len(toks) {
			continue
		}
		ok := true
		for k := range n.folds {
			t := &toks[i+k]
			if t.fold != n.folds[k] {
				ok = false
				break
			}
			if n.exact && t.text != n.raw[k] {
				ok = false
				break
			}
			// tokens of one name are not split by a line break or sentence end
			if k > 0 && t.nl > 0 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n.lead && !toks[i].upper {
			continue
		}
		return n, len(n.folds)
	}
	return nil, 0
}

// Entity returns the catalog's entity with the given id.
func (c *Catalog) Entity(id string) (graph.Entity, bool) {
	e, ok := c.byID[id]
	if !ok {
		return graph.Entity{}, false
	}
	return e.entity, true
}

// Lookup finds an entity by any of its names, aliases or demonyms, case- and
// accent-insensitively.
func (c *Catalog) Lookup(name string) (graph.Entity, bool) {
	toks := tokenize(name)
	if len(toks) == 0 {
		return graph.Entity{}, false
	}
	if toks[0].fold == "the" && len(toks) > 1 {
		toks = toks[1:]
	}
	for _, n := range c.names[toks[0].fold] {
		if len(n.folds) == len(toks) {
			same := true
			for k := range toks {
				if toks[k].fold != n.folds[k] {
					same = false
					break
				}
			}
			if same {
				return n.entry.entity, true
			}
		}
	}
	return graph.Entity{}, false
}

// Len returns the number of entities in the catalog.
func (c *Catalog) Len() int { return len(c.entries) }

func (c *Catalog) isNonEntity(fold string) bool { return c.nonEntities[fold] }

func (c *Catalog) entry(id string) *catalogEntry { return c.byID[id] }

// shortName is the name used to build group ids: "ICC officials".
func (c *Catalog) shortName(id string) string {
	if e := c.byID[id]; e != nil {
		if e.short != "" {
			return e.short
		}
		return e.entity.Name
	}
	return id
}

// foldPhrase folds a phrase for the nonEntities lookup.
func foldPhrase(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.fold
	}
	return strings.Join(parts, " ")
}
