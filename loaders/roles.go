package loaders

import (
	"strconv"
	"strings"

	"github.com/hague-kg/hague/graph"
)

type kindSet []graph.EntityKind

func (k kindSet) has(x graph.EntityKind) bool {
	for _, y := range k {
		if y == x {
			return true
		}
	}
	return false
}

var (
	anyKind     = kindSet{graph.Person, graph.State, graph.Court, graph.Organization}
	issuers     = kindSet{graph.Court, graph.State, graph.Organization}
	statesOrgs  = kindSet{graph.State, graph.Organization}
	statesOnly  = kindSet{graph.State}
	courtsOnly  = kindSet{graph.Court}
	people      = kindSet{graph.Person}
	peopleOrgs  = kindSet{graph.Person, graph.Organization}
	bodies      = kindSet{graph.Organization, graph.Court, graph.State}
	notPeople   = kindSet{graph.State, graph.Court, graph.Organization}
	peopleState = kindSet{graph.Person, graph.State, graph.Organization}
)

// agentKinds and targetKinds say who may play the main roles of each kind.
var agentKinds = map[graph.EventKind]kindSet{
	graph.ArrestWarrant: issuers, graph.WarrantRequest: {graph.Person, graph.Court}, graph.Sanction: statesOrgs,
	graph.ExecutiveOrder: people, graph.Withdrawal: statesOnly, graph.WithdrawalAnnouncement: statesOnly,
	graph.Arrest: statesOrgs, graph.Surrender: statesOnly, graph.NonCompliance: statesOnly,
	graph.Conviction: issuers, graph.Charge: issuers, graph.CriminalCase: issuers, graph.CyberAttack: anyKind,
	graph.Statement: anyKind, graph.Meeting: bodies, graph.Visit: peopleState,
}

var targetKinds = map[graph.EventKind]kindSet{
	graph.ArrestWarrant: peopleOrgs, graph.WarrantRequest: people, graph.Sanction: anyKind,
	graph.ExecutiveOrder: courtsOnly, graph.Withdrawal: courtsOnly, graph.WithdrawalAnnouncement: courtsOnly,
	graph.Arrest: people, graph.Surrender: people, graph.NonCompliance: people, graph.Conviction: peopleOrgs,
	graph.Charge: peopleOrgs, graph.CriminalCase: anyKind, graph.CyberAttack: notPeople,
	graph.Statement: nil, graph.Meeting: nil, graph.Visit: statesOnly,
}

// onlyPeople keeps the people of k.
func (k kindSet) onlyPeople() kindSet {
	if k.has(graph.Person) {
		return people
	}
	return nil
}

// usable reports whether m may fill a role of an event.
func usable(m *mention, kinds kindSet) bool {
	return m != nil && m.entity != "" && !m.modifier && !m.appos && kinds.has(m.kind)
}

// subject finds the agent of a verb: the nearest mention before the trigger
// that is not the object of a preposition, with the members of a list
// ("Burkina Faso, Niger and Mali").
func (st *docState) subject(s sentence, ms []*mention, at int, kinds kindSet, allowPrep bool) []*mention {
	return expandAlso(st.subjectOf(s, ms, at, kinds, allowPrep))
}

func (st *docState) subjectOf(s sentence, ms []*mention, at int, kinds kindSet, allowPrep bool) []*mention {
	toks := st.toks
	// "Burundi's government has also said": the subject before the
	// auxiliaries and adverbs
	lead := at
	for lead-1 > s.from && leadWords[toks[lead-1].fold] {
		lead--
	}
	// "Sudan's representative told", "the ministry's spokesperson said": an
	// unnamed official speaks for the institution
	if j := lead - 1; j > s.from+1 && (titleHeads[toks[j].fold] || toks[j].fold == "government" || toks[j].fold == "delegation") && isPossessive(&toks[j-1]) {
		if q := mentionEndingAt(ms, j-1); qualifies(q) && kinds.has(q.kind) && mentionEndingAt(ms, at) == nil {
			return []*mention{q}
		}
	}
	// "Ukraine's foreign ministry called on": the state speaks through its
	// ministry, embassy or mission
	if j := at - 1; j > s.from+2 && speakingOrgans[toks[j].fold] && kinds.has(graph.State) {
		k := j - 1
		if !isPossessive(&toks[k]) && k-1 > s.from && isPossessive(&toks[k-1]) && !toks[k].upper {
			k--
		}
		if isPossessive(&toks[k]) {
			if q := mentionEndingAt(ms, k); q != nil && q.kind == graph.State && q.entity != "" && mentionEndingAt(ms, at) == nil {
				return []*mention{q}
			}
		}
	}
	if j := pronounSubject(toks, s, at); j >= 0 {
		if m := st.coordinatedSubject(s, ms, j, kinds); m != nil {
			// "In February, the United States imposed sanctions on Khan
			// under an order against the court, and in June it
			// sanctioned four judges": the first clause's subject
			return []*mention{m}
		}
		// "since it issued a warrant": the nearest body before the
		// pronoun, even as the object of a preposition ("targeted by the
		// court since it issued")
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.to > j || m.modifier || m.entity == "" || m.kind == graph.Person || !kinds.has(m.kind) || m.group {
				continue
			}
			return []*mention{{from: m.from, to: m.to, entity: m.entity, kind: m.kind, conf: m.conf, pronoun: true}}
		}
		// "Hungary ... . It notified its withdrawal": a body named in an
		// earlier sentence; the entities of this sentence are registered
		// already, so skip those. Not for speech: "the report, which it
		// said" has no speaker named.
		if kinds.has(graph.Person) {
			return nil
		}
		return st.earlierBody(s, ms, kinds)
	}
	if at-2 >= s.from && toks[at-2].fold == "its" && actsForPossessor[toks[at-1].fold] {
		// "Its government announced": the state named before
		if b := st.earlierBody(s, ms, kinds); len(b) > 0 {
			return b
		}
	}
	if toks[at].fold == "instead" && (at == s.from || toks[at-1].fold == "," && !mentionBefore(ms, at)) {
		// "Instead of arresting him, the Congolese government kept him",
		// "Two days later, instead of surrendering him, they released
		// him": the subject of the main clause after the comma
		k := at
		for k < s.to && toks[k].fold != "," {
			k++
		}
		if k+1 < s.to && (toks[k+1].fold == "they" || toks[k+1].fold == "it") && kinds.has(graph.State) {
			// "they": the body that last acted, else the state that last
			// arrested someone ("the Italian authorities arrested X")
			if b := st.earlierBody(s, ms, statesOnly); len(b) > 0 {
				return b
			}
			if ev := st.events[st.lastEvent[graph.Arrest]]; ev != nil {
				if a := ev.With(graph.Agent); len(a) == 1 && st.kindOf(a[0]) == graph.State {
					return []*mention{{from: s.from, to: s.from, entity: a[0], kind: graph.State, pronoun: true}}
				}
			}
			return nil
		}
		for _, m := range ms {
			if m.from <= k || m.from > k+2 {
				continue
			}
			if usable(m, kinds) && m.kind != graph.Person {
				return []*mention{m}
			}
			if (m.demonym || m.kind == graph.State) && m.entity != "" && m.to < s.to && stateOrgans[toks[m.to].fold] && kinds.has(graph.State) {
				return []*mention{{from: m.from, to: m.to, entity: m.entity, kind: graph.State, conf: m.conf}}
			}
		}
		return nil
	}
	if at < s.to && toks[at].fold == "instead" {
		// "X let him leave, instead of arresting him": the adjunct's
		// subject is the main clause's, the first subject of the sentence
		for _, m := range ms {
			if m.to > at {
				break
			}
			if (usable(m, kinds) || possessorActs(toks, m, kinds)) && (m.from == s.from || !prepositions[toks[m.from-1].fold]) && !m.pronoun {
				return []*mention{m}
			}
		}
	}
	if at-2 > s.from && toks[at-1].fold == "there" && stateOrgans[toks[at-2].fold] && kinds.has(graph.State) {
		// "he gave himself up in the Central African Republic, and the
		// authorities there transferred him": the state just named
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.to <= at-2 && m.kind == graph.State && m.entity != "" {
				return []*mention{{from: m.from, to: m.to, entity: m.entity, kind: graph.State, conf: m.conf}}
			}
		}
	}
	if kinds.has(graph.State) {
		// "Prosecutors in Germany charged", "police in the Philippines
		// arrested": the state acts through its organ there
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.to != lead || m.kind != graph.State || m.entity == "" || m.modifier || m.place {
				continue
			}
			j := m.from - 1
			if j > s.from && toks[j].fold == "the" {
				j--
			}
			if j > s.from && toks[j].fold == "in" && stateOrgans[toks[j-1].fold] {
				return []*mention{{from: m.from, to: m.to, entity: m.entity, kind: graph.State, conf: m.conf}}
			}
			break
		}
	}
	if j := lead; skipRelative(toks, s, at) == at {
		// "The Assembly, which brings together ..., is meeting": past the
		// auxiliary to the relative clause's comma
		for j-1 > s.from && (beForms[toks[j-1].fold] || leadWords[toks[j-1].fold]) {
			j--
		}
		if j < at {
			if k := skipRelative(toks, s, j); k != j {
				at = k
			}
		}
	}
	at = skipRelative(toks, s, at)
	if kinds.has(graph.Person) {
		at = skipPersonAppositive(toks, s, ms, at)
	}
	if unnamedReportedSubject(toks, s, ms, at) {
		return nil
	}
	if named := includedMembers(toks, s, ms, lead, kinds); len(named) > 0 {
		return named
	}
	if body := spokespersonFor(toks, s, ms, lead, kinds); body != nil {
		return []*mention{body}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if possessorActs(toks, m, kinds) && (m.to+2 == at || m.to+2 == lead) {
			return []*mention{m}
		}
		if (m.demonym || m.kind == graph.State && !m.place && !kinds.has(graph.Person)) && m.entity != "" && m.to < at && m.to+3 >= at && (stateOrgans[toks[m.to].fold] || !kinds.has(graph.Person) && stateAgents[toks[m.to].fold]) && kinds.has(graph.State) && !hasComma(toks[m.to:at]) {
			// "a Russian court issued", "German police arrested": the
			// state acts through its organ
			return []*mention{{from: m.from, to: m.to, entity: m.entity, kind: graph.State, conf: m.conf}}
		}
		if m.to > at || !usable(m, kinds) || (m.place && !allowPrep) {
			continue
		}
		if !allowPrep && m.from > s.from && prepositions[toks[m.from-1].fold] {
			continue
		}
		// "of the ICC"
		if !allowPrep && m.from > s.from+1 && (toks[m.from-1].fold == "the" || toks[m.from-1].fold == "a") && prepositions[toks[m.from-2].fold] {
			continue
		}
		// "Sudan's president, Omar al-Bashir,": a possessor qualifies what
		// it possesses and is no subject, unless that is its government
		if m.to+1 < at && isPossessive(&toks[m.to]) && !actsForPossessor[toks[m.to+1].fold] && !m.pronoun {
			continue
		}
		list := []*mention{m}
		// walk left over "X, Y and"
		j := k - 1
		for j >= 0 {
			p := ms[j]
			if p.to > list[0].from {
				j--
				continue
			}
			between := toks[p.to:list[0].from]
			if n := len(between); n > 0 && between[n-1].fold == "the" && n <= 3 {
				// "Germany, France and the United Kingdom"
				between = between[:n-1]
			}
			if len(between) == 0 || len(between) > 2 || !usable(p, kinds) {
				break
			}
			if !allowPrep && p.from > s.from && placePreps[toks[p.from-1].fold] {
				// "detained in Germany and France transferred": Germany is
				// the place of another clause
				break
			}
			if !allowPrep && (p.place || p.from > s.from && prepositions[toks[p.from-1].fold] && toks[p.from-1].fold != "of") {
				// "handed over to The Hague, and Sudan has never
				// surrendered them": a place, or the object of a
				// preposition, ends the clause before
				break
			}
			sep := true
			for _, t := range between {
				if t.fold != "," && t.fold != "and" && t.fold != "or" {
					sep = false
				}
			}
			if !sep {
				break
			}
			list = append([]*mention{p}, list...)
			j--
		}
		if len(list) > 1 && !listJoined(toks, list) {
			// "The Prosecutor of the ICC, Karim Khan, applied": names
			// joined by commas alone are an appositive; the one right
			// before the verb acts
			list = list[len(list)-1:]
		}
		return list
	}
	return nil
}

// pluralStateNouns are plural descriptions of several states.
var pluralStateNouns = map[string]bool{"countries": true, "states": true, "governments": true, "juntas": true, "regimes": true, "nations": true}

// pluralStateCounts may stand between "the" and a plural description: "the
// three Sahel states", "the two military governments".
var pluralStateCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "both": true, "military": true}

// pluralStatesSubject reports whether the verb at at has a plural definite
// description of states as its subject: "the three countries said", "the
// juntas, which ..., denounced".
func pluralStatesSubject(toks []token, s sentence, ms []*mention, at int) bool {
	at = skipRelative(toks, s, at)
	j := at - 1
	for j > s.from && leadWords[toks[j].fold] {
		j--
	}
	if j <= s.from || !pluralStateNouns[toks[j].fold] {
		return false
	}
	for _, m := range ms {
		if m.from <= j && j < m.to && !m.pronoun {
			return false
		}
	}
	k := j - 1
	for k > s.from && j-k <= 3 && (pluralStateCounts[toks[k].fold] || toks[k].upper && toks[k].word && toks[k].fold != "the") {
		k--
	}
	if k == j-1 && (toks[j].fold == "states" || toks[j].fold == "countries" || toks[j].fold == "nations") {
		// "the states said" may be any states; "the three states", "the
		// Sahel countries" are those named
		return false
	}
	return k >= s.from && (toks[k].fold == "the" || toks[k].fold == "all") && (k == s.from || toks[k-1].fold == "," || toks[k-1].fold == "and" || toks[k-1].fold == "\"")
}

// characterizingVerbs characterize their object: "which they called a
// tool".
var characterizingVerbs = map[string]bool{"called": true, "calls": true, "described": true, "describes": true, "branded": true, "dubbed": true, "labelled": true, "labeled": true, "denounced": true, "condemned": true, "dismissed": true}

// characterizedAntecedent returns the body a relative clause of speech
// characterizes, its antecedent: ", the ICC, which they called a \"tool\"";
// nil if there is none.
func (st *docState) characterizedAntecedent(s sentence, ms []*mention, c *candidate) *mention {
	toks := st.toks
	if !characterizingVerbs[toks[c.from].fold] || c.to >= s.to {
		return nil
	}
	// the characterization follows: "a", "an", "as", a quote
	switch toks[c.to].fold {
	case "a", "an", "as", "\"":
	default:
		return nil
	}
	j := c.from - 1
	for j > s.from && leadWords[toks[j].fold] {
		j--
	}
	// the relative clause's subject: a pronoun or a name
	if j <= s.from {
		return nil
	}
	if f := toks[j].fold; f == "they" || f == "he" || f == "she" || f == "it" {
		j--
	} else if m := mentionEndingAt(ms, j+1); m != nil && m.from > s.from {
		j = m.from - 1
	} else {
		return nil
	}
	if j-1 <= s.from || (toks[j].fold != "which" && toks[j].fold != "whom") || toks[j-1].fold != "," {
		return nil
	}
	if a := mentionEndingAt(ms, j-1); usable(a, notPeople) {
		return a
	}
	return nil
}

// accusingWords open a participle that condemns a body, after a speech:
// "welcomed the verdict, while accusing the RSF of", "said ..., accusing
// the court of".
var accusingWords = map[string]bool{"accusing": true, "blaming": true, "condemning": true, "denouncing": true, "criticizing": true, "criticising": true}

// accusedBody returns the body a speech's participle after it condemns, and
// the court a speech says has become or is something in quotes ("said the
// court had become \"a political court\""): the statement's targets.
func (st *docState) accusedBody(s sentence, ms []*mention, c *candidate) []string {
	toks := st.toks
	var out []string
	// "said (that) the court had become \"a political court\""
	if invertedSpeech[toks[c.from].fold] || toks[c.from].fold == "told" {
		// past a date: "said on Monday that"
		j := c.to
		for k := c.to; k < s.to && k < c.to+5; k++ {
			if toks[k].fold == "that" {
				j = k + 1
				break
			}
			if toks[k].fold == "," || toks[k].fold == "\"" {
				break
			}
		}
		if m := mentionStartingAt(ms, j); m == nil && j+1 < s.to && toks[j].fold == "the" {
			j++
		}
		if m := mentionStartingAt(ms, j); m != nil && m.kind == graph.Court && m.entity != "" && !m.modifier {
			k := m.to
			for k < s.to && k < m.to+4 && copulaWords[toks[k].fold] {
				k++
			}
			if k > m.to && k < s.to && toks[k].fold == "\"" {
				out = append(out, st.principal(m.entity, graph.Statement))
			}
		}
	}
	for i := c.to; i+1 < s.to && i < c.to+40; i++ {
		f := toks[i].fold
		if f == "." || f == ";" {
			break
		}
		if !accusingWords[f] || toks[i-1].fold != "," && toks[i-1].fold != "while" && toks[i-1].fold != "and" {
			continue
		}
		j := i + 1
		if toks[j].fold == "the" && mentionStartingAt(ms, j) == nil {
			j++
		}
		if m := mentionStartingAt(ms, j); usable(m, notPeople) && !m.place {
			out = append(out, st.principal(m.entity, graph.Statement))
		}
		break
	}
	return out
}

// copulaWords link a subject to what it is said to be: "had become", "was
// no longer".
var copulaWords = map[string]bool{"is": true, "was": true, "has": true, "had": true, "become": true, "becomes": true, "became": true, "been": true, "no": true, "longer": true, "now": true, "merely": true, "just": true, "nothing": true, "but": true}

// privatePeople are unnamed people who speak for no state, after a
// demonym: "Afghan women", "Palestinian victims".
var privatePeople = map[string]bool{"women": true, "men": true, "people": true, "victims": true, "survivors": true, "families": true, "residents": true, "citizens": true, "refugees": true, "activists": true, "journalists": true, "protesters": true, "civilians": true, "children": true, "girls": true, "voters": true, "lawyers": true, "scholars": true, "academics": true, "experts": true, "analysts": true, "villagers": true, "witnesses": true,
	// one of them: "the Argentine prosecutor said", "a Kenyan lawyer told"
	"woman": true, "man": true, "victim": true, "survivor": true, "resident": true, "citizen": true, "refugee": true, "activist": true, "journalist": true, "lawyer": true, "scholar": true, "academic": true, "expert": true, "analyst": true, "witness": true, "prosecutor": true, "judge": true, "national": true}

// quotesBetween counts the quotation marks in toks[from:to].
func quotesBetween(toks []token, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if toks[i].fold == "\"" {
			n++
		}
	}
	return n
}

// andVerbSubject returns the subject of the clause a verb coordinated
// by "and" shares ("X thanked Y for Z and said", "but Orbán invited
// Netanyahu in November, ..., and said"): the first mention of the clause
// that no preposition governs, right at its start. Nil when the verb has
// no "and" before it or the clause opens with no name.
func (st *docState) andVerbSubject(s sentence, ms []*mention, at int, kinds kindSet) *mention {
	toks := st.toks
	j := at - 1
	for j > s.from && leadWords[toks[j].fold] {
		j--
	}
	if j <= s.from || toks[j].fold != "and" {
		return nil
	}
	// the clause's start: after the last "but", ";", "while" before it,
	// or after an opening adjunct ("In a televised address, X thanked")
	start := s.from
	if e := openingAdjunctEnd(toks, s); e > 0 && e < j {
		start = e + 1
	}
	for k := j - 1; k > start; k-- {
		if f := toks[k].fold; f == "but" || f == ";" || f == "while" || f == "although" || f == "whereas" {
			start = k + 1
			break
		}
	}
	// the clause must have a verb before "and" that is not a list: a name
	// right before "and" is a list of subjects ("A and B said")
	if m := mentionEndingAt(ms, j); m != nil {
		return nil
	}
	for _, m := range ms {
		if m.from < start || m.from >= j {
			continue
		}
		// the clause's first word, past "the"
		first := start
		if toks[first].fold == "the" {
			first++
		}
		if m.from != first || m.to < s.to && toks[m.to].upper && toks[m.to].word {
			// not at the clause's start, or part of a longer name ("the
			// UN Commission of Inquiry")
			return nil
		}
		if usable(m, kinds) && !m.group && !m.pronoun {
			return m
		}
		return nil
	}
	return nil
}

// spokesNouns speak for the body they are "for": "a spokesman for the
// court said".
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true, "spokespeople": true, "spokespersons": true}

// statementNouns speak for their author: "a statement from the Kremlin
// said".
var statementNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "release": true}

// spokespersonFor returns the body an unnamed spokesperson speaks for, when
// "a spokesman for X" is the subject of the verb at lead: "A spokesperson
// for the State Department said" is the department speaking.
func spokespersonFor(toks []token, s sentence, ms []*mention, lead int, kinds kindSet) *mention {
	m := mentionEndingAt(ms, lead)
	if m == nil || m.from-3 < s.from || !usable(m, kinds) || m.kind == graph.Person {
		return nil
	}
	j := m.from - 1
	if toks[j].fold == "the" {
		j--
	}
	if j-1 > s.from && toks[j].fold == "by" && toks[j-1].fold == "issued" {
		// "a statement issued by the ministry said"
		j--
	}
	if j-2 < s.from {
		return nil
	}
	switch p := toks[j].fold; {
	case (p == "for" || p == "of") && spokesNouns[toks[j-1].fold]:
	case (p == "from" || p == "by" || p == "of" || p == "issued") && statementNouns[toks[j-1].fold]:
		// "A statement from the Kremlin said"
	default:
		return nil
	}
	switch toks[j-2].fold {
	case "a", "an", "the":
		return m
	}
	return nil
}

// includedMembers returns the named members of an unnamed group subject
// set off right before the verb at lead: "Rights groups, including Amnesty
// International and HRW, had called on": the members act.
func includedMembers(toks []token, s sentence, ms []*mention, lead int, kinds kindSet) []*mention {
	if lead-1 <= s.from || toks[lead-1].fold != "," {
		return nil
	}
	var out []*mention
	j := lead - 1
	for j > s.from {
		var m *mention
		for _, x := range ms {
			if x.to == j {
				m = x
			}
		}
		switch {
		case m != nil:
			if !usable(m, kinds) {
				return nil
			}
			out = append([]*mention{m}, out...)
			j = m.from
		case toks[j-1].fold == "," || toks[j-1].fold == "and":
			j--
		case toks[j-1].fold == "including":
			if len(out) == 0 || j-2 < s.from || toks[j-2].fold != "," {
				return nil
			}
			return out
		default:
			return nil
		}
	}
	return nil
}

// leadWords stand between a subject and its verb: "has also said".
var leadWords = map[string]bool{"has": true, "have": true, "had": true, "also": true, "already": true, "since": false, "then": true, "later": true, "previously": true}

// unnamedReportedSubject reports whether the verb at at has an unnamed
// subject of its own in a reported clause: "X told journalists that his
// client had travelled to The Hague" is the client's journey, not X's.
func unnamedReportedSubject(toks []token, s sentence, ms []*mention, at int) bool {
	for j := at - 1; j > s.from && j >= at-6; j-- {
		f := toks[j].fold
		if f == "," || f == ";" {
			return false
		}
		if f != "that" || j+2 >= at || (toks[j+1].fold != "his" && toks[j+1].fold != "her" && toks[j+1].fold != "their") || actsForPossessor[toks[j+2].fold] {
			continue
		}
		for _, m := range ms {
			if m.from > j && m.from < at {
				return false
			}
		}
		return true
	}
	return false
}

// listJoined reports whether a conjunction joins the members of a list
// ("A, B and C"), as it must for a list rather than an appositive ("the
// Prosecutor of the ICC, Karim Khan,").
func listJoined(toks []token, list []*mention) bool {
	for k := 1; k < len(list); k++ {
		for _, t := range toks[list[k-1].to:list[k].from] {
			if t.fold == "and" || t.fold == "or" {
				return true
			}
		}
	}
	return false
}

// actsForPossessor are the nouns through which a possessor acts: "South
// Africa's government allowed", "Russia's authorities opened".
var actsForPossessor = map[string]bool{"government": true, "authorities": true, "police": true, "administration": true, "delegation": true, "forces": true, "military": true, "cabinet": true, "parliament": true, "army": true, "troops": true}

// earlierBody is what "it" means when its sentence names no body before it:
// the latest state, court or organization of the kinds wanted that earlier
// sentences named.
func (st *docState) earlierBody(s sentence, ms []*mention, kinds kindSet) []*mention {
	here := map[string]bool{}
	for _, m := range ms {
		here[m.entity] = true
	}
	for k := len(st.lastBody) - 1; k >= 0; k-- {
		id := st.lastBody[k]
		if here[id] {
			continue
		}
		// only a body that can do what the verb says: "it notified its
		// withdrawal" is a state even when the court was named since
		if kind := st.kindOf(id); kinds.has(kind) {
			return []*mention{{entity: id, kind: kind, conf: 0.6, pronoun: true, from: s.from, to: s.from}}
		}
	}
	return nil
}

// whomAntecedent finds the mention before ", for whom" or ", against
// whom" that opens the clause of the trigger at at.
func (st *docState) whomAntecedent(s sentence, ms []*mention, at int, kinds kindSet) *mention {
	toks := st.toks
	for j := at - 1; j > s.from+1 && j >= at-8; j-- {
		if toks[j].fold != "whom" {
			if f := toks[j].fold; f == "," || f == ";" || f == "." {
				return nil
			}
			continue
		}
		if f := toks[j-1].fold; f != "for" && f != "against" && f != "on" && j-2 >= s.from && toks[j-2].fold == "," {
			return nil
		}
		end := j - 1
		if toks[end-1].fold == "," {
			end--
			// "X, the leader of Ansar Dine, for whom": the person the
			// appositive describes
			if kinds.has(graph.Person) {
				end = skipPersonAppositive(toks, s, ms, end)
			}
		}
		if m := mentionEndingAt(ms, end); m != nil && usable(m, kinds) {
			return m
		}
		return nil
	}
	return nil
}

// pronounSubject returns where "it" stands as the subject of the verb at
// at ("it issued", "it had also opened"), or -1.
func pronounSubject(toks []token, s sentence, at int) int {
	j := at - 1
	for j > s.from && (toks[j].fold == "had" || toks[j].fold == "has" || toks[j].fold == "also" || toks[j].fold == "then" || toks[j].fold == "later") {
		j--
	}
	if j >= s.from && toks[j].fold == "it" {
		return j
	}
	if j > s.from+1 && (toks[j].fold == "but" || toks[j].fold == "and") && toks[s.from].fold == "it" {
		// "It signed the treaty in 2000 but withdrew its signature": the
		// sentence's subject
		for k := s.from + 1; k < j; k++ {
			if f := toks[k].fold; f == "," || f == "who" || f == "which" || f == "that" {
				return -1
			}
		}
		return s.from
	}
	return -1
}

// relativeClauseEnd returns where ", who/which ... ," after a list member
// ends (the index of its closing comma), or 0.
func relativeClauseEnd(toks []token, s sentence, at int) int {
	if at+1 >= s.to || toks[at].fold != "," || (toks[at+1].fold != "who" && toks[at+1].fold != "which" && toks[at+1].fold != "whose") {
		return 0
	}
	for j := at + 2; j < s.to && j < at+20; j++ {
		switch toks[j].fold {
		case ",":
			return j
		case ".", ";", "\"":
			return 0
		}
	}
	return 0
}

// appositiveEnd returns where a description after a list member ends
// before the next member, ", a former army corporal known as \"Rambo\", and
// B": the index of the comma before "and" or "or", or 0.
func appositiveEnd(toks []token, s sentence, ms []*mention, at int) int {
	if at+1 >= s.to || toks[at].fold != "," {
		return 0
	}
	if f := toks[at+1].fold; f != "a" && f != "an" && f != "the" && f != "former" {
		return 0
	}
	for j := at + 2; j+1 < s.to && j < at+25; j++ {
		switch toks[j].fold {
		case ",":
			if f := toks[j+1].fold; f != "and" && f != "or" {
				return 0
			}
			// "A, former Defense Minister B, and C": B is a member
			for _, m := range ms {
				if m.from > at && m.from < j && m.kind == graph.Person && !m.appos && !m.modifier {
					return 0
				}
			}
			return j
		case ".", ";", ":":
			return 0
		}
	}
	return 0
}

// possessorActs reports whether m acts through what it possesses: "South
// Africa's government".
func possessorActs(toks []token, m *mention, kinds kindSet) bool {
	if m.entity == "" || !kinds.has(m.kind) || m.to+1 >= len(toks) || !isPossessive(&toks[m.to]) {
		return false
	}
	// "Netanyahu's office said": a leader speaks through his office
	return actsForPossessor[toks[m.to+1].fold] || m.kind == graph.Person && toks[m.to+1].fold == "office"
}

// stateOrgans after a demonym make the state act: "a Russian court".
var stateOrgans = map[string]bool{"court": true, "courts": true, "police": true, "authorities": true, "prosecutors": true, "investigators": true, "government": true}

// stateAgents are the people through whom a state hands over or arrests
// ("U.S. diplomats handed him over", "Rwandan troops detained him"); they
// are no speakers for it.
var stateAgents = map[string]bool{"officials": true, "diplomats": true, "troops": true, "soldiers": true, "army": true, "forces": true, "agents": true, "officers": true, "military": true}

// placePreps before a list member make it the place of another clause.
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "to": true, "into": true}

// listFillers may stand between the members of a list.
var listFillers = map[string]bool{",": true, "and": true, "or": true, "the": true, "a": true, "an": true, "former": true, "its": true, "his": true, "her": true, "their": true, "also": true, "&": true, "as": true, "well": true, "both": true}

// pluralTitleHeads introduce a further part of a list of people: "A of
// Canada, as well as Deputy Prosecutors B of Fiji and C of Senegal".
var pluralTitleHeads = map[string]bool{"judges": true, "prosecutors": true, "deputies": true, "officials": true, "ministers": true, "rapporteurs": true, "commanders": true, "leaders": true}

// countWords are the small numbers that count the members of such a part.
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "2": true, "3": true, "4": true, "5": true, "6": true}

// titledAppositive reports whether toks[from:at] is a title phrase and its
// comma before a name in apposition: "for the Taliban's supreme leader, ".
func titledAppositive(toks []token, from, at int) bool {
	if at-from < 2 || at-from > 10 || toks[at-1].fold != "," {
		return false
	}
	head := false
	for _, t := range toks[from : at-1] {
		switch {
		case titleHeads[t.fold]:
			head = true
		case t.fold == "," || clauseBreaks[t.fold] || t.fold == "and" || t.fold == "or" || t.num:
			return false
		}
	}
	return head
}

// objects finds the targets after a trigger: the first usable mention within
// gap tokens, then the members of its list.
func (st *docState) objects(s sentence, ms []*mention, from, gap int, kinds kindSet) []*mention {
	return expandAlso(st.objectsOf(s, ms, from, gap, kinds))
}

// expandAlso gives each person a plural reference stands for ("both men")
// a mention of its own.
func expandAlso(list []*mention) []*mention {
	for _, m := range list {
		if len(m.also) > 0 {
			var out []*mention
			for _, m := range list {
				out = append(out, m)
				for _, a := range m.also {
					out = append(out, &mention{from: m.from, to: m.to, entity: a, kind: m.kind, conf: m.conf, pronoun: true})
				}
			}
			return out
		}
	}
	return list
}

func (st *docState) objectsOf(s sentence, ms []*mention, from, gap int, kinds kindSet) []*mention {
	toks := st.toks
	var first int = -1
	for k, m := range ms {
		if m.from < from {
			continue
		}
		// "warrants for the Taliban's supreme leader, Hibatullah
		// Akhundzada": the name in apposition to a title is the target
		if m.from-from > gap && !(m.from-from <= gap+6 && titledAppositive(toks, from, m.from)) {
			break
		}
		// a clause break between trigger and mention
		broken := false
		for j := from; j < m.from; j++ {
			if clauseBreaks[toks[j].fold] || toks[j].fold == "in" && j+1 < m.from && toks[j+1].fold == "response" {
				broken = true
			}
		}
		if broken {
			break
		}
		if usable(m, kinds) {
			first = k
			break
		}
	}
	if first < 0 {
		// "issued warrants for three individuals in the situation in
		// Georgia: Mr A, Mr B and Mr C": the list after the colon
		if at := quantityColon(toks, s, from); at > 0 {
			if m := mentionStartingAt(ms, at); m != nil && usable(m, kinds) {
				return st.objects(s, ms, at, 0, kinds)
			}
		}
		return nil
	}
	// "four ICC judges: A of Uganda, B of Peru", "the Hamas leaders Yahya
	// Sinwar and Ismail Haniyeh": the members stand for the group
	if g := ms[first]; g.group && g.to < s.to && (toks[g.to].fold == ":" || toks[g.to].fold == "," || toks[g.to].upper || quantityColon(toks, s, g.to) > 0 || quantityColon(toks, s, from) > 0) {
		at := g.to
		colon := quantityColon(toks, s, g.to)
		if colon == 0 {
			// "four more officials of the ICC under Executive Order 14203:
			// A, B and C": the count stands before the group
			colon = quantityColon(toks, s, from)
		}
		if c := colon; c > 0 && toks[g.to].fold != ":" {
			at = c
		} else if !toks[at].upper {
			at++
		}
		if m := mentionStartingAt(ms, at); m != nil && m.kind == graph.Person && !m.group && usable(m, kinds) {
			if members := st.objects(s, ms, at, 0, kinds); len(members) > 0 {
				return members
			}
		}
	}
	list := []*mention{ms[first]}
	last := ms[first]
	for k := first + 1; k < len(ms); k++ {
		m := ms[k]
		if m.modifier || m.appos || m.from < last.to {
			continue
		}
		if !usable(m, kinds) && m.kind != graph.Person && m.to+1 < s.to && isPossessive(&toks[m.to]) && titleHeads[toks[m.to+1].fold] {
			// "and for Russia's commissioner for children's rights, A":
			// the possessor of a member's title is no member
			continue
		}
		// "Karim Khan, a British national,": a description, not a member
		if m.demonym && m.to < s.to && (toks[m.to].fold == "national" || toks[m.to].fold == "citizen") {
			continue
		}
		// "A and B, two former leaders of the Anti-Balaka,": a count of
		// the people just listed describes them
		if m.group && m.kind == graph.Person && len(list) >= 2 && last.kind == graph.Person && !last.group && m.from-last.to <= 2 && toks[last.to].fold == "," && countedPeople(toks, s, last.to+1) == len(list) {
			break
		}
		gapFrom := last.to
		end := relativeClauseEnd(toks, s, last.to)
		if end == 0 {
			end = appositiveEnd(toks, s, ms, last.to)
		}
		if end > 0 {
			// "A, who headed the air force, and B": the clause describes A
			if m.from < end {
				continue
			}
			gapFrom = end
		}
		between := toks[gapFrom:m.from]
		if last.group && m.kind == graph.Person && !m.group && usable(m, kinds) && membersFollow(between) {
			// "Kony and four other LRA commanders: A, B, C and D", "three
			// leaders of Hamas, among them Yahya Sinwar": the members
			// named stand for the group
			members := st.objects(s, ms, m.from, 0, kinds)
			return append(list[:len(list)-1], members...)
		}
		if m.kind == graph.Person && !m.group && usable(m, kinds) && countedColon(between) {
			// "for Ntaganda and three other militia commanders: A, B and
			// C": a counted group the text does not name, then its members
			return append(list, st.objects(s, ms, m.from, 0, kinds)...)
		}
		if m.kind == graph.Person && !m.group && usable(m, kinds) && titledMember(between, titleHeads[toks[m.from].fold] || titleWords[toks[m.from].fold]) {
			// "Gadhafi, his son Seif al-Islam", "for Putin and for
			// Lvova-Belova", "and for the group's chief justice, Haqqani"
			list = append(list, m)
			last = m
			continue
		}
		if len(between) > 3 && between[0].fold == "and" && between[len(between)-1].fold == "," && len(between) <= 10 {
			// "Shoigu and its chief of the general staff, Gerasimov": a
			// description with a title head before the member
			hasHead, plain := false, true
			for k, t := range between[1 : len(between)-1] {
				if titleHeads[t.fold] {
					hasHead = true
				}
				// "Russia's commissioner": a possessor of the title
				possessor := isPossessive(&between[k+2]) && k+3 < len(between) && titleHeads[between[k+3].fold]
				if t.upper && !titleHeads[t.fold] && !titleWords[t.fold] && !possessor || t.fold == "," || t.fold == "who" || t.fold == "which" {
					plain = false
				}
			}
			if hasHead && plain && usable(m, kinds) {
				list = append(list, m)
				last = m
				continue
			}
		}
		// "Netanyahu and his former defense minister, Yoav Gallant": a
		// title and its commas may stand between two members
		limit := 4
		for _, t := range between {
			if titleHeads[t.fold] {
				limit = 7
			}
			// "..., and the Court's two Deputy Prosecutors, A of Fiji and B"
			if pluralTitleHeads[t.fold] {
				limit = 9
			}
		}
		ok := len(between) > 0 && len(between) <= limit
		// "Joseph Kony, the founder and leader of the LRA": a description
		// of the member before, whose organization is no member
		if n := len(between); n >= 3 && between[0].fold == "," && (between[n-1].fold == "of" || n >= 4 && between[n-2].fold == "of" && between[n-1].fold == "the") {
			for _, t := range between {
				if titleHeads[t.fold] {
					ok = false
				}
			}
		}
		hasSep := false
		// "Judge A of Uganda, B of Peru": skip the nationality
		for i := 0; i < len(between); i++ {
			f := between[i].fold
			if listFillers[f] || titleHeads[f] || titleWords[f] || limit == 9 && (pluralTitleHeads[f] || countWords[f] || f == "'s" || f == "court" || f == "court's") {
				if f == "," || f == "and" || f == "or" {
					hasSep = true
				}
				continue
			}
			ok = false
		}
		if !ok || !hasSep {
			// nationality after a person: "A of Uganda"
			if len(between) == 1 && between[0].fold == "of" && m.kind == graph.State && last.kind == graph.Person {
				last = &mention{from: last.from, to: m.to}
				continue
			}
			break
		}
		if !usable(m, kinds) {
			break
		}
		// "..., Human Rights Watch said": the subject of the next clause
		if m.to < s.to && (speechVerbs[toks[m.to].fold] || toks[m.to].fold == "has" || toks[m.to].fold == "have") {
			break
		}
		list = append(list, m)
		last = m
	}
	return list
}

// membersFollow reports whether the tokens between a group and a person
// introduce the group's members: ":", ", among them", ", including".
func membersFollow(between []token) bool {
	var fs []string
	for _, t := range between {
		fs = append(fs, t.fold)
	}
	switch strings.Join(fs, " ") {
	case ":", ", among them", "among them", ", including", "including", ", among whom", ", namely", "namely":
		return true
	}
	return false
}

// countedColon reports whether the tokens between two list members announce
// a counted group and its members: " and three other rebel commanders: ".
func countedColon(between []token) bool {
	n := len(between)
	if n < 3 || n > 16 || between[n-1].fold != ":" || (between[0].fold != "and" && between[0].fold != ",") {
		return false
	}
	if n > 8 {
		// "and three of the judges who had signed the warrants: A, B
		// and C": a relative clause on the counted noun
		relative := false
		for _, t := range between[2:6] {
			if t.fold == "who" || t.fold == "whom" {
				relative = true
			}
		}
		if !relative {
			return false
		}
	}
	counted := false
	for _, t := range between[1 : n-1] {
		if v, ok := numberWords[t.fold]; ok && v > 1 {
			counted = true
		}
		if t.upper || !t.word {
			return false
		}
	}
	return counted
}

// kinNouns name a relative, which like a title may stand before a name:
// "his son Seif al-Islam", "his wife Simone".
var kinNouns = map[string]bool{"son": true, "sons": true, "daughter": true, "wife": true, "husband": true, "brother": true, "sister": true, "father": true, "mother": true, "nephew": true, "cousin": true, "brother-in-law": true, "son-in-law": true}

// titledMember reports whether the tokens between two people of a list join
// them with a title or kinship phrase: ", his son ", ", his then-defence
// minister ", " and for ", ", and for the group's chief justice, ". titled
// says the second person's mention opens with its title.
// hasFold reports whether a word is among toks.
func hasFold(toks []token, w string) bool {
	for _, t := range toks {
		if t.fold == w {
			return true
		}
	}
	return false
}

// alsoThose returns the length of "as well as those", "alongside those",
// "along with that", "and those" at the start of toks, or 0.
func alsoThose(toks []token) int {
	i := 0
	switch {
	case len(toks) > 2 && toks[0].fold == "as" && toks[1].fold == "well" && toks[2].fold == "as":
		i = 3
	case len(toks) > 1 && (toks[0].fold == "along" || toks[0].fold == "together") && toks[1].fold == "with":
		i = 2
	case len(toks) > 0 && (toks[0].fold == "alongside" || toks[0].fold == "and"):
		i = 1
	default:
		return 0
	}
	if i < len(toks) && (toks[i].fold == "those" || toks[i].fold == "that") {
		return i + 1
	}
	return 0
}

func titledMember(between []token, titled bool) bool {
	i, sep := 0, false
	// "the charges against A in January 2012, alongside those against B":
	// the date of the first member
	if len(between) > 2 && (between[0].fold == "in" || between[0].fold == "on") {
		k := 1
		for k < len(between) && (isMonthOrDay(between[k].fold) || between[k].num) {
			k++
		}
		if k > 1 && k < len(between) && between[k].fold == "," && alsoThose(between[k+1:]) > 0 {
			i = k
		}
	}
	for i < len(between) && (between[i].fold == "," || between[i].fold == "and" || between[i].fold == "or") {
		sep = true
		i++
	}
	// "as well as those against B", "alongside those of B": the same
	// thing for another member
	if n := alsoThose(between[i:]); n > 0 {
		i += n
		if i < len(between) && (between[i].fold == "for" || between[i].fold == "against" || between[i].fold == "of") {
			i++
			rest := between[i:]
			if len(rest) == 0 {
				return true
			}
			sep = true
		} else {
			return false
		}
	}
	if !sep {
		return false
	}
	prep := i < len(between) && (between[i].fold == "for" || between[i].fold == "against")
	if prep {
		i++
	}
	rest := between[i:]
	if n := len(rest); n > 0 && rest[n-1].fold == "," {
		rest = rest[:n-1]
	}
	if len(rest) == 0 {
		return prep
	}
	if len(rest) > 7 {
		return false
	}
	switch rest[0].fold {
	case "his", "her", "its", "their", "the":
	default:
		return false
	}
	for k, t := range rest {
		switch {
		case t.fold == "," || t.fold == "and" || t.fold == "or" || t.num || !t.word && !isPossessive(&t) && t.fold != "-":
			return false
		case t.upper && !titleHeads[t.fold] && !titleWords[t.fold] && !(k+1 < len(rest) && isPossessive(&rest[k+1])):
			// a name that is no possessor: another clause or list
			return false
		}
	}
	h := rest[len(rest)-1].fold
	for k := 1; k+2 < len(rest); k++ {
		// "the former head of the civil service, B": a title and what it
		// heads
		if titleHeads[rest[k].fold] && rest[k+1].fold == "of" {
			h = rest[k].fold
			break
		}
	}
	if !titleHeads[h] && !kinNouns[h] && len(rest) >= 2 && len(rest) <= 4 && rest[0].fold == "the" && len(between) == i+len(rest) && between[len(between)-1].word && !hasFold(rest, "of") {
		// "and the radio presenter B": a description right before a
		// person's name
		return true
	}
	return titleHeads[h] || kinNouns[h] || titled && len(between) == i+len(rest)
}

// byAgent finds "by X" after a passive trigger.
func (st *docState) byAgent(s sentence, ms []*mention, from int, kinds kindSet) []*mention {
	for i := from; i < s.to && i < from+6; i++ {
		if st.toks[i].fold != "by" {
			continue
		}
		// "by the authorities of Mali": the state acts through its organ
		j := i + 1
		if j < s.to && st.toks[j].fold == "the" {
			j++
		}
		if j+1 < s.to && stateOrgans[st.toks[j].fold] && st.toks[j+1].fold == "of" && kinds.has(graph.State) {
			if got := st.objects(s, ms, j+2, 1, kindSet{graph.State}); len(got) > 0 {
				return got
			}
		}
		// "handed over to the ICC by American officials", "by Congolese
		// authorities": the state acts through its organ or officials
		if m := mentionStartingAt(ms, j); m != nil && m.demonym && m.entity != "" && m.to < s.to && kinds.has(graph.State) && (stateOrgans[st.toks[m.to].fold] || st.toks[m.to].fold == "officials") {
			return []*mention{{from: m.from, to: m.to, entity: m.entity, kind: graph.State}}
		}
		return st.objects(s, ms, i+1, 2, kinds)
	}
	return nil
}

// principal lifts an organ to the body it acts for: a Pre-Trial Chamber to
// the ICC, OFAC to the United States, a minister to their state for
// sanctions.
func (st *docState) principal(id string, kind graph.EventKind) string {
	e := st.x.catalog.entry(id)
	if e == nil {
		return id
	}
	if e.partOf != "" {
		return e.partOf
	}
	if e.affiliation != "" && (e.entity.Kind == graph.Organization || e.entity.Kind == graph.Court) && kind != graph.Statement && kind != graph.Meeting {
		if a := st.x.catalog.entry(e.affiliation); a != nil && a.entity.Kind == graph.State {
			return e.affiliation
		}
	}
	if e.entity.Kind == graph.Person && kind == graph.Sanction && e.affiliation != "" {
		if a := st.x.catalog.entry(e.affiliation); a != nil && a.entity.Kind == graph.State {
			return e.affiliation
		}
	}
	return id
}

func ids(ms []*mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.entity)
	}
	return out
}

// nominalQualifier finds the issuer written before a noun trigger: "the
// ICC's warrant", "US sanctions", "an ICC arrest warrant".
func (st *docState) nominalQualifier(s sentence, ms []*mention, at int) *mention {
	j := at
	for j > s.from && j > at-3 {
		f := st.toks[j-1].fold
		if f == "arrest" || f == "new" || f == "international" || f == "criminal" || f == "an" || f == "a" {
			j--
			continue
		}
		break
	}
	if j > s.from && isPossessive(&st.toks[j-1]) {
		j--
		if j > s.from+1 && (st.toks[j-1].fold == "administration" || st.toks[j-1].fold == "government") {
			// "the US administration's designation": the state
			if m := mentionEndingAt(ms, j-1); m != nil && !m.group && (m.kind == graph.State || m.demonym) {
				return &mention{from: m.from, to: m.to, entity: m.entity, kind: graph.State, conf: m.conf}
			}
		}
	}
	for _, m := range ms {
		if m.to == j && !m.group {
			return m
		}
	}
	return nil
}

// roles fills a candidate's participants.
func (st *docState) roles(s sentence, ms []*mention, c *candidate, all []*candidate) {
	kind := c.rule.kind
	ak, tk := agentKinds[kind], targetKinds[kind]
	var agents, targets []*mention
	voice := c.rule.voice
	if prev := previousMain(all, c); voice == active && prev != nil && st.ellipticPassive(s, ms, prev, c) {
		// "X was arrested in Belgium and transferred to The Hague": the
		// second participle shares the passive and its subject
		voice = passive
		for _, t := range prev.targets {
			if tk.has(st.kindOf(t)) {
				targets = append(targets, &mention{entity: t, kind: st.kindOf(t)})
			}
		}
		agents = st.byAgent(s, ms, c.to, ak)
		if len(agents) == 0 && (kind == graph.Surrender || kind == graph.Arrest) && (prev.rule.kind == graph.Arrest || prev.rule.kind == graph.Surrender) {
			// by the state that arrested them
			for _, a := range prev.agents {
				if ak.has(st.kindOf(a)) {
					agents = append(agents, &mention{entity: a, kind: st.kindOf(a)})
				}
			}
		}
		if len(agents) == 0 && kind == graph.Arrest {
			agents = st.placeState(s, ms, c.to)
		}
	}
	switch voice {
	case active, complied:
		agents = st.subject(s, ms, c.from, ak, false)
		if kind == graph.Sanction && len(agents) == 0 {
			// "US Secretary of State Marco Rubio announced sanctions": the
			// official's state sanctions
			if p := st.subject(s, ms, c.from, people, false); len(p) == 1 && !p[0].group && p[0].to >= c.from-3 && !st.wantedPerson(p[0].entity) {
				if state := st.stateOf(p[0].entity); state != "" {
					agents = []*mention{{from: p[0].from, to: p[0].to, entity: state, kind: graph.State, conf: p[0].conf}}
				}
			}
		}
		if kind == graph.Statement && len(agents) > 0 && unnamedClauseSubject(st.toks, s, ms, agents[len(agents)-1].to, c.from) {
			// "X ..., although the prosecution has said": the speaker is
			// the unnamed subject of a clause of its own
			agents = nil
		}
		if kind == graph.Statement && c.rule.absolute {
			// "with X denouncing it": the name after "with", in the time of
			// the clause it hangs on
			if m := mentionEndingAt(ms, c.from); m != nil && m.from >= absoluteSpeaker(st.toks, s, c.from) && usable(m, ak) {
				agents = []*mention{m}
				c.relative = true
			}
			if condemns[st.toks[c.from].fold] && c.to < s.to && st.toks[c.to].fold == "it" {
				// "denouncing it as": the court the clause before names
				for k := len(ms) - 1; k >= 0; k-- {
					if m := ms[k]; m.to <= c.from && m.kind == graph.Court && m.entity != "" && !m.modifier {
						c.targets = append(c.targets, st.principal(m.entity, kind))
						break
					}
				}
			}
		}
		andSubject := false
		if kind == graph.Statement {
			if subj := st.andVerbSubject(s, ms, c.from, ak); subj != nil {
				// "Ruto thanked Kenyans for their prayers and said": the
				// subject of the clause, not the object of the verb before
				agents = []*mention{subj}
				andSubject = true
			}
		}
		if kind == graph.Statement && c.from > s.from && c.to < s.to && st.toks[c.to].fold == "by" && st.toks[c.from].fold != "says" && st.toks[c.from].fold != "states" {
			// "The move was condemned by the European Union", "a claim
			// rejected by legal experts": the speaker after "by" (none
			// when unnamed); the subject is what is spoken of
			agents = st.byAgent(s, ms, c.to, ak)
			if len(agents) > 1 {
				agents = agents[:1]
			}
			if subj := st.subject(s, ms, c.from-1, notPeople, false); condemns[st.toks[c.from].fold] && len(subj) == 1 && subj[0].kind == graph.Court {
				c.targets = append(c.targets, st.principal(subj[0].entity, kind))
			}
		}
		if kind == graph.Statement && len(agents) == 1 && agents[0].demonym && agents[0].from > s.from && agents[0].to < c.from {
			// "Viktor Orbán said ... . The Hungarian prime minister
			// accused the court": the leader just named, not the state
			if p := st.demonymLeader(s, ms, agents[0].from-1, 0); p != nil && p.to <= c.from {
				agents = []*mention{p}
			}
		}
		if kind == graph.Statement && len(agents) == 1 && agents[0].demonym && agents[0].to < c.from && privatePeople[st.toks[agents[0].to].fold] {
			// "Afghan women said", "Palestinian victims told": unnamed
			// people of a state, who do not speak for it
			agents = nil
		}
		if kind == graph.Statement && len(agents) > 0 && quotesBetween(st.toks, agents[len(agents)-1].to, c.from)%2 == 1 {
			// "\"The ICC has failed,\" the statement said": a name inside
			// the quotation is no speaker of the verb after it
			agents = nil
		}
		if kind == graph.Statement && len(agents) > 1 && !(sameKind(agents) && listJoined(st.toks, agents) && (st.toks[c.from-1].fold != "," || agents[0].from > s.from && st.toks[agents[0].from-1].fold == "including")) {
			// speakers are rarely listed: "..., Deif, Human Rights Watch
			// said"; "A and B said" are both speakers
			agents = agents[len(agents)-1:]
		}
		if prev := previousMain(all, c); prev != nil && len(prev.agents) > 0 && !andSubject && st.continues(s, ms, prev, c) {
			// "X said it had opened", "X denounced the court and said": the
			// same subject
			agents = nil
			c.agents = nil
			for _, a := range prev.agents {
				if ak.has(st.kindOf(a)) {
					c.agents = append(c.agents, st.principal(a, kind))
				}
			}
		}
		if kind == graph.Statement && c.from > s.from && invertedSpeech[st.toks[c.from].fold] {
			// "..., said Philip Grant": the speaker follows the verb
			if f := st.toks[c.from-1].fold; f == "," || f == "\"" {
				if after := st.objects(s, ms, c.to, 1, ak); len(after) > 0 && endsInvertedSpeaker(st.toks, s, after[0].to) {
					agents = after[:1]
				}
			}
		}
		if c.rule.denial && c.from-1 > s.from && (st.toks[c.from-1].fold == "it" || st.toks[c.from-1].fold == "they") && relativeDenial(st.toks, s, c.from, c.to) {
			// "Rwanda, which is not a member of the ICC, has been accused
			// of X, a charge it denies": the accused, the sentence's
			// subject, denies
			for _, m := range ms {
				if m.from >= c.from {
					break
				}
				if usable(m, notPeople) && !m.pronoun && (m.from == s.from || !prepositions[st.toks[m.from-1].fold]) {
					agents = []*mention{m}
					break
				}
			}
		}
		if len(st.lastStates) > 1 && ak.has(graph.State) && pluralStatesSubject(st.toks, s, ms, c.from) {
			// "Burkina Faso, Mali and Niger announced ... . In a joint
			// statement, the governments denounced": the states named
			agents = nil
			c.agents = append([]string(nil), st.lastStates...)
		}
		if a := st.relativeAntecedent(s, ms, c.from, ak); a != nil {
			// "the judges of the court who issued", "X, who told": the
			// antecedent acts
			agents = []*mention{a}
			c.relative = true
		} else if kind == graph.Statement && unnamedWho(st.toks, s, ms, c.from) {
			// "criticism from some rights groups who said": unnamed
			// speakers, not a body named earlier in the sentence
			agents = nil
		}
		if tk != nil {
			targets = st.objects(s, ms, c.to, c.rule.objectGap, tk)
		}
		if tk.has(graph.Person) && kind != graph.Statement {
			// "made no move to detain the Sudanese leader"; "warrants for
			// the Israeli prime minister, his former defence minister A and
			// B": the leader heads the list
			if m := st.demonymLeader(s, ms, c.to, c.rule.objectGap); m != nil {
				listed := m.to+1 < s.to && (st.toks[m.to].fold == "," || st.toks[m.to].fold == "and")
				if len(targets) == 0 {
					targets = []*mention{m}
					if listed {
						targets = append(targets, st.objects(s, ms, m.to+1, 1, tk)...)
					}
				} else if listed && m.to <= targets[0].from && !containsMention(targets, m.entity) {
					targets = append([]*mention{m}, targets...)
				}
			}
		}
		if kind == graph.NonCompliance && len(targets) == 0 && c.to < s.to && st.toks[c.to].fold == "them" {
			// "detained both men ..., and has never surrendered them": the
			// people of the event before in the sentence
			if prev := previous(all, c); prev != nil {
				for _, t := range prev.targets {
					if st.kindOf(t) == graph.Person {
						targets = append(targets, &mention{from: c.to, to: c.to + 1, entity: t, kind: graph.Person, pronoun: true})
					}
				}
			}
		}
		if kind == graph.NonCompliance && len(agents) == 0 {
			agents = st.unnamedAuthorities(s, ms, c, targets)
		}
		if kind == graph.NonCompliance && len(agents) == 0 {
			// "Hungarian Prime Minister Viktor Orbán hosted X despite the
			// warrant": the leader's state fails to arrest
			if p := st.subject(s, ms, c.from, people, false); len(p) == 1 && !p[0].group && p[0].to >= c.from-3 && !st.wantedPerson(p[0].entity) {
				if state := st.stateOf(p[0].entity); state != "" {
					home := false
					for _, t := range targets {
						home = home || st.belongsTo(t.entity, state)
					}
					if !home {
						agents = []*mention{{from: p[0].from, to: p[0].to, entity: state, kind: graph.State, conf: p[0].conf, pronoun: true}}
					}
				}
			}
		}
		if kind == graph.Visit && visitNouns[st.toks[c.from].fold] {
			// "Netanyahu's visit to Hungary": the possessor visits; "During
			// a state visit to Mongolia, Putin was received": the person
			// the clause after is about
			if q := st.nominalQualifier(s, ms, c.from); q != nil && q.kind == graph.Person {
				agents = []*mention{q}
			} else if by := st.byAgent(s, ms, c.to, people); len(by) == 1 && !by[0].group && c.to < s.to && st.toks[c.to].fold == "by" {
				// "a trip by Russian President Vladimir Putin to Mongolia"
				agents = by
				if by[0].to+1 < s.to && st.toks[by[0].to].fold == "to" {
					if t := st.objects(s, ms, by[0].to+1, 1, notPeople); len(t) > 0 {
						targets = t[:1]
					}
				}
			} else if c.from > s.from+1 && (st.toks[s.from].fold == "during" || st.toks[s.from].fold == "on") && c.from <= s.from+4 {
				for i := c.to; i < s.to && i < c.to+12; i++ {
					if st.toks[i].fold == "," {
						if m := mentionStartingAt(ms, i+1); usable(m, people) {
							agents = []*mention{m}
						}
						break
					}
				}
			}
		}
		if kind == graph.Visit && len(targets) == 0 {
			// "travelled to several member states, including Chad and
			// Malawi": the states included
			for j := c.to; j < s.to && j < c.to+8; j++ {
				if f := st.toks[j].fold; f == "including" {
					targets = st.objects(s, ms, j+1, 1, tk)
					break
				} else if f == "." || f == ";" || clauseBreaks[f] {
					break
				}
			}
		}
		if kind == graph.Visit && len(targets) == 0 {
			// "visited the White House": an organ of the state visited
			for _, m := range st.objects(s, ms, c.to, c.rule.objectGap, notPeople) {
				if p := st.principal(m.entity, kind); st.kindOf(p) == graph.State {
					targets = append(targets, &mention{from: m.from, to: m.to, entity: p, kind: graph.State})
				}
			}
		}
		if kind == graph.Statement && condemns[st.toks[c.from].fold] && !(c.to < s.to && st.toks[c.to].fold == "by") {
			for _, m := range st.objects(s, ms, c.to, 1, notPeople) {
				c.targets = append(c.targets, m.entity)
			}
		}
		if kind == graph.Statement {
			c.targets = append(c.targets, st.calledCourt(s, ms, c)...)
			c.targets = append(c.targets, st.accusedBody(s, ms, c)...)
			if t := st.characterizedAntecedent(s, ms, c); t != nil {
				// "withdrawing from the ICC, which they called a \"tool of
				// repression\"": the body characterized, at the time of
				// the clause it hangs on
				c.targets = append(c.targets, t.entity)
				c.relative = true
			}
		}
	case passive:
		if c.rule.voice != passive {
			break
		}
		targets = st.subject(s, ms, c.from, tk, true)
		if len(targets) == 1 && targets[0].kind == graph.Person && hasWordBefore(st.toks, targets[0].to, c.from, "who") {
			// "Saif al-Islam Gaddafi, the son of the former leader Muammar
			// Gaddafi, who has been wanted": the son is wanted
			if a := kinAppositiveHead(st.toks, s, ms, targets[0]); a != nil && usable(a, tk) {
				targets = []*mention{a}
			}
		}
		agents = st.byAgent(s, ms, c.to, ak)
		if len(agents) == 0 && kind == graph.Arrest {
			// "X was arrested in Manila": by the state where it happened
			agents = st.placeState(s, ms, c.to)
		}
		if len(agents) == 0 && kind == graph.Surrender {
			// "X was arrested by Dutch police on Monday and was transferred
			// to the court the next day": by the state of the arrest before
			// it in the sentence
			for _, d := range all {
				if d == c {
					break
				}
				if d.rule.kind == graph.Arrest && len(d.agents) > 0 && len(d.targets) > 0 {
					c.agents = append([]string(nil), d.agents...)
				}
			}
		}
		if len(agents) == 0 && kind == graph.Surrender {
			// "he was handed over to the ICC": by the state that arrested him
			for _, k := range []graph.EventKind{graph.Arrest, graph.Surrender} {
				if ev := st.events[st.lastEvent[k]]; ev != nil && len(c.agents) == 0 {
					c.agents = ev.With(graph.Agent)
				}
			}
		}
	case selfPass:
		// "X, who faces charges", "X, one of those on the list": X close before
		targets = st.subject(s, ms, c.from, tk, true)
		if len(targets) > 0 {
			targets = targets[len(targets)-1:]
			t := targets[0]
			of := t.from > s.from+1 && st.toks[t.from-1].fold == "of" || t.from > s.from+2 && st.toks[t.from-1].fold == "the" && st.toks[t.from-2].fold == "of"
			if t.kind != graph.Person && of && hasWordBefore(st.toks, t.to, c.from, "who") {
				// "Fatou Bensouda of the Gambia, who has been under": the
				// person "who" stands for
				at := t.from - 1
				if st.toks[at].fold == "the" {
					at--
				}
				if p := mentionEndingAt(ms, at); p != nil && p.kind == graph.Person && usable(p, tk) {
					targets = []*mention{p}
				}
			}
			if t.kind == graph.Person && hasWordBefore(st.toks, t.to, c.from, "who") {
				// "Saif al-Islam Gaddafi, the son of the former leader
				// Muammar Gaddafi, who has been wanted": the son is wanted
				if a := kinAppositiveHead(st.toks, s, ms, t); a != nil && usable(a, tk) {
					targets = []*mention{a}
				}
			}
			if c.from-targets[0].to > 6 && !(targets[0].kind == graph.Person && hasWordBefore(st.toks, targets[0].to, c.from, "who") && c.from-targets[0].to <= 12) {
				targets = nil
			}
		}
		if kind == graph.Sanction && st.toks[c.to-1].fold == "sanctions" {
			// "under US sanctions": the qualifier imposed them
			if q := st.nominalQualifier(s, ms, c.to-1); q != nil && q.from > c.from && ak.has(q.kind) {
				agents = []*mention{q}
			}
		}
	case nominal:
		if q := st.nominalQualifier(s, ms, c.from); q != nil && ak.has(q.kind) && (q.kind != graph.Person || kind == graph.WarrantRequest) {
			agents = []*mention{q}
		}
		if len(agents) == 0 && kind == graph.WarrantRequest {
			// "Khan filed an application for a warrant": who filed it
			j := c.from - 1
			for j > s.from && requestDeterminers[st.toks[j].fold] {
				j--
			}
			if j > s.from && filingVerbs[st.toks[j].fold] {
				agents = st.subject(s, ms, j, ak, false)
			}
		}
		if len(agents) == 0 && kind == graph.ArrestWarrant {
			// "warrants were issued by Pre-Trial Chamber I for X"
			for i := c.from; i < c.to; i++ {
				if st.toks[i].fold == "by" {
					agents = st.objects(s, ms, i+1, 2, ak)
					break
				}
			}
			if len(agents) == 0 && (st.toks[c.to-1].fold == "issued" || st.toks[c.to-1].fold == "unsealed") {
				// "the warrants were issued on Monday by Pre-Trial Chamber II"
				agents = st.byAgent(s, ms, c.to, ak)
			}
		}
		if kind == graph.Statement {
			agents = st.objects(s, ms, c.to, c.rule.objectGap, ak)
		} else if tk != nil {
			targets = st.objects(s, ms, c.to, c.rule.objectGap, tk)
		}
		if len(agents) == 0 && (kind == graph.Arrest || kind == graph.Surrender) && len(targets) > 0 {
			// "the arrest of X by the Philippine National Police"
			agents = st.byAgent(s, ms, targets[len(targets)-1].to, ak)
		}
		if kind == graph.ArrestWarrant && st.toks[c.to-1].fold == "one" {
			// "a second one (against B)": by the issuer of the warrant
			// before, and for its person unless it names another
			if prev := previous(all, c); prev != nil && prev.rule.kind == graph.ArrestWarrant {
				for _, a := range prev.agents {
					agents = append(agents, &mention{entity: a, kind: st.kindOf(a)})
				}
				if len(targets) == 0 {
					for _, t := range prev.targets {
						targets = append(targets, &mention{entity: t, kind: st.kindOf(t)})
					}
				}
			}
		}
	case hosted:
		// "Mongolia hosted him": he visits Mongolia
		targets = st.subject(s, ms, c.from, tk, false)
		if a := st.relativeAntecedent(s, ms, c.from, tk); a != nil {
			targets = []*mention{a}
		}
		agents = st.objects(s, ms, c.to, c.rule.objectGap, ak.onlyPeople())
		if len(targets) == 0 && len(agents) == 1 && !agents[0].group {
			// "President X hosted Y", "X, who had hosted him": a person
			// hosts; they met, and Y visited X's state where known
			var host *mention
			if a := st.relativeAntecedent(s, ms, c.from, people); a != nil {
				host = a
			} else if p := st.subject(s, ms, c.from, people, false); len(p) == 1 {
				host = p[0]
			}
			if host != nil && !host.group && host.entity != agents[0].entity {
				c.host = host.entity
				if state := st.stateOf(host.entity); state != "" {
					targets = []*mention{{from: host.from, to: host.to, entity: state, kind: graph.State, pronoun: true}}
				}
			}
		}
	case greeted:
		// "X was greeted by Mongolian President Y": X visits Y's state, or
		// the state itself ("was welcomed by Mongolia")
		agents = st.subject(s, ms, c.from, ak.onlyPeople(), false)
		targets = nil
		for _, m := range st.objects(s, ms, c.to, c.rule.objectGap, kindSet{graph.Person, graph.State}) {
			if m.group {
				break
			}
			if m.kind == graph.State {
				targets = []*mention{m}
			} else if h := st.stateOf(m.entity); h != "" {
				targets = []*mention{{from: m.from, to: m.to, entity: h, kind: graph.State, pronoun: true}}
			}
			break
		}
		if st.toks[c.to-1].fold != "by" || len(targets) == 0 {
			// "was welcomed (with honours) in the Mongolian capital", "was
			// greeted in Nairobi by crowds": the state of the place named
			// after "in", in the clause
			targets = nil
			for _, m := range ms {
				if m.from <= c.from+1 || m.from > c.to+8 || clauseBetweenDate(st.toks, c.from, m.from) {
					continue
				}
				if m.kind == graph.State && m.entity != "" && (st.toks[m.from-1].fold == "in" || st.toks[m.from-1].fold == "the" && st.toks[m.from-2].fold == "in") {
					targets = []*mention{{from: m.from, to: m.to, entity: st.principal(m.entity, graph.Visit), kind: graph.State, pronoun: true}}
				}
				break
			}
			if st.toks[c.to-1].fold == "in" && !tripAfter(st.toks, s, c.to) {
				// "was in Kenya" is where someone was, a visit only "on
				// his first trip abroad"
				targets = nil
			}
		}
	case implied:
		if kind == graph.WarrantRequest {
			// "issued a warrant for X at the request of Y": Y asked for
			// the warrant the clause before names
			if prev := previous(all, c); prev != nil && prev.rule.kind == graph.ArrestWarrant {
				for _, t := range prev.targets {
					targets = append(targets, &mention{entity: t, kind: st.kindOf(t)})
				}
			}
			agents = st.objects(s, ms, c.to, 3, ak)
			break
		}
		// "arrested X on a warrant issued by the ICC": the warrant for X;
		// "detained as he returned from a trip to Hong Kong, on a warrant":
		// the person held, not the place of a trip between
		prev := previous(all, c)
		for _, d := range all {
			if d == c {
				break
			}
			if k := d.rule.kind; k == graph.Arrest || k == graph.Surrender || k == graph.NonCompliance {
				prev = d
			}
		}
		if prev != nil {
			for _, t := range prev.targets {
				targets = append(targets, &mention{entity: t, kind: st.kindOf(t)})
			}
		}
		agents = st.byAgent(s, ms, c.to, ak)
		if len(agents) == 0 {
			if q := st.nominalQualifier(s, ms, c.to-1); q != nil && ak.has(q.kind) {
				agents = []*mention{q}
			}
		}
	}
	if (voice == active || voice == nominal) && tk.has(graph.Person) && !hasPerson(targets) {
		// "convicted two former leaders of the mainly Christian militias":
		// unnamed people, not a name guessed in their description
		if n := countedPeople(st.toks, s, countFrom(st.toks, s, c.to)); n > 1 {
			targets, c.counted = nil, n
		}
	}
	if kind == graph.ArrestWarrant && voice == active && len(targets) == 0 {
		// "issued the five arrest warrants under seal on July 8. The
		// warrants name A, B ...": counted warrants whose people the next
		// sentences name (see dateFromCounted)
		if n := countedWarrants(st.toks, c.from, c.to); n > 1 {
			c.counted = n
		}
	}
	if f := st.toks[c.from].fold; kind == graph.Sanction && !c.rule.inner && (f == "targeted" || f == "added") {
		// "it also targeted X": only the sanctioner of the sanctions before
		// (a body: "Rubio added X would be next" is speech)
		var before []string
		if prev := previousMain(all, c); prev != nil && prev.rule.kind == graph.Sanction {
			before = prev.agents
		} else if ev := st.events[st.lastEvent[graph.Sanction]]; ev != nil {
			before = ev.With(graph.Agent)
		}
		same := false
		for _, a := range agents {
			if a.kind == graph.Person {
				same = false
				break
			}
			same = same || containsString(before, st.principal(a.entity, kind))
		}
		if len(agents) == 0 {
			for _, a := range c.agents {
				same = same || containsString(before, a)
			}
		}
		if p := st.subject(s, ms, c.from, people, false); len(p) > 0 && !p[0].group {
			same = false
		}
		if !same || !hasPerson(targets) {
			targets = nil
		}
	}
	if kind == graph.Sanction && c.rule.voice == nominal && len(agents) == 0 && c.to-1 > c.from && (st.toks[c.to-2].fold == "imposed" || st.toks[c.to-2].fold == "reimposed" || st.toks[c.to-2].fold == "levied") {
		// "sanctions were imposed on X (by the United States)": by whom
		// the text says, else by the one that imposed the sanctions before
		agents = st.byAgent(s, ms, c.to, ak)
		if len(agents) == 0 {
			if ev := st.events[st.lastEvent[graph.Sanction]]; ev != nil {
				c.agents = ev.With(graph.Agent)
				c.conf -= 0.1
			} else if st.lastStateAgent != "" && st.sanctionsNamedBefore(s, c.from) {
				c.agents = []string{st.lastStateAgent}
				c.conf -= 0.15
			}
		}
	}
	if kind == graph.Sanction && st.toks[c.from].fold == "and" {
		// "... on A in May and on B in June": the first object's sanctioner
		agents = nil
		if prev := previousMain(all, c); prev != nil && prev.rule.kind == graph.Sanction {
			c.agents = append([]string(nil), prev.agents...)
		}
	}
	if c.rule.inner && tk != nil {
		// "found X guilty", "added X to its sanctions list", "the
		// charges against X were confirmed": the target inside the phrase
		inner := st.objects(s, ms, c.from+1, c.to-c.from-1, tk)
		if len(inner) > 0 && inner[0].from < c.to {
			targets = inner
		}
	}
	if len(targets) == 0 && tk != nil && c.to < s.to && st.toks[c.to].fold == "humanity" && st.toks[c.to-1].fold == "against" {
		// "counts of war crimes and crimes against humanity brought by the
		// Prosecution against X": the crime's "against" is not the one
		// that names the accused
		for j := c.to + 1; j < s.to && j <= c.to+10; j++ {
			if clauseBreaks[st.toks[j].fold] {
				break
			}
			if st.toks[j].fold == "against" {
				targets = st.objects(s, ms, j+1, 2, tk)
				break
			}
		}
	}
	if accusedKinds[kind] {
		// "Judge X said ... The judges sentenced him", "he was convicted":
		// a pronoun whose antecedent spoke or sits on the bench is not the
		// accused; it is the person the story's events are about
		for k, t := range targets {
			if !t.pronoun || t.kind != graph.Person || t.entity == "" || !st.speakerOrOfficial(t.entity) {
				continue
			}
			if a := st.accused(t.entity); a != "" {
				u := *t
				u.entity = a
				targets[k] = &u
			}
		}
	}
	switch kind {
	case graph.ExecutiveOrder:
		if c.from > s.from && prepositions[st.toks[c.from-1].fold] {
			// "designated under Executive Order 14203": a reference to an
			// order, whose signer is not the subject of the sentence
			agents = nil
		}
		if c.from > s.from+1 && (st.toks[c.from-2].fold == "under" || st.toks[c.from-2].fold == "to") && determiners[st.toks[c.from-1].fold] {
			// "under an executive order issued by Trump": the basis of
			// the act the sentence dates
			agents = nil
			c.reference = true
		}
		if len(agents) == 0 && c.rule.voice == active && !c.reference {
			// "Trump's (February) executive order": its signer
			j := c.from - 1
			if j > s.from && !isPossessive(&st.toks[j]) && (st.toks[j].num || isMonthOrDay(st.toks[j].fold)) {
				j--
			}
			if j > s.from && isPossessive(&st.toks[j]) {
				if m := mentionEndingAt(ms, j); m != nil && m.entity != "" && m.kind == graph.Person && !m.group {
					agents = []*mention{m}
				}
			}
		}
		if len(agents) == 0 || c.relative {
			// "an executive order signed by President Trump", "Executive
			// Order 14203, which President Trump signed"
			for i := c.to; i < s.to && i < c.to+5; i++ {
				f := st.toks[i].fold
				if f == "signed" || f == "issued" {
					if a := st.byAgent(s, ms, i+1, people); len(a) > 0 {
						agents = a[:1]
					}
					break
				}
				if (f == "which" || f == "that") && i+1 < s.to {
					for _, m := range ms {
						if m.from == i+1 && usable(m, people) && hasWordBefore(st.toks, m.to, min(m.to+3, s.to), "signed") {
							agents = []*mention{m}
						}
					}
					break
				}
			}
		}
		if len(agents) == 0 && c.reference {
			// "Trump imposed sanctions on X under an executive order
			// signed that June": the person acting under it, who opens the
			// clause, signed it
			start := s.from
			if e := openingAdjunctEnd(st.toks, s); e > 0 && e < c.from {
				start = e + 1
			}
			if m := mentionStartingAt(ms, start); usable(m, people) && !m.group && !m.pronoun {
				agents = []*mention{m}
			}
		}
		if c.rule.voice == nominal {
			// "a similar order during Trump's first term in 2020", "Trump's
			// 2020 order": the signer named as a possessor near it, else the
			// signer of the order named before; only a dated order is
			// another one
			c.needDate = true
			agents = nil
			for _, m := range ms {
				if usable(m, people) && m.to < s.to && isPossessive(&st.toks[m.to]) && (m.from >= c.to && m.from <= c.to+6 || m.to >= c.from-3 && m.to < c.from) {
					agents = []*mention{m}
					break
				}
			}
			if len(agents) == 0 {
				if ev := st.events[st.lastEvent[graph.ExecutiveOrder]]; ev != nil {
					c.agents = ev.With(graph.Agent)
				}
			}
		}
		// the court the order aims at, also as a group's qualifier ("ICC officials")
		targets = nil
		for _, m := range ms {
			if m.from >= c.to && m.from <= c.to+c.rule.objectGap+4 && m.kind == graph.Court {
				targets = []*mention{{entity: st.principal(m.entity, kind), kind: graph.Court}}
				break
			}
		}
		if len(targets) == 0 && st.x.defaultCourt != "" {
			// the orders this loader reads are those against the court
			targets = []*mention{{entity: st.x.defaultCourt, kind: graph.Court}}
			c.conf -= 0.1
		}
	case graph.CyberAttack:
		targets = nil
		if o := st.systemsOwner(s, ms, c.from+1, c.to+4, tk); o != nil && systemVerbs[st.toks[c.from].fold] {
			// "hackers breached the court's computer systems"
			targets = []*mention{o}
		} else if o := st.systemsOwner(s, ms, clauseStart(st.toks, s, c.from), c.from, tk); o != nil {
			// "the Court's information systems were hit by a cyber-attack"
			targets = []*mention{o}
		} else if t := st.subject(s, ms, c.from, tk, true); len(t) > 0 {
			targets = t[len(t)-1:]
		}
		if len(targets) == 0 {
			for i := c.to; i < s.to && i < c.to+3; i++ {
				if f := st.toks[i].fold; f == "on" || f == "against" || f == "targeting" {
					targets = st.objects(s, ms, i+1, 2, tk)
				}
			}
		}
		agents = st.byAgent(s, ms, c.to, ak)
		c.agents = nil
		if prev := previous(all, c); len(targets) == 0 && prev != nil && st.continues(s, ms, prev, c) {
			// "the court said it had detected a cyber attack"
			targets = nil
			for _, a := range prev.agents {
				if tk.has(st.kindOf(a)) {
					targets = append(targets, &mention{entity: a, kind: st.kindOf(a)})
				}
			}
		}
	case graph.Meeting:
		future := false
		for i := c.from - 1; i >= s.from && i >= c.from-3; i-- {
			if f := st.toks[i].fold; f == "next" || f == "upcoming" || f == "forthcoming" {
				// "at the Assembly's next session": not yet held
				future = true
			}
		}
		for i := c.from - 1; i >= s.from && i >= c.from-14; i-- {
			f := st.toks[i].fold
			if clauseBreaks[f] || f == "," {
				break
			}
			if f == "will" || (f == "scheduled" || f == "due" || f == "set" || f == "expected" || f == "plans" || f == "planned") && st.toks[i+1].fold == "to" {
				// "is scheduled to attend a summit ... and a meeting of
				// the CIS": not yet held
				future = true
			}
		}
		if future {
			agents, c.agents = nil, nil
			break
		}
		f := st.toks[c.from].fold
		for i := c.from - 1; i >= s.from && i >= c.from-4; i-- {
			if g := st.toks[i].fold; skipVerbs[g] {
				// "he skipped a BRICS summit": what he stayed away from,
				// no sitting the text reports
				future = true
			} else if g == "," || clauseBreaks[g] {
				break
			}
		}
		if future {
			agents, c.agents = nil, nil
			break
		}
		if f == "summit" || f == "summits" {
			// "an Arab League summit", "a summit of the CIS": the body whose
			// summit it is meets, not who attends it
			agents, c.agents = nil, nil
			if m := mentionEndingAt(ms, c.from); usable(m, statesOrgs) && m.kind == graph.Organization {
				agents = []*mention{m}
			} else if c.to+1 < s.to && st.toks[c.to].fold == "of" {
				agents = st.objects(s, ms, c.to+1, 1, kindSet{graph.Organization})
			}
			if len(agents) == 0 && c.from > s.from && (st.toks[c.from-1].fold == "its" || st.toks[c.from-1].fold == "their") {
				// "At its summit in Addis Ababa, the African Union adopted":
				// the body that is the subject of the clause after
				for i := c.to; i < s.to && i < c.to+12; i++ {
					if st.toks[i].fold != "," {
						continue
					}
					if m := mentionStartingAt(ms, i+1); usable(m, kindSet{graph.Organization}) {
						agents = []*mention{m}
					} else if m := mentionStartingAt(ms, i+2); i+1 < s.to && st.toks[i+1].fold == "the" && usable(m, kindSet{graph.Organization}) {
						agents = []*mention{m}
					}
					break
				}
			}
			st.attendance(s, ms, c)
			break
		}
		if f == "briefed" || f == "briefs" || f == "addressed" || f == "addresses" {
			// the council or assembly briefed meets; whoever briefs it
			// speaks, which the statement rules read
			agents, c.agents = nil, nil
			for _, m := range st.objects(s, ms, c.to-1, 3, kindSet{graph.Organization}) {
				if e := st.entities[m.entity]; e != nil && sittingBody(e.Name) {
					agents = []*mention{m}
				}
				break
			}
			break
		}
		if (f == "session" || f == "sessions" || f == "meeting" || f == "meetings") && c.to+1 < s.to && st.toks[c.to].fold == "of" {
			// "dominated the opening of the annual session of the
			// Assembly": the body whose session it is, not the subject
			if b := st.objects(s, ms, c.to+1, 1, kindSet{graph.Organization, graph.Court}); len(b) > 0 && !b[0].group {
				agents = b[:1]
				break
			}
		}
		switch f {
		case "elected", "chose", "adopted", "voted", "approved":
			// only a sitting body named as the subject, on a stated day
			agents, c.agents = nil, nil
			if c.from > s.from && beForms[st.toks[c.from-1].fold] {
				break
			}
			sitting := false
			for _, d := range all {
				// "the Council, meeting on Feb. 26, voted": the vote is at
				// the sitting the sentence tells already
				if d != c && d.from < c.from && d.rule.kind == graph.Meeting && !voteWords[st.toks[d.from].fold] {
					sitting = true
				}
			}
			if subj := st.subject(s, ms, c.from, kindSet{graph.Organization}, false); !sitting && len(subj) == 1 && !subj[0].group && !subj[0].pronoun {
				if e := st.entities[subj[0].entity]; e != nil && sittingBody(e.Name) {
					agents = subj
					c.needDate = true
				}
			}
		}
		if f == "elected" || f == "chose" || f == "adopted" || f == "voted" || f == "approved" {
			break
		}
		if f == "gathers" || f == "gathered" || f == "gather" {
			// "where thousands of people had gathered", "protesters
			// gathered outside the court": a crowd; only a body named
			// right before the verb sits
			agents, c.agents = nil, nil
			j := c.from
			for j > s.from && (st.toks[j-1].fold == "had" || st.toks[j-1].fold == "have" || st.toks[j-1].fold == "has" || st.toks[j-1].fold == "also") {
				j--
			}
			if m := mentionEndingAt(ms, j); usable(m, kindSet{graph.Organization, graph.Court}) && !m.group {
				agents = []*mention{m}
			}
			break
		}
		if f == "joint" {
			// "at a joint news conference, A said ... while B said": the
			// people who speak at it meet
			agents = nil
			for _, m := range ms {
				if usable(m, people) && !m.group && !containsMention(agents, m.entity) {
					agents = append(agents, m)
				}
			}
			if len(agents) < 2 {
				agents, c.agents = nil, nil
			}
			c.joint = true
			break
		}
		verbal := f == "met" || f == "meets" || f == "held" || f == "holds" || f == "meeting" && c.from > s.from && gerundCues[st.toks[c.from-1].fold]
		if verbal {
			// "the two leaders held talks": the two people named last
			if pair := st.namedPair(s, ms, c.from); len(pair) == 2 {
				agents = pair
				c.joint = true
				break
			}
			// "Putin met Tajik President Rahmon", "Khan held talks (on
			// Monday) with Yunus": talks between named people have them
			// as agents
			from := c.to
			for j := c.to; j < s.to && j < c.to+6; j++ {
				if f := st.toks[j].fold; f == "with" {
					from = j + 1
					break
				} else if f == "," || clauseBreaks[f] || f == "and" {
					break
				}
			}
			if subj := st.subject(s, ms, c.from, people, false); len(subj) > 0 {
				if obj := st.objects(s, ms, from, 3, people); len(obj) > 0 && !obj[0].group && !subj[0].group {
					agents = append(subj, obj...)
					c.joint = true
					break
				}
				if len(subj) > 1 && subj[len(subj)-1].to+3 >= c.from && !subj[0].group && (f == "met" || f == "held") {
					// "Orbán and Netanyahu held talks": the people listed
					agents = subj
					c.joint = true
					break
				}
			}
			// a state does not meet: "after meeting refugees", whom a person
			// met, is no meeting of the state named before
			kept := agents[:0]
			for _, m := range agents {
				if m.kind != graph.State {
					kept = append(kept, m)
				}
			}
			agents = kept
			if f == "meeting" {
				break
			}
			if (f == "met" || f == "meets") && c.to < s.to && transitiveObject(st.toks[c.to]) {
				// "HRW researchers met victims", "said it had met officials":
				// a body that meets someone holds no session of its own
				agents, c.agents = nil, nil
				break
			}
		}
		if len(agents) == 0 && f != "met" && f != "meets" {
			// "a meeting of the Security Council"; whom someone "met" is
			// no body meeting
			for _, m := range ms {
				if m.from >= c.to && usable(m, kindSet{graph.Organization, graph.Court}) {
					agents = []*mention{m}
					break
				}
			}
		}
		for i := c.to; i < s.to && i < c.to+4; i++ {
			if f := st.toks[i].fold; f == "at" || f == "in" {
				for _, m := range ms {
					if m.from == i+1 || (m.from == i+2 && st.toks[i+1].fold == "the") {
						if m.kind == graph.State {
							c.place = dedupeStrings(append(c.place, m.entity), "")
						}
					}
				}
			}
		}
	case graph.Surrender:
		for i := c.to; i < s.to; i++ {
			if st.toks[i].fold == "to" {
				for _, m := range ms {
					if m.from > i && m.from <= i+2 && m.kind == graph.Court {
						c.recipient = []string{st.principal(m.entity, kind)}
					}
				}
				break
			}
		}
		if len(c.recipient) == 0 && st.x.defaultCourt != "" {
			c.recipient = []string{st.x.defaultCourt}
		}
	case graph.Withdrawal, graph.WithdrawalAnnouncement:
		if kind == graph.WithdrawalAnnouncement {
			// "Jammeh's government announced that Gambia would quit": the
			// state that would leave, not who announced it
			if m := st.leavingState(s, ms, c); m != nil {
				agents = []*mention{m}
			} else if f := st.toks[c.from].fold; f == "would" || f == "will" {
				// "announced ..., that the country would leave": the state
				// in the clause, else who announced it
				that, verb := reportedThat(st.toks, s, c.from)
				c.reportedBy = verb + 1
				agents = nil
				var described []*mention
				for _, m := range ms {
					if m.from > that && m.to <= c.from && usable(m, statesOnly) {
						if m.pronoun {
							described = []*mention{m}
						} else {
							agents = []*mention{m}
						}
					}
				}
				if len(agents) == 0 && verb >= 0 {
					// "that the country would leave": the country that
					// announced it
					agents = st.subject(s, ms, verb, ak, false)
				}
				if len(agents) == 0 {
					agents = described
				}
			}
		}
		if f := st.toks[c.from].fold; (f == "withdrew" || f == "withdraws") && c.to-c.from > 2 && st.toks[c.to-1].fold == "from" {
			// "Duterte withdrew the Philippines from the ICC": the state
			// between, else nothing ("withdrew its troops from")
			agents, c.agents = nil, nil
			for _, m := range ms {
				if m.from > c.from && m.to < c.to && m.kind == graph.State && m.entity != "" && !m.modifier {
					agents = []*mention{m}
				}
			}
		}
		for _, m := range ms {
			if m.from >= c.from-1 && m.entity == "rome-statute" {
				c.legal = []string{m.entity}
			}
		}
		if len(targets) == 1 && targets[0].kind == graph.Court && targets[0].from > s.from+2 && st.x.defaultCourt != "" {
			// "would leave what he called the \"International Caucasian
			// Court\"": a speaker's name for the court, not a court
			j := targets[0].from - 1
			for j > s.from && j > targets[0].from-6 && (st.toks[j].fold == "the" || st.toks[j].fold == "\"" || st.toks[j].upper) {
				j--
			}
			if f := st.toks[j].fold; f == "called" || f == "calls" || f == "dubbed" || f == "dubs" || f == "branded" {
				targets = nil
			}
		}
		if len(targets) == 0 && st.x.defaultCourt != "" {
			targets = []*mention{{entity: st.x.defaultCourt, kind: graph.Court}}
		}
	case graph.Conviction:
		for i := c.to; i < s.to-1; i++ {
			if n, err := strconv.Atoi(st.toks[i].text); err == nil && (st.toks[i+1].fold == "counts" || st.toks[i+1].fold == "count") {
				c.counts = n
				break
			}
		}
	}
	if kind == graph.Sanction && len(agents) == 0 && c.rule.voice == passive {
		// "X was sanctioned in February": by whoever sanctions in this document
		if id := st.lastEvent[graph.Sanction]; id != "" {
			if ev := st.events[id]; ev != nil {
				c.agents = ev.With(graph.Agent)
				c.conf -= 0.1
			}
		}
	}
	if kind == graph.Charge && len(agents) == 0 && len(c.agents) == 0 && (c.rule.voice == passive || c.rule.voice == nominal || c.rule.voice == active) {
		// "charges against X were confirmed": only a court confirms
		// charges, the one the document last named
		if court := st.lastOfKind[graph.Court]; court != "" {
			c.agents = []string{st.principal(court, kind)}
			c.conf -= 0.1
		}
	}
	if len(agents) > 0 || len(c.agents) == 0 {
		c.agents = nil
	}
	for _, m := range agents {
		if kind == graph.Statement && (m.group || m.conf < 0.5) {
			// "officials said", "diplomats told": an unnamed speaker says
			// nothing the graph can attribute
			continue
		}
		if kind == graph.Statement && chambers[m.entity] {
			// "the Trial Chamber found that", "Pre-Trial Chamber II noted":
			// what a chamber says is its ruling, no statement
			continue
		}
		id := st.principal(m.entity, kind)
		if kind == graph.WarrantRequest && st.prosecutorsOffice(m.entity) {
			// "the Office of the Prosecutor applied": the office, not the
			// court (see below)
			id = m.entity
		}
		if q, ok := st.groupQualifier[m.entity]; ok && st.kindOf(q) == graph.Court {
			// "ICC judges issued": the court acts
			id = st.principal(q, kind)
		}
		c.agents = append(c.agents, id)
	}
	if kind == graph.WarrantRequest && st.toks[c.to-1].fold == "arrest" && (c.to >= s.to || !strings.HasPrefix(st.toks[c.to].fold, "warrant")) {
		// "the Court continues to seek the arrest of X": a court seeking
		// an arrest enforces its warrant; only a prosecutor's "sought the
		// arrest of X" asks for one
		var ps []string
		for _, a := range c.agents {
			if st.kindOf(a) == graph.Person {
				ps = append(ps, a)
			}
		}
		c.agents = ps
	}
	if len(targets) == 0 && tk != nil && kind != graph.Statement && (c.rule.voice == active || c.rule.voice == nominal) {
		// "X, for whom a warrant was issued", "Judge A, against whom a
		// court issued a warrant": the antecedent is the target
		if m := st.whomAntecedent(s, ms, c.from, tk); m != nil {
			targets = []*mention{m}
		}
	}
	if kind == graph.NonCompliance && c.from+2 < c.to && st.toks[c.from+2].fold == "being" {
		// "instead of being handed over to the court, he was freed": the
		// person is the clause's subject, the state the one that held him
		targets, agents, c.agents = nil, nil, nil
		for _, m := range ms {
			if usable(m, people) && !m.group && (m.to <= c.from || m.from >= c.to) {
				if m.from >= c.to && len(targets) > 0 {
					break
				}
				targets = []*mention{m}
			}
		}
		if len(targets) == 1 {
			if ev := st.events[st.lastEvent[graph.Arrest]]; ev != nil && containsString(ev.With(graph.Target), targets[0].entity) {
				c.agents = ev.With(graph.Agent)
			}
		}
	}
	if kind == graph.NonCompliance && len(agents) == 1 && agents[0].pronoun && len(targets) > 0 && st.belongsTo(targets[0].entity, agents[0].entity) {
		// "when Sudanese President al-Bashir attended a summit in
		// Johannesburg and the government failed to arrest him": the
		// government of the state he was in, not his own
		for _, m := range ms {
			if m.kind == graph.State && m.place && m.entity != "" && m.entity != agents[0].entity {
				agents = []*mention{{from: m.from, to: m.to, entity: m.entity, kind: graph.State, pronoun: true}}
				c.agents = []string{m.entity}
				break
			}
		}
	}
	if kind == graph.ArrestWarrant || kind == graph.WarrantRequest {
		for k, m := range targets {
			// "The warrant against him": whom the story's events are
			// about, unless the sentence named him before
			if m.pronoun && (m.coref == "him" || m.coref == "her") && st.lastTarget != "" && m.entity != st.lastTarget && !namedBefore(ms, m) && st.agreeing(st.lastTarget, map[string]string{"him": "he", "her": "she"}[m.coref]) == st.lastTarget {
				targets[k] = &mention{from: m.from, to: m.to, entity: st.lastTarget, kind: graph.Person, conf: m.conf, pronoun: true}
			}
		}
	}
	if kind == graph.NonCompliance && len(targets) == 0 {
		if f := st.toks[c.to-1].fold; f == "execute" || f == "enforce" {
			// "did not execute the warrant when Netanyahu visited": the
			// person of the sentence the document wants
			if id := st.wantedInSentence(ms); id != "" {
				targets = []*mention{{entity: id, kind: graph.Person}}
				c.targets = []string{id}
			}
		}
	}
	if kind == graph.NonCompliance && !strings.HasPrefix(st.toks[c.to-1].fold, "warrant") {
		// ("did not act on a warrant for him" names him wanted itself)
		for k, m := range targets {
			if m.pronoun && (m.coref == "him" || m.coref == "her" || m.coref == "he" || m.coref == "she") {
				if id := st.wantedAntecedent(s, ms, m); id != "" && id != m.entity {
					targets[k] = &mention{from: m.from, to: m.to, entity: id, kind: graph.Person, conf: m.conf, pronoun: true}
				}
			}
		}
	}
	c.conf -= fillerDoubt(c, agents, targets)
	if kind != graph.Statement {
		c.targets = ids(targets)
		for _, m := range targets {
			if m.group && m.kind == graph.Person {
				if c.groupN == nil {
					c.groupN = map[string]int{}
				}
				c.groupN[m.entity] = groupCount(st.toks, m)
			}
		}
	}
	if kind == graph.Visit {
		// "visited the White House": the state it stands for
		for i, t := range c.targets {
			c.targets[i] = st.principal(t, kind)
		}
		// "a visit by the Russian president": no one visits their own state
		var away []string
		for _, t := range c.targets {
			home := false
			for _, a := range ids(agents) {
				home = home || st.belongsTo(a, t)
			}
			if !home {
				away = append(away, t)
			}
		}
		c.targets = away
	}
	// "sought the warrants", "issued the warrants last November": the
	// warrants named before
	if kind == graph.ArrestWarrant && c.rule.voice == nominal && len(c.targets) == 0 && c.from > s.from && (st.toks[c.to-1].fold == "issued" || st.toks[c.to-1].fold == "unsealed") {
		c.targets = append([]string(nil), st.lastWarrantTargets...)
	}
	if kind == graph.Charge && len(c.targets) == 0 && st.toks[c.from].fold == "the" && st.lastTarget != "" {
		// "The charges were confirmed": against the person last acted on
		c.targets = []string{st.lastTarget}
	}
	if (kind == graph.ArrestWarrant || kind == graph.WarrantRequest) && definiteWarrants(st.toks, c.from, c.to+1) {
		c.targets = dedupeStrings(append(append([]string(nil), st.lastWarrantTargets...), c.targets...), "")
	}
	if kind == graph.WarrantRequest {
		// "the Office of the Prosecutor applied for warrants", "the ICC
		// said it had requested a warrant": a court asks through its
		// prosecutor, the one the document names
		if p := st.byTitle["prosecutor"]; p != "" && st.kindOf(p) == graph.Person {
			for k, a := range c.agents {
				if st.prosecutorsOffice(a) || st.kindOf(a) == graph.Court {
					c.agents[k] = p
				}
			}
		}
	}
	if kind == graph.WarrantRequest && c.rule.voice == nominal {
		// "the judges rejected the prosecutor's request for a warrant": a
		// request named as the object of a ruling on it, which is neither
		// its time nor its maker; a court asks for no warrant
		for j := c.from - 1; j >= s.from && j >= c.from-5; j-- {
			if rulingVerbs[st.toks[j].fold] {
				c.undated = true
				break
			}
		}
		var askers []string
		for _, a := range c.agents {
			if st.kindOf(a) != graph.Court || st.prosecutorsOffice(a) {
				askers = append(askers, a)
			}
		}
		c.agents = askers
	}
	c.agents = dedupeStrings(c.agents, "")
	// implicit agents
	if len(c.agents) == 0 {
		switch kind {
		case graph.ArrestWarrant, graph.Conviction, graph.Charge:
			if st.x.defaultCourt != "" {
				c.agents = []string{st.x.defaultCourt}
				c.conf -= 0.1
			}
		case graph.Sanction:
			// "the executive order has been used to impose sanctions": the
			// signer's state
			if id := st.lastEvent[graph.ExecutiveOrder]; id != "" && hasWordBefore(st.toks, s.from, c.from, "order") {
				if ev := st.events[id]; ev != nil {
					for _, a := range ev.With(graph.Agent) {
						if e := st.x.catalog.entry(a); e != nil && e.affiliation != "" {
							c.agents = []string{e.affiliation}
						}
					}
					if j := c.from - 1; j > s.from && (st.toks[j].fold == "order" || st.toks[j].fold == "also" && st.toks[j-1].fold == "order") && !ev.Date.IsZero() {
						// "The order designates X for sanctions": what the
						// order does it does when signed, unless dated
						c.fallback = []graph.Date{ev.Date}
					}
				}
			} else if id := st.lastEvent[graph.Sanction]; id != "" && c.rule.voice == selfPass {
				if ev := st.events[id]; ev != nil {
					c.agents = ev.With(graph.Agent)
					c.conf -= 0.1
				}
			}
		case graph.Withdrawal:
			// "The instrument of withdrawal ... was received by the UN on
			// Wednesday": of the one state the document has withdrawing
			if f := st.toks[c.from].fold; f == "instrument" || f == "notification" || f == "notice" || f == "notified" || f == "notifies" {
				var states []string
				for _, id := range st.evOrder {
					if ev := st.events[id]; ev != nil && (ev.Kind == graph.Withdrawal || ev.Kind == graph.WithdrawalAnnouncement) {
						states = dedupeStrings(append(states, ev.With(graph.Agent)...), "")
					}
				}
				if len(states) == 1 {
					c.agents = states
					c.conf -= 0.1
				}
			}
		}
	}
}

// skipVerbs say that someone stayed away from a gathering.
var skipVerbs = map[string]bool{"skipped": true, "skips": true, "skip": true, "skipping": true, "missed": true, "boycotted": true, "boycotts": true, "boycott": true, "shunned": true, "avoided": true}

// attendVerbs say that someone was at a gathering.
var attendVerbs = map[string]bool{"attended": true, "attends": true, "attending": true}

// attendance reads "X attended an African Union summit in Johannesburg":
// X visited the state where the summit met, unless it is X's own. The
// visitors are kept on the candidate for emit.
func (st *docState) attendance(s sentence, ms []*mention, c *candidate) {
	toks := st.toks
	at := -1
	for j := c.from - 1; j >= s.from && j >= c.from-4; j-- {
		if attendVerbs[toks[j].fold] {
			at = j
			break
		}
	}
	if at < 0 {
		return
	}
	var place string
	for _, m := range ms {
		if m.from > c.to && m.from <= c.to+8 && m.kind == graph.State && m.entity != "" && (toks[m.from-1].fold == "in" || toks[m.from-1].fold == "at") {
			place = st.principal(m.entity, graph.Visit)
			break
		}
	}
	if place == "" {
		return
	}
	subj := st.subject(s, ms, at, people, false)
	if a := st.relativeAntecedent(s, ms, at, people); a != nil {
		// "a row over X, who attended a summit in Johannesburg"
		subj = []*mention{a}
	}
	for _, m := range subj {
		if !m.group && !st.belongsTo(m.entity, place) {
			c.visitors = append(c.visitors, m.entity)
		}
	}
	c.visited = place
}

// leavingState finds the subject of "that X would|will leave" inside an
// announcement's phrase, or nil.
func (st *docState) leavingState(s sentence, ms []*mention, c *candidate) *mention {
	toks := st.toks
	for i := c.from; i+2 < c.to; i++ {
		if toks[i].fold != "that" {
			continue
		}
		for _, m := range ms {
			if (m.from == i+1 || m.from == i+2 && toks[i+1].fold == "the") && m.to < c.to && usable(m, statesOnly) {
				if f := toks[m.to].fold; f == "would" || f == "will" || f == "was" || f == "is" {
					return m
				}
			}
		}
	}
	return nil
}

// wantedInSentence is the one person named in the sentence whom a warrant
// of the document targets, or "".
func (st *docState) wantedInSentence(ms []*mention) string {
	found := ""
	for _, m := range ms {
		if m.kind != graph.Person || m.entity == "" || m.group || m.modifier || m.entity == found {
			continue
		}
		wanted := containsString(st.lastWarrantTargets, m.entity)
		for _, id := range st.evOrder {
			if ev := st.events[id]; ev != nil && ev.Kind == graph.ArrestWarrant && containsString(ev.With(graph.Target), m.entity) {
				wanted = true
			}
		}
		if wanted {
			if found != "" {
				return ""
			}
			found = m.entity
		}
	}
	return found
}

// sittingBody reports whether an organization's name is that of a body
// that sits: a council, an assembly, a committee, a parliament.
func sittingBody(name string) bool {
	w := graph.Fold(lastWord(name))
	return w == "council" || w == "assembly" || w == "committee" || w == "parliament" || w == "parties"
}

// transitiveObject reports whether the token after "met" opens its object
// rather than an adjunct: "met victims", not "met on Thursday", "met in
// closed session", "met again".
func transitiveObject(t token) bool {
	if !t.word || t.num {
		return false
	}
	switch t.fold {
	case "on", "in", "at", "to", "for", "behind", "again", "twice", "today", "yesterday", "last", "this", "privately", "briefly", "late", "early", "after", "before", "during", "until", "from", "and", "but", "as", "via", "online", "virtually", "remotely":
		return false
	}
	if _, ok := weekdays[t.fold]; ok {
		return false
	}
	return true
}

// gerundCues before "meeting" make it a verb whose subject is the clause's:
// "after meeting refugees".
var gerundCues = map[string]bool{"after": true, "before": true, "while": true, "when": true, "since": true, "by": true}

// pairWords are the nouns of "the two leaders", "both presidents".
var pairWords = map[string]bool{"leaders": true, "presidents": true, "men": true, "women": true, "ministers": true, "heads": true}

// namedPair reads "the two leaders held talks", "both men met": the two
// people named last, in this sentence or before it; nil without such a
// subject.
func (st *docState) namedPair(s sentence, ms []*mention, at int) []*mention {
	toks := st.toks
	j := at - 1
	for j > s.from && (toks[j].fold == "then" || toks[j].fold == "also" || toks[j].fold == "later" || toks[j].fold == "had" || toks[j].fold == "have") {
		j--
	}
	if j-1 < s.from || !pairWords[toks[j].fold] || (toks[j-1].fold != "two" && toks[j-1].fold != "both") {
		return nil
	}
	var out []*mention
	add := func(id string) {
		if id == "" || len(out) == 2 || containsMention(out, id) {
			return
		}
		if _, group := st.groupQualifier[id]; group {
			return
		}
		out = append(out, &mention{entity: id, kind: graph.Person})
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.to <= j-1 && m.kind == graph.Person && !m.group && !m.appos {
			add(m.entity)
		}
	}
	if toks[j].fold == "leaders" || toks[j].fold == "presidents" || toks[j].fold == "heads" {
		// "the two leaders": the leaders named last, not someone named
		// in passing ("those of Genghis Khan's bodyguards")
		for k := len(st.recentPersons) - 1; k >= 0 && len(out) < 2; k-- {
			if st.leads(st.recentPersons[k]) {
				add(st.recentPersons[k])
			}
		}
	}
	for k := len(st.recentPersons) - 1; k >= 0 && len(out) < 2; k-- {
		add(st.recentPersons[k])
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// leaderTitles are the posts of those who lead a state.
var leaderTitles = map[string]bool{"president": true, "minister": true, "king": true, "queen": true, "chancellor": true, "emir": true, "premier": true, "leader": true}

// leads reports whether a person holds a leader's post, by the text or the
// catalog.
func (st *docState) leads(id string) bool {
	if ce := st.x.catalog.entry(id); ce != nil && ce.title != "" && leaderTitles[graph.Fold(lastWord(ce.title))] {
		return true
	}
	for _, p := range st.positions {
		if p.Holder == id && leaderTitles[graph.Fold(lastWord(p.Title))] {
			return true
		}
	}
	return false
}

func containsMention(ms []*mention, id string) bool {
	for _, m := range ms {
		if m.entity == id {
			return true
		}
	}
	return false
}

// ellipticPassive reports whether c is a bare participle coordinated with
// the passive prev: "was arrested ... and transferred", "were sanctioned
// and later designated". Its own subject or auxiliary would make it a
// clause of its own.
func (st *docState) ellipticPassive(s sentence, ms []*mention, prev, c *candidate) bool {
	toks := st.toks
	if prev.rule.voice != passive || len(prev.targets) == 0 || !strings.HasSuffix(toks[c.from].fold, "ed") && toks[c.from].fold != "handed" {
		return false
	}
	j := c.from - 1
	for j > prev.to && (toks[j].fold == "later" || toks[j].fold == "then" || toks[j].fold == "also" || toks[j].fold == "subsequently") {
		j--
	}
	if j <= prev.to-1 || toks[j].fold != "and" {
		return false
	}
	if clauseBetween(toks, prev.to, j) {
		return false
	}
	for _, m := range ms {
		if m.from > j && m.to <= c.from && !m.modifier {
			// "and Germany transferred": a subject of its own
			return false
		}
	}
	return true
}

// fillerDoubt is how much less sure an event is for the way its parties
// were found: through a pronoun or a definite description ("he", "the
// court"), or far from the trigger, where another clause may own them.
func fillerDoubt(c *candidate, agents, targets []*mention) float64 {
	doubt := 0.0
	coref, far := false, false
	for _, m := range append(append([]*mention(nil), agents...), targets...) {
		if m.pronoun {
			coref = true
		}
		if m.to <= c.from && c.from-m.to > 12 || m.from >= c.to && m.from-c.to > 12 {
			far = true
		}
	}
	if coref {
		doubt += 0.1
	}
	if far {
		doubt += 0.1
	}
	return doubt
}

// condemns are speech verbs whose object is the body condemned.
var condemns = map[string]bool{"denouncing": true, "condemning": true, "criticizing": true, "criticising": true, "lashed": true, "dismissed": true, "dismisses": true, "branded": true, "brands": true, "labelled": true, "labeled": true, "described": true, "describes": true, "describing": true, "condemned": true, "condemns": true, "denounced": true, "denounces": true, "criticized": true, "criticised": true, "criticizes": true, "slammed": true, "rejected": true, "rejects": true, "decried": true, "accused": true}

// previousMain is the candidate before c that is no implied event: the
// verb whose subject c may share.
func previousMain(all []*candidate, c *candidate) *candidate {
	var p *candidate
	for _, d := range all {
		if d == c {
			return p
		}
		if d.rule.voice != implied {
			p = d
		}
	}
	return nil
}

func previous(all []*candidate, c *candidate) *candidate {
	var p *candidate
	for _, d := range all {
		if d == c {
			return p
		}
		p = d
	}
	return nil
}

// continues reports whether c shares the subject of the candidate before it:
// "X said (that) it had opened", "X denounced the court and said".
func (st *docState) continues(s sentence, ms []*mention, prev, c *candidate) bool {
	toks := st.toks
	// a subject of its own between the two triggers
	for _, m := range ms {
		if m.from >= prev.to && m.to <= c.from && !m.modifier && !m.appos {
			// a mention right before c is c's subject, unless it is prev's object
			if m.to == c.from || (m.to+1 == c.from && (toks[m.to].fold == "had" || toks[m.to].fold == "has" || toks[m.to].fold == "have" || toks[m.to].fold == "also")) {
				return false
			}
		}
	}
	for j := c.from - 1; j >= prev.to && j >= c.from-4; j-- {
		switch toks[j].fold {
		case "it", "they":
			// "X imposed ... under an order issued by Y, and in June it
			// sanctioned": the first clause's subject, not prev's
			return st.coordinatedSubject(s, ms, j, anyKind) == nil
		case "and", "but":
			return j+1 == c.from || (j+2 == c.from && (toks[j+1].fold == "also" || toks[j+1].fold == "then" || toks[j+1].fold == "later"))
		}
	}
	return false
}

// definiteWarrants reports whether toks[from:to] speak of warrants named
// before: "the warrants", "the warrant".
func definiteWarrants(toks []token, from, to int) bool {
	for i := from; i+1 < to && i+1 < len(toks); i++ {
		if toks[i].fold != "the" && toks[i].fold != "those" && toks[i].fold != "these" {
			continue
		}
		j := i + 1
		if n, ok := numberWords[toks[j].fold]; ok && n > 1 && j+1 < len(toks) {
			// "asked for the three warrants"
			j++
		}
		if toks[j].fold == "warrants" || toks[j].fold == "warrant" {
			return j+1 >= len(toks) || (toks[j+1].fold != "for" && toks[j+1].fold != "against")
		}
	}
	return false
}

func hasWordBefore(toks []token, from, to int, w string) bool {
	for i := from; i < to; i++ {
		if toks[i].fold == w {
			return true
		}
	}
	return false
}

// assignDates gives each candidate the dates of its clause: the first date
// phrase after its trigger and before the next trigger; else a date that
// opens the sentence; else, for the main clause of "X did not arrest Y when
// he visited Z in April", the date of the "when" clause.
func (st *docState) assignDates(s sentence, cands []*candidate, dates []dateExpr) {
	toks := st.toks
	firstTrig := cands[0].from
	for _, c := range cands {
		// "X on Wednesday announced sanctions against Y, ... occupied
		// since 1967": a date between subject and verb dates the verb
		for _, d := range dates {
			if c.rule.voice == active && d.to == c.from && !d.clause && !d.effective && d.from > s.from && !crimePeriod(toks, s, d) && toks[d.from-1].fold != "," {
				c.dates, c.until = d.dates, d.until
			}
			// "announced that Pre-Trial Chamber II had, on 24 June, issued
			// warrants": a date set off between auxiliary and verb
			p := d.from
			if p > s.from && (toks[p-1].fold == "on" || toks[p-1].fold == "in") {
				p--
			}
			if c.rule.voice == active && !d.clause && !d.effective && p > s.from+1 && d.to < c.from && c.from-d.to <= 2 && toks[p-1].fold == "," && auxiliaries[toks[p-2].fold] && onlyAuxiliaries(toks[d.to:c.from]) {
				c.dates, c.until = d.dates, d.until
			}
		}
	}
	for k, c := range cands {
		next := s.to
		// "surrendered him ... after he landed in Rotterdam on Wednesday":
		// a trigger that found no target makes no event and takes no date
		for j := k + 1; j < len(cands); j++ {
			if cands[j].from < c.to {
				// a summit named inside a failure to arrest's phrase
				continue
			}
			if legalBasis(toks, s, cands[j]) {
				// "designated X under Executive Order 14203 on Wednesday":
				// the order is the basis of the act, whose date follows it
				continue
			}
			if !cands[j].rule.needTarget || len(cands[j].targets) > 0 {
				next = cands[j].from
				break
			}
		}
		for _, d := range dates {
			if d.clause {
				continue
			}
			if d.effective {
				if d.afterYear > 0 {
					c.effYears = d.afterYear
				} else if len(d.dates) > 0 && (k == len(cands)-1 || d.from < next) && d.from >= c.from {
					c.effective = d.dates[0]
					if !d.notice.IsZero() && len(c.dates) == 0 && c.rule.kind == graph.Withdrawal {
						c.dates = []graph.Date{d.notice}
					}
				} else if len(d.dates) == 0 && d.from >= c.from {
					c.effYears = -1 // with immediate effect
				}
				continue
			}
			if k+1 < len(cands) && d.to <= next && d.from-2 >= c.to && opensClause(toks, d.from) && !clauseBetweenDate(toks, d.to, next) {
				// the date of the next clause: "..., and on Sept. 9 it sanctioned"
				continue
			}
			if d.from-2 >= c.to && d.from < next && opensClause(toks, d.from) && subjectAfter(toks, s, d.to) {
				// "sentenced him to nine years, and in August last year it
				// ordered reparations": the date of a clause of its own,
				// whatever it reports
				continue
			}
			// "X faces seven counts ... that the group committed after it
			// seized power in March": a state's date in a clause of its own
			// is not when it began
			if d.from > c.from && d.from < next && len(c.dates) == 0 && !crimePeriod(toks, s, d) && !coordinatedClause(toks, c.to, d.from) && !(c.rule.voice == selfPass && clauseBetweenDate(toks, c.to, sinceDate(toks, d.from))) {
				if c.rule.kind == graph.Statement && clauseVerbs[toks[c.from].fold] && !speechDate(toks, c.from, c.to, d.from) {
					// "said the hearing would open on 23 September": the
					// date of what is said, not of the saying
					continue
				}
				c.dates, c.until = d.dates, d.until
				if c.rule.kind == graph.ArrestWarrant || c.rule.kind == graph.WarrantRequest {
					// "issued warrants for X in March 2009 and July 2010":
					// one warrant for each date
					c.dates = append(append([]graph.Date(nil), c.dates...), coordinatedDates(toks, dates, d)...)
				}
			}
		}
	}
	// "six days after the ICC had issued a warrant": the clause it opens
	for _, d := range dates {
		if !d.clause {
			continue
		}
		for _, c := range cands {
			if c.from >= d.to && c.from-d.to <= 8 {
				if len(c.dates) == 0 {
					c.dates, c.until = d.dates, graph.Date{}
				}
				break
			}
		}
	}
	// "X designated A on March 2, and on Sept. 9 it sanctioned B", "In
	// February X imposed ..., and in June it sanctioned B": a date
	// that opens a coordinated clause dates that clause's trigger
	for k := 1; k < len(cands); k++ {
		c, p := cands[k], cands[k-1]
		if len(c.dates) > 0 || c.cause || c.rule.voice == selfPass {
			continue
		}
		for _, d := range dates {
			if d.effective || d.clause || d.from < p.to || d.to > c.from || clauseBetweenDate(toks, d.to, c.from) {
				continue
			}
			if d.from-2 >= p.to && opensClause(toks, d.from) {
				c.dates, c.until = d.dates, d.until
			}
		}
	}
	for _, c := range cands {
		if len(c.dates) > 0 || c.cause || c.rule.voice == selfPass {
			continue
		}
		if d := announcedDate(toks, dates, c); d != nil {
			// "Responding to today's announcement by X that he has
			// applied for a warrant": the day of the announcement
			c.dates, c.until = d.dates, d.until
			continue
		}
		if c.relative && perfectBefore(st.toks, max(s.from, c.from-6), c.from) {
			// "judges, two of whom had issued warrants": an earlier time
			continue
		}
		// "X, which took effect on 27 October, is a blow, HRW said": a
		// speaker after what is said takes none of its dates
		trail := -1
		if c.rule.kind == graph.Statement {
			trail = trailingSpeaker(toks, s, c.from)
		}
		for _, d := range dates {
			if trail >= 0 && d.to < trail {
				continue
			}
			if !d.effective && !d.clause && d.to <= firstTrig && (d.from <= s.from+1 || !clauseBetweenDate(toks, d.to, c.from) || whenOfDate(toks, d.to, c.from)) && (!inRelativeClause(toks, s, d.from, d.to, c.from) || whenOfDate(toks, d.to, c.from)) {
				c.dates, c.until = d.dates, d.until
			} else if !d.effective && !d.clause && d.to > firstTrig && d.to <= c.from && whenOfDate(toks, d.to, c.from) {
				// "applied for the warrants in May, when he also sought
				// warrants for B": the when-clause's time is the date it
				// hangs on, even after the sentence's first verb
				c.dates, c.until = d.dates, d.until
			}
		}
	}
	// "travelled to Chad for a regional summit on 21 July": a trip takes
	// the date of the gathering it was made for, told right after it
	for k := 0; k+1 < len(cands); k++ {
		c, n := cands[k], cands[k+1]
		if c.rule.kind != graph.Visit || len(c.dates) > 0 || c.cause || n.rule.kind != graph.Meeting || len(n.dates) == 0 || n.from-c.to > 10 || clauseBetweenDate(toks, c.to, n.from) {
			continue
		}
		for j := c.to; j < n.from; j++ {
			if f := toks[j].fold; f == "for" || f == "attend" || f == "to" && j+1 < n.from && toks[j+1].fold == "attend" {
				c.dates, c.until = n.dates, n.until
				break
			}
		}
	}
	// "he crossed into the CAR in June 2020 and gave himself up; the
	// authorities then transferred him": "then" continues the time of the
	// clause before, at the month's precision or coarser
	for _, c := range cands {
		if len(c.dates) > 0 || c.cause || c.from-1 <= s.from || toks[c.from-1].fold != "then" || !accusedKinds[c.rule.kind] {
			continue
		}
		for _, d := range dates {
			if d.to <= c.from && !d.effective && !d.clause && len(d.dates) == 1 && d.dates[0].Precision <= graph.PrecisionMonth && !crimePeriod(toks, s, d) {
				c.dates = d.dates
			}
		}
	}
	// "..., delivered by X, who told ambassadors": a relative clause
	// shares the time of the clause it hangs on
	for k := 1; k < len(cands); k++ {
		if c := cands[k]; c.relative && len(c.dates) == 0 && !cands[k-1].cause && !perfectBefore(toks, max(cands[k-1].to, c.from-6), c.from) {
			c.dates, c.until = cands[k-1].dates, cands[k-1].until
		}
	}
	// "Putin was greeted on Tuesday by X. The two leaders then held talks":
	// a meeting or visit "then" follows the time of the sentence before
	for _, c := range cands {
		if len(c.dates) > 0 || c.rule.kind != graph.Meeting && c.rule.kind != graph.Visit || st.priorAnchor.IsZero() || st.priorAnchorSent != st.cur-1 {
			continue
		}
		for j := c.from - 1; j >= s.from && j >= c.from-2; j-- {
			if toks[j].fold == "then" {
				c.dates = []graph.Date{st.priorAnchor}
				break
			}
		}
	}
	// "dominated the opening on Monday of the annual session of X": the
	// date of the opening is the session's
	for _, c := range cands {
		if c.rule.kind != graph.Meeting || len(c.dates) > 0 {
			continue
		}
		for _, d := range dates {
			if d.clause || d.effective || d.from-1 <= s.from || d.to >= c.from || c.from-d.to > 4 || toks[d.to].fold != "of" {
				continue
			}
			switch toks[d.from-1].fold {
			case "opening", "start", "opened", "close", "closing", "end":
				c.dates, c.until = d.dates, d.until
			}
		}
	}
	// "announced its withdrawal in April while hosting X": a participle
	// after "while" or "when" shares the time of the clause it hangs on
	for k := 1; k < len(cands); k++ {
		c, p := cands[k], cands[k-1]
		if len(c.dates) == 0 && !c.cause && !p.cause && c.from-1 > s.from && strings.HasSuffix(toks[c.from].fold, "ing") && (toks[c.from-1].fold == "while" || toks[c.from-1].fold == "when") && p.to <= c.from-1 && !hasWordBefore(toks, p.to, c.from-1, ",") {
			c.dates, c.until = p.dates, p.until
		}
	}
	// "X announced on Thursday that it had designated": the date of the report
	for k := 1; k < len(cands); k++ {
		c, p := cands[k], cands[k-1]
		if len(c.dates) == 0 && !c.cause && c.rule.voice != selfPass && p.rule.kind == graph.Statement {
			c.dates, c.until = p.dates, p.until
		}
	}
	for k := 0; k+1 < len(cands); k++ {
		c, n := cands[k], cands[k+1]
		if len(c.dates) > 0 || c.cause || c.rule.voice == selfPass || len(n.dates) == 0 {
			continue
		}
		for i := c.to; i < n.from; i++ {
			if f := toks[i].fold; f == "when" || f == "as" || f == "during" || f == "while" {
				// "did not arrest X when he visited Y in April"; not "as he
				// returned, acting on a warrant issued on 7 March"
				if !hasWordBefore(toks, i, n.from, ",") {
					c.dates = n.dates
				}
				break
			}
		}
	}
	// "announced earlier this year, as it hosted X, that the country would
	// leave": the date of the saying
	for _, c := range cands {
		if c.reportedBy == 0 || len(c.dates) > 0 {
			continue
		}
		verb := c.reportedBy - 1
		for _, d := range dates {
			if !d.effective && !d.clause && d.from > verb && d.from <= verb+2 {
				c.dates, c.until = d.dates, d.until
			}
		}
	}
	// "X had warned in December ... . She was speaking as the Assembly met
	// in The Hague": the events of the clause are at the speech just told
	if s.from+3 < s.to && labelPronouns[toks[s.from].fold] && (toks[s.from+1].fold == "was" || toks[s.from+1].fold == "were") && (toks[s.from+2].fold == "speaking" || toks[s.from+2].fold == "talking") {
		if f := toks[s.from+3].fold; f == "as" || f == "when" || f == "while" {
			if ev := st.events[st.lastEvent[graph.Statement]]; ev != nil && !ev.Date.IsZero() {
				for _, c := range cands {
					if len(c.dates) == 0 && !c.cause && c.from > s.from+3 {
						c.dates = []graph.Date{ev.Date}
					}
				}
			}
		}
	}
	// "at the meeting", "during the session", "during that visit": the
	// date of the last meeting or visit the occasion names, where dated
	for i := s.from; i+2 < s.to; i++ {
		if f := toks[i].fold; f != "at" && f != "during" {
			continue
		}
		noun := occasionNoun(toks, i, s.to)
		d, until := st.lastEncounterDate(occasionKinds[noun])
		if d.IsZero() {
			continue
		}
		for _, c := range cands {
			// (a speech at other occasions: see tiedToNarrated below)
			if len(c.dates) == 0 && !c.cause && (c.rule.kind != graph.Statement || noun == "meeting" || noun == "session") {
				c.dates, c.until = []graph.Date{d}, until
			}
		}
		break
	}
	// "A similar order during Trump's first term in 2020 led to sanctions
	// on X": sanctions the order brought share its date
	for k := 1; k < len(cands); k++ {
		c, p := cands[k], cands[k-1]
		if c.rule.kind == graph.Sanction && p.rule.kind == graph.ExecutiveOrder && len(c.dates) == 0 && len(p.dates) > 0 && !clauseBetween(toks, p.to, c.from) && !hedgeBetween(toks, p.to, c.from) {
			c.dates, c.until = p.dates, p.until
		}
	}
	// "At a joint news conference on Thursday, X said ..., while Y
	// called": the opening adjunct places the speeches of the sentence
	if comma := openingAdjunctEnd(toks, s); comma > 0 {
		for _, d := range dates {
			if d.to > comma || d.clause || d.effective || len(d.dates) != 1 || crimePeriod(toks, s, d) {
				continue
			}
			for _, c := range cands {
				if c.rule.kind == graph.Statement && len(c.dates) == 0 && !c.cause && c.from > comma {
					c.dates, c.until = d.dates, d.until
				}
			}
		}
	}
	// "condemned the executive order in a statement on Friday", "welcomed
	// the warrants for A and B as \"historic\" on Thursday": a day after
	// the event named as the object of a speech, with no verb of its own
	// between, dates the speech
	for k, c := range cands {
		if c.rule.kind != graph.Statement || c.rule.voice != active || clauseVerbs[toks[c.from].fold] || len(c.dates) > 0 || c.cause || k+1 == len(cands) {
			continue
		}
		n := cands[k+1]
		if n.from <= c.to || n.from-c.to > 3 || !onlyDeterminers(toks[c.to:n.from]) {
			continue
		}
		for _, d := range dates {
			if d.clause || d.effective || len(d.dates) != 1 || d.dates[0].Precision != graph.PrecisionDay || d.from < n.to || d.from-n.to > 12 {
				continue
			}
			if f := toks[d.from].fold; f != "on" && toks[d.from-1].fold != "on" && f != "yesterday" && f != "today" && f != "last" {
				continue
			}
			if speechObjectSpan(toks, n.to, d.from) {
				c.dates, c.until = d.dates, d.until
			}
			break
		}
	}
	// "Bensouda said at the time that": the time the narrative last gave
	for _, c := range cands {
		if c.rule.kind != graph.Statement || len(c.dates) > 0 || c.cause || st.priorAnchor.IsZero() || st.cur-st.priorAnchorSent > 2 {
			continue
		}
		// "At the time, X said": the same, opening the sentence
		if s.from+3 < c.from && toks[s.from].fold == "at" && toks[s.from+1].fold == "the" && toks[s.from+2].fold == "time" && toks[s.from+3].fold == "," {
			c.dates = []graph.Date{st.priorAnchor}
			continue
		}
		for i := c.to; i+2 < s.to && i <= c.to+3; i++ {
			if toks[i].fold == "at" && toks[i+1].fold == "the" && toks[i+2].fold == "time" {
				c.dates = []graph.Date{st.priorAnchor}
				break
			}
			if f := toks[i].fold; f == "that" || f == "," || f == "\"" {
				break
			}
		}
	}
	// "Responding to today's announcement ..., X said": a response made
	// the day of what it answers, which is today
	if f := toks[s.from].fold; (f == "responding" || f == "reacting") && s.from+1 < s.to && toks[s.from+1].fold == "to" {
		for _, d := range dates {
			if toks[d.from].fold != "today" || d.to >= s.to || !isPossessive(&toks[d.to]) {
				continue
			}
			for _, c := range cands {
				if c.rule.kind == graph.Statement && len(c.dates) == 0 && c.from > d.to {
					c.dates = d.dates
				}
			}
		}
	}
	// "said in a statement after the vote", "In the notice, he said",
	// "Opening the session, X told": a speech tied to an event or document
	// just narrated takes its date
	for _, c := range cands {
		if c.rule.kind != graph.Statement || len(c.dates) > 0 || c.cause {
			continue
		}
		noun := tiedToNarrated(toks, s, c)
		if noun == "" {
			continue
		}
		// "Reading the judgment", "after the welcome ceremony": the date
		// of the last dated event of the occasion's kind, where one is
		// narrated; else the date the narrative last gave
		if hasWordBefore(toks, s.from, c.from, "reading") && occasionKinds[noun] != nil && !st.ledeDate.IsZero() {
			// "Reading the judgment, the presiding judge said": a judgment
			// is read the day it is delivered, the news the story opens
			// with ("the appeals chamber on Friday acquitted X"), which
			// may be of no kind of its own (an acquittal)
			c.dates = []graph.Date{st.ledeDate}
		} else if d := st.lastDated(occasionKinds[noun]); !d.IsZero() {
			c.dates = []graph.Date{d}
		} else if !speechOccasions[noun] && !st.priorAnchor.IsZero() && st.cur-st.priorAnchorSent <= 3 {
			c.dates = []graph.Date{st.priorAnchor}
		}
	}
	// "In announcing the designations, X accused ...", "Announcing the
	// warrants, the prosecutor said": the speech made with the act
	// just narrated, on its day
	if i := s.from; i+3 < s.to {
		if toks[i].fold == "in" {
			i++
		}
		if announcing[toks[i].fold] && (toks[i+1].fold == "the" || toks[i+1].fold == "its" || toks[i+1].fold == "their") {
			if kinds := announcedActs[toks[i+2].fold]; kinds != nil && i+3 < s.to && toks[i+3].fold == "," {
				if d := st.lastDated(kinds); !d.IsZero() {
					for _, c := range cands {
						if c.rule.kind == graph.Statement && len(c.dates) == 0 && !c.cause && c.from > i+3 {
							c.dates = []graph.Date{d}
						}
					}
				}
			}
		}
	}
	// "The warrant against him, and a second one against B, were issued on
	// 10 March 2015": the date of the verb both share
	for k := 1; k < len(cands); k++ {
		c, p := cands[k], cands[k-1]
		if c.rule.kind != graph.ArrestWarrant || toks[c.to-1].fold != "one" || p.rule.kind != graph.ArrestWarrant || len(p.dates) > 0 || len(c.dates) == 0 {
			continue
		}
		for j := c.to; j < s.to && j < c.to+10; j++ {
			if f := toks[j].fold; f == "issued" || f == "unsealed" {
				if beForms[toks[j-1].fold] {
					p.dates, p.until = c.dates, c.until
				}
				break
			}
		}
	}
	for _, c := range cands {
		if len(c.dates) == 0 && len(c.fallback) > 0 {
			c.dates = c.fallback
		}
	}
	// "issued a warrant for A in April 2007, together with one for B": at
	// the same time
	for k := 1; k < len(cands); k++ {
		if c := cands[k]; len(c.dates) == 0 && c.rule.kind == graph.ArrestWarrant && (toks[c.from].fold == "together" || toks[c.from].fold == "along") {
			for j := k - 1; j >= 0; j-- {
				if p := cands[j]; p.rule.kind == graph.ArrestWarrant {
					c.dates = p.dates
					break
				}
			}
		}
	}
	// "arrived on Wednesday for a three-day visit", "for a visit lasting
	// until Tuesday", "and left on Wednesday", "the two-day summit that
	// opened on Sunday": the last day of a visit or a meeting
	for _, c := range cands {
		if (c.rule.kind != graph.Visit && c.rule.kind != graph.Meeting) || len(c.dates) != 1 || c.dates[0].Precision != graph.PrecisionDay || !c.until.IsZero() {
			continue
		}
		from, to := c.to, min(s.to, c.to+8)
		if c.rule.kind == graph.Meeting {
			from, to = max(s.from, c.from-4), c.from
		}
		for i := from; i < to; i++ {
			if n := dayCount(toks, i, s.to); n > 1 && (c.rule.kind == graph.Meeting || i+1 < s.to && visitNouns[toks[i+1].fold] || i+3 < s.to && toks[i].num && visitNouns[toks[i+3].fold]) {
				c.until = graph.DateOf(c.dates[0].Earliest().AddDate(0, 0, n-1))
				break
			}
			if f := toks[i].fold; f == "." || f == ";" || f == "but" {
				break
			}
		}
		if c.rule.kind != graph.Visit || !c.until.IsZero() {
			continue
		}
		for _, d := range dates {
			if d.from <= c.to || len(d.dates) != 1 || d.dates[0].Precision != graph.PrecisionDay || d.dates[0].Compare(c.dates[0]) <= 0 || d.from-2 < s.from {
				continue
			}
			k := d.from - 1
			if toks[d.from].fold == "on" || toks[d.from].fold == "until" {
				k = d.from
			}
			if toks[k].fold == "on" && k > s.from {
				k--
			}
			if p := toks[k].fold; p == "until" || p == "left" || p == "departed" {
				c.until = d.dates[0]
			}
		}
	}
	for _, c := range cands {
		if c.rule.kind == graph.Conviction && c.rule.voice == nominal && !dateInSpan(toks, dates, c) {
			// "which in June overturned the conviction of X": the date is
			// the ruling's, not the conviction's
			c.dates, c.until = nil, graph.Date{}
		}
		if referentialWarrant(toks, c) && !dateInSpan(toks, dates, c) {
			// "rejected the warrants for X on Monday", "ignored the
			// warrant for X during his visit in September": a warrant
			// named, not issued, takes no date of the clause around it
			c.dates, c.until = nil, graph.Date{}
		}
	}
	for _, c := range cands {
		if c.effYears != 0 && len(c.dates) == 1 {
			if c.effYears < 0 {
				c.effective = c.dates[0]
			} else {
				c.effective = c.dates[0].AddYears(c.effYears)
			}
		}
	}
}

// emit turns a candidate into events: one per agent, target and date.
func (st *docState) emit(s sentence, c *candidate) {
	kind := c.rule.kind
	if c.undated {
		c.dates = nil
	}
	if c.counted > 0 && len(c.targets) == 0 && len(c.agents) > 0 && len(c.dates) == 1 {
		st.counted = append(st.counted, countedEvent{kind: kind, agents: c.agents, date: c.dates[0], sent: st.cur, n: c.counted, source: st.source(s)})
	}
	if (kind == graph.ArrestWarrant || kind == graph.WarrantRequest) && c.rule.voice == active && len(c.targets) > 0 && len(c.agents) > 0 && len(c.dates) <= 1 {
		// "warrants for A, his son B and his intelligence chief. ... the
		// intelligence chief, C, ...": C is the member described
		if head, desc := describedMember(st.toks, c.to, s.to); head != "" {
			st.noteUnnamed(s, c, "", head, 1)
			st.unnamed[len(st.unnamed)-1].desc = desc
		}
	}
	if c.counted > 0 && len(c.targets) == 0 && len(c.agents) > 0 && len(c.dates) <= 1 {
		if _, head := countedNoun(st.toks, s, countFrom(st.toks, s, c.to)); head != "" {
			st.noteUnnamed(s, c, "", head, c.counted)
		}
	}
	defer func() {
		for _, t := range c.targets {
			if head, ok := st.groupHead[t]; ok && st.kindOf(t) == graph.Person && len(c.agents) > 0 && len(c.dates) <= 1 {
				st.noteUnnamed(s, c, t, head, c.groupN[t])
			}
		}
	}()
	if c.host != "" && len(c.agents) == 1 {
		// "Maduro, who had hosted him": the host and the guest met
		for _, d := range append([]graph.Date{{}}, c.dates...)[min(1, len(c.dates)):] {
			as := sortedCopy([]string{c.host, c.agents[0]})
			st.putEvent(&graph.Event{
				ID:   graph.EventID(graph.Meeting, as, nil, d),
				Kind: graph.Meeting, Date: d, Confidence: clamp(c.conf - 0.1),
				Participants: []graph.Participant{{Role: graph.Agent, Entity: as[0]}, {Role: graph.Agent, Entity: as[1]}},
				Sources:      []graph.Source{st.source(s)},
			})
		}
	}
	if c.rule.needTarget && len(c.targets) == 0 || c.needDate && len(c.dates) == 0 {
		return
	}
	// "X was arrested in April 2011": an arrest whose agent the text does
	// not give is still an arrest, when it is dated
	unstated := kind == graph.Arrest && c.rule.voice == passive && len(c.agents) == 0 && len(c.targets) > 0 && len(c.dates) > 0
	if unstated {
		c.conf -= 0.15
	}
	if len(c.agents) == 0 && kind != graph.CyberAttack && !unstated {
		if c.rule.voice == nominal && len(c.dates) == 1 && len(c.targets) == 1 {
			// "the arrest of X on Tuesday": whoever the text says arrested X
			st.agentless = append(st.agentless, agentless{kind: kind, target: c.targets[0], date: c.dates[0], source: st.source(s)})
		}
		return
	}
	agents := c.agents
	if len(agents) == 0 {
		agents = []string{""}
	}
	targets := c.targets
	if len(targets) == 0 {
		targets = []string{""}
	}
	dates := c.dates
	if len(dates) == 0 {
		dates = []graph.Date{{}}
	}
	agentSets := make([][]string, 0, len(agents))
	if c.joint {
		// talks between people are one event of them all
		agentSets = append(agentSets, sortedCopy(agents))
	} else {
		for _, a := range agents {
			agentSets = append(agentSets, []string{a})
		}
	}
	for _, v := range c.visitors {
		// "X attended a summit in Johannesburg": X visited South Africa
		for _, d := range dates {
			st.statedVisits[graph.EventID(graph.Visit, []string{v}, []string{c.visited}, d)] = true
			st.putEvent(&graph.Event{
				ID:   graph.EventID(graph.Visit, []string{v}, []string{c.visited}, d),
				Kind: graph.Visit, Date: d, Confidence: clamp(c.conf - 0.05),
				Participants: []graph.Participant{{Role: graph.Agent, Entity: v}, {Role: graph.Target, Entity: c.visited}},
				Sources:      []graph.Source{st.source(s)},
			})
		}
	}
	for _, aset := range agentSets {
		a := aset[0]
		for _, t := range targets {
			if a != "" && a == t {
				continue
			}
			for _, d := range dates {
				var parts []graph.Participant
				var as, ts []string
				if a != "" {
					for _, x := range aset {
						parts = append(parts, graph.Participant{Role: graph.Agent, Entity: x})
					}
					as = aset
				}
				if t != "" {
					parts = append(parts, graph.Participant{Role: graph.Target, Entity: t})
					ts = []string{t}
				}
				for _, p := range c.place {
					parts = append(parts, graph.Participant{Role: graph.Place, Entity: p})
				}
				for _, p := range c.recipient {
					parts = append(parts, graph.Participant{Role: graph.Recipient, Entity: p})
				}
				for _, p := range c.legal {
					parts = append(parts, graph.Participant{Role: graph.LegalBasis, Entity: p})
				}
				eff := c.effective
				if kind != graph.Withdrawal {
					// an announcement takes no effect; the withdrawal does
					eff = graph.Date{}
				}
				ev := &graph.Event{
					ID: graph.EventID(kind, as, ts, d), Kind: kind, Date: d, Participants: parts,
					Effective: eff, Counts: c.counts, Confidence: clamp(c.conf - st.partyDoubt(a, t)),
					Sources: []graph.Source{st.source(s)},
				}
				if len(c.dates) == 1 {
					ev.Until = c.until
				}
				st.putEvent(ev)
				if d.IsZero() && separateCase(st.toks, s, c) {
					if st.separate == nil {
						st.separate = map[string]bool{}
					}
					st.separate[ev.ID] = true
				}
				if kind == graph.Visit {
					st.statedVisits[ev.ID] = true
					if a != "" && t != "" && st.kindOf(a) == graph.Person && unarrested(st.toks, s, c.to) {
						// "he visited Chad and Malawi without being
						// arrested": each host failed to arrest him
						st.putEvent(&graph.Event{
							ID:   graph.EventID(graph.NonCompliance, []string{t}, []string{a}, d),
							Kind: graph.NonCompliance, Date: d, Confidence: clamp(c.conf - 0.1),
							Participants: []graph.Participant{{Role: graph.Agent, Entity: t}, {Role: graph.Target, Entity: a}},
							Sources:      []graph.Source{st.source(s)},
						})
					}
				}
				c.ids = append(c.ids, ev.ID)
				if kind == graph.ArrestWarrant || kind == graph.WarrantRequest {
					st.warrantTargets(s, t)
				}
				if kind == graph.NonCompliance && t != "" && st.x.defaultCourt != "" {
					// a failure to arrest implies the court's warrant
					w := &graph.Event{
						ID:   graph.EventID(graph.ArrestWarrant, []string{st.x.defaultCourt}, []string{t}, graph.Date{}),
						Kind: graph.ArrestWarrant, Confidence: 0.6,
						Participants: []graph.Participant{{Role: graph.Agent, Entity: st.x.defaultCourt}, {Role: graph.Target, Entity: t}},
						Sources:      []graph.Source{st.source(s)},
					}
					st.putEvent(w)
					if a != "" && st.kindOf(a) == graph.State && st.hosting(s, c) {
						// "hosted X despite the warrant", "failed to arrest X
						// during his visit": X visited the state
						v := &graph.Event{
							ID:   graph.EventID(graph.Visit, []string{t}, []string{a}, d),
							Kind: graph.Visit, Date: d, Confidence: clamp(c.conf - 0.1),
							Participants: []graph.Participant{{Role: graph.Agent, Entity: t}, {Role: graph.Target, Entity: a}},
							Sources:      []graph.Source{st.source(s)},
						}
						st.putEvent(v)
						st.ties = append(st.ties, visitTie{nc: ev.ID, visit: v.ID, person: t, state: a, during: !hostWords[st.toks[c.from].fold]})
					}
				}
			}
		}
	}
}

// partyDoubt lowers an event's confidence by the doubt about its parties: a
// name the catalog does not know whose kind was guessed from its context
// makes a shakier event than a curated one.
func (st *docState) partyDoubt(ids ...string) float64 {
	least := 1.0
	for _, id := range ids {
		if id == "" {
			continue
		}
		conf := 1.0
		if e, ok := st.entities[id]; ok {
			conf = e.Confidence
		} else if ne, ok := st.newEntities[id]; ok {
			conf = ne.Confidence
		}
		least = min(least, conf)
	}
	return (1 - least) / 3
}

// warrantTargets remembers the people of the warrants of the latest sentence
// that names any, for "the warrants" later on.
func (st *docState) warrantTargets(s sentence, t string) {
	if _, group := st.groupQualifier[t]; group && len(st.lastWarrantTargets) > 0 && st.lastWarrantSent != s.start {
		// "welcomed the warrants against the Israeli leaders": a
		// description of the people named before, who stay "the warrants"
		return
	}
	if st.lastWarrantSent != s.start {
		st.lastWarrantSent = s.start
		if containsString(st.lastWarrantTargets, t) {
			// "The warrant for Deif relates to ...": one of the warrants
			// named before, which stay "the warrants"
			return
		}
		st.lastWarrantTargets = nil
	}
	st.lastWarrantTargets = dedupeStrings(append(st.lastWarrantTargets, t), "")
}

func clamp(c float64) float64 {
	if c < 0.05 {
		return 0.05
	}
	if c > 1 {
		return 1
	}
	return c
}

// trailingSpeaker returns the comma or quote before the speaker of a verb
// of saying at verb that follows what is said ("..., the State Department
// said", "\"...\", Khan said"), or -1: the comma opens a speaker of at
// most six words, with what is said before it.
func trailingSpeaker(toks []token, s sentence, verb int) int {
	if prepositions[toks[s.from].fold] {
		// "In a joint statement issued on Monday, the governments
		// denounced": an opening adjunct, not what is said
		return -1
	}
	for j := verb - 1; j > s.from+3 && j >= verb-7; j-- {
		switch toks[j].fold {
		case ",", "\"":
			if j == verb-1 {
				return -1
			}
			return j
		case ";", ":", "that", "and", "but", "who", "which", "while", "whereas", "although", "though", "as", "because", "since", "when", "after", "before", "if":
			// "..., while France said": a clause of its own
			return -1
		}
	}
	return -1
}

// lastDated returns the date of the last dated event of one of kinds, or
// the zero date.
func (st *docState) lastDated(kinds []graph.EventKind) graph.Date {
	for k := len(st.evOrder) - 1; k >= 0; k-- {
		ev := st.events[st.evOrder[k]]
		if ev == nil || ev.Date.IsZero() {
			continue
		}
		for _, kind := range kinds {
			if ev.Kind == kind {
				return ev.Date
			}
		}
	}
	return graph.Date{}
}

// tripAfter reports whether a trip or visit is named in the clause after
// toks[from]: "was in Washington this week on his first trip abroad".
func tripAfter(toks []token, s sentence, from int) bool {
	for j := from; j < s.to && j < from+12; j++ {
		switch toks[j].fold {
		case "trip", "visit", "tour":
			return true
		case ",", ";", ".", "when", "while", "where", "because", "but":
			return false
		}
	}
	return false
}

// mentionBefore reports whether an entity is named before toks[at].
func mentionBefore(ms []*mention, at int) bool {
	for _, m := range ms {
		if m.to <= at && m.entity != "" {
			return true
		}
	}
	return false
}

// voteWords are the verbs by which a sitting body's vote tells a sitting.
var voteWords = map[string]bool{"elected": true, "chose": true, "adopted": true, "voted": true, "approved": true}

// findingVerbs report a court's finding: "judges ruled that".
var findingVerbs = map[string]bool{"ruled": true, "found": true, "concluded": true, "determined": true, "held": true}

// undateFoundFailures drops from a failure to arrest the date of the
// finding that reports it: "In July, ICC judges ruled that Pretoria had
// violated its obligations by failing to arrest him" tells when the judges
// ruled, not when the state failed (dateFromVisits may date it by the visit).
func undateFoundFailures(toks []token, s sentence, cands []*candidate, dates []dateExpr) {
	for _, c := range cands {
		// "who has visited Ukraine several times since Russia's invasion
		// in February 2022": the date of what the visits came after
		if c.rule.kind != graph.Visit || len(c.dates) != 1 || c.from == s.from || (toks[c.from-1].fold != "has" && toks[c.from-1].fold != "have") {
			continue
		}
		for _, d := range dates {
			if d.from > c.to && len(d.dates) == 1 && d.dates[0] == c.dates[0] && hasWordBefore(toks, c.to, d.from, "since") {
				c.dates, c.until = nil, graph.Date{}
				break
			}
		}
	}
	for _, c := range cands {
		if c.rule.kind != graph.NonCompliance || len(c.dates) != 1 {
			continue
		}
		for j := s.from; j+1 < c.from; j++ {
			if !findingVerbs[toks[j].fold] || toks[j+1].fold != "that" {
				continue
			}
			for _, d := range dates {
				if d.to <= j && len(d.dates) == 1 && d.dates[0] == c.dates[0] {
					c.dates, c.until = nil, graph.Date{}
				}
			}
			break
		}
	}
}

// lastEncounterDate returns the date (and last day) of the last meeting or
// visit among kinds, or none when that one is undated.
func (st *docState) lastEncounterDate(kinds []graph.EventKind) (graph.Date, graph.Date) {
	for k := len(st.evOrder) - 1; k >= 0; k-- {
		ev := st.events[st.evOrder[k]]
		if ev == nil || (ev.Kind != graph.Meeting && ev.Kind != graph.Visit) {
			continue
		}
		for _, kind := range kinds {
			if ev.Kind == kind {
				return ev.Date, ev.Until
			}
		}
	}
	return graph.Date{}, graph.Date{}
}

// putEvent adds an event, merging it with an event of the same id, and makes
// sure its participants are entities of the report.
func (st *docState) putEvent(ev *graph.Event) {
	ev.ID = st.eventID(ev)
	for _, p := range ev.Participants {
		if _, ok := st.entities[p.Entity]; !ok {
			if ce := st.x.catalog.entry(p.Entity); ce != nil {
				st.addEntity(ce.entity)
			} else if ne, ok := st.newEntities[p.Entity]; ok {
				st.addEntity(ne)
			}
		}
	}
	if old, ok := st.events[ev.ID]; ok {
		mergeEvent(old, ev)
	} else {
		st.events[ev.ID] = ev
		st.evOrder = append(st.evOrder, ev.ID)
	}
	st.lastEvent[ev.Kind] = ev.ID
	if ev.Kind != graph.Statement {
		for _, t := range ev.With(graph.Target) {
			if _, group := st.groupQualifier[t]; !group && st.kindOf(t) == graph.Person {
				st.lastTarget = t
			}
		}
	}
	for _, a := range ev.With(graph.Agent) {
		if ev.Kind != graph.Statement && st.kindOf(a) == graph.State {
			st.lastStateAgent = a
		}
	}
	// a speaker is what "the organization" most likely points back to
	for _, a := range ev.With(graph.Agent) {
		if k := st.kindOf(a); k != "" && ev.Kind == graph.Statement {
			st.lastAgentOfKind[k] = a
		}
	}
}

// effectiveOnly attaches "The withdrawal is to take effect on June 2, 2026"
// to the last withdrawal of the document.
func (st *docState) effectiveOnly(s sentence, dates []dateExpr) {
	id := st.lastEvent[graph.Withdrawal]
	if id == "" {
		return
	}
	ev := st.events[id]
	if ev == nil {
		return
	}
	for _, d := range dates {
		if !d.effective {
			continue
		}
		switch {
		case len(d.dates) == 1:
			ev.Effective = d.dates[0]
		case d.afterYear > 0 && !ev.Date.IsZero():
			ev.Effective = ev.Date.AddYears(d.afterYear)
		case d.afterYear == 0 && !ev.Date.IsZero():
			ev.Effective = ev.Date
		default:
			continue
		}
		ev.Sources = append(ev.Sources, st.source(s))
		return
	}
}

// relativeAntecedent finds the subject of a verb in a relative clause: the
// mention right before "who" ("the judges of the ICC who issued", "Deputy
// Prosecutor X, who told"), or nil.
func (st *docState) relativeAntecedent(s sentence, ms []*mention, at int, kinds kindSet) *mention {
	toks := st.toks
	j := at - 1
	if j-1 > s.from && toks[j].fold == "in" && toks[j-1].fold == "involved" && strings.HasSuffix(toks[at].fold, "ing") {
		// "judges who had been involved in issuing warrants"
		j -= 2
		for j > s.from && (toks[j].fold == "been" || toks[j].fold == "were" || toks[j].fold == "was") {
			j--
		}
	}
	for j > s.from && (toks[j].fold == "also" || toks[j].fold == "had" || toks[j].fold == "has" || toks[j].fold == "have" || toks[j].fold == "then" || toks[j].fold == "later") {
		j--
	}
	if j-2 > s.from && toks[j].fold == "whom" && toks[j-1].fold == "of" && (numberWords[toks[j-2].fold] > 0 || partitives[toks[j-2].fold]) {
		// "four ICC judges, two of whom had issued": the group acts
		j -= 2
		if toks[j-1].fold != "," {
			return nil
		}
		e := j - 1
		for e-1 > s.from && (toks[e-1].num || isMonthOrDay(toks[e-1].fold) || dateFillers[toks[e-1].fold]) {
			// "sanctioned two judges on Monday, both of whom"
			e--
		}
		if m := mentionEndingAt(ms, e); m != nil && m.group {
			if q, ok := st.groupQualifier[m.entity]; ok && kinds.has(st.kindOf(q)) {
				return &mention{from: m.from, to: m.to, entity: q, kind: st.kindOf(q)}
			}
		}
		return nil
	}
	if j > s.from+1 && (toks[j].fold == "authorities" || toks[j].fold == "government" || toks[j].fold == "police") && toks[j-1].fold == "whose" {
		// "the Central African Republic, whose authorities transferred him"
		j--
	}
	if j <= s.from || (toks[j].fold != "who" && toks[j].fold != "whose" && (toks[j].fold != "which" || toks[j-1].fold != ",")) {
		return nil
	}
	end := j
	if toks[end-1].fold == "," {
		end--
	}
	m := mentionEndingAt(ms, end)
	if m == nil {
		return nil
	}
	if q, ok := st.groupQualifier[m.entity]; ok && m.group && kinds.has(st.kindOf(q)) {
		return &mention{from: m.from, to: m.to, entity: q, kind: st.kindOf(q)}
	}
	if m.entity == "" || m.modifier || !kinds.has(m.kind) {
		return nil
	}
	return m
}

// kinAppositiveHead returns A in "A, the son|wife|... of B" where m is B, or
// nil.
func kinAppositiveHead(toks []token, s sentence, ms []*mention, m *mention) *mention {
	k := m.from - 1
	for k > s.from && k >= m.from-10 && toks[k].fold != "," {
		k--
	}
	if k <= s.from || toks[k].fold != "," || k+2 >= m.from {
		return nil
	}
	seg := toks[k+1 : m.from]
	if seg[0].fold != "the" && seg[0].fold != "a" && seg[0].fold != "his" && seg[0].fold != "her" {
		return nil
	}
	kin := false
	for j := 0; j+1 < len(seg); j++ {
		if seg[j].fold == "," || seg[j].fold == "and" {
			return nil
		}
		if kinNouns[seg[j].fold] && seg[j+1].fold == "of" {
			kin = true
		}
	}
	if !kin {
		return nil
	}
	a := mentionEndingAt(ms, k)
	if a == nil || a.kind != graph.Person || a.group || a.entity == "" || a.entity == m.entity {
		return nil
	}
	return a
}

// announceNouns are the acts of making something known whose day, as a
// possessive date ("today's announcement"), dates what they make known.
var announceNouns = map[string]bool{"announcement": true, "decision": true, "statement": true, "confirmation": true, "news": true}

// announcedDate returns the date that qualifies an announcement whose
// "that" clause holds candidate c: "today's announcement by X that he has
// applied for a warrant", or nil.
func announcedDate(toks []token, dates []dateExpr, c *candidate) *dateExpr {
	for k := range dates {
		d := &dates[k]
		if d.effective || d.clause || d.to >= c.from || len(d.dates) == 0 {
			continue
		}
		j := d.to
		if j < c.from && isPossessive(&toks[j]) {
			j++
		} else if !isPossessive(&toks[j-1]) {
			continue
		}
		if j >= c.from || !announceNouns[toks[j].fold] {
			continue
		}
		that := false
		for i := j + 1; i < c.from && i <= j+14; i++ {
			if f := toks[i].fold; f == "that" {
				that = true
			} else if f == "." || f == ";" {
				return nil
			}
		}
		if that {
			return d
		}
	}
	return nil
}

// legalBasis reports whether candidate c is an executive order named as the
// basis of another act, "under Executive Order 14203", and not as an act of
// its own ("under an order signed by Trump in February").
func legalBasis(toks []token, s sentence, c *candidate) bool {
	if c.rule.kind != graph.ExecutiveOrder {
		return false
	}
	j := c.from - 1
	if j > s.from && (toks[j].fold == "an" || toks[j].fold == "the" || toks[j].fold == "a") {
		j--
	}
	if j < s.from || toks[j].fold != "under" {
		return false
	}
	for i := c.to; i < s.to && i < c.to+4; i++ {
		switch toks[i].fold {
		case "signed", "issued", "by", "that", "which":
			return false
		}
	}
	return true
}

// perfectBefore reports whether a perfect auxiliary stands in toks[from:to]:
// "which has issued a warrant", "who had been involved in" tell of an
// earlier time than the clause they hang on.
func perfectBefore(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if f := toks[i].fold; f == "had" || f == "has" || f == "have" {
			return true
		}
	}
	return false
}

// rulingVerbs rule on a request named as their object.
var rulingVerbs = map[string]bool{"rejected": true, "rejects": true, "dismissed": true, "dismisses": true, "denied": true, "denies": true, "granted": true, "grants": true, "approved": true, "approves": true, "accepted": true, "accepts": true, "refused": true, "upheld": true, "considering": true, "reviewing": true}

// partitives open "some of whom": a part of the group before.
var partitives = map[string]bool{"some": true, "both": true, "all": true, "most": true, "many": true, "several": true}

// crimePeriod reports whether a date phrase says when crimes were committed
// ("committed in Darfur between August 2003 and April 2004"), which dates no
// event.
func crimePeriod(toks []token, s sentence, d dateExpr) bool {
	if d.from > s.from && toks[d.from-1].fold == "between" {
		return true
	}
	for j := d.from - 1; j >= s.from && j >= d.from-8; j-- {
		switch toks[j].fold {
		case "committed", "perpetrated", "between":
			return true
		case ",", ";":
			if j < d.from-1 {
				return false
			}
		}
	}
	return false
}

// placeState finds the state where an event happened, written just after
// its trigger: "in the Philippines", "in Manila", "at Manila's airport".
func (st *docState) placeState(s sentence, ms []*mention, from int) []*mention {
	toks := st.toks
	for i := from; i < s.to && i < from+4; i++ {
		f := toks[i].fold
		if f != "in" && f != "at" {
			continue
		}
		for _, m := range ms {
			if (m.from == i+1 || (m.from == i+2 && toks[i+1].fold == "the")) && m.kind == graph.State && m.entity != "" {
				return []*mention{{from: m.from, to: m.to, entity: m.entity, kind: graph.State}}
			}
		}
		return nil
	}
	return nil
}

// speechDate reports whether a date phrase at toks[d] dates the speech verb
// that ends at toks[verbEnd]: "said on Tuesday", "told reporters in Geneva on
// Friday", "said in a statement on Monday"; not a date inside what is said.
func speechDate(toks []token, verb, verbEnd, d int) bool {
	if verb > 0 && (toks[verb-1].fold == "," || toks[verb-1].fold == "\"") {
		// "..., said Philip Grant, TRIAL's director, on Thursday": the
		// speaker and their titles stand between
		for i := verbEnd; i < d; i++ {
			if f := toks[i].fold; f == "who" || f == "whose" || f == "which" || f == "that" || f == "when" || f == "after" {
				return false
			}
		}
		return d-verbEnd <= 16
	}
	if d-verbEnd > 8 {
		return false
	}
	for i := verbEnd; i < d; i++ {
		switch toks[i].fold {
		case "that", "\"", ",", "it", "he", "she", "they", "the", "was", "were", "had", "has", "would", "will", "must", "should", "could", "can", "may", "might", "is", "are":
			if toks[i].fold == "the" && i+1 < d && (toks[i+1].fold == "press" || toks[i+1].fold == "media" || toks[i+1].fold == "council" || toks[i+1].fold == "assembly") {
				continue
			}
			if toks[i].fold == "the" && i == verbEnd && i+1 < d && toks[i+1].upper && toks[verb].fold == "told" {
				// "told the UN Security Council on 12 June that": the
				// addressee named, then the date of the telling
				continue
			}
			if toks[i].fold == "the" && i+1 == d && (toks[d].fold == "same" || toks[d].fold == "following" || toks[d].fold == "next") {
				// "said the same day that", "told reporters the following
				// day": the day of the saying
				continue
			}
			if toks[i].fold == "the" && i+1 == d && i > verbEnd && occasionPreps[toks[i-1].fold] {
				// "argued during the September hearing"
				continue
			}
			return false
		}
	}
	return true
}

// referentialWarrant reports whether c names a warrant without saying it
// was issued: "the warrant for X", "a warrant against X".
func referentialWarrant(toks []token, c *candidate) bool {
	if c.rule.kind != graph.ArrestWarrant || c.rule.voice != nominal {
		return false
	}
	if f := toks[c.to-1].fold; f != "for" && f != "against" {
		return false
	}
	for j := c.from; j < c.to; j++ {
		if f := toks[j].fold; f == "issued" || f == "unsealed" {
			return false
		}
	}
	return true
}

// dateInSpan reports whether a date phrase lies inside c's phrase or right
// after its targets as an "issued in 2012" participle.
func dateInSpan(toks []token, dates []dateExpr, c *candidate) bool {
	for _, d := range dates {
		if d.from > c.from && d.to <= c.to {
			return true
		}
	}
	// "warrants for A and B, issued last November", "the warrant against
	// X was issued on 27 March", "made public a warrant"
	for j := c.from - 1; j >= 0 && j >= c.from-3; j-- {
		if toks[j].fold == "public" {
			return true
		}
	}
	for j := c.to; j < len(toks) && j < c.to+20; j++ {
		f := toks[j].fold
		if f == "." || f == ";" || f == "but" || f == "who" || f == "whom" {
			return false
		}
		if f != "issued" && f != "unsealed" {
			continue
		}
		for _, d := range dates {
			if d.from > j && d.from <= j+8 && !hasComma(toks[j:d.from]) {
				return true
			}
		}
		return false
	}
	return false
}

// coordinatedDates returns the dates joined to d by "and": "in March 2009
// and (in) July 2010".
func coordinatedDates(toks []token, dates []dateExpr, d dateExpr) []graph.Date {
	var out []graph.Date
	end := d.to
	for _, e := range dates {
		if e.from <= end || e.clause || e.effective || len(e.dates) != 1 {
			continue
		}
		j := end
		if j < e.from && toks[j].fold == "," {
			j++
		}
		if j >= e.from || toks[j].fold != "and" {
			break
		}
		j++
		if j < e.from && (toks[j].fold == "in" || toks[j].fold == "on") {
			j++
		}
		if j != e.from {
			break
		}
		if e.to < len(toks) {
			if f := toks[e.to].fold; f == "it" || f == "they" || f == "he" || f == "she" || f == "we" {
				// ", and in 2012 it issued one for B": a clause of its own
				break
			}
		}
		out = append(out, e.dates...)
		end = e.to
	}
	return out
}

// namedBefore reports whether the entity of the pronoun p is named in its
// sentence before it.
func namedBefore(ms []*mention, p *mention) bool {
	for _, m := range ms {
		if m.from < p.from && !m.pronoun && m.entity == p.entity {
			return true
		}
	}
	return false
}

// requestDeterminers may stand between a filing verb and its request: "filed
// its first application".
var requestDeterminers = map[string]bool{"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true, "new": true, "formal": true, "first": true, "second": true, "further": true}

// prosecutorsOffice reports whether id is the prosecuting organ of a court.
func (st *docState) prosecutorsOffice(id string) bool {
	e := st.x.catalog.entry(id)
	return e != nil && e.partOf != "" && strings.Contains(graph.Fold(e.entity.Name), "prosecutor")
}

// filingVerbs make their subject the one who asks: "filed an application".
var filingVerbs = map[string]bool{"filed": true, "files": true, "submitted": true, "submits": true, "lodged": true, "lodges": true, "made": true, "makes": true, "presented": true, "presents": true}

// auxiliaries and adverbs may stand between a subject, a date and its verb:
// "had, on 24 June, issued", "has, on Monday, also issued".
var auxiliaries = map[string]bool{"had": true, "has": true, "have": true, "also": true, "then": true, "formally": true, "already": true, "jointly": true, "subsequently": true, "later": true}

// onlyAuxiliaries reports whether toks are commas and auxiliaries alone.
func onlyAuxiliaries(toks []token) bool {
	for _, t := range toks {
		if t.fold != "," && !auxiliaries[t.fold] {
			return false
		}
	}
	return true
}

// opensClause reports whether the date phrase at toks[at] opens a
// coordinated clause: "and on Sept. 9", ", in March".
func opensClause(toks []token, at int) bool {
	// "..., and days later the Treasury designated X"
	if at >= 2 && (toks[at-1].fold == "and" || toks[at-1].fold == "but") && toks[at-2].fold == "," {
		return true
	}
	// "..., and the following month X surrendered him"
	if at < 2 || (toks[at-1].fold != "on" && toks[at-1].fold != "in" && toks[at-1].fold != "the") {
		return false
	}
	switch toks[at-2].fold {
	case "and", ",", ";", "but", "then":
		return true
	}
	return false
}

// subjectAfter reports whether a clause's subject and verb start at i: "it
// ordered", "the court ordered", "Judge X ruled".
func subjectAfter(toks []token, s sentence, i int) bool {
	if i < s.to && toks[i].fold == "," {
		i++
	}
	if i >= s.to {
		return false
	}
	switch toks[i].fold {
	case "it", "they", "he", "she", "we":
		i++
	case "the":
		i++
		for n := 0; i < s.to && n < 3 && toks[i].word && !(len(toks[i].fold) > 4 && strings.HasSuffix(toks[i].fold, "ed")) && !pastIrregular[toks[i].fold]; n++ {
			i++
		}
	default:
		if !toks[i].upper {
			return false
		}
		for i < s.to && (toks[i].upper || toks[i].fold == "of") {
			i++
		}
	}
	for i < s.to && (auxiliaries[toks[i].fold] || toks[i].fold == "also" || toks[i].fold == "then") {
		i++
	}
	return i < s.to && toks[i].word && !toks[i].upper && (len(toks[i].fold) > 4 && strings.HasSuffix(toks[i].fold, "ed") || pastIrregular[toks[i].fold])
}

// pastIrregular are past tenses without -ed that end a clause's subject.
var pastIrregular = map[string]bool{"said": true, "told": true, "took": true, "made": true, "met": true, "left": true, "held": true, "gave": true, "went": true, "came": true, "won": true, "lost": true, "wrote": true, "began": true, "sent": true}

// coordinatedClause reports whether toks[from:to] hold a coordinated clause
// with a subject of its own, whose dates are its own: "had announced that it
// would leave, and President X signed the law on 18 October". A list ("A,
// B, and C on Monday") has no verb after its last member.
func coordinatedClause(toks []token, from, to int) bool {
	for j := from; j+2 < to; j++ {
		if toks[j].fold != "," || toks[j+1].fold != "and" || !toks[j+2].upper {
			continue
		}
		k := j + 2
		for k < to && (toks[k].upper || toks[k].fold == "of" || toks[k].fold == "-") {
			k++
		}
		if k < to && toks[k].word && !toks[k].upper && (len(toks[k].fold) > 4 && strings.HasSuffix(toks[k].fold, "ed") || pastIrregular[toks[k].fold]) {
			return true
		}
	}
	return false
}

// clauseBetweenDate reports whether a date before a trigger belongs to
// another clause: "appeared on Friday, days after he was arrested".
// visitNouns follow the length of a visit: "a three-day visit".
var visitNouns = map[string]bool{"visit": true, "trip": true, "stay": true, "tour": true, "state": true, "official": true}

// dayCount reads "three-day" or "3-day" at i: the number of days, or 0.
func dayCount(toks []token, i, to int) int {
	f := toks[i].fold
	if strings.HasSuffix(f, "-day") {
		if n, ok := numberWords[strings.TrimSuffix(f, "-day")]; ok {
			return n
		}
	}
	if toks[i].num && i+2 < to && toks[i+1].fold == "-" && toks[i+2].fold == "day" {
		if n, ok := tokNum(&toks[i]); ok {
			return n
		}
	}
	return 0
}

// whenOfDate reports whether the clause at to is the "when" clause of the
// date ending at from: "goes back to June 2015, when Bashir attended".
func whenOfDate(toks []token, from, to int) bool {
	i := from
	if i < to && toks[i].fold == "," {
		i++
	}
	if i >= to || toks[i].fold != "when" {
		return false
	}
	return !clauseBetweenDate(toks, i+1, to)
}

func clauseBetweenDate(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		switch toks[i].fold {
		case "after", "before", "since", "when", "while", "as", "because", "following", "until", ";", "—", "but", "whereas", "although", "who", "which", "that":
			return true
		}
	}
	return false
}

// clauseVerbs introduce what is said as a clause ("said the hearing would
// open on Monday"), whose dates are not the speech's.
var clauseVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "stated": true, "added": true, "noted": true, "notes": true,
	"warned": true, "warns": true, "argued": true, "argues": true, "insisted": true, "insists": true,
	"stressed": true, "stresses": true, "emphasized": true, "emphasised": true, "underlined": true,
	"reiterated": true, "declared": true, "affirmed": true, "reaffirmed": true, "highlighted": true,
}

// invertedSpeech are the speech verbs that may come before their speaker
// ("..., said Philip Grant"); after "told" comes whom it was told to.
var invertedSpeech = map[string]bool{"said": true, "says": true, "added": true, "stated": true, "noted": true, "continued": true, "insisted": true, "warned": true, "argued": true}

// skipRelative returns where the subject of a verb at at ends when a
// relative clause or an appositive stands between them: "Kyiv, which had
// urged Mongolia to arrest him, welcomed" → the end of "Kyiv".
func skipRelative(toks []token, s sentence, at int) int {
	if at-1 <= s.from || toks[at-1].fold != "," {
		return at
	}
	for j := at - 2; j > s.from && j >= at-30; j-- {
		switch toks[j].fold {
		case ".", ";", "\"":
			return at
		case "which", "who", "whose", "whom":
			if toks[j-1].fold == "," {
				return j - 1
			}
			// "X, of which Shoigu became secretary in May, dismissed"
			if j-2 > s.from && prepositions[toks[j-1].fold] && toks[j-2].fold == "," {
				return j - 2
			}
			return at
		case ",":
			if f := toks[j+1].fold; (f == "a" || f == "an") && j-1 > s.from {
				// "X, a Ukrainian government spokesman, said": the
				// appositive describes X, who speaks
				return j
			}
			return at
		}
	}
	return at
}

// quantityColon finds the list a counted noun announces: after "three
// individuals ...:" or "four officials of the ICC under Executive Order
// 14203:", the index right after the colon; 0 when there is none.
func quantityColon(toks []token, s sentence, from int) int {
	counted := false
	for j := from; j < s.to && j < from+20; j++ {
		f := toks[j].fold
		if _, ok := numberWords[f]; ok && f != "a" && f != "an" {
			counted = true
		}
		if _, ok := groupHeads[f]; ok {
			counted = true
		}
		switch f {
		case ".", ";", "\"":
			return 0
		case ":":
			if counted && j+1 < s.to {
				return j + 1
			}
			return 0
		}
	}
	return 0
}

// belongsTo reports whether the catalog or a position the document states
// ties person to state.
func (st *docState) belongsTo(person, state string) bool {
	if e := st.x.catalog.entry(person); e != nil && e.affiliation == state {
		return true
	}
	for _, p := range st.positions {
		if p.Holder == person && p.Organization == state {
			return true
		}
	}
	return false
}

// leaderWords after a demonym describe a state's leader: "the Sudanese
// leader", "the Russian president".
var leaderWords = map[string]bool{"leader": true, "president": true, "strongman": true, "ruler": true, "head": true}

// demonymLeader reads "the Sudanese leader" at from (past up to gap tokens)
// as the person named last whose state that is, or nil.
func (st *docState) demonymLeader(s sentence, ms []*mention, from, gap int) *mention {
	toks := st.toks
	for i := from; i < s.to && i <= from+gap; i++ {
		if toks[i].fold != "the" {
			continue
		}
		m := mentionStartingAt(ms, i+1)
		if m == nil || m.kind != graph.State || !m.demonym || m.to >= s.to {
			return nil
		}
		end := m.to + 1
		if !leaderWords[toks[m.to].fold] {
			// "the Israeli prime minister"
			if toks[m.to].fold != "prime" || end >= s.to || toks[end].fold != "minister" {
				return nil
			}
			end++
		}
		if end < s.to && isPossessive(&toks[end]) {
			// "the Israeli prime minister's ally A": A
			return nil
		}
		for k := len(st.recentPersons) - 1; k >= 0; k-- {
			if p := st.recentPersons[k]; st.stateOf(p) == m.entity && !namedAfter(ms, p, i) {
				return &mention{from: i, to: end, entity: p, kind: graph.Person, conf: 0.7, pronoun: true}
			}
		}
		return nil
	}
	return nil
}

// authorityWords name a state's organs without naming the state.
var authorityWords = map[string]bool{"police": true, "authorities": true, "government": true, "officials": true}

// unnamedAuthorities finds the state of "police" or "authorities" that fail
// to arrest someone: "Kenya, which ..., is obliged to arrest suspects, but
// police made no move to detain him", "he travelled to Chad ..., where
// authorities declined to arrest him": the state the sentence named last
// before them, other than the wanted person's own.
func (st *docState) unnamedAuthorities(s sentence, ms []*mention, c *candidate, targets []*mention) []*mention {
	toks := st.toks
	j := c.from - 1
	for j > s.from && (toks[j].fold == "likewise" || toks[j].fold == "also" || toks[j].fold == "had" || toks[j].fold == "has" || toks[j].fold == "have" || toks[j].fold == "then") {
		j--
	}
	if j < s.from || !authorityWords[toks[j].fold] || j > s.from && (toks[j-1].upper && toks[j-1].word || isPossessive(&toks[j-1])) {
		// "Kenyan police", "Kenya's police": the recognizer's business
		return nil
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.to > j || m.kind != graph.State || m.entity == "" {
			continue
		}
		home := false
		for _, t := range targets {
			home = home || st.belongsTo(t.entity, m.entity)
		}
		if home {
			continue
		}
		return []*mention{{from: m.from, to: m.to, entity: m.entity, kind: graph.State, pronoun: true}}
	}
	return nil
}

// hostWords say that a state had a wanted person on its soil.
var hostWords = map[string]bool{"welcomed": true, "welcomes": true, "hosted": true, "hosts": true, "received": true, "receives": true, "visit": true, "visits": true, "trip": true, "stay": true}

// hosting reports whether a non-compliance says the person was on the
// state's territory: its trigger is a hosting verb ("hosted X despite"), or
// the sentence places the failure during a visit.
func (st *docState) hosting(s sentence, c *candidate) bool {
	return hostWords[st.toks[c.from].fold] || st.duringVisit(s)
}

// arrivalVerbs after "when he" place a failure to arrest at an arrival.
var arrivalVerbs = map[string]bool{"arrived": true, "landed": true, "visited": true, "came": true, "travelled": true, "traveled": true}

// duringVisit reports whether the sentence places what it states during a
// visit: "during his visit", "on a trip", "when he arrived".
func (st *docState) duringVisit(s sentence) bool {
	toks := st.toks
	for i := s.from; i < s.to; i++ {
		f := toks[i].fold
		if (f == "visit" || f == "trip" || f == "stay") && i > s.from {
			if p := toks[i-1].fold; p == "a" || p == "his" || p == "her" || p == "the" || p == "its" {
				return true
			}
		}
		if (f == "when" || f == "as" || f == "after") && i+2 < s.to && (toks[i+1].fold == "he" || toks[i+1].fold == "she") && arrivalVerbs[toks[i+2].fold] {
			return true
		}
		if f == "welcome" && i-3 >= s.from && (toks[i-1].fold == "a" || toks[i-2].fold == "a" || toks[i-3].fold == "a") {
			// "gave X a red-carpet welcome, ignoring calls to arrest him"
			return true
		}
		if (f == "while" || f == "when") && i+1 < s.to && toks[i+1].fold == "hosting" {
			// "announced its withdrawal while hosting X, and made no
			// attempt to arrest him"
			return true
		}
	}
	return false
}

// unarrested reports whether the clause after a visit says the visitor was
// let go: "without being arrested", "without being detained".
func unarrested(toks []token, s sentence, from int) bool {
	for i := from; i+2 < s.to && i < from+14; i++ {
		f := toks[i].fold
		if f == ";" || f == "." || f == "but" || f == "although" || f == "who" || f == "which" {
			return false
		}
		if f == "without" && toks[i+1].fold == "being" {
			switch toks[i+2].fold {
			case "arrested", "detained", "surrendered", "handed", "apprehended":
				return true
			}
		}
	}
	return false
}

// visitTie is a failure to arrest that the text places during a visit,
// with the visit it implies.
type visitTie struct {
	nc, visit string
	person    string
	state     string
	// during ties come from the clause ("during his visit"), whose date may
	// be another event's ("In October, judges found that ... during his
	// visit"); hosting verbs state the visit themselves
	during bool
}

// dateFromVisits dates each failure to arrest that the text places during
// a visit with the date of the one visit the text states of that person to
// that state: "Tajik authorities made no move to detain him when he
// arrived" after "Putin landed in Dushanbe on Wednesday". The visit it
// implied takes that date too.
func (st *docState) dateFromVisits() {
	// an undated failure of a state to arrest someone whose one visit to
	// that state the text states happened during it: "Bashir flew into
	// Nairobi on Friday ... but police made no move to detain him"
	for _, id := range append([]string(nil), st.evOrder...) {
		nc := st.events[id]
		if nc == nil || nc.Kind != graph.NonCompliance || !nc.Date.IsZero() {
			continue
		}
		var date graph.Date
		n := 0
		for _, vid := range st.evOrder {
			v := st.events[vid]
			if v == nil || !st.statedVisits[vid] || v.Kind != graph.Visit || v.Date.IsZero() || len(nc.With(graph.Agent)) != 1 || !equalStrings(v.With(graph.Agent), nc.With(graph.Target)) || !equalStrings(v.With(graph.Target), nc.With(graph.Agent)) {
				continue
			}
			if n == 0 || v.Date != date {
				date = v.Date
				n++
			}
		}
		if n == 1 {
			nc.Date = date
			st.rekey(id, nc)
		}
	}
	for _, t := range st.ties {
		nc := st.events[t.nc]
		if nc == nil {
			continue
		}
		var date, until graph.Date
		n := 0
		for _, id := range st.evOrder {
			v := st.events[id]
			if v == nil || !st.statedVisits[id] || v.Kind != graph.Visit || v.Date.IsZero() || !containsString(v.With(graph.Agent), t.person) || !containsString(v.With(graph.Target), t.state) {
				continue
			}
			if n == 0 || v.Date != date {
				date, until = v.Date, v.Until
				n++
			}
		}
		if n != 1 || nc.Date == date {
			continue
		}
		if !nc.Date.IsZero() && !until.IsZero() && nc.Date.Overlaps(date, until) == graph.True {
			// "a welcome on Tuesday" during a visit from Monday to
			// Tuesday: a day of the visit already
			continue
		}
		if !t.during && !nc.Date.IsZero() && date.Overlaps(nc.Date, nc.Date) == graph.False {
			continue
		}
		nc.Date = date
		st.rekey(t.nc, nc)
		if v := st.events[t.visit]; v != nil && !st.statedVisits[t.visit] {
			v.Date = date
			st.rekey(t.visit, v)
		}
	}
}

// hasComma reports whether a comma lies among toks: "X, a Ukrainian
// government spokesman, said" is X speaking, not the government.
func hasComma(toks []token) bool {
	for _, t := range toks {
		if t.fold == "," {
			return true
		}
	}
	return false
}

// wantedAntecedent is whom "him" means in "ignored the order to arrest him":
// when the person named last is someone named before it in its own sentence
// and not wanted by a warrant of this document, the wanted person named
// most recently ("Orbán greeted him ... and
// ignored the order to arrest him" is not Orbán).
// wantedPerson reports whether a warrant of the document so far names id.
func (st *docState) wantedPerson(id string) bool {
	if containsString(st.lastWarrantTargets, id) {
		return true
	}
	for _, eid := range st.evOrder {
		if ev := st.events[eid]; ev != nil && ev.Kind == graph.ArrestWarrant && containsString(ev.With(graph.Target), id) {
			return true
		}
	}
	return false
}

func (st *docState) wantedAntecedent(s sentence, ms []*mention, p *mention) string {
	wanted := map[string]bool{}
	for _, t := range st.lastWarrantTargets {
		wanted[t] = true
	}
	for _, id := range st.evOrder {
		if ev := st.events[id]; ev != nil && ev.Kind == graph.ArrestWarrant {
			for _, t := range ev.With(graph.Target) {
				wanted[t] = true
			}
		}
	}
	here := map[string]bool{}
	for _, m := range ms {
		if m.from < p.from && !m.pronoun && m.kind == graph.Person {
			here[m.entity] = true
		}
	}
	best, bestAt := "", -1
	for id, sents := range st.entSents {
		if st.kindOf(id) != graph.Person {
			continue
		}
		last := -1
		for i := range sents {
			if i <= st.cur && i > last && (i < st.cur || here[id]) {
				last = i
			}
		}
		if last < 0 {
			continue
		}
		if wanted[id] && (last > bestAt || last == bestAt && id < best) {
			best, bestAt = id, last
		}
	}
	if wanted[p.entity] || !here[p.entity] || best == "" {
		// the person named last is wanted, or was named in an earlier
		// sentence, or no one is wanted: keep it
		return ""
	}
	return best
}

// skipPersonAppositive steps back over the appositives after a person's
// name to the name: in "Stéphane Dujarric, Spokesperson for
// Secretary-General António Guterres, told" or "Alfredo Romero, the
// director of Foro Penal, said" the person named first speaks.
func skipPersonAppositive(toks []token, s sentence, ms []*mention, at int) int {
	for n := 0; n < 2; n++ {
		close := -1
		if at-1 > s.from && toks[at-1].fold == "," {
			close = at - 1
		} else if at < s.to && toks[at].fold == "," {
			close = at
		}
		if close < 0 {
			return at
		}
		open := -1
		for j := close - 1; j > s.from && j >= close-16; j-- {
			f := toks[j].fold
			if f == "\"" || f == "." || f == ";" || f == "and" || f == "or" {
				break
			}
			if f == "," {
				open = j
				break
			}
		}
		if open < 0 || open+1 >= close {
			return at
		}
		m := mentionEndingAt(ms, open)
		if m == nil || m.kind != graph.Person || m.group || m.pronoun {
			return at
		}
		first := &toks[open+1]
		if f := first.fold; f != "the" && f != "a" && f != "an" && !titleHeads[f] && !titleWords[f] && first.upper {
			// "X, Y said": a list or a second name, not a description
			return at
		}
		at = open
	}
	return at
}

// sameKind reports whether the mentions are all of one kind.
func sameKind(ms []*mention) bool {
	for _, m := range ms[1:] {
		if m.kind != ms[0].kind {
			return false
		}
	}
	return true
}

// chambers are the court's judicial organs, whose words are rulings.
var chambers = map[string]bool{"pre-trial-chamber": true, "trial-chamber": true, "appeals-chamber": true}

// inRelativeClause reports whether the tokens from..to lie in a relative
// clause closed before at: "Uganda's government, which referred the case in
// 2003, welcomed the decision" is not dated 2003.
func inRelativeClause(toks []token, s sentence, from, to, at int) bool {
	open := false
	for j := from - 1; j > s.from; j-- {
		f := toks[j].fold
		if f == "," {
			return false
		}
		if (f == "which" || f == "who" || f == "whose") && toks[j-1].fold == "," {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for j := to; j < at; j++ {
		if toks[j].fold == "," {
			return true
		}
	}
	return false
}

// calledCourt finds the court a speaker denounces by a name it calls it:
// "X denounced the ruling, calling the court \"a political body\"",
// "branding the ICC illegitimate". Not "calling on the court to act".
func (st *docState) calledCourt(s sentence, ms []*mention, c *candidate) []string {
	toks := st.toks
	for i := c.to; i+1 < s.to && i < c.to+25; i++ {
		f := toks[i].fold
		if f == "." || f == ";" {
			return nil
		}
		if f != "calling" && f != "branding" && f != "labelling" && f != "labeling" && f != "dubbing" {
			continue
		}
		for _, m := range ms {
			if (m.from == i+1 || m.from == i+2 && toks[i+1].fold == "the") && m.kind == graph.Court && !m.modifier {
				if m.to < s.to && (toks[m.to].fold == "\"" || toks[m.to].fold == "a" || toks[m.to].fold == "an" || !toks[m.to].upper && toks[m.to].word && toks[m.to].fold != "to") {
					return []string{st.principal(m.entity, graph.Statement)}
				}
			}
		}
		return nil
	}
	return nil
}

// speakingOrgans are the offices through which a state speaks.
var speakingOrgans = map[string]bool{"ministry": true, "embassy": true, "mission": true}

// endsInvertedSpeaker reports whether a speaker after an inverted speech
// verb ends at end: "..., said Philip Grant." or "said Grant, TRIAL's
// director, on Thursday"; in ", said the country did not" the name opens
// the clause said.
func endsInvertedSpeaker(toks []token, s sentence, end int) bool {
	if end >= s.to {
		return true
	}
	switch toks[end].fold {
	case ",", ".", "\"", ";", ":", "(", "on", "in", "at", "of", "from", "who", "told", "during", "after", "when", "late", "earlier", "today", "yesterday", "last", "this":
		return true
	}
	return false
}

// subordinators open a clause whose subject is its own.
var subordinators = map[string]bool{"although": true, "though": true, "while": true, "whereas": true, "because": true, "but": true, "since": true, ";": true}

// unnamedClauseSubject reports whether the verb at at has a subject of its
// own that names no one, in a clause opened after the mention that ends at
// from: "X ..., although the prosecution has said".
func unnamedClauseSubject(toks []token, s sentence, ms []*mention, from, at int) bool {
	j := at - 1
	for j > from && (toks[j].fold == "has" || toks[j].fold == "have" || toks[j].fold == "had" || toks[j].fold == "also" || toks[j].fold == "then" || toks[j].fold == "later") {
		j--
	}
	if j <= from || !toks[j].word || toks[j].upper || toks[j].fold == "it" || toks[j].fold == "they" || toks[j].fold == "and" || toks[j].fold == "who" || toks[j].fold == "which" {
		return false
	}
	for _, m := range ms {
		if m.from <= j && j < m.to {
			return false
		}
	}
	for k := from; k < j; k++ {
		if subordinators[toks[k].fold] {
			return true
		}
		// "..., including Ukraine and Sudan, and several diplomats said":
		// a coordinated clause of its own
		if toks[k].fold == "and" && k > from && toks[k-1].fold == "," {
			return true
		}
	}
	return false
}

// occasionNouns name an event or a document a speech may be tied to.
var occasionNouns = map[string]bool{
	"vote": true, "voting": true, "decision": true, "ruling": true, "judgment": true, "judgement": true,
	"verdict": true, "notice": true, "notification": true, "hearing": true, "session": true, "meeting": true,
	"summit": true, "announcement": true, "election": true, "sentencing": true, "letter": true, "filing": true,
	"talks": true, "move": true, "ceremony": true, "plenary": true, "conference": true, "remarks": true,
	"address": true, "debate": true, "briefing": true, "visit": true, "trip": true, "stay": true,
}

// openingWords let a possessive stand for a definite occasion: "in her
// opening remarks" are those at the opening of the session narrated.
var openingWords = map[string]bool{"opening": true, "closing": true, "inaugural": true}

// occasionAt reports whether toks[i:] read "after the vote", "in the
// notice", "opening the session": a preposition or participle and a
// definite occasion noun.
func occasionAt(toks []token, i, to int) bool { return occasionNoun(toks, i, to) != "" }

// occasionKinds are the kinds of event an occasion noun stands for.
var occasionKinds = map[string][]graph.EventKind{
	"judgment": {graph.Conviction}, "judgement": {graph.Conviction}, "verdict": {graph.Conviction},
	"sentencing": {graph.Conviction}, "session": {graph.Meeting}, "plenary": {graph.Meeting},
	"meeting": {graph.Meeting}, "summit": {graph.Meeting, graph.Visit}, "talks": {graph.Meeting}, "debate": {graph.Meeting},
	"visit": {graph.Visit}, "trip": {graph.Visit}, "stay": {graph.Visit},
	"ceremony": {graph.Visit, graph.Meeting}, "remarks": {graph.Meeting}, "address": {graph.Meeting},
	"conference": {graph.Meeting}, "briefing": {graph.Meeting},
}

// speechOccasions are occasions that are speeches themselves ("in her
// opening remarks"): dated only by a narrated event of their kind.
var speechOccasions = map[string]bool{"remarks": true, "address": true, "conference": true, "briefing": true}

// occasionNoun returns the occasion noun of occasionAt, or "".
func occasionNoun(toks []token, i, to int) string {
	if i+2 >= to {
		return ""
	}
	// "In announcing the designations": the announcement narrated
	if (toks[i].fold == "in" || toks[i].fold == "when" || toks[i].fold == "while") && announcing[toks[i+1].fold] {
		switch toks[i+2].fold {
		case "the", "its", "these", "those":
			return toks[i+1].fold
		}
	}
	switch toks[i].fold {
	case "after", "following", "in", "at", "during", "opening", "closing", "reading", "addressing", "delivering":
	default:
		return ""
	}
	j := i + 1
	if toks[i].fold == "reading" && j+2 < to && (toks[j].fold == "a" || toks[j].fold == "the") && (toks[j+1].fold == "summary" || toks[j+1].fold == "excerpts") && toks[j+2].fold == "of" {
		// "reading a summary of the judgment"
		j += 3
	}
	switch toks[j].fold {
	case "the", "its", "this", "that":
	case "her", "his", "their":
		// "in her opening remarks"
		if j+1 >= to || !openingWords[toks[j+1].fold] {
			return ""
		}
	default:
		return ""
	}
	j++
	// "after the welcome ceremony", "addressing the opening plenary", "at
	// the joint news conference": up to two words before the noun
	for k := 0; k < 2 && j < to && !occasionNouns[toks[j].fold] && toks[j].word && !prepositions[toks[j].fold] && !isPossessive(&toks[j]); k++ {
		j++
	}
	if j < to && occasionNouns[toks[j].fold] {
		if toks[i].fold == "reading" && occasionKinds[toks[j].fold] == nil {
			// "reading a summary of the decision": only of a narrated
			// kind of event
			return ""
		}
		return toks[j].fold
	}
	return ""
}

// tiedToNarrated returns the occasion noun by which a speech verb's clause ties it to a
// definite occasion: opening the sentence ("In the notice, he said") or
// after the verb, before what is said ("said in a statement after the vote
// that", "denounced the court as \"antisemitic\" after the decision").
func tiedToNarrated(toks []token, s sentence, c *candidate) string {
	if n := occasionNoun(toks, s.from, c.from); n != "" {
		for j := s.from + 3; j < c.from; j++ {
			if toks[j].fold == "," {
				return n
			}
		}
	}
	// "Judge X, reading a summary of the judgment, said": a participle
	// between the speaker and the verb
	for j := s.from + 1; j+1 < c.from; j++ {
		if toks[j].fold == "," && toks[c.from-1].fold == "," {
			if n := occasionNoun(toks, j+1, c.from); n != "" {
				return n
			}
		}
	}
	for i := c.to; i < s.to && i < c.to+12; i++ {
		switch toks[i].fold {
		case "that", ",", ";", ":", ".":
			return ""
		}
		if n := occasionNoun(toks, i, s.to); n != "" {
			return n
		}
	}
	return ""
}

// occasionPreps place a speech at an occasion: "during the September hearing".
var occasionPreps = map[string]bool{"during": true, "at": true, "in": true, "after": true, "following": true}

// countedNouns are plural nouns for people that a count may announce
// besides the group heads: "two men", "three suspects".
var countedNouns = map[string]bool{"men": true, "women": true, "suspects": true, "defendants": true, "individuals": true, "people": true, "persons": true, "brothers": true, "accused": true}

// countedPeople reads a count of unnamed people right at toks[from]: "two
// former leaders", "three suspects", "the two men". It returns the count, or 0.
func countedPeople(toks []token, s sentence, from int) int {
	n, _ := countedNoun(toks, s, from)
	return n
}

// countedNoun is countedPeople with the noun counted ("leaders").
func countedNoun(toks []token, s sentence, from int) (int, string) {
	i := from
	if i < s.to && toks[i].fold == "the" {
		i++
	}
	if i >= s.to {
		return 0, ""
	}
	n, ok := numberWords[toks[i].fold]
	if !ok {
		if v, err := strconv.Atoi(toks[i].text); err == nil && v < 100 {
			n, ok = v, true
		}
	}
	if !ok || n < 2 {
		return 0, ""
	}
	for j := i + 1; j < s.to && j <= i+3; j++ {
		f := toks[j].fold
		if countedNouns[f] || groupHeads[f] == graph.Person && strings.HasSuffix(f, "s") {
			return n, f
		}
		if !toks[j].word || toks[j].upper {
			return 0, ""
		}
	}
	return 0, ""
}

// hasPerson reports whether one of ms is a person or a group of people.
func hasPerson(ms []*mention) bool {
	for _, m := range ms {
		if m.kind == graph.Person {
			return true
		}
	}
	return false
}

// stateOf is the state a person serves, as the catalog or a position the
// document states has it, or "".
func (st *docState) stateOf(person string) string {
	if e := st.x.catalog.entry(person); e != nil && e.affiliation != "" && st.kindOf(e.affiliation) == graph.State {
		return e.affiliation
	}
	for _, id := range st.posOrder {
		if p := st.positions[id]; p.Holder == person && p.Organization != "" && st.kindOf(p.Organization) == graph.State {
			return p.Organization
		}
	}
	return ""
}

// openingAdjunctEnd returns the comma that closes a sentence-opening
// prepositional phrase ("At a joint news conference on Thursday,"), or 0.
func openingAdjunctEnd(toks []token, s sentence) int {
	span := 12
	switch toks[s.from].fold {
	case "at", "during", "in", "on":
	case "asked", "speaking", "standing", "addressing", "talking", "writing":
		// "Asked by reporters on Friday whether ..., X said", "Speaking
		// at a news conference later that day, X said": the occasion of
		// the speech
		span = 16
	default:
		return 0
	}
	for j := s.from + 1; j < s.to && j < s.from+span; j++ {
		switch toks[j].fold {
		case ",":
			return j
		case ".", ";", "\"", "that", "which", "who", "when", "after", "before":
			return 0
		}
	}
	return 0
}

// announcing are the participles of making an act public.
var announcing = map[string]bool{"announcing": true, "unveiling": true, "imposing": true, "issuing": true, "making": true}

// hedgeBetween reports whether a hedge stands among toks[from:to]: "an
// order that authorized ... sanctions" authorizes them, no more.
func hedgeBetween(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		if hedges[toks[j].fold] {
			return true
		}
	}
	return false
}

// sinceDate returns where the words before a date phrase at d end, leaving
// out a "since" that governs it: "under sanctions since September" dates
// the state it begins.
func sinceDate(toks []token, d int) int {
	if d > 0 && toks[d-1].fold == "since" {
		return d - 1
	}
	return d
}

// accusedKinds are the kinds whose target is an accused: arrested, handed
// over, charged or convicted.
var accusedKinds = map[graph.EventKind]bool{graph.Arrest: true, graph.Surrender: true, graph.Conviction: true, graph.Charge: true}

// officialTitles are the posts of those who speak about a case rather than
// stand accused in it.
var officialTitles = map[string]bool{"judge": true, "prosecutor": true, "lawyer": true, "counsel": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "registrar": true, "director": true, "researcher": true, "advocate": true,
	"rapporteur": true, "secretary-general": true, "commissioner": true, "attorney": true}

// speakerOrOfficial reports whether a person has spoken in the document so
// far or holds a post of those who speak about cases (a judge, a lawyer).
func (st *docState) speakerOrOfficial(id string) bool {
	for _, p := range st.positions {
		if p.Holder == id && officialTitles[graph.Fold(lastWord(p.Title))] {
			return true
		}
	}
	for _, eid := range st.evOrder {
		if ev := st.events[eid]; ev.Kind == graph.Statement && containsString(ev.With(graph.Agent), id) {
			return true
		}
	}
	return false
}

// accused is whom a pronoun that points at a speaker or official more
// likely means in a proceeding: the person last acted on, else the latest
// person named who neither spoke nor holds such a post.
func (st *docState) accused(not string) string {
	if st.lastTarget != "" && st.lastTarget != not && !st.speakerOrOfficial(st.lastTarget) {
		return st.lastTarget
	}
	for k := len(st.recentPersons) - 1; k >= 0; k-- {
		if p := st.recentPersons[k]; p != not && !st.speakerOrOfficial(p) {
			return p
		}
	}
	return ""
}

// separateCase reports whether the clause of c says its event belongs to
// another case than the one told before: "he was also found guilty in a
// separate case of bribing witnesses".
func separateCase(toks []token, s sentence, c *candidate) bool {
	for j := max(s.from, c.from-8); j+1 < s.to && j < c.to+8; j++ {
		switch toks[j].fold {
		case "separate", "another", "different":
			switch toks[j+1].fold {
			case "case", "trial", "proceedings", "proceeding":
				return true
			}
		}
	}
	return false
}

// countedWarrants returns N of a counted object "the N (arrest) warrants"
// ending a trigger span from..to, or 0.
func countedWarrants(toks []token, from, to int) int {
	if to-from < 3 || toks[to-1].fold != "warrants" {
		return 0
	}
	i := to - 2
	if toks[i].fold == "arrest" {
		i--
	}
	if i <= from || toks[i-1].fold != "the" && toks[i-1].fold != "all" {
		return 0
	}
	n, ok := numberWords[toks[i].fold]
	if !ok {
		if v, err := strconv.Atoi(toks[i].text); err == nil && v < 100 {
			n, ok = v, true
		}
	}
	if !ok || n < 2 {
		return 0
	}
	return n
}

// namedAfter reports whether id is named in the sentence at or after token
// at: "the Israeli prime minister, his defence minister A": A is not the
// prime minister.
func namedAfter(ms []*mention, id string, at int) bool {
	for _, m := range ms {
		if m.entity == id && m.from >= at && !m.pronoun {
			return true
		}
	}
	return false
}

// onlyDeterminers reports whether toks are all determiners or possessives
// that open a noun phrase: "the", "its", "their".
func onlyDeterminers(toks []token) bool {
	for _, t := range toks {
		switch t.fold {
		case "the", "its", "their", "his", "her", "this", "these", "a", "an":
		default:
			return false
		}
	}
	return true
}

// speechObjectSpan reports whether toks[from:to], between the event named
// as a speech's object and a date, are the rest of that object and of the
// speech ("for the two leaders as \"historic\"", "in a statement") with no
// verb or clause of their own ("issued", "which", ", after"): words inside
// quotes are not read.
func speechObjectSpan(toks []token, from, to int) bool {
	quoted := false
	for i := from; i < to; i++ {
		f := toks[i].fold
		if f == "\"" {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		switch f {
		case ",", ";", ".", "that", "which", "who", "when", "after", "before", "since", "until", "of", "made", "taken", "given", "brought", "sought", "dated", "is", "was", "were", "are", "be", "been":
			return false
		}
		if !toks[i].upper && len(f) > 3 && strings.HasSuffix(f, "ed") {
			return false
		}
	}
	return !quoted
}

// unnamedWho reports whether the verb at at opens a relative clause on an
// unnamed antecedent: "some human rights groups who said", "critics, who
// argued".
func unnamedWho(toks []token, s sentence, ms []*mention, at int) bool {
	j := at - 1
	for j > s.from && (toks[j].fold == "also" || toks[j].fold == "had" || toks[j].fold == "has" || toks[j].fold == "have" || toks[j].fold == "then" || toks[j].fold == "later") {
		j--
	}
	if j <= s.from || toks[j].fold != "who" {
		return false
	}
	e := j - 1
	if toks[e].fold == "," && e > s.from {
		e--
	}
	return !toks[e].upper && mentionEndingAt(ms, e+1) == nil
}

// announcedActs are the acts a speech may be made in announcing: "In
// announcing the designations, X said".
var announcedActs = map[string][]graph.EventKind{
	"designations": {graph.Sanction}, "designation": {graph.Sanction}, "sanctions": {graph.Sanction},
	"warrants": {graph.ArrestWarrant}, "warrant": {graph.ArrestWarrant}, "charges": {graph.Charge},
	"order": {graph.ExecutiveOrder}, "withdrawal": {graph.WithdrawalAnnouncement, graph.Withdrawal},
	"verdict": {graph.Conviction}, "arrest": {graph.Arrest}, "request": {graph.WarrantRequest}, "application": {graph.WarrantRequest},
}

// officeHolder is the one person the document names as the prosecutor of
// the court an Office of the Prosecutor belongs to ("Prosecutor Karim
// Khan"), or "" (none, or more than one: a former and a current
// prosecutor).
func (st *docState) officeHolder(office string) string {
	e := st.x.catalog.entry(office)
	if e == nil || e.partOf == "" {
		return ""
	}
	holder := ""
	for _, id := range st.posOrder {
		p := st.positions[id]
		t := graph.Fold(p.Title)
		if t != "prosecutor" && t != "chief prosecutor" {
			continue
		}
		if org := p.Organization; org != "" && st.principal(org, graph.WarrantRequest) != e.partOf {
			continue
		} else if org == "" {
			// "Prosecutor Karim Khan": of the court the catalog gives him,
			// or of one it does not know
			if h := st.x.catalog.entry(p.Holder); h != nil && h.affiliation != "" && st.principal(h.affiliation, graph.WarrantRequest) != e.partOf {
				continue
			}
		}
		if holder != "" && holder != p.Holder {
			return ""
		}
		holder = p.Holder
	}
	return holder
}

// requestsByProsecutor makes the warrant requests of an Office of the
// Prosecutor those of the prosecutor the document names as its head: "the
// Office of the Prosecutor had applied for the warrants" where the text
// calls Karim Khan the court's prosecutor.
func (st *docState) requestsByProsecutor() {
	for _, id := range append([]string(nil), st.evOrder...) {
		e, ok := st.events[id]
		if !ok || e.Kind != graph.WarrantRequest {
			continue
		}
		changed := false
		for k, p := range e.Participants {
			if p.Role != graph.Agent || !st.prosecutorsOffice(p.Entity) {
				continue
			}
			if h := st.officeHolder(p.Entity); h != "" {
				e.Participants[k].Entity = h
				changed = true
			}
		}
		if changed {
			st.rekey(id, e)
		}
	}
}
