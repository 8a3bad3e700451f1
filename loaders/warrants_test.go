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
		// dates of warrants named in passing
		{"a warrant issued a day earlier", "2025-01-23",
			"Police in Italy arrested Osama Elmasry Njeem on Sunday, acting on a warrant that the court had issued a day earlier.",
			[]string{"ARREST_WARRANT Q47488>osama-elmasry-njeem @2025-01-18"}, nil},
		{"issued two weeks earlier", "2025-06-20",
			"Germany arrested Joseph Kony on 20 May under a warrant issued two weeks earlier.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-05"}, nil},
		{"a warrant issued at the same time", "2025-06-20",
			"The court issued a warrant for Ahmad Harun in April 2007. A warrant was issued at the same time for Ali Kushayb.",
			[]string{"ARREST_WARRANT Q47488>ali-muhammad-ali-abd-al-rahman @2007-04"}, nil},
		{"'At the same time,' is a connective, no date", "2025-06-20",
			"The court issued a warrant for Ahmad Harun in April 2007. At the same time, Human Rights Watch said that the court should act.",
			[]string{"STATEMENT human-rights-watch>"}, []string{"STATEMENT human-rights-watch> @2007-04"}},
		{"handed over under a warrant issued earlier that month", "2025-06-20",
			"Ahmad Harun was handed over to the court by Sudan in March 2021, under a warrant issued earlier that month.",
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2021-03"}, nil},
		{"'that year' after a date of the same sentence", "2025-06-20",
			"Joseph Kony led the LRA in 2004, and the court issued a warrant for him later that year.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2004"}, nil},
		{"'20 May' is a date, not a hedge", "2025-06-20",
			"On 20 May the court issued a warrant for Joseph Kony.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-05-20"}, nil},
		{"'may' still hedges", "2025-06-20",
			"The judges may issue a warrant for Joseph Kony.",
			nil, []string{"ARREST_WARRANT Q47488>joseph-kony"}},
		{"a date set off between auxiliary and verb", "2024-06-26",
			"On Tuesday the court announced that its judges had, on 24 June, issued a warrant for Joseph Kony, who led the LRA until last month.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2024-06-24"}, []string{"ARREST_WARRANT Q47488>joseph-kony @2024-05"}},
		{"two coordinated dates are two warrants", "2025-06-20",
			"The court issued warrants for Omar al-Bashir in March 2009 and in July 2010. Chad did not arrest him on the court's outstanding warrants.",
			[]string{"ARREST_WARRANT Q47488>omar-al-bashir @2009-03", "ARREST_WARRANT Q47488>omar-al-bashir @2010-07"},
			[]string{"ARREST_WARRANT Q47488>omar-al-bashir"}},
		{"a crime period after a warrant dates no second warrant", "2025-06-20",
			"The court issued a warrant for Joseph Kony in July 2005 for crimes committed between 2002 and 2004.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2005-07"}, []string{"ARREST_WARRANT Q47488>joseph-kony @2004", "ARREST_WARRANT Q47488>joseph-kony @2002"}},
		// further warrants
		{"a second one, dated", "2025-06-20",
			"Bosco Ntaganda was convicted in 2019. The court first issued a warrant for his arrest in 2006, and a second one in 2012.",
			[]string{"ARREST_WARRANT Q47488>bosco-ntaganda @2006", "ARREST_WARRANT Q47488>bosco-ntaganda @2012"}, nil},
		{"a second one against another person, sharing the verb's date", "2025-06-20",
			"Police arrested Paul Gicheru on Monday. The warrant against him, and a second one against Philip Kipkoech Bett, were issued on 10 March 2015.",
			[]string{"ARREST_WARRANT Q47488>paul-gicheru @2015-03-10", "ARREST_WARRANT Q47488>philip-kipkoech-bett @2015-03-10"}, nil},
		{"a second warrant was issued", "2025-06-20",
			"The court issued a warrant for Omar al-Bashir in March 2009. A second warrant was issued in July 2010.",
			[]string{"ARREST_WARRANT Q47488>omar-al-bashir @2009-03", "ARREST_WARRANT Q47488>omar-al-bashir @2010-07"}, nil},
		{"a second one without a warrant before is no warrant", "2025-06-20",
			"Joseph Kony was charged in 2024. The court held one hearing in May, and a second one in June.",
			nil, []string{"ARREST_WARRANT Q47488>joseph-kony @2025-06"}},
		{"'him' named in its own sentence keeps its antecedent", "2025-06-20",
			"Police arrested Paul Gicheru on Monday. Omar al-Bashir has long rejected the warrant against him.",
			[]string{"ARREST_WARRANT Q47488>omar-al-bashir"}, []string{"ARREST_WARRANT Q47488>paul-gicheru"}},
		// other phrasings
		{"the warrants targeted X and Y", "2025-06-20",
			"The court's first warrants in Darfur, in April 2007, targeted Ahmad Harun and Ali Kushayb.",
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2007-04", "ARREST_WARRANT Q47488>ali-muhammad-ali-abd-al-rahman @2007-04"}, nil},
		{"warrants that could target X are none", "2025-06-20",
			"Rights groups said new warrants could soon target Joseph Kony.",
			nil, []string{"ARREST_WARRANT Q47488>joseph-kony"}},
		{"arrested on a warrant after a trip: the person, not the place", "2025-03-20",
			"Rodrigo Duterte was arrested in Manila on March 11, as he returned from a trip to Hong Kong, on a warrant issued by the ICC four days earlier.",
			[]string{"ARREST_WARRANT Q47488>rodrigo-duterte @2025-03-07"}, []string{"ARREST_WARRANT Q47488>hong-kong @2025-03-07"}},
		{"who faces a warrant", "2025-06-20",
			"Omar al-Bashir, who faces an ICC arrest warrant, flew to Kenya on Monday.",
			[]string{"ARREST_WARRANT Q47488>omar-al-bashir"}, nil},
		{"could face a warrant is none", "2025-06-20",
			"Min Aung Hlaing could face an arrest warrant, diplomats said.",
			nil, []string{"ARREST_WARRANT Q47488>min-aung-hlaing"}},
		{"requested that the judges issue a warrant is a request", "2025-06-20",
			"On Monday Prosecutor Karim Khan requested that the judges issue a warrant for Min Aung Hlaing.",
			[]string{"WARRANT_REQUEST karim-khan>min-aung-hlaing @2025-06-16"}, []string{"ARREST_WARRANT Q47488>min-aung-hlaing @2025-06-16"}},
		{"filed an application for a warrant", "2025-06-20",
			"Prosecutor Karim Khan filed an application on Monday for an arrest warrant for Min Aung Hlaing.",
			[]string{"WARRANT_REQUEST karim-khan>min-aung-hlaing @2025-06-16"}, nil},
		{"a state's request is no prosecutor's", "2025-06-20",
			"Bangladesh made a request on Monday for a warrant for Min Aung Hlaing.",
			nil, []string{"WARRANT_REQUEST bangladesh>min-aung-hlaing @2025-06-16"}},
		{"judges granted the request for warrants", "2025-06-20",
			"On Thursday Pre-Trial Chamber I granted the prosecutor's applications for arrest warrants against Benjamin Netanyahu and Yoav Gallant.",
			[]string{"ARREST_WARRANT Q47488>Q43723 @2025-06-19", "ARREST_WARRANT Q47488>yoav-gallant @2025-06-19"}, nil},
		{"judges rejected the request for a warrant", "2025-06-20",
			"On Thursday the judges rejected the prosecutor's request for a warrant for Min Aung Hlaing.",
			nil, []string{"ARREST_WARRANT Q47488>min-aung-hlaing @2025-06-19"}},
		{"the court asks through its prosecutor", "2025-06-20",
			"ICC Prosecutor Karim Khan visited Dhaka last week. The ICC said on Monday it had requested an arrest warrant for Min Aung Hlaing.",
			[]string{"WARRANT_REQUEST karim-khan>min-aung-hlaing @2025-06-16"}, []string{"WARRANT_REQUEST Q47488>min-aung-hlaing @2025-06-16"}},
		{"the Office of the Prosecutor, no prosecutor named", "2025-06-20",
			"The Office of the Prosecutor applied on Monday for warrants against Min Aung Hlaing.",
			[]string{"WARRANT_REQUEST office-of-the-prosecutor>min-aung-hlaing @2025-06-16"}, []string{"WARRANT_REQUEST Q47488>min-aung-hlaing @2025-06-16"}},
		// a warrant named, not issued, takes no date of its clause
		{"rejected the warrants on Monday", "2025-06-20",
			"Israel on Monday rejected the warrants for Benjamin Netanyahu as antisemitic.",
			[]string{"ARREST_WARRANT Q47488>Q43723"}, []string{"ARREST_WARRANT Q47488>Q43723 @2025-06-16"}},
		{"ignored the warrant during a visit", "2025-06-20",
			"Mongolia ignored the warrant for Vladimir Putin during his visit in September.",
			nil, []string{"ARREST_WARRANT Q47488>Q7747 @2024-09"}},
		{"the warrant for X, issued in March 2023", "2025-06-20",
			"Mongolia ignored the warrant for Vladimir Putin, issued in March 2023, during his visit in September.",
			[]string{"ARREST_WARRANT Q47488>Q7747 @2023-03"}, []string{"ARREST_WARRANT Q47488>Q7747 @2024-09"}},
		{"the warrant against X was issued by the chamber on a date", "2025-06-20",
			"The warrant of arrest against Ahmad Harun was issued by Pre-Trial Chamber I on 27 April 2007.",
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2007-04-27"}, nil},
		{"a statement issued on the warrant is no issuing", "2025-06-20",
			"The court issued a statement on Monday on the warrant for Vladimir Putin.",
			nil, []string{"ARREST_WARRANT Q47488>Q7747 @2025-06-16"}},
		{"a warrant called for is none", "2025-06-20",
			"Rights groups on Monday called for an arrest warrant for Min Aung Hlaing.",
			nil, []string{"ARREST_WARRANT Q47488>min-aung-hlaing @2025-06-16", "ARREST_WARRANT Q47488>min-aung-hlaing"}},
		{"asked judges to approve warrants is a request", "2025-06-20",
			"Karim Khan asked judges on Monday to approve warrants for Min Aung Hlaing.",
			[]string{"WARRANT_REQUEST karim-khan>min-aung-hlaing @2025-06-16"}, []string{"ARREST_WARRANT Q47488>min-aung-hlaing"}},
	}
	runEventCases(t, tests)
}

// TestUnnamedGroupNamed checks that a sentence naming the members of an
// unnamed group of people an event was stated of gives each member the
// event, with its agent and date, in place of the group (sentences written
// for the test).
func TestUnnamedGroupNamed(t *testing.T) {
	tests := []eventCase{
		{"the officials are A, B and C", "2025-09-20",
			"The European Union on Monday imposed sanctions on three officials of the Wagner Group. The officials are Dmitri Utkin, Andrei Troshev and Anton Yelizarov.",
			[]string{"SANCTION Q458>dmitri-utkin @2025-09-15", "SANCTION Q458>andrei-troshev @2025-09-15", "SANCTION Q458>anton-yelizarov @2025-09-15"},
			[]string{"SANCTION Q458>wagner-group-officials @2025-09-15"}},
		{"the judges - A and B - in a statement after", "2025-09-20",
			"Washington on Monday sanctioned two judges at the International Criminal Court. A State Department statement said the judges - Maria Lopez of Chile and Peter Novak of Slovakia - had acted against Israel.",
			[]string{"SANCTION Q30>maria-lopez @2025-09-15", "SANCTION Q30>peter-novak @2025-09-15"},
			[]string{"SANCTION Q30>icc-judges @2025-09-15"}},
		{"the sanctions target A and B", "2025-09-20",
			"The United States on Monday sanctioned two judges at the International Criminal Court. The sanctions target Judge Maria Lopez and Judge Peter Novak.",
			[]string{"SANCTION Q30>maria-lopez @2025-09-15", "SANCTION Q30>peter-novak @2025-09-15"}, nil},
		{"the agent's organ named A and B", "2025-09-20",
			"Russia's Investigative Committee said on Tuesday it had opened a criminal case against two judges of the International Criminal Court. The committee named Judge Maria Lopez and Judge Peter Novak.",
			[]string{"CRIMINAL_CASE Q159>maria-lopez @2025-09-16", "CRIMINAL_CASE Q159>peter-novak @2025-09-16"},
			[]string{"CRIMINAL_CASE Q159>icc-judges @2025-09-16"}},
		{"the sanctioned officials are A and B", "2025-09-20",
			"The United States on Monday announced sanctions against two more officials of the International Criminal Court. Marco Rubio said they had acted against Israel. The sanctioned officials are Judge Maria Lopez of Chile and Deputy Prosecutor Peter Novak of Slovakia.",
			[]string{"SANCTION Q30>maria-lopez @2025-09-15", "SANCTION Q30>peter-novak @2025-09-15"},
			[]string{"SANCTION Q30>icc-officials @2025-09-15"}},
		{"the two men are titled A and B", "2025-09-20",
			"Judges on Monday issued arrest warrants for two senior leaders of the Lord's Resistance Army. The two men are the group's founder Joseph Kony and its deputy commander Vincent Otti.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-09-15", "ARREST_WARRANT Q47488>vincent-otti @2025-09-15"}, nil},
		{"the two, A and B, were", "2025-09-20",
			"The court issued arrest warrants on Monday for two militia commanders. It said the two, Maria Lopez and Peter Novak, had led attacks on civilians.",
			[]string{"ARREST_WARRANT Q47488>maria-lopez @2025-09-15", "ARREST_WARRANT Q47488>peter-novak @2025-09-15"}, nil},
		{"the two men of three leaders", "2025-09-20",
			"Judges on Monday issued arrest warrants for three militia leaders. The two men are Maria Lopez and Peter Novak.",
			nil, []string{"ARREST_WARRANT Q47488>maria-lopez @2025-09-15"}},
		{"the officials, including X,", "2025-09-20",
			"The United States on Monday sanctioned ICC officials. The officials, including Judge Maria Lopez, were named in a statement.",
			[]string{"SANCTION Q30>maria-lopez @2025-09-15"}, []string{"SANCTION Q30>icc-officials @2025-09-15"}},
		{"a speaker set off after the group is no member", "2025-09-20",
			"The United States on Monday sanctioned ICC judges. The judges, Marco Rubio said, had acted against Israel.",
			[]string{"SANCTION Q30>icc-judges @2025-09-15"}, []string{"SANCTION Q30>marco-rubio @2025-09-15"}},
		{"the agent named people as its envoys", "2025-09-20",
			"The United States sanctioned two ICC judges on Monday. Washington named Maria Lopez and Peter Novak as its new envoys.",
			[]string{"SANCTION Q30>icc-judges @2025-09-15"}, []string{"SANCTION Q30>maria-lopez @2025-09-15"}},
		{"a group named nowhere stays the target", "2025-09-20",
			"The United States sanctioned two judges at the International Criminal Court on Monday.",
			[]string{"SANCTION Q30>icc-judges @2025-09-15"}, nil},
		// what does not name the group
		{"a list of another count", "2025-09-20",
			"The United States sanctioned three ICC judges on Monday. The judges are Maria Lopez and Peter Novak.",
			[]string{"SANCTION Q30>icc-judges @2025-09-15"}, []string{"SANCTION Q30>maria-lopez @2025-09-15"}},
		{"a list of other people", "2025-09-20",
			"The United States sanctioned two ICC judges on Monday. The lawyers are Maria Lopez and Peter Novak.",
			[]string{"SANCTION Q30>icc-judges @2025-09-15"}, []string{"SANCTION Q30>maria-lopez @2025-09-15"}},
		{"someone else names them", "2025-09-20",
			"The United States sanctioned two ICC judges on Monday. Amnesty International named Maria Lopez and Peter Novak as its new advisers.",
			[]string{"SANCTION Q30>icc-judges @2025-09-15"}, []string{"SANCTION Q30>maria-lopez @2025-09-15"}},
		{"a list three sentences later", "2025-09-20",
			"The United States sanctioned two ICC judges on Monday. The court protested. Its president spoke. The judges are Maria Lopez and Peter Novak.",
			nil, []string{"SANCTION Q30>maria-lopez @2025-09-15"}},
	}
	runEventCases(t, tests)
}

// TestCriminalCaseDated checks that a date may stand between a criminal case
// and the person it is against, and nothing else may.
func TestCriminalCaseDated(t *testing.T) {
	tests := []eventCase{
		{"criminal cases in a year against", "2025-09-20",
			"Russia opened criminal cases in 2024 against Judge Maria Lopez and Karim Khan.",
			[]string{"CRIMINAL_CASE Q159>maria-lopez @2024", "CRIMINAL_CASE Q159>karim-khan @2024"}, nil},
		{"proceedings on a day against", "2025-09-20",
			"Belarus opened criminal proceedings on Monday against Judge Maria Lopez.",
			[]string{"CRIMINAL_CASE belarus>maria-lopez @2025-09-15"}, nil},
		{"a case in response to a warrant against X", "2025-09-20",
			"Russia opened a criminal case in response to the warrant against Vladimir Putin.",
			nil, []string{"CRIMINAL_CASE Q159>Q7747"}},
		{"a case hedged", "2025-09-20",
			"Russia could open a criminal case on Monday against Judge Maria Lopez.",
			nil, []string{"CRIMINAL_CASE Q159>maria-lopez @2025-09-15"}},
	}
	runEventCases(t, tests)
}

// TestWarrantImpliedAndGeneric checks that an arrest named as a noun implies
// the warrant it was made on, and that no one in particular is wanted by
// "anyone wanted by the court" (sentences written for the test).
func TestWarrantImpliedAndGeneric(t *testing.T) {
	tests := []eventCase{
		{"the arrest of X, on a warrant issued by the court", "2025-09-20",
			"Rights groups welcomed the arrest of Joseph Kony by Ugandan troops on Friday, on a warrant issued by the International Criminal Court.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony"}, nil},
		{"the warrant then dated by its chamber", "2025-09-20",
			"The detention of Joseph Kony on Friday, on a warrant issued by the International Criminal Court, ended a long hunt. Pre-Trial Chamber II issued the warrant under seal on 2 September.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-09-02"}, nil},
		{"X, who is wanted by the court", "2025-09-20",
			"Joseph Kony, who is wanted by the International Criminal Court, was seen in Darfur.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony"}, nil},
		{"anyone wanted by the court", "2025-09-20",
			"As a party to the Rome Statute, Kenya must arrest anyone wanted by the court who enters its territory.",
			nil, []string{"ARREST_WARRANT Q47488>rome-statute", "ARREST_WARRANT Q47488>kenya"}},
		{"suspects wanted by the court", "2025-09-20",
			"Uganda, which joined the Rome Statute in 2002, must hand over suspects wanted by the court.",
			nil, []string{"ARREST_WARRANT Q47488>rome-statute", "ARREST_WARRANT Q47488>uganda"}},
	}
	runEventCases(t, tests)
}

// TestCyberAttackSystems checks cyber attacks stated of the systems they hit
// and dated by when "the incident" was detected (sentences written for the
// test).
func TestCyberAttackSystems(t *testing.T) {
	tests := []eventCase{
		{"hackers breached the court's network", "2025-09-20",
			"In May, hackers breached the International Criminal Court's computer network.",
			[]string{"CYBER_ATTACK >Q47488 @2025-05"}, nil},
		{"the court's systems were hit by a cyberattack", "2025-09-20",
			"Last month, the ICC's information systems were hit by a cyberattack.",
			[]string{"CYBER_ATTACK >Q47488 @2025-08"}, nil},
		{"its systems were hit", "2025-09-20",
			"The International Criminal Court said on Monday that its servers had been hit by a cyber attack in August.",
			[]string{"CYBER_ATTACK >Q47488 @2025-08"}, nil},
		{"the incident was detected at a date", "2025-09-20",
			"The International Criminal Court has been hit by a new cyber-attack. It said on Friday that the incident had been detected in early August.",
			[]string{"CYBER_ATTACK >Q47488 @2025-08"}, []string{"CYBER_ATTACK >Q47488 @2025-09-19"}},
		// what is no cyber attack, or no date of one
		{"a state breached its obligations", "2025-09-20",
			"Mongolia breached its obligations under the Rome Statute in September 2024.",
			nil, []string{"CYBER_ATTACK >mongolia @2024-09", "CYBER_ATTACK >Q47488 @2024-09"}},
		{"hackers could breach the systems", "2025-09-20",
			"Experts warned in May that hackers could breach the International Criminal Court's computer systems.",
			nil, []string{"CYBER_ATTACK >Q47488 @2025-05", "CYBER_ATTACK >Q47488"}},
		{"the incident may have been detected", "2025-09-20",
			"The International Criminal Court has been hit by a new cyber-attack. It said the incident might have been detected in early August.",
			[]string{"CYBER_ATTACK >Q47488"}, []string{"CYBER_ATTACK >Q47488 @2025-08"}},
	}
	runEventCases(t, tests)
}

// TestSanctionCoordinated checks sanctions stated in a clause coordinated
// with an earlier one: "..., and in June it sanctioned B" (its subject and
// date are the coordinated clause's own), and "it also targeted B" or "the
// administration added B" after sanctions (sentences written for the test).
func TestSanctionCoordinated(t *testing.T) {
	tests := []eventCase{
		{"and in June it sanctioned B", "2025-09-20",
			"In March, the United Kingdom imposed sanctions on Maria Lopez under a decree signed by Prime Minister John Smith against the court, and in June it sanctioned two ICC judges.",
			[]string{"SANCTION united-kingdom>maria-lopez @2025-03", "SANCTION united-kingdom>icc-judges @2025-06"},
			[]string{"SANCTION united-kingdom>icc-judges @2025-03"}},
		{"and in July it also targeted B", "2025-09-20",
			"Washington sanctioned Judge Maria Lopez in May, and in July it also targeted Peter Novak, a lawyer at the court.",
			[]string{"SANCTION Q30>maria-lopez @2025-05", "SANCTION Q30>peter-novak @2025-07"}, nil},
		{"the administration added B", "2025-09-20",
			"The United States sanctioned Judge Maria Lopez in May. In July, the administration added Peter Novak, a lawyer at the court.",
			[]string{"SANCTION Q30>peter-novak @2025-07"}, nil},
		// what adds or targets no one to sanctions
		{"a speaker added a clause", "2025-09-20",
			"The United States sanctioned Judge Maria Lopez in May. Marco Rubio added Peter Novak would be next.",
			nil, []string{"SANCTION Q30>peter-novak"}},
		{"targeted with no sanctions before", "2025-09-20",
			"The court convicted Peter Novak in May. In July, the government targeted Maria Lopez.",
			nil, []string{"SANCTION Q30>maria-lopez @2025-07"}},
		{"another body targeted someone", "2025-09-20",
			"The United States sanctioned Judge Maria Lopez in May. In July, Russia targeted Peter Novak with a criminal case.",
			nil, []string{"SANCTION Q30>peter-novak @2025-07", "SANCTION Q159>peter-novak @2025-07"}},
	}
	runEventCases(t, tests)
}

// TestWarrantByPartOfGroup checks a warrant issued by part of a group named
// before it ("four judges, two of whom had issued warrants"): the group's
// court issued it, at an earlier time than the main clause's (sentences
// written for the test).
func TestWarrantByPartOfGroup(t *testing.T) {
	tests := []eventCase{
		{"two of whom had been involved in issuing warrants", "2025-09-20",
			"On Monday the United States sanctioned four ICC judges, two of whom had been involved in issuing arrest warrants for Benjamin Netanyahu.",
			[]string{"SANCTION Q30>icc-judges @2025-09-15", "ARREST_WARRANT Q47488>Q43723"},
			[]string{"ARREST_WARRANT Q30>Q43723 @2025-09-15", "ARREST_WARRANT Q47488>Q43723 @2025-09-15"}},
		{"some of whom had issued a warrant", "2025-09-20",
			"Last week Russia opened a criminal case against several ICC judges, some of whom had issued the warrant for Vladimir Putin.",
			[]string{"ARREST_WARRANT Q47488>Q7747"},
			[]string{"ARREST_WARRANT Q159>Q7747"}},
		{"both of whom had issued warrants on a date of their own", "2025-09-20",
			"Washington sanctioned two ICC judges on Monday, both of whom had issued warrants for Benjamin Netanyahu in November 2024.",
			[]string{"ARREST_WARRANT Q47488>Q43723 @2024-11"},
			[]string{"ARREST_WARRANT Q47488>Q43723 @2025-09-15", "ARREST_WARRANT Q30>Q43723 @2024-11"}},
	}
	runEventCases(t, tests)
}

// TestSanctionLists checks sanctions stated as an entry on a list, and by
// the Treasury under its common names (sentences written for the test).
func TestSanctionLists(t *testing.T) {
	tests := []eventCase{
		{"added X to its sanctions list", "2025-09-20",
			"The United States added Judge Maria Lopez to its sanctions list on Thursday.",
			[]string{"SANCTION Q30>maria-lopez @2025-09-18"}, nil},
		{"added X to a list of several words", "2025-09-20",
			"The Treasury's Office of Foreign Assets Control added Judge Maria Lopez to its Specially Designated Nationals list on Thursday.",
			[]string{"SANCTION Q30>maria-lopez @2025-09-18"}, nil},
		{"the U.S. Treasury Department designated X", "2025-09-20",
			"The U.S. Treasury Department on Thursday designated Judge Maria Lopez.",
			[]string{"SANCTION Q30>maria-lopez @2025-09-18"}, []string{"SANCTION department>maria-lopez @2025-09-18"}},
		// lists that are no sanctions
		{"put X on its wanted list", "2025-09-20",
			"Russia put Judge Maria Lopez on its wanted list on Thursday.",
			nil, []string{"SANCTION Q159>maria-lopez @2025-09-18"}},
		{"added X to the list of speakers", "2025-09-20",
			"The United States added Judge Maria Lopez to the list of speakers on Thursday.",
			nil, []string{"SANCTION Q30>maria-lopez @2025-09-18"}},
	}
	runEventCases(t, tests)
}

// TestWarrantsAndAttacksNotAsserted checks phrasings that name a warrant or
// a cyber attack without asserting it (sentences written for the test).
func TestWarrantsAndAttacksNotAsserted(t *testing.T) {
	tests := []eventCase{
		{"called on the court to issue a warrant", "2025-09-20",
			"Rights groups called on Monday for the ICC to issue a warrant for Min Aung Hlaing.",
			nil, []string{"ARREST_WARRANT Q47488>min-aung-hlaing", "ARREST_WARRANT Q47488>min-aung-hlaing @2025-09-15"}},
		{"urged the court to issue an arrest warrant", "2025-09-20",
			"Amnesty International urged the court on Monday to issue an arrest warrant for Min Aung Hlaing.",
			nil, []string{"ARREST_WARRANT Q47488>min-aung-hlaing", "ARREST_WARRANT Q47488>min-aung-hlaing @2025-09-15"}},
		{"decided to issue a warrant is issuing it", "2025-09-20",
			"Judges decided on Monday to issue a warrant for Joseph Kony.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-09-15"}, nil},
		{"denied that it had been hacked", "2025-09-20",
			"The International Criminal Court denied on Monday that it had been hacked.",
			nil, []string{"CYBER_ATTACK >Q47488 @2025-09-15", "CYBER_ATTACK >Q47488"}},
		{"experts fear a cyber attack", "2025-09-20",
			"Experts fear a cyber attack on the International Criminal Court.",
			nil, []string{"CYBER_ATTACK >Q47488"}},
		{"said it had been hacked", "2025-09-20",
			"The International Criminal Court said on Monday that it had been hacked.",
			[]string{"CYBER_ATTACK >Q47488 @2025-09-15"}, nil},
	}
	runEventCases(t, tests)
}

// TestSanctionsImposedPassive checks "sanctions were imposed on X", by
// whom the text says or by the sanctioner named before, and a subject list
// with an article before a member (sentences written for the test).
func TestSanctionsImposedPassive(t *testing.T) {
	tests := []eventCase{
		{"sanctions were imposed on X by a state", "2025-09-20",
			"Sanctions were imposed on Judge Maria Lopez by the United States in February.",
			[]string{"SANCTION Q30>maria-lopez @2025-02"}, nil},
		{"sanctions were imposed on X after sanctions by a state", "2025-09-20",
			"The United Kingdom sanctioned Peter Novak in May. Sanctions were imposed on Judge Maria Lopez in February.",
			[]string{"SANCTION united-kingdom>maria-lopez @2025-02"}, nil},
		{"the sanctions imposed on X", "2025-09-20",
			"The United Kingdom sanctioned Peter Novak in May. The sanctions imposed on Judge Maria Lopez in February froze her assets.",
			[]string{"SANCTION united-kingdom>maria-lopez @2025-02"}, nil},
		{"a list with an article before a member", "2025-09-20",
			"Canada, the United Kingdom and Australia on Monday imposed sanctions on Peter Novak.",
			[]string{"SANCTION canada>peter-novak @2025-09-15", "SANCTION united-kingdom>peter-novak @2025-09-15", "SANCTION australia>peter-novak @2025-09-15"}, nil},
		// no sanction
		{"sanctions could be imposed", "2025-09-20",
			"The United Kingdom sanctioned Peter Novak in May. Sanctions could be imposed on Judge Maria Lopez in the autumn.",
			nil, []string{"SANCTION united-kingdom>maria-lopez"}},
		{"sanctions were imposed with no sanctioner", "2025-09-20",
			"Sanctions were imposed on Judge Maria Lopez in February.",
			nil, []string{"SANCTION >maria-lopez @2025-02"}},
	}
	runEventCases(t, tests)
}

// TestObjectHerInList checks an object "her" after a preposition, as the
// first member of a list (sentences written for the test).
func TestObjectHerInList(t *testing.T) {
	tests := []eventCase{
		{"cases against her and X", "2025-09-20",
			"Judge Maria Lopez presides over the chamber. Belarus opened criminal cases in 2024 against her and Prosecutor Karim Khan.",
			[]string{"CRIMINAL_CASE belarus>maria-lopez @2024", "CRIMINAL_CASE belarus>karim-khan @2024"}, nil},
		{"her role is no object", "2025-09-20",
			"Judge Maria Lopez presides over the chamber. Belarus opened a criminal case in 2024 against Karim Khan for her role.",
			[]string{"CRIMINAL_CASE belarus>karim-khan @2024"}, []string{"CRIMINAL_CASE belarus>maria-lopez @2024"}},
	}
	runEventCases(t, tests)
}

// TestPerfectRelativeUndated checks that a relative clause in the perfect
// ("which has issued a warrant") tells of an earlier time than its main
// clause and takes none of its dates (sentences written for the test).
func TestPerfectRelativeUndated(t *testing.T) {
	tests := []eventCase{
		{"which has issued a warrant", "2025-09-20",
			"Mongolia said in April that it would leave the court, which has issued an arrest warrant for Vladimir Putin.",
			[]string{"ARREST_WARRANT Q47488>Q7747"}, []string{"ARREST_WARRANT Q47488>Q7747 @2025-04"}},
		{"which had issued warrants, opening date", "2025-09-20",
			"In May, Russia opened a criminal case against the court, which had issued warrants for Vladimir Putin.",
			[]string{"ARREST_WARRANT Q47488>Q7747"}, []string{"ARREST_WARRANT Q47488>Q7747 @2025-05"}},
	}
	runEventCases(t, tests)
}

// TestSanctionNounsAndRulings checks sanctions named as a designation or a
// decision to sanction, and a request named as the object of a ruling on it
// (sentences written for the test).
func TestSanctionNounsAndRulings(t *testing.T) {
	tests := []eventCase{
		{"the US administration's designation of X", "2025-09-20",
			"The US administration's designation of Francesca Albanese on Wednesday drew criticism.",
			[]string{"SANCTION Q30>francesca-albanese @2025-09-17"}, nil},
		{"the US decision to sanction X", "2025-09-20",
			"The US decision on Wednesday to sanction Judge Maria Lopez drew criticism.",
			[]string{"SANCTION Q30>maria-lopez @2025-09-17"}, nil},
		{"Britain's decision to designate X", "2025-09-20",
			"The United Kingdom's decision to designate Peter Novak on Wednesday was welcomed.",
			[]string{"SANCTION united-kingdom>peter-novak @2025-09-17"}, nil},
		// no sanction, or no request of that time or maker
		{"a designation as rapporteur", "2025-09-20",
			"The designation of Maria Lopez as rapporteur in 2022 was welcomed.",
			nil, []string{"SANCTION >maria-lopez @2022"}},
		{"a decision to sanction would be", "2025-09-20",
			"A US decision to sanction Judge Maria Lopez would be a mistake.",
			nil, []string{"SANCTION Q30>maria-lopez"}},
		{"judges rejected the prosecutor's request", "2025-09-20",
			"The judges on Monday rejected the prosecutor's request for an arrest warrant for Joseph Kony.",
			nil, []string{"WARRANT_REQUEST Q47488>joseph-kony @2025-09-15", "WARRANT_REQUEST Q47488>joseph-kony", "ARREST_WARRANT Q47488>joseph-kony @2025-09-15"}},
	}
	runEventCases(t, tests)
}

// TestAnnouncedDate checks that a possessive date of an announcement dates
// the act its "that" clause makes known (sentences written for the test).
func TestAnnouncedDate(t *testing.T) {
	tests := []eventCase{
		{"responding to today's announcement that he has applied", "2025-09-20",
			"Responding to today's announcement by Prosecutor Karim Khan that he has applied for an arrest warrant for Joseph Kony, Human Rights Watch said the step was overdue.",
			[]string{"WARRANT_REQUEST karim-khan>joseph-kony @2025-09-20"}, nil},
		{"Monday's decision by the court that", "2025-09-20",
			"Monday's decision by Washington that it has sanctioned Francesca Albanese drew protests.",
			[]string{"SANCTION Q30>francesca-albanese @2025-09-15"}, nil},
		{"the clause's own date comes first", "2025-09-20",
			"Responding to today's announcement by Prosecutor Karim Khan that he applied in May for an arrest warrant for Joseph Kony, Human Rights Watch said the step was overdue.",
			[]string{"WARRANT_REQUEST karim-khan>joseph-kony @2025-05"}, []string{"WARRANT_REQUEST karim-khan>joseph-kony @2025-09-20"}},
	}
	runEventCases(t, tests)
}

// TestTheWarrantsNamedBefore checks that "the warrants" keep pointing at
// the people of the warrants named before when a sentence between describes
// them as a group or speaks of one of them (sentences written for the test).
func TestTheWarrantsNamedBefore(t *testing.T) {
	tests := []eventCase{
		{"a group description and one of them between", "2025-09-20",
			"The court issued warrants on Monday for Benjamin Netanyahu, Yoav Gallant and Mohammed Deif. The warrant for Deif relates to the attack of October 7. Hamas welcomed the warrants against the Israeli leaders. Prosecutor Karim Khan had applied for the warrants on May 20.",
			[]string{"WARRANT_REQUEST karim-khan>Q43723 @2025-05-20", "WARRANT_REQUEST karim-khan>yoav-gallant @2025-05-20", "WARRANT_REQUEST karim-khan>mohammed-deif @2025-05-20"},
			[]string{"WARRANT_REQUEST karim-khan>israeli-leaders @2025-05-20"}},
		{"a new warrant is what 'the warrants' name next", "2025-09-20",
			"The court issued a warrant for Benjamin Netanyahu in 2024. It issued a warrant for Joseph Kony in 2005. Karim Khan had applied for the warrant in 2004.",
			[]string{"WARRANT_REQUEST karim-khan>joseph-kony @2004"}, []string{"WARRANT_REQUEST karim-khan>Q43723 @2004"}},
	}
	runEventCases(t, tests)
}

// TestWarrantTogetherWithOne checks "a warrant for A in 2007, together with
// one for B": B's warrant, by the same court at the same time (sentences
// written for the test).
func TestWarrantTogetherWithOne(t *testing.T) {
	tests := []eventCase{
		{"together with one for B", "2025-09-20",
			"The court issued a warrant for Joseph Kony in July 2005, together with one for Vincent Otti, his deputy.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2005-07", "ARREST_WARRANT Q47488>vincent-otti @2005-07"}, nil},
		{"along with another for B", "2025-09-20",
			"Judges issued a warrant for Joseph Kony on 8 July 2005, along with another for Vincent Otti.",
			[]string{"ARREST_WARRANT Q47488>vincent-otti @2005-07-08"}, nil},
		{"together with one of his aides, no warrant", "2025-09-20",
			"Joseph Kony fled to Sudan in 2005, together with one of his aides.",
			nil, []string{"ARREST_WARRANT Q47488>joseph-kony @2005"}},
	}
	runEventCases(t, tests)
}

// TestCoordinatedLaterDate checks a relative date opening a coordinated
// clause (", and days later X designated Y") and British spellings of the
// hedge "authorising" (sentences written for the test).
func TestCoordinatedLaterDate(t *testing.T) {
	tests := []eventCase{
		{"and days later designated X", "2025-09-20",
			"The president signed an order in February authorising sanctions against people who assist the court, and days later the Treasury designated Judge Maria Lopez.",
			[]string{"SANCTION Q30>maria-lopez @2025-02"}, []string{"SANCTION Q30>maria-lopez"}},
		{"and two days later designated X", "2025-09-20",
			"The United States sanctioned Peter Novak on 3 March, and two days later it designated Judge Maria Lopez.",
			[]string{"SANCTION Q30>peter-novak @2025-03-03", "SANCTION Q30>maria-lopez @2025-03-05"}, nil},
		{"an order authorising sanctions imposes none", "2025-09-20",
			"The president signed an order in February authorising sanctions against Judge Maria Lopez.",
			nil, []string{"SANCTION Q30>maria-lopez @2025-02", "SANCTION Q30>maria-lopez"}},
	}
	runEventCases(t, tests)
}

// TestSanctionAndCyberPhrasings checks further phrasings of sanctions and cyber attacks
// (sentences written for the test).
func TestSanctionAndCyberPhrasings(t *testing.T) {
	tests := []eventCase{
		{"hit with US sanctions", "2025-09-20",
			"Judge Maria Lopez was hit with US sanctions in February.",
			[]string{"SANCTION Q30>maria-lopez @2025-02"}, nil},
		{"a cyber espionage attack", "2025-09-20",
			"The International Criminal Court suffered a cyber espionage attack in September 2023.",
			[]string{"CYBER_ATTACK >Q47488 @2023-09"}, nil},
		{"a security breach of its systems", "2025-09-20",
			"The International Criminal Court detected a security breach of its systems in May.",
			[]string{"CYBER_ATTACK >Q47488 @2025-05"}, nil},
		{"hackers targeted the court's systems", "2025-09-20",
			"Hackers targeted the International Criminal Court's computer systems in May.",
			[]string{"CYBER_ATTACK >Q47488 @2025-05"}, nil},
		// none
		{"a security breach elsewhere", "2025-09-20",
			"The International Criminal Court reported a security breach in its visitor centre in May.",
			nil, []string{"CYBER_ATTACK >Q47488 @2025-05"}},
		{"protesters attacked the building", "2025-09-20",
			"Protesters attacked the International Criminal Court's building in May.",
			nil, []string{"CYBER_ATTACK >Q47488 @2025-05"}},
		{"the warrants targeted people", "2025-09-20",
			"The warrants targeted Joseph Kony and Vincent Otti.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony"}, []string{"CYBER_ATTACK >joseph-kony"}},
	}
	runEventCases(t, tests)
}

// TestOrderAsLegalBasis checks that an executive order named as the basis
// of a sanction ("under Executive Order 14203") leaves the date after it to
// the sanction (sentences written for the test).
func TestOrderAsLegalBasis(t *testing.T) {
	tests := []eventCase{
		{"designated X under an order on a day", "2025-09-20",
			"The Treasury designated Francesca Albanese under Executive Order 14203 on Wednesday.",
			[]string{"SANCTION Q30>francesca-albanese @2025-09-17"}, []string{"SANCTION Q30>francesca-albanese"}},
		{"an order signed on a date is an act of its own", "2025-09-20",
			"The Treasury designated Francesca Albanese on Wednesday under an executive order that Donald Trump signed in February.",
			[]string{"SANCTION Q30>francesca-albanese @2025-09-17", "EXECUTIVE_ORDER Q22686>Q47488 @2025-02"}, nil},
	}
	runEventCases(t, tests)
}

// TestWarrantIssuance checks the noun of issuing a warrant: "the ICC's
// issuance of a warrant for X on Thursday" (sentences written for the
// test).
func TestWarrantIssuance(t *testing.T) {
	tests := []eventCase{
		{"the issuance of a warrant on a day", "2025-09-20",
			"Following the ICC's issuance of an arrest warrant for Joseph Kony on Thursday, Uganda said it would cooperate.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-09-18"}, nil},
		{"a hedged issuance", "2025-09-20",
			"The issuance of a warrant for Joseph Kony could come on Thursday.",
			nil, []string{"ARREST_WARRANT Q47488>joseph-kony @2025-09-18"}},
	}
	runEventCases(t, tests)
}

// TestWarrantIssuedOneFor checks "and in 2012 it issued one for B": B's
// warrant of that year, and no second date for the warrant before
// (sentences written for the test).
func TestWarrantIssuedOneFor(t *testing.T) {
	tests := []eventCase{
		{"and in 2012 it issued one for B", "2025-09-20",
			"The court issued a warrant for Joseph Kony in 2005, and in 2012 it issued one for Bosco Ntaganda.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2005", "ARREST_WARRANT Q47488>bosco-ntaganda @2012"},
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2012"}},
		{"two dates of one person's warrants", "2025-09-20",
			"The court issued warrants for Omar al-Bashir in March 2009 and July 2010.",
			[]string{"ARREST_WARRANT Q47488>omar-al-bashir @2009-03", "ARREST_WARRANT Q47488>omar-al-bashir @2010-07"}, nil},
		{"issued one for the press is no warrant", "2025-09-20",
			"The court issued a statement on Monday. It issued one for the press on Tuesday.",
			nil, []string{"ARREST_WARRANT Q47488>"}},
	}
	runEventCases(t, tests)
}

// TestCountedWarrantsNamedAfter checks "issued the three warrants on 4 May.
// The warrants name A, B and C": the people named after are the counted
// warrants' targets, dated by the sentence that counted them (sentences
// written for the test).
func TestCountedWarrantsNamedAfter(t *testing.T) {
	tests := []eventCase{
		{"the counted warrants name the people", "2025-09-20",
			"Judges issued the three arrest warrants on 4 May and unsealed them on Monday. The warrants name Ahmad Harun, Ali Kushayb and Omar al-Bashir.",
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2025-05-04", "ARREST_WARRANT Q47488>ali-muhammad-ali-abd-al-rahman @2025-05-04",
				"ARREST_WARRANT Q47488>omar-al-bashir @2025-05-04"},
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2025-09-15"}},
		{"a warrant names its target", "2025-09-20",
			"The warrant, unsealed on Monday, names Joseph Kony.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-09-15"}, nil},
		{"the counted warrants and one named in the next sentence", "2025-09-20",
			"The court issued the two warrants under seal in July 2005. The warrant for Joseph Kony lists 33 counts; the other names Vincent Otti.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2005-07"}, nil},
		{"hedged counted warrants date nothing", "2025-09-20",
			"Judges may issue the three warrants in May. The warrants name Ahmad Harun, Ali Kushayb and Omar al-Bashir.",
			nil, []string{"ARREST_WARRANT Q47488>ahmad-harun @2025-05"}},
		{"a name for the warrant is no target", "2025-09-20",
			"Prosecutor Karim Khan said the warrants named in the filing were sealed.",
			nil, []string{"ARREST_WARRANT Q47488>karim-khan"}},
		{"uncounted warrants are not counted", "2025-09-20",
			"The court issued arrest warrants on 4 May. Ahmad Harun's lawyer said on Tuesday that Harun would appeal.",
			nil, []string{"ARREST_WARRANT Q47488>ahmad-harun @2025-05-04"}},
	}
	runEventCases(t, tests)
}

// TestLeaderHeadsWarrantList checks a list of the wanted opened by a
// description of a leader named before ("warrants for the Israeli prime
// minister, his defence minister A and B"), and a time phrase set off by a
// comma ("..., a day after the court issued ...") that counts from the main
// clause's date however far back it stands (sentences written for the test).
func TestLeaderHeadsWarrantList(t *testing.T) {
	tests := []eventCase{
		{"the leader heads the list", "2024-11-25",
			"Benjamin Netanyahu spoke on Sunday. On Thursday the court issued arrest warrants for the Israeli prime minister, his former defence minister Yoav Gallant and Mohammed Deif.",
			[]string{"ARREST_WARRANT Q47488>Q43723 @2024-11-21", "ARREST_WARRANT Q47488>yoav-gallant @2024-11-21", "ARREST_WARRANT Q47488>mohammed-deif @2024-11-21"}, nil},
		{"a day after, far from the main clause's date", "2024-11-22",
			"Vladimir Putin met reporters. European capitals argued on Friday about whether they could ever detain Putin on their soil, a day after the court issued a warrant for Maria Lvova-Belova.",
			[]string{"ARREST_WARRANT Q47488>maria-lvova-belova @2024-11-21"}, nil},
		{"the leader's ally is not the leader", "2024-11-25",
			"Benjamin Netanyahu spoke on Sunday. On Thursday the court issued an arrest warrant for the Israeli prime minister's ally Yoav Gallant.",
			nil, []string{"ARREST_WARRANT Q47488>Q43723 @2024-11-21"}},
		{"a hedged list", "2024-11-25",
			"Benjamin Netanyahu spoke on Sunday. The court may issue arrest warrants for the Israeli prime minister, his former defence minister Yoav Gallant and Mohammed Deif.",
			nil, []string{"ARREST_WARRANT Q47488>Q43723", "ARREST_WARRANT Q47488>yoav-gallant"}},
	}
	runEventCases(t, tests)
}

// TestWhenClauseAfterVerb checks "A applied for the warrants in May, when he
// also sought warrants for B": the when-clause takes the date it hangs on,
// even after the sentence's first verb (sentences written for the test).
func TestWhenClauseAfterVerb(t *testing.T) {
	tests := []eventCase{
		{"in May, when he also sought", "2024-11-22",
			"The court's prosecutor, Karim Khan, filed his first applications in May, when he also sought warrants for Yahya Sinwar and Ismail Haniyeh.",
			[]string{"WARRANT_REQUEST karim-khan>yahya-sinwar @2024-05", "WARRANT_REQUEST karim-khan>ismail-haniyeh @2024-05"}, nil},
		{"a when-clause of its own date", "2024-11-22",
			"Prosecutor Karim Khan applied for a warrant for Yoav Gallant in May, when Israel said on 3 June that it would appeal.",
			[]string{"WARRANT_REQUEST karim-khan>yoav-gallant @2024-05"}, nil},
		{"a hedged when-clause", "2024-11-22",
			"Prosecutor Karim Khan applied for a warrant for Yoav Gallant in May, when he may also have sought warrants for Yahya Sinwar.",
			nil, []string{"WARRANT_REQUEST karim-khan>yahya-sinwar @2024-05"}},
	}
	runEventCases(t, tests)
}

// TestDescribedListMember checks a list of the wanted that ends in a
// description ("warrants for A, his son B and his intelligence chief"),
// whose person a following sentence names ("the spy chief, C,"): C is
// wanted too, with the warrants' date, and is one of "the warrants" a
// request after asked for (sentences written for the test).
func TestDescribedListMember(t *testing.T) {
	tests := []eventCase{
		{"the described member named after", "2025-09-20",
			"The court issued warrants on Monday for Omar al-Bashir, his brother Ali Bashir and his defence chief. Judges said the defence chief, Ahmad Harun, had armed the militias. Prosecutor Karim Khan had asked for the three warrants on 4 May.",
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2025-09-15", "ARREST_WARRANT Q47488>omar-al-bashir @2025-09-15",
				"WARRANT_REQUEST karim-khan>ahmad-harun @2025-05-04"}, nil},
		{"another word before the same head", "2025-09-20",
			"The court issued warrants on Monday for Omar al-Bashir and his intelligence chief. Judges found that the spy chief, Ahmad Harun, carried out the plan.",
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2025-09-15"}, nil},
		{"a described member named at once is no description", "2025-09-20",
			"The court issued warrants on Monday for Omar al-Bashir and his defence chief Ahmad Harun. The army chief, Ali Kushayb, said on Tuesday that he would appeal.",
			[]string{"ARREST_WARRANT Q47488>ahmad-harun @2025-09-15"}, []string{"ARREST_WARRANT Q47488>ali-muhammad-ali-abd-al-rahman @2025-09-15"}},
		{"another head is another person", "2025-09-20",
			"The court issued warrants on Monday for Omar al-Bashir and his defence chief. His lawyer, Ali Kushayb, said on Tuesday that he would appeal.",
			nil, []string{"ARREST_WARRANT Q47488>ali-muhammad-ali-abd-al-rahman @2025-09-15"}},
		{"a hedged list names no one", "2025-09-20",
			"The court may issue warrants for Omar al-Bashir and his defence chief. Judges said the defence chief, Ahmad Harun, had armed the militias.",
			nil, []string{"ARREST_WARRANT Q47488>ahmad-harun", "ARREST_WARRANT Q47488>ahmad-harun @2025-09-15"}},
	}
	runEventCases(t, tests)
}

// TestComesMonthsAfter checks "an intrusion that comes six months after the
// court issued a warrant": counted back from the date of the clause the
// verb relates it to, however far back (sentences written for the test).
func TestComesMonthsAfter(t *testing.T) {
	tests := []eventCase{
		{"comes six months after", "2023-09-20",
			"The court said on Tuesday that its systems had been breached, an attack that comes six months after the court issued a warrant for Vladimir Putin.",
			[]string{"ARREST_WARRANT Q47488>Q7747 @2023-03"}, []string{"ARREST_WARRANT Q47488>Q7747 @2023-09-19"}},
		{"came two days after", "2023-09-20",
			"Uganda announced on 14 September that it would review its ties with the court, a move that came two days after the court issued a warrant for Joseph Kony.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2023-09-12"}, nil},
		{"a hedged warrant after", "2023-09-20",
			"The court said on Tuesday that its systems had been breached, an attack that comes six months after the court may have issued a warrant for Vladimir Putin.",
			nil, []string{"ARREST_WARRANT Q47488>Q7747 @2023-03"}},
	}
	runEventCases(t, tests)
}

// TestCountedColonRelative checks a counted group with a relative clause
// before the colon that lists its members: "against X and three of the
// judges who had issued the warrants: A, B and C" (sentences written for
// the test).
func TestCountedColonRelative(t *testing.T) {
	tests := []eventCase{
		{"three of the judges who had ...: A, B and C", "2024-01-10",
			"In May, Russia's Investigative Committee opened a criminal case against Karim Khan and three of the judges who had approved the warrants: Tomoko Akane, Rosario Salvatore Aitala and Sergio Gerardo Ugalde Godinez.",
			[]string{"CRIMINAL_CASE Q159>karim-khan @2023-05", "CRIMINAL_CASE Q159>tomoko-akane @2023-05", "CRIMINAL_CASE Q159>rosario-salvatore-aitala @2023-05"}, nil},
		{"no count, no list", "2024-01-10",
			"In May, Russia's Investigative Committee opened a criminal case against Karim Khan and the judges who had approved the warrants, a spokesman said: Tomoko Akane had no comment.",
			[]string{"CRIMINAL_CASE Q159>karim-khan @2023-05"}, []string{"CRIMINAL_CASE Q159>tomoko-akane @2023-05"}},
		{"a long aside without a relative clause", "2024-01-10",
			"In May, Russia's Investigative Committee opened a criminal case against Karim Khan and three other officials over what it called an illegal prosecution of an innocent person: Tomoko Akane said nothing.",
			[]string{"CRIMINAL_CASE Q159>karim-khan @2023-05"}, []string{"CRIMINAL_CASE Q159>tomoko-akane @2023-05"}},
	}
	runEventCases(t, tests)
}

// TestWarrantBasisAndObjectRelative checks "detained him on the basis of an
// ICC warrant issued four days earlier" (the warrant the arrest rests on,
// dated by its own clause) and "the warrants which the judges issued for X
// in November" (sentences written for the test).
func TestWarrantBasisAndObjectRelative(t *testing.T) {
	tests := []eventCase{
		{"on the basis of a warrant issued days earlier", "2025-03-14",
			"Joseph Kony was flown out on Tuesday. Police detained him on the basis of an ICC arrest warrant issued four days earlier.",
			[]string{"ARREST_WARRANT Q47488>joseph-kony @2025-03-07"}, nil},
		{"the warrants which the judges issued for X", "2025-03-14",
			"Israel rejected the warrants which the judges issued for Benjamin Netanyahu in November 2024.",
			[]string{"ARREST_WARRANT Q47488>Q43723 @2024-11"}, []string{"STATEMENT Q801> @2024-11"}},
		{"the basis of a request is no warrant", "2025-03-14",
			"Joseph Kony was flown out on Tuesday. The judges acted on the basis of a request by Uganda.",
			nil, []string{"ARREST_WARRANT Q47488>joseph-kony"}},
		{"warrants the court may issue", "2025-03-14",
			"Israel rejected any warrants that the court might issue for Benjamin Netanyahu.",
			nil, []string{"ARREST_WARRANT Q47488>Q43723"}},
	}
	runEventCases(t, tests)
}

// TestPossessorTitleMember checks a list member whose title has a state as
// possessor ("for Putin and for Russia's commissioner for children's
// rights, A") and a when-clause on the date of a relative clause ("the
// court, which has faced hostility since March, when judges issued ...")
// (sentences written for the test).
func TestPossessorTitleMember(t *testing.T) {
	tests := []eventCase{
		{"a state's title before the member", "2023-09-20",
			"In March the court issued arrest warrants for Vladimir Putin and for Russia's commissioner for children's rights, Maria Lvova-Belova.",
			[]string{"ARREST_WARRANT Q47488>Q7747 @2023-03", "ARREST_WARRANT Q47488>maria-lvova-belova @2023-03"},
			[]string{"ARREST_WARRANT Q47488>Q159 @2023-03"}},
		{"since March, when judges issued", "2023-09-20",
			"The attack hit the court, which has faced open hostility from Moscow since March, when judges issued arrest warrants for Vladimir Putin and Maria Lvova-Belova.",
			[]string{"ARREST_WARRANT Q47488>Q7747 @2023-03", "ARREST_WARRANT Q47488>maria-lvova-belova @2023-03"}, nil},
		{"a state's official who speaks is no member", "2023-09-20",
			"In March the court issued an arrest warrant for Vladimir Putin, and Russia's foreign minister, Sergey Lavrov, said it was void.",
			[]string{"ARREST_WARRANT Q47488>Q7747 @2023-03"}, []string{"ARREST_WARRANT Q47488>sergey-lavrov @2023-03"}},
	}
	runEventCases(t, tests)
}

// TestOfficeRequestByProsecutor checks that a request by the Office of the
// Prosecutor is the request of the one prosecutor the document names, even
// when it names him later, and stays the office's where it names none or two
// (sentences written for the test).
func TestOfficeRequestByProsecutor(t *testing.T) {
	tests := []eventCase{
		{"the office applied; the prosecutor named later", "2025-07-10",
			"The ICC's Office of the Prosecutor had applied for warrants for Joseph Kony on 3 June. Prosecutor Karim Khan said on Monday that the case was strong.",
			[]string{"WARRANT_REQUEST karim-khan>joseph-kony @2025-06-03"}, []string{"WARRANT_REQUEST office-of-the-prosecutor>joseph-kony @2025-06-03"}},
		{"no prosecutor named", "2025-07-10",
			"The ICC's Office of the Prosecutor had applied for warrants for Joseph Kony on 3 June.",
			[]string{"WARRANT_REQUEST office-of-the-prosecutor>joseph-kony @2025-06-03"}, nil},
		{"two prosecutors named", "2025-07-10",
			"The ICC's Office of the Prosecutor had applied for warrants for Joseph Kony on 3 June. Prosecutor Karim Khan said on Monday that the case was strong. Prosecutor Fatou Bensouda had opened the case in 2016.",
			nil, []string{"WARRANT_REQUEST karim-khan>joseph-kony @2025-06-03", "WARRANT_REQUEST fatou-bensouda>joseph-kony @2025-06-03"}},
	}
	runEventCases(t, tests)
}

// TestAuthorizedTheWarrants checks that "authorized the arrest warrants
// that the court issued against X" asserts the warrants, while
// "authorized police to arrest X" and "authorized the prosecutor to seek
// warrants" stay a permission (sentences written for the test).
func TestAuthorizedTheWarrants(t *testing.T) {
	tests := []eventCase{
		{"authorized the warrants the court issued", "2025-03-14",
			"Two judges authorized the arrest warrants that the court issued against Benjamin Netanyahu in November 2024.",
			[]string{"ARREST_WARRANT Q47488>Q43723 @2024-11"}, nil},
		{"authorized the prosecutor to ask", "2025-03-14",
			"The judges authorized the prosecutor to issue arrest warrants for Benjamin Netanyahu.",
			nil, []string{"ARREST_WARRANT Q47488>Q43723"}},
		{"authorized police to arrest", "2025-03-14",
			"The judges authorized police to arrest Benjamin Netanyahu.",
			nil, []string{"ARREST_WARRANT Q47488>Q43723", "ARREST Q47488>Q43723"}},
	}
	runEventCases(t, tests)
}
