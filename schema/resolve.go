package schema

import (
	"errors"
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
)

// query is the root Query type.
func (b *builder) query() *graphql.Object {
	timelineArgs := b.eventFilterArgs(false)
	delete(timelineArgs, "sort")
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Query",
		Description: "hague's knowledge graph of international-justice news: entities, dated events between them, and the documents that assert each fact. Read-only.",
		Fields: graphql.Fields{
			"node": fieldArgs(b.node, "Any entity, event or document by its id (a document's id is its IRI). A missing id gives null and a NOT_FOUND error.", graphql.FieldConfigArgument{
				"id": arg(graphql.NewNonNull(graphql.ID), "The id."),
			}, b.resolveNode),
			"entity": fieldArgs(b.entity, "One entity, by id or else by a name or alias (case- and accent-insensitive; with several candidates, the one most documents mention). Give id or name; a miss gives null and a NOT_FOUND error.", graphql.FieldConfigArgument{
				"id":   arg(graphql.ID, "The entity's id (a Wikidata QID or a slug)."),
				"name": arg(graphql.String, "A name or alias, e.g. `Putin` or `Nicolás Guillou`."),
			}, b.resolveEntity),
			"entities": fieldArgs(nonNull(b.entityConn), "Entities, filtered, sorted by name.", b.pageArgs(graphql.FieldConfigArgument{
				"kinds":    arg(listIn(b.entityKind), "Only entities of these kinds."),
				"search":   arg(graphql.String, "A prefix of any word of a name or alias, ignoring case and accents: `guil` and `nicolas g` both find Nicolas Guillou."),
				"name":     arg(graphql.String, "The same as search (the name the first API used)."),
				"document": arg(graphql.ID, "Only entities this document (its IRI) describes."),
				"outlet":   arg(graphql.String, "Only entities a document of this outlet describes."),
				"sort":     arg(b.entitySort, "The order of the entities; NAME_ASC when not given."),
			}), b.resolveEntities),
			"event": fieldArgs(b.event, "One event by id; a miss gives null and a NOT_FOUND error.", graphql.FieldConfigArgument{
				"id": arg(graphql.NewNonNull(graphql.ID), "The event's id."),
			}, b.resolveEvent),
			"events":   fieldArgs(nonNull(b.eventConn), "Events, filtered, in date order (undated events last).", b.pageArgs(b.eventFilterArgs(false)), b.resolveEvents),
			"timeline": fieldArgs(nonNull(b.eventConn), "Events in date order, oldest first, with the filters of `events`: the timeline of a participant, a kind, a period.", b.pageArgs(timelineArgs), b.resolveEvents),
			"document": fieldArgs(b.document, "One document by IRI; a miss gives null and a NOT_FOUND error.", graphql.FieldConfigArgument{
				"id": arg(graphql.NewNonNull(graphql.ID), "The document's IRI."),
			}, b.resolveDocument),
			"documents": fieldArgs(nonNull(b.documentConn), "Documents, newest first, with how many facts each asserts.", b.pageArgs(graphql.FieldConfigArgument{
				"outlet": arg(graphql.String, "Only documents of this outlet, ignoring case and accents."),
			}), b.resolveDocuments),
			"targetings": fieldArgs(listOf(b.targeting), "The headline question: for each warrant, the later actions (sanctions, counter-warrants, criminal cases, …) that targeted officials of the court that issued it, sorted by warrant date then action date. An action that states which warrants it answers is paired with those only (stated: true); other pairs are inferred from dates and targets (stated: false).", graphql.FieldConfigArgument{
				"issuer":       arg(graphql.ID, "Only warrants issued by this court or state (id, name or alias); every issuer by default."),
				"warrantKinds": arg(listIn(b.eventKind), "The kinds of warrant to follow; ARREST_WARRANT by default."),
				"actionKinds":  arg(listIn(b.eventKind), "The kinds of action to pair; by default SANCTION, ARREST_WARRANT, WARRANT_REQUEST, CRIMINAL_CASE, CHARGE and EXECUTIVE_ORDER."),
				"from":         arg(graphql.String, "Only warrants on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
				"to":           arg(graphql.String, "Only warrants on or before this date."),
				"stated":       arg(graphql.Boolean, "Only pairs a source states (true) or only inferred pairs (false); both by default."),
			}, b.resolveTargetings),
			"subgraph": fieldArgs(nonNull(b.subgraph), "The entities and events within `depth` hops of the given ids, as nodes and edges a visualization tool loads directly. Capped at `limit` nodes, with `truncated` saying so.", graphql.FieldConfigArgument{
				"ids":      arg(graphql.NewNonNull(listIn(graphql.ID)), "The entities or events to start from (ids, or entity names)."),
				"depth":    argDefault(graphql.Int, 1, "How many entity-to-entity hops through events to take, 1 to 6."),
				"kinds":    arg(listIn(b.eventKind), "Only cross events of these kinds."),
				"roles":    arg(listIn(b.role), "Only cross events in which the entity reached from plays one of these roles."),
				"from":     arg(graphql.String, "Only cross events on or after this date."),
				"to":       arg(graphql.String, "Only cross events on or before this date."),
				"certain":  argDefault(graphql.Boolean, false, "With from/to: only events certainly inside the range."),
				"document": arg(graphql.ID, "Only cross events this document (its IRI) asserts."),
				"limit":    argDefault(graphql.Int, graph.DefaultSubgraphLimit, "The most nodes to return, at most 10000."),
			}, b.resolveSubgraph),
			"paths": fieldArgs(listOf(b.path), "The shortest connections between two entities through events.", graphql.FieldConfigArgument{
				"from":     arg(graphql.NewNonNull(graphql.ID), "Where the paths start: an entity id, name or alias."),
				"to":       arg(graphql.NewNonNull(graphql.ID), "Where the paths end: an entity id, name or alias."),
				"maxDepth": argDefault(graphql.Int, 4, "The most events a path may cross, 1 to 6."),
				"first":    argDefault(graphql.Int, 1, "How many shortest paths to return, at most 50."),
			}, b.resolvePaths),
		},
	})
}

// mutation is the root Mutation type. Writes need a token; the HTTP layer
// checks it before any mutation runs.
func (b *builder) mutation() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Mutation",
		Description: "Writes. They need a token, and are refused on a read-only server.",
		Fields: graphql.Fields{
			"deleteDocument": fieldArgs(nonNull(b.deletePayload), "Removes a document and everything it asserted; facts other documents assert stay. A missing document is a NOT_FOUND error.", graphql.FieldConfigArgument{
				"iri": arg(graphql.NewNonNull(graphql.ID), "The document's IRI."),
			}, b.resolveDeleteDocument),
			"loadArticle": fieldArgs(nonNull(b.loadPayload), "Reads an article (plain text) with the article loader and writes what it asserts, replacing what the same document asserted before: loading it twice changes nothing. The document's IRI is its url, or one derived from the text.", graphql.FieldConfigArgument{
				"text":      arg(graphql.NewNonNull(graphql.String), "The article's body, plain text."),
				"title":     arg(graphql.String, "The headline."),
				"url":       arg(graphql.String, "Where the article was published; it becomes the document's IRI."),
				"outlet":    arg(graphql.String, "Who published it: JURIST, Human Rights Watch, Reuters ..."),
				"published": arg(graphql.String, "The publication date, YYYY-MM-DD: relative dates in the text (\"on Monday\") are resolved against it."),
			}, b.resolveLoadArticle),
		},
	})
}

func (b *builder) resolveNode(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	l := b.loaders(p.Context)
	e, err := l.entities.one(p.Context, id)
	if err != nil {
		return nil, storeError(err)
	}
	if e != nil {
		return e, nil
	}
	ev, err := l.events.one(p.Context, id)
	if err != nil {
		return nil, storeError(err)
	}
	if ev != nil {
		return ev, nil
	}
	if strings.Contains(id, ":") {
		d, err := l.documents.one(p.Context, id)
		if err != nil {
			return nil, storeError(err)
		}
		if d != nil {
			return d, nil
		}
	}
	return nil, notFound("id", "node %q: no entity, event or document has this id", id)
}

func (b *builder) resolveEntity(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	name, _ := p.Args["name"].(string)
	switch {
	case id != "":
		e, err := b.store.Entity(p.Context, id)
		if errors.Is(err, graph.ErrNotFound) {
			return nil, notFound("id", "entity %q: no entity has this id", id)
		}
		if err != nil {
			return nil, storeError(err)
		}
		b.loaders(p.Context).primeEntities([]*graph.Entity{e})
		return e, nil
	case name != "":
		return b.lookupEntity(p.Context, name, "name")
	}
	return nil, badInput("id", "entity: give id or name")
}

func (b *builder) resolveEntities(p graphql.ResolveParams) (any, error) {
	if _, _, err := pageBounds(p.Args); err != nil {
		return nil, err
	}
	f := graph.EntityFilter{}
	f.Kinds, _ = entityKindsArg(p.Args, "kinds")
	f.Search, _ = p.Args["search"].(string)
	if f.Search == "" {
		f.Search, _ = p.Args["name"].(string)
	}
	if doc, _ := p.Args["document"].(string); doc != "" {
		f.Documents = []string{doc}
	}
	var outletDocs map[string]bool
	if outlet, _ := p.Args["outlet"].(string); outlet != "" {
		var err error
		if outletDocs, err = b.outletDocuments(p.Context, outlet); err != nil {
			return nil, err
		}
	}
	es, err := b.store.FindEntities(p.Context, f)
	if err != nil {
		return nil, storeError(err)
	}
	if outletDocs != nil {
		var kept []*graph.Entity
		for _, e := range es {
			if anyIn(e.Documents, func(d string) bool { return outletDocs[d] }) {
				kept = append(kept, e)
			}
		}
		es = kept
	}
	b.loaders(p.Context).primeEntities(es)
	sortEntities(es, p.Args["sort"] == "NAME_DESC")
	return paginate(es, p.Args)
}

func (b *builder) resolveEvent(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	ev, err := b.loaders(p.Context).events.one(p.Context, id)
	if err != nil {
		return nil, storeError(err)
	}
	if ev == nil {
		return nil, notFound("id", "event %q: no event has this id", id)
	}
	return ev, nil
}

// resolveEvents serves `events` and `timeline`: the store narrows by the
// indexed conditions, the compiled filter does the rest.
func (b *builder) resolveEvents(p graphql.ResolveParams) (any, error) {
	if _, _, err := pageBounds(p.Args); err != nil {
		return nil, err
	}
	f, err := b.parseEventFilter(p.Context, p.Args, "")
	if err != nil {
		return nil, err
	}
	narrow := f.base
	narrow.Outlets = nil // the compiled filter has the outlet's documents already
	evs, err := b.store.FindEvents(p.Context, narrow)
	if err != nil {
		return nil, storeError(err)
	}
	var kept []*graph.Event
	for _, ev := range evs {
		if f.keeps(ev) {
			kept = append(kept, ev)
		}
	}
	b.loaders(p.Context).primeEvents(kept)
	sortEvents(kept, p.Args["sort"] == "DATE_DESC")
	return paginate(kept, p.Args)
}

func (b *builder) resolveDocument(p graphql.ResolveParams) (any, error) {
	iri, _ := p.Args["id"].(string)
	d, err := b.loaders(p.Context).documents.one(p.Context, iri)
	if err != nil {
		return nil, storeError(err)
	}
	if d == nil {
		return nil, notFound("id", "document %q: no document has this IRI", iri)
	}
	return d, nil
}

func (b *builder) resolveDocuments(p graphql.ResolveParams) (any, error) {
	if _, _, err := pageBounds(p.Args); err != nil {
		return nil, err
	}
	docs, err := b.loaders(p.Context).allDocuments(p.Context)
	if err != nil {
		return nil, storeError(err)
	}
	if outlet, _ := p.Args["outlet"].(string); outlet != "" {
		var kept []*graph.Document
		for _, d := range docs {
			if graph.Fold(d.Outlet) == graph.Fold(outlet) {
				kept = append(kept, d)
			}
		}
		docs = kept
	}
	return paginate(docs, p.Args)
}

func (b *builder) resolveTargetings(p graphql.ResolveParams) (any, error) {
	q := graph.TargetingQuery{}
	if ref, _ := p.Args["issuer"].(string); ref != "" {
		e, err := b.lookupEntity(p.Context, ref, "issuer")
		if err != nil {
			return nil, err
		}
		q.Issuer = e.ID
	}
	q.WarrantKinds, _ = eventKindsArg(p.Args, "warrantKinds")
	q.ActionKinds, _ = eventKindsArg(p.Args, "actionKinds")
	var err error
	if q.From, err = dateArg(p.Args, "from", ""); err != nil {
		return nil, err
	}
	if q.To, err = dateArg(p.Args, "to", ""); err != nil {
		return nil, err
	}
	ts, err := b.store.Targetings(p.Context, q)
	if err != nil {
		return nil, storeError(err)
	}
	stated, filter := p.Args["stated"].(bool)
	out := []graph.Targeting{}
	l := b.loaders(p.Context)
	for _, t := range ts {
		if filter && t.Stated != stated {
			continue
		}
		l.primeEvents([]*graph.Event{t.Warrant, t.Action})
		out = append(out, t)
	}
	return out, nil
}

func (b *builder) resolveSubgraph(p graphql.ResolveParams) (any, error) {
	q := graph.SubgraphQuery{}
	q.Depth, _ = p.Args["depth"].(int)
	if q.Depth < 1 || q.Depth > graph.MaxDepth {
		return nil, badInput("depth", "depth must be between 1 and %d, got %d", graph.MaxDepth, q.Depth)
	}
	q.Limit, _ = p.Args["limit"].(int)
	if q.Limit < 1 || q.Limit > graph.MaxSubgraphLimit {
		return nil, badInput("limit", "limit must be between 1 and %d, got %d", graph.MaxSubgraphLimit, q.Limit)
	}
	refs, _ := p.Args["ids"].([]any)
	if len(refs) == 0 {
		return nil, badInput("ids", "ids: give at least one entity or event id")
	}
	ids := make([]string, len(refs))
	for i, r := range refs {
		ids[i], _ = r.(string)
	}
	l := b.loaders(p.Context)
	l.entities.enqueue(ids...)
	l.events.enqueue(ids...)
	es, err := l.entities.get(p.Context, ids)
	if err != nil {
		return nil, storeError(err)
	}
	evs, err := l.events.get(p.Context, ids)
	if err != nil {
		return nil, storeError(err)
	}
	for i, id := range ids {
		if es[i] == nil && evs[i] == nil {
			e, err := b.lookupEntity(p.Context, id, "ids")
			if err != nil {
				return nil, err
			}
			ids[i] = e.ID
		}
	}
	q.IDs = ids
	q.Kinds, _ = eventKindsArg(p.Args, "kinds")
	q.Roles, _ = rolesArg(p.Args, "roles")
	if q.From, err = dateArg(p.Args, "from", ""); err != nil {
		return nil, err
	}
	if q.To, err = dateArg(p.Args, "to", ""); err != nil {
		return nil, err
	}
	q.Certain, _ = p.Args["certain"].(bool)
	if doc, _ := p.Args["document"].(string); doc != "" {
		q.Documents = []string{doc}
	}
	g, err := b.store.Subgraph(p.Context, q)
	if err != nil {
		return nil, storeError(err)
	}
	for _, n := range g.Nodes {
		if n.Entity != nil {
			l.primeEntities([]*graph.Entity{n.Entity})
		}
		if n.Event != nil {
			l.primeEvents([]*graph.Event{n.Event})
		}
	}
	return g, nil
}

func (b *builder) resolvePaths(p graphql.ResolveParams) (any, error) {
	depth, _ := p.Args["maxDepth"].(int)
	if depth < 1 || depth > graph.MaxDepth {
		return nil, badInput("maxDepth", "maxDepth must be between 1 and %d, got %d", graph.MaxDepth, depth)
	}
	first, _ := p.Args["first"].(int)
	if first < 1 || first > 50 {
		return nil, badInput("first", "first must be between 1 and 50, got %d", first)
	}
	fromRef, _ := p.Args["from"].(string)
	toRef, _ := p.Args["to"].(string)
	from, err := b.lookupEntity(p.Context, fromRef, "from")
	if err != nil {
		return nil, err
	}
	to, err := b.lookupEntity(p.Context, toRef, "to")
	if err != nil {
		return nil, err
	}
	paths, err := b.store.Paths(p.Context, from.ID, to.ID, depth, first)
	if err != nil {
		return nil, storeError(err)
	}
	if paths == nil {
		paths = []graph.Path{}
	}
	return paths, nil
}

func (b *builder) resolveLoadArticle(p graphql.ResolveParams) (any, error) {
	if b.cfg.articles == nil {
		return nil, NewError(CodeBadRequest, "loadArticle: this server has no article loader")
	}
	text, _ := p.Args["text"].(string)
	if strings.TrimSpace(text) == "" {
		return nil, badInput("text", "loadArticle: the text is empty")
	}
	doc := graph.Document{}
	doc.Title, _ = p.Args["title"].(string)
	doc.URL, _ = p.Args["url"].(string)
	doc.Outlet, _ = p.Args["outlet"].(string)
	published, _ := p.Args["published"].(string)
	d, err := graph.ParseDate(published)
	if err != nil {
		return nil, badInput("published", "loadArticle: published: %v", err)
	}
	doc.Published = d
	report, err := b.cfg.articles(p.Context, text, doc)
	if err != nil {
		return nil, storeError(err)
	}
	if err := b.store.Put(p.Context, report); err != nil {
		return nil, storeError(err)
	}
	return loadResult{report: report}, nil
}

// loadResult is what loadArticle wrote.
type loadResult struct{ report *graph.Report }

func (b *builder) resolveDeleteDocument(p graphql.ResolveParams) (any, error) {
	iri, _ := p.Args["iri"].(string)
	docs, err := b.store.Documents(p.Context, []string{iri})
	if err != nil {
		return nil, storeError(err)
	}
	if docs[0] == nil {
		return nil, notFound("iri", "deleteDocument: no document has the IRI %q", iri)
	}
	if err := b.store.Delete(p.Context, iri); err != nil {
		return nil, storeError(err)
	}
	return deleteResult{iri: iri}, nil
}
