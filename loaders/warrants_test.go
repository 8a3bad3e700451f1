package loaders_test

import "testing"

// TestWarrantPhrasings checks phrasings of arrest warrants and warrant
// requests on sentences written for the test (none of them is in the dev
// set): who is wanted, who asked, and when. want lists events that must be
// found; none lists events that must not.
func TestWarrantPhrasings(t *testing.T) {
	tests := []eventCase{
		// a person's possessive before an act: the person acted on
		{"a warrant for X's arrest", "2025-06-20",
			"Dominic Ongwen was a commander of the LRA. The court issued a warrant for Ongwen's arrest in July 2005.",
			[]string{"ARREST_WARRANT Q47488>dominic-ongwen @2005-07"}, nil},
		{"ordered X's arrest", "2024-01-10",
			"A Russian court ordered Karim Khan's arrest in May 2023.",
			[]string{"ARREST_WARRANT Q159>karim-khan @2023-05"}, nil},
		{"X's lawyers are no act on X", "2025-06-20",
			"Joseph Kony's lawyers said on Monday that the court had no case.",
			nil, []string{"ARREST_WARRANT Q47488>joseph-kony"}},
		{"a hedged warrant for X's arrest", "2025-06-20",
			"The judges may issue a warrant for Kony's arrest after Joseph Kony fails to appear.",
			nil, []string{"ARREST_WARRANT Q47488>joseph-kony"}},
		// a court seeking an arrest enforces its warrant
		{"the court seeks the arrest of X, for whom a warrant was issued", "2025-06-20",
			"The Court is still seeking the arrest of Joseph Kony, the founder of the LRA, for whom a warrant was issued in July 2005.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2005-07"},
			[]string{"WARRANT_REQUEST Q47488>joseph-kony @2005-07", "ARREST_WARRANT Q47488>lord-s-resistance-army @2005-07"}},
		{"a prosecutor seeking an arrest asks for a warrant", "2024-05-21",
			"Prosecutor Karim Khan on Monday sought the arrest of Yoav Gallant.",
			[]string{"WARRANT_REQUEST karim-khan>yoav-gallant @2024-05-20"}, nil},
		// lists of the wanted
		{"a group followed by its members after a colon", "2025-06-20",
			"Judges issued warrants in May 2012 for Bosco Ntaganda and three other militia commanders: Sylvestre Mudacumura, Callixte Mbarushimana and Germain Katanga.",
			[]string{"ARREST_WARRANT Q47488>bosco-ntaganda @2012-05", "ARREST_WARRANT Q47488>sylvestre-mudacumura @2012-05",
				"ARREST_WARRANT Q47488>callixte-mbarushimana @2012-05", "ARREST_WARRANT Q47488>germain-katanga @2012-05"},
			[]string{"ARREST_WARRANT Q47488>militia-commanders @2012-05"}},
		{"a group followed by 'among them'", "2024-05-21",
			"On Monday the prosecutor Karim Khan asked judges to issue warrants for Yoav Gallant and three leaders of Hamas, among them Mohammed Deif.",
			[]string{"WARRANT_REQUEST karim-khan>yoav-gallant @2024-05-20", "WARRANT_REQUEST karim-khan>mohammed-deif @2024-05-20"},
			[]string{"WARRANT_REQUEST karim-khan>hamas-leaders @2024-05-20"}},
		{"a kinship title before a name", "2025-06-20",
			"The court issued warrants on Monday for Omar al-Bashir, his brother Ali Bashir and his deputy Ahmad Harun.",
			[]string{"ARREST_WARRANT Q47488>omar-al-bashir @2025-06-16", "ARREST_WARRANT Q47488>ali-bashir @2025-06-16", "ARREST_WARRANT Q47488>ahmad-harun @2025-06-16"}, nil},
		{"a hyphenated title before a name", "2025-06-20",
			"Karim Khan on Monday requested warrants for Benjamin Netanyahu, his then-defence minister Yoav Gallant.",
			[]string{"WARRANT_REQUEST karim-khan>Q43723 @2025-06-16", "WARRANT_REQUEST karim-khan>yoav-gallant @2025-06-16"}, nil},
		{"'and for' repeats the preposition", "2025-06-20",
			"On Monday the judges issued warrants for Ahmad Harun and for the militia's leader, Ali Kushayb.",
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2025-06-16", "ARREST_WARRANT Q47488>ali-muhammad-ali-abd-al-rahman @2025-06-16"}, nil},
		{"the speaker after a list is no member", "2025-06-20",
			"The court issued a warrant for Joseph Kony on Monday, his lawyer Peter Haynes said.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-06-16"}, []string{"ARREST_WARRANT Q47488>peter-haynes @2025-06-16"}},
		{"an appositive closed by a comma describes the person before", "2025-06-20",
			"The court issued a warrant on Monday for Joseph Kony, the group's leader, and the judges said more would follow.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-06-16"}, []string{"ARREST_WARRANT Q47488>Q47488 @2025-06-16"}},
		// requests stated with the warrant they led to
		{"issued at the request of the prosecutor, who applied for it", "2025-06-20",
			"The court issued a warrant for Ahmad Harun in April 2007 at the request of Prosecutor Luis Moreno Ocampo, who had applied for it in February 2007.",
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2007-04", "WARRANT_REQUEST luis-moreno-ocampo>ahmad-harun @2007-02"}, nil},
		{"the warrants were issued following applications by the prosecutor", "2025-06-20",
			"On Monday the judges issued warrants for Ahmad Harun and Ali Kushayb. The warrants were issued following applications filed by Prosecutor Karim Khan in March.",
			[]string{"WARRANT_REQUEST karim-khan>ahmad-harun @2025-03", "WARRANT_REQUEST karim-khan>ali-muhammad-ali-abd-al-rahman @2025-03"}, nil},
		{"an arrest at a state's request asks for no warrant", "2025-06-20",
			"Joseph Kony was arrested in Germany on Monday at the request of Uganda.",
			nil, []string{"WARRANT_REQUEST uganda>joseph-kony", "WARRANT_REQUEST uganda>joseph-kony @2025-06-16"}},
		{"a warrant not yet issued is no request's warrant", "2025-06-20",
			"The judges will decide whether to issue a warrant for Joseph Kony following an application by Prosecutor Karim Khan.",
			nil, []string{"WARRANT_REQUEST karim-khan>joseph-kony", "ARREST_WARRANT Q47488>joseph-kony"}},
		{"asked for the counted warrants named before", "2025-06-20",
			"The court issued warrants on Monday for Ahmad Harun and Ali Kushayb. Prosecutor Karim Khan had asked for the two warrants on 2 May.",
			[]string{"WARRANT_REQUEST karim-khan>ahmad-harun @2025-05-02", "WARRANT_REQUEST karim-khan>ali-muhammad-ali-abd-al-rahman @2025-05-02"}, nil},
	}
	runEventCases(t, tests)
}
