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
		// an order named as the basis of an act is dated only in its own
		// phrase
		{"sanctions in February under an order issued by the president", "2025-06-20",
			"In February, the United States imposed sanctions on Karim Khan under an executive order issued by President Donald Trump against the court.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488", "SANCTION Q30>karim-khan @2025-02"}, []string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-02"}},
		{"under an executive order that the president signed in a month", "2025-06-20",
			"The designations were made on Monday under an executive order targeting the court that President Donald Trump signed in February.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-02"}, []string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-06-16"}},
		// the possessor of an executive order signed it; an order on
		// another matter is not aimed at the court
		{"Trump's executive order", "2025-06-20",
			"Trump's executive order drew condemnation from rights groups.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488"}, nil},
		{"an executive order on another matter", "2025-06-20",
			"President Joe Biden signed an executive order on climate change on Monday.",
			nil, []string{"EXECUTIVE_ORDER joe-biden>Q47488 @2025-06-16"}},
		{"an executive order on a day", "2025-06-20",
			"President Donald Trump signed an executive order on Thursday targeting the court.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-06-19"}, nil},
		{"the person acting under an order signed it", "2025-06-20",
			"In 2020, Donald Trump imposed sanctions on Fatou Bensouda under an executive order signed that June.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2020-06"}, []string{"EXECUTIVE_ORDER fatou-bensouda>Q47488 @2020-06"}},
		{"a state acting under an order names no signer", "2025-06-20",
			"In 2020, the United States imposed sanctions on Fatou Bensouda under an executive order signed that June.",
			nil, []string{"EXECUTIVE_ORDER fatou-bensouda>Q47488 @2020-06", "EXECUTIVE_ORDER Q30>Q47488 @2020-06"}},
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
		{"reading the judgment of the day's acquittal, not of an older conviction", "2025-06-20",
			"The appeals chamber on Tuesday acquitted Omar Salim. He had been convicted in March 2019. Reading the judgment, the presiding judge, Lena Vogt, said the trial judges had erred.",
			[]string{"STATEMENT lena-vogt> @2025-06-17"}, []string{"STATEMENT lena-vogt> @2019-03"}},
		{"a name with a particle, Van den", "2025-06-20",
			"Judge Anna Van den Berg said on Monday that the trial judges had erred.",
			[]string{"STATEMENT anna-van-den-berg> @2025-06-16"}, []string{"STATEMENT berg> @2025-06-16"}},
		{"reading a summary of an undated decision takes no date", "2025-06-20",
			"The court began its work in March 2019. Judge Lena Vogt, reading a summary of the decision, said the evidence was weak.",
			[]string{"STATEMENT lena-vogt>"}, []string{"STATEMENT lena-vogt> @2019-03"}},
		{"in her opening remarks at the session", "2025-06-20",
			"The Assembly of States Parties met in The Hague on Monday. A cyber attack hit the court in May. In her opening remarks, Lena Vogt called on states to support the court.",
			[]string{"STATEMENT lena-vogt> @2025-06-16"}, []string{"STATEMENT lena-vogt> @2025-05"}},
		{"in her remarks, with no session narrated, is undated", "2025-06-20",
			"A cyber attack hit the court in May. In her opening remarks, Lena Vogt called on states to support the court.",
			[]string{"STATEMENT lena-vogt>"}, []string{"STATEMENT lena-vogt> @2025-05"}},
		// a speaker after what is said takes none of its dates
		{"a trailing speaker takes no date from what is said", "2025-06-20",
			"The court opened the investigation in 2020 into crimes committed in Kenya, the State Department said.",
			[]string{"STATEMENT us-department-of-state>"}, []string{"STATEMENT us-department-of-state> @2020"}},
		{"a trailing speaker dated after the verb", "2025-06-20",
			"The court opened the investigation in 2020, the State Department said on Monday.",
			[]string{"STATEMENT us-department-of-state> @2025-06-16"}, nil},
		{"a date opening the sentence dates the speech", "2025-06-20",
			"On Monday, the State Department said the court had overreached.",
			[]string{"STATEMENT us-department-of-state> @2025-06-16"}, nil},
		{"an opening adjunct is not what is said", "2025-06-20",
			"In a statement issued on Monday evening, Human Rights Watch condemned the sanctions.",
			[]string{"STATEMENT human-rights-watch> @2025-06-16"}, nil},
		// an unnamed subject of a coordinated clause speaks for no one
		{"and several diplomats said", "2025-06-20",
			"The sanctions could hamper the court's cases, including those involving Kenya and Uganda, and several diplomats said the European Union would respond.",
			nil, []string{"STATEMENT kenya>", "STATEMENT uganda>"}},
		{"and a named speaker said", "2025-06-20",
			"The sanctions could hamper the court's cases, and Human Rights Watch said the European Union should respond.",
			[]string{"STATEMENT human-rights-watch>"}, nil},
		// "states" after a modifier is a noun
		{"friendly states that ignore", "2025-06-20",
			"Omar Salim is unlikely to leave Kenya or the few friendly states that ignore the court's warrants.",
			nil, []string{"STATEMENT kenya>"}},
		{"a named body states that", "2025-06-20",
			"Amnesty International states that the court must act.",
			[]string{"STATEMENT amnesty-international>"}, nil},
		// the source of an event the sentence reports is no speaker
		{"judges have issued warrants, the court said", "2025-06-20",
			"Judges at the International Criminal Court have issued an arrest warrant for Omar Salim, the court said on Tuesday.",
			[]string{"ARREST_WARRANT Q47488>omar-salim"}, []string{"STATEMENT Q47488> @2025-06-17", "STATEMENT Q47488>"}},
		{"an opinion on an event is a statement", "2025-06-20",
			"The court's decision to issue a warrant for Omar Salim is a step toward justice, Human Rights Watch said today.",
			[]string{"STATEMENT human-rights-watch> @2025-06-20"}, nil},
		{"a request for warrants is an important step, HRW said", "2025-06-20",
			"The prosecutor's request on Thursday for arrest warrants for Omar Salim is an important step, Human Rights Watch said today.",
			[]string{"STATEMENT human-rights-watch> @2025-06-20"}, nil},
		{"while a state said is no trailing speaker", "2025-06-20",
			"Kenya said it would comply with the warrants, while Uganda said on Monday it would not.",
			[]string{"STATEMENT uganda> @2025-06-16"}, nil},
		// a leader speaks through his office
		{"a leader's office denounced the court", "2025-06-20",
			"President Omar Salim's office denounced the court as \"biased\" on Thursday.",
			[]string{"STATEMENT omar-salim>Q47488 @2025-06-19"}, nil},
		{"a leader's office that is searched says nothing", "2025-06-20",
			"President Omar Salim's office in Nairobi was searched on Thursday.",
			nil, []string{"STATEMENT omar-salim> @2025-06-19", "STATEMENT omar-salim>"}},
		// a denial of an act named by a gerund
		{"has denied suspending", "2025-06-20",
			"Human Rights Watch has denied suspending its work in Kenya.",
			[]string{"STATEMENT human-rights-watch>"}, nil},
		{"was denied nothing is no denial", "2025-06-20",
			"Omar Salim was denied visiting rights in May.",
			nil, []string{"STATEMENT omar-salim>", "STATEMENT omar-salim> @2025-05"}},
		// characterizations: "dismissed X as", "branded X a"
		{"dismissed the court as", "2025-06-20",
			"Tariq Bello has dismissed the court as a tool of Western powers.",
			[]string{"STATEMENT tariq-bello>Q47488"}, nil},
		{"dismissed the findings as", "2025-06-20",
			"Kenya on Monday dismissed the commission's findings as politically motivated.",
			[]string{"STATEMENT kenya> @2025-06-16"}, nil},
		{"judges dismissed the appeal as inadmissible", "2025-06-20",
			"The Appeals Chamber on Monday dismissed the appeal of Omar Salim as inadmissible.",
			nil, []string{"STATEMENT appeals-chamber> @2025-06-16", "STATEMENT Q47488> @2025-06-16", "STATEMENT omar-salim> @2025-06-16"}},
		{"dismissed a case", "2025-06-20",
			"A Kenyan court dismissed the case against Omar Salim on Monday.",
			nil, []string{"STATEMENT kenya> @2025-06-16"}},
		{"branded the court a tool", "2025-06-20",
			"Tariq Bello on Monday branded the International Criminal Court a \"tool of neo-colonialism\".",
			[]string{"STATEMENT tariq-bello>Q47488 @2025-06-16"}, nil},
		// "X, of which Y is a member, said": X speaks
		{"of which a person is a member", "2025-06-20",
			"The African Union, of which Kenya became chair in May, dismissed the warrants on Tuesday as \"null and void\".",
			[]string{"STATEMENT african-union> @2025-06-17"}, []string{"STATEMENT kenya> @2025-06-17"}},
		// repeated calls are speech; a standing rejection is not
		{"has long called on", "2025-06-20",
			"Human Rights Watch has long called on Kenya to arrest Omar Salim.",
			[]string{"STATEMENT human-rights-watch>"}, nil},
		{"has long rejected stays a position", "2025-06-20",
			"Kenya has long rejected the court's jurisdiction.",
			nil, []string{"STATEMENT kenya>"}},
		// the named members of an unnamed group speak
		{"rights groups, including X and Y, called on", "2025-06-20",
			"Rights groups, including Amnesty International and Human Rights Watch, called on Kenya on Monday to arrest Omar Salim.",
			[]string{"STATEMENT amnesty-international> @2025-06-16", "STATEMENT human-rights-watch> @2025-06-16"}, []string{"STATEMENT kenya> @2025-06-16"}},
		{"a state included in unnamed states speaks", "2025-06-20",
			"Several states, including Kenya, said on Monday that the court was biased.",
			[]string{"STATEMENT kenya> @2025-06-16"}, nil},
		{"a list after including that is the object of a verb", "2025-06-20",
			"The court charged several men, including Omar Salim, in May.",
			nil, []string{"STATEMENT omar-salim>", "STATEMENT omar-salim> @2025-05"}},
		// a plural description stands for the states that last acted
		// together
		{"the governments denounced, after a joint announcement", "2025-06-20",
			"Kenya, Uganda and Tanzania announced on Monday that they were withdrawing from the court. In a joint statement issued on Monday, the governments denounced the ICC as \"a tool of imperialism\".",
			[]string{"STATEMENT kenya>Q47488 @2025-06-16", "STATEMENT uganda>Q47488 @2025-06-16", "STATEMENT tanzania>Q47488 @2025-06-16"}, []string{"STATEMENT Q47488>"}},
		{"the three countries said", "2025-06-20",
			"Kenya, Uganda and Tanzania announced on Monday that they were withdrawing from the court. The three countries, which formed a bloc in 2023, said the decision took effect immediately.",
			[]string{"STATEMENT kenya>", "STATEMENT uganda>", "STATEMENT tanzania>"}, nil},
		{"the member states are not the states that acted together", "2025-06-20",
			"Kenya, Uganda and Tanzania announced on Monday that they were withdrawing from the court. At the Assembly, the member states said the court needed support.",
			nil, []string{"STATEMENT kenya>", "STATEMENT kenya> @2025-06-16"}},
		{"a plural description with no states acting together before", "2025-06-20",
			"Kenya announced on Monday that it was withdrawing from the court. The governments of the region said the decision was regrettable.",
			nil, []string{"STATEMENT kenya>"}},
		// a relative clause of speech characterizes its antecedent
		{"withdrawing from the court, which they called a tool", "2025-06-20",
			"Kenya announced on Monday that it was leaving the International Criminal Court, which it called a \"tool of imperialism\".",
			[]string{"STATEMENT kenya>Q47488 @2025-06-16"}, nil},
		{"a relative clause on a thing called by a name", "2025-06-20",
			"Kenya announced on Monday a new plan, which it called a \"fresh start\".",
			nil, []string{"STATEMENT kenya>Q47488 @2025-06-16"}},
		{"which a person called is no characterization of a person", "2025-06-20",
			"The court convicted Omar Salim on Monday, whom Tariq Bello called a hero.",
			nil, []string{"STATEMENT tariq-bello>omar-salim @2025-06-16", "STATEMENT tariq-bello>omar-salim"}},
		// a name inside a quotation is no speaker of the verb after it
		{"the statement said after a quote naming the court", "2025-06-20",
			"\"The ICC has failed the victims,\" the statement said.",
			nil, []string{"STATEMENT Q47488>"}},
		{"a verb inside a quotation after a named subject", "2025-06-20",
			"Tariq Bello said on Monday that Kenya \"rejects the absurd ruling\" of the court.",
			[]string{"STATEMENT tariq-bello> @2025-06-16"}, []string{"STATEMENT kenya> @2025-06-16", "STATEMENT kenya>"}},
		{"a quote then its named speaker", "2025-06-20",
			"\"The ICC has failed the victims,\" Human Rights Watch said.",
			[]string{"STATEMENT human-rights-watch>"}, []string{"STATEMENT Q47488>"}},
		// a participle after a speech condemns a body: its target
		{"welcomed the verdict, while accusing a body", "2025-06-20",
			"Kenya welcomed the verdict on Monday, while accusing the African Union of shielding the suspects.",
			[]string{"STATEMENT kenya>african-union @2025-06-16"}, nil},
		{"said ..., accusing the court of", "2025-06-20",
			"Tariq Bello said on Monday the ruling was unfair, accusing the International Criminal Court of bias.",
			[]string{"STATEMENT tariq-bello>Q47488 @2025-06-16"}, nil},
		{"accusing a person is no body condemned", "2025-06-20",
			"Kenya welcomed the verdict on Monday, while accusing Omar Salim of lying.",
			[]string{"STATEMENT kenya> @2025-06-16"}, []string{"STATEMENT kenya>omar-salim @2025-06-16"}},
		// "said the court had become \"...\"": a characterization
		{"said the court had become a quoted thing", "2025-06-20",
			"Tariq Bello said on Monday that the court had become \"a political court\".",
			[]string{"STATEMENT tariq-bello>Q47488 @2025-06-16"}, nil},
		{"said the court had ruled", "2025-06-20",
			"Tariq Bello said on Monday that the court had ruled against Kenya.",
			[]string{"STATEMENT tariq-bello> @2025-06-16"}, []string{"STATEMENT tariq-bello>Q47488 @2025-06-16"}},
		// "at the time": the time the narrative last gave
		{"said at the time", "2025-06-20",
			"In 2020, the United States imposed sanctions on Fatou Bensouda. Bensouda said at the time that the measures were an attack on the rule of law.",
			[]string{"STATEMENT fatou-bensouda> @2020"}, []string{"STATEMENT fatou-bensouda>"}},
		{"said with no time stays undated", "2025-06-20",
			"In 2020, the United States imposed sanctions on Fatou Bensouda. Bensouda said that the measures were an attack on the rule of law.",
			[]string{"STATEMENT fatou-bensouda>"}, []string{"STATEMENT fatou-bensouda> @2020"}},
		// "told the UN Security Council on 12 June that": the telling's date
		{"told a named addressee on a day", "2025-06-20",
			"Kenya told the UN Security Council on 12 June that it would cooperate.",
			[]string{"STATEMENT kenya> @2025-06-12"}, nil},
		{"said the court ruled on a day: the ruling's date", "2025-06-20",
			"Kenya said the International Criminal Court ruled on 12 June that it had jurisdiction.",
			[]string{"STATEMENT kenya>"}, []string{"STATEMENT kenya> @2025-06-12"}},
		// a response to today's news is today's
		{"responding to today's announcement", "2025-06-20",
			"Responding to today's announcement by the court that it has issued a warrant for Omar Salim, Human Rights Watch's Tariq Bello said the move was welcome.",
			[]string{"STATEMENT tariq-bello> @2025-06-20"}, nil},
		{"responding to an arrest on a past day stays undated", "2025-06-20",
			"Responding to the arrest of Omar Salim on 11 June, Tariq Bello said the move was welcome.",
			[]string{"STATEMENT tariq-bello>"}, []string{"STATEMENT tariq-bello> @2025-06-11"}},
		// joint statements: every state of the list speaks
		{"A, B and the C said in a joint statement", "2025-06-20",
			"Kenya, Uganda and the United Kingdom said in a joint statement on Thursday that they supported the court.",
			[]string{"STATEMENT kenya> @2025-06-19", "STATEMENT uganda> @2025-06-19", "STATEMENT united-kingdom> @2025-06-19"}, nil},
		// an unnamed spokesperson speaks for the body
		{"a spokesperson for the body said", "2025-06-20",
			"A spokesperson for the State Department said on Thursday that the sanctions were justified.",
			[]string{"STATEMENT us-department-of-state> @2025-06-19"}, nil},
		{"a spokesman for the court said", "2025-06-20",
			"A spokesman for the International Criminal Court said the court would continue its work.",
			[]string{"STATEMENT Q47488>"}, nil},
		{"a named spokesman for the court speaks himself", "2025-06-20",
			"A spokesman for the court, Fadi El Abdallah, said the court would continue its work.",
			[]string{"STATEMENT fadi-el-abdallah>"}, []string{"STATEMENT Q47488>"}},
		{"a statement from a body said", "2025-06-20",
			"A statement from the African Union said on Monday that the warrants were unhelpful.",
			[]string{"STATEMENT african-union> @2025-06-16"}, nil},
		{"the release of a person says nothing", "2025-06-20",
			"The release of Omar Salim said much about the court.",
			nil, []string{"STATEMENT omar-salim>"}},
		// a verb coordinated by "and" shares its clause's subject
		{"X thanked Y and said", "2025-06-20",
			"In a televised address, Tariq Bello thanked Omar Salim for his support and said the case had been a fabrication.",
			[]string{"STATEMENT tariq-bello>"}, []string{"STATEMENT omar-salim>"}},
		{"but X invited Y, shortly after a warrant was issued, and said", "2025-06-20",
			"Kenya is obliged to arrest him, but Tariq Bello invited Omar Salim in May, shortly after the court issued the warrant, and said it would not be enforced.",
			nil, []string{"STATEMENT Q47488>", "STATEMENT omar-salim>"}},
		{"A and B said: both speak", "2025-06-20",
			"Kenya and Uganda said on Monday that they would cooperate.",
			[]string{"STATEMENT kenya> @2025-06-16", "STATEMENT uganda> @2025-06-16"}, nil},
		// "called" naming a thing, "maintains" ties: no speech
		{"a militia called X", "2025-06-20",
			"Omar Salim led a militia called the Anti-Balaka in 2013.",
			nil, []string{"STATEMENT omar-salim> @2013", "STATEMENT omar-salim>"}},
		{"a state called on", "2025-06-20",
			"Kenya called on the court in May to drop the case.",
			[]string{"STATEMENT kenya> @2025-05"}, nil},
		{"has long called on", "2025-06-20",
			"Kenya has long called on the court to drop the case.",
			[]string{"STATEMENT kenya>"}, nil},
		{"maintains close ties", "2025-06-20",
			"Uganda maintains close ties with Kenya.",
			nil, []string{"STATEMENT uganda>"}},
		{"maintained his innocence", "2025-06-20",
			"Omar Salim has maintained his innocence.",
			[]string{"STATEMENT omar-salim>"}, nil},
		// an absolute clause of speech: "with X saying|denouncing"
		{"with a minister denouncing the court", "2025-06-20",
			"Kenya announced in May that it would quit the court, with Foreign Minister Tariq Bello denouncing it on television as \"a tool of imperialism\".",
			[]string{"STATEMENT tariq-bello>Q47488 @2025-05"}, nil},
		{"with a state saying", "2025-06-20",
			"The warrants were issued on Monday, with Kenya saying it would not arrest him.",
			[]string{"STATEMENT kenya> @2025-06-16"}, nil},
		{"a participle of speech with no subject of its own", "2025-06-20",
			"Omar Salim was arrested on Monday, saying nothing.",
			nil, []string{"STATEMENT omar-salim> @2025-06-16"}},
		// unnamed people of a state speak for no one
		{"Afghan women said", "2025-06-20",
			"Afghan women said on Monday that the warrants came too late.",
			nil, []string{"STATEMENT Q889> @2025-06-16"}},
		{"the Afghan government said", "2025-06-20",
			"The Afghan government said on Monday that the warrants came too late.",
			[]string{"STATEMENT Q889> @2025-06-16"}, nil},
		// a verb of speech after a determiner is an adjective
		{"a noted lawyer", "2025-06-20",
			"Omar Salim, a noted lawyer, joined the defence team on Monday.",
			nil, []string{"STATEMENT omar-salim> @2025-06-16", "STATEMENT omar-salim>"}},
		{"calls by a body for", "2025-06-20",
			"Kenya ignored calls by Human Rights Watch on Monday for the arrest of Omar Salim.",
			[]string{"STATEMENT human-rights-watch> @2025-06-16"}, nil},
		// more verbs of speech
		{"thanked a state on X", "2025-06-20",
			"Tariq Bello thanked Kenya on X, saying the sanctions were deserved.",
			[]string{"STATEMENT tariq-bello>"}, []string{"STATEMENT kenya>"}},
		{"thanks to a state is no speech", "2025-06-20",
			"Omar Salim was arrested on Monday thanks to Kenya.",
			nil, []string{"STATEMENT kenya> @2025-06-16", "STATEMENT omar-salim> @2025-06-16"}},
		{"posted on X that", "2025-06-20",
			"Tariq Bello posted on X on Monday that the ruling was a disgrace.",
			[]string{"STATEMENT tariq-bello> @2025-06-16"}, nil},
		{"posted bail is no speech", "2025-06-20",
			"Tariq Bello posted bail on Monday.",
			nil, []string{"STATEMENT tariq-bello> @2025-06-16"}},
		{"voiced support", "2025-06-20",
			"Kenya voiced support for the court on Monday.",
			[]string{"STATEMENT kenya> @2025-06-16"}, nil},
		{"applauded the ruling", "2025-06-20",
			"Human Rights Watch applauded the ruling on Monday.",
			[]string{"STATEMENT human-rights-watch> @2025-06-16"}, nil},
		{"lashed out at the court", "2025-06-20",
			"Tariq Bello lashed out at the International Criminal Court on Thursday.",
			[]string{"STATEMENT tariq-bello>Q47488 @2025-06-19"}, nil},
		// a passive verb of speech names its speaker after "by"
		{"was condemned by a body", "2025-06-20",
			"The ruling was condemned by the European Union on Monday.",
			[]string{"STATEMENT Q458> @2025-06-16"}, nil},
		{"the court was condemned by a state: its target", "2025-06-20",
			"The court was condemned by Hungary on Monday.",
			[]string{"STATEMENT Q28>Q47488 @2025-06-16"}, nil},
		{"was praised by a rights group", "2025-06-20",
			"The decision was praised by Human Rights Watch.",
			[]string{"STATEMENT human-rights-watch>"}, nil},
		{"was accused by a state of is no statement of the accused", "2025-06-20",
			"Omar Salim was accused by Kenya of lying.",
			nil, []string{"STATEMENT omar-salim>"}},
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

// TestStatementDates3 checks how a statement takes its date from the
// narrative around it: the day a sentence before named, the occasion that
// opens its sentence, the time of the event just told.
func TestStatementDates3(t *testing.T) {
	tests := []eventCase{
		// "the same day", "the following day" right after the verb
		{"said the same day", "2025-06-20",
			"The court convicted Omar Salim on 3 June. Kenya said the same day that it would appeal.",
			[]string{"STATEMENT kenya> @2025-06-03"}, []string{"STATEMENT kenya>"}},
		{"told reporters the following day", "2025-06-20",
			"The judges acquitted Omar Salim on Monday. Lena Vogt said the following day that the prosecution would appeal.",
			[]string{"STATEMENT lena-vogt> @2025-06-17"}, nil},
		{"the date inside what is said is still not the saying's", "2025-06-20",
			"Lena Vogt said the trial would resume on 23 September.",
			[]string{"STATEMENT lena-vogt>"}, []string{"STATEMENT lena-vogt> @2025-09-23"}},
		// an opening participle of the speech's occasion
		{"asked by reporters on Thursday", "2025-06-20",
			"Asked by reporters on Thursday whether the minister would be arrested, Tariq Bello said there was no risk.",
			[]string{"STATEMENT tariq-bello> @2025-06-19"}, nil},
		{"speaking at a news conference on Monday", "2025-06-20",
			"Speaking at a news conference in Nairobi on Monday, Lena Vogt said the court would not bow to pressure.",
			[]string{"STATEMENT lena-vogt> @2025-06-16"}, nil},
		{"an opening participle with a clause of its own dates nothing", "2025-06-20",
			"Speaking after the judges convicted Omar Salim on 3 June, Lena Vogt said the court would not bow to pressure.",
			nil, []string{"STATEMENT lena-vogt> @2025-06-03"}},
		// "At the time," the event just narrated
		{"at the time, X said", "2025-06-20",
			"The prosecutor applied for a warrant for Omar Salim on 12 March. At the time, Lena Vogt said the evidence was overwhelming.",
			[]string{"STATEMENT lena-vogt> @2025-03-12"}, nil},
		// a day after the event named as the speech's object
		{"condemned the order in a statement on Friday", "2025-06-20",
			"The court condemned the executive order in a statement on Friday, saying it threatened its staff.",
			[]string{"STATEMENT Q47488> @2025-06-20"}, []string{"STATEMENT Q47488>"}},
		{"welcomed the warrants for A as quoted on Thursday", "2025-06-20",
			"Amnesty International welcomed the warrants for Omar Salim as \"a long-awaited step\" on Thursday.",
			[]string{"STATEMENT amnesty-international> @2025-06-19"}, nil},
		{"a date in a clause of the object's own", "2025-06-20",
			"Amnesty International welcomed the arrest of Omar Salim, which took place on Thursday.",
			nil, []string{"STATEMENT amnesty-international> @2025-06-19"}},
		{"at the time with nothing narrated before stays undated", "2025-06-20",
			"At the time, Lena Vogt said the evidence was overwhelming.",
			[]string{"STATEMENT lena-vogt>"}, nil},
	}
	runEventCases(t, tests)
}

// TestStatementSpeakers3 checks speakers that are not who they seem: one
// unnamed person of a state, an unnamed agent after "by".
func TestStatementSpeakers3(t *testing.T) {
	tests := []eventCase{
		{"a claim rejected by unnamed experts is no one's statement", "2025-06-20",
			"The minister said the warrant for Omar Salim contained errors, a claim rejected by legal scholars.",
			nil, []string{"STATEMENT Q47488>"}},
		{"a claim rejected by a named body is its statement", "2025-06-20",
			"The minister said the warrant contained errors, a claim rejected by Amnesty International.",
			[]string{"STATEMENT amnesty-international>"}, nil},
		{"the Kenyan lawyer does not speak for Kenya", "2025-06-20",
			"The Kenyan lawyer told reporters on Monday that the trial was unfair.",
			nil, []string{"STATEMENT kenya> @2025-06-16", "STATEMENT kenya>"}},
		{"an unnamed prosecutor of a nationality is not the state", "2025-06-20",
			"The Gambian prosecutor, speaking in The Hague on Friday, said his office had collected evidence.",
			nil, []string{"STATEMENT gambia> @2025-06-20", "STATEMENT gambia>"}},
		{"the Kenyan foreign minister speaks for Kenya", "2025-06-20",
			"The Kenyan foreign minister said on Monday that the trial was unfair.",
			[]string{"STATEMENT kenya> @2025-06-16"}, nil},
	}
	runEventCases(t, tests)
}

// TestIssuedStatement checks the act of making a statement: "issued a
// statement", "released a joint statement".
func TestIssuedStatement(t *testing.T) {
	tests := []eventCase{
		{"issued a statement on a day", "2025-06-20",
			"The court issued a statement on Wednesday calling the measures an attack on its independence.",
			[]string{"STATEMENT Q47488> @2025-06-18"}, nil},
		{"released a joint statement", "2025-06-20",
			"Amnesty International and Human Rights Watch released a joint statement on Monday.",
			[]string{"STATEMENT amnesty-international> @2025-06-16", "STATEMENT human-rights-watch> @2025-06-16"}, nil},
		{"has not issued a statement", "2025-06-20",
			"The court has not issued a statement on the arrest.",
			nil, []string{"STATEMENT Q47488>"}},
		{"is expected to issue a statement", "2025-06-20",
			"Kenya is expected to issue a statement after the ruling.",
			nil, []string{"STATEMENT kenya>"}},
		{"unnamed states issued a statement", "2025-06-20",
			"Some 60 states parties to the court issued a joint statement on Friday.",
			nil, []string{"STATEMENT Q47488> @2025-06-20"}},
		{"issued a warrant is no statement", "2025-06-20",
			"The court issued a warrant for Omar Salim on Monday.",
			[]string{"ARREST_WARRANT Q47488>omar-salim @2025-06-16"}, []string{"STATEMENT Q47488> @2025-06-16"}},
	}
	runEventCases(t, tests)
}

// TestUndoneOrder checks that undoing an executive order is not signing one.
func TestUndoneOrder(t *testing.T) {
	tests := []eventCase{
		{"revoked the executive order", "2025-06-20",
			"The sanctions on the court were imposed in 2020. President Joe Biden revoked the executive order in April 2021.",
			nil, []string{"EXECUTIVE_ORDER joe-biden>Q47488 @2021-04"}},
		{"a judge blocked the order", "2025-06-20",
			"Donald Trump signed an executive order on 6 February authorizing sanctions against the ICC. A federal judge blocked the executive order in July.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-02-06"}, []string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-07"}},
		{"an order that revokes another is still signed", "2025-06-20",
			"Donald Trump on Thursday signed an executive order revoking the earlier order and authorizing sanctions against the ICC.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-06-19"}, nil},
	}
	runEventCases(t, tests)
}

// TestWhatItCalled checks that a label inside another clause ("what it
// called X") is no statement of its own.
func TestWhatItCalled(t *testing.T) {
	tests := []eventCase{
		{"an order declared an emergency over what it called", "2025-06-20",
			"The sanctions were imposed under Executive Order 14203, which Donald Trump signed on 6 February and which declared an emergency over what it called the court's \"baseless\" claims.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-02-06"}, []string{"STATEMENT Q22686>"}},
		{"condemned what he called: the condemnation speaks", "2025-06-20",
			"Tariq Bello on Monday condemned what he called the court's \"lawfare\".",
			[]string{"STATEMENT tariq-bello> @2025-06-16"}, nil},
		{"called the order reckless is a statement", "2025-06-20",
			"Amnesty International on Monday called the order \"reckless\".",
			[]string{"STATEMENT amnesty-international> @2025-06-16"}, nil},
	}
	runEventCases(t, tests)
}

// TestUnnamedWho checks that "who said" after unnamed people is no
// statement of a body named earlier in the sentence.
func TestUnnamedWho(t *testing.T) {
	tests := []eventCase{
		{"rights groups who said", "2025-06-20",
			"Kenya referred the situation to the court in 2024, a step that drew criticism from some rights groups who said the prosecutor had moved too fast.",
			nil, []string{"STATEMENT Q47488>", "STATEMENT kenya>"}},
		{"critics, who argued", "2025-06-20",
			"The ICC opened the trial in May, which angered critics, who argued that the court was biased.",
			nil, []string{"STATEMENT Q47488>"}},
		{"a named antecedent who said still speaks", "2025-06-20",
			"The court convicted Omar Salim, who said on Monday that he would appeal.",
			[]string{"STATEMENT omar-salim> @2025-06-16"}, nil},
	}
	runEventCases(t, tests)
}

// TestAnnouncingAct checks that a speech made in announcing an act just
// narrated takes the act's date.
func TestAnnouncingAct(t *testing.T) {
	tests := []eventCase{
		{"in announcing the designations", "2025-06-20",
			"The United States on Tuesday sanctioned Judge Lena Vogt. In announcing the designations, Tariq Bello called the court \"a threat\".",
			[]string{"STATEMENT tariq-bello> @2025-06-17"}, nil},
		{"announcing the warrants", "2025-06-20",
			"The court issued arrest warrants for Omar Salim on 3 June. Announcing the warrants, Judge Lena Vogt said the evidence was strong.",
			[]string{"STATEMENT lena-vogt> @2025-06-03"}, nil},
		{"no act narrated, no date", "2025-06-20",
			"In announcing the designations, Tariq Bello called the court \"a threat\".",
			[]string{"STATEMENT tariq-bello>"}, nil},
	}
	runEventCases(t, tests)
}

// TestLeaderContinues checks "the Hungarian prime minister" as the leader
// just named, and a condemnation continuing their dated speech.
func TestLeaderContinues(t *testing.T) {
	tests := []eventCase{
		{"the demonym's prime minister is the leader just named", "2025-06-20",
			"Viktor Orbán said on Friday that Hungary would not arrest anyone. The Hungarian prime minister accused the court of \"political bias\".",
			[]string{"STATEMENT viktor-orban>Q47488 @2025-06-20"}, []string{"STATEMENT Q28>Q47488", "STATEMENT viktor-orban>Q47488"}},
		{"with no leader named, the state", "2025-06-20",
			"The Hungarian prime minister accused the court of \"political bias\".",
			[]string{"STATEMENT Q28>Q47488"}, nil},
		{"a condemnation two sentences later keeps its own (no) date", "2025-06-20",
			"Viktor Orbán said on Friday that Hungary would not arrest anyone. The ruling was widely criticized. Orbán accused the court of \"political bias\".",
			[]string{"STATEMENT viktor-orban>Q47488"}, []string{"STATEMENT viktor-orban>Q47488 @2025-06-20"}},
	}
	runEventCases(t, tests)
}
