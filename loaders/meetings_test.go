package loaders_test

import "testing"

// TestMeetingPhrasings checks meetings of bodies and summits on sentences
// written for the test (none of them is in the dev set): the body whose summit
// it is meets, not who attends it, and whom someone met meets nothing.
func TestMeetingPhrasings(t *testing.T) {
	tests := []eventCase{
		{"one person meeting unnamed people is no meeting", "2025-06-20",
			"Karim Khan met victims' families in Kyiv on Friday.",
			nil, []string{"MEETING karim-khan> @2025-06-20"}},
		{"whom someone met does not meet", "2025-06-20",
			"On Friday its chief prosecutor met members of the Arab League in Cairo.",
			nil, []string{"MEETING arab-league> @2025-06-20"}},
		{"a summit of a body", "2025-06-20",
			"On Monday, Xi Jinping attended a summit of the Shanghai Cooperation Organisation in Tianjin.",
			[]string{"MEETING shanghai-cooperation-organisation> @2025-06-16"},
			[]string{"MEETING xi-jinping> @2025-06-16"}},
		{"a body's summit", "2025-06-20",
			"Omar al-Bashir flew to Johannesburg on Saturday for the African Union summit that opened on Sunday.",
			[]string{"MEETING african-union> @2025-06-15"}, nil},
		{"the Council met", "2025-06-20",
			"The UN Security Council met on Thursday to discuss the situation in Libya.",
			[]string{"MEETING un-security-council> @2025-06-19"}, nil},
	}
	runEventCases(t, tests)
}

// TestAppositiveSubject checks that a name set off by commas after a title is
// the subject, not a second member of a list with the title's organization.
func TestAppositiveSubject(t *testing.T) {
	tests := []eventCase{
		{"the prosecutor of the court, named", "2025-06-20",
			"The Prosecutor of the International Criminal Court, Karim Khan, on Monday applied for arrest warrants for Joseph Kony.",
			[]string{"WARRANT_REQUEST karim-khan>joseph-kony @2025-06-16"},
			[]string{"WARRANT_REQUEST Q47488>joseph-kony @2025-06-16"}},
		{"the director of an organization, named", "2025-06-20",
			"The director of Human Rights Watch, Tirana Hassan, said on Tuesday that the warrant was overdue.",
			[]string{"STATEMENT tirana-hassan> @2025-06-17"},
			[]string{"STATEMENT human-rights-watch> @2025-06-17"}},
		{"a real list keeps its members", "2025-06-20",
			"Burkina Faso, Mali and Niger announced on Monday their withdrawal from the Rome Statute.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT Q965>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT Q912>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT Q1032>Q47488 @2025-06-16"}, nil},
	}
	runEventCases(t, tests)
}
