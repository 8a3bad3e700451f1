package loaders_test

import "testing"

// TestStatementPhrasings2 checks more of who says what and when, and more
// phrasings of sanctions and executive orders, on sentences written for the
// test (none of them is in the dev set). want lists events that must be
// found; none lists events that must not.
func TestStatementPhrasings2(t *testing.T) {
	tests := []eventCase{
		// a state speaks through its organ named by a demonym
		{"the demonym's government speaks for the state", "2025-06-20",
			"The Kenyan government said on Tuesday that it would cooperate with the court.",
			[]string{"STATEMENT kenya> @2025-06-17"}, nil},
		{"the demonym's government that did not comment", "2025-06-20",
			"The Kenyan government did not comment on the ruling.",
			nil, []string{"STATEMENT kenya>"}},
		// "..., said X": only a speaker that ends the clause; "said the
		// country did not" opens what is said
		{"a titled speaker before the verb, a definite description after it", "2025-06-20",
			"Omar Salim visited Kenya in May. In a statement on Monday, the ministry's spokesperson, Colonel Tariq Bello, said the country did not recognize the court.",
			[]string{"STATEMENT tariq-bello> @2025-06-16"}, []string{"STATEMENT kenya> @2025-06-16"}},
		{"an inverted speaker after a quote", "2025-06-20",
			"\"The court will not bow to pressure,\" said Lena Vogt, the court's spokesperson, on Thursday.",
			[]string{"STATEMENT lena-vogt> @2025-06-19"}, nil},
		// a subject of its own that names no one
		{"an unnamed subject after although is not the organization before", "2025-06-20",
			"Amnesty International documented abuses by the Anti-Balaka, although the prosecution has said that more cases may follow.",
			nil, []string{"STATEMENT anti-balaka>", "STATEMENT amnesty-international>"}},
		{"a named subject after although speaks", "2025-06-20",
			"The court convicted two leaders in July, although Human Rights Watch said on Monday that victims were still waiting.",
			[]string{"STATEMENT human-rights-watch> @2025-06-16"}, nil},
		// "has long": a standing position, not a dated speech act
		{"has long rejected", "2025-06-20",
			"Israel is not a member of the court and has long rejected its jurisdiction over Israeli nationals.",
			nil, []string{"STATEMENT Q801>"}},
		{"rejected on a day is a statement", "2025-06-20",
			"Israel on Monday rejected the court's jurisdiction over its nationals.",
			[]string{"STATEMENT Q801> @2025-06-16"}, nil},
	}
	runEventCases(t, tests)
}
