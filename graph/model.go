package graph

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// EntityKind is the kind of a named thing in the graph.
type EntityKind string

// The kinds of entity.
const (
	Person       EntityKind = "PERSON"
	State        EntityKind = "STATE"
	Court        EntityKind = "COURT"
	Organization EntityKind = "ORGANIZATION"
)

// EntityKinds lists every EntityKind.
var EntityKinds = []EntityKind{Person, State, Court, Organization}

// Valid reports whether k is one of EntityKinds.
func (k EntityKind) Valid() bool { return contains(EntityKinds, k) }

// EventKind is the kind of a dated event.
type EventKind string

// The kinds of event.
const (
	ArrestWarrant          EventKind = "ARREST_WARRANT"
	WarrantRequest         EventKind = "WARRANT_REQUEST"
	Sanction               EventKind = "SANCTION"
	ExecutiveOrder         EventKind = "EXECUTIVE_ORDER"
	Withdrawal             EventKind = "WITHDRAWAL"
	WithdrawalAnnouncement EventKind = "WITHDRAWAL_ANNOUNCEMENT"
	Arrest                 EventKind = "ARREST"
	Surrender              EventKind = "SURRENDER"
	NonCompliance          EventKind = "NON_COMPLIANCE"
	Conviction             EventKind = "CONVICTION"
	Charge                 EventKind = "CHARGE"
	CriminalCase           EventKind = "CRIMINAL_CASE"
	CyberAttack            EventKind = "CYBER_ATTACK"
	Statement              EventKind = "STATEMENT"
	Meeting                EventKind = "MEETING"
	Visit                  EventKind = "VISIT"
)

// EventKinds lists every EventKind.
var EventKinds = []EventKind{
	ArrestWarrant, WarrantRequest, Sanction, ExecutiveOrder, Withdrawal, WithdrawalAnnouncement,
	Arrest, Surrender, NonCompliance, Conviction, Charge, CriminalCase, CyberAttack, Statement,
	Meeting, Visit,
}

// Valid reports whether k is one of EventKinds.
func (k EventKind) Valid() bool { return contains(EventKinds, k) }

// Role is what an entity does in an event.
type Role string

// The roles an entity can play in an event.
const (
	Agent      Role = "AGENT"       // who acts: the court issuing, the state sanctioning
	Target     Role = "TARGET"      // who is acted on: the person wanted, sanctioned, convicted
	Place      Role = "PLACE"       // where it happened
	Recipient  Role = "RECIPIENT"   // to whom it was addressed: the court a suspect is surrendered to
	LegalBasis Role = "LEGAL_BASIS" // under what it was done: the statute withdrawn from
)

// Roles lists every Role.
var Roles = []Role{Agent, Target, Place, Recipient, LegalBasis}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { return contains(Roles, r) }

// An Entity is a person, state, court or organization.
type Entity struct {
	// ID is stable across documents: the Wikidata QID where known ("Q7747"),
	// otherwise a readable slug of the name ("liz-evenson").
	ID      string
	Kind    EntityKind
	Name    string
	Aliases []string
	// Wikidata is the QID, when known.
	Wikidata string
	// ISO is the ISO 3166-1 alpha-2 code of a state.
	ISO string
	// Confidence in [0, 1] that the entity exists as described; 1 for curated data.
	Confidence float64
	// Sources are the mentions that support the entity.
	Sources []Source
	// Documents are the IRIs of every document asserting anything about the
	// entity, including curated datasets that quote no sentence; set by the
	// Store when reading, ignored when writing.
	Documents []string
}

// A Participant ties an entity to an event in a role.
type Participant struct {
	Role   Role
	Entity string // entity ID
	// Documents are the IRIs of the documents that assert this link; set by
	// the Store when reading, ignored when writing.
	Documents []string
}

// An Event is an n-ary, dated happening: a warrant issued, a sanction imposed.
type Event struct {
	// ID is derived from the event's content by EventID, so that two documents
	// stating the same event name the same node.
	ID           string
	Kind         EventKind
	Date         Date
	Participants []Participant
	// InResponseTo lists the IDs of events this one answers, as a source states.
	InResponseTo []string
	// Effective is when the event takes effect, where that differs from Date
	// (a withdrawal takes effect a year after its notification).
	Effective Date
	// Until is the last day of an event that spans days (a session "December 1 to 6").
	Until Date
	// Counts is how many counts a conviction or charge has, 0 when not stated.
	Counts int
	// Description is a short free-text note (the charges, the scope of a sanction).
	Description string
	Confidence  float64
	Sources     []Source
	// Documents are the IRIs of every document asserting the event; set by
	// the Store when reading, ignored when writing.
	Documents []string
}

// With returns the IDs of the entities in role r, in order.
func (e *Event) With(r Role) []string {
	var ids []string
	for _, p := range e.Participants {
		if p.Role == r {
			ids = append(ids, p.Entity)
		}
	}
	return ids
}

// A Position says that a person holds a title at an organization, a state or a court.
type Position struct {
	ID           string // derived by PositionID
	Holder       string // entity ID of the person
	Title        string // "Judge", "Prime Minister"
	Organization string // entity ID; may be empty when the text names none
	Start, End   Date
	Sources      []Source
	// Documents are the IRIs of the documents asserting the position; set by
	// the Store when reading.
	Documents []string
}

// A Document is an article or dataset that asserts facts.
type Document struct {
	// IRI identifies the document and labels every quad it asserts.
	IRI       string
	Title     string
	URL       string
	Outlet    string
	Published Date
	// Text is the document's body, which Source offsets index into.
	Text string
}

// A Source is one place a document supports a fact: the sentence and its
// character offsets (in runes, end exclusive) into the document's text.
type Source struct {
	Document   string // document IRI
	Quote      string
	Start, End int
}

// A Report is everything one document asserts. Store.Put writes it as one unit.
type Report struct {
	Document  Document
	Entities  []Entity
	Events    []Event
	Positions []Position
}

// Validate checks that the report is internally consistent: known kinds and
// roles, participants and responses that resolve, offsets inside the text. The
// error wraps ErrInvalid and names the first offending fact.
func (r *Report) Validate() error {
	if r.Document.IRI == "" {
		return fmt.Errorf("report: document has no IRI: %w", ErrInvalid)
	}
	known := map[string]bool{}
	for i, e := range r.Entities {
		if e.ID == "" || !e.Kind.Valid() || e.Name == "" {
			return fmt.Errorf("report: entity %d (%q): needs an id, a name and a known kind, got kind %q: %w", i, e.ID, e.Kind, ErrInvalid)
		}
		known[e.ID] = true
	}
	events := map[string]bool{}
	for _, ev := range r.Events {
		events[ev.ID] = true
	}
	textLen := len([]rune(r.Document.Text))
	checkSources := func(what string, ss []Source) error {
		for _, s := range ss {
			if s.Start < 0 || s.End < s.Start || (textLen > 0 && s.End > textLen) {
				return fmt.Errorf("report: %s: source offsets %d..%d outside the text (%d runes): %w", what, s.Start, s.End, textLen, ErrInvalid)
			}
		}
		return nil
	}
	for i, e := range r.Entities {
		if err := checkSources(fmt.Sprintf("entity %d (%s)", i, e.ID), e.Sources); err != nil {
			return err
		}
	}
	for i, ev := range r.Events {
		what := fmt.Sprintf("event %d (%s %s)", i, ev.Kind, ev.ID)
		if ev.ID == "" || !ev.Kind.Valid() {
			return fmt.Errorf("report: %s: needs an id and a known kind: %w", what, ErrInvalid)
		}
		for _, p := range ev.Participants {
			if !p.Role.Valid() {
				return fmt.Errorf("report: %s: unknown role %q: %w", what, p.Role, ErrInvalid)
			}
			if p.Entity == "" {
				return fmt.Errorf("report: %s: participant in role %s has no entity: %w", what, p.Role, ErrInvalid)
			}
		}
		for _, id := range ev.InResponseTo {
			if id == "" || id == ev.ID {
				return fmt.Errorf("report: %s: responds to %q: %w", what, id, ErrInvalid)
			}
		}
		if err := checkSources(what, ev.Sources); err != nil {
			return err
		}
	}
	for i, p := range r.Positions {
		what := fmt.Sprintf("position %d (%s)", i, p.ID)
		if p.ID == "" || p.Holder == "" || p.Title == "" {
			return fmt.Errorf("report: %s: needs an id, a holder and a title: %w", what, ErrInvalid)
		}
		if err := checkSources(what, p.Sources); err != nil {
			return err
		}
	}
	return nil
}

// EventID derives an event's ID from its kind, its agents and targets and the
// year of its date, so that the same event stated by two documents gets one
// ID even when one gives "March 2023" and the other "17 March 2023". An event
// with an unknown date gets an ID without a year; the Store reads such an
// event as part of the one dated event with the same kind and participants,
// when there is exactly one.
func EventID(kind EventKind, agents, targets []string, date Date) string {
	id := eventKey(kind, agents, targets)
	if !date.IsZero() {
		id += fmt.Sprintf("_%04d", date.Year)
	}
	return id
}

// eventKey is the ID of an event stated without a date.
func eventKey(kind EventKind, agents, targets []string) string {
	parts := []string{strings.ToLower(strings.ReplaceAll(string(kind), "_", "-"))}
	parts = append(parts, strings.Join(sortedCopy(agents), "+"))
	parts = append(parts, strings.Join(sortedCopy(targets), "+"))
	return strings.Join(parts, "_")
}

// PositionID derives a position's ID from its holder, title and organization.
func PositionID(holder, title, org string) string {
	return strings.Join([]string{holder, Slug(title), org}, "_")
}

// Slug turns a name into a readable id: lowercase ASCII letters and digits
// joined by hyphens, with accents dropped ("Nicolás Guillou" → "nicolas-guillou").
func Slug(name string) string {
	folded := Fold(name)
	b := make([]byte, 0, len(folded))
	gap := false
	for _, r := range folded {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if gap && len(b) > 0 {
				b = append(b, '-')
			}
			gap = false
			b = append(b, byte(r))
			continue
		}
		gap = true
	}
	return string(b)
}

// Fold normalizes a name for matching: lowercase, accents removed, curly
// quotes and dashes made plain, spaces collapsed.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	return foldUnicode(s)
}

func foldUnicode(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case r == '‐' || r == '‑' || r == '–' || r == '—':
			r = '-'
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldASCII is Fold for text that is all ASCII, which most names and words
// in English news are: it needs no Unicode normalization and, when the text
// is folded already, no copy. It reports false for any other text.
func foldASCII(s string) (string, bool) {
	folded := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c >= 'A' && c <= 'Z', asciiSpace(c) && c != ' ':
			folded = false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			folded = false
		}
	}
	if folded {
		return s, true
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiSpace(c) {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b), true
}

// asciiSpace are the ASCII bytes unicode.IsSpace accepts.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
