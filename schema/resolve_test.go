package schema_test

import (
	"context"
	"testing"
	"time"

	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/schema"
)

// TestTargetingsHeadline answers the headline question on the fixture: the
// ICC warrants for Putin and Lavrov → Russia's counter-warrants, stated; the
// warrant for Netanyahu → the US sanction on Judge Guillou, inferred.
func TestTargetingsHeadline(t *testing.T) {
	_, s := fixture(t)
	data := must(t, run(t, s, `{ targetings(issuer: "Q47488") { warrant { id } action { id } officials { id } stated daysAfter } }`, nil))
	type pair struct{ warrant, action string }
	got := map[pair]map[string]any{}
	for _, x := range data["targetings"].([]any) {
		m := x.(map[string]any)
		p := pair{m["warrant"].(map[string]any)["id"].(string), m["action"].(map[string]any)["id"].(string)}
		got[p] = m
	}
	tests := []struct {
		warrant, action string
		stated          bool
		official        string
	}{
		{putinWarrant, russia2023, true, "karim-khan"},
		{putinWarrant, russia2024, true, "tomoko-akane"},
		{lavrovWarrant, russia2023, true, "karim-khan"},
		{lavrovWarrant, russia2024, true, "Q47488"},
		{netanyahuWarrant, usSanction, false, "nicolas-guillou"},
		{netanyahuWarrant, usOrder, false, "Q47488"},
	}
	for _, tt := range tests {
		m, ok := got[pair{tt.warrant, tt.action}]
		if !ok {
			t.Errorf("no targeting %s → %s", tt.warrant, tt.action)
			continue
		}
		if m["stated"] != tt.stated {
			t.Errorf("%s → %s: stated = %v, want %v", tt.warrant, tt.action, m["stated"], tt.stated)
		}
		found := false
		for _, o := range m["officials"].([]any) {
			found = found || o.(map[string]any)["id"] == tt.official
		}
		if !found {
			t.Errorf("%s → %s: officials %v lack %s", tt.warrant, tt.action, m["officials"], tt.official)
		}
	}
	// The counter-warrants state what they answer: they are paired with
	// nothing else, however the dates fall.
	if _, ok := got[pair{netanyahuWarrant, russia2024}]; ok {
		t.Error("Russia's 2024 warrant, stated to answer the Putin and Lavrov warrants, is paired with the Netanyahu warrant")
	}
	// daysAfter is the least day count, null when a date is unknown.
	if d := got[pair{netanyahuWarrant, usSanction}]["daysAfter"]; d != 253 {
		t.Errorf("Netanyahu warrant (2024-11-21) → sanction (2025-08): daysAfter = %v, want 253", d)
	}
	if d := got[pair{lavrovWarrant, usSanction}]["daysAfter"]; d != nil {
		t.Errorf("undated Lavrov warrant → sanction: daysAfter = %v, want null", d)
	}
}

// TestRomeStatuteClock shows the status following the clock across Hungary's
// announcement, notification and effective date.
func TestRomeStatuteClock(t *testing.T) {
	store, _ := fixture(t)
	tests := []struct{ today, hungary, burkina string }{
		{"2025-03-01", "PARTY", "PARTY"},
		{"2025-05-01", "WITHDRAWAL_ANNOUNCED", "PARTY"},
		{"2025-09-15", "WITHDRAWAL_NOTIFIED", "PARTY"}, // "2025-09" may still lie ahead
		{"2025-12-01", "WITHDRAWAL_NOTIFIED", "WITHDRAWAL_ANNOUNCED"},
		{"2026-06-02", "WITHDRAWN", "WITHDRAWAL_ANNOUNCED"},
	}
	for _, tt := range tests {
		t.Run(tt.today, func(t *testing.T) {
			today, _ := time.Parse("2006-01-02", tt.today)
			s, err := schema.New(store, schema.WithClock(func() time.Time { return today }))
			if err != nil {
				t.Fatal(err)
			}
			data := must(t, run(t, s, `{
  hu: entity(name: "Hungary") { ... on State { romeStatute { status } } }
  bf: entity(name: "Burkina Faso") { ... on State { romeStatute { status } } }
  ru: entity(name: "Russia") { ... on State { romeStatute { status } } }
}`, nil))
			status := func(k string) any {
				rs := data[k].(map[string]any)["romeStatute"]
				if rs == nil {
					return nil
				}
				return rs.(map[string]any)["status"]
			}
			if got := status("hu"); got != tt.hungary {
				t.Errorf("Hungary: %v, want %s", got, tt.hungary)
			}
			if got := status("bf"); got != tt.burkina {
				t.Errorf("Burkina Faso: %v, want %s", got, tt.burkina)
			}
			if got := status("ru"); got != nil {
				t.Errorf("Russia, which the graph records no withdrawal for: %v, want null", got)
			}
		})
	}
}

func TestDeleteDocument(t *testing.T) {
	_, s := fixture(t)
	mutation := `mutation($iri: ID!) { deleteDocument(iri: $iri) { iri deleted } }`
	data := must(t, run(t, s, mutation, map[string]any{"iri": reutersIRI}))
	if got := toJSON(t, data); got != toJSON(t, map[string]any{"deleteDocument": map[string]any{"iri": reutersIRI, "deleted": true}}) {
		t.Errorf("deleteDocument = %s", got)
	}
	data = must(t, run(t, s, `{ documents { totalCount } entity(id: "Q7747") { sources { document { outlet } } } }`, nil))
	if n := data["documents"].(map[string]any)["totalCount"]; n != 1 {
		t.Errorf("documents after delete: %v, want 1", n)
	}
	for _, src := range data["entity"].(map[string]any)["sources"].([]any) {
		if outlet := src.(map[string]any)["document"].(map[string]any)["outlet"]; outlet != "JURIST" {
			t.Errorf("a source from %v survived the delete", outlet)
		}
	}
	res := run(t, s, mutation, map[string]any{"iri": reutersIRI})
	if len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != "NOT_FOUND" {
		t.Errorf("deleting it again: %s, want NOT_FOUND", toJSON(t, res.Errors))
	}
}

// TestLoadersFromTheHTTPLayer checks that a dataloader put on the context by
// the caller is the one resolvers use, and that WithLoaders keeps it.
func TestLoadersFromTheHTTPLayer(t *testing.T) {
	store, s := fixture(t)
	ctx := schema.WithLoaders(context.Background(), store)
	if again := schema.WithLoaders(ctx, store); again != ctx {
		t.Error("WithLoaders replaced the request's dataloader")
	}
	q := `{ events { nodes { agents { name } } } }`
	res := graphql.Do(graphql.Params{Schema: s, RequestString: q, Context: ctx})
	if len(res.Errors) > 0 {
		t.Fatal(toJSON(t, res.Errors))
	}
	// The same dataloader has every entity now: a second query costs only
	// the root field's reads.
	before := store.RoundTrips()
	res = graphql.Do(graphql.Params{Schema: s, RequestString: q, Context: ctx})
	if len(res.Errors) > 0 {
		t.Fatal(toJSON(t, res.Errors))
	}
	if trips := store.RoundTrips() - before; trips > 4 {
		t.Errorf("second query on the same loaders cost %d round trips", trips)
	}
}
