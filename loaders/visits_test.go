package loaders_test

import "testing"

// TestVisitPhrasings checks arrivals in cities that are not capitals, what
// is no visit, and who hands over whom, on sentences written for the test.
func TestVisitPhrasings(t *testing.T) {
	tests := []eventCase{
		{"landed in a capital", "2025-06-20",
			"Omar Salim landed in Nairobi on Monday evening.",
			[]string{"VISIT omar-salim>kenya @2025-06-16"}, nil},
		{"arrived in a city that is no capital", "2025-06-20",
			"Vladimir Putin arrived in Johannesburg on Tuesday for talks.",
			[]string{"VISIT Q7747>south-africa @2025-06-17"}, nil},
		{"travelled to a port city", "2025-06-20",
			"Ana Costa travelled to Mombasa on Wednesday.",
			[]string{"VISIT ana-costa>kenya @2025-06-18"}, nil},
		{"a person surrendered after landing visits nothing; the surrender keeps its date", "2025-06-20",
			"Omar Salim was arrested in Rome on Monday. The Italian authorities surrendered him to the court after he landed in Rotterdam on Thursday.",
			[]string{"SURRENDER italy>omar-salim @2025-06-19"}, []string{"VISIT omar-salim>Q55 @2025-06-19", "VISIT omar-salim>Q55"}},
		{"a trigger with no place takes no date from the clause after it", "2025-06-20",
			"Germany surrendered Omar Salim to the ICC after he landed there on Thursday.",
			[]string{"SURRENDER germany>omar-salim @2025-06-19"}, nil},
		{"by a demonym's officials is the state; he is the person the story is about, not the judge", "2025-06-20",
			"The court convicted Omar Salim on Monday. Presiding Judge Tariq Bello read the verdict. He was handed over to the ICC by Rwandan officials in March 2013.",
			[]string{"SURRENDER rwanda>omar-salim @2013-03"}, []string{"SURRENDER rwanda>tariq-bello @2013-03"}},
		{"arrested by a demonym's police", "2025-06-20",
			"Omar Salim was arrested by Nigerian police on Monday.",
			[]string{"ARREST nigeria>omar-salim @2025-06-16"}, nil},
		{"the authorities there are the state just named", "2025-06-20",
			"In May 2016 Omar Salim gave himself up in Mali, and the authorities there transferred him to the ICC later that month.",
			[]string{"SURRENDER Q912>omar-salim @2016-05"}, nil},
	}
	runEventCases(t, tests)
}
