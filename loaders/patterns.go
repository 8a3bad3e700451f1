package loaders

import (
	"strconv"
	"strings"
)

// A pattern is a sequence of token tests compiled from a string such as
// "issue|issued ~3 warrant|warrants": words separated by spaces, "|" between
// alternatives, "?" before an optional word, "~N" for a gap of up to N tokens
// and "*" inside a word for a prefix ("withdr*").
type pattern []patElem

type patElem struct {
	alts     []string
	set      map[string]bool
	prefix   []string
	optional bool
	gap      int
}

func compile(s string) pattern {
	var p pattern
	for _, f := range strings.Fields(s) {
		if strings.HasPrefix(f, "~") {
			n, err := strconv.Atoi(f[1:])
			if err != nil {
				panic("loaders: bad pattern " + s)
			}
			p = append(p, patElem{gap: n})
			continue
		}
		e := patElem{}
		if strings.HasPrefix(f, "?") {
			e.optional = true
			f = f[1:]
		}
		for _, a := range strings.Split(f, "|") {
			if strings.HasSuffix(a, "*") {
				e.prefix = append(e.prefix, strings.TrimSuffix(a, "*"))
			} else {
				e.alts = append(e.alts, a)
			}
		}
		if len(e.alts) > 3 {
			e.set = map[string]bool{}
			for _, a := range e.alts {
				e.set[a] = true
			}
		}
		p = append(p, e)
	}
	return p
}

func (e *patElem) test(f string) bool {
	if e.set != nil {
		if e.set[f] {
			return true
		}
	} else {
		for _, a := range e.alts {
			if a == f {
				return true
			}
		}
	}
	for _, a := range e.prefix {
		if strings.HasPrefix(f, a) {
			return true
		}
	}
	return false
}

// gapStops end a gap: a pattern never reaches across a clause.
var gapStops = map[string]bool{".": true, ";": true, "but": true, "who": true, "which": true, "because": true, "while": true, "whereas": true, "although": true}

// match tries p at toks[i:limit] and returns the end of the match.
func (p pattern) match(toks []token, i, limit int) (int, bool) {
	return p.matchFrom(toks, 0, i, limit)
}

func (p pattern) matchFrom(toks []token, k, i, limit int) (int, bool) {
	if k == len(p) {
		return i, true
	}
	e := &p[k]
	if e.gap > 0 {
		for g := 0; g <= e.gap && i+g <= limit; g++ {
			if g > 0 && gapStops[toks[i+g-1].fold] {
				break
			}
			if end, ok := p.matchFrom(toks, k+1, i+g, limit); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i < limit && e.test(toks[i].fold) {
		if end, ok := p.matchFrom(toks, k+1, i+1, limit); ok {
			return end, true
		}
	}
	if e.optional {
		return p.matchFrom(toks, k+1, i, limit)
	}
	return 0, false
}
