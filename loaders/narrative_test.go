package loaders_test

import "testing"

// TestNarrativeDates checks dates counted from the narrative time, the last
// date an earlier sentence or clause named, rather than from publication:
// "of that year", "the following week", "two months later", "the next day".
func TestNarrativeDates(t *testing.T) {
	tests := []struct{ name, published, text, want string }{
		{"of that year", "2025-08-26",
			"The campaign began in 2019. Human Rights Watch condemned the court on March 3 of that year.",
			"STATEMENT human-rights-watch>Q47488 @2019-03-03"},
		{"that year", "2025-08-26",
			"Burundi left the court in 2017. Human Rights Watch condemned Burundi that year.",
			"STATEMENT human-rights-watch>burundi @2017"},
		{"the following week", "2025-08-26",
			"Hungary withdrew from the Rome Statute on 2 June 2025. Viktor Orban was sanctioned by the United States the following week.",
			"SANCTION Q30>viktor-orban @2025-06"},
		{"months later", "2025-08-26",
			"Germany arrested Abu Karim in January 2021. Germany surrendered Abu Karim to the court three months later.",
			"SURRENDER germany>abu-karim @2021-04"},
		{"days later, from a month", "2025-08-26",
			"Germany arrested Abu Karim in January 2021. Germany surrendered Abu Karim to the court days later.",
			"SURRENDER germany>abu-karim @2021-01"},
		{"the next day", "2025-08-26",
			"Germany arrested Abu Karim on 4 May 2021. Germany surrendered Abu Karim to the court the next day.",
			"SURRENDER germany>abu-karim @2021-05-05"},
		{"the same day", "2025-08-26",
			"Judges issued a warrant for Abu Karim on 4 May 2021. A second warrant, for Omar Salim, was issued by the ICC the same day.",
			"ARREST_WARRANT Q47488>omar-salim @2021-05-04"},
		{"a year named in the clause", "2025-08-26",
			"The United States designated Omar Salim on March 2, 2020, and on Sept. 9 it sanctioned Abu Karim.",
			"SANCTION Q30>abu-karim @2020-09-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventSet(extract(t, tt.published, tt.text))
			if !got[tt.want] {
				t.Errorf("want %s, got %v", tt.want, got)
			}
		})
	}
}

// TestClauseDates checks that a date opening a coordinated clause dates
// that clause, not the one before it.
func TestClauseDates(t *testing.T) {
	tests := []eventCase{
		{"and on DATE", "2025-08-26",
			"Germany arrested Omar Salim, and on May 5 it surrendered him to the court.",
			[]string{"ARREST germany>omar-salim", "SURRENDER germany>omar-salim @2025-05-05"},
			[]string{"ARREST germany>omar-salim @2025-05-05"}},
		{"a date after the object stays", "2025-08-26",
			"Germany arrested Omar Salim on May 5 and surrendered him to the court.",
			[]string{"ARREST germany>omar-salim @2025-05-05"}, nil},
	}
	runEventCases(t, tests)
}

// TestRoleMechanisms checks role assignment that does not hang on one
// phrasing: coordinated passives, titles with a complement, references to
// executive orders, counted groups with their members after a colon, and
// "the administration".
func TestRoleMechanisms(t *testing.T) {
	tests := []eventCase{
		{"coordinated passive shares its subject", "2025-08-26",
			"Omar Salim was detained in Germany in March 2021 and extradited to The Hague weeks later.",
			[]string{"ARREST germany>omar-salim @2021-03", "SURRENDER germany>omar-salim @2021-03"}, nil},
		{"coordinated passive with a subject of its own", "2025-08-26",
			"Omar Salim was detained in Germany and France transferred Abu Karim to the court.",
			[]string{"SURRENDER france>abu-karim"}, []string{"SURRENDER germany>abu-karim", "SURRENDER germany>omar-salim"}},
		{"title with for", "2025-08-26",
			"The UN Special Envoy for Human Rights Volker Turk on Monday condemned the sanctions.",
			[]string{"STATEMENT volker-turk> @2025-08-25"}, []string{"STATEMENT Q1065> @2025-08-25"}},
		{"under an executive order", "2025-08-26",
			"The Treasury sanctioned two judges of the court under Executive Order 14203 on Tuesday.",
			nil, []string{"EXECUTIVE_ORDER Q47488>", "EXECUTIVE_ORDER Q47488>Q47488"}},
		{"an executive order aims at the court", "2025-08-26",
			"President Donald Trump signed an executive order on Thursday.",
			[]string{"EXECUTIVE_ORDER Q22686>Q47488 @2025-08-21"}, nil},
		{"counted group before a colon", "2025-08-26",
			"On Monday the United States sanctioned three more officials of the court under its new rules: Judge Ana Costa of Brazil and Judge Omar Salim of Egypt.",
			[]string{"SANCTION Q30>ana-costa @2025-08-25", "SANCTION Q30>omar-salim @2025-08-25"}, nil},
		{"a possessor is no subject", "2025-08-26",
			"Kenya's government let Sudan's leader, Omar al-Bashir, leave the country on Monday instead of arresting him.",
			[]string{"NON_COMPLIANCE kenya>omar-al-bashir @2025-08-25"}, []string{"NON_COMPLIANCE Q1049>omar-al-bashir @2025-08-25"}},
		{"the administration that acted last", "2025-08-26",
			"The United States sanctioned Omar Salim in May. Benjamin Netanyahu praised the step. In July, the administration sanctioned Ana Costa.",
			[]string{"SANCTION Q30>ana-costa @2025-07"}, []string{"SANCTION Q801>ana-costa @2025-07"}},
		{"adding someone is no speech", "2025-08-26",
			"In July, the United States added Ana Costa, a UN expert.",
			nil, []string{"STATEMENT Q30> @2025-07"}},
		{"a dateline dates nothing", "2025-08-26",
			"GENEVA, Aug 26 (AFP) - The ICC has issued a warrant for Omar Salim, the court said on Tuesday.",
			[]string{"ARREST_WARRANT Q47488>omar-salim"}, []string{"ARREST_WARRANT Q47488>omar-salim @2025-08-26"}},
		{"the warrants were issued", "2025-08-26",
			"The ICC has issued warrants for Omar Salim and Ana Costa. The warrants were issued on Monday by Pre-Trial Chamber I.",
			[]string{"ARREST_WARRANT Q47488>omar-salim @2025-08-25", "ARREST_WARRANT Q47488>ana-costa @2025-08-25"}, nil},
		{"it after a preposition", "2025-08-26",
			"Omar Salim is the most senior official sought by the court since it issued a warrant for Ana Costa in May.",
			[]string{"ARREST_WARRANT Q47488>ana-costa @2025-05"}, nil},
		{"a hedge does not reach a following adjunct", "2025-08-26",
			"Senators threatened to sanction the court following the warrants issued by Pre-Trial Chamber I on 4 May for Omar Salim.",
			[]string{"ARREST_WARRANT Q47488>omar-salim @2025-05-04"}, nil},
		{"military titles and a relative clause in a list", "2025-08-26",
			"The court issued warrants for two officers, Major General Omar Salim, who led the Northern Fleet, and Admiral Ana Costa, then head of the Coastal Guard.",
			[]string{"ARREST_WARRANT Q47488>omar-salim", "ARREST_WARRANT Q47488>ana-costa"},
			[]string{"ARREST_WARRANT Q47488>northern-fleet", "ARREST_WARRANT Q47488>coastal-guard", "ARREST_WARRANT Q47488>major-general"}},
		{"a described member", "2025-08-26",
			"The court issued warrants for Omar Salim and his chief of the naval staff, Ana Costa.",
			[]string{"ARREST_WARRANT Q47488>omar-salim", "ARREST_WARRANT Q47488>ana-costa"}, nil},
		{"it in the next sentence", "2025-08-26",
			"Hungary said the court was biased. On 2 June it notified its withdrawal from the Rome Statute.",
			[]string{"WITHDRAWAL Q28>Q47488 @2025-06-02"}, nil},
		{"its government", "2025-08-26",
			"The announcement follows that of Niger. Its government announced in May that it would withdraw from the court.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT Q1032>Q47488 @2025-05"}, nil},
		{"it said in a relative clause names no speaker", "2025-08-26",
			"Ana Costa, an Italian lawyer, wrote a report. The report named companies that it said had profited.",
			nil, []string{"STATEMENT italy>"}},
		{"for whom a warrant was issued", "2025-08-26",
			"Omar Salim, for whom a warrant was issued on 3 March 2021, was arrested in Spain a week later.",
			[]string{"ARREST_WARRANT Q47488>omar-salim @2021-03-03", "ARREST spain>omar-salim @2021-03"}, nil},
		{"a state's court acts for the state", "2025-08-26",
			"Judge Ana Costa, against whom a Russian court issued an arrest warrant in 2023, spoke on Monday.",
			[]string{"ARREST_WARRANT Q159>ana-costa @2023"}, []string{"ARREST_WARRANT Q47488>ana-costa @2023"}},
		{"a visit to a state's organ", "2025-08-26",
			"Benjamin Netanyahu visited the White House on Tuesday.",
			[]string{"VISIT Q43723>Q30 @2025-08-26"}, nil},
		{"N days after a clause", "2025-08-26",
			"Kenya surrendered Omar Salim to the court on 17 November 2018, six days after the ICC had issued a warrant for his arrest.",
			[]string{"SURRENDER kenya>omar-salim @2018-11-17", "ARREST_WARRANT Q47488>omar-salim @2018-11-11"}, nil},
		{"the administration", "2025-08-26",
			"Donald Trump criticised the court in May. In July, the administration sanctioned Ana Costa.",
			[]string{"SANCTION Q30>ana-costa @2025-07"}, nil},
	}
	runEventCases(t, tests)
}

// TestConfidence checks that events are less sure when their parties come
// from a pronoun, from far away or from a guessed name.
func TestConfidence(t *testing.T) {
	conf := func(text, want string) float64 {
		t.Helper()
		for _, e := range extract(t, "2025-08-26", text).Events {
			if ev(e) == want {
				return e.Confidence
			}
		}
		t.Fatalf("no %s in %q", want, text)
		return 0
	}
	named := conf("Germany arrested Omar Salim on Monday.", "ARREST germany>omar-salim @2025-08-25")
	pronoun := conf("Omar Salim fled. Germany arrested him on Monday.", "ARREST germany>omar-salim @2025-08-25")
	if pronoun >= named {
		t.Errorf("confidence through a pronoun %.2f, want below %.2f", pronoun, named)
	}
	guessed := conf("Germany arrested Walter Brennig Okafu on Monday.", "ARREST germany>walter-brennig-okafu @2025-08-25")
	if guessed > named {
		t.Errorf("confidence with a guessed name %.2f, want at most %.2f", guessed, named)
	}
}
