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
		// "he" after a reporting frame is its speaker
		{"he said after '..., X said' is the speaker, not the actor reported", "2025-06-20",
			"Judge Omar Salim revoked the order on Thursday, Lena Vogt said in a statement. She said the court would appeal.",
			[]string{"STATEMENT lena-vogt> @2025-06-19"}, []string{"STATEMENT omar-salim>"}},
		{"he said after a sentence with no reporting frame is its subject", "2025-06-20",
			"Tariq Bello met Omar Salim on Thursday. He said the talks were useful.",
			[]string{"STATEMENT tariq-bello>"}, []string{"STATEMENT omar-salim>"}},
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
		// a speech tied to an occasion just narrated takes its date
		{"said in a statement after the vote", "2025-06-20",
			"The Assembly elected Ana Costa as registrar on Tuesday in a second round of voting. She won 70 votes. Costa said in a statement after the vote that she was honoured.",
			[]string{"STATEMENT ana-costa> @2025-06-17"}, []string{"STATEMENT ana-costa>"}},
		{"in the letter, he said", "2025-06-20",
			"On 3 June, Justice Minister Tariq Bello sent a letter to the court's registry. In the letter, he said that Kenya would cooperate fully.",
			[]string{"STATEMENT tariq-bello> @2025-06-03"}, nil},
		{"denounced the court after the decision", "2025-06-20",
			"The prosecutor last month opened an investigation into the situation in Kenya. Tariq Bello denounced the court as \"biased\" after the decision.",
			[]string{"STATEMENT tariq-bello>Q47488 @2025-05"}, nil},
		{"opening the session held over several days", "2025-06-20",
			"The Assembly of States Parties met in The Hague. The session, held from 2 to 6 June, was dominated by the budget. Opening the session, Judge Lena Vogt told delegates that the court needed support.",
			[]string{"STATEMENT lena-vogt> @2025-06-02"}, nil},
		{"argued during the September hearing", "2025-11-20",
			"Defence counsel Omar Salim argued during the September hearing that the trial could not go on without his client.",
			[]string{"STATEMENT omar-salim> @2025-09"}, nil},
		{"an indefinite statement is tied to nothing narrated", "2025-06-20",
			"The court convicted Omar Salim on 3 June. In a statement, Lena Vogt said the verdict was a step forward.",
			[]string{"STATEMENT lena-vogt>"}, []string{"STATEMENT lena-vogt> @2025-06-03"}},
		{"a date inside what is said is not the speech's", "2025-06-20",
			"Lena Vogt said the hearing would open on 23 September.",
			[]string{"STATEMENT lena-vogt>"}, []string{"STATEMENT lena-vogt> @2025-09-23", "STATEMENT lena-vogt> @2024-09-23"}},
		// an opening adjunct places the speeches of its sentence
		{"at a news conference on Thursday, both speakers", "2025-06-20",
			"Omar Salim and Tariq Bello held talks in Nairobi. At a joint news conference on Thursday, Salim said the court was biased, while Bello called the ruling \"a disgrace.\"",
			[]string{"STATEMENT omar-salim> @2025-06-19", "STATEMENT tariq-bello> @2025-06-19"}, []string{"STATEMENT omar-salim>", "STATEMENT tariq-bello>"}},
		// a relative clause on a thing speaks for no one
		{"a strategy that calls for", "2025-06-20",
			"At its summit in May, the African Union adopted a strategy that calls for a collective withdrawal.",
			nil, []string{"STATEMENT african-union> @2025-05", "STATEMENT african-union>"}},
		// "described X as": a characterization, the court its target
		{"described the court as", "2025-06-20",
			"Tariq Bello on Monday described the International Criminal Court as \"a political tool.\"",
			[]string{"STATEMENT tariq-bello>Q47488 @2025-06-16"}, nil},
		{"in announcing the designations, the announcement's date", "2025-06-20",
			"On Wednesday, the State Department designated Judge Lena Vogt. In announcing the designations, Secretary of State Marco Rubio described the Court as a threat.",
			[]string{"STATEMENT marco-rubio>Q47488 @2025-06-18"}, nil},
		{"what he described as cites", "2025-06-20",
			"Tariq Bello criticized Lena Vogt on Monday, citing what he described as her \"shameful efforts.\"",
			nil, []string{"STATEMENT lena-vogt>", "STATEMENT lena-vogt> @2025-06-16"}},
		{"which it described as is no speech of its own", "2025-06-20",
			"The ICC suffered a second cyber intrusion, which it described as \"sophisticated,\" in June.",
			nil, []string{"STATEMENT Q47488> @2025-06", "STATEMENT Q47488>"}},
		{"crimes described in a report", "2025-06-20",
			"Human Rights Watch documented the crimes described in the report.",
			nil, []string{"STATEMENT human-rights-watch>"}},
	}
	runEventCases(t, tests)
}

// TestSanctionPhrasings2 checks sanctions announced by an official, dated
// between subject and verb, and the executive orders behind them, on
// sentences written for the test.
func TestSanctionPhrasings2(t *testing.T) {
	tests := []eventCase{
		{"an official's announcement is the state's sanction", "2025-06-20",
			"US Secretary of State Marco Rubio on Tuesday announced sanctions against Lena Vogt, the UN Special Rapporteur on the situation in Kenya since 2019.",
			[]string{"SANCTION Q30>lena-vogt @2025-06-17"},
			[]string{"SANCTION marco-rubio>lena-vogt @2025-06-17", "SANCTION Q30>Q1065 @2025-06-17", "SANCTION Q30>lena-vogt @2019"}},
		{"an official of no stated state sanctions no one", "2025-06-20",
			"Tariq Bello on Tuesday announced sanctions against Lena Vogt.",
			nil, []string{"SANCTION tariq-bello>lena-vogt @2025-06-17"}},
		{"a date before the verb of an arrest on a warrant dates the arrest only", "2025-06-20",
			"Omar Salim was arrested in Belgium in May 2008 on an ICC warrant.",
			nil, []string{"ARREST_WARRANT Q47488>omar-salim @2008-05"}},
		{"a list member after an aide's title", "2025-06-20",
			"Washington imposed sanctions on Lena Vogt and a senior aide, Omar Salim, in September.",
			[]string{"SANCTION Q30>lena-vogt @2024-09", "SANCTION Q30>omar-salim @2024-09"}, nil},
		{"put on its sanctions list later that month", "2025-06-20",
			"The court issued the warrants in November 2024. In February, Washington put Karim Khan on its sanctions list later that month.",
			[]string{"SANCTION Q30>karim-khan @2025-02"}, []string{"SANCTION Q30>karim-khan @2024-11"}},
		{"put on the agenda is no sanction", "2025-06-20",
			"The Assembly put Karim Khan's report on the agenda in December.",
			nil, []string{"SANCTION assembly-of-states-parties>karim-khan @2024-12"}},
		{"a group sanctioned months after a member is another sanction", "2025-06-20",
			"The United States designated Karim Khan in February. Four ICC judges were added to the list in June.",
			[]string{"SANCTION Q30>karim-khan @2025-02", "SANCTION Q30>icc-judges @2025-06"}, nil},
		{"a group sanctioned with a named member the same day is that member", "2025-06-20",
			"The United States sanctioned ICC officials on Tuesday. ICC Judge Lena Vogt was designated on Tuesday.",
			[]string{"SANCTION Q30>lena-vogt @2025-06-17"}, []string{"SANCTION Q30>icc-officials @2025-06-17"}},
		{"a member sanctioned in another month leaves the group", "2025-06-20",
			"The United States sanctioned ICC officials on Tuesday. ICC Judge Lena Vogt was designated in May.",
			[]string{"SANCTION Q30>lena-vogt @2025-05", "SANCTION Q30>icc-officials @2025-06-17"}, nil},
		// a second object of the verb of sanctioning, dated on its own
		{"on A in February and on B in June", "2025-06-20",
			"The United States imposed sanctions on Karim Khan in February and on four ICC judges in June.",
			[]string{"SANCTION Q30>karim-khan @2025-02", "SANCTION Q30>icc-judges @2025-06"}, []string{"SANCTION Q30>icc-judges @2025-02"}},
		{"and on after another verb is no sanction", "2025-06-20",
			"The judges ruled on the appeal of Omar Salim in February and on the request of Lena Vogt in June.",
			nil, []string{"SANCTION >lena-vogt @2025-06"}},
		// "under US sanctions since September": the state named imposed them
		{"a person of a state, who has been under US sanctions since", "2025-06-20",
			"He succeeds Lena Vogt of Kenya, who has been under US sanctions since September.",
			[]string{"SANCTION Q30>lena-vogt @2024-09"}, []string{"SANCTION Q30>kenya @2024-09"}},
		{"not under sanctions", "2025-06-20",
			"Lena Vogt is not under US sanctions.",
			nil, []string{"SANCTION Q30>lena-vogt"}},
		{"under threat of sanctions", "2025-06-20",
			"Lena Vogt has been under threat of US sanctions since May.",
			nil, []string{"SANCTION Q30>lena-vogt @2025-05", "SANCTION Q30>lena-vogt"}},
		// executive orders named by what they do, or as another order
		{"signed an order authorizing sanctions", "2025-06-20",
			"President Donald Trump signed an order in February authorizing sanctions against ICC officials.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-02"}, nil},
		{"a judge signed an order is no executive order", "2025-06-20",
			"Judge Lena Vogt signed an order on Monday setting the date of the hearing.",
			nil, []string{"EXECUTIVE_ORDER lena-vogt>Q47488 @2025-06-16"}},
		{"a similar order in an earlier year, and the sanctions it led to", "2025-06-20",
			"President Donald Trump on Thursday signed an executive order against the ICC. A similar order during Trump's first term in 2020 led to sanctions on Fatou Bensouda.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-06-19", "EXECUTIVE_ORDER Q22686>Q47488 @2020", "SANCTION Q30>fatou-bensouda @2020"}, nil},
		{"an undated mention of the order is the order named", "2025-06-20",
			"President Donald Trump on Thursday signed an executive order against the ICC. The court said the earlier order had harmed victims.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-06-19"}, []string{"EXECUTIVE_ORDER Q22686>Q47488"}},
		{"an order to arrest is no executive order", "2025-06-20",
			"President Donald Trump on Thursday signed an executive order against the ICC. Hungary ignored the 2023 order to arrest Vladimir Putin.",
			nil, []string{"EXECUTIVE_ORDER Q22686>Q47488 @2023"}},
		{"sanctions an order authorized are not imposed", "2025-06-20",
			"President Donald Trump signed an executive order in February that authorized the freezing of assets, entry bans, and sanctions against ICC officials.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-02"}, []string{"SANCTION Q30>icc-officials @2025-02"}},
		{"what the order does it does when signed", "2025-06-20",
			"President Donald Trump on Thursday signed an executive order against the ICC. The order designates the court's prosecutor, Karim Khan, for sanctions.",
			[]string{"SANCTION Q30>karim-khan @2025-06-19"}, nil},
	}
	runEventCases(t, tests)
}

// TestStatementPhrasings3 checks round-2 phrasings of who says what, on
// sentences written for the test.
func TestStatementPhrasings3(t *testing.T) {
	tests := []eventCase{
		// a denial closing a relative clause on what was just stated
		{"which he denies", "2025-06-20",
			"Prosecutor Omar Salim faces an inquiry into allegations of misconduct, which he denies.",
			[]string{"STATEMENT omar-salim>"}, nil},
		{"a charge it denies", "2025-06-20",
			"Kenya has been accused of shielding the suspects, a charge it denies.",
			[]string{"STATEMENT kenya>"}, nil},
		{"a charge it denies is the accused's, not the body named between", "2025-06-20",
			"Kenya, which is not a member of the African Union, has been accused of shielding the suspects, a charge it denies.",
			[]string{"STATEMENT kenya>"}, []string{"STATEMENT african-union>"}},
		{"added a second warrant is no speech", "2025-06-20",
			"The court issued a warrant for Omar Salim in 2019 and added a second warrant last July.",
			nil, []string{"STATEMENT Q47488>", "STATEMENT Q47488> @2024-07"}},
		{"added that is speech", "2025-06-20",
			"Omar Salim said the court was biased. He added that he would appeal.",
			[]string{"STATEMENT omar-salim>"}, nil},
		// a speech at a narrated occasion takes the date of the event of
		// its kind, not the date the narrative gave last
		{"reading a summary of the judgment", "2025-06-20",
			"The court on Tuesday convicted Omar Salim of war crimes committed since 2019. The crimes began in March 2019. Presiding Judge Lena Vogt, reading a summary of the judgment, said the victims had suffered greatly.",
			[]string{"STATEMENT lena-vogt> @2025-06-17"}, []string{"STATEMENT lena-vogt> @2019-03", "STATEMENT lena-vogt>"}},
		{"reading a summary of an undated decision takes no date", "2025-06-20",
			"The court began its work in March 2019. Judge Lena Vogt, reading a summary of the decision, said the evidence was weak.",
			[]string{"STATEMENT lena-vogt>"}, []string{"STATEMENT lena-vogt> @2019-03"}},
		{"in her opening remarks at the session", "2025-06-20",
			"The Assembly of States Parties met in The Hague on Monday. A cyber attack hit the court in May. In her opening remarks, Lena Vogt called on states to support the court.",
			[]string{"STATEMENT lena-vogt> @2025-06-16"}, []string{"STATEMENT lena-vogt> @2025-05"}},
		{"in her remarks, with no session narrated, is undated", "2025-06-20",
			"A cyber attack hit the court in May. In her opening remarks, Lena Vogt called on states to support the court.",
			[]string{"STATEMENT lena-vogt>"}, []string{"STATEMENT lena-vogt> @2025-05"}},
		{"accusations a named state has repeatedly rejected", "2025-06-20",
			"The report repeats accusations of torture that Kenya has repeatedly rejected.",
			[]string{"STATEMENT kenya>"}, nil},
		{"a denial with an object is no relative denial", "2025-06-20",
			"The judges denied the request of Omar Salim on Monday.",
			nil, []string{"STATEMENT omar-salim>", "STATEMENT omar-salim> @2025-06-16"}},
		{"a request rejected by the judges is a ruling", "2025-06-20",
			"Omar Salim filed an appeal, which the judges rejected.",
			nil, []string{"STATEMENT omar-salim>"}},
		{"denied bail is no denial of his", "2025-06-20",
			"Omar Salim was charged with murder. He was denied bail, which the court rejected.",
			nil, []string{"STATEMENT omar-salim>"}},
		{"a move a named body condemned", "2025-06-20",
			"Kenya expelled the investigators, a move which the ICC condemned.",
			[]string{"STATEMENT Q47488>"}, nil},
		{"a denial takes no date from the clause before", "2025-06-20",
			"In February the government sanctioned Omar Salim, who faces allegations of fraud, which he denies.",
			[]string{"STATEMENT omar-salim>"}, []string{"STATEMENT omar-salim> @2025-02"}},
	}
	runEventCases(t, tests)
}
