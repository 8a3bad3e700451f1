package loaders_test

import "testing"

// TestStatementPhrasings checks who says what and when, on sentences written
// for the test (none of them is in the dev set): pronoun speakers, dates
// from the statement's own clause, speakers after a quote with a long
// appositive, the reporting verbs of the genre and what is no statement.
func TestStatementPhrasings(t *testing.T) {
	tests := []struct {
		name, published, text string
		want, none            []string
	}{
		{"a reported journey is not the speaker's; told dates the statement", "2025-06-20",
			"Defence counsel Ana Costa told reporters on Tuesday that her client had travelled to The Hague of his own accord. She said the defence would seek his release.",
			[]string{"STATEMENT ana-costa> @2025-06-17"}, []string{"VISIT ana-costa>Q55 @2025-06-17", "STATEMENT ana-costa>"}},
		{"he said after a dated statement is that statement", "2025-06-20",
			"Tariq Bello, a lawyer for the victims, said on Monday that the ruling was a turning point. He said the victims would appeal.",
			[]string{"STATEMENT tariq-bello> @2025-06-16"}, []string{"STATEMENT tariq-bello>"}},
		{"she added, in the next sentence", "2025-06-20",
			"Lena Vogt welcomed the decision on Wednesday. \"This is a day for the victims,\" she added.",
			[]string{"STATEMENT lena-vogt> @2025-06-18"}, []string{"STATEMENT lena-vogt>"}},
		{"a quote and a long appositive", "2025-06-20",
			"\"The court must be allowed to work without threats,\" said Ana Costa, international justice director at Human Rights Watch.",
			[]string{"STATEMENT ana-costa>"}, []string{"STATEMENT human-rights-watch>"}},
		{"according to a named official is the source of a fact, no statement", "2025-06-20",
			"The suspect was flown to The Hague overnight, according to Lena Vogt, the court's registrar.",
			nil, []string{"STATEMENT lena-vogt>"}}, // the attribution of a fact is part of that fact
		{"warned and urged", "2025-06-20",
			"Amnesty International warned on Thursday that the sanctions would harm victims and urged states to protect the court.",
			[]string{"STATEMENT amnesty-international> @2025-06-19"}, nil},
		{"an unnamed source is no statement", "2025-06-20",
			"Officials familiar with the matter said the warrant had been sealed.",
			nil, []string{"STATEMENT officials>"}},
		{"a statement dated in another clause stays undated", "2025-06-20",
			"Omar Salim, who was arrested on 4 May, said the charges were false.",
			[]string{"STATEMENT omar-salim>"}, []string{"STATEMENT omar-salim> @2025-05-04"}},
		{"she continues the subject before, not the person named last", "2025-06-20",
			"Prosecutor Ana Costa dropped the charges against Omar Salim in December. She said on Tuesday that her office would review the ruling.",
			[]string{"STATEMENT ana-costa> @2025-06-17"}, []string{"STATEMENT omar-salim> @2025-06-17"}},
		{"he after a quote is the subject of the sentence before the quote", "2025-06-20",
			"Libya's justice minister, Tariq Bello, told reporters on Monday that the court had no jurisdiction over Omar Salim. \"The court is a political tool,\" he said.",
			[]string{"STATEMENT tariq-bello> @2025-06-16"}, []string{"STATEMENT omar-salim>", "STATEMENT omar-salim> @2025-06-16"}},
		{"a sentence about someone else: he is the person named last", "2025-06-20",
			"The court convicted Omar Salim on Monday. He said on Monday that he would appeal.",
			[]string{"STATEMENT omar-salim> @2025-06-16"}, nil},
		{"a court's subject forgets the earlier speaker", "2025-06-20",
			"Ana Costa welcomed the arrest on Monday. The court then charged Omar Salim on Tuesday. He said on Wednesday that he was innocent.",
			[]string{"STATEMENT omar-salim> @2025-06-18"}, []string{"STATEMENT ana-costa> @2025-06-18"}},
		{"an Arabic surname with its article is part of the name", "2025-06-20",
			"Sudan's envoy, Hamid al-Tayeb, said on Monday that the court had no jurisdiction.",
			[]string{"STATEMENT hamid-al-tayeb> @2025-06-16"}, []string{"STATEMENT hamid> @2025-06-16"}},
		{"a weekday joins no name", "2025-06-20",
			"The court issued a warrant Friday for Omar Salim.",
			[]string{"ARREST_WARRANT Q47488>omar-salim @2025-06-20"}, nil},
		{"an appositive with a demonym and an organ describes the speaker", "2025-06-20",
			"Omar Salim, a Kenyan government spokesman, said on Thursday that the trip was private.",
			[]string{"STATEMENT omar-salim> @2025-06-19"}, []string{"STATEMENT kenya> @2025-06-19"}},
		{"an appositive naming an organization describes the speaker", "2025-06-20",
			"Ana Costa, a senior researcher at Amnesty International, said on Monday that the warrant must be enforced.",
			[]string{"STATEMENT ana-costa> @2025-06-16"}, []string{"STATEMENT amnesty-international> @2025-06-16"}},
		{"a state's police still act through a demonym", "2025-06-20",
			"German police arrested Omar Salim on Monday.",
			[]string{"ARREST germany>omar-salim @2025-06-16"}, nil},
		{"hailed is speech; hailed as a hero is not", "2025-06-20",
			"Foreign Minister Ana Costa hailed the ruling on Tuesday as a victory for victims. Omar Salim was hailed as a hero in Khartoum.",
			[]string{"STATEMENT ana-costa> @2025-06-17"}, []string{"STATEMENT omar-salim>"}},
		{"a title for someone else describes the speaker", "2025-06-20",
			"Omar Salim, Spokesperson for President Tariq Bello, told reporters on Monday that the visit would go ahead.",
			[]string{"STATEMENT omar-salim> @2025-06-16"}, []string{"STATEMENT tariq-bello> @2025-06-16"}},
		{"two appositives after the speaker", "2025-06-20",
			"Ana Costa, the director of Justice Watch, a group that monitors trials, said on Friday that the ruling was overdue.",
			[]string{"STATEMENT ana-costa> @2025-06-20"}, []string{"STATEMENT justice-watch> @2025-06-20"}},
		{"an organization in apposition to an organization still speaks", "2025-06-20",
			"Human Rights Watch, a New York-based group, said on Monday that states must arrest him.",
			[]string{"STATEMENT human-rights-watch> @2025-06-16"}, nil},
		{"two people listed speak together, each", "2025-06-20",
			"Ana Costa and Omar Salim said on Monday that they would appeal.",
			[]string{"STATEMENT ana-costa> @2025-06-16", "STATEMENT omar-salim> @2025-06-16"}, nil},
		{"people named before an organization that speaks do not speak", "2025-06-20",
			"States must enforce the warrants for Ana Costa and Omar Salim, Amnesty International said on Monday.",
			[]string{"STATEMENT amnesty-international> @2025-06-16"}, []string{"STATEMENT ana-costa> @2025-06-16", "STATEMENT omar-salim> @2025-06-16"}},
		{"a chamber's finding is a ruling, no statement", "2025-06-20",
			"The Trial Chamber found on Monday that Omar Salim had ordered the attacks. Pre-Trial Chamber I noted that Kenya had not cooperated.",
			nil, []string{"STATEMENT Q47488> @2025-06-16", "STATEMENT Q47488>"}},
		{"the court speaking is a statement", "2025-06-20",
			"The International Criminal Court said on Monday that the sanctions were an attack on its independence.",
			[]string{"STATEMENT Q47488> @2025-06-16"}, nil},
		{"denied the allegations is speech; denied access or bail is not", "2025-06-20",
			"Omar Salim denied the allegations on Tuesday. Hungary denied access to the investigators on Monday. Ana Costa was denied bail on Wednesday.",
			[]string{"STATEMENT omar-salim> @2025-06-17"}, []string{"STATEMENT Q28> @2025-06-16", "STATEMENT ana-costa> @2025-06-18"}},
		{"a date in a relative clause after the speaker is not the statement's", "2025-06-20",
			"Kenya's government, which joined the court in 2005, welcomed the verdict. Amnesty International, whose researchers visited Gulu in May, said the victims deserved reparations.",
			[]string{"STATEMENT kenya>", "STATEMENT amnesty-international>"}, []string{"STATEMENT kenya> @2005", "STATEMENT amnesty-international> @2025-05"}},
		{"a date opening the sentence still dates it", "2025-06-20",
			"On Monday, Kenya's government, which joined the court in 2005, welcomed the verdict.",
			[]string{"STATEMENT kenya> @2025-06-16"}, nil},
		{"a trigger word that makes no event leaves the date to the statement", "2025-06-20",
			"Amnesty International and Human Rights Watch condemned the sanctions on Monday.",
			[]string{"STATEMENT amnesty-international> @2025-06-16", "STATEMENT human-rights-watch> @2025-06-16"}, nil},
		{"a quoted will does not make the saying future", "2025-06-20",
			"\"We will appeal,\" Ana Costa told reporters on Monday.",
			[]string{"STATEMENT ana-costa> @2025-06-16"}, []string{"STATEMENT ana-costa> @2025-06-23"}},
		{"she is not a man the text calls Mr.", "2025-06-20",
			"Mr. Omar Salim met Ms. Ana Costa in Geneva on Monday. She said on Monday that the talks had been useful.",
			[]string{"STATEMENT ana-costa> @2025-06-16"}, []string{"STATEMENT omar-salim> @2025-06-16"}},
		{"he is not a spokeswoman", "2025-06-20",
			"Tariq Bello's case was discussed on Tuesday. Ana Costa, a spokeswoman for the court, said on Tuesday that it was closed. He said on Wednesday that he would appeal.",
			[]string{"STATEMENT ana-costa> @2025-06-17", "STATEMENT tariq-bello> @2025-06-18"}, []string{"STATEMENT ana-costa> @2025-06-18"}},
		{"calling the court names what is condemned", "2025-06-20",
			"Foreign Minister Ana Costa rejected the verdict on Monday, calling the court \"a tool of the powerful\". Omar Salim criticised the ruling on Tuesday, branding the ICC illegitimate.",
			[]string{"STATEMENT ana-costa>Q47488 @2025-06-16", "STATEMENT omar-salim>Q47488 @2025-06-17"}, nil},
		{"calling on the court is no condemnation", "2025-06-20",
			"Ana Costa urged states on Monday to cooperate, calling on the court to act quickly. Omar Salim said on Tuesday that he was calling the ICC to account.",
			[]string{"STATEMENT ana-costa> @2025-06-16", "STATEMENT omar-salim> @2025-06-17"}, []string{"STATEMENT ana-costa>Q47488 @2025-06-16", "STATEMENT omar-salim>Q47488 @2025-06-17"}},
		{"wrote on social media", "2025-06-20",
			"Ana Costa wrote on X on Monday that the court would not be intimidated.",
			[]string{"STATEMENT ana-costa> @2025-06-16"}, nil},
		{"a longer place of saying before the date", "2025-06-20",
			"Ana Costa said in a post on social media on Monday that the warrant was a disgrace.",
			[]string{"STATEMENT ana-costa> @2025-06-16"}, nil},
		{"a date after a modal is what is said", "2025-06-20",
			"Ana Costa said Kenya must arrest him on Monday.",
			nil, []string{"STATEMENT ana-costa> @2025-06-16"}},
		{"a state speaks through its ministry", "2025-06-20",
			"Ukraine's foreign ministry called on Mongolia on Friday to arrest Vladimir Putin.",
			[]string{"STATEMENT Q212> @2025-06-20"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventSet(extract(t, tt.published, tt.text))
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("want %s, got %v", w, got)
				}
			}
			for _, n := range tt.none {
				if got[n] {
					t.Errorf("do not want %s, got %v", n, got)
				}
			}
		})
	}
}
