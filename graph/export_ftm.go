package graph

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"path"
	"sort"
	"strings"
)

// FollowTheMoney export, after OpenSanctions' conventions: entities become
// Person, PublicBody (states, courts) or Organization; sanctions and arrest
// warrants become Sanction entities, one per target (a warrant's target gets
// the topic "wanted", as OpenSanctions does for INTERPOL red notices); other
// events become Event entities; positions become a Position per title and
// organization and an Occupancy per holder; each document becomes an Article
// with a Documentation per thing it documents.

// ftmIDPrefix starts every FtM id, as a dataset prefix does in OpenSanctions.
const ftmIDPrefix = "hague-"

// The US sanctions programme against the ICC under Executive Order 14203, by
// OpenSanctions' program key and OFAC's own tag.
const (
	usICCProgramID = "US-ICC"
	usICCProgram   = "ICC-EO14203"
	ofacAuthority  = "Office of Foreign Assets Control"
)

// eo14203Signed is the day Executive Order 14203 was signed.
var eo14203Signed = Day(2025, 2, 6)

// ftmID derives a deterministic FtM id from the parts naming a thing.
func ftmID(parts ...string) string {
	h := sha1.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0x1f})
	}
	return ftmIDPrefix + hex.EncodeToString(h.Sum(nil))
}

type ftmEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

func (e *ftmEntity) add(prop string, vals ...string) {
	for _, v := range vals {
		v = strings.TrimSpace(v)
		if v == "" || contains(e.Properties[prop], v) {
			continue
		}
		e.Properties[prop] = append(e.Properties[prop], v)
	}
}

// ftmSet is what the FtM export needs beyond the subgraph.
type ftmSet struct {
	g *Subgraph
	// positions are those held by the subgraph's people.
	positions []*Position
	// orgs are the organizations of those positions that the subgraph lacks.
	orgs map[string]*Entity
	// docs are the documents asserting what is exported, by IRI.
	docs map[string]*Document
	// keepDoc says whether a document's assertions are exported.
	keepDoc func(string) bool
	// usICC holds the IDs of the sanctions under the EO 14203 programme.
	usICC map[string]bool
}

// ftmSet gathers the positions, documents and sanction programmes of the
// subgraph's nodes.
func (s *Store) ftmSet(ctx context.Context, g *Subgraph, docFilter []string) (*ftmSet, error) {
	set := &ftmSet{g: g, orgs: map[string]*Entity{}, docs: map[string]*Document{}, usICC: map[string]bool{}}
	set.keepDoc = func(d string) bool { return len(docFilter) == 0 || contains(docFilter, d) }
	have := map[string]*Entity{}
	var people, docIRIs []string
	for _, n := range g.Nodes {
		switch {
		case n.Entity != nil:
			have[n.ID] = n.Entity
			if n.Entity.Kind == Person {
				people = append(people, n.ID)
			}
			docIRIs = append(docIRIs, n.Entity.Documents...)
		case n.Event != nil:
			docIRIs = append(docIRIs, n.Event.Documents...)
		}
	}
	held, err := s.Positions(ctx, people)
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, id := range people {
		for _, p := range held[id] {
			if !overlaps(p.Documents, docFilter) && len(docFilter) > 0 {
				continue
			}
			set.positions = append(set.positions, p)
			docIRIs = append(docIRIs, p.Documents...)
			if p.Organization != "" && have[p.Organization] == nil {
				missing = append(missing, p.Organization)
			}
		}
	}
	if missing = unique(missing); len(missing) > 0 {
		orgs, err := s.Entities(ctx, missing)
		if err != nil {
			return nil, err
		}
		for _, e := range orgs {
			if e != nil {
				set.orgs[e.ID] = e
				have[e.ID] = e
			}
		}
	}
	var kept []string
	for _, d := range unique(docIRIs) {
		if set.keepDoc(d) {
			kept = append(kept, d)
		}
	}
	docs, err := s.Documents(ctx, kept)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		if d != nil {
			set.docs[d.IRI] = d
		}
	}
	if err := s.findUSICC(ctx, g, have, set.usICC); err != nil {
		return nil, err
	}
	return set, nil
}

// findUSICC marks the sanctions of the subgraph that fall under the US
// programme of Executive Order 14203 against the ICC, deriving it from the
// data only: the sanctioning state is the United States; the graph holds an
// executive order that targets a court and is EO 14203 (its description
// names it, or its date can be the day it was signed); the sanction does not
// precede that order; and it targets the court or someone holding a position
// there.
func (s *Store) findUSICC(ctx context.Context, g *Subgraph, entities map[string]*Entity, out map[string]bool) error {
	var sanctions []*Event
	for _, n := range g.Nodes {
		if n.Event == nil || n.Event.Kind != Sanction {
			continue
		}
		for _, a := range n.Event.With(Agent) {
			if e := entities[a]; e != nil && e.Kind == State && strings.EqualFold(e.ISO, "US") {
				sanctions = append(sanctions, n.Event)
				break
			}
		}
	}
	if len(sanctions) == 0 {
		return nil
	}
	orders, err := s.FindEvents(ctx, EventFilter{Kinds: []EventKind{ExecutiveOrder}})
	if err != nil {
		return err
	}
	var courts []string
	var eo14203 []*Event
	for _, eo := range orders {
		named := strings.Contains(eo.Description, "14203")
		if !named && (eo.Date.IsZero() || eo.Date.Overlaps(eo14203Signed, eo14203Signed) == False) {
			continue
		}
		eo14203 = append(eo14203, eo)
		courts = append(courts, eo.With(Target)...)
	}
	if len(eo14203) == 0 {
		return nil
	}
	holders, err := s.Holders(ctx, unique(courts))
	if err != nil {
		return err
	}
	for _, sa := range sanctions {
		for _, eo := range eo14203 {
			if sa.Date.Before(eo.Date) == True {
				continue
			}
			for _, court := range eo.With(Target) {
				for _, t := range sa.With(Target) {
					if t == court || contains(holders[court], t) {
						out[sa.ID] = true
					}
				}
			}
		}
	}
	return nil
}

// writeFtM writes one FtM entity a line: things first (people, bodies,
// positions, events), then intervals (occupancies, sanctions), then articles
// and their documentation.
func writeFtM(w io.Writer, set *ftmSet) error {
	var out []*ftmEntity
	seen := map[string]*ftmEntity{}
	emit := func(e *ftmEntity) *ftmEntity {
		if old := seen[e.ID]; old != nil {
			for k, vs := range e.Properties {
				old.add(k, vs...)
			}
			return old
		}
		seen[e.ID] = e
		out = append(out, e)
		return e
	}
	newEntity := func(schema string, parts ...string) *ftmEntity {
		return &ftmEntity{ID: ftmID(parts...), Schema: schema, Properties: map[string][]string{}}
	}
	urls := func(docs []string) []string {
		var u []string
		for _, d := range docs {
			if doc := set.docs[d]; doc != nil && set.keepDoc(d) {
				u = append(u, docURL(doc))
			}
		}
		sort.Strings(u)
		return u
	}
	// documented pairs a thing's FtM id with the documents asserting it.
	type documented struct {
		id   string
		docs []string
	}
	var documentation []documented

	entities := map[string]*Entity{}
	ids := map[string]string{} // hague entity ID → FtM id
	var order []*Entity
	for _, n := range set.g.Nodes {
		if n.Entity != nil {
			entities[n.ID] = n.Entity
			order = append(order, n.Entity)
		}
	}
	orgIDs := make([]string, 0, len(set.orgs))
	for id := range set.orgs {
		orgIDs = append(orgIDs, id)
	}
	sort.Strings(orgIDs)
	for _, id := range orgIDs {
		entities[id] = set.orgs[id]
		order = append(order, set.orgs[id])
	}
	names := map[string]string{}
	for _, e := range order {
		ids[e.ID] = ftmID("entity", e.ID)
		names[e.ID] = e.Name
	}

	// Topics the events give their targets.
	topics := map[string][]string{}
	for _, n := range set.g.Nodes {
		if n.Event == nil {
			continue
		}
		for _, t := range n.Event.With(Target) {
			switch n.Event.Kind {
			case ArrestWarrant:
				topics[t] = append(topics[t], "wanted")
			case Sanction:
				topics[t] = append(topics[t], "sanction")
			}
		}
	}
	titles := map[string][]string{}
	for _, p := range set.positions {
		titles[p.Holder] = append(titles[p.Holder], positionName(p, names))
	}

	for _, e := range order {
		schema := "Organization"
		switch e.Kind {
		case Person:
			schema = "Person"
		case State, Court:
			schema = "PublicBody"
		}
		fe := &ftmEntity{ID: ids[e.ID], Schema: schema, Properties: map[string][]string{}}
		fe.add("name", e.Name)
		for _, a := range e.Aliases {
			if a != e.Name {
				fe.add("alias", a)
			}
		}
		fe.add("wikidataId", e.Wikidata)
		if iso := ftmCountry(e.ISO); iso != "" {
			fe.add("country", iso)
			if e.Kind == State {
				fe.add("jurisdiction", iso)
			}
		}
		if e.Kind == Court {
			fe.add("topics", "gov.judicial")
		}
		fe.add("topics", topics[e.ID]...)
		if e.Kind == Person {
			fe.add("position", titles[e.ID]...)
		}
		fe.add("sourceUrl", urls(e.Documents)...)
		emit(fe)
		documentation = append(documentation, documented{fe.ID, e.Documents})
	}

	// Positions: one per title and organization, one occupancy per holder.
	var occupancies []*ftmEntity
	for _, p := range set.positions {
		if entities[p.Holder] == nil {
			continue
		}
		post := newEntity("Position", "position", Fold(p.Title), p.Organization)
		post.add("name", positionName(p, names))
		if org := entities[p.Organization]; org != nil && org.Kind != Person {
			post.add("organization", ids[org.ID])
			post.add("country", ftmCountry(org.ISO))
		}
		post.add("sourceUrl", urls(p.Documents)...)
		post = emit(post)
		documentation = append(documentation, documented{post.ID, p.Documents})

		occ := newEntity("Occupancy", "occupancy", p.ID)
		occ.add("holder", ids[p.Holder])
		occ.add("post", post.ID)
		occ.add("startDate", p.Start.String())
		occ.add("endDate", p.End.String())
		occ.add("sourceUrl", urls(p.Documents)...)
		occupancies = append(occupancies, occ)
	}

	// Events: sanctions and warrants become Sanctions, the rest Events.
	events := map[string]*Event{}
	for _, n := range set.g.Nodes {
		if n.Event != nil {
			events[n.ID] = n.Event
		}
	}
	var sanctions []*ftmEntity
	for _, n := range set.g.Nodes {
		ev := n.Event
		if ev == nil {
			continue
		}
		label := EventLabel(ev, names)
		var responds []string
		for _, other := range ev.InResponseTo {
			if o := events[other]; o != nil {
				responds = append(responds, "In response to: "+EventLabel(o, names)+".")
			} else {
				responds = append(responds, "In response to event "+other+".")
			}
		}
		var targets []string
		for _, t := range ev.With(Target) {
			if entities[t] != nil {
				targets = append(targets, t)
			}
		}
		if (ev.Kind == Sanction || ev.Kind == ArrestWarrant) && len(targets) > 0 {
			var authority, countries []string
			for _, a := range ev.With(Agent) {
				if e := entities[a]; e != nil {
					authority = append(authority, e.Name)
					if e.Kind == State {
						countries = append(countries, ftmCountry(e.ISO))
					}
				}
			}
			usICC := set.usICC[ev.ID]
			if usICC {
				authority = []string{ofacAuthority}
			}
			for _, t := range targets {
				sa := newEntity("Sanction", "sanction", ev.ID, t)
				sa.add("entity", ids[t])
				sa.add("authority", authority...)
				sa.add("country", countries...)
				if usICC {
					sa.add("program", usICCProgram)
					sa.add("programId", usICCProgramID)
				}
				sa.add("startDate", ev.Date.String())
				reason := ev.Description
				if reason == "" && ev.Kind == ArrestWarrant {
					reason = "Arrest warrant"
				}
				sa.add("reason", strings.TrimSpace(strings.Join(append([]string{reason}, responds...), " ")))
				sa.add("summary", label)
				sa.add("sourceUrl", urls(ev.Documents)...)
				sanctions = append(sanctions, sa)
			}
			continue
		}
		fe := newEntity("Event", "event", ev.ID)
		fe.add("name", label)
		if ev.Until.IsZero() {
			fe.add("date", ev.Date.String())
		} else {
			fe.add("startDate", ev.Date.String())
			fe.add("endDate", ev.Until.String())
		}
		for _, p := range ev.Participants {
			e := entities[p.Entity]
			if e == nil {
				continue
			}
			switch p.Role {
			case Agent:
				fe.add("organizer", ids[e.ID])
			case Place:
				fe.add("location", e.Name)
				fe.add("country", ftmCountry(e.ISO))
			default:
				fe.add("involved", ids[e.ID])
			}
		}
		fe.add("summary", strings.TrimSpace(strings.Join(append([]string{ev.Description}, responds...), " ")))
		if ev.Kind == CyberAttack {
			fe.add("topics", "crime.cyber")
		}
		fe.add("sourceUrl", urls(ev.Documents)...)
		emit(fe)
		documentation = append(documentation, documented{fe.ID, ev.Documents})
	}
	for _, e := range occupancies {
		emit(e)
	}
	for _, e := range sanctions {
		emit(e)
	}

	// Articles and the things each documents.
	docIRIs := make([]string, 0, len(set.docs))
	for iri := range set.docs {
		docIRIs = append(docIRIs, iri)
	}
	sort.Strings(docIRIs)
	articles := map[string]string{}
	for _, iri := range docIRIs {
		d := set.docs[iri]
		a := newEntity("Article", "article", iri)
		if a.add("name", d.Title); d.Title == "" {
			a.add("name", docURL(d)) // FtM requires a name
		}
		a.add("title", d.Title)
		a.add("fileName", docFileName(d))
		a.add("publishedAt", d.Published.String())
		a.add("publisher", d.Outlet)
		a.add("sourceUrl", docURL(d))
		emit(a)
		articles[iri] = a.ID
	}
	for _, dm := range documentation {
		for _, d := range dm.docs {
			if art, ok := articles[d]; ok {
				doc := newEntity("Documentation", "documentation", dm.id, art)
				doc.add("document", art)
				doc.add("entity", dm.id)
				emit(doc)
			}
		}
	}

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range out {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return nil
}

// positionName names a post: its title and, when known, its organization.
func positionName(p *Position, names map[string]string) string {
	if org := names[p.Organization]; org != "" {
		return p.Title + ", " + org
	}
	return p.Title
}

// ftmCountry is FtM's form of an ISO 3166-1 alpha-2 code: lowercase.
func ftmCountry(iso string) string {
	iso = strings.ToLower(strings.TrimSpace(iso))
	if len(iso) != 2 {
		return ""
	}
	return iso
}

// docURL is where a document can be read: its URL, else its IRI.
func docURL(d *Document) string {
	if d.URL != "" {
		return d.URL
	}
	return d.IRI
}

// docFileName fills FtM's required Document:fileName with the last segment
// of the document's URL path (or of its IRI).
func docFileName(d *Document) string {
	if u, err := url.Parse(docURL(d)); err == nil {
		if base := path.Base(strings.TrimSuffix(u.Path, "/")); base != "." && base != "/" && base != "" {
			return base
		}
		if u.Host != "" {
			return u.Host
		}
	}
	return Slug(d.Title)
}
