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
			[]string{"MEETING ana-costa+tariq-bello> @2025-06-17"}, nil},
		{"held talks the same day with: past the date, and the day of the sentence", "2025-06-20",
			"Ana Costa arrived in Kenya on Monday and held talks the same day with President Tariq Bello.",
			[]string{"MEETING ana-costa+tariq-bello> @2025-06-16"}, nil},
		{"A and B held talks: the people listed", "2025-06-20",
			"Ana Costa and Omar Salim held talks in Nairobi on Thursday.",
			[]string{"MEETING ana-costa+omar-salim> @2025-06-19"}, nil},
		{"held a bilateral meeting with", "2025-06-20",
			"Ana Costa also held a bilateral meeting with President Tariq Bello on Thursday.",
			[]string{"MEETING ana-costa+tariq-bello> @2025-06-19"}, nil},
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
		{"a body's staff who met people hold no session of the body", "2025-06-20",
			"Human Rights Watch researchers met victims in Kampala in May.",
			nil, []string{"MEETING human-rights-watch> @2025-05"}},
		{"a body that met in closed session meets", "2025-06-20",
			"The UN Security Council met behind closed doors on Wednesday.",
			[]string{"MEETING un-security-council> @2025-06-18"}, nil},
		{"briefed the Security Council: the Council met", "2025-06-20",
			"ICC Prosecutor Karim Khan briefed the UN Security Council on the situation in Libya on Thursday.",
			[]string{"MEETING un-security-council> @2025-06-19"}, nil},
		{"briefed the press is no meeting", "2025-06-20",
			"The court's spokesperson briefed the press on Monday.",
			nil, []string{"MEETING Q47488> @2025-06-16"}},
		{"a body held a session", "2025-06-20",
			"The Assembly of States Parties held a special session on Tuesday.",
			[]string{"MEETING assembly-of-states-parties> @2025-06-17"}, nil},
		{"a body that holds its session every year holds none now", "2025-06-20",
			"The matter goes to the Assembly of States Parties, which holds its annual session in December.",
			nil, []string{"MEETING assembly-of-states-parties> @2024-12", "MEETING assembly-of-states-parties> @2025-12"}},
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

// TestEncounterVisits checks visits stated by a host or by attending a
// gathering abroad, and failures to arrest dated by the visit they happened
// during, on sentences written for the test.
func TestEncounterVisits(t *testing.T) {
	tests := []eventCase{
		{"a state hosted a person: the person visits the state", "2025-06-20",
			"Omar Salim's first trip abroad since the warrant came after Kenya hosted him in March 2024.",
			[]string{"VISIT omar-salim>kenya @2024-03"}, nil},
		{"a person's visit to a state", "2025-06-20",
			"Omar Salim's visit to Kenya in April drew sharp criticism.",
			[]string{"VISIT omar-salim>kenya @2025-04"}, nil},
		{"during a state visit, the person the clause is about", "2025-06-20",
			"During a state visit to Kenya in April, Omar Salim was received with full honours.",
			[]string{"VISIT omar-salim>kenya @2025-04"}, nil},
		{"a court's visit is no person's", "2025-06-20",
			"The court's visit to Kenya in April was postponed.",
			nil, []string{"VISIT Q47488>kenya @2025-04"}},
		{"did not execute the warrant when the wanted person visited", "2025-06-20",
			"The court issued a warrant for Omar Salim in 2023. Kenya did not execute the warrant when Omar Salim visited Nairobi in April.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-04"}, nil},
		{"did not execute a warrant with no one wanted named is none", "2025-06-20",
			"Kenya did not execute the warrant when Ana Costa visited Nairobi in April.",
			nil, []string{"NON_COMPLIANCE kenya>ana-costa @2025-04"}},
		{"hosting a summit is no visit", "2025-06-20",
			"Kenya hosted a summit of the African Union in March 2024.",
			nil, []string{"VISIT african-union>kenya @2024-03"}},
		{"attended a summit in a city abroad: a visit, and the body meets", "2025-06-20",
			"In July 2023, Omar Salim attended an African Union summit in Lagos.",
			[]string{"VISIT omar-salim>nigeria @2023-07", "MEETING african-union> @2023-07"}, nil},
		{"attending a summit at home is no visit", "2025-06-20",
			"Nigerian President Tariq Bello attended an African Union summit in Lagos in July 2023.",
			[]string{"MEETING african-union> @2023-07"}, []string{"VISIT tariq-bello>nigeria @2023-07"}},
		{"a date, then the when clause it dates", "2025-06-20",
			"The row dates back to March 2019, when Omar Salim attended a summit of the African Union in Nairobi.",
			[]string{"VISIT omar-salim>kenya @2019-03", "MEETING african-union> @2019-03"}, nil},
		{"by not arresting him during his visit: the date of the visit, not of the finding", "2025-06-20",
			"Omar Salim arrived in Nairobi on 3 March 2025 for a two-day stay. In May 2025, the judges found that Kenya had breached its duties by not arresting him during his visit.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-03-03"}, []string{"NON_COMPLIANCE kenya>omar-salim @2025-05", "VISIT omar-salim>kenya @2025-05"}},
		{"made no move to detain him when he arrived: the day he arrived", "2025-06-20",
			"Omar Salim landed in Nairobi on Monday. Kenyan authorities made no move to detain him when he arrived.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-06-16"}, nil},
		{"visited two states without being arrested: each failed to arrest him", "2025-06-20",
			"In 2019, Omar Salim visited Kenya and Uganda, both members of the court, without being arrested.",
			[]string{"VISIT omar-salim>kenya @2019", "VISIT omar-salim>uganda @2019", "NON_COMPLIANCE kenya>omar-salim @2019", "NON_COMPLIANCE uganda>omar-salim @2019"}, nil},
		{"a visit and a later arrest is no failure to arrest", "2025-06-20",
			"In 2019, Omar Salim visited Kenya. He was arrested without being charged in 2021.",
			[]string{"VISIT omar-salim>kenya @2019"}, []string{"NON_COMPLIANCE kenya>omar-salim @2019"}},
		{"the Mongolian capital as news spells it", "2025-06-20",
			"Vladimir Putin arrived in Ulaanbaatar on Monday night.",
			[]string{"VISIT Q7747>mongolia @2025-06-16"}, nil},
		{"a summit named inside a failure to arrest meets, and the date stays the failure's", "2025-06-20",
			"Kenya welcomed Omar Salim to an African Union summit in Nairobi in March 2017 without detaining him.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2017-03", "MEETING african-union> @2017-03", "VISIT omar-salim>kenya @2017-03"}, nil},
		{"instead of being handed over, he was freed: by the state that arrested him", "2025-06-20",
			"Omar Salim was arrested by Italian police in Turin on Sunday. But on Tuesday, instead of being handed over to the court, he was freed and flown home.",
			[]string{"NON_COMPLIANCE italy>omar-salim @2025-06-17"}, nil},
		{"instead of being handed over with no arrest before names no state", "2025-06-20",
			"On Tuesday, instead of being handed over to the court, Omar Salim was flown home.",
			nil, []string{"NON_COMPLIANCE italy>omar-salim @2025-06-17"}},
		{"the government that failed to arrest him is the host's, not his own", "2025-06-20",
			"The row began in March 2019, when Sudanese President Omar Salim attended a summit in Nairobi and the government failed to arrest him.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2019-03"}, []string{"NON_COMPLIANCE Q1049>omar-salim @2019-03"}},
		{"his own government that refused to surrender him stays his own", "2025-06-20",
			"Sudanese President Omar Salim stayed in Khartoum in 2019, and the government refused to surrender him.",
			[]string{"NON_COMPLIANCE Q1049>omar-salim @2019"}, nil},
		{"would not arrest him if he came: a condition, no failure", "2025-06-20",
			"The court issued a warrant for Omar Salim in 2023. Kenya's government said it would not arrest Omar Salim if he attended the summit.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim"}},
		{"could refuse to arrest: a possibility, no failure", "2025-06-20",
			"Kenya could refuse to arrest Omar Salim, analysts said.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim"}},
		{"refused to arrest, in the past, is one", "2025-06-20",
			"Kenya refused to arrest Omar Salim in May.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-05"}, nil},
		{"two visits to the state date no failure", "2025-06-20",
			"Omar Salim landed in Nairobi in May 2023. He visited Kenya again in June 2024. Kenya made no move to detain him when he arrived.",
			[]string{"NON_COMPLIANCE kenya>omar-salim"}, []string{"NON_COMPLIANCE kenya>omar-salim @2023-05", "NON_COMPLIANCE kenya>omar-salim @2024-06"}},
	}
	runEventCases(t, tests)
}

// TestEncounterWithdrawals checks withdrawals dated by when they took effect,
// the state that would leave in a reported announcement, and that an
// announcement takes no effect, on sentences written for the test.
func TestEncounterWithdrawals(t *testing.T) {
	tests := []eventCase{
		{"X's withdrawal took effect, a year after: notified a year before", "2025-06-20",
			"Kenya's withdrawal from the court took effect on Sunday, a year after it notified the United Nations.",
			[]string{"WITHDRAWAL kenya>Q47488 @2024-06-15"}, nil},
		{"a month's precision stays a month", "2025-06-20",
			"Only one state has left before. Burundi's withdrawal took effect in October 2017, a year after its government notified the UN.",
			[]string{"WITHDRAWAL burundi>Q47488 @2016-10"}, nil},
		{"the state that would quit, not the leader whose government announced it", "2025-06-20",
			"Jammeh's government announced in October that Gambia would quit the court.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT gambia>Q47488 @2024-10"}, nil},
		{"completed its withdrawal", "2025-06-20",
			"Kenya completed its withdrawal from the court in March 2019.",
			[]string{"WITHDRAWAL kenya>Q47488 @2019-03"}, nil},
		{"said they were withdrawing: one announcement each", "2025-06-20",
			"Kenya and Uganda said on Monday they were withdrawing from the Rome Statute.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT uganda>Q47488 @2025-06-16"}, nil},
		{"said they were leaving something else", "2025-06-20",
			"Kenya said on Monday it was leaving the talks.",
			nil, []string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16"}},
		{"it signed but withdrew its signature: the subject of the sentence", "2025-06-20",
			"Kenya has never been a party to the court. It signed the treaty in 2000 but withdrew its signature in May 2002.",
			[]string{"WITHDRAWAL kenya>Q47488 @2002-05"}, nil},
		{"a state's government has also said it will leave", "2025-06-20",
			"Uganda's government has also said it will leave the court.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT uganda>Q47488"}, nil},
		{"announced, far from its clause, that the country would leave: the announcer, dated by the saying", "2025-06-20",
			"The announcement follows that of Kenya. Its government announced earlier this year, as it hosted Omar Salim despite an ICC warrant, that the country would leave the court.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025"}, nil},
		{"would leave something else is no withdrawal", "2025-06-20",
			"The minister said on Monday that Kenya would leave the talks early.",
			nil, []string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT kenya>Q47488"}},
		{"leaving if something happens is no announcement", "2025-06-20",
			"Kenya's president said on Monday that the country would leave the court if the warrant stood.",
			nil, []string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT kenya>Q47488"}},
		{"whether it would leave is no announcement", "2025-06-20",
			"Analysts said on Monday it was unclear whether Kenya would leave the court.",
			nil, []string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT kenya>Q47488"}},
		{"at its summit: the body of the clause after", "2025-06-20",
			"At its summit in Addis Ababa in May, the African Union adopted a strategy on the court.",
			[]string{"MEETING african-union> @2025-05"}, nil},
		{"at its summit with no body after meets no one", "2025-06-20",
			"At its summit in Addis Ababa in May, Kenya raised the warrants.",
			nil, []string{"MEETING kenya> @2025-05"}},
	}
	runEventCases(t, tests)
}

// TestEncounterEffective checks when withdrawals take effect: a year after
// they are notified, on the day the text says, and never for an
// announcement, on sentences written for the test.
func TestEncounterEffective(t *testing.T) {
	tests := []struct{ name, text, event, effective string }{
		{"took effect on a day, a year after", "Kenya's withdrawal from the court took effect on Sunday, a year after it notified the United Nations.",
			"WITHDRAWAL kenya>Q47488 @2024-06-15", "2025-06-15"},
		{"an announcement 'with immediate effect' takes none", "Kenya announced on Monday that it would withdraw from the Rome Statute with immediate effect.",
			"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16", ""},
		{"notified, effective a year after", "Kenya formally notified its withdrawal on 2 June; it takes effect one year after the notification.",
			"WITHDRAWAL kenya>Q47488 @2025-06-02", "2026-06-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, e := range extract(t, "2025-06-20", tt.text).Events {
				if ev(e) != tt.event {
					continue
				}
				found = true
				if got := e.Effective.String(); got != tt.effective && !(tt.effective == "" && e.Effective.IsZero()) {
					t.Errorf("effective = %q, want %q", got, tt.effective)
				}
			}
			if !found {
				t.Errorf("no %s", tt.event)
			}
		})
	}
}

// TestEncounterSpans checks the last day of visits and summits, and a
// withdrawal's effective date read back from "a year before it took
// effect", on sentences written for the test.
func TestEncounterSpans(t *testing.T) {
	tests := []struct{ name, text, event, until, effective string }{
		{"arrived for a three-day visit", "Omar Salim arrived in Nairobi on Monday for a three-day visit.",
			"VISIT omar-salim>kenya @2025-06-16", "2025-06-18", ""},
		{"a visit lasting until a day", "Omar Salim arrived in Nairobi on Monday for a visit lasting until Wednesday evening.",
			"VISIT omar-salim>kenya @2025-06-16", "2025-06-18", ""},
		{"arrived and left on a day", "Omar Salim arrived in Nairobi on Monday and left on Thursday night.",
			"VISIT omar-salim>kenya @2025-06-16", "2025-06-19", ""},
		{"a two-day summit is no two-day visit", "Omar Salim arrived in Nairobi on Monday to attend the two-day African Union summit that opened on Tuesday.",
			"VISIT omar-salim>kenya @2025-06-16", "", ""},
		{"the two-day summit that opened on a day", "Omar Salim arrived in Nairobi on Monday to attend the two-day African Union summit that opened on Tuesday.",
			"MEETING african-union> @2025-06-17", "2025-06-18", ""},
		{"the session, held from one day to another: the meeting named before spans them", "The Assembly of States Parties concluded its annual session in The Hague on Friday. The session, held from 16 to 20 June, was dominated by the sanctions.",
			"MEETING assembly-of-states-parties> @2025-06-16", "2025-06-20", ""},
		{"a span that leaves out the meeting's day is another", "The Assembly of States Parties concluded its annual session in The Hague on Friday. The session, held from 2 to 6 June, was dominated by the sanctions.",
			"MEETING assembly-of-states-parties> @2025-06-20", "", ""},
		{"notified one year to the day before the withdrawal took effect", "Kenya deposited its notification of withdrawal with the UN Secretary-General on 2 June 2024, one year to the day before the withdrawal took effect.",
			"WITHDRAWAL kenya>Q47488 @2024-06-02", "", "2025-06-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, e := range extract(t, "2025-06-20", tt.text).Events {
				if ev(e) != tt.event {
					continue
				}
				found = true
				if got := e.Until; got.String() != tt.until && !(tt.until == "" && got.IsZero()) {
					t.Errorf("until = %q, want %q", got.String(), tt.until)
				}
				if got := e.Effective; got.String() != tt.effective && !(tt.effective == "" && got.IsZero()) {
					t.Errorf("effective = %q, want %q", got.String(), tt.effective)
				}
			}
			if !found {
				t.Errorf("no %s", tt.event)
			}
		})
	}
}

// TestEncounterWithdrawals2 checks more phrasings of withdrawals (round 2):
// a reported clause far from its verb, notifying someone of a withdrawal,
// completing it, and leaving a body that is not the court, on sentences
// written for the test.
func TestEncounterWithdrawals2(t *testing.T) {
	tests := []eventCase{
		{"announced, past the date and the medium, that they were withdrawing", "2025-06-20",
			"Kenya and Uganda announced on Monday in a joint communique that they were withdrawing from the court.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT uganda>Q47488 @2025-06-16"}, nil},
		{"said in a statement that it was leaving the court", "2025-06-20",
			"Kenya said in a statement released late on Monday that it was leaving the International Criminal Court.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16"}, nil},
		{"said that it was leaving something else is none", "2025-06-20",
			"Kenya said in a statement released late on Monday that it was leaving the negotiations.",
			nil, []string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT kenya>Q47488"}},
		{"denied that it was withdrawing: negated", "2025-06-20",
			"Kenya's foreign ministry denied on Monday that the country was withdrawing from the court.",
			nil, []string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT kenya>Q47488"}},
		{"notified the UN secretary-general of its withdrawal", "2025-06-20",
			"Kenya notified the United Nations secretary-general of its withdrawal on 3 March 2024.",
			[]string{"WITHDRAWAL kenya>Q47488 @2024-03-03"}, nil},
		{"informed the UN of their withdrawal: each state", "2025-06-20",
			"Kenya and Uganda informed the United Nations of their withdrawal in May.",
			[]string{"WITHDRAWAL kenya>Q47488 @2025-05", "WITHDRAWAL uganda>Q47488 @2025-05"}, nil},
		{"completed their exit", "2025-06-20",
			"Kenya and Uganda completed their exit from the court in 2019.",
			[]string{"WITHDRAWAL kenya>Q47488 @2019", "WITHDRAWAL uganda>Q47488 @2019"}, nil},
		{"quit a regional bloc is no withdrawal from the court", "2025-06-20",
			"Kenya and Uganda quit the African Union in January.",
			nil, []string{"WITHDRAWAL kenya>Q47488 @2025-01", "WITHDRAWAL uganda>Q47488 @2025-01"}},
		{"withdrew from a bloc is no withdrawal from the court", "2025-06-20",
			"Kenya withdrew from the African Union in January.",
			nil, []string{"WITHDRAWAL kenya>Q47488 @2025-01"}},
		{"withdrew from the Rome Statute still is", "2025-06-20",
			"Kenya withdrew from the Rome Statute in January.",
			[]string{"WITHDRAWAL kenya>Q47488 @2025-01"}, nil},
		{"formally notified the UN: whom it told, not what it left", "2025-06-20",
			"Kenya announced in May that it would quit the court. It formally notified the United Nations on 10 June.",
			[]string{"WITHDRAWAL kenya>Q47488 @2025-06-10"}, nil},
	}
	runEventCases(t, tests)
}

// TestEncounterMeetings2 checks more phrasings of meetings (round 2): a
// measure before the talks, crowds that gather, and a hedge before a named
// body's session, on sentences written for the test.
func TestEncounterMeetings2(t *testing.T) {
	tests := []eventCase{
		{"held more than three hours of talks: the two men named before", "2025-06-20",
			"Omar Salim arrived in Nairobi on Monday to meet President Tariq Bello. The two men held more than three hours of closed talks on Monday evening.",
			[]string{"MEETING omar-salim+tariq-bello> @2025-06-16"}, nil},
		{"held two rounds of talks with", "2025-06-20",
			"Ana Costa held two rounds of talks with President Tariq Bello on Thursday.",
			[]string{"MEETING ana-costa+tariq-bello> @2025-06-19"}, nil},
		{"a crowd that gathered to watch someone is no meeting", "2025-06-20",
			"He spoke in the stadium, where thousands of people had gathered to watch President Tariq Bello sign the law.",
			nil, []string{"MEETING tariq-bello>", "MEETING tariq-bello> @2025-06-20"}},
		{"protesters gathered outside the court: no sitting of the court", "2025-06-20",
			"Hundreds of protesters gathered outside the International Criminal Court on Friday.",
			nil, []string{"MEETING Q47488> @2025-06-20", "MEETING Q47488>"}},
		{"a body that gathered sits", "2025-06-20",
			"The African Union gathered in Addis Ababa on Friday.",
			[]string{"MEETING african-union> @2025-06-20"}, nil},
		{"should use a named body's session: a name counts as one word for the hedge", "2025-06-20",
			"Member states should use the Assembly of States Parties session in December to defend the court.",
			nil, []string{"MEETING assembly-of-states-parties> @2024-12", "MEETING assembly-of-states-parties> @2025-12", "MEETING assembly-of-states-parties>"}},
		{"a name far from an earlier hedge does not block", "2025-06-20",
			"Critics said the court could not act, but the Assembly of States Parties held a special session on Tuesday.",
			[]string{"MEETING assembly-of-states-parties> @2025-06-17"}, nil},
	}
	runEventCases(t, tests)
}

// TestEncounterHosting checks visits stated by hosting someone, dated by the
// clause a "while hosting" participle hangs on, on sentences written for the
// test.
func TestEncounterHosting(t *testing.T) {
	tests := []eventCase{
		{"while hosting: the visit and the failure to arrest share the main clause's date", "2025-06-20",
			"Kenya announced its withdrawal in March while hosting Omar Salim, who is wanted by the ICC, and Kenyan authorities made no attempt to arrest him.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-03", "VISIT omar-salim>kenya @2025-03", "NON_COMPLIANCE kenya>omar-salim @2025-03"}, nil},
		{"when hosting", "2025-06-20",
			"Kenya signed the agreement on 4 May when hosting Omar Salim.",
			[]string{"VISIT omar-salim>kenya @2025-05-04"}, nil},
		{"will be hosting: not yet", "2025-06-20",
			"Kenya will be hosting Omar Salim next month.",
			nil, []string{"VISIT omar-salim>kenya @2025-07", "VISIT omar-salim>kenya"}},
		{"plans to be hosting: not yet", "2025-06-20",
			"Kenya plans to be hosting Omar Salim in August.",
			nil, []string{"VISIT omar-salim>kenya @2025-08", "VISIT omar-salim>kenya @2024-08", "VISIT omar-salim>kenya"}},
		{"hosting a summit hosts no one", "2025-06-20",
			"Kenya announced in March, while hosting a summit of regional leaders, that it would stay in the court.",
			nil, []string{"VISIT kenya>kenya @2025-03"}},
	}
	runEventCases(t, tests)
}

// TestEncounterGreeted checks visits stated by who greeted the visitor, and
// failures to arrest during a welcome, dated by the visit, on sentences
// written for the test.
func TestEncounterGreeted(t *testing.T) {
	tests := []eventCase{
		{"was greeted by a foreign president: a visit to the greeter's state", "2025-06-20",
			"Omar Salim was greeted on Tuesday by Kenyan President Tariq Bello at the airport.",
			[]string{"VISIT omar-salim>kenya @2025-06-17"}, nil},
		{"was received by a state", "2025-06-20",
			"Ana Costa was received by Kenya on Tuesday.",
			[]string{"VISIT ana-costa>kenya @2025-06-17"}, nil},
		{"greeted by a president of one's own state: no visit", "2025-06-20",
			"Kenyan President Tariq Bello was greeted by Kenyan Foreign Minister Ana Costa on his return on Tuesday.",
			nil, []string{"VISIT tariq-bello>kenya @2025-06-17"}},
		{"a proposal welcomed by a president visits nothing", "2025-06-20",
			"The proposal was welcomed by Kenyan President Tariq Bello on Tuesday.",
			nil, []string{"VISIT tariq-bello>kenya @2025-06-17"}},
		{"a red-carpet welcome, ignoring calls to arrest: dated by the visit the text states", "2025-06-20",
			"Kenya gave Omar Salim a red-carpet welcome, ignoring calls to arrest him. Omar Salim was greeted on Tuesday by Kenyan President Tariq Bello.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-06-17", "VISIT omar-salim>kenya @2025-06-17"}, nil},
		{"a welcome on a day of a longer visit: the visit keeps its span, the failure its day", "2025-06-20",
			"Kenya gave Omar Salim a red-carpet welcome on Tuesday instead of arresting him. Omar Salim arrived in Nairobi on Monday for a visit lasting until Wednesday.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-06-17", "VISIT omar-salim>kenya @2025-06-16"},
			[]string{"VISIT omar-salim>kenya @2025-06-17", "NON_COMPLIANCE kenya>omar-salim @2025-06-16"}},
	}
	runEventCases(t, tests)
}

// TestEncounterAuthorities checks failures to arrest by "police" or
// "authorities" of the state the sentence names, "the Sudanese leader" as
// the person named last of that state, and undated failures dated by the one
// visit the text states, on sentences written for the test.
func TestEncounterAuthorities(t *testing.T) {
	tests := []eventCase{
		{"a state obliged to arrest, but police made no move: that state", "2025-06-20",
			"Omar Salim flew into Nairobi on Friday. Kenya, which joined the court in 2005, is obliged to arrest suspects, but police made no move to detain him.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-06-20"}, nil},
		{"travelled to a state, where authorities declined to arrest him", "2025-06-20",
			"Last month Omar Salim travelled to Chad for a summit, where authorities likewise declined to arrest him.",
			[]string{"NON_COMPLIANCE chad>omar-salim @2025-05"}, nil},
		{"the person's own state is not the one failing", "2025-06-20",
			"Sudanese President Omar al-Bashir returned to Sudan, where authorities refused to arrest him.",
			nil, []string{"NON_COMPLIANCE Q1049>omar-al-bashir"}},
		{"police with no state named make no failure", "2025-06-20",
			"Omar Salim spoke at the rally, and police made no move to detain him.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim"}},
		{"the Sudanese leader: the person named last of that state", "2025-06-20",
			"Sudanese President Omar al-Bashir flew to Nairobi on Friday. Kenyan police made no move to detain the Sudanese leader.",
			[]string{"NON_COMPLIANCE kenya>omar-al-bashir @2025-06-20"}, nil},
		{"two visits: an undated failure stays undated", "2025-06-20",
			"Omar Salim visited Kenya in March 2023. He visited Kenya again in May 2024. Kenya has refused to arrest him.",
			[]string{"NON_COMPLIANCE kenya>omar-salim"}, []string{"NON_COMPLIANCE kenya>omar-salim @2023-03", "NON_COMPLIANCE kenya>omar-salim @2024-05"}},
	}
	runEventCases(t, tests)
}

// TestEncounterPastBeforeFuture checks that a date in a past clause before a
// cue of the future ("deposited it on June 2, meaning it will take effect")
// stays past, while dates the future governs stay future, on sentences
// written for the test.
func TestEncounterPastBeforeFuture(t *testing.T) {
	tests := []eventCase{
		{"deposited on a day, meaning it will take effect: the day is past", "2025-09-23",
			"Kenya deposited its notification with the UN on June 2, meaning its withdrawal will take effect in June next year.",
			[]string{"WITHDRAWAL kenya>Q47488 @2025-06-02"}, []string{"WITHDRAWAL kenya>Q47488 @2026-06-02"}},
		{"a session scheduled for days still lies ahead", "2025-06-20",
			"Scheduled for December 1 to 6, the Assembly of States Parties will consider non-compliance.",
			[]string{"MEETING assembly-of-states-parties> @2025-12-01"}, nil},
		{"no past verb before the date: the future governs it", "2025-09-23",
			"On June 2, the Assembly of States Parties will meet in New York.",
			nil, []string{"MEETING assembly-of-states-parties> @2025-06-02"}},
	}
	runEventCases(t, tests)
}

// TestEncounterCoordinatedDates checks that a date in a coordinated clause
// with a subject and verb of its own does not date the trigger before it,
// while a list of names before a date still shares it, on sentences written
// for the test.
func TestEncounterCoordinatedDates(t *testing.T) {
	tests := []eventCase{
		{"', and President X signed the law on a day' dates the signing, not the announcement", "2025-06-20",
			"Kenya notified the UN of its withdrawal on 27 March 2025. Earlier that month, the government had announced that the country would leave the court, and President Tariq Bello signed the law on 18 March 2025.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-03"}, []string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-03-18"}},
		{"a list with a serial comma still shares the date after it", "2025-06-20",
			"The United States sanctioned Ana Costa, Omar Salim, and Tariq Bello on Thursday.",
			[]string{"SANCTION Q30>ana-costa @2025-06-19", "SANCTION Q30>omar-salim @2025-06-19", "SANCTION Q30>tariq-bello @2025-06-19"}, nil},
	}
	runEventCases(t, tests)
}

// TestEncounterFollowedSuit checks "and Y followed (suit) in <date>" after
// a state's act in the same sentence, on sentences written for the test.
func TestEncounterFollowedSuit(t *testing.T) {
	tests := []eventCase{
		{"a withdrawal, and another state followed on a date", "2025-06-20",
			"Kenya deposited a notification of withdrawal in October 2024, and Uganda followed in November 2024.",
			[]string{"WITHDRAWAL kenya>Q47488 @2024-10", "WITHDRAWAL uganda>Q47488 @2024-11"}, nil},
		{"a sanction, and another state followed suit", "2025-06-20",
			"The United States sanctioned Ana Costa in February, and Canada followed suit in April.",
			[]string{"SANCTION Q30>ana-costa @2025-02", "SANCTION canada>ana-costa @2025-04"}, nil},
		{"followed something else is no act", "2025-06-20",
			"Kenya deposited a notification of withdrawal in October 2024, and Uganda followed the debate closely.",
			nil, []string{"WITHDRAWAL uganda>Q47488", "WITHDRAWAL uganda>Q47488 @2024-10"}},
		{"followed after no act of a state copies nothing", "2025-06-20",
			"Omar Salim visited Kenya in March, and Uganda followed in April.",
			nil, []string{"VISIT uganda>kenya @2025-04", "VISIT omar-salim>uganda @2025-04"}},
	}
	runEventCases(t, tests)
}

// TestEncounterSessions checks sessions of a named body: whose session it
// is, the date of its opening, its last day from "is meeting until", and the
// subject of a verb past a relative clause and an auxiliary, on sentences
// written for the test.
func TestEncounterSessions(t *testing.T) {
	tests := []eventCase{
		{"the opening on Monday of the annual session of X: X meets that day", "2025-06-20",
			"Attacks on the court, from sanctions to a cyber-attack on its systems, dominated the opening on Monday of the annual session of the Assembly of States Parties.",
			[]string{"MEETING assembly-of-states-parties> @2025-06-16"}, []string{"MEETING assembly-of-states-parties>"}},
		{"the session of X: X meets, not the subject", "2025-06-20",
			"Budget disputes overshadowed a special session of the Assembly of States Parties on Tuesday.",
			[]string{"MEETING assembly-of-states-parties> @2025-06-17"}, nil},
		{"is meeting until a day: the last day of the meeting named before", "2025-12-03",
			"The Assembly of States Parties opened its annual session on Monday. The Assembly, which brings together 125 states, is meeting until 12 December.",
			[]string{"MEETING assembly-of-states-parties> @2025-12-01"}, []string{"MEETING assembly-of-states-parties> @2024-12-12", "MEETING assembly-of-states-parties> @2025-12-12"}},
		{"X, which ..., is meeting: X, not the last name of the relative clause", "2025-06-20",
			"The UN Security Council, which has referred two situations to the International Criminal Court, is meeting on Thursday.",
			[]string{"MEETING un-security-council> @2025-06-19"}, []string{"MEETING Q47488> @2025-06-19"}},
	}
	runEventCases(t, tests)
}

// TestEncounterMeetingUntilSpan checks the span "is meeting until" gives:
// a day of the month or of the week after the meeting's start.
func TestEncounterMeetingUntilSpan(t *testing.T) {
	for _, tt := range []struct{ published, text, until string }{
		{"2025-12-03", "The Assembly of States Parties opened its annual session on Monday. The Assembly, which brings together 125 states, is meeting until 12 December.", "2025-12-12"},
		{"2025-12-01", "The Assembly of States Parties opened its annual session on Monday. The Assembly, which brings together 125 states, is meeting until Saturday.", "2025-12-06"},
	} {
		found := false
		for _, e := range extract(t, tt.published, tt.text).Events {
			if ev(e) == "MEETING assembly-of-states-parties> @2025-12-01" {
				found = true
				if e.Until.String() != tt.until {
					t.Errorf("%s: until = %q, want %s", tt.text, e.Until.String(), tt.until)
				}
			}
		}
		if !found {
			t.Errorf("%s: no meeting of the Assembly on 2025-12-01", tt.text)
		}
	}
}

// TestEncounterLeaderHosts checks failures to arrest stated of a state's
// leader ("Prime Minister X greeted Y despite the warrant"), on sentences
// written for the test.
func TestEncounterLeaderHosts(t *testing.T) {
	tests := []eventCase{
		{"a leader greeted the wanted person, far before 'despite': the leader's state", "2025-06-20",
			"Kenyan President Tariq Bello greeted Omar Salim on Thursday morning with full military honours at State House despite the warrant.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-06-19"}, nil},
		{"a leader hosted the wanted person despite the warrant", "2025-06-20",
			"Kenyan President Tariq Bello hosted Omar Salim on Thursday despite the warrant.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-06-19"}, nil},
		{"the wanted person as subject gives his state no failure", "2025-06-20",
			"The court issued a warrant for Sudanese President Omar al-Bashir in 2009. Kenya's decision to welcome Omar al-Bashir instead of arresting him drew criticism.",
			nil, []string{"NON_COMPLIANCE Q1049>omar-al-bashir"}},
		{"greeted a guest with no warrant named is no failure", "2025-06-20",
			"Kenyan President Tariq Bello greeted Ana Costa on Thursday despite the rain.",
			nil, []string{"NON_COMPLIANCE kenya>ana-costa @2025-06-19", "NON_COMPLIANCE kenya>ana-costa"}},
		{"a state hosted someone despite the rain: no failure", "2025-06-20",
			"Kenya hosted Ana Costa on Thursday despite the rain.",
			[]string{"VISIT ana-costa>kenya @2025-06-19"}, []string{"NON_COMPLIANCE kenya>ana-costa @2025-06-19", "NON_COMPLIANCE kenya>ana-costa"}},
	}
	runEventCases(t, tests)
}

// TestEncounterTripBy checks "a trip by X to Y" and "did not act on a warrant
// for him", on sentences written for the test.
func TestEncounterTripBy(t *testing.T) {
	tests := []eventCase{
		{"a trip by a person to a state", "2025-06-20",
			"The visit drew comparisons with a trip by Omar Salim to Kenya in March.",
			[]string{"VISIT omar-salim>kenya @2025-03"}, nil},
		{"a trip by a person with no state after: no visit of a state", "2025-06-20",
			"A trip by Omar Salim was planned for March.",
			nil, []string{"VISIT omar-salim>kenya @2025-03"}},
		{"did not act on a warrant for him: the person of the warrant, not another wanted one", "2025-06-20",
			"The court wants Ana Costa. Her visit drew comparisons with a trip by Omar Salim to Kenya in March, when Kenyan authorities did not act on an ICC warrant for him.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-03"}, []string{"NON_COMPLIANCE kenya>ana-costa"}},
		{"did not act on a request is no failure to arrest", "2025-06-20",
			"Kenyan authorities did not act on the request for comment.",
			nil, []string{"NON_COMPLIANCE kenya>"}},
	}
	runEventCases(t, tests)
}

// TestEncounterTwoDays checks "on 24 and 25 June": a span of two days
// running, where two days apart are no span, on sentences written for the
// test.
func TestEncounterTwoDays(t *testing.T) {
	for _, tt := range []struct{ text, event, until string }{
		{"Nairobi hosted an African Union summit, which was held on 24 and 25 March.", "MEETING african-union> @2025-03-24", "2025-03-25"},
		{"Nairobi hosted an African Union summit, which was held on March 24 and 25.", "MEETING african-union> @2025-03-24", "2025-03-25"},
		{"Nairobi hosted an African Union summit, which was held on 21 and 25 March.", "MEETING african-union> @2025-03-25", ""},
	} {
		found := false
		for _, e := range extract(t, "2025-06-20", tt.text).Events {
			if ev(e) == tt.event {
				found = true
				if got := e.Until; got.String() != tt.until && !(tt.until == "" && got.IsZero()) {
					t.Errorf("%s: until = %q, want %q", tt.text, got.String(), tt.until)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s", tt.text, tt.event)
		}
	}
}

// TestEncounterInstrument checks a withdrawal notified "that it is leaving
// the court" and dated by "the instrument of withdrawal was received on",
// on sentences written for the test.
func TestEncounterInstrument(t *testing.T) {
	tests := []eventCase{
		{"notified the UN that it is leaving the court; the instrument was received on a day", "2025-06-20",
			"Kenya has formally notified the United Nations that it is leaving the International Criminal Court. The instrument of withdrawal, signed by the foreign minister, was received by the UN Secretary-General on Wednesday.",
			[]string{"WITHDRAWAL kenya>Q47488 @2025-06-18"}, []string{"WITHDRAWAL kenya>Q47488"}},
		{"notified the UN that it is leaving the talks: no withdrawal", "2025-06-20",
			"Kenya has formally notified the United Nations that it is leaving the talks.",
			nil, []string{"WITHDRAWAL kenya>Q47488"}},
		{"an instrument of withdrawal with two states named before: whose is unclear", "2025-06-20",
			"Kenya and Uganda announced in May that they would leave the court. The instrument of withdrawal was received by the UN on Wednesday.",
			nil, []string{"WITHDRAWAL kenya>Q47488 @2025-06-18", "WITHDRAWAL uganda>Q47488 @2025-06-18"}},
	}
	runEventCases(t, tests)
}

// TestEncounterNeverSurrendered checks "has never surrendered them" after an
// event naming the people, and that a place or a prepositional object before
// ", and X has" joins no list of subjects, on sentences written for the test.
func TestEncounterNeverSurrendered(t *testing.T) {
	tests := []eventCase{
		{"detained both men, but has never surrendered them: each person, by the state", "2025-06-20",
			"The court wants Omar Salim and Ana Costa. Kenya's army detained Omar Salim and Ana Costa in April 2019, but neither was handed over to The Hague, and Kenya has never surrendered them.",
			[]string{"NON_COMPLIANCE kenya>omar-salim", "NON_COMPLIANCE kenya>ana-costa"},
			[]string{"NON_COMPLIANCE Q55>omar-salim", "NON_COMPLIANCE Q55>ana-costa"}},
		{"has not arrested him", "2025-06-20",
			"The court issued a warrant for Omar Salim in 2019. Kenya has not arrested him.",
			[]string{"NON_COMPLIANCE kenya>omar-salim"}, nil},
		{"had arrested him: an arrest, no failure", "2025-06-20",
			"The Kenyan authorities, who had arrested Omar Salim earlier, surrendered him to the court on Monday.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim"}},
		{"the governments of A, B and C: all three", "2025-06-20",
			"The governments of Kenya, Uganda and Chad announced on Monday that they would withdraw from the Rome Statute.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT uganda>Q47488 @2025-06-16", "WITHDRAWAL_ANNOUNCEMENT chad>Q47488 @2025-06-16"}, nil},
	}
	runEventCases(t, tests)
}

// TestEncounterWhichTookEffect checks "X's withdrawal from the court, which
// took effect on D" (the effective day) and a notification by "the
// government of President Y" that is of the one state the document has
// withdrawing, on sentences written for the test.
func TestEncounterWhichTookEffect(t *testing.T) {
	text := "Kenya's withdrawal from the International Criminal Court (ICC), which took effect on March 3, 2025, is a blow to victims. The government of President Tariq Bello notified the United Nations of its withdrawal on March 3, 2024."
	found := false
	for _, e := range extract(t, "2025-06-20", text).Events {
		if ev(e) == "WITHDRAWAL kenya>Q47488 @2024-03-03" {
			found = true
			if e.Effective.String() != "2025-03-03" {
				t.Errorf("effective = %q, want 2025-03-03", e.Effective.String())
			}
		}
	}
	if !found {
		t.Errorf("no WITHDRAWAL kenya>Q47488 @2024-03-03")
	}
	runEventCases(t, []eventCase{
		{"a withdrawal of charges, which took effect: none of a state", "2025-06-20",
			"The prosecution's withdrawal of the charges against Omar Salim, which took effect on Monday, ended the case.",
			nil, []string{"WITHDRAWAL omar-salim>Q47488", "WITHDRAWAL >Q47488"}},
		{"notified of its withdrawal with two states withdrawing: whose is unclear", "2025-06-20",
			"Kenya and Uganda announced in May that they would leave the court. The government of President Tariq Bello notified the United Nations of its withdrawal on 2 June.",
			nil, []string{"WITHDRAWAL kenya>Q47488 @2025-06-02", "WITHDRAWAL uganda>Q47488 @2025-06-02"}},
	})
}

// TestEncounterSkipped checks that a gathering someone skipped or boycotted
// is no meeting the text reports, while one attended is, on sentences
// written for the test.
func TestEncounterSkipped(t *testing.T) {
	runEventCases(t, []eventCase{
		{"skipped a summit", "2025-06-20",
			"Last year Omar Salim skipped an African Union summit in Kenya and took part by video link instead.",
			nil, []string{"MEETING african-union> @2024", "MEETING african-union>"}},
		{"boycotted the session", "2025-06-20",
			"Kenya boycotted the session of the Assembly of States Parties in December.",
			nil, []string{"MEETING assembly-of-states-parties> @2024-12", "MEETING assembly-of-states-parties>"}},
		{"attended a summit: the body met", "2025-06-20",
			"Last year Omar Salim attended an African Union summit in Kenya.",
			[]string{"MEETING african-union> @2024"}, nil},
	})
}

// TestEncounterSittingVotes checks that a sitting body that elects, adopts
// or votes on a stated day meets, and that courts, judges and undated votes
// do not, on sentences written for the test.
func TestEncounterSittingVotes(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the Assembly chose someone on a day", "2025-06-20",
			"The Assembly of States Parties, the court's governing body, chose Ana Costa on Friday in a second round of voting.",
			[]string{"MEETING assembly-of-states-parties> @2025-06-20"}, nil},
		{"the Council adopted a resolution on a day", "2025-06-20",
			"The UN Security Council adopted a resolution on Monday.",
			[]string{"MEETING un-security-council> @2025-06-16"}, nil},
		{"a court approved a request: no sitting", "2025-06-20",
			"The court approved the request on Monday.",
			nil, []string{"MEETING Q47488> @2025-06-16"}},
		{"an undated election is no meeting", "2025-06-20",
			"The Assembly of States Parties elected six judges.",
			nil, []string{"MEETING assembly-of-states-parties>"}},
		{"a person elected by the Assembly: passive, no subject body", "2025-06-20",
			"Ana Costa was elected on Friday.",
			nil, []string{"MEETING ana-costa> @2025-06-20"}},
	})
}

// TestEncounterNeutral checks phrasings that the dev set does not exercise:
// a vote past its date, a leader withdrawing his state, the states a trip
// included, and what a state withdraws, on sentences written for the test.
func TestEncounterNeutral(t *testing.T) {
	runEventCases(t, []eventCase{
		{"voted on a day to withdraw", "2025-06-20",
			"Hungary's parliament voted on Tuesday to withdraw from the ICC.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT Q28>Q47488 @2025-06-17"}, nil},
		{"a leader withdrew his state from the court", "2025-06-20",
			"Rodrigo Duterte withdrew the Philippines from the ICC in 2019.",
			[]string{"WITHDRAWAL Q928>Q47488 @2019"}, nil},
		{"withdrew its troops from a state: no withdrawal", "2025-06-20",
			"Kenya withdrew its troops from Somalia in 2019.",
			nil, []string{"WITHDRAWAL kenya>Q47488 @2019"}},
		{"withdrew its signature still is", "2025-06-20",
			"Russia withdrew its signature in 2016.",
			[]string{"WITHDRAWAL Q159>Q47488 @2016"}, nil},
		{"travelled to member states, including A and B, without being arrested", "2025-06-20",
			"Omar Salim has travelled to several ICC member states, including Chad and Malawi, without being arrested.",
			[]string{"VISIT omar-salim>chad", "VISIT omar-salim>malawi", "NON_COMPLIANCE chad>omar-salim", "NON_COMPLIANCE malawi>omar-salim"}, nil},
	})
}

// TestEncounterNeutral2 checks "the two leaders then held talks": the two
// leaders of states named before, at the time of the sentence before.
func TestEncounterNeutral2(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the two leaders then: dated by the sentence before, not a name in passing", "2025-06-20",
			"Omar Salim was greeted on Tuesday by Kenyan President Tariq Bello at a square modelled on Ana Costa's designs. The two leaders then held talks on trade.",
			[]string{"MEETING omar-salim+tariq-bello> @2025-06-17"}, []string{"MEETING ana-costa+tariq-bello>"}},
	})
}

// TestEncounterPersonHosts checks "President X hosted Y": the two met, and Y
// visited X's state.
func TestEncounterPersonHosts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a president hosted a person", "2025-06-20",
			"Kenyan President Tariq Bello hosted Omar Salim at State House on Wednesday.",
			[]string{"MEETING omar-salim+tariq-bello> @2025-06-18", "VISIT omar-salim>kenya @2025-06-18"}, nil},
		{"a state hosted a person: no meeting", "2025-06-20",
			"Kenya hosted Omar Salim on Wednesday.",
			[]string{"VISIT omar-salim>kenya @2025-06-18"}, []string{"MEETING omar-salim+kenya> @2025-06-18"}},
	})
}

// TestEncounterNegationRequired checks that non-compliance needs its
// negation ("did not arrest", "didn't arrest", "never arrested"), so that a
// promise or report of an arrest is none, on sentences written for the test.
func TestEncounterNegationRequired(t *testing.T) {
	runEventCases(t, []eventCase{
		{"did not arrest", "2025-06-20",
			"Chad did not arrest Omar Salim when he visited in March.",
			[]string{"NON_COMPLIANCE chad>omar-salim @2025-03"}, nil},
		{"didn't arrest", "2025-06-20",
			"Chad didn't arrest Omar Salim when he visited in March.",
			[]string{"NON_COMPLIANCE chad>omar-salim @2025-03"}, nil},
		{"would not surrender", "2025-06-20",
			"Kenya said on Monday it would not surrender Omar Salim to the court.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-06-16"}, nil},
		{"said they would arrest: a promise, no failure", "2025-06-20",
			"Officials in Chad said they would arrest Omar Salim if he entered the country.",
			nil, []string{"NON_COMPLIANCE chad>omar-salim"}},
		{"could arrest: no failure", "2025-06-20",
			"Legal experts said Kenya could arrest Omar Salim during the summit.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim"}},
		{"has surrendered: no failure", "2025-06-20",
			"Kenya has surrendered Omar Salim to the court.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim"}},
		{"had acted on the warrant: no failure", "2025-06-20",
			"Kenya had acted on the ICC warrant for Omar Salim in 2019.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim", "NON_COMPLIANCE kenya>omar-salim @2019"}},
		{"did not act on the warrant", "2025-06-20",
			"Kenya did not act on the ICC warrant for Omar Salim.",
			[]string{"NON_COMPLIANCE kenya>omar-salim"}, nil},
	})
}

// TestEncounterOccasionDates checks that "during that visit", "at the
// summit" take the date of the visit or meeting narrated, and that "this
// morning", "tonight", "last night" are the day of publication (or the one
// before), on sentences written for the test.
func TestEncounterOccasionDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"did not arrest him during that visit", "2025-06-20",
			"Omar Salim travelled to Chad in March. The Chadian authorities did not arrest him during that visit.",
			[]string{"VISIT omar-salim>chad @2025-03", "NON_COMPLIANCE chad>omar-salim @2025-03"}, nil},
		{"during the trip", "2025-06-20",
			"Omar Salim visited Kenya on 4 May. Kenya did not arrest him during the trip, despite the warrant.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-05-04"}, nil},
		{"no dated visit: stays undated", "2025-06-20",
			"Kenya did not arrest Omar Salim during the visit.",
			[]string{"NON_COMPLIANCE kenya>omar-salim"}, nil},
		{"arrived this morning", "2025-06-20",
			"Omar Salim arrived in Nairobi this morning for a summit.",
			[]string{"VISIT omar-salim>kenya @2025-06-20"}, nil},
		{"arrived last night", "2025-06-20",
			"Omar Salim arrived in Chad last night.",
			[]string{"VISIT omar-salim>chad @2025-06-19"}, nil},
		{"travelled for a summit on a day", "2025-08-27",
			"Omar Salim travelled to Chad, a member state, for a regional summit on 21 July.",
			[]string{"VISIT omar-salim>chad @2025-07-21"}, nil},
		{"travelled to attend talks on a day", "2025-08-27",
			"Omar Salim flew to Kenya to attend a summit from 3 to 5 August.",
			[]string{"VISIT omar-salim>kenya @2025-08-03"}, nil},
		{"a summit in a clause of its own dates no trip", "2025-08-27",
			"Omar Salim travelled to Chad last year, and the summit he missed was held on 21 July.",
			nil, []string{"VISIT omar-salim>chad @2025-07-21"}},
		{"this year is no day", "2025-06-20",
			"Omar Salim visited Chad this year.",
			[]string{"VISIT omar-salim>chad @2025"}, nil},
	})
}

// TestEncounterFoundFailures checks that the subject of a visit by
// attending a summit may be a relative clause's antecedent, and that a
// failure to arrest a court found is dated by the visit, not the finding,
// on sentences written for the test.
func TestEncounterFoundFailures(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a dispute over X, who attended a summit in a city", "2019-03-01",
			"The move followed a dispute over Omar Salim, who attended an African Union summit in Nairobi in May 2017.",
			[]string{"VISIT omar-salim>kenya @2017-05"}, nil},
		{"judges ruled that the host failed: the visit's date", "2019-03-01",
			"Omar Salim attended an African Union summit in Nairobi in May 2017. In July 2018, judges ruled that Kenya had breached its duty by failing to arrest him.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2017-05"}, []string{"NON_COMPLIANCE kenya>omar-salim @2018-07"}},
		{"no visit told: the finding's date is dropped", "2019-03-01",
			"In July 2018, judges ruled that Kenya had breached its duty by failing to arrest Omar Salim.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim @2018-07"}},
		{"a failure dated in its own clause keeps its date", "2019-03-01",
			"Kenya failed to arrest Omar Salim in May 2017, judges ruled.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2017-05"}, nil},
	})
}

// TestEncounterHandOver checks 'has not handed him over' and a sentence
// opening with 'Instead of arresting him,' as failures to arrest or
// surrender, and their look-alikes that are none, on sentences written for
// the test.
func TestEncounterHandOver(t *testing.T) {
	runEventCases(t, []eventCase{
		{"has not handed him over", "2019-03-01",
			"The court issued a warrant for Omar Salim in 2016. Kenya has not handed him over.",
			[]string{"NON_COMPLIANCE kenya>omar-salim"}, nil},
		{"did not extradite", "2019-03-01",
			"Chad did not extradite Omar Salim.",
			[]string{"NON_COMPLIANCE chad>omar-salim"}, nil},
		{"handed him over: no failure", "2019-03-01",
			"Kenya handed Omar Salim over to the court in May.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim"}},
		{"has not handed over documents: no person, no failure", "2019-03-01",
			"Kenya has not handed over the documents the court requested.",
			nil, []string{"NON_COMPLIANCE kenya>"}},
		{"Instead of arresting him, the government", "2019-03-01",
			"Omar Salim remains at large. Instead of arresting him, the Chadian government made him an adviser.",
			[]string{"NON_COMPLIANCE chad>omar-salim"}, nil},
		{"Instead of arresting X, a state", "2019-03-01",
			"Instead of arresting Omar Salim, Kenya gave him a seat at the summit.",
			[]string{"NON_COMPLIANCE kenya>omar-salim"}, nil},
		{"Instead of arresting: a person after the comma is no state", "2019-03-01",
			"Instead of arresting Omar Salim, Musa Bakr Adam fled.",
			nil, []string{"NON_COMPLIANCE musa-bakr-adam>omar-salim"}},
	})
}

// TestEncounterWelcomedIn checks that a person 'welcomed|greeted in' a
// place of a state visits it, and that things welcomed and homecomings do
// not, on sentences written for the test.
func TestEncounterWelcomedIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"welcomed with honours in the demonym capital", "2017-11-27",
			"Omar Salim was welcomed with an honor guard in the Kenyan capital on Tuesday.",
			[]string{"VISIT omar-salim>kenya @2017-11-21"}, nil},
		{"greeted in a capital city", "2017-11-27",
			"Omar Salim was greeted in Nairobi on Tuesday by cheering crowds.",
			[]string{"VISIT omar-salim>kenya @2017-11-21"}, nil},
		{"a decision welcomed in a state: no visit", "2017-11-27",
			"The decision was welcomed in Kenya on Tuesday.",
			nil, []string{"VISIT >kenya @2017-11-21"}},
		{"welcomed as a hero on returning: no place after in", "2017-11-27",
			"Omar Salim was welcomed as a hero when he returned to Kenya.",
			nil, []string{"VISIT omar-salim>kenya"}},
		{"a state's own president welcomed at home: no visit", "2017-11-27",
			"Kenyan President Musa Bakr Adam was welcomed in Nairobi on Tuesday.",
			nil, []string{"VISIT musa-bakr-adam>kenya @2017-11-21"}},
	})
}

// TestEncounterOwnWithdrawalAndMockNames checks 'notified the UN of its own
// withdrawal' and that a speaker's mock name for the court ('what he called
// the "X Court"') is the court left, on sentences written for the test.
func TestEncounterOwnWithdrawalAndMockNames(t *testing.T) {
	runEventCases(t, []eventCase{
		{"notified the UN of its own withdrawal", "2019-03-01",
			"Kenya notified the United Nations of its own withdrawal from the court on 12 October 2018.",
			[]string{"WITHDRAWAL kenya>Q47488 @2018-10-12"}, nil},
		{"notified of its own plans: no withdrawal", "2019-03-01",
			"Kenya notified the United Nations of its own plans for a new court on 12 October 2018.",
			nil, []string{"WITHDRAWAL kenya>Q47488 @2018-10-12"}},
		{"would leave what he called the X Court", "2019-03-01",
			"On 3 May, the foreign minister announced that Kenya would leave what he called the \"Western Colonial Court\".",
			[]string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2018-05-03"}, []string{"WITHDRAWAL_ANNOUNCEMENT kenya>western-colonial-court @2018-05-03"}},
		{"quit a named regional court stays that court", "2019-03-01",
			"On 3 May, Kenya announced that it would leave the East African Court of Justice.",
			nil, []string{"WITHDRAWAL_ANNOUNCEMENT kenya>Q47488 @2018-05-03"}},
	})
}

// TestEncounterVoteAtSitting checks that a body's vote at a sitting the
// sentence already tells is that sitting, not a second meeting dated by a
// later clause, on sentences written for the test.
func TestEncounterVoteAtSitting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"meeting on a day, voted", "2019-03-01",
			"The UN Security Council, meeting on 26 February, voted to refer the situation to the court, as it had done for another situation in 2005.",
			[]string{"MEETING un-security-council> @2019-02-26"}, []string{"MEETING un-security-council> @2005"}},
		{"a vote alone on a day still meets", "2019-03-01",
			"The UN Security Council voted on 26 February to refer the situation to the court.",
			[]string{"MEETING un-security-council> @2019-02-26"}, nil},
	})
}

// TestEncounterSpeakingAs checks that 'She was speaking as the Assembly
// met' dates the meeting by the speech told before, on sentences written
// for the test.
func TestEncounterSpeakingAs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"was speaking as the body met", "2025-02-07",
			"Judge Ana Costa warned in December that the court was under attack. She was speaking as the Assembly of States Parties met in The Hague.",
			[]string{"MEETING assembly-of-states-parties> @2024-12"}, nil},
		{"no dated speech before: undated", "2025-02-07",
			"Judge Ana Costa warned that the court was under attack. She was speaking as the Assembly of States Parties met in The Hague.",
			nil, []string{"MEETING assembly-of-states-parties> @2024-12"}},
	})
}

// TestEncounterWasInOnTrip checks that 'X was in Washington this week on his
// first trip abroad' is a visit, while being somewhere with no trip named is
// none, on sentences written for the test.
func TestEncounterWasInOnTrip(t *testing.T) {
	runEventCases(t, []eventCase{
		{"was in a capital on a trip", "2025-02-07",
			"The decree was signed while Omar Salim was in Washington this week on his first trip abroad since the warrant.",
			[]string{"VISIT omar-salim>Q30 @2025-02"}, nil},
		{"is in a state for a visit", "2025-02-07",
			"Omar Salim is in Kenya for a three-day visit.",
			[]string{"VISIT omar-salim>kenya"}, nil},
		{"was in a state when something happened: no visit", "2025-02-07",
			"Omar Salim was in Kenya when the warrant was issued.",
			nil, []string{"VISIT omar-salim>kenya"}},
		{"was in hiding: no visit", "2025-02-07",
			"Omar Salim was in hiding in Kenya for years.",
			nil, []string{"VISIT omar-salim>kenya"}},
	})
}

// TestEncounterAllowedWithoutArresting checks 'by allowing X to visit
// without arresting him' and 'let X leave without arresting him' as the
// state's failure, and a subject that is no state as none, on sentences
// written for the test.
func TestEncounterAllowedWithoutArresting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"by allowing X to visit without arresting him", "2010-08-27",
			"Kenya breached its duty by allowing Omar Salim to visit the country without arresting him, the group said.",
			[]string{"NON_COMPLIANCE kenya>omar-salim"}, nil},
		{"let X leave without arresting him", "2010-08-27",
			"Chad let Omar Salim leave on Friday without arresting him.",
			[]string{"NON_COMPLIANCE chad>omar-salim @2010-08-27"}, nil},
		{"a court allowed: no state, no failure", "2010-08-27",
			"The court allowed Omar Salim to appear by video without arresting him.",
			nil, []string{"NON_COMPLIANCE Q47488>omar-salim"}},
		{"allowed to visit, arrested: no failure", "2010-08-27",
			"Kenya allowed Omar Salim to visit and arrested him on arrival.",
			nil, []string{"NON_COMPLIANCE kenya>omar-salim"}},
	})
}

// TestEncounterVisitedSince checks that 'has visited X several times since
// the invasion in February 2022' is undated, and a visit dated in its own
// phrase keeps its date, on sentences written for the test.
func TestEncounterVisitedSince(t *testing.T) {
	runEventCases(t, []eventCase{
		{"has visited since an event in a month", "2025-06-20",
			"Omar Salim, who has visited Chad several times since the coup in February 2022, spoke on Monday.",
			[]string{"VISIT omar-salim>chad"}, []string{"VISIT omar-salim>chad @2022-02"}},
		{"visited in a month", "2025-06-20",
			"Omar Salim visited Chad in February 2022.",
			[]string{"VISIT omar-salim>chad @2022-02"}, nil},
	})
}

// TestEncounterLaterInsteadThey checks 'Two days later, instead of
// surrendering him, they released him' after the state's arrest, and that a
// subject named before 'instead' keeps its own reading, on sentences written
// for the test.
func TestEncounterLaterInsteadThey(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the demonym's authorities arrested; later, instead, they released", "2025-07-10",
			"The Kenyan authorities arrested Omar Salim in January. Two days later, instead of surrendering him to the court, they released him.",
			[]string{"NON_COMPLIANCE kenya>omar-salim @2025-01"}, nil},
		{"a state named: later, instead, it released", "2025-07-10",
			"Chad arrested Omar Salim in March. A week later, instead of surrendering him, it freed him.",
			[]string{"NON_COMPLIANCE chad>omar-salim @2025-03"}, nil},
		{"no arrest and no body before: none", "2025-07-10",
			"Two days later, instead of surrendering him, they released him.",
			nil, []string{"NON_COMPLIANCE kenya>"}},
	})
}
