package schema_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/schema"
)

// Document IRIs of the fixture.
const (
	juristIRI  = "https://www.jurist.org/news/2025/12/icc-under-pressure"
	reutersIRI = "https://www.reuters.com/world/icc-putin-warrant-2023-03-17"
)

// The fixture's clock: the day the JURIST article was published.
var fixtureToday = time.Date(2025, 12, 1, 12, 0, 0, 0, time.UTC)

// article builds a document's text from sentences and hands out Sources
// pointing at them.
type article struct {
	doc       graph.Document
	sentences []string
}

func (a *article) text() string { return strings.Join(a.sentences, " ") }

// cite returns the source of the sentence that contains phrase.
func (a *article) cite(phrase string) []graph.Source {
	start := 0
	for _, s := range a.sentences {
		n := len([]rune(s))
		if strings.Contains(s, phrase) {
			return []graph.Source{{Document: a.doc.IRI, Quote: s, Start: start, End: start + n}}
		}
		start += n + 1
	}
	panic("fixture: no sentence says " + phrase)
}

func date(s string) graph.Date { return graph.MustParseDate(s) }

func parts(role graph.Role, ids ...string) []graph.Participant {
	var out []graph.Participant
	for _, id := range ids {
		out = append(out, graph.Participant{Role: role, Entity: id})
	}
	return out
}

func event(kind graph.EventKind, d string, agents, targets []string, src []graph.Source, more ...graph.Participant) graph.Event {
	dt := graph.Date{}
	if d != "" {
		dt = date(d)
	}
	ev := graph.Event{Kind: kind, Date: dt, Sources: src, Confidence: 0.9}
	ev.Participants = append(append(parts(graph.Agent, agents...), parts(graph.Target, targets...)...), more...)
	ev.ID = graph.EventID(kind, agents, targets, dt)
	return ev
}

// Event IDs the tests refer to.
var (
	putinWarrant, lavrovWarrant, netanyahuWarrant string
	russia2023, russia2024, usSanction, usOrder   string
	hungaryWithdrawal                             string
)

// fixtureReports is a small graph of the seed article's facts, plus a
// Reuters report of the Putin warrant.
func fixtureReports() []*graph.Report {
	j := &article{
		doc: graph.Document{IRI: juristIRI, Title: "The ICC under pressure", URL: juristIRI, Outlet: "JURIST", Published: date("2025-12-01")},
		sentences: []string{
			"The ICC issued an arrest warrant for Vladimir Putin on March 17, 2023.",
			"The court later sought Sergey Lavrov.",
			"In response to the warrants for Putin and Lavrov, Russia issued arrest warrants against ICC prosecutor Karim Khan in 2023.",
			"In 2024 Russia issued further warrants against the ICC and Judge Tomoko Akane in response.",
			"The ICC issued a warrant for Benjamin Netanyahu on November 21, 2024.",
			"In February 2025 US President Donald Trump signed an executive order against the ICC.",
			"The United States sanctioned ICC judge Nicolás Guillou in August 2025.",
			"Hungary announced its withdrawal in April 2025 and notified it on June 2, 2025, effective June 2, 2026.",
			"Burkina Faso announced its withdrawal from the Rome Statute in September 2025.",
			"Human Rights Watch said on Monday that states must stand by the court.",
			"The ICC convicted Ali Muhammad Ali Abd-Al-Rahman on 27 counts on October 6, 2025.",
			"The Assembly of States Parties meets from December 1 to 6.",
		},
	}
	j.doc.Text = j.text()
	ent := func(id string, kind graph.EntityKind, name, phrase string, aliases ...string) graph.Entity {
		e := graph.Entity{ID: id, Kind: kind, Name: name, Aliases: aliases, Confidence: 1}
		if strings.HasPrefix(id, "Q") {
			e.Wikidata = id
		}
		if phrase != "" {
			e.Sources = j.cite(phrase)
		}
		return e
	}
	state := func(id, name, iso, phrase string) graph.Entity {
		e := ent(id, graph.State, name, phrase)
		e.ISO = iso
		return e
	}
	entities := []graph.Entity{
		ent("Q47488", graph.Court, "International Criminal Court", "The ICC issued an arrest warrant", "ICC"),
		ent("Q7747", graph.Person, "Vladimir Putin", "Vladimir Putin", "Putin"),
		ent("Q80137", graph.Person, "Sergey Lavrov", "Sergey Lavrov", "Lavrov"),
		ent("Q43723", graph.Person, "Benjamin Netanyahu", "Benjamin Netanyahu", "Netanyahu"),
		ent("Q22686", graph.Person, "Donald Trump", "Donald Trump", "Trump"),
		ent("nicolas-guillou", graph.Person, "Nicolas Guillou", "Guillou", "Nicolás Guillou", "Judge Guillou"),
		ent("karim-khan", graph.Person, "Karim Khan", "Karim Khan"),
		ent("tomoko-akane", graph.Person, "Tomoko Akane", "Tomoko Akane"),
		ent("abd-al-rahman", graph.Person, "Ali Muhammad Ali Abd-Al-Rahman", "Abd-Al-Rahman", "Ali Kushayb"),
		state("Q159", "Russia", "RU", "Russia issued arrest warrants"),
		state("Q30", "United States", "US", "The United States sanctioned"),
		state("Q28", "Hungary", "HU", "Hungary announced"),
		state("Q965", "Burkina Faso", "BF", "Burkina Faso"),
		state("Q801", "Israel", "IL", ""),
		ent("Q185634", graph.Organization, "Human Rights Watch", "Human Rights Watch", "HRW"),
		ent("rome-statute", graph.Organization, "Rome Statute", "Rome Statute", "the Rome Statute"),
		ent("assembly-of-states-parties", graph.Organization, "Assembly of States Parties", "Assembly of States Parties"),
	}
	pw := event(graph.ArrestWarrant, "2023-03-17", []string{"Q47488"}, []string{"Q7747"}, j.cite("Vladimir Putin"))
	lw := event(graph.ArrestWarrant, "", []string{"Q47488"}, []string{"Q80137"}, j.cite("Sergey Lavrov"))
	nw := event(graph.ArrestWarrant, "2024-11-21", []string{"Q47488"}, []string{"Q43723"}, j.cite("Benjamin Netanyahu"))
	r23 := event(graph.ArrestWarrant, "2023", []string{"Q159"}, []string{"karim-khan"}, j.cite("Karim Khan"))
	r23.InResponseTo = []string{pw.ID, lw.ID}
	r24 := event(graph.ArrestWarrant, "2024", []string{"Q159"}, []string{"Q47488", "tomoko-akane"}, j.cite("Tomoko Akane"))
	r24.InResponseTo = []string{pw.ID, lw.ID}
	eo := event(graph.ExecutiveOrder, "2025-02", []string{"Q22686"}, []string{"Q47488"}, j.cite("executive order"))
	sa := event(graph.Sanction, "2025-08", []string{"Q30"}, []string{"nicolas-guillou"}, j.cite("sanctioned"))
	ha := event(graph.WithdrawalAnnouncement, "2025-04", []string{"Q28"}, []string{"Q47488"}, j.cite("Hungary announced"))
	hw := event(graph.Withdrawal, "2025-06-02", []string{"Q28"}, []string{"Q47488"}, j.cite("Hungary announced"))
	hw.Effective = date("2026-06-02")
	bf := event(graph.WithdrawalAnnouncement, "2025-09", []string{"Q965"}, nil, j.cite("Burkina Faso"),
		graph.Participant{Role: graph.LegalBasis, Entity: "rome-statute"})
	hrw := event(graph.Statement, "2025-12-01", []string{"Q185634"}, nil, j.cite("Human Rights Watch"))
	cv := event(graph.Conviction, "2025-10-06", []string{"Q47488"}, []string{"abd-al-rahman"}, j.cite("27 counts"))
	cv.Counts = 27
	asp := event(graph.Meeting, "2025-12-01", []string{"assembly-of-states-parties"}, nil, j.cite("Assembly of States Parties"))
	asp.Until = date("2025-12-06")
	putinWarrant, lavrovWarrant, netanyahuWarrant = pw.ID, lw.ID, nw.ID
	russia2023, russia2024, usSanction, usOrder, hungaryWithdrawal = r23.ID, r24.ID, sa.ID, eo.ID, hw.ID

	pos := func(holder, title, org string, start string, phrase string) graph.Position {
		p := graph.Position{ID: graph.PositionID(holder, title, org), Holder: holder, Title: title, Organization: org}
		if start != "" {
			p.Start = date(start)
		}
		if phrase != "" {
			p.Sources = j.cite(phrase)
		}
		return p
	}
	jurist := &graph.Report{
		Document: j.doc,
		Entities: entities,
		Events:   []graph.Event{pw, lw, nw, r23, r24, eo, sa, ha, hw, bf, hrw, cv, asp},
		Positions: []graph.Position{
			pos("nicolas-guillou", "Judge", "Q47488", "2018-03", "ICC judge Nicolás Guillou"),
			pos("karim-khan", "Prosecutor", "Q47488", "2021-06-16", "ICC prosecutor Karim Khan"),
			pos("tomoko-akane", "Judge", "Q47488", "", "Judge Tomoko Akane"),
			pos("Q43723", "Prime Minister", "Q801", "", ""),
			pos("Q22686", "President", "Q30", "2025-01-20", "US President Donald Trump"),
		},
	}

	r := &article{
		doc:       graph.Document{IRI: reutersIRI, Title: "ICC issues arrest warrant for Putin", URL: reutersIRI, Outlet: "Reuters", Published: date("2023-03-17")},
		sentences: []string{"The International Criminal Court said on Friday it had issued an arrest warrant for Russian President Vladimir Putin."},
	}
	r.doc.Text = r.text()
	pwR := pw
	pwR.Sources = r.cite("Vladimir Putin")
	reuters := &graph.Report{
		Document: r.doc,
		Entities: []graph.Entity{
			{ID: "Q47488", Kind: graph.Court, Name: "International Criminal Court", Sources: r.cite("International Criminal Court")},
			{ID: "Q7747", Kind: graph.Person, Name: "Vladimir Putin", Sources: r.cite("Putin")},
		},
		Events:    []graph.Event{pwR},
		Positions: []graph.Position{pos("Q7747", "President", "Q159", "", "")},
	}
	reuters.Positions[0].Sources = r.cite("Russian President")
	return []*graph.Report{jurist, reuters}
}

// fixture opens a memory store holding the fixture and a schema over it.
func fixture(t testing.TB) (*graph.Store, graphql.Schema) {
	t.Helper()
	ctx := context.Background()
	store, err := graph.Open(ctx, "memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	for _, r := range fixtureReports() {
		if err := store.Put(ctx, r); err != nil {
			t.Fatalf("put %s: %v", r.Document.IRI, err)
		}
	}
	s, err := schema.New(store, schema.WithClock(func() time.Time { return fixtureToday }))
	if err != nil {
		t.Fatal(err)
	}
	return store, s
}

// run executes a query and returns the result as JSON.
func run(t testing.TB, s graphql.Schema, query string, vars map[string]any) *graphql.Result {
	t.Helper()
	return graphql.Do(graphql.Params{Schema: s, RequestString: query, VariableValues: vars, Context: context.Background()})
}

func toJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func must(t testing.TB, res *graphql.Result) map[string]any {
	t.Helper()
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %s", toJSON(t, res.Errors))
	}
	m, ok := res.Data.(map[string]any)
	if !ok {
		t.Fatalf("no data: %v", res.Data)
	}
	return m
}

var _ = fmt.Sprintf
