package loaders_test

import "testing"

// TestMorePhrasings checks phrasings of non-compliance, visits, warrants,
// charges and cyber attacks beyond the basic ones, on sentences written for
// the test (none of them is in the dev set). want lists events that must be
// found; none lists events that must not.
func TestMorePhrasings(t *testing.T) {
	tests := []struct {
		name, published, text string
		want, none            []string
	}{
		{"by failing to arrest", "2025-03-14",
			"Tajikistan violated its duties under the Rome Statute by failing to arrest Vladimir Putin in October 2024.",
			[]string{"NON_COMPLIANCE tajikistan>Q7747 @2024-10"}, nil},
		{"welcomed without detaining, and the visit it implies", "2025-03-14",
			"Kenya welcomed Omar al-Bashir to a regional conference in Nairobi in August 2010 without detaining him.",
			[]string{"NON_COMPLIANCE kenya>omar-al-bashir @2010-08", "VISIT omar-al-bashir>kenya @2010-08"}, nil},
		{"hosted despite the warrant is a visit", "2025-06-20",
			"Tajikistan hosted Vladimir Putin in October 2024 despite the court's warrant.",
			[]string{"NON_COMPLIANCE tajikistan>Q7747 @2024-10", "VISIT Q7747>tajikistan @2024-10"}, nil},
		{"failed to arrest during his visit", "2025-06-20",
			"The judges found that Tajikistan had failed to arrest Vladimir Putin during his visit in October 2024.",
			[]string{"VISIT Q7747>tajikistan @2024-10"}, nil},
		{"no one visits their own state", "2025-06-20",
			"Tajikistan failed to arrest Vladimir Putin during a visit by the Russian president in October 2024.",
			[]string{"VISIT Q7747>tajikistan @2024-10"}, []string{"VISIT Q7747>Q159 @2024-10"}},
		{"an arrest without hosting implies no visit", "2025-06-20",
			"Germany did not arrest Vladimir Putin in 2024.",
			[]string{"NON_COMPLIANCE germany>Q7747 @2024"}, []string{"VISIT Q7747>germany @2024"}},
		{"ordered the arrest of", "2025-06-20",
			"The International Criminal Court ordered the arrest of Joseph Kony in 2005.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2005"}, nil},
		{"confirmed the charges brought against", "2025-06-20",
			"On 9 May the judges of Pre-Trial Chamber I confirmed the charges of war crimes brought against Joseph Kony.",
			[]string{"CHARGE Q47488>joseph-kony @2025-05-09"}, nil},
		{"cyber intrusions", "2025-06-20",
			"The International Criminal Court detected new cyber intrusions in May.",
			[]string{"CYBER_ATTACK >Q47488 @2025-05"}, nil},
		{"an outlet told is no speaker; she is the person before", "2025-06-20",
			"Judge Reine Alapini-Gansou told the BBC on Monday that the court would not bow. She said the judges would continue their work.",
			[]string{"STATEMENT reine-alapini-gansou>"}, []string{"STATEMENT bbc>"}},
		{"the Security Council of a state is not the UN's", "2025-06-20",
			"The Security Council of Russia said on Tuesday that the warrants were void.",
			[]string{"STATEMENT security-council-of-russia> @2025-06-17"}, []string{"STATEMENT un-security-council> @2025-06-17"}},
		{"a wire-service spelling", "2025-06-20",
			"Ukrainian President Volodymyr Zelenskiy said on Tuesday that the warrants were a step forward.",
			[]string{"STATEMENT volodymyr-zelensky> @2025-06-17"}, nil},
		{"a member listed beside a group does not replace it", "2025-06-20",
			"Belarus opened a criminal case against Karim Khan and three of the Court's judges in May 2024.",
			[]string{"CRIMINAL_CASE belarus>karim-khan @2024-05", "CRIMINAL_CASE belarus>icc-judges @2024-05"}, nil},
		{"its judges", "2025-06-20",
			"The ICC said that Belarus had opened a criminal case against two of its judges.",
			[]string{"CRIMINAL_CASE belarus>icc-judges"}, nil},
		{"a session not yet held is no meeting", "2025-06-20",
			"Rights groups urged states to act at the Assembly's next session in December.",
			nil, []string{"MEETING assembly-of-states-parties> @2024-12", "MEETING assembly-of-states-parties> @2025-12"}},
		{"Latin America is not the United States", "2025-06-20",
			"Colombia was the first state in Latin America to sign the agreement with the Court, Human Rights Watch said on Monday.",
			[]string{"STATEMENT human-rights-watch> @2025-06-16"}, []string{"STATEMENT Q30> @2025-06-16"}},
		{"a list part after 'as well as' and a plural title", "2025-06-20",
			"On Tuesday the United States designated Judges Ana Costa of Brazil and Omar Salim of Jordan, as well as Deputy Prosecutors Lena Vogt of Austria and Tariq Bello of Ghana.",
			[]string{"SANCTION Q30>ana-costa @2025-06-17", "SANCTION Q30>omar-salim @2025-06-17", "SANCTION Q30>lena-vogt @2025-06-17", "SANCTION Q30>tariq-bello @2025-06-17"}, nil},
		{"the court's two deputy prosecutors, a list after a count", "2025-06-20",
			"Last Monday, the United States sanctioned three more officials of the court: Judge Ana Costa of Brazil, and the Court's two Deputy Prosecutors, Lena Vogt of Austria and Tariq Bello of Ghana.",
			[]string{"SANCTION Q30>ana-costa @2025-06-16", "SANCTION Q30>lena-vogt @2025-06-16", "SANCTION Q30>tariq-bello @2025-06-16"}, nil},
		{"the X administration is X's state; added the same day", "2021-04-02",
			"The Trump administration designated Lena Vogt on Oct. 5 last year. Tariq Bello, her deputy, was added the same day.",
			[]string{"SANCTION Q30>lena-vogt @2020-10-05", "SANCTION Q30>tariq-bello @2020-10-05"}, []string{"STATEMENT tariq-bello>"}},
		{"added to the agenda is no sanction", "2025-06-20",
			"The United States sanctioned Lena Vogt on Monday. Ukraine was added to the agenda of the Assembly.",
			nil, []string{"SANCTION Q30>Q212"}},
		{"a name in apposition to a possessed title", "2025-06-20",
			"On Monday the International Criminal Court issued a warrant for the militia's former commander, Lena Vogt.",
			[]string{"ARREST_WARRANT Q47488>lena-vogt @2025-06-16"}, nil},
		{"a nationality described is no list member", "2025-06-20",
			"The United States sanctioned the court's registrar, Tariq Bello, a Canadian national, on Monday.",
			[]string{"SANCTION Q30>tariq-bello @2025-06-16"}, []string{"SANCTION Q30>canada @2025-06-16"}},
		{"a transliteration of a catalog name", "2025-07-09",
			"On July 8, 2025, the court issued warrants for Hebatullah Akhundzada.",
			[]string{"ARREST_WARRANT Q47488>hibatullah-akhundzada @2025-07-08"}, nil},
		{"talks between named people are one meeting of them both", "2025-06-20",
			"Karim Khan held talks with Ana Costa in Lisbon on Tuesday.",
			[]string{"MEETING ana-costa+karim-khan> @2025-06-17"}, []string{"MEETING karim-khan> @2025-06-17", "MEETING ana-costa> @2025-06-17"}},
		{"met with, after a demonym and title", "2025-06-20",
			"Russian President Vladimir Putin met with Tajik President Emomali Rahmon on Monday.",
			[]string{"MEETING Q7747+emomali-rahmon> @2025-06-16"}, nil},
		{"a body meeting keeps its own agent", "2025-06-20",
			"The UN Security Council met on Monday to discuss Darfur.",
			[]string{"MEETING un-security-council> @2025-06-16"}, nil},
		{"a capital opening the sentence acts; a month and day last year", "2025-06-20",
			"Nairobi deposited its notice of withdrawal with the United Nations on May 4 last year.",
			[]string{"WITHDRAWAL kenya>Q47488 @2024-05-04"}, nil},
		{"formally notified after an announcement is the withdrawal", "2025-06-20",
			"Venezuela's government announced in March that it would leave the court. It formally notified the Secretary-General on April 2.",
			[]string{"WITHDRAWAL_ANNOUNCEMENT venezuela>Q47488 @2025-03", "WITHDRAWAL venezuela>Q47488 @2025-04-02"}, nil},
		{"lodged its notice in a story of withdrawals", "2025-06-20",
			"Kenya notified its withdrawal in March. Uganda lodged its notice in April.",
			[]string{"WITHDRAWAL uganda>Q47488 @2025-04"}, nil},
		{"a notice of appeal or a notification is no withdrawal", "2025-06-20",
			"The defence lodged its notice of appeal on Monday. Kenya formally notified the court of the suspect's address on Tuesday.",
			nil, []string{"WITHDRAWAL kenya>Q47488 @2025-06-17"}},
		{"a passive speech verb has no speaker", "2025-06-20",
			"Omar Salim was welcomed with a guard of honour in Nairobi. Ana Costa is accused of ordering attacks on civilians. Lena Vogt was also criticized by rights groups.",
			nil, []string{"STATEMENT omar-salim>", "STATEMENT ana-costa>", "STATEMENT lena-vogt>"}},
		{"accused of after a name is no statement; accused X of is", "2025-06-20",
			"Tariq Bello, accused of war crimes, appeared in court. Ana Costa accused the court of bias on Monday.",
			[]string{"STATEMENT ana-costa>Q47488 @2025-06-16"}, []string{"STATEMENT tariq-bello>"}},
		{"confirmed counts against a described person", "2025-06-20",
			"Trial Chamber II of the International Criminal Court on Monday confirmed 12 counts of war crimes and crimes against humanity against Omar Salim, the commander and founder of the Lord's Resistance Army.",
			[]string{"CHARGE Q47488>omar-salim @2025-06-16"}, []string{"CHARGE Q47488>lord-s-resistance-army @2025-06-16"}},
		{"whose charges were confirmed, by the court named before", "2025-06-20",
			"The International Criminal Court holds two suspects. Ana Costa and Lena Vogt, whose charges were confirmed in March 2024, are on trial.",
			[]string{"CHARGE Q47488>ana-costa @2024-03", "CHARGE Q47488>lena-vogt @2024-03"}, nil},
		{"a Kalenjin name connector", "2025-06-20",
			"The ICC charged Kiprono arap Chelimo on Monday.",
			[]string{"CHARGE Q47488>kiprono-arap-chelimo @2025-06-16"}, nil},
		{"surrendered by the authorities of a state", "2025-06-20",
			"Omar Salim was surrendered to the ICC by the authorities of Niger on 4 May 2024.",
			[]string{"SURRENDER Q1032>omar-salim @2024-05-04"}, nil},
		{"the first words of a long name named before", "2025-06-20",
			"The court convicted Tariq Bello Ag Mohamed on Monday. Tariq Bello was surrendered to the ICC by Niger in May 2024.",
			[]string{"CONVICTION Q47488>tariq-bello-ag-mohamed @2025-06-16", "SURRENDER Q1032>tariq-bello-ag-mohamed @2024-05"}, []string{"SURRENDER Q1032>tariq-bello @2024-05"}},
		{"maintained", "2025-06-20",
			"Defence lawyer Peter Haynes maintained on Monday that his client was innocent.",
			[]string{"STATEMENT peter-haynes> @2025-06-16"}, nil},
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
