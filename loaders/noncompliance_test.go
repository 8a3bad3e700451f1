package loaders_test

import "testing"

// TestNonCompliancePhrasings checks phrasings of a state's failure to arrest
// and whom "him" means in them, charges confirmed of the person the story
// is about and sanctions imposed through a pronoun, on sentences written for the test.
func TestNonCompliancePhrasings(t *testing.T) {
	tests := []eventCase{
		{"ignored the order to arrest him: the wanted person, not the host", "2025-06-20",
			"The court issued a warrant for Omar Salim in 2023. He flew to Nairobi on Monday. President Tariq Bello received him at the airport, and Kenyan authorities ignored the court's request to arrest him.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-06-16"}, []string{"NON_COMPLIANCE kenya>tariq-bello", "NON_COMPLIANCE kenya>tariq-bello @2025-06-16"}},
		{"made no move to detain him", "2025-06-20",
			"Vladimir Putin arrived in Ulaanbaatar on Monday. The Mongolian authorities made no move to detain him.",
			[]string{"NON_COMPLIANCE mongolia>Q7747 @2025-06-16"}, nil},
		{"defied its obligation to surrender", "2025-06-20",
			"Sudan's government defied its obligation to surrender Omar al-Bashir.",
			[]string{"NON_COMPLIANCE Q1049>omar-al-bashir"}, nil},
		{"him named last in an earlier sentence stays that person", "2025-06-20",
			"The court wants Ana Costa and Omar Salim. Italy held Omar Salim for two days. Italian authorities then ignored the order to surrender him.",
			[]string{"NON_COMPLIANCE italy>omar-salim"}, []string{"NON_COMPLIANCE italy>ana-costa"}},
		{"ignoring a question is no non-compliance", "2025-06-20",
			"Hungary ignored questions about the visit of Omar Salim.",
			nil, []string{"NON_COMPLIANCE Q28>omar-salim"}},
		{"the charges were confirmed: against the person last acted on", "2025-06-20",
			"The court issued a warrant for Omar Salim in 2019. The charges brought by the Prosecutor were confirmed on 3 March 2021.",
			[]string{"CHARGE Q47488>omar-salim @2021-03-03"}, nil},
		{"the charges with no one acted on before charge no one", "2025-06-20",
			"The charges were confirmed on 3 March 2021.",
			nil, []string{"CHARGE Q47488> @2021-03-03"}},
		{"imposed them on: the sanctions just named", "2025-06-20",
			"The president authorised sanctions against court officials in June. Washington imposed them on Ana Costa in September.",
			[]string{"SANCTION Q30>ana-costa @2024-09"}, nil},
		{"imposed them on with no sanctions named is no sanction", "2025-06-20",
			"The court set strict conditions in June. Judges imposed them on Ana Costa in September.",
			nil, []string{"SANCTION Q47488>ana-costa @2024-09"}},
	}
	runEventCases(t, tests)
}
