package loaders_test

import "testing"

// TestEncounterMeetings checks talks between people and what is no meeting,
// on sentences written for the test (none of them is in the dev set).
func TestEncounterMeetings(t *testing.T) {
	tests := []eventCase{
		{"the two leaders held talks: the two people named last", "2025-06-20",
			"Kenyan President Tariq Bello welcomed Omar Salim at the airport on Tuesday, and the two leaders held talks the same evening.",
			[]string{"MEETING omar-salim+tariq-bello> @2025-06-17"}, nil},
		{"the two men, named in the sentence before", "2025-06-20",
			"Ana Costa flew to Nairobi on Monday. President Tariq Bello received her at State House on Tuesday. The two men then held talks.",
			[]string{"MEETING ana-costa+tariq-bello>"}, nil},
		{"held talks the same day with: past the date, and the day of the sentence", "2025-06-20",
			"Ana Costa arrived in Kenya on Monday and held talks the same day with President Tariq Bello.",
			[]string{"MEETING ana-costa+tariq-bello> @2025-06-16"}, nil},
		{"a joint news conference: the people who speak at it", "2025-06-20",
			"At a joint news conference on Wednesday, Ana Costa said the court was independent, while Omar Salim called the visit historic.",
			[]string{"MEETING ana-costa+omar-salim> @2025-06-18"}, nil},
		{"a joint news conference with one speaker is no meeting", "2025-06-20",
			"At a joint news conference on Wednesday, Ana Costa said the court was independent.",
			nil, []string{"MEETING ana-costa> @2025-06-18"}},
		{"after meeting unnamed people: the state named before does not meet", "2025-06-20",
			"Karim Khan, who has been visiting Kenya since Sunday, spoke in Nairobi on Wednesday after meeting victims in the camps.",
			nil, []string{"MEETING kenya> @2025-06-18", "MEETING kenya>", "MEETING karim-khan>"}},
		{"a person meeting a state's people is no meeting of the state", "2025-06-20",
			"The investigation in Ukraine began in March, after the prosecutor met families of victims.",
			nil, []string{"MEETING Q212>", "MEETING Q212> @2025-03"}},
		{"scheduled to attend a summit and a meeting: not yet held", "2025-06-20",
			"Vladimir Putin is scheduled to attend a summit with regional leaders and a meeting of the Shanghai Cooperation Organisation next week.",
			nil, []string{"MEETING shanghai-cooperation-organisation>"}},
		{"a hearing scheduled for a date is no meeting", "2025-06-20",
			"Pre-Trial Chamber II postponed the confirmation of charges hearing that had been scheduled for September 12.",
			nil, []string{"MEETING Q47488> @2024-09-12", "MEETING Q47488>"}},
		{"a body's session scheduled for dates still meets", "2025-06-20",
			"Scheduled for December 1 to 6, the Assembly of States Parties will consider non-compliance.",
			[]string{"MEETING assembly-of-states-parties> @2025-12-01"}, nil},
	}
	runEventCases(t, tests)
}
