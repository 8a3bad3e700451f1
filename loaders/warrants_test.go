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
	}
	runEventCases(t, tests)
}
