package loaders_test

import (
	"testing"

	"github.com/hague-kg/hague/graph"
)

// TestGroupPositions: an unnamed group of an institution's officials that is
// party to an event holds a post at that institution, so that the graph
// counts its members among the institution's officials.
func TestGroupPositions(t *testing.T) {
	tests := []struct {
		name, text string
		event      string // an event the group takes part in
		position   string // position id
		title, org string
	}{
		{"qualifier before the head", "Moscow issued arrest warrants for three ICC judges in 2024.",
			"ARREST_WARRANT Q159>icc-judges @2024", "icc-judges_judges_Q47488", "judges", "Q47488"},
		{"head before the qualifier, definite description", "The ICC opened an inquiry. Washington sanctioned officials of the court in June.",
			"SANCTION Q30>icc-officials @2025-06", "icc-officials_officials_Q47488", "officials", "Q47488"},
		{"court officials with no court named", "The United States imposed sanctions on court officials in June.",
			"SANCTION Q30>icc-officials @2025-06", "icc-officials_officials_Q47488", "officials", "Q47488"},
		{"experts of an organization", "Israel imposed sanctions on two UN experts on Tuesday.",
			"SANCTION Q801>un-experts @2025-06-24", "un-experts_experts_Q1065", "experts", "Q1065"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := extract(t, "2025-06-25", tt.text)
			if got := eventSet(rep); !got[tt.event] {
				t.Errorf("missing event %q; got %v", tt.event, keys(got))
			}
			var pos *graph.Position
			for i := range rep.Positions {
				if rep.Positions[i].ID == tt.position {
					pos = &rep.Positions[i]
				}
			}
			if pos == nil {
				var ids []string
				for _, p := range rep.Positions {
					ids = append(ids, p.ID)
				}
				t.Fatalf("missing position %q; got %v", tt.position, ids)
			}
			if pos.Title != tt.title || pos.Organization != tt.org || len(pos.Sources) == 0 {
				t.Errorf("position %+v, want title %q at %q with a source", *pos, tt.title, tt.org)
			}
		})
	}
}
