package loaders_test

import "testing"

// TestNonEvents lists sentences of the genre that look like an event to one
// rule and state none: what a body leaves that is not the court, what it does
// every year, and orders that are a court's own.
func TestNonEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "withdrawal from talks", published: "2025-12-01",
			text: "Ukraine's withdrawal from the talks took effect on Monday.",
			none: []string{"WITHDRAWAL Q212>Q47488"}},
		{name: "withdrawal from the court still counts", published: "2025-12-01",
			text: "Hungary's withdrawal from the International Criminal Court took effect on Monday.",
			want: []string{"WITHDRAWAL Q28>Q47488"}},
		{name: "habitual session", published: "2025-12-01",
			text: "The Assembly of States Parties, which holds its annual session in December, elected judges.",
			none: []string{"MEETING assembly-of-states-parties> @2025-12"}},
		{name: "a chamber's order", published: "2025-12-01",
			text: "In 2021, an earlier order by the court's Pre-Trial Chamber set the schedule.",
			none: []string{"EXECUTIVE_ORDER Q47488>", "EXECUTIVE_ORDER >"}},
	})
}
