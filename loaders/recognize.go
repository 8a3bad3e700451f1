package loaders

import (
	"sort"
	"strings"
	"unicode"

	"github.com/hague-kg/hague/graph"
)

// functionWords are stripped from the front of a capitalised run anywhere.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "by": true, "for": true, "with": true,
	"from": true, "to": true, "of": true, "and": true, "or": true, "but": true, "this": true, "that": true,
	"these": true, "those": true, "its": true, "his": true, "her": true, "their": true, "our": true, "as": true,
	"after": true, "before": true, "during": true, "since": true, "while": true, "when": true, "if": true,
	"according": true, "following": true, "another": true, "some": true, "many": true, "several": true,
	"both": true, "each": true, "every": true, "all": true, "no": true, "former": true, "then": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
}

func isPossessive(t *token) bool { return t.fold == "'s" || t.fold == "'" }

// mentions finds the entity mentions of a sentence, registers their entities
// and positions, and returns them in text order.
func (st *docState) mentions(s sentence) []*mention {
	toks := st.toks
	cat := st.x.catalog
	var ms []*mention
	covered := func(i int) bool {
		for _, m := range ms {
			if i >= m.from && i < m.to {
				return true
			}
		}
		return false
	}
	for i := s.from; i < s.to; {
		t := &toks[i]
		if !t.word {
			i++
			continue
		}
		if n, k := cat.match(toks, i); n != nil && !st.shadowedSurname(n, k, i, s) {
			if m := st.demonymBody(s, i, k, n); m != nil {
				ms = append(ms, m)
				i = m.to
				continue
			}
			m := &mention{from: i, to: i + k, entity: st.sharedName(n).entity.ID, kind: n.entry.entity.Kind, conf: 1,
				demonym: n.kind == nameDemonym, place: n.kind == nameCapital || n.kind == namePlace || n.entry.weak}
			// a capital after a preposition or a verb of travel is a place, else
			// the state's government ("Moscow responded")
			if n.kind == nameCapital && i > s.from && !prepositions[toks[i-1].fold] && !travelVerbs[toks[i-1].fold] {
				m.place = false
			}
			// "Manila deposited its notice": a capital opening the sentence
			// before its verb acts for the state
			if n.kind == nameCapital && i == s.from && i+k < s.to && toks[i+k].word && !toks[i+k].upper && !commonWords[toks[i+k].fold] {
				m.place = false
			}
			ms = append(ms, m)
			i += k
			// "Trial Chamber VII", "Pre-Trial Chamber IV": a numbered
			// chamber is its court's organ
			if m.kind == graph.Court && i < s.to && romanNumeral(toks[i].text) && toks[i].nl == 0 {
				m.to++
				i++
			}
			// "the Trump administration designated": the leader qualifies
			// the government of his state, which acts
			if m.kind == graph.Person && i < s.to && (toks[i].fold == "administration" || toks[i].fold == "government") {
				if a := cat.entry(n.entry.affiliation); a != nil && a.entity.Kind == graph.State {
					m.modifier = true
					ms = append(ms, &mention{from: i, to: i + 1, entity: a.entity.ID, kind: graph.State, conf: 0.9})
					i++
				}
			}
			if m.kind == graph.Person && !m.modifier {
				if a := cat.entry(n.entry.affiliation); a != nil && a.entity.Kind == graph.State {
					// "Marcos's government surrendered him", "the
					// government of President Marcos surrendered him": the
					// leader's government is his state
					if i+1 < s.to && isPossessive(&toks[i]) && leaderGovernment[toks[i+1].fold] {
						m.modifier = true
						ms = append(ms, &mention{from: i, to: i + 2, entity: a.entity.ID, kind: graph.State, conf: 0.9})
						i += 2
					} else if g := governmentOf(toks, s, m.from); g >= 0 {
						m.modifier = true
						ms = append(ms, &mention{from: g, to: g + 1, entity: a.entity.ID, kind: graph.State, conf: 0.9})
					}
				}
			}
			continue
		}
		if m := st.corefAt(s, i); m != nil {
			ms = append(ms, m)
			i = m.to
			continue
		}
		if t.upper {
			if m, next := st.capitalRun(s, i); m != nil {
				ms = append(ms, m)
				i = next
				continue
			} else if next > i {
				i = next
				continue
			}
		}
		i++
	}
	// a byline: "MOSCOW, March 20 (Reuters) -"
	kept := ms[:0]
	for _, m := range ms {
		// "THE HAGUE, Netherlands (AP) —", "KIGALI, Rwanda —": the state
		// of a dateline's city is a place
		if m.kind == graph.State && datelineState(toks, s, m) {
			m.place = true
		}
		// "returned from Hong Kong": a territory after a preposition is
		// a place
		if m.kind == graph.State && m.from > s.from && prepositions[toks[m.from-1].fold] {
			if e := cat.entry(m.entity); e != nil && e.entity.ISO != "" && !e.independent && !e.curated {
				m.place = true
			}
		}
		if m.from > s.from && m.to+1 < s.to && toks[m.from-1].fold == "(" && toks[m.to].fold == ")" && (toks[m.to+1].fold == "-" || toks[m.to+1].fold == "—") {
			continue
		}
		// "the International Criminal Court (ICC)", "the Union of Congolese
		// Patriots (UPC)": an abbreviation in brackets repeats the name
		// before it and is no party of its own
		if m.from > s.from+1 && m.to < s.to && toks[m.from-1].fold == "(" && toks[m.to].fold == ")" && len(kept) > 0 && kept[len(kept)-1].to == m.from-1 {
			if p := kept[len(kept)-1]; p.entity == m.entity || (m.to-m.from == 1 && isAcronym(toks[m.from].text) && st.x.catalog.entry(m.entity) == nil) {
				p.to = m.to + 1
				continue
			}
		}
		kept = append(kept, m)
	}
	ms = kept
	// a possessor qualifies the noun after it: "the court's chief prosecutor"
	for _, m := range ms {
		// "a second Ansar Dine member, X", "M23 fighters": the body
		// qualifies the people who belong to it
		if m.to < s.to && toks[m.to].word && !toks[m.to].upper && memberNouns[toks[m.to].fold] && toks[m.to].fold != "ranks" {
			m.modifier = true
			continue
		}
		if m.to < s.to && isPossessive(&toks[m.to]) {
			if m.kind == graph.Person && !m.group && m.to+1 < s.to && possessedActs[toks[m.to+1].fold] {
				// "a warrant for Kony's arrest", "ordered Khan's arrest":
				// the person is the one acted on, like "his arrest"
				m.possessed = true
				continue
			}
			m.modifier = true
		}
	}
	ms = st.groups(s, ms, covered)
	sort.Slice(ms, func(a, b int) bool { return ms[a].from < ms[b].from })
	st.aliases(s, ms)
	// register in text order so that corefs see what came before
	st.sentPersons = nil
	for _, m := range ms {
		if m.coref != "" {
			st.resolveCoref(m)
			if m.coref == "him" || m.coref == "her" {
				st.notOwnSubject(s, ms, m)
			}
		}
		if m.entity == "" || m.weak() {
			continue
		}
		st.register(m)
		if m.kind == graph.Person && !m.pronoun && !m.group && !m.modifier && !m.appos && !containsString(st.sentPersons, m.entity) {
			st.sentPersons = append(st.sentPersons, m.entity)
		}
	}
	if len(st.sentPersons) > 0 {
		st.prevPersons = st.sentPersons
	}
	st.titles(s, ms)
	st.appositives(s, ms)
	st.noteSubject(s, ms)
	out := ms[:0]
	for _, m := range ms {
		if m.entity != "" {
			out = append(out, m)
		}
	}
	return out
}

// sharedName returns the entry a name stands for in this document. A name
// several states share ("Congolese", "Congo") is the one of them the
// document also names by a name of its own ("the Democratic Republic of the
// Congo", "Brazzaville"), anywhere in the text; else the catalog's default.
func (st *docState) sharedName(n *catalogName) *catalogEntry {
	if len(n.alts) == 0 {
		return n.entry
	}
	if st.ownNamed == nil {
		st.ownNamed = map[*catalogEntry]int{}
		cat := st.x.catalog
		for i := 0; i < len(st.toks); i++ {
			if !st.toks[i].word {
				continue
			}
			if o, k := cat.match(st.toks, i); o != nil {
				if len(o.alts) == 0 && o.entry.entity.Kind == graph.State {
					st.ownNamed[o.entry]++
				}
				i += k - 1
			}
		}
	}
	best, most := n.entry, st.ownNamed[n.entry]
	for _, e := range n.alts {
		if c := st.ownNamed[e]; c > most {
			best, most = e, c
		}
	}
	return best
}

// notOwnSubject keeps an object pronoun off the subject of its own clause:
// in "Marcos's government surrendered him" or "X handed him over", "him" is
// not X (that would be "himself") but the person the story's events are
// about, or else the person named before X.
func (st *docState) notOwnSubject(s sentence, ms []*mention, m *mention) {
	toks := st.toks
	var subj *mention
	for _, p := range ms {
		if p.to > m.from {
			break
		}
		if p.kind == graph.Person && !p.group && !p.pronoun && p.entity != "" {
			subj = p
		}
	}
	if subj == nil || subj.entity != m.entity || m.from-subj.to > 8 {
		return
	}
	if prepositions[toks[m.from-1].fold] {
		// "X rejected the warrant against him": X himself
		return
	}
	if subj.from > s.from && prepositions[toks[subj.from-1].fold] && toks[subj.from-1].fold != "of" {
		return
	}
	for _, t := range toks[subj.to:m.from] {
		switch t.fold {
		case ",", "and", "or", "but", "that", "who", "which", "when", "after", "before", "while", ";", "\"", "to", "if", "as", "because", "until", "unless":
			return
		}
		if speechVerbs[t.fold] {
			// "X said police had arrested him": a clause of its own
			return
		}
	}
	if st.lastTarget != "" && st.lastTarget != subj.entity {
		m.entity = st.lastTarget
		return
	}
	for k := len(st.recentPersons) - 1; k >= 0; k-- {
		if p := st.recentPersons[k]; p != subj.entity {
			m.entity = p
			return
		}
	}
}

// romanNumeral reports whether a word is a Roman numeral of a chamber: "I"
// to "XX".
func romanNumeral(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return true
}

// datelineState reports whether m is the state after the city of a
// dateline that opens the sentence: "THE HAGUE, Netherlands (AP) —".
func datelineState(toks []token, s sentence, m *mention) bool {
	if m.from < s.from+2 || m.from > s.from+5 || toks[m.from-1].fold != "," || m.to >= s.to {
		return false
	}
	if f := toks[m.to].fold; f != "(" && f != "—" && f != "-" && toks[m.to].text != "–" {
		return false
	}
	for _, t := range toks[s.from : m.from-1] {
		if !t.word || !t.upper {
			return false
		}
	}
	return true
}

// ownBody reports whether a run of capitalised words names a body that may
// be named after a state ("Senate", "Supreme Court", "Patriotic Forces"),
// not the state's government or an office of it.
func ownBody(run []token) bool {
	for _, t := range run {
		switch t.fold {
		case "government", "administration", "ministry", "embassy", "mission", "delegation", "cabinet", "republic", "kingdom", "president", "office", "department", "people", "bank":
			return false
		}
	}
	for _, t := range run {
		if isSuffixed(t.fold) || t.fold == "senate" {
			return true
		}
	}
	return false
}

// inquiryHeads end the name of a body that may be named after the state it
// looks into: "Commission of Inquiry on Burundi".
var inquiryHeads = map[string]bool{"inquiry": true, "mission": true}

// isSuffixed reports whether a word ends the name of a body: "Court",
// "Commission".
func isSuffixed(w string) bool {
	k, ok := kindSuffixes[w]
	return ok && k != graph.Person
}

// treatyWords end the name of a treaty.
var treatyWords = map[string]bool{"convention": true, "statute": true, "treaty": true, "protocol": true, "covenant": true, "accords": true}

// leaderGovernment are the nouns for the government a leader heads.
var leaderGovernment = map[string]bool{"government": true, "administration": true, "cabinet": true}

// governmentOf returns the index of "government" in "the government of
// (President) X", where X starts at from, or -1.
func governmentOf(toks []token, s sentence, from int) int {
	j := from - 1
	for j > s.from && toks[j].fold != "of" && (titleHeads[toks[j].fold] || titleWords[toks[j].fold] || honorifics[toks[j].fold]) {
		j--
	}
	if j-1 < s.from || toks[j].fold != "of" || !leaderGovernment[toks[j-1].fold] {
		return -1
	}
	return j - 1
}

// shadowedSurname reports whether a one-word catalog name of a person is the
// surname of someone else: "Imran Khan" is not Karim Khan.
func (st *docState) shadowedSurname(n *catalogName, k, i int, s sentence) bool {
	if k != 1 || n.entry.entity.Kind != graph.Person || i == s.from {
		return false
	}
	p := &st.toks[i-1]
	if !p.word || !p.upper || p.nl > 0 || commonWords[p.fold] || titleHeads[p.fold] || titleWords[p.fold] || honorifics[p.fold] {
		return false
	}
	if _, ok := months[p.fold]; ok {
		return false
	}
	if m, _ := st.x.catalog.match(st.toks, i-1); m != nil {
		return false
	}
	return true
}

// corefAt recognizes a definite description or pronoun that points back:
// "the court", "the prosecutor", "the organization", "he". It is resolved
// when mentions are registered in text order (resolveCoref).
func (st *docState) corefAt(s sentence, i int) *mention {
	t := &st.toks[i]
	switch t.fold {
	case "he", "she", "him":
		return &mention{from: i, to: i + 1, coref: t.fold, kind: graph.Person, conf: 0.7, pronoun: true}
	case "his", "her":
		if t.fold == "her" && (i+1 >= s.to || objectHerNext[st.toks[i+1].fold]) && i > s.from && (!prepositions[st.toks[i-1].fold] || i+1 < s.to && herListEnd[st.toks[i+1].fold]) {
			// "refused to hand her over", "arrested her in Paris": the
			// object, as "him"
			return &mention{from: i, to: i + 1, coref: "her", kind: graph.Person, conf: 0.7, pronoun: true}
		}
		// "a warrant for his arrest", "her surrender to the court"
		if i+1 < s.to && possessedActs[st.toks[i+1].fold] {
			w := "he"
			if t.fold == "her" {
				w = "she"
			}
			return &mention{from: i, to: i + 1, coref: w, kind: graph.Person, conf: 0.7, pronoun: true, possessed: true}
		}
		return nil
	case "both":
		// "detained both men", "both of them were released"
		if i+1 < s.to && (pairNouns[st.toks[i+1].fold] || st.toks[i+1].fold == "of" && i+2 < s.to && st.toks[i+2].fold == "them") {
			to := i + 2
			if st.toks[i+1].fold == "of" {
				to = i + 3
			}
			return &mention{from: i, to: to, coref: "both", kind: graph.Person, conf: 0.7, pronoun: true}
		}
		return nil
	case "the", "this":
		// "the two men", "the pair"
		if i+2 < s.to && st.toks[i+1].fold == "two" && pairNouns[st.toks[i+2].fold] {
			return &mention{from: i, to: i + 3, coref: "both", kind: graph.Person, conf: 0.7, pronoun: true}
		}
		if i+1 < s.to && st.toks[i+1].fold == "pair" && t.fold == "the" {
			return &mention{from: i, to: i + 2, coref: "both", kind: graph.Person, conf: 0.7, pronoun: true}
		}
	default:
		return nil
	}
	j := i + 1
	// "the rights group", "the Hague-based court"
	for j < s.to && j < i+3 && (st.toks[j].fold == "rights" || st.toks[j].fold == "human" || st.toks[j].fold == "hague-based" || st.toks[j].fold == "international" || st.toks[j].fold == "global") {
		j++
	}
	if j >= s.to {
		return nil
	}
	n := &st.toks[j]
	nextUpper := j+1 < s.to && st.toks[j+1].upper && st.toks[j+1].word
	if n.upper && j+2 < s.to && (st.toks[j+1].fold == "of" || st.toks[j+1].fold == "for") {
		// "the Confederation of African Football": a name goes on
		k := j + 2
		if st.toks[k].fold == "the" && k+1 < s.to {
			k++
		}
		if st.toks[k].upper && st.toks[k].word {
			return nil
		}
	}
	if corefTitles[n.fold] || corefNouns[n.fold] != "" && !nextUpper || (n.upper && n.word && !commonWords[n.fold] && !isMonthOrDay(n.fold) && !nextUpper) {
		if m, _ := st.x.catalog.match(st.toks, j); m != nil {
			return nil
		}
		return &mention{from: i, to: j + 1, coref: n.fold, conf: 0.7, pronoun: true, upperCoref: n.upper}
	}
	return nil
}

// resolveCoref points a coreferring mention at the entity it stands for, or
// leaves it empty.
func (st *docState) resolveCoref(m *mention) {
	w := m.coref
	switch w {
	case "both":
		// the two people named before it in its sentence, else in the
		// latest sentence that named people
		pair := st.sentPersons
		if len(pair) != 2 {
			pair = st.prevPersons
		}
		if len(pair) == 2 {
			m.entity, m.also = pair[0], pair[1:2]
		}
		return
	case "he", "she", "him", "her":
		m.entity = st.lastPerson
		if w != "him" && w != "her" && !m.possessed && st.subjPerson != "" && st.subjectPosition(m) {
			// "Prosecutor X withdrew the case against Y. She said ...": a
			// subject pronoun continues the subject of the sentence before,
			// not the person named last in it
			m.entity = st.subjPerson
		} else if w != "him" && w != "her" && !m.possessed && st.subjectPosition(m) && len(st.prevPersons) >= 2 && st.sentPronoun.sent != st.cur+1 {
			// "The ICC issued a warrant for X's arrest, together with one
			// for Y. For years, he lived freely": none of the people named
			// was the subject; the one the story has named most is
			best, most := m.entity, st.personCount[m.entity]
			for _, p := range st.prevPersons {
				if c := st.personCount[p]; c > most {
					best, most = p, c
				}
			}
			m.entity = best
		}
		if !m.possessed && (w == "him" || w == "her" || !st.subjectPosition(m)) && st.sentPronoun.sent == st.cur+1 && st.sentPronoun.word == map[string]string{"him": "he", "her": "she", "he": "he", "she": "she"}[w] {
			// "he lived freely, until he crossed the border and gave
			// himself up; the authorities then transferred him": the
			// person the pronoun before it in the sentence meant
			m.entity = st.sentPronoun.entity
		}
		if m.possessed && st.lastTarget != "" {
			// "a warrant for his arrest": the person events are about, not
			// the judge or spokesperson named last
			m.entity = st.lastTarget
		}
		if m.possessed && st.sentPronoun.sent == st.cur+1 && st.sentPronoun.word == w {
			// "surrendered him ... after the court issued a warrant for his
			// arrest": the person a pronoun before it in the sentence meant
			m.entity = st.sentPronoun.entity
		}
		g := w
		switch w {
		case "him":
			g = "he"
		case "her":
			g = "she"
		}
		m.entity = st.agreeing(m.entity, g)
		if !m.possessed {
			st.sentPronoun = sentPronoun{sent: st.cur + 1, word: g, entity: m.entity}
		}
		return
	}
	if corefTitles[w] {
		if id, ok := st.byTitle[w]; ok {
			m.entity, m.kind = id, graph.Person
		}
		return
	}
	// a word of the name of an entity named earlier: "the Chamber", "the Assembly"
	if m.upperCoref || corefNouns[w] == "" {
		for k := len(st.order) - 1; k >= 0; k-- {
			e := st.entities[st.order[k]]
			if e.Kind == graph.Person || e.Kind == graph.State {
				continue
			}
			for _, x := range strings.Fields(graph.Fold(e.Name)) {
				if x == w {
					m.entity, m.kind, m.conf = e.ID, e.Kind, 0.8
					return
				}
			}
		}
	}
	kind, ok := corefNouns[w]
	if !ok {
		return
	}
	if w == "administration" && st.lastStateAgent != "" {
		// "the administration": the government that last acted
		m.entity, m.kind = st.lastStateAgent, graph.State
		return
	}
	if w == "administration" {
		// else the government of the leader named last, or of the latest
		// leader the document introduced
		for k := len(st.order); k >= 0; k-- {
			id := st.lastPerson
			if k < len(st.order) {
				id = st.order[k]
			}
			e := st.x.catalog.entry(id)
			if e == nil || e.entity.Kind != graph.Person {
				continue
			}
			if a := st.x.catalog.entry(e.affiliation); a != nil && a.entity.Kind == graph.State {
				m.entity, m.kind = a.entity.ID, graph.State
				return
			}
		}
	}
	// the organization that last acted is more salient than the last named
	id := st.lastAgentOfKind[kind]
	if id == "" || kind == graph.Court {
		id = st.lastOfKind[kind]
	}
	if kind == graph.Court {
		if id == "" {
			id = st.x.defaultCourt
		}
		if e := st.x.catalog.entry(id); e != nil && e.partOf != "" && w == "court" {
			id = e.partOf
		}
	}
	if id != "" {
		m.entity, m.kind = id, kind
	}
}

// capitalRun reads a run of capitalised words at i that the catalog does not
// know. It returns the mention, or nil and the index to resume at.
func (st *docState) capitalRun(s sentence, i int) (*mention, int) {
	toks := st.toks
	cat := st.x.catalog
	if _, month := months[toks[i].fold]; month && i > s.from {
		// "on 4 May for Omar Salim": a date's month opens no name
		if _, day := isDayNum(&toks[i-1]); day {
			return nil, i + 1
		}
	}
	j := i + 1
	for j < s.to {
		t := &toks[j]
		if t.nl > 0 {
			break
		}
		if t.fold == "on" && j > i && j+1 < s.to && inquiryHeads[toks[j-1].fold] && toks[j+1].nl == 0 {
			// "the Commission of Inquiry on Burundi", "the Fact-Finding
			// Mission on Myanmar": the state is part of the body's name
			if m, k := cat.match(toks, j+1); m != nil && m.entry.entity.Kind == graph.State && toks[j+1].upper {
				j += 1 + k
				break
			}
		}
		if m, k := cat.match(toks, j); m != nil && m.kind == nameDemonym && j > i && nameConnectors[toks[j-1].fold] && j+k < s.to && toks[j+k].upper && toks[j+k].word && toks[j+k].nl == 0 {
			// "Union of Congolese Patriots", "Confederation of African
			// Football": a demonym inside a body's name
			j += k
			continue
		}
		if m, k := cat.match(toks, j); m != nil && m.the && toks[j-1].fold != "the" && isGivenName(toks[j-1]) && hasNameWord(toks[i:j]) {
			// "Foreign Secretary William Hague": a place named with its
			// article ("The Hague") is a surname without it
			j += k
			continue
		}
		if m, k := cat.match(toks, j); m != nil {
			// "Khaled Mohamed Ali El Hishri": the full name of a known person
			if m.entry.entity.Kind == graph.Person && m.kind == nameProper && j+k <= s.to {
				first := strings.Fields(graph.Fold(m.entry.entity.Name))
				if len(first) > 0 && first[0] == toks[i].fold {
					return &mention{from: i, to: j + k, entity: m.entry.entity.ID, kind: graph.Person, conf: 0.9}, j + k
				}
				// "Imran Khan": someone else's surname ends this name
				if k == 1 && hasNameWord(toks[i:j]) {
					j++
					continue
				}
			}
			break
		}
		if t.word && (t.upper || j > i && particleName(t.text)) {
			j++
			continue
		}
		if t.fold == "and" && j > i && j+1 < s.to && toks[j+1].upper && toks[j+1].word && !isSuffixed(toks[j-1].fold) {
			// "the Sahelian Criminal and Human Rights Court", "the Truth
			// and Reconciliation Commission": "and" inside a body's name,
			// which the words after it end; not "Human Rights Watch and
			// Amnesty International", two bodies
			k := j + 1
			for k < s.to && k <= j+4 && toks[k].upper && toks[k].word && toks[k].nl == 0 {
				if mm, _ := cat.match(toks, k); mm != nil {
					break
				}
				if isSuffixed(toks[k].fold) && (k+1 >= s.to || !toks[k+1].upper) {
					j = k + 1
					break
				}
				k++
			}
			if j > k-1 {
				break
			}
		}
		if t.fold == "of" && j > i && j+2 < s.to && ownBody(toks[i:j]) {
			// "the Senate of the Philippines", "the Movement for the
			// Liberation of Congo": a body named after its state
			k := j + 1
			if toks[k].fold == "the" {
				k++
			}
			if mm, n := cat.match(toks, k); mm != nil && mm.kind == nameProper && mm.entry.entity.Kind == graph.State && toks[k].upper && (k+n >= s.to || !toks[k+n].upper) {
				j = k + n
				break
			}
		}
		if (t.fold == "for" || t.fold == "of") && j > i && j+2 < s.to && toks[j+1].fold == "the" && toks[j+2].upper && toks[j+2].word && toks[j+2].nl == 0 && ownBody(toks[i:j]) {
			// "Patriotic Forces for the Liberation of Congo"
			if mm, _ := cat.match(toks, j+2); mm == nil {
				j += 2
				continue
			}
		}
		if nameConnectors[t.fold] && j+2 < s.to && nameConnectors[toks[j+1].fold] && toks[j+1].word && !toks[j+1].upper && toks[j+2].upper && toks[j+2].word && toks[j+1].nl == 0 && toks[j+2].nl == 0 && isGivenName(toks[j-1]) {
			// "Erwin van der Borght", "Ursula von der Leyen": two particles
			// of a surname after a given name
			if mm, _ := cat.match(toks, j+2); mm == nil {
				j += 2
				continue
			}
		}
		if nameConnectors[t.fold] && j+1 < s.to && toks[j+1].upper && toks[j+1].word && !(j == i+1 && isMonthOrDay(toks[i].fold)) {
			// "warrants Monday for Moammar Gadhafi": a day joins no name
			if mm, k := cat.match(toks, j+1); mm != nil && !(mm.kind == nameDemonym && j+1+k < s.to && toks[j+1+k].upper && toks[j+1+k].word) {
				break
			}
			j++
			continue
		}
		break
	}
	end := j
	from := i
	sentStart := i == s.from || (i > s.from && (toks[i-1].fold == "\"" || toks[i-1].fold == ":" || toks[i-1].fold == "(" || toks[i-1].fold == "—"))
	titled := false
	for from < end {
		f := toks[from].fold
		if from+1 < end && (strings.HasSuffix(f, "-based") || strings.HasSuffix(f, "-led") || strings.HasSuffix(f, "-backed")) {
			// "the Tbilisi-based Human Rights Center", "the Saudi-led
			// Coalition": where it sits or who leads it is no part of
			// its name
			from++
			sentStart = false
			continue
		}
		// "Secretary of State John Kerry said", opening a sentence: the
		// title is read below, not dropped as a common word
		if functionWords[f] || (from == i && sentStart && commonWords[f] && !(titleHeads[f] && from+1 < end)) {
			from++
			sentStart = false
			continue
		}
		// "Judges Ana Costa and ...", "Deputy Prosecutors Lena Vogt": a
		// plural title heads a list of names
		if (titleHeads[f] || titleWords[f] || honorifics[f] || pluralTitleHeads[f]) && from+1 < end && !bodyAfterTitleWord(toks, from, end) {
			k := from
			head := false
			for k+1 < end && (titleHeads[toks[k].fold] || titleWords[toks[k].fold] || honorifics[toks[k].fold] || pluralTitleHeads[toks[k].fold]) {
				head = head || titleHeads[toks[k].fold] || honorifics[toks[k].fold] || pluralTitleHeads[toks[k].fold]
				k++
			}
			if head {
				titled = true
				from = k
			}
		}
		break
	}
	if titled && from < end && (toks[from].fold == "for" || toks[from].fold == "of") {
		// "Russia's Commissioner for Children's Rights", "Minister of
		// Justice": the rest of a title, no name
		return nil, j
	}
	// "European Council President António Costa": an organization, then a
	// titled person; take the organization and leave the rest for later
	for h := from + 1; h+1 < end; h++ {
		if titleHeads[toks[h].fold] && toks[h].upper && hasNameWord(toks[h+1:end]) && !titleWords[toks[h+1].fold] {
			if _, ok := kindSuffixes[toks[h-1].fold]; ok {
				end, j = h, h
				break
			}
			// "International Relations Minister Maite Nkoana-Mashabane",
			// "Information Minister Sheriff Bojang": the portfolio and
			// title, then the person
			if !titled && toks[h+1].upper && end-(h+1) >= 2 && !hasConnector(toks[h+1:end]) {
				from, titled = h+1, true
				break
			}
		}
	}
	// trailing connectors and months do not end a name
	for end > from && (nameConnectors[toks[end-1].fold] || isMonthOrDay(toks[end-1].fold)) {
		end--
	}
	if from >= end {
		return nil, j
	}
	phrase := toks[from:end]
	fold := foldPhrase(phrase)
	if cat.isNonEntity(fold) {
		return nil, j
	}
	if len(phrase) == 1 {
		f := phrase[0].fold
		if commonWords[f] || titleHeads[f] || titleWords[f] || isMonthOrDay(f) || honorifics[f] || groupHeads[f] != "" || peopleNouns[f] {
			return nil, j
		}
	}
	// "the Genocide Convention", "the EU Blocking Statute": a treaty, which
	// names no party
	if treatyWords[phrase[len(phrase)-1].fold] && len(phrase) > 1 {
		return nil, j
	}
	allCommon := true
	for _, t := range phrase {
		if !commonWords[t.fold] && !titleWords[t.fold] && !titleHeads[t.fold] && !nameConnectors[t.fold] {
			allCommon = false
		}
	}
	if allCommon {
		return nil, j
	}
	// a surname alone: a person named earlier
	if len(phrase) == 1 {
		if id, ok := st.byLastName[phrase[0].fold]; ok {
			return &mention{from: from, to: end, entity: id, kind: graph.Person, conf: 0.8}, j
		}
		if id := st.byInnerName[phrase[0].fold]; id != "" {
			return &mention{from: from, to: end, entity: id, kind: graph.Person, conf: 0.75}, j
		}
	}
	// "Al Hassan" after "Al Hassan Ag Abdoul Aziz Ag Mohamed Ag Mahmoud":
	// the first words of a long name named earlier
	if len(phrase) >= 2 && len(phrase) <= 3 {
		if id := st.namePrefixOf(phrase); id != "" {
			return &mention{from: from, to: end, entity: id, kind: st.entities[id].Kind, conf: 0.8}, j
		}
		// "Blé Goudé" after "Charles Blé Goudé": the last words of a
		// person's name named earlier
		if id := st.nameSuffixOf(phrase); id != "" {
			return &mention{from: from, to: end, entity: id, kind: graph.Person, conf: 0.8}, j
		}
	}
	// "Gbagbo's wife Simone": a given name after a kinship word is the
	// relative's, with the family name of the person named before
	if len(phrase) == 1 && from-3 >= s.from && kinship[toks[from-1].fold] != 0 && isPossessive(&toks[from-2]) && from == i {
		if id, ok := st.byLastName[toks[from-3].fold]; ok {
			if e := st.entities[id]; e != nil {
				words := strings.Fields(e.Name)
				name := st.spanText(from, end) + " " + words[len(words)-1]
				ne := graph.Entity{ID: graph.Slug(name), Kind: graph.Person, Name: name, Confidence: 0.75}
				if _, ok := st.entities[ne.ID]; !ok {
					st.pending(ne)
				}
				if _, ok := st.gender[ne.ID]; !ok {
					st.gender[ne.ID] = kinship[toks[from-1].fold]
				}
				return &mention{from: from, to: end, entity: ne.ID, kind: graph.Person, conf: 0.75}, j
			}
		}
	}
	name := st.spanText(from, end)
	kind, conf := st.guessKind(phrase, from, end, s, titled)
	e := graph.Entity{ID: graph.Slug(name), Kind: kind, Name: name, Confidence: conf}
	if e.ID == "" {
		return nil, j
	}
	if old, ok := st.entities[e.ID]; ok {
		e.Kind = old.Kind
	} else if ce := cat.entry(e.ID); ce != nil {
		e = ce.entity
	}
	m := &mention{from: from, to: end, entity: e.ID, kind: e.Kind, conf: e.Confidence}
	if _, ok := st.entities[e.ID]; !ok {
		st.pending(e)
	}
	return m, j
}

// civilBodyHeads end the name of a party, movement or association, which
// a demonym opening it belongs to: "the Ivorian Popular Front", "the Malian
// Association for Human Rights". Organs of a state ("the Hungarian
// Parliament", "Sudanese police") are not among them: the demonym there
// names the state.
var civilBodyHeads = map[string]bool{"association": true, "front": true, "federation": true, "movement": true,
	"party": true, "league": true, "coalition": true, "alliance": true, "network": true, "society": true,
	"foundation": true, "institute": true, "centre": true, "center": true, "organization": true,
	"organisation": true, "squad": true, "union": true}

// demonymBody reads a name the catalog does not know that a demonym opens:
// "the Ivorian Popular Front" is one body, not Côte d'Ivoire and a "Popular
// Front".
func (st *docState) demonymBody(s sentence, i, k int, n *catalogName) *mention {
	toks := st.toks
	at := i + k
	if n.kind != nameDemonym || at >= s.to || !toks[at].upper || !toks[at].word || toks[at].nl > 0 {
		return nil
	}
	if titleHeads[toks[at].fold] || titleWords[toks[at].fold] || honorifics[toks[at].fold] || commonWords[toks[at].fold] {
		return nil
	}
	if mm, _ := st.x.catalog.match(toks, at); mm != nil {
		return nil
	}
	pending := len(st.newEntities)
	m, _ := st.capitalRun(s, at)
	if len(st.newEntities) > pending && m != nil {
		delete(st.newEntities, m.entity)
	}
	if m == nil || m.from != at || m.kind != graph.Organization || m.group || st.x.catalog.entry(m.entity) != nil {
		return nil
	}
	// the head: the last word, or the word before "for" or "of"
	head := m.to - 1
	for j := at + 1; j < m.to; j++ {
		if toks[j].fold == "for" || toks[j].fold == "of" {
			head = j - 1
			break
		}
	}
	if !civilBodyHeads[toks[head].fold] {
		return nil
	}
	name := st.spanText(i, m.to)
	e := graph.Entity{ID: graph.Slug(name), Kind: graph.Organization, Name: name, Confidence: m.conf}
	if _, ok := st.entities[e.ID]; !ok {
		st.pending(e)
	}
	return &mention{from: i, to: m.to, entity: e.ID, kind: e.Kind, conf: e.Confidence}
}

// pending stages a new entity so that register can add it.
func (st *docState) pending(e graph.Entity) {
	if st.newEntities == nil {
		st.newEntities = map[string]graph.Entity{}
	}
	if _, ok := st.newEntities[e.ID]; !ok {
		st.newEntities[e.ID] = e
	}
}

// bodyAfterTitleWord reports whether a title word opens the name of a body
// rather than a person's title: "the General Intelligence and Security
// Service", "the Presidential Guard" (a run of at least three words ending in
// a body's head, with a connector inside).
func bodyAfterTitleWord(toks []token, from, end int) bool {
	if end-from < 3 || honorifics[toks[from].fold] {
		return false
	}
	if k, ok := kindSuffixes[toks[end-1].fold]; !ok || k == graph.Person || k == graph.State {
		return false
	}
	for j := from + 1; j < end-1; j++ {
		if toks[j].fold == "and" || toks[j].fold == "of" || toks[j].fold == "for" {
			return true
		}
	}
	return false
}

// hasConnector reports whether a run holds a word that joins the words of
// a body's name: "of", "for".
func hasConnector(toks []token) bool {
	for _, t := range toks {
		if t.fold == "of" || t.fold == "for" {
			return true
		}
	}
	return false
}

// hasNameWord reports whether a run holds a word that is no title or
// function word: "Imran" in "Imran Khan", not "Foreign Minister".
func hasNameWord(toks []token) bool {
	for _, t := range toks {
		if !titleHeads[t.fold] && !titleWords[t.fold] && !honorifics[t.fold] && !functionWords[t.fold] && !commonWords[t.fold] {
			return true
		}
	}
	return false
}

func isMonthOrDay(f string) bool {
	if _, ok := months[f]; ok {
		return true
	}
	_, ok := weekdays[f]
	return ok
}

// guessKind guesses the kind of an unknown name from its words and context.
func (st *docState) guessKind(phrase []token, from, end int, s sentence, titled bool) (graph.EntityKind, float64) {
	last := phrase[len(phrase)-1].fold
	if k, ok := kindSuffixes[last]; ok {
		return k, 0.8
	}
	first := phrase[0].fold
	if k, ok := kindSuffixes[first]; ok && k != graph.Person && len(phrase) > 1 {
		// "Ministry of Justice", "Office of ..."
		return k, 0.75
	}
	if !titled {
		if k, conf, ok := st.bodyContext(from, end, s); ok {
			return k, conf
		}
	}
	if titled {
		return graph.Person, 0.85
	}
	// a title just before: "judge X", "ICC Justice X"
	if from > s.from {
		p := st.toks[from-1].fold
		if titleHeads[p] || honorifics[p] {
			return graph.Person, 0.85
		}
	}
	acronym := len(phrase) == 1 && isAcronym(phrase[0].text) && len([]rune(phrase[0].text)) >= 2
	if acronym {
		return graph.Organization, 0.6
	}
	connectors := 0
	for _, t := range phrase {
		if nameConnectors[t.fold] && !personParticles[t.fold] && t.fold != "al" && t.fold != "bin" && t.fold != "van" && t.fold != "von" && t.fold != "de" && t.fold != "der" && t.fold != "el" && t.fold != "ibn" {
			connectors++
		}
	}
	if from > s.from && !titled {
		// "in New York", "attacks on El Fasher": a place
		switch st.toks[from-1].fold {
		case "in", "at", "near", "from", "to", "on", "into", "across", "outside", "inside":
			return graph.Organization, 0.4
		}
	}
	if len(phrase) >= 2 && compassWords[first] && !titled {
		// "South Ossetia", "Southern Kordofan", "the North Sea", "West
		// African": a region or what comes from it, no party
		return graph.Organization, 0.4
	}
	if len(phrase) >= 6 && len(phrase) <= 9 && connectors == 0 {
		// "Al Hassan Ag Abdoul Aziz Ag Mohamed Ag Mahmoud": a long name
		// strung by a word of descent
		for _, t := range phrase[1 : len(phrase)-1] {
			if descentWords[t.fold] {
				return graph.Person, 0.7
			}
		}
	}
	if len(phrase) >= 2 && len(phrase) <= 5 && connectors == 0 {
		// followed by a speech verb or an appositive title: a person
		return graph.Person, 0.7
	}
	if len(phrase) == 1 && end < s.to {
		n := st.toks[end].fold
		if speechVerbs[n] {
			return graph.Person, 0.5
		}
	}
	if connectors > 0 {
		return graph.Organization, 0.6
	}
	// one capitalised word of unknown meaning
	return graph.Organization, 0.35
}

func (st *docState) spanText(from, end int) string {
	if st.runes == nil {
		st.runes = []rune(st.doc.Text)
	}
	return string(st.runes[st.toks[from].start:st.toks[end-1].end])
}

// register adds a mention's entity to the document and updates what later
// short forms resolve to.
func (st *docState) register(m *mention) {
	var e graph.Entity
	if ce := st.x.catalog.entry(m.entity); ce != nil {
		e = ce.entity
	} else if old, ok := st.entities[m.entity]; ok {
		e = *old
	} else if ne, ok := st.newEntities[m.entity]; ok {
		e = ne
	} else {
		return
	}
	if m.group {
		e.Confidence = m.conf
	}
	st.addEntity(e)
	if m.group {
		return
	}
	st.lastOfKind[e.Kind] = e.ID
	if e.Kind != graph.Person && !m.place && !m.demonym {
		st.lastBody = append(st.lastBody, e.ID)
		if len(st.lastBody) > 8 {
			st.lastBody = st.lastBody[1:]
		}
	}
	if e.Kind == graph.Person && !m.pronoun {
		st.personCount[e.ID]++
		st.lastPerson = e.ID
		st.notePerson(m, e.ID)
		words := strings.Fields(graph.Fold(e.Name))
		if len(words) > 1 {
			last := words[len(words)-1]
			if last == "jr." || last == "jr" {
				last = words[len(words)-2]
			}
			st.byLastName[last] = e.ID
			// "Moammar Gadhafi" for the catalog's "Muammar Gaddafi": the
			// surname as the text spells it names him too
			if m.coref == "" && m.to-m.from >= 2 && m.to <= len(st.toks) {
				if t := st.toks[m.to-1]; t.upper && t.word && t.fold != last && len(t.fold) > 3 && !titleHeads[t.fold] {
					if _, taken := st.byLastName[t.fold]; !taken {
						st.byLastName[t.fold] = e.ID
					}
				}
			}
			// "Mahamat Said Abdel Kani" is also "Said": an inner word of a
			// long name names its bearer, unless two people share it
			for _, w := range words[1 : len(words)-1] {
				if len(w) < 4 || nameConnectors[w] || personParticles[w] {
					continue
				}
				if old, ok := st.byInnerName[w]; ok && old != e.ID {
					st.byInnerName[w] = ""
				} else {
					st.byInnerName[w] = e.ID
				}
			}
		}
		if ce := st.x.catalog.entry(e.ID); ce != nil && ce.title != "" {
			if _, ok := st.byTitle[graph.Fold(lastWord(ce.title))]; !ok {
				st.byTitle[graph.Fold(lastWord(ce.title))] = e.ID
			}
		}
	}
}

// pairNouns after "both" or "the two" refer to two people named before.
var pairNouns = map[string]bool{"men": true, "women": true, "suspects": true, "leaders": true, "accused": true, "defendants": true, "commanders": true, "brothers": true}

// herListEnd after "her" end a prepositional object: "cases against her
// and Prosecutor X".
var herListEnd = map[string]bool{"and": true, ",": true, ".": true, ";": true}

// objectHerNext are the words after an object "her" ("hand her over",
// "arrested her in"), where no possessed noun follows.
var objectHerNext = map[string]bool{"over": true, "to": true, "in": true, "at": true, "from": true, "for": true, "on": true,
	"with": true, "as": true, "back": true, "up": true, "into": true, ",": true, ".": true, ";": true, "and": true, "but": true,
	"without": true, "under": true, "after": true, "before": true, "until": true, "despite": true, "\"": true, ")": true}

// kinship words introduce a relative by given name, with the relative's gender.
var kinship = map[string]byte{"wife": 'f', "widow": 'f', "daughter": 'f', "sister": 'f', "mother": 'f', "husband": 'm', "son": 'm', "brother": 'm', "father": 'm', "widower": 'm'}

// nameSuffixOf finds the one person named earlier whose name ends with the
// words of phrase and is longer than it ("Blé Goudé" for "Charles Blé Goudé").
func (st *docState) nameSuffixOf(phrase []token) string {
	return st.personByNamePart(phrase, func(name, part string, words int) bool {
		return strings.HasSuffix(name, " "+part) && words > len(phrase)
	})
}

// namePrefixOf finds the one person named earlier whose name begins with the
// words of phrase and is at least two words longer.
func (st *docState) namePrefixOf(phrase []token) string {
	return st.personByNamePart(phrase, func(name, part string, words int) bool {
		return strings.HasPrefix(name, part+" ") && words >= len(phrase)+2
	})
}

// personByNamePart finds the one person named earlier whose folded name
// (of so many words) fits the folded phrase; none when two do.
func (st *docState) personByNamePart(phrase []token, fits func(name, part string, words int) bool) string {
	parts := make([]string, len(phrase))
	for k, t := range phrase {
		parts[k] = t.fold
	}
	part := strings.Join(parts, " ")
	found := ""
	for _, id := range st.order {
		e := st.entities[id]
		if e == nil || e.Kind != graph.Person {
			continue
		}
		name := graph.Fold(e.Name)
		if fits(name, part, len(strings.Fields(name))) {
			if found != "" && found != id {
				return ""
			}
			found = id
		}
	}
	return found
}

// qualifierKinds may qualify a title or a group: "Israel's", "ICC", "Russian".
func qualifies(m *mention) bool {
	return m != nil && !m.group && (m.kind == graph.State || m.kind == graph.Organization || m.kind == graph.Court)
}

func mentionEndingAt(ms []*mention, end int) *mention {
	for _, m := range ms {
		if m.to == end {
			return m
		}
	}
	return nil
}

func mentionStartingAt(ms []*mention, from int) *mention {
	for _, m := range ms {
		if m.from == from {
			return m
		}
	}
	return nil
}

// titles reads titles written before a person's name — "Judge X", "Israel's
// Prime Minister X", "Russian Foreign Minister X", "HRW's X" — records the
// positions, and makes the qualifier a modifier of the person's mention.
func (st *docState) titles(s sentence, ms []*mention) {
	toks := st.toks
	for _, m := range ms {
		if m.kind != graph.Person || m.group || m.pronoun {
			continue
		}
		ts := m.from
		head := false
		for ts > s.from {
			f := toks[ts-1].fold
			// "High Commissioner for Human Rights Volker Türk": "for"
			// joins a title head to what it is in charge of
			forTitle := f == "for" && ts-2 >= s.from && titleHeads[toks[ts-2].fold] && ts < m.from
			if titleHeads[f] || titleWords[f] || honorifics[f] || forTitle {
				if mentionEndingAt(ms, ts) != nil {
					break
				}
				head = head || titleHeads[f]
				ts--
				continue
			}
			break
		}
		// "of" cannot start a title
		for ts < m.from && (toks[ts].fold == "of" || toks[ts].fold == "state") && !head {
			ts++
		}
		qEnd := ts
		if qEnd > s.from && isPossessive(&toks[qEnd-1]) {
			qEnd--
		}
		q := mentionEndingAt(ms, qEnd)
		if !qualifies(q) || q == m {
			q = nil
		}
		org := ""
		if q != nil {
			org = q.entity
			q.modifier = true
		}
		if head {
			st.addPosition(m.entity, st.spanText(ts, m.from), org)
		}
		if q != nil {
			m.from = q.from
		} else if ts < m.from {
			m.from = ts
		}
	}
}

// appositives read "X, HRW's international justice director," and "X, U.S.
// Secretary of State," as positions of X.
func (st *docState) appositives(s sentence, ms []*mention) {
	toks := st.toks
	for _, m := range ms {
		if m.kind != graph.Person || m.group || m.pronoun || m.to+1 >= s.to || toks[m.to].fold != "," {
			continue
		}
		k := m.to + 1
		for k < s.to && (toks[k].fold == "a" || toks[k].fold == "an" || toks[k].fold == "the" || toks[k].fold == "its" || toks[k].fold == "his" || toks[k].fold == "her" || toks[k].fold == "former" || toks[k].fold == "then") {
			k++
		}
		var q *mention
		for steps := 0; steps < 3; steps++ {
			mm := mentionStartingAt(ms, k)
			if !qualifies(mm) {
				break
			}
			q = mm
			k = mm.to
			if k < s.to && isPossessive(&toks[k]) {
				k++
			}
		}
		ts := k
		head := false
		for k < s.to && (titleHeads[toks[k].fold] || titleWords[toks[k].fold]) && mentionStartingAt(ms, k) == nil {
			head = head || titleHeads[toks[k].fold]
			k++
		}
		if !head {
			continue
		}
		te := k
		// "president of the Assembly of States Parties"
		if q == nil && toks[te-1].fold == "of" {
			te--
		}
		if q == nil && k < s.to {
			kk := k
			if toks[kk].fold == "the" {
				kk++
			}
			if toks[k-1].fold == "of" || (kk < s.to && toks[kk-1].fold == "of") {
				if mm := mentionStartingAt(ms, kk); qualifies(mm) {
					q = mm
					k = mm.to
				}
			} else if toks[k].fold == "of" || toks[k].fold == "at" {
				kk = k + 1
				if kk < s.to && toks[kk].fold == "the" {
					kk++
				}
				for steps := 0; steps < 3; steps++ {
					mm := mentionStartingAt(ms, kk)
					if !qualifies(mm) {
						break
					}
					q = mm
					k = mm.to
					if k+1 < s.to && isPossessive(&toks[k]) {
						kk = k + 1
						continue
					}
					break
				}
			}
		}
		// "X, the UN Special Rapporteur on the situation in ...": the
		// title's own complement
		if k < s.to && toks[k].fold != "," && toks[k].fold != "." && toks[k].fold != ")" && toks[k].fold != "and" && toks[k].fold != "said" && toks[k].fold != "who" && !(q != nil && (toks[k].fold == "on" || toks[k].fold == "for")) {
			continue
		}
		org := ""
		if q != nil {
			org = q.entity
		}
		st.addPosition(m.entity, st.spanText(ts, te), org)
		for _, mm := range ms {
			if mm.from > m.to && mm.to <= k {
				mm.appos = true
				mm.modifier = true
			}
		}
	}
}

// groups turns unnamed groups into group mentions: "ICC officials",
// "Palestinian human rights organizations", "a UN expert", "leaders of the
// Anti-Balaka movement".
func (st *docState) groups(s sentence, ms []*mention, covered func(int) bool) []*mention {
	toks := st.toks
	var out []*mention
	for _, q := range ms {
		if q.coref != "" && q.entity == "" && q.to < s.to && isPossessive(&toks[q.to]) {
			// "the Court's judges"
			st.resolveCoref(q)
		}
		if !qualifies(q) {
			continue
		}
		k := q.to
		possessed := false
		if k+1 < s.to && isPossessive(&toks[k]) && q.kind != graph.State && q.kind != graph.Person {
			// "three of the Court's judges": the court's judges
			k++
			possessed = true
		}
		var words []string
		for k < s.to && groupAdjectives[toks[k].fold] && !toks[k].upper {
			words = append(words, toks[k].fold)
			k++
		}
		if k >= s.to {
			continue
		}
		kind, ok := groupHeads[toks[k].fold]
		if !ok || (toks[k].upper && k != q.to) || (possessed && kind != graph.Person) {
			continue
		}
		from := q.from
		for from > s.from && (groupFiller[toks[from-1].fold] || toks[from-1].num) && !covered(from-1) {
			from--
		}
		qual := st.x.catalog.shortName(q.entity)
		if q.demonym {
			qual = st.toks[q.from].text
		}
		var idWords []string
		idWords = append(idWords, qual)
		for _, w := range words {
			if !groupFiller[w] {
				idWords = append(idWords, w)
			}
		}
		idWords = append(idWords, toks[k].fold)
		q.modifier = true
		g := st.groupMention(from, k+1, idWords, kind)
		st.groupOf(g, q.entity, toks[k].fold)
		out = append(out, g)
	}
	// "court officials", "court staff": the officials of the court in
	// question, named earlier or the default court
	for k := s.from + 1; k < s.to; k++ {
		kind, ok := groupHeads[toks[k].fold]
		if !ok || kind != graph.Person || toks[k].upper || covered(k) || toks[k-1].fold != "court" || toks[k-1].upper {
			continue
		}
		if mentionEndingAt(ms, k-1) != nil || groupEndingAt(out, k+1) {
			continue
		}
		court := st.lastOfKind[graph.Court]
		if court == "" {
			court = st.x.defaultCourt
		}
		if e := st.x.catalog.entry(court); e != nil && e.partOf != "" {
			court = e.partOf
		}
		if court == "" {
			continue
		}
		from := k - 1
		for from > s.from && (groupFiller[toks[from-1].fold] || toks[from-1].num || groupAdjectives[toks[from-1].fold]) && !covered(from-1) {
			from--
		}
		g := st.groupMention(from, k+1, []string{st.x.catalog.shortName(court), toks[k].fold}, kind)
		st.groupOf(g, court, toks[k].fold)
		out = append(out, g)
	}
	// "the court's prosecutor and several of its judges": the body named
	// last before "its"
	for k := s.from + 1; k+1 < s.to; k++ {
		if toks[k].fold != "its" || covered(k) {
			continue
		}
		h := k + 1
		var words []string
		for h < s.to && groupAdjectives[toks[h].fold] && !toks[h].upper {
			words = append(words, toks[h].fold)
			h++
		}
		if h >= s.to || toks[h].upper || groupHeads[toks[h].fold] != graph.Person || groupEndingAt(out, h+1) {
			continue
		}
		var q *mention
		for _, m := range ms {
			if m.to <= k && (q == nil || m.to > q.to) {
				if m.coref != "" && m.entity == "" {
					st.resolveCoref(m)
				}
				if qualifies(m) && m.kind != graph.State {
					q = m
				}
			}
		}
		if q == nil {
			continue
		}
		from := k
		for from > s.from && (groupFiller[toks[from-1].fold] || toks[from-1].num) && !covered(from-1) {
			from--
		}
		idWords := []string{st.x.catalog.shortName(q.entity)}
		for _, w := range words {
			if !groupFiller[w] {
				idWords = append(idWords, w)
			}
		}
		idWords = append(idWords, toks[h].fold)
		g := st.groupMention(from, h+1, idWords, graph.Person)
		st.groupOf(g, q.entity, toks[h].fold)
		out = append(out, g)
	}
	// head first: "two senior leaders of the CAR's Anti-Balaka movement",
	// "four judges at the International Criminal Court"
	for k := s.from; k < s.to; k++ {
		kind, ok := groupHeads[toks[k].fold]
		if !ok || toks[k].upper || covered(k) || k+2 >= s.to || toks[k+1].fold != "of" && toks[k+1].fold != "at" {
			continue
		}
		// the qualifier is the last qualifying mention of "of [the] [X's] Q [movement]"
		j := k + 2
		if toks[j].fold == "the" {
			j++
		}
		var q *mention
		for steps := 0; steps < 3 && j < s.to; steps++ {
			mm := mentionStartingAt(ms, j)
			if mm == nil && j > s.from && toks[j-1].fold == "the" {
				// "officials of the court": the definite description
				mm = mentionStartingAt(ms, j-1)
			}
			if mm != nil && mm.coref != "" && mm.entity == "" {
				st.resolveCoref(mm)
			}
			if !qualifies(mm) {
				break
			}
			q = mm
			j = mm.to
			if j < s.to && isPossessive(&toks[j]) {
				j++
				continue
			}
			break
		}
		if q == nil || q.kind == graph.State {
			continue
		}
		end := q.to
		if end < s.to && (toks[end].fold == "movement" || toks[end].fold == "militia" || toks[end].fold == "group" || toks[end].fold == "forces") {
			end++
		}
		from := k
		for from > s.from && (groupFiller[toks[from-1].fold] || toks[from-1].num || groupAdjectives[toks[from-1].fold]) && !covered(from-1) {
			from--
		}
		for _, mm := range ms {
			if mm.from > k && mm.to <= end {
				mm.modifier = true
			}
		}
		g := st.groupMention(from, end, []string{st.x.catalog.shortName(q.entity), toks[k].fold}, kind)
		st.groupOf(g, q.entity, toks[k].fold)
		out = append(out, g)
	}
	if len(out) == 0 {
		return ms
	}
	// a group swallows the mentions inside it, which stay as modifiers
	return append(ms, out...)
}

func (st *docState) groupMention(from, end int, idWords []string, kind graph.EntityKind) *mention {
	id := graph.Slug(strings.Join(idWords, " "))
	name := st.spanText(from, end)
	// drop a leading article or number word from the name
	for _, p := range []string{"a ", "an ", "the ", "two ", "three ", "four ", "five ", "six ", "several ", "some ", "other ", "of the ", "of "} {
		if len(name) > len(p) && strings.EqualFold(name[:len(p)], p) {
			name = name[len(p):]
		}
	}
	if r := []rune(name); len(r) > 0 && unicode.IsLower(r[0]) && false {
		name = string(unicode.ToUpper(r[0])) + string(r[1:])
	}
	st.pending(graph.Entity{ID: id, Kind: kind, Name: name, Confidence: 0.6})
	return &mention{from: from, to: end, entity: id, kind: kind, conf: 0.6, group: true}
}

// groupOf records what qualifies a group and, for a group of people, that
// they hold a post at the qualifying institution ("ICC officials" are
// officials of the ICC), so that the graph treats them as its officials.
func (st *docState) groupOf(g *mention, qualifier, head string) {
	st.groupQualifier[g.entity] = qualifier
	st.groupHead[g.entity] = head
	if g.kind != graph.Person || qualifier == "" {
		return
	}
	switch st.kindOf(qualifier) {
	case graph.Court, graph.Organization, graph.State:
	default:
		return
	}
	st.addGroupPosition(g.entity, head, qualifier)
}

func groupEndingAt(gs []*mention, end int) bool {
	for _, g := range gs {
		if g.to == end {
			return true
		}
	}
	return false
}

// possessedActs after "his" or "her" make the pronoun the person acted on.
var possessedActs = map[string]bool{"arrest": true, "surrender": true, "transfer": true, "extradition": true, "detention": true, "conviction": true, "capture": true}

// noteSubject remembers the person a sentence is about, its subject, for a
// pronoun opening a later sentence. A sentence that names people but whose
// subject is something else ("The court convicted X") forgets it; one that
// names nobody (a quote) keeps it.
func (st *docState) noteSubject(s sentence, ms []*mention) {
	toks := st.toks
	subj, persons := "", false
	found := false
	for _, m := range ms {
		if m.entity == "" || m.group {
			continue
		}
		if m.kind == graph.Person {
			persons = true
		}
		if found || m.modifier || m.place || m.demonym {
			continue
		}
		if m.from > s.from && (prepositions[toks[m.from-1].fold] || m.from > s.from+1 && (toks[m.from-1].fold == "the" || toks[m.from-1].fold == "a") && prepositions[toks[m.from-2].fold]) {
			continue
		}
		found = true
		if m.kind == graph.Person {
			subj = m.entity
		}
	}
	// "X did Y on Thursday, Blinken said": the speaker of the reporting
	// frame is whom the next sentence's "he said" continues
	for _, m := range ms {
		if m.entity == "" || m.group || m.kind != graph.Person || m.modifier || m.pronoun || m.from <= s.from || m.to >= s.to {
			continue
		}
		if p := toks[m.from-1].fold; (p == "," || p == "\"") && speechVerbs[toks[m.to].fold] {
			subj = m.entity
			break
		}
	}
	if persons {
		st.subjPerson = subj
	}
}

// subjectPosition reports whether a pronoun opens its sentence or follows a
// quote ("..." he said), where it is the subject of the sentence's verb.
func (st *docState) subjectPosition(m *mention) bool {
	s := st.sents[st.cur]
	if m.from == s.from {
		return true
	}
	p := st.toks[m.from-1].fold
	return p == "\"" || p == ","
}

// particleName reports whether a lower-case word is an Arabic surname with
// its article, "al-Maliki", "el-Sisi", which continues the name before it:
// "Riyad al-Maliki" is one person, not "Riyad".
func particleName(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "ibn-", "bin-", "abu-"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// notePerson keeps the people named, latest last, and the gender the text
// gives them by an honorific ("Ms. Shameem Khan") or a gendered title in
// apposition ("X, a spokeswoman for"), for "he" and "she".
func (st *docState) notePerson(m *mention, id string) {
	for k, p := range st.recentPersons {
		if p == id {
			st.recentPersons = append(st.recentPersons[:k], st.recentPersons[k+1:]...)
			break
		}
	}
	st.recentPersons = append(st.recentPersons, id)
	if _, ok := st.gender[id]; ok {
		return
	}
	toks := st.toks
	s := st.sents[st.cur]
	for _, i := range []int{m.from - 1, m.from} {
		if i < s.from || i >= m.to {
			continue
		}
		if g := honorificGender[toks[i].fold]; g != 0 {
			st.gender[id] = g
			return
		}
	}
	if m.to < s.to && toks[m.to].fold == "," {
		for i := m.to + 1; i < s.to && i <= m.to+4; i++ {
			if g := gendered[toks[i].fold]; g != 0 {
				st.gender[id] = g
				return
			}
		}
	}
}

// agreeing returns id when its gender, where the text gave one, agrees with
// the pronoun, else the latest person named whose gender does not disagree:
// "Mr. Khan met Ms. Costa. He said" is Khan.
func (st *docState) agreeing(id, pronoun string) string {
	want := byte('m')
	if pronoun == "she" {
		want = 'f'
	}
	if g, ok := st.gender[id]; !ok || g == want {
		return id
	}
	for k := len(st.recentPersons) - 1; k >= 0; k-- {
		p := st.recentPersons[k]
		if g, ok := st.gender[p]; !ok || g == want {
			return p
		}
	}
	return id
}

var honorificGender = map[string]byte{"mr.": 'm', "mr": 'm', "sir": 'm', "mrs.": 'f', "mrs": 'f', "ms.": 'f', "ms": 'f', "madam": 'f', "dame": 'f'}

var gendered = map[string]byte{"spokesman": 'm', "spokeswoman": 'f', "chairman": 'm', "chairwoman": 'f', "congressman": 'm', "congresswoman": 'f', "businessman": 'm', "businesswoman": 'f', "king": 'm', "queen": 'f', "son": 'm', "daughter": 'f', "wife": 'f', "husband": 'm', "brother": 'm', "sister": 'f'}

// memberNouns name someone by the body they belong to: "a member of X",
// "X fighters", "the founder of X".
var memberNouns = map[string]bool{"member": true, "members": true, "founder": true, "founders": true, "co-founder": true,
	"fighters": true, "militants": true, "faction": true, "factions": true, "ranks": true, "wing": true, "offshoot": true,
	"affiliate": true, "splinter": true}

// bodyNouns are the heads of a description of a body: "the armed group X",
// "X, the Tuareg-led Islamist movement".
var bodyNouns = map[string]graph.EntityKind{"group": graph.Organization, "movement": graph.Organization,
	"militia": graph.Organization, "party": graph.Organization, "organization": graph.Organization,
	"organisation": graph.Organization, "coalition": graph.Organization, "alliance": graph.Organization,
	"network": graph.Organization, "faction": graph.Organization, "company": graph.Organization, "firm": graph.Organization,
	"newspaper": graph.Organization, "broadcaster": graph.Organization, "agency": graph.Organization}

// placeNouns after a name make it the name of a place: "the Sidi Yahia
// mosque", "the Mitiga prison".
var placeNouns = map[string]bool{"mosque": true, "mausoleum": true, "church": true, "prison": true, "camp": true,
	"airport": true, "hospital": true, "square": true, "market": true, "stadium": true, "district": true,
	"province": true, "region": true, "street": true, "avenue": true, "neighbourhood": true, "neighborhood": true,
	"village": true, "valley": true, "river": true, "border": true, "crossing": true, "detention": true, "base": true}

// bodyContext reads what the words around an unknown name say it is: a
// body ("a member of X", "X fighters", "the armed group X", "X, the
// Islamist movement") or a place ("the X mosque").
func (st *docState) bodyContext(from, end int, s sentence) (graph.EntityKind, float64, bool) {
	toks := st.toks
	if end < s.to && toks[end].word && !toks[end].upper {
		if placeNouns[toks[end].fold] {
			return graph.Organization, 0.4, true
		}
		if memberNouns[toks[end].fold] && end-from >= 2 {
			return graph.Organization, 0.7, true
		}
	}
	if from-2 >= s.from && toks[from-1].fold == "of" && memberNouns[toks[from-2].fold] {
		return graph.Organization, 0.7, true
	}
	if from-1 >= s.from && !toks[from-1].upper {
		if k, ok := bodyNouns[toks[from-1].fold]; ok {
			return k, 0.7, true
		}
	}
	if end+2 < s.to && toks[end].fold == "," && (toks[end+1].fold == "the" || toks[end+1].fold == "a" || toks[end+1].fold == "an") {
		for k := end + 2; k < s.to && k <= end+6; k++ {
			t := &toks[k]
			if !t.word || t.upper && k > end+2 || t.fold == "of" || memberNouns[t.fold] || titleHeads[t.fold] || peopleNouns[t.fold] {
				// "X, a member of the armed group": a person described by
				// the body
				break
			}
			if kind, ok := bodyNouns[t.fold]; ok {
				// "a militia leader", "the party's founder": the body
				// qualifies a person
				if k+1 < s.to && personAfterBody(&toks[k+1]) {
					break
				}
				return kind, 0.7, true
			}
		}
	}
	return "", 0, false
}

// personAfterBody reports whether the word after a body's noun makes the
// phrase a person: "militia leader", "group's founder".
func personAfterBody(n *token) bool {
	return titleHeads[n.fold] || memberNouns[n.fold] || peopleNouns[n.fold] || groupHeads[n.fold] != "" || isPossessive(n)
}

// compassWords open the names of regions: "South Ossetia", "Northern
// Kordofan", "the North Sea".
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true}

// descentWords ("son of") string the parts of a long Arabic or Tuareg name:
// "Al Hassan Ag Abdoul Aziz Ag Mohamed Ag Mahmoud", "Mohamed Ould Abdel Aziz".
var descentWords = map[string]bool{"ag": true, "ould": true, "wad": true, "bin": true, "ibn": true, "ben": true, "bint": true, "mint": true}

// isGivenName reports whether a token may be a given name before the
// particles of a surname: a capitalised word that is no title.
func isGivenName(t token) bool {
	return t.upper && t.word && !titleHeads[t.fold] && !titleWords[t.fold] && !honorifics[t.fold] && !commonWords[t.fold] && !functionWords[t.fold]
}

// personParticles join the words of a person's name, not an organization's:
// "Joshua arap Sang", "Luiz Inácio Lula da Silva".
var personParticles = map[string]bool{"arap": true, "da": true, "dos": true, "di": true}

// aliasCues end the words that introduce another name of the person named
// before them: "known as \"Rambo\"", "his nom de guerre", "nicknamed".
var aliasCues = map[string]bool{"nicknamed": true, "dubbed": true, "alias": true, "aka": true, "a.k.a.": true, "nickname": true, "guerre": true, "moniker": true}

// aliases reads a name that the sentence gives as another name of the person
// before it ("Alfred Yekatom, known by his nom de guerre \"Rombhot\"") as
// that person, in apposition: no entity and no party of its own.
func (st *docState) aliases(s sentence, ms []*mention) {
	toks := st.toks
	for k, m := range ms {
		j := m.from - 1
		for j > s.from && (toks[j].fold == "\"" || toks[j].fold == "'" || toks[j].fold == "the") {
			j--
		}
		if j <= s.from || !(aliasCues[toks[j].fold] || toks[j].fold == "as" && toks[j-1].fold == "known") {
			continue
		}
		for p := k - 1; p >= 0; p-- {
			q := ms[p]
			if q.kind != graph.Person || q.group || q.pronoun || q.entity == "" || m.from-q.to > 16 {
				continue
			}
			if m.entity != q.entity {
				m.entity, m.kind, m.conf = q.entity, graph.Person, q.conf
			}
			m.appos = true
			break
		}
	}
}
