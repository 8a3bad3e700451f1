package loaders_test

import "testing"

// TestProceedings checks the phrasings of court proceedings and custody
// (convictions, charges, criminal cases, arrests and surrenders) on
// sentences written for the test, none of them from the dev set. want lists
// events that must be found; none lists events that must not.
func TestProceedings(t *testing.T) {
	runEventCases(t, []eventCase{
		// a verdict and its sentence months later in the same year are two
		// convictions, not one
		{"verdict and sentence of one year", "2022-12-15",
			"Trial Chamber IV sentenced Joseph Kony to 20 years on 14 December 2022. He had been found guilty in April 2022 on 30 counts.",
			[]string{"CONVICTION Q47488>joseph-kony @2022-12-14", "CONVICTION Q47488>joseph-kony @2022-04"}, nil},
		{"the same verdict stated twice is one", "2022-12-15",
			"The court convicted Joseph Kony in April 2022. Kony was found guilty on 14 April 2022 of 30 counts.",
			[]string{"CONVICTION Q47488>joseph-kony @2022-04-14"}, []string{"CONVICTION Q47488>joseph-kony @2022-04"}},
	})
}
