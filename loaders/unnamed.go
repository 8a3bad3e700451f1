package loaders

import (
	"strconv"
	"strings"

	"github.com/hague-kg/hague/graph"
)

// An unnamedEvent is an event a sentence states of an unnamed group of
// people ("imposed sanctions on four ICC judges", "opened a criminal case
// against the prosecutor and judges of the court"), kept for a sentence
// after it that names them ("The judges are A, B, C and D").
type unnamedEvent struct {
	kind   graph.EventKind
	agents []string
	date   graph.Date
	sent   int
	// n is the count of the group ("four judges"), 0 where the text gives
	// none; head is its noun ("judges"); group is its id, "" for a count of
	// people no group mention covers ("two former militia leaders")
	n           int
	head, group string
	// desc are the words before head in a described member ("his
	// intelligence chief": "intelligence"); the naming sentence may use
	// others before the same head ("the spy chief, A,")
	desc map[string]bool
	// ids are the events of the group, which its named members replace
	ids    []string
	conf   float64
	source graph.Source
	done   bool
}

// noteUnnamed keeps the event of candidate c against an unnamed group of
// people for nameUnnamed.
func (st *docState) noteUnnamed(s sentence, c *candidate, group, head string, n int) {
	var evIDs []string
	for _, id := range c.ids {
		if ev, ok := st.events[id]; ok && group != "" && containsString(ev.With(graph.Target), group) {
			evIDs = append(evIDs, id)
		}
	}
	if group != "" && len(evIDs) == 0 {
		return
	}
	u := unnamedEvent{kind: c.rule.kind, agents: append([]string(nil), c.agents...), sent: st.cur, n: n, head: head, group: group, ids: evIDs, conf: c.conf, source: st.source(s)}
	if len(c.dates) == 1 {
		u.date = c.dates[0]
	}
	st.unnamed = append(st.unnamed, u)
}

// nameUnnamed reads a sentence that names the members of an unnamed group
// of people the one or two sentences before it made the party of an event:
// "... imposed sanctions on four judges. The judges are A of Uganda, B of
// Peru, C and D", "the judges - A, B, C and D - had ...", "opened a criminal
// case against the prosecutor and judges of the court. The committee named
// Prosecutor X and judges A, B and C", "The case targets X, A and B". The
// named members are the parties of that event, with its agents and date,
// and stand for the group, whose event goes.
func (st *docState) nameUnnamed(s sentence, ms []*mention) {
	for k := range st.unnamed {
		u := &st.unnamed[k]
		if u.done || u.sent >= st.cur || u.sent < st.cur-2 {
			continue
		}
		members := st.namedMembers(s, ms, u)
		if len(members) == 0 {
			continue
		}
		u.done = true
		if u.kind == graph.ArrestWarrant && u.desc != nil {
			// the described member is one of "the warrants" named before
			st.lastWarrantTargets = dedupeStrings(append(st.lastWarrantTargets, members...), "")
		}
		src := []graph.Source{u.source, st.source(s)}
		for _, a := range u.agents {
			for _, m := range members {
				if m == a {
					continue
				}
				st.putEvent(&graph.Event{
					ID: graph.EventID(u.kind, []string{a}, []string{m}, u.date), Kind: u.kind, Date: u.date,
					Confidence:   clamp(u.conf - 0.05 - st.partyDoubt(a, m)),
					Participants: []graph.Participant{{Role: graph.Agent, Entity: a}, {Role: graph.Target, Entity: m}},
					Sources:      src,
				})
			}
		}
		for _, id := range u.ids {
			if ev, ok := st.events[id]; ok && len(ev.With(graph.Target)) == 1 && ev.With(graph.Target)[0] == u.group {
				delete(st.events, id)
			}
		}
	}
}

// namingVerbs, after the agent of an event, name its parties: "The
// committee named X and Y".
var namingVerbs = map[string]bool{"named": true, "names": true, "identified": true, "identifies": true, "listed": true, "lists": true}

// partyVerbs, after a definite noun of an event, name its parties: "the
// case targets X", "the sanctions cover A and B".
var partyVerbs = map[string]bool{"targets": true, "target": true, "targeted": true, "names": true, "name": true, "named": true, "covers": true, "cover": true, "covered": true}

// eventNouns are the nouns that refer back to an event of a kind: "the
// case", "the designations".
var eventNouns = map[graph.EventKind]map[string]bool{
	graph.CriminalCase:  {"case": true, "cases": true, "proceedings": true, "investigation": true},
	graph.Sanction:      {"sanctions": true, "designations": true, "designation": true, "measures": true, "penalties": true},
	graph.ArrestWarrant: {"warrant": true, "warrants": true},
	graph.Charge:        {"charges": true, "indictment": true},
}

// memberSeparators stand between "the judges" and the list of their names.
var memberSeparators = map[string]bool{"are": true, "were": true, ":": true, "-": true, "—": true, ",": true, "include": true, "included": true, "includes": true}

// namedMembers returns the people sentence s names as the members of u's
// group, or nil.
func (st *docState) namedMembers(s sentence, ms []*mention, u *unnamedEvent) []string {
	toks := st.toks
	list := func(at, gap int) []string {
		var out []string
		// "the Taliban's supreme leader Hibatullah Akhundzada": a title
		// before the first name
		for k := at; k < s.to && k < at+6 && gap < 6; k++ {
			if m := mentionStartingAt(ms, k); m != nil && m.kind == graph.Person && !m.group {
				break
			}
			t := &toks[k]
			if !(titleHeads[t.fold] || titleWords[t.fold] || t.fold == "the" || t.fold == "his" || t.fold == "its" || isPossessive(t) || mentionStartingAt(ms, k) != nil || k > at && mentionEndingAt(ms, k) != nil && isPossessive(t)) {
				break
			}
			gap = max(gap, k-at+1)
		}
		for _, m := range st.objects(s, ms, at, gap, people) {
			if m.group || m.pronoun || m.entity == "" || containsString(u.agents, m.entity) {
				return nil
			}
			if m.to < s.to && (speechVerbs[toks[m.to].fold] || reportingVerbs[toks[m.to].fold]) {
				// "the judges, Marco Rubio said, had": a speaker set off
				return nil
			}
			out = append(out, m.entity)
		}
		return dedupeStrings(out, "")
	}
	for i := s.from; i+2 < s.to; i++ {
		f := toks[i].fold
		// "the (four) judges are A, B, C and D", "the judges - A, B -"
		if f == "the" {
			j := i + 1
			count := 0
			if v, ok := numberWords[toks[j].fold]; ok {
				count = v
				j++
			}
			if count > 1 && count == u.n && j+1 < s.to && (toks[j].fold == "," || toks[j].fold == "-" || toks[j].fold == "—" || toks[j].fold == ":") {
				// "the two, A and B, were"
				if got := list(j+1, 0); len(got) > 0 && len(got) <= u.n {
					return got
				}
			}
			// "the sanctioned officials", "the four designated judges"
			for k := 0; k < 2 && j+1 < s.to && !toks[j].upper && toks[j].word && toks[j].fold != u.head && (strings.HasSuffix(toks[j].fold, "ed") || groupAdjectives[toks[j].fold] || u.desc != nil); k++ {
				j++
			}
			// "the judges", or "the two men" of two leaders
			head := toks[j].fold == u.head || count > 1 && count == u.n && countedNouns[toks[j].fold]
			if j+1 < s.to && head && memberSeparators[toks[j+1].fold] {
				at := j + 2
				if at+1 < s.to && toks[j+1].fold == "," && (toks[at].fold == "including" || toks[at].fold == "among") {
					// "the officials, including Judge X,": some of them
					at++
					if toks[at].fold == "them" {
						at++
					}
					if got := list(at, 0); len(got) > 0 && (u.n == 0 || len(got) <= u.n) {
						return got
					}
				}
				if at < s.to && toks[at].fold == ":" {
					at++
				}
				got := list(at, 0)
				partial := toks[j+1].fold == "include" || toks[j+1].fold == "includes" || toks[j+1].fold == "included"
				if len(got) > 0 && (u.n == 0 || len(got) == u.n || partial && len(got) < u.n) {
					return got
				}
			}
			// "the case targets X and judges A, B and C"
			if eventNouns[u.kind][toks[i+1].fold] && partyVerbs[toks[i+2].fold] {
				if got := list(i+3, 2); len(got) > 0 && (u.n == 0 || len(got) >= u.n) {
					return got
				}
			}
		}
		// "The committee named X and judges A, B and C"
		if namingVerbs[f] && i > s.from && !beVerbs[toks[i-1].fold] {
			agentNamed := false
			for _, m := range st.subject(s, ms, i, notPeople, false) {
				if containsString(u.agents, st.principal(m.entity, u.kind)) {
					agentNamed = true
				}
			}
			if i == s.from+2 && toks[s.from].fold == "the" && !toks[i-1].upper {
				// "The committee named": the agent's organ of that name
				agentNamed = agentNamed || st.agentOrgan(toks[i-1].fold, u.agents)
			}
			if agentNamed && !st.appointed(s, ms, i+1) {
				if got := list(i+1, 2); len(got) > 0 && (u.n == 0 || len(got) >= u.n) {
					return got
				}
			}
		}
	}
	return nil
}

// beVerbs before a naming verb make it a passive: "was named".
var beVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// pruneGroups drops the groups no event is left to: a group enters the
// report only as a party, and a group whose members the text names is
// replaced by them.
func (st *docState) pruneGroups() {
	used := map[string]bool{}
	for _, ev := range st.events {
		for _, p := range ev.Participants {
			used[p.Entity] = true
		}
	}
	order := st.order[:0]
	for _, id := range st.order {
		if _, group := st.groupQualifier[id]; group && !used[id] {
			delete(st.entities, id)
			continue
		}
		order = append(order, id)
	}
	st.order = order
}

// agentOrgan reports whether word is a word of the name of a body of the
// document that acts for one of agents: "the committee" for Russia's
// Investigative Committee.
func (st *docState) agentOrgan(word string, agents []string) bool {
	for _, id := range st.order {
		e := st.entities[id]
		if e == nil || e.Kind == graph.Person || e.Kind == graph.State || !containsString(agents, st.principal(id, graph.Sanction)) {
			continue
		}
		for _, x := range strings.Fields(graph.Fold(e.Name)) {
			if x == word {
				return true
			}
		}
	}
	return false
}

// groupCount is the count a group mention opens with ("four ICC judges",
// "the two judges"), 0 for none.
func groupCount(toks []token, g *mention) int {
	for i := g.from; i < g.to && i <= g.from+1; i++ {
		if n, ok := numberWords[toks[i].fold]; ok {
			return n
		}
		if v, err := strconv.Atoi(toks[i].text); err == nil && v > 1 && v < 100 {
			return v
		}
	}
	return 0
}

// systemNouns are what a cyber attack breaches; systemVerbs breach them.
var (
	systemNouns = map[string]bool{"systems": true, "network": true, "networks": true, "servers": true, "server": true, "computers": true}
	systemVerbs = map[string]bool{"breached": true, "infiltrated": true, "penetrated": true, "compromised": true, "hacked": true, "targeted": true, "attacked": true, "security": true}
)

// systemsOwner finds, between from and to, the owner of the systems a cyber
// attack hit: "the court's computer systems", "its information systems"
// (the body named last before "its").
func (st *docState) systemsOwner(s sentence, ms []*mention, from, to int, kinds kindSet) *mention {
	toks := st.toks
	for i := max(from, s.from); i < to && i < s.to; i++ {
		if !systemNouns[toks[i].fold] {
			continue
		}
		for j := i - 1; j >= from && j >= i-3; j-- {
			if isPossessive(&toks[j]) {
				// the possessor is a modifier of the systems; it is the party
				if m := mentionEndingAt(ms, j); m != nil && m.entity != "" && !m.appos && kinds.has(m.kind) {
					return m
				}
				return nil
			}
			if toks[j].fold == "its" {
				var q *mention
				for _, m := range ms {
					if m.to <= j && usable(m, kinds) && !m.group && (q == nil || m.to > q.to) {
						q = m
					}
				}
				if q == nil && len(st.lastBody) > 0 {
					id := st.lastBody[len(st.lastBody)-1]
					if kinds.has(st.kindOf(id)) {
						q = &mention{from: j, to: j + 1, entity: id, kind: st.kindOf(id), pronoun: true}
					}
				}
				return q
			}
		}
	}
	return nil
}

// clauseStart is where the clause of toks[at] opens: after the last clause
// break or comma before it.
func clauseStart(toks []token, s sentence, at int) int {
	for j := at - 1; j > s.from; j-- {
		if clauseBreaks[toks[j].fold] || toks[j].fold == "," {
			return j + 1
		}
	}
	return s.from
}

// incidentNouns refer back to a cyber attack; detectedVerbs date it.
var (
	incidentNouns = map[string]bool{"incident": true, "attack": true, "breach": true, "intrusion": true, "cyber-attack": true, "cyberattack": true, "hack": true}
	detectedVerbs = map[string]bool{"detected": true, "discovered": true, "identified": true, "noticed": true, "occurred": true, "happened": true, "began": true, "started": true, "spotted": true}
)

// incidentDate dates the undated cyber attack of the sentences just before
// by a sentence that says when "the incident" was detected: "The court
// said on Monday that the incident had been detected at the end of last
// week" dates the attack, not the statement.
func (st *docState) incidentDate(s sentence, dates []dateExpr) {
	id := st.lastEvent[graph.CyberAttack]
	ev := st.events[id]
	if ev == nil || !ev.Date.IsZero() || len(ev.Sources) == 0 || st.sentenceAt(ev.Sources[0].Start) < st.cur-3 {
		return
	}
	toks := st.toks
	for i := s.from + 1; i+1 < s.to; i++ {
		if f := toks[i-1].fold; !incidentNouns[toks[i].fold] || f != "the" && f != "that" && f != "this" {
			continue
		}
		for j := i + 1; j < s.to && j <= i+5; j++ {
			if clauseBreaks[toks[j].fold] || toks[j].fold == "," {
				break
			}
			if !detectedVerbs[toks[j].fold] {
				continue
			}
			if hedgeBetween(toks, i, j) {
				return
			}
			for _, d := range dates {
				if d.from > j && d.from <= j+8 && len(d.dates) == 1 && !clauseBetween(toks, j, d.from) {
					ev.Date = d.dates[0]
					ev.Sources = mergeSources(ev.Sources, []graph.Source{st.source(s)})
					st.rekey(id, ev)
					return
				}
			}
			return
		}
	}
}

// coordinatedSubject returns the subject of a sentence's first clause when
// the pronoun "it" at j opens a clause coordinated with it: "X imposed
// sanctions on A ..., and in June it sanctioned B". It returns nil when the
// pronoun opens no such clause or the first clause's subject is not a body
// of kinds.
func (st *docState) coordinatedSubject(s sentence, ms []*mention, j int, kinds kindSet) *mention {
	toks := st.toks
	k := j - 1
	for k > s.from && (toks[k].num || isMonthOrDay(toks[k].fold) || dateFillers[toks[k].fold] || toks[k].fold == "then" || toks[k].fold == "later" || toks[k].fold == "also" || toks[k].fold == "," && toks[k-1].fold != "and" && toks[k-1].fold != "but") {
		k--
	}
	if k <= s.from+1 || toks[k].fold != "and" && toks[k].fold != "but" || toks[k-1].fold != "," {
		return nil
	}
	at := s.from
	if e := openingAdjunctEnd(toks, s); e > 0 {
		at = e + 1
	}
	if at < s.to && toks[at].fold == "the" {
		if m := mentionStartingAt(ms, at); m == nil {
			at++
		}
	}
	m := mentionStartingAt(ms, at)
	if m == nil || m.entity == "" || m.modifier || m.group || m.pronoun || m.kind == graph.Person || !kinds.has(m.kind) {
		return nil
	}
	return m
}

// countFrom skips, from a trigger's end, the preposition and date before a
// count of people: "issued warrants on Monday for two commanders".
func countFrom(toks []token, s sentence, from int) int {
	i := from
	for i < s.to && i < from+5 && (toks[i].fold == "for" || toks[i].fold == "against" || toks[i].fold == "on" || isMonthOrDay(toks[i].fold) || toks[i].num && i+1 < s.to && !countedNouns[toks[i+1].fold] || toks[i].fold == "in" || toks[i].fold == "last") {
		i++
	}
	if i < s.to && i > from && (toks[i-1].fold == "for" || toks[i-1].fold == "against" || toks[i-1].fold == "on") {
		return i
	}
	return from
}

// appointed reports whether the people named from at on are named to
// something: "named A and B as its envoys", "named A to the post".
func (st *docState) appointed(s sentence, ms []*mention, at int) bool {
	list := st.objects(s, ms, at, 2, people)
	if len(list) == 0 {
		return false
	}
	end := list[len(list)-1].to
	if end < s.to {
		switch st.toks[end].fold {
		case "as", "to", "for", "among", "in":
			return true
		}
	}
	return false
}

// describedMember returns the head and the words before it of a last list
// member given only by a description between from and to: "warrants for A,
// his son B and his intelligence chief" ("chief", {"intelligence"}), or "".
func describedMember(toks []token, from, to int) (string, map[string]bool) {
	for i := from; i+2 < to && i < from+40; i++ {
		f := toks[i].fold
		if f == ";" || f == "." || f == "who" || f == "which" || f == "that" || f == "said" || f == "says" {
			return "", nil
		}
		if f != "and" {
			continue
		}
		switch toks[i+1].fold {
		case "his", "her", "its", "their":
		default:
			continue
		}
		desc := map[string]bool{}
		for j := i + 2; j < to && j < i+6; j++ {
			t := &toks[j]
			if t.upper || !t.word {
				break
			}
			if titleHeads[t.fold] {
				if j+1 < to && (toks[j+1].upper || isPossessive(t)) {
					// "his intelligence chief Abdullah al-Senussi": named
					break
				}
				return t.fold, desc
			}
			desc[t.fold] = true
		}
	}
	return "", nil
}
