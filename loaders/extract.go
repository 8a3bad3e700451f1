package loaders

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/hague-kg/hague/graph"
)

// An Extractor finds the entities, positions and events an article states.
// It holds only read-only data once built, so one Extractor may serve many
// goroutines.
type Extractor struct {
	catalog *Catalog
	// defaultCourt is the court that issues warrants and convictions when
	// the text names none ("the warrants issued for Putin").
	defaultCourt string
	// minConfidence drops events and new entities below it.
	minConfidence float64
	// minEventConfidence drops events below it.
	minEventConfidence float64
}

// DefaultMinEventConfidence is the confidence below which an Extractor
// emits no event unless WithMinEventConfidence says otherwise. Chosen on the
// dev set (go test ./loaders -run TestDevSetErrors -errcat): below it are
// events whose only party is a name guessed from its context and reached
// through a pronoun or across a clause, which were all wrong; raising it to
// 0.6 would drop 7 right events with 2 wrong ones.
const DefaultMinEventConfidence = 0.45

// An Option configures an Extractor.
type Option func(*Extractor)

// WithDefaultCourt sets the court taken as the agent of warrants, charges and
// convictions whose issuer the text leaves implicit. The default is the
// catalog's International Criminal Court (Q47488) when it has one.
func WithDefaultCourt(id string) Option { return func(x *Extractor) { x.defaultCourt = id } }

// WithMinConfidence drops extracted events and new entities whose confidence
// is below c. The default, 0, keeps everything.
func WithMinConfidence(c float64) Option { return func(x *Extractor) { x.minConfidence = c } }

// WithMinEventConfidence drops extracted events whose confidence is below
// c; the default is DefaultMinEventConfidence, 0 keeps every event.
func WithMinEventConfidence(c float64) Option { return func(x *Extractor) { x.minEventConfidence = c } }

// NewExtractor returns an Extractor that resolves names against c.
func NewExtractor(c *Catalog, opts ...Option) *Extractor {
	if c == nil {
		c, _ = NewCatalog(nil, nil)
	}
	x := &Extractor{catalog: c, minEventConfidence: DefaultMinEventConfidence}
	if _, ok := c.byID["Q47488"]; ok {
		x.defaultCourt = "Q47488"
	}
	for _, o := range opts {
		o(x)
	}
	return x
}

// Extract reads doc.Text and returns what it states. Relative dates resolve
// against doc.Published. The report passes Validate.
func (x *Extractor) Extract(doc graph.Document) (rep *graph.Report, err error) {
	if doc.IRI == "" {
		return nil, fmt.Errorf("extract: document has no IRI: %w", graph.ErrInvalid)
	}
	st := newDocState(x, doc)
	// The rules index tokens around their triggers; a wording none of them
	// foresaw must cost its document, not the server or the batch loading it.
	defer func() {
		if r := recover(); r != nil {
			rep, err = nil, fmt.Errorf("extract %s: %w at %s: %v", doc.IRI, ErrExtractorFault, st.where(), r)
		}
	}()
	st.run()
	rep = st.report()
	if err := rep.Validate(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.IRI, err)
	}
	return rep, nil
}

// ErrExtractorFault reports a fault of the extractor itself on a document,
// not of the document: the error says at which sentence it happened.
var ErrExtractorFault = errors.New("extractor fault")

// where names the sentence being read, by number and character offsets.
func (st *docState) where() string {
	if st.cur < 0 || st.cur >= len(st.sents) {
		return "the end of the text"
	}
	s := st.sents[st.cur]
	return fmt.Sprintf("sentence %d (characters %d-%d)", st.cur+1, s.start, s.end)
}

// docState is the working state of one extraction.
type docState struct {
	x        *Extractor
	doc      graph.Document
	toks     []token
	sents    []sentence
	cur      int // index of the current sentence
	runes    []rune
	entities map[string]*graph.Entity
	order    []string
	// entSents records which sentences already support an entity.
	entSents map[string]map[int]bool
	// lastOfKind is the entity last mentioned of each kind, for "the court".
	lastOfKind map[graph.EntityKind]string
	// lastAgentOfKind is the entity of each kind that last acted in an event.
	lastAgentOfKind map[graph.EntityKind]string
	// groupQualifier maps a group entity to the entity that qualifies it
	// ("icc-officials" → the ICC).
	groupQualifier map[string]string
	lastPerson     string
	// subjPerson is the person the latest sentence naming people had as
	// its subject, whom a sentence-opening "he" or "she" most likely means
	subjPerson string
	// recentPersons are the people named, latest last; gender holds the
	// gender the text gives some of them, for "he" and "she"
	recentPersons []string
	gender        map[string]byte
	// lastTarget is the person last acted on in an event, whom "his
	// arrest" most likely means
	lastTarget string
	// byLastName maps the fold of a person's last name to the person.
	byLastName map[string]string
	// byInnerName maps the fold of an inner word of a long name to the
	// person, or to "" when several people share it.
	byInnerName map[string]string
	// byTitle maps a folded title to its last holder, for "the prosecutor".
	byTitle   map[string]string
	events    map[string]*graph.Event
	evOrder   []string
	positions map[string]*graph.Position
	posOrder  []string
	lastEvent map[graph.EventKind]string
	// lastWarrantTargets are the people of the warrants the latest such
	// sentence named (lastWarrantSent), for "the warrants".
	lastWarrantTargets []string
	lastWarrantSent    int
	// quotes caches the text of each sentence by its start.
	quotes map[int]string
	// newEntities holds entities found in the text, not the catalog, until a mention registers them.
	newEntities map[string]graph.Entity
	// agentless are dated events the text states without an agent ("the
	// arrest of X on Tuesday"), to date the same event stated elsewhere.
	agentless []agentless
	// anchor is the narrative time: the last date a sentence named
	anchor graph.Date
	// anchorSent is the sentence that set the anchor; priorAnchor and
	// priorAnchorSent are the anchor as the current sentence found it
	anchorSent, priorAnchorSent int
	priorAnchor                 graph.Date
	// lastStateAgent is the state that last acted in an event other than a
	// statement, whom "the administration" most likely means
	lastStateAgent string
	// lastStates are the states of the latest event with several state
	// agents ("Burkina Faso, Mali and Niger announced"), whom a plural
	// description ("the three countries", "the juntas") stands for
	lastStates []string
	// ledeDate is the day the story's opening sentences date: the news of
	// the day, when a judgment is read
	ledeDate graph.Date
	// lastBody are the states, courts and organizations named last, latest
	// last, for "it" with no antecedent in its sentence
	lastBody []string
	// counted are dated events stated of a count of unnamed people ("two
	// former militia leaders"), for the undated events of the people the
	// next sentences name
	counted []countedEvent
	// unnamed are the events of the last sentences stated of an unnamed
	// group of people, whom a sentence after may name (see nameUnnamed)
	unnamed []unnamedEvent
	// groupHead is the head noun of each group ("judges" of "icc-judges")
	groupHead map[string]string
	// statedVisits are the visits the text states, not only implies; ties
	// are the failures to arrest it places during a visit
	statedVisits map[string]bool
	ties         []visitTie
	// sentPronoun is the last "he", "him" or "she" resolved, in sentence
	// sent-1, for a "his" or "her" after it in the same sentence
	sentPronoun sentPronoun
	// ownNamed counts the states the document names by a name no other
	// state shares, for the names states share (sharedName)
	ownNamed map[*catalogEntry]int
	// sentPersons are the people the current sentence names, so far;
	// prevPersons those of the latest sentence that named any, for "both
	// men"
	sentPersons, prevPersons []string
	// separate are the undated events the text places in another case
	// ("in a separate case"), which no dated event of the same parties is
	separate map[string]bool
	// personCount counts the mentions of each person by name, for the
	// person a story is about
	personCount map[string]int
}

type sentPronoun struct {
	sent         int
	word, entity string
}

type countedEvent struct {
	kind   graph.EventKind
	agents []string
	date   graph.Date
	sent   int
	n      int
	source graph.Source
}

type agentless struct {
	kind   graph.EventKind
	target string
	date   graph.Date
	source graph.Source
}

func newDocState(x *Extractor, doc graph.Document) *docState {
	st := &docState{
		x: x, doc: doc,
		entities: map[string]*graph.Entity{}, entSents: map[string]map[int]bool{},
		lastOfKind: map[graph.EntityKind]string{}, lastAgentOfKind: map[graph.EntityKind]string{}, groupQualifier: map[string]string{}, byLastName: map[string]string{}, byInnerName: map[string]string{}, byTitle: map[string]string{},
		events: map[string]*graph.Event{}, positions: map[string]*graph.Position{}, lastEvent: map[graph.EventKind]string{},
		gender: map[string]byte{}, personCount: map[string]int{}, statedVisits: map[string]bool{}, groupHead: map[string]string{},
	}
	st.toks = tokenize(doc.Text)
	st.sents = splitSentences(st.toks)
	return st
}

func (st *docState) run() {
	for i := range st.sents {
		st.cur = i
		ms := st.mentions(st.sents[i])
		st.nameUnnamed(st.sents[i], ms)
		st.findEvents(st.sents[i], ms)
	}
	st.requestsByProsecutor()
	st.dateFromVisits()
	st.dateFromAgentless()
	st.dateFromCounted()
	st.mergeUndated()
	st.mergeStatements()
	st.nameGroupMembers()
	st.dropNamedGroups()
	st.pruneGroups()
}

// dateFromAgentless dates the one undated event of a kind and target with
// the date of an agentless statement of it: "The arrest of X on Tuesday ...
// Police arrested X at the airport".
func (st *docState) dateFromAgentless() {
	for _, a := range st.agentless {
		var match []string
		dated := false
		for _, id := range st.evOrder {
			e, ok := st.events[id]
			if !ok || e.Kind != a.kind || !containsString(e.With(graph.Target), a.target) {
				continue
			}
			if !e.Date.IsZero() {
				dated = true
				continue
			}
			match = append(match, id)
		}
		if len(match) != 1 || dated {
			continue
		}
		e := st.events[match[0]]
		e.Date = a.date
		e.Sources = append(e.Sources, a.source)
		st.rekey(match[0], e)
	}
}

// dateFromCounted dates the undated events that the sentences after a dated
// event of unnamed people state of named ones: "Judges on Thursday convicted
// two former militia leaders. A was found guilty on 20 counts. B was
// convicted on 28 counts." are A's and B's convictions of Thursday.
func (st *docState) dateFromCounted() {
	for _, g := range st.counted {
		named := 0
		for _, id := range append([]string(nil), st.evOrder...) {
			e, ok := st.events[id]
			if !ok || e.Kind != g.kind || !e.Date.IsZero() || len(e.Sources) == 0 || named >= g.n {
				continue
			}
			es := st.sentenceAt(e.Sources[0].Start)
			ts := e.With(graph.Target)
			if es <= g.sent || es > g.sent+g.n+1 || len(ts) != 1 || st.kindOf(ts[0]) != graph.Person || strings.Join(sortedCopy(e.With(graph.Agent)), "+") != strings.Join(sortedCopy(g.agents), "+") {
				continue
			}
			named++
			e.Date = g.date
			e.Sources = mergeSources(e.Sources, []graph.Source{g.source})
			st.rekey(id, e)
		}
	}
}

// sentenceAt returns the index of the sentence that starts at rune offset start.
func (st *docState) sentenceAt(start int) int {
	lo, hi := 0, len(st.sents)
	for lo < hi {
		m := (lo + hi) / 2
		if st.sents[m].start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// members maps each person the document or the catalog ties to an
// institution to those institutions.
func (st *docState) members() map[string]map[string]bool {
	memberOf := map[string]map[string]bool{}
	add := func(p, org string) {
		if memberOf[p] == nil {
			memberOf[p] = map[string]bool{}
		}
		memberOf[p][org] = true
	}
	for _, p := range st.positions {
		if _, group := st.groupQualifier[p.Holder]; !group && p.Organization != "" {
			add(p.Holder, p.Organization)
		}
	}
	for _, e := range st.x.catalog.entries {
		if e.affiliation != "" && st.entities[e.entity.ID] != nil {
			add(e.entity.ID, e.affiliation)
		}
	}
	return memberOf
}

// nameGroupMembers reads a dated event against an unnamed group followed, in
// the next sentences, by the same kind of event against named members of
// that group that the text leaves undated ("the prosecutor's request on
// Thursday for warrants for two Taliban leaders. The prosecutor asked the
// judges to issue warrants for A and B"): the named events are the group
// event, with its date.
func (st *docState) nameGroupMembers() {
	memberOf := st.members()
	for _, gid := range append([]string(nil), st.evOrder...) {
		g, ok := st.events[gid]
		if !ok || g.Date.IsZero() || len(g.Sources) == 0 {
			continue
		}
		var group, q string
		for _, t := range g.With(graph.Target) {
			if qq, ok := st.groupQualifier[t]; ok {
				group, q = t, qq
			}
		}
		if group == "" {
			continue
		}
		gs := st.sentenceAt(g.Sources[0].Start)
		var named []string
		for _, id := range st.evOrder {
			e, ok := st.events[id]
			if !ok || e.Kind != g.Kind || !e.Date.IsZero() || len(e.Sources) == 0 {
				continue
			}
			es := st.sentenceAt(e.Sources[0].Start)
			if es <= gs || es > gs+2 {
				continue
			}
			ts := e.With(graph.Target)
			if len(ts) != 1 || !memberOf[ts[0]][q] {
				continue
			}
			agentsOK := true
			for _, a := range e.With(graph.Agent) {
				if !containsString(g.With(graph.Agent), a) {
					agentsOK = false
					for _, ga := range g.With(graph.Agent) {
						if memberOf[a][ga] {
							agentsOK = true
						}
					}
				}
			}
			if agentsOK {
				named = append(named, id)
			}
		}
		if len(named) == 0 {
			continue
		}
		for _, id := range named {
			e := st.events[id]
			e.Date = g.Date
			e.Sources = append(append([]graph.Source(nil), g.Sources...), e.Sources...)
			st.rekey(id, e)
		}
		_ = group
		delete(st.events, gid)
	}
}

// eventID is the id an event gets in this document: graph.EventID, which
// carries only the year, unless the event of that id has a date that rules
// this one out ("found guilty in July" and "sentenced in November" of one
// year are two events); then the id of the one event of the same parties
// whose date agrees, or a new id qualified by the full date.
func (st *docState) eventID(e *graph.Event) string {
	id := graph.EventID(e.Kind, e.With(graph.Agent), e.With(graph.Target), e.Date)
	old, ok := st.events[id]
	if !ok || old == e || !recurs[e.Kind] || !excludes(old.Date, e.Date) {
		return id
	}
	for _, oid := range st.evOrder {
		if o, ok := st.events[oid]; ok && o != e && strings.HasPrefix(oid, id+"_") && !excludes(o.Date, e.Date) {
			return oid
		}
	}
	return id + "_" + e.Date.String()
}

// recurs are the kinds of event that befall the same parties more than once
// a year: a verdict and, months later, its sentence. (Other kinds keep one
// event a year, where a second date is more often a misread one.)
var recurs = map[graph.EventKind]bool{graph.Conviction: true}

// excludes reports whether two dates of one kind of event with the same
// parties cannot be the same day: both are known and they do not overlap.
func excludes(a, b graph.Date) bool {
	return !a.IsZero() && !b.IsZero() && a.Overlaps(b, b) == graph.False
}

// rekey gives an event whose parties or date changed its new id.
func (st *docState) rekey(old string, e *graph.Event) {
	e.ID = st.eventID(e)
	if e.ID == old {
		return
	}
	delete(st.events, old)
	if o, ok := st.events[e.ID]; ok {
		mergeEvent(o, e)
	} else {
		st.events[e.ID] = e
		for i, id := range st.evOrder {
			if id == old {
				st.evOrder[i] = e.ID
			}
		}
	}
	for _, o := range st.events {
		for i, r := range o.InResponseTo {
			if r == old {
				o.InResponseTo[i] = e.ID
			}
		}
		o.InResponseTo = dedupeStrings(o.InResponseTo, o.ID)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// mergeStatements makes one event of a speaker's statements on one date:
// "X denounced the court and said ..." is one statement, with the court as
// its target.
func (st *docState) mergeStatements() {
	type key struct{ agents, date string }
	st.dateContinuedStatements()
	withTargets := map[key][]string{}
	for _, id := range st.evOrder {
		ev, ok := st.events[id]
		if !ok || ev.Kind != graph.Statement || len(ev.With(graph.Target)) == 0 {
			continue
		}
		k := key{strings.Join(sortedCopy(ev.With(graph.Agent)), "+"), ev.Date.String()}
		withTargets[k] = append(withTargets[k], id)
	}
	for _, id := range st.evOrder {
		ev, ok := st.events[id]
		if !ok || ev.Kind != graph.Statement || len(ev.With(graph.Target)) > 0 {
			continue
		}
		into := withTargets[key{strings.Join(sortedCopy(ev.With(graph.Agent)), "+"), ev.Date.String()}]
		if len(into) != 1 {
			continue
		}
		mergeEvent(st.events[into[0]], ev)
		delete(st.events, id)
		for _, o := range st.events {
			for i, r := range o.InResponseTo {
				if r == id {
					o.InResponseTo[i] = into[0]
				}
			}
			o.InResponseTo = dedupeStrings(o.InResponseTo, o.ID)
		}
	}
}

// dropNamedGroups removes an event whose target is a group ("ICC officials")
// when the document names a member of that group as the target of the same
// kind of event by the same agent (Judge Guillou, of the ICC): the named
// member stands for the group.
func (st *docState) dropNamedGroups() {
	memberOf := st.members()
	for _, id := range st.evOrder {
		ev, ok := st.events[id]
		if !ok {
			continue
		}
		for _, t := range ev.With(graph.Target) {
			q, ok := st.groupQualifier[t]
			if !ok {
				continue
			}
			agents := strings.Join(sortedCopy(ev.With(graph.Agent)), "+")
			for _, oid := range st.evOrder {
				o, ok := st.events[oid]
				if !ok || o.Kind != ev.Kind || strings.Join(sortedCopy(o.With(graph.Agent)), "+") != agents {
					continue
				}
				if !o.Date.IsZero() && !ev.Date.IsZero() && o.Date.Overlaps(ev.Date, ev.Date) == graph.False {
					// "Khan was designated in February; four ICC judges
					// followed in June": another event of the same kind
					continue
				}
				if sameSentence(o.Sources, ev.Sources) {
					// "against Khan and three of the Court's judges": the
					// text lists the member beside the group, not in it
					continue
				}
				for _, ot := range o.With(graph.Target) {
					if _, group := st.groupQualifier[ot]; !group && memberOf[ot][q] {
						// the group's sentence is where the text states the
						// event the member stands for: keep it as a source
						o.Sources = mergeSources(o.Sources, ev.Sources)
						delete(st.events, id)
					}
				}
			}
		}
	}
}

func (st *docState) source(s sentence) graph.Source {
	if st.runes == nil {
		st.runes = []rune(st.doc.Text)
	}
	if q, ok := st.quotes[s.start]; ok {
		return graph.Source{Document: st.doc.IRI, Quote: q, Start: s.start, End: s.end}
	}
	q := string(st.runes[s.start:s.end])
	if st.quotes == nil {
		st.quotes = map[int]string{}
	}
	st.quotes[s.start] = q
	return graph.Source{Document: st.doc.IRI, Quote: q, Start: s.start, End: s.end}
}

// addEntity records an entity mention in the current sentence.
func (st *docState) addEntity(e graph.Entity) {
	old, ok := st.entities[e.ID]
	if !ok {
		c := e
		c.Sources = nil
		c.Aliases = append([]string(nil), e.Aliases...)
		st.entities[e.ID] = &c
		st.order = append(st.order, e.ID)
		st.entSents[e.ID] = map[int]bool{}
		old = &c
	} else if e.Confidence > old.Confidence {
		old.Confidence = e.Confidence
	}
	if !st.entSents[e.ID][st.cur] {
		st.entSents[e.ID][st.cur] = true
		old.Sources = append(old.Sources, st.source(st.sents[st.cur]))
	}
}

func (st *docState) kindOf(id string) graph.EntityKind {
	if e, ok := st.entities[id]; ok {
		return e.Kind
	}
	if e := st.x.catalog.entry(id); e != nil {
		return e.entity.Kind
	}
	return ""
}

func (st *docState) report() *graph.Report {
	rep := &graph.Report{Document: st.doc}
	for _, id := range st.order {
		e := st.entities[id]
		if e.Confidence < st.x.minConfidence {
			continue
		}
		rep.Entities = append(rep.Entities, *e)
	}
	for _, id := range st.evOrder {
		ev, ok := st.events[id]
		if !ok || ev.Confidence < st.x.minConfidence || ev.Confidence < st.x.minEventConfidence {
			continue
		}
		rep.Events = append(rep.Events, *ev)
	}
	keep := map[string]bool{}
	for _, e := range rep.Entities {
		keep[e.ID] = true
	}
	// every participant must be an entity of the report
	events := rep.Events[:0]
	for _, ev := range rep.Events {
		ok := true
		for _, p := range ev.Participants {
			if !keep[p.Entity] {
				ok = false
			}
		}
		if ok {
			events = append(events, ev)
		}
	}
	rep.Events = events
	known := map[string]bool{}
	for _, ev := range rep.Events {
		known[ev.ID] = true
	}
	for i := range rep.Events {
		var resp []string
		for _, r := range rep.Events[i].InResponseTo {
			if known[r] {
				resp = append(resp, r)
			}
		}
		rep.Events[i].InResponseTo = resp
	}
	for _, id := range st.posOrder {
		p := st.positions[id]
		if _, group := st.groupQualifier[p.Holder]; group && keep[p.Holder] && p.Organization != "" && !keep[p.Organization] {
			// "court officials": the court is named by implication
			if ce := st.x.catalog.entry(p.Organization); ce != nil {
				e := ce.entity
				e.Sources = append([]graph.Source(nil), p.Sources...)
				rep.Entities = append(rep.Entities, e)
				keep[e.ID] = true
			}
		}
		if keep[p.Holder] && (p.Organization == "" || keep[p.Organization]) {
			rep.Positions = append(rep.Positions, *p)
		}
	}
	return rep
}

// addPosition records that holder has title at org, as the current sentence
// states.
func (st *docState) addPosition(holder, title, org string) {
	title = normalizeTitle(title, st.kindOf(org))
	if holder == "" || title == "" {
		return
	}
	st.byTitle[graph.Fold(lastWord(title))] = holder
	st.addGroupPosition(holder, title, org)
}

// addGroupPosition records that the members of a group hold a post at org
// ("icc-officials" are "officials" of the ICC). Unlike addPosition it does
// not make the group what "the judge" or "the prosecutor" refers to.
func (st *docState) addGroupPosition(group, title, org string) {
	id := graph.PositionID(group, title, org)
	p, ok := st.positions[id]
	if !ok {
		p = &graph.Position{ID: id, Holder: group, Title: title, Organization: org}
		st.positions[id] = p
		st.posOrder = append(st.posOrder, id)
	}
	src := st.source(st.sents[st.cur])
	for _, s := range p.Sources {
		if s.Start == src.Start {
			return
		}
	}
	p.Sources = append(p.Sources, src)
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// normalizeTitle drops "former" and the like, and calls a court's "Justice" a
// Judge, so that one post has one id.
func normalizeTitle(title string, orgKind graph.EntityKind) string {
	words := strings.Fields(title)
	for len(words) > 0 {
		switch strings.ToLower(words[0]) {
		case "former", "then", "acting", "the", "a", "an", "its", "his", "her", "their", "court", "icc", "current":
			words = words[1:]
			continue
		}
		break
	}
	for len(words) > 0 {
		switch strings.ToLower(words[len(words)-1]) {
		case "of", "the":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if len(words) == 0 {
		return ""
	}
	t := strings.Join(words, " ")
	if strings.EqualFold(t, "justice") && (orgKind == graph.Court || orgKind == "") {
		return "Judge"
	}
	// Title case for titles written before a name ("Prime Minister"), as
	// written otherwise.
	if strings.ToLower(t[:1]) == t[:1] && len(words) <= 2 && titleHeads[strings.ToLower(words[len(words)-1])] && len(words) == 1 {
		return strings.ToUpper(t[:1]) + t[1:]
	}
	return t
}

// mergeUndated folds an undated event into the one dated event of the
// document with the same kind and parties, which it most likely restates.
func (st *docState) mergeUndated() {
	type key struct {
		kind    graph.EventKind
		parties string
	}
	keyOf := func(ev *graph.Event) key {
		return key{ev.Kind, strings.Join(sortedCopy(ev.With(graph.Agent)), "+") + "|" + strings.Join(sortedCopy(ev.With(graph.Target)), "+")}
	}
	dated := map[key][]string{}
	for _, id := range st.evOrder {
		ev := st.events[id]
		if ev != nil && !ev.Date.IsZero() {
			k := keyOf(ev)
			dated[k] = append(dated[k], id)
		}
	}
	rename := map[string]string{}
	for _, id := range st.evOrder {
		ev := st.events[id]
		if ev == nil || !ev.Date.IsZero() {
			continue
		}
		if st.separate[id] {
			// "found guilty in a separate case": an event of its own
			continue
		}
		ds := dated[keyOf(ev)]
		if len(ds) > 1 && ev.Kind == graph.ArrestWarrant {
			// "warrants in March 2009 and July 2010 ... his outstanding
			// warrants": an undated warrant for someone wanted under
			// several restates them, not a warrant of its own
			ds = ds[len(ds)-1:]
		}
		if len(ds) != 1 {
			continue
		}
		into := st.events[ds[0]]
		mergeEvent(into, ev)
		delete(st.events, id)
		rename[id] = ds[0]
	}
	if len(rename) == 0 {
		return
	}
	for _, ev := range st.events {
		for i, r := range ev.InResponseTo {
			if to, ok := rename[r]; ok {
				ev.InResponseTo[i] = to
			}
		}
		ev.InResponseTo = dedupeStrings(ev.InResponseTo, ev.ID)
	}
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// mergeEvent adds what b says to a: participants, responses, sources, dates.
func mergeEvent(a, b *graph.Event) {
	for _, p := range b.Participants {
		has := false
		for _, q := range a.Participants {
			if q.Role == p.Role && q.Entity == p.Entity {
				has = true
				break
			}
		}
		if !has {
			a.Participants = append(a.Participants, p)
		}
	}
	a.InResponseTo = dedupeStrings(append(a.InResponseTo, b.InResponseTo...), a.ID)
	for _, s := range b.Sources {
		has := false
		for _, t := range a.Sources {
			if t.Start == s.Start && t.End == s.End {
				has = true
				break
			}
		}
		if !has {
			a.Sources = append(a.Sources, s)
		}
	}
	// ids carry only the year: keep the most precise date stated
	if b.Date.Precision > a.Date.Precision && b.Date.Overlaps(a.Date, a.Date) != graph.False {
		a.Date = b.Date
	}
	if a.Effective.IsZero() {
		a.Effective = b.Effective
	}
	if a.Until.IsZero() && !b.Until.IsZero() && a.Date.Overlaps(b.Date, b.Until) == graph.True {
		// "a welcome on Tuesday" and "a visit from Monday to Tuesday":
		// the span stated holds the day
		a.Date = b.Date
	}
	if a.Until.IsZero() {
		a.Until = b.Until
	}
	if a.Counts == 0 {
		a.Counts = b.Counts
	}
	if a.Description == "" {
		a.Description = b.Description
	}
	if b.Confidence > a.Confidence {
		a.Confidence = b.Confidence
	}
}

// mergeSources adds to a the sources of b it lacks, keeping them in text order.
func mergeSources(a, b []graph.Source) []graph.Source {
	for _, x := range b {
		have := false
		for _, y := range a {
			if y.Document == x.Document && y.Start == x.Start && y.End == x.End {
				have = true
				break
			}
		}
		if !have {
			a = append(a, x)
		}
	}
	sort.SliceStable(a, func(i, j int) bool { return a[i].Start < a[j].Start })
	return a
}

// sameSentence reports whether a and b share a sentence.
func sameSentence(a, b []graph.Source) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Document == y.Document && x.Start == y.Start {
				return true
			}
		}
	}
	return false
}

// dateContinuedStatements dates an undated statement that condemns a body
// by the dated statement of the same speaker in the sentence right before,
// the only one of theirs: "X said on Friday that ... . The Hungarian prime
// minister accused the court of ...": one speech, on one day.
func (st *docState) dateContinuedStatements() {
	for _, id := range st.evOrder {
		ev, ok := st.events[id]
		if !ok || ev.Kind != graph.Statement || !ev.Date.IsZero() || len(ev.With(graph.Target)) == 0 || len(ev.Sources) != 1 {
			continue
		}
		agents := strings.Join(sortedCopy(ev.With(graph.Agent)), "+")
		sent := st.sentenceAt(ev.Sources[0].Start)
		var dated *graph.Event
		n := 0
		for _, oid := range st.evOrder {
			o, ok := st.events[oid]
			if !ok || o == ev || o.Kind != graph.Statement || o.Date.IsZero() || strings.Join(sortedCopy(o.With(graph.Agent)), "+") != agents {
				continue
			}
			n++
			dated = o
		}
		if n != 1 || len(dated.Sources) == 0 || st.sentenceAt(dated.Sources[len(dated.Sources)-1].Start) != sent-1 {
			continue
		}
		ev.Date = dated.Date
		st.rekey(id, ev)
	}
}
