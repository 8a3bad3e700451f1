package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hague-kg/hague/graph"
)

// A token is a word, a number or a punctuation mark of the text, with its
// rune offsets (end exclusive).
type token struct {
	text       string // as written
	fold       string // graph.Fold of text
	start, end int    // rune offsets into the document text
	word       bool   // letters (possibly with digits, hyphens, inner periods)
	num        bool   // digits only
	upper      bool   // starts with an upper-case letter
	abbr       bool   // ends with an absorbed period ("U.S.", "Dr.")
	nl         int    // newlines in the whitespace before the token
}

// abbreviations absorb their period and never end a sentence when followed by
// a name.
var abbreviations = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "sen": true, "rep": true, "gov": true, "st": true, "jr": true,
	"sr": true, "no": true, "vs": true, "v": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "art": true, "para": true, "amb": true, "pres": true,
}

// abbreviationsEndingSentences are abbreviations that end a sentence when the
// next word is a common sentence opener ("... by the U.S. The court ...").
var sentenceFinalAbbr = map[string]bool{"u.s.": true, "u.k.": true, "u.n.": true, "e.u.": true, "etc.": true, "inc.": true, "ltd.": true, "jr.": true, "co.": true, "corp.": true, "u.s.a.": true}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits text into tokens. Possessive "'s" and a trailing "'" become
// tokens of their own; inner hyphens and apostrophes ("Abd-Al-Rahman",
// "B'Tselem") and periods of initialisms ("U.S.") stay inside words.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	pos := 0 // rune offset of byte i
	nl := 0
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				nl++
			}
			i += size
			pos++
			continue
		}
		startByte, startRune := i, pos
		if !isWordRune(r) {
			i += size
			pos++
			t := token{text: text[startByte:i], start: startRune, end: pos, nl: nl}
			t.fold = t.text
			if isApostrophe(r) {
				t.fold = "'"
				// possessive 's
				if i < len(text) && (text[i] == 's' || text[i] == 'S') {
					j := i + 1
					if j >= len(text) || !isWordRuneAt(text, j) {
						i = j
						pos++
						t.text = text[startByte:i]
						t.fold = "'s"
						t.end = pos
					}
				}
			} else if isHyphen(r) || r == '–' || r == '—' {
				t.fold = "-"
				if r == '—' || r == '–' {
					t.fold = "—"
				}
			} else if r == '“' || r == '”' || r == '"' {
				t.fold = "\""
			}
			toks = append(toks, t)
			nl = 0
			continue
		}
		allDigits := true
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if !unicode.IsDigit(r) {
					allDigits = false
				}
				i += size
				pos++
				continue
			}
			// inner hyphen or apostrophe followed by a letter
			if (isHyphen(r) || (isApostrophe(r) && !possessiveAt(text, i+size))) && i+size < len(text) && isWordRuneAt(text, i+size) && !allDigits {
				i += size
				pos++
				continue
			}
			// digits with inner comma or period: 1,000 or 2.5
			if allDigits && (r == ',' || r == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
				i++
				pos++
				continue
			}
			break
		}
		t := token{text: text[startByte:i], start: startRune, end: pos, word: !allDigits, num: allDigits, nl: nl}
		nl = 0
		first, _ := utf8.DecodeRuneInString(t.text)
		t.upper = unicode.IsUpper(first)
		// initialisms and abbreviations absorb their period
		if i < len(text) && text[i] == '.' && !allDigits {
			n := utf8.RuneCountInString(t.text)
			low := strings.ToLower(t.text)
			if n == 1 || abbreviations[low] || strings.Contains(t.text, ".") {
				i++
				pos++
				// "U.S": continue the initialism
				for i+1 < len(text) && isLetterByte(text[i]) && text[i+1] == '.' {
					i += 2
					pos += 2
				}
				t.text = text[startByte:i]
				t.end = pos
				t.abbr = true
			}
		}
		t.fold = foldToken(t.text)
		toks = append(toks, t)
	}
	return toks
}

func isLetterByte(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

func isWordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// possessiveAt reports whether an apostrophe ending just before byte i is a
// possessive "'s" that ends the word.
func possessiveAt(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	return !isWordRuneAt(s, i+1)
}

// foldToken is graph.Fold with a fast path for plain ASCII.
func foldToken(s string) string {
	ascii := true
	lower := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			lower = false
		}
	}
	if !ascii {
		return graph.Fold(s)
	}
	if lower {
		return s
	}
	return strings.ToLower(s)
}

// A sentence is a span of tokens [from, to) and of runes [start, end).
type sentence struct {
	from, to   int
	start, end int
}

// sentenceOpeners are words that start sentences; after an initialism such as
// "U.S." they mark a sentence break.
var sentenceOpeners = map[string]bool{
	"the": true, "it": true, "in": true, "on": true, "a": true, "an": true, "this": true, "that": true,
	"he": true, "she": true, "they": true, "we": true, "but": true, "however": true, "meanwhile": true,
	"its": true, "his": true, "her": true, "their": true, "after": true, "as": true, "at": true, "since": true,
	"according": true, "for": true, "last": true, "earlier": true, "following": true,
}

// splitSentences cuts tokens into sentences at ".", "!", "?" (with any closing
// quotes) and at blank lines, but not after titles, initials and
// abbreviations.
func splitSentences(toks []token) []sentence {
	var out []sentence
	from := 0
	emit := func(to int) {
		if to > from {
			out = append(out, sentence{from: from, to: to, start: toks[from].start, end: toks[to-1].end})
		}
		from = to
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if i > from && t.nl >= 2 {
			emit(i)
		}
		end := false
		switch t.fold {
		case ".", "!", "?":
			end = true
		default:
			if t.abbr && sentenceFinalAbbr[t.fold] && i+1 < len(toks) && toks[i+1].upper && sentenceOpeners[toks[i+1].fold] {
				end = true
			}
		}
		if !end {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].fold == "\"" || toks[j].text == "’" || toks[j].text == ")") && toks[j].start == toks[j-1].end {
			j++
		}
		// "..." or "?!" runs
		for j < len(toks) && (toks[j].fold == "." || toks[j].fold == "!" || toks[j].fold == "?") {
			j++
		}
		if j < len(toks) && !toks[j].upper && !toks[j].num && toks[j].fold != "\"" && toks[j].nl == 0 {
			// "e.g. the court" or lower-case continuation: not a break
			continue
		}
		emit(j)
		i = j - 1
	}
	emit(len(toks))
	return out
}
