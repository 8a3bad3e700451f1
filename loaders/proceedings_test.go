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
		// short forms of names
		{"an inner word of a long name is its bearer", "2024-05-10",
			"Prosecutors say Ahmed Salim Haroun Idris led the raids. The ICC issued a warrant for Salim on 3 April 2023. He was surrendered to the court by Chad on 2 May 2024.",
			[]string{"ARREST_WARRANT Q47488>ahmed-salim-haroun-idris @2023-04-03", "SURRENDER chad>ahmed-salim-haroun-idris @2024-05-02"}, nil},
		{"an inner word two people share names neither", "2024-05-10",
			"Ahmed Salim Haroun Idris and Musa Salim Bakr Omar were named in the case. The ICC issued a warrant for Salim on 3 April 2023.",
			nil, []string{"ARREST_WARRANT Q47488>ahmed-salim-haroun-idris @2023-04-03", "ARREST_WARRANT Q47488>musa-salim-bakr-omar @2023-04-03"}},
		{"arap joins a person's name", "2016-04-08",
			"Judges confirmed the charges against Daniel arap Kiplagat in March 2015.",
			[]string{"CHARGE Q47488>daniel-arap-kiplagat @2015-03"}, nil},
		// "faces" states a charge; a date in a clause after it is not its date
		{"faces counts, with a date in a clause of its own", "2022-09-27",
			"Ahmed Salim Haroun faces nine counts of war crimes over raids on a market that rebels held after they seized the town in March 2013.",
			[]string{"CHARGE Q47488>ahmed-salim-haroun"}, []string{"CHARGE Q47488>ahmed-salim-haroun @2022-03", "CHARGE Q47488>ahmed-salim-haroun @2013-03"}},
		{"may face is no charge", "2022-09-27",
			"Ahmed Salim Haroun may face charges of war crimes.",
			nil, []string{"CHARGE Q47488>ahmed-salim-haroun"}},
		// another name of a person is that person, not a party of its own
		{"a nom de guerre in quotes", "2024-02-02",
			"Omar Haroun Bashiri, a militia commander known by his nom de guerre \"Tembo\", was found guilty of war crimes on 1 February 2024.",
			[]string{"CONVICTION Q47488>omar-haroun-bashiri @2024-02-01"}, []string{"CONVICTION Q47488>tembo @2024-02-01"}},
		{"known as, in a list", "2024-02-02",
			"On 1 February 2024 the judges confirmed the charges against Omar Haroun Bashiri, known as \"Tembo\".",
			[]string{"CHARGE Q47488>omar-haroun-bashiri @2024-02-01"}, []string{"CHARGE Q47488>tembo @2024-02-01"}},
		// a count of unnamed people whom the next sentences name
		{"convicted two men, then named", "2024-02-02",
			"The International Criminal Court on Thursday convicted two former commanders of the mainly Hutu militias of war crimes. Omar Haroun Bashiri was found guilty on 12 counts. Idris Kamal Nuri was convicted on nine counts.",
			[]string{"CONVICTION Q47488>omar-haroun-bashiri @2024-02-01", "CONVICTION Q47488>idris-kamal-nuri @2024-02-01"},
			[]string{"CONVICTION Q47488>hutu @2024-02-01", "CONVICTION Q47488>omar-haroun-bashiri", "CONVICTION Q47488>idris-kamal-nuri"}},
		{"a count of people named in apposition", "2024-02-02",
			"The court on Thursday convicted two men, Omar Haroun Bashiri and Idris Kamal Nuri, of war crimes.",
			[]string{"CONVICTION Q47488>omar-haroun-bashiri @2024-02-01", "CONVICTION Q47488>idris-kamal-nuri @2024-02-01"}, nil},
		{"a count of people takes no guessed name as its target", "2024-02-02",
			"Judges at the ICC on Thursday convicted three militia leaders of the Northern Alliance of murder.",
			nil, []string{"CONVICTION Q47488>northern-alliance @2024-02-01"}},
		{"named events far after the count keep their own dates", "2024-02-02",
			"The court on Thursday convicted two men of war crimes. The trial opened in 2021. Hundreds of witnesses testified. Victims welcomed the verdict. Rights groups said more cases should follow. In 2016 Omar Haroun Bashiri was convicted of looting.",
			[]string{"CONVICTION Q47488>omar-haroun-bashiri @2016"}, []string{"CONVICTION Q47488>omar-haroun-bashiri @2024-02-01"}},
		// charges confirmed, with descriptions in the way
		{"whose charges of ... had been confirmed", "2020-11-06",
			"The case against Omar Haroun Bashiri, whose charges of war crimes had been confirmed in March 2014, collapsed in 2016.",
			[]string{"CHARGE Q47488>omar-haroun-bashiri @2014-03"}, nil},
		{"charges against X, an appositive, were confirmed", "2016-04-05",
			"The International Criminal Court vacated the case. Charges against Omar Haroun Bashiri, now Chad's interior minister, were confirmed in March 2014.",
			[]string{"CHARGE Q47488>omar-haroun-bashiri @2014-03"}, nil},
		{"charges against X were dropped, after something was confirmed", "2016-04-05",
			"The International Criminal Court said charges against Omar Haroun Bashiri were dropped after it was confirmed in March 2014 that he had died.",
			nil, []string{"CHARGE Q47488>omar-haroun-bashiri @2014-03"}},
		{"a list member described in apposition", "2019-12-13",
			"On 11 December the judges confirmed the charges against Omar Haroun Bashiri, a former army corporal known as \"Tembo\", and Idris Kamal Nuri.",
			[]string{"CHARGE Q47488>omar-haroun-bashiri @2019-12-11", "CHARGE Q47488>idris-kamal-nuri @2019-12-11"}, []string{"CHARGE Q47488>tembo @2019-12-11"}},
		{"a title before a member is no description", "2019-12-13",
			"On 11 December the judges confirmed the charges against Omar Haroun Bashiri, former Interior Minister Idris Kamal Nuri, and Musa Bakr Adam.",
			[]string{"CHARGE Q47488>omar-haroun-bashiri @2019-12-11", "CHARGE Q47488>idris-kamal-nuri @2019-12-11", "CHARGE Q47488>musa-bakr-adam @2019-12-11"}, nil},
		// "his" after "him" in one sentence is the same person
		{"surrendered him after a warrant for his arrest", "2019-12-13",
			"Omar Haroun Bashiri and Idris Kamal Nuri were charged in 2018. Bashiri was the first to reach The Hague. Chad surrendered him to the court on 17 November 2018, six days after the court had issued a warrant for his arrest.",
			[]string{"SURRENDER chad>omar-haroun-bashiri @2018-11-17", "ARREST_WARRANT Q47488>omar-haroun-bashiri @2018-11-11"},
			[]string{"ARREST_WARRANT Q47488>idris-kamal-nuri @2018-11-11"}},
		// a demonym or short name two states share is the one the article
		// names by a name of its own
		{"Congolese is the Congo the article names", "2019-05-03",
			"Militias have fought for years around Brazzaville, the capital of the Republic of the Congo. Congolese authorities handed Idris Kamal Nuri over to the ICC on 2 May 2019.",
			[]string{"SURRENDER republic-of-the-congo>idris-kamal-nuri @2019-05-02"}, []string{"SURRENDER dr-congo>idris-kamal-nuri @2019-05-02"}},
		{"Congolese, with the DRC named after it", "2019-05-03",
			"Congolese authorities handed Idris Kamal Nuri over to the ICC on 2 May 2019. He led a militia in the east of the Democratic Republic of the Congo.",
			[]string{"SURRENDER dr-congo>idris-kamal-nuri @2019-05-02"}, []string{"SURRENDER republic-of-the-congo>idris-kamal-nuri @2019-05-02"}},
		{"Congo alone, in the style of the wires", "2019-05-03",
			"Congo's government surrendered Idris Kamal Nuri to the ICC on 2 May 2019.",
			[]string{"SURRENDER dr-congo>idris-kamal-nuri @2019-05-02"}, nil},
		{"the other Congo named by its capital", "2019-05-03",
			"Idris Kamal Nuri fled to Brazzaville in 2017. The Congolese government surrendered him to the ICC on 2 May 2019.",
			[]string{"SURRENDER republic-of-the-congo>idris-kamal-nuri @2019-05-02"}, nil},
		// a leader's government is his state, and "him" is not the clause's
		// own subject but the person the story is about
		{"the government of President X surrendered him", "2025-03-14",
			"Police in Manila arrested Rodrigo Duterte on 11 March. The government of President Ferdinand Marcos Jr surrendered him to the court the following day.",
			[]string{"SURRENDER Q928>rodrigo-duterte @2025-03-12"}, []string{"SURRENDER Q928>ferdinand-marcos-jr @2025-03-12"}},
		{"X's government handed him over", "2025-03-14",
			"Rodrigo Duterte was detained in Manila on 11 March. Marcos's government handed him over to the ICC on 12 March.",
			[]string{"SURRENDER Q928>rodrigo-duterte @2025-03-12"}, []string{"SURRENDER Q928>ferdinand-marcos-jr @2025-03-12"}},
		{"him after a speech verb may be the speaker", "2025-03-14",
			"Sara Duterte met reporters. Rodrigo Duterte said Philippine police arrested him on 11 March.",
			[]string{"ARREST Q928>rodrigo-duterte @2025-03-11"}, []string{"ARREST Q928>sara-duterte @2025-03-11"}},
		{"him in a clause of its own is the one named", "2019-12-13",
			"Chad arrested Omar Haroun Bashiri on 2 December and surrendered him to the ICC on 9 December.",
			[]string{"ARREST chad>omar-haroun-bashiri @2019-12-02", "SURRENDER chad>omar-haroun-bashiri @2019-12-09"}, nil},
		// a month followed by a year that points back
		{"in November that year", "2019-01-15",
			"Omar Haroun Bashiri was arrested in Chad in April 2011 and handed over to the court by Chad in November that year.",
			[]string{"ARREST chad>omar-haroun-bashiri @2011-04", "SURRENDER chad>omar-haroun-bashiri @2011-11"}, []string{"SURRENDER chad>omar-haroun-bashiri @2018-11"}},
		{"in March of the following year", "2019-01-15",
			"The court issued a warrant for Omar Haroun Bashiri in 2014. Chad surrendered him in March of the following year.",
			[]string{"SURRENDER chad>omar-haroun-bashiri @2015-03"}, nil},
		// a flashback leaves the narrative time where it was
		{"the following day after a date counted back", "2025-03-14",
			"Rodrigo Duterte was detained by Philippine police on 11 March, on a warrant the ICC had issued four days earlier. The government surrendered him to the court the following day.",
			[]string{"SURRENDER Q928>rodrigo-duterte @2025-03-12"}, []string{"SURRENDER Q928>rodrigo-duterte @2025-03-08"}},
		// a pronoun whose antecedent spoke or judges is not the accused
		{"the judges sentenced him, after a judge's quote", "2021-05-07",
			"Trial Chamber IX convicted Dominic Ongwen on 4 February 2021. \"These crimes were grave,\" Judge Maria Lopes Ferreira said. The judges sentenced him to 25 years on 6 May 2021.",
			[]string{"CONVICTION Q47488>dominic-ongwen @2021-05-06"}, []string{"CONVICTION Q47488>maria-lopes-ferreira @2021-05-06"}},
		{"charges against him, after a lawyer spoke", "2021-05-07",
			"The court convicted Idris Kamal Nuri on 4 February 2021. His lawyer, Tomas Berg, said he would appeal. Pre-Trial Chamber II had confirmed the charges against him in March 2016.",
			[]string{"CHARGE Q47488>idris-kamal-nuri @2016-03"}, []string{"CHARGE Q47488>tomas-berg @2016-03"}},
		{"he was arrested, after a prosecutor is named", "2021-05-07",
			"The court issued a warrant for Idris Kamal Nuri in 2015. Prosecutor Ana Ruiz said in a statement that the case was strong. He was arrested by French police in 2020.",
			[]string{"ARREST france>idris-kamal-nuri @2020"}, []string{"ARREST france>ana-ruiz @2020"}},
		{"a person who neither spoke nor judges keeps the pronoun", "2021-05-07",
			"The court issued a warrant for Idris Kamal Nuri in 2015. His deputy Musa Bakr Adam fled to Chad. He was arrested by French police in 2020.",
			[]string{"ARREST france>musa-bakr-adam @2020"}, nil},
		// adverbs inside the passive
		{"was first charged, was later convicted, was eventually handed over", "2021-05-07",
			"Idris Kamal Nuri was first charged in 2016. He was later convicted in 2019. Musa Bakr Adam was eventually handed over by Chad in 2020.",
			[]string{"CHARGE Q47488>idris-kamal-nuri @2016", "CONVICTION Q47488>idris-kamal-nuri @2019"}, nil},
		// a negative subject denies the event
		{"neither was handed over", "2021-05-07",
			"Sudan's army detained Idris Kamal Nuri and Musa Bakr Adam in April 2019, but neither was handed over to the court.",
			[]string{"ARREST Q1049>idris-kamal-nuri @2019-04", "ARREST Q1049>musa-bakr-adam @2019-04"}, []string{"SURRENDER Q1049>idris-kamal-nuri", "SURRENDER Q1049>musa-bakr-adam"}},
		// charges: "brought counts against", past "crimes against humanity"
		{"confirmed counts of crimes against humanity brought against X", "2025-11-07",
			"On 6 November 2025 Pre-Trial Chamber III confirmed all 12 counts of war crimes and crimes against humanity brought by the Prosecution against Idris Kamal Nuri.",
			[]string{"CHARGE Q47488>idris-kamal-nuri @2025-11-06"}, nil},
		{"prosecutors have brought counts against X", "2025-11-07",
			"The ICC held a hearing on Tuesday. Prosecutors have brought 12 counts of war crimes and crimes against humanity against Idris Kamal Nuri.",
			[]string{"CHARGE Q47488>idris-kamal-nuri"}, nil},
		{"prosecutors in a state are the state's", "2025-11-07",
			"Prosecutors in Germany have brought 12 counts of war crimes against Idris Kamal Nuri.",
			[]string{"CHARGE germany>idris-kamal-nuri"}, []string{"CHARGE Q47488>idris-kamal-nuri"}},
		{"a court in The Hague is no state's", "2019-11-08",
			"Judges convicted Dominic Ongwen in July. Judges at the court in The Hague sentenced him on Thursday.",
			[]string{"CONVICTION Q47488>dominic-ongwen @2019-11-07"}, []string{"CONVICTION Q55>dominic-ongwen @2019-11-07"}},
		{"may bring charges is none", "2025-11-07",
			"Prosecutors may bring charges against Idris Kamal Nuri.",
			nil, []string{"CHARGE Q47488>idris-kamal-nuri"}},
		// "that May": the month in the year named before
		{"sentenced him that May", "2022-01-10",
			"The court convicted Dominic Ongwen of 61 counts in February 2021 and sentenced him to 25 years that May.",
			[]string{"CONVICTION Q47488>dominic-ongwen @2021-02", "CONVICTION Q47488>dominic-ongwen @2021-05"}, []string{"CONVICTION Q47488>dominic-ongwen @2022-05"}},
		// a title opening a sentence is read as a title
		{"Secretary of State X said, opening a sentence", "2013-03-23",
			"Secretary of State Maria Lopes Ferreira said in a statement Friday that the transfer was an important step.",
			[]string{"STATEMENT maria-lopes-ferreira> @2013-03-22"}, []string{"STATEMENT state-maria-lopes-ferreira> @2013-03-22"}},
		// short forms and relatives
		{"the last two words of a name named before", "2019-01-15",
			"Judges cleared Charles Blé Goudé on Tuesday. Blé Goudé was arrested by Ghana in 2013.",
			[]string{"ARREST ghana>charles-ble-goude @2013"}, []string{"ARREST ghana>ble-goude @2013"}},
		{"X's wife with a given name takes X's family name", "2019-01-15",
			"The court acquitted Idris Kamal Nuri on Tuesday. It also issued a warrant in 2012 for Nuri's wife Amina, but Chadian authorities refused to hand her over.",
			[]string{"ARREST_WARRANT Q47488>amina-nuri @2012", "NON_COMPLIANCE chad>amina-nuri"}, []string{"ARREST_WARRANT Q47488>amina @2012"}},
		{"an object her is the woman named before", "2019-01-15",
			"Amina Nuri fled to Chad in 2016. Chadian police arrested her in Ndjamena on 3 January 2019.",
			[]string{"ARREST chad>amina-nuri @2019-01-03"}, nil},
		{"her before a noun is no object", "2019-01-15",
			"Amina Nuri fled to Chad in 2016. Chadian police arrested her brother Idris Kamal Nuri on 3 January 2019.",
			[]string{"ARREST chad>idris-kamal-nuri @2019-01-03"}, []string{"ARREST chad>amina-nuri @2019-01-03"}},
		// a state hands over or arrests through its people
		{"US diplomats handed X over", "2013-03-23",
			"US diplomats handed Idris Kamal Nuri over to officials of the court at the airport on Friday.",
			[]string{"SURRENDER Q30>idris-kamal-nuri @2013-03-22"}, nil},
		{"Rwandan troops detained X", "2013-03-23",
			"Rwandan troops detained Idris Kamal Nuri near the border on Friday.",
			[]string{"ARREST rwanda>idris-kamal-nuri @2013-03-22"}, nil},
		{"US officials said is no statement of the state", "2013-03-23",
			"US officials said on Friday that Idris Kamal Nuri was in good health.",
			nil, []string{"STATEMENT Q30> @2013-03-22"}},
		// a second passive after an arrest is by the state that arrested
		{"arrested by Dutch police and was transferred the next day", "2020-11-06",
			"Idris Kamal Nuri was arrested by Dutch police on 2 November, after turning himself in, and was transferred to the court the following day.",
			[]string{"ARREST Q55>idris-kamal-nuri @2020-11-02", "SURRENDER Q55>idris-kamal-nuri @2020-11-03"}, nil},
		// "both men", "the two men": the two people named before
		{"detained both men", "2025-10-08",
			"Idris Kamal Nuri and Musa Bakr Adam remain at large. Sudan's army detained both men in April 2019.",
			[]string{"ARREST Q1049>idris-kamal-nuri @2019-04", "ARREST Q1049>musa-bakr-adam @2019-04"}, nil},
		{"the two men were handed over", "2025-10-08",
			"Police arrested Idris Kamal Nuri and Musa Bakr Adam in 2019. The two men were handed over to the court by Chad in 2020.",
			[]string{"SURRENDER chad>idris-kamal-nuri @2020", "SURRENDER chad>musa-bakr-adam @2020"}, nil},
		{"both men after three people names none", "2025-10-08",
			"Idris Kamal Nuri, Musa Bakr Adam and Omar Haroun Bashiri remain at large. Sudan's army detained both men in April 2019.",
			nil, []string{"ARREST Q1049>idris-kamal-nuri @2019-04", "ARREST Q1049>musa-bakr-adam @2019-04", "ARREST Q1049>omar-haroun-bashiri @2019-04"}},
		// a date opening a coordinated clause, relative to the sentence's
		{"and the following month X surrendered him", "2012-03-15",
			"The court issued a sealed warrant for Idris Kamal Nuri in February 2006, and the following month Chadian authorities surrendered him to the ICC.",
			[]string{"ARREST_WARRANT Q47488>idris-kamal-nuri @2006-02", "SURRENDER chad>idris-kamal-nuri @2006-03"}, []string{"SURRENDER chad>idris-kamal-nuri"}},
		{"and in March, after a year named in the sentence", "2012-03-15",
			"The court issued a sealed warrant for Idris Kamal Nuri in February 2006, and in March Chadian authorities surrendered him to the ICC.",
			[]string{"SURRENDER chad>idris-kamal-nuri @2006-03"}, []string{"SURRENDER chad>idris-kamal-nuri @2012-03"}},
		{"a month alone in a sentence of its own is the latest such month", "2012-03-15",
			"The court issued a sealed warrant for Idris Kamal Nuri in 2006. In March Chadian authorities surrendered him to the ICC.",
			[]string{"SURRENDER chad>idris-kamal-nuri @2012-03"}, nil},
		// "the arrest of X by Y"
		{"the arrest of X by the national police", "2025-03-12",
			"Rights groups welcomed the arrest of Idris Kamal Nuri by the French police in Paris on 11 March.",
			[]string{"ARREST france>idris-kamal-nuri @2025-03-11"}, nil},
		// a conviction named is a conviction, dated only by its own phrase
		{"overturned the conviction of X", "2019-01-15",
			"The acquittal is a setback for the court, which in June overturned the war crimes conviction of Idris Kamal Nuri on appeal.",
			[]string{"CONVICTION Q47488>idris-kamal-nuri"}, []string{"CONVICTION Q47488>idris-kamal-nuri @2018-06"}},
		{"the conviction of X named after it was dated is that conviction", "2019-01-15",
			"Idris Kamal Nuri was convicted in March 2016. In June the appeals chamber overturned the conviction of Idris Kamal Nuri.",
			[]string{"CONVICTION Q47488>idris-kamal-nuri @2016-03"}, []string{"CONVICTION Q47488>idris-kamal-nuri", "CONVICTION Q47488>idris-kamal-nuri @2018-06"}},
		{"a conviction asked for or supposed is none", "2019-01-15",
			"Victims demanded the conviction of Idris Kamal Nuri. A conviction of Musa Bakr Adam would be a first.",
			nil, []string{"CONVICTION Q47488>idris-kamal-nuri", "CONVICTION Q47488>musa-bakr-adam"}},
		// an undated event in another case is not the dated one
		{"found guilty in a separate case", "2019-01-15",
			"Idris Kamal Nuri was convicted in March 2016. He remains in detention: he was also found guilty in a separate case of bribing witnesses.",
			[]string{"CONVICTION Q47488>idris-kamal-nuri @2016-03", "CONVICTION Q47488>idris-kamal-nuri"}, nil},
		// "he" after a sentence that named two people, neither as subject:
		// the one the story has named most; later pronouns of the sentence
		// continue it
		{"he after a sentence naming two people as objects", "2025-10-08",
			"The court convicted Idris Kamal Nuri on Monday. Nuri showed no emotion. The ICC issued a warrant for Nuri's arrest in 2007, together with one for Musa Bakr Adam. For years, he lived freely in Sudan, until he crossed into Chad and gave himself up; the Chadian authorities transferred him to the court in June 2020.",
			[]string{"SURRENDER chad>idris-kamal-nuri @2020-06"}, []string{"SURRENDER chad>musa-bakr-adam @2020-06"}},
		{"he after a sentence naming one person is that person", "2025-10-08",
			"The court convicted Idris Kamal Nuri on Monday. Nuri showed no emotion. Prosecutors also want Musa Bakr Adam, a militia leader. He was arrested by Chadian police in June 2020.",
			[]string{"ARREST chad>musa-bakr-adam @2020-06"}, []string{"ARREST chad>idris-kamal-nuri @2020-06"}},
		// a sentence restating a verdict dates it
		{"the sentence was handed down on Thursday", "2021-05-07",
			"Idris Kamal Nuri has been sentenced to 25 years in prison by the International Criminal Court for war crimes. The sentence was handed down on Thursday in The Hague. Nuri had been found guilty in February of 61 counts.",
			[]string{"CONVICTION Q47488>idris-kamal-nuri @2021-05-06", "CONVICTION Q47488>idris-kamal-nuri @2021-02"}, []string{"CONVICTION Q47488>idris-kamal-nuri"}},
		{"a verdict expected on a day dates nothing", "2021-05-07",
			"Idris Kamal Nuri has been sentenced to 25 years in prison by the International Criminal Court. The verdict in his appeal is expected on Thursday.",
			nil, []string{"CONVICTION Q47488>idris-kamal-nuri @2021-05-06"}},
		// numbered chambers act for their court
		{"Trial Chamber VII convicted X", "2025-07-20",
			"Trial Chamber VII convicted Idris Kamal Nuri of war crimes on Tuesday.",
			[]string{"CONVICTION Q47488>idris-kamal-nuri @2025-07-15"}, []string{"CONVICTION vii>idris-kamal-nuri @2025-07-15"}},
		{"was taken into custody by Dutch police", "2025-07-20",
			"Idris Kamal Nuri was taken into custody by Dutch police on Monday.",
			[]string{"ARREST Q55>idris-kamal-nuri @2025-07-14"}, nil},
		{"could be taken into custody is none", "2025-07-20",
			"Idris Kamal Nuri could be taken into custody by Dutch police if he travels.",
			nil, []string{"ARREST Q55>idris-kamal-nuri"}},
		// a count of the people just listed describes them
		{"A and B, two former leaders of a militia", "2025-07-25",
			"Trial Chamber V on Thursday convicted Idris Kamal Nuri and Musa Bakr Adam, two former leaders of the Janjaweed militia, of war crimes.",
			[]string{"CONVICTION Q47488>idris-kamal-nuri @2025-07-24", "CONVICTION Q47488>musa-bakr-adam @2025-07-24"}, []string{"CONVICTION Q47488>janjaweed-leaders @2025-07-24"}},
		{"A, B and two unnamed leaders are all parties", "2025-07-25",
			"The court on Thursday issued warrants for Idris Kamal Nuri, Musa Bakr Adam and two leaders of the Janjaweed militia.",
			[]string{"ARREST_WARRANT Q47488>idris-kamal-nuri @2025-07-24", "ARREST_WARRANT Q47488>musa-bakr-adam @2025-07-24", "ARREST_WARRANT Q47488>janjaweed-leaders @2025-07-24"}, nil},
		// an arrest whose agent the text does not give
		{"was arrested in April 2011, by no one named", "2019-01-16",
			"Idris Kamal Nuri, 73, was arrested in April 2011 after a months-long standoff and handed over to the court by Chad in November that year.",
			[]string{"ARREST >idris-kamal-nuri @2011-04", "SURRENDER chad>idris-kamal-nuri @2011-11"}, nil},
		{"an undated arrest with no agent is none", "2019-01-16",
			"Idris Kamal Nuri was arrested after a months-long standoff.",
			nil, []string{"ARREST >idris-kamal-nuri"}},
		{"an arrest in a state is the state's", "2019-01-16",
			"Idris Kamal Nuri was arrested in Belgium in May 2008.",
			[]string{"ARREST belgium>idris-kamal-nuri @2008-05"}, []string{"ARREST >idris-kamal-nuri @2008-05"}},
		// "X followed": the event just told, of another party
		{"B followed in March 2014", "2019-01-16",
			"Idris Kamal Nuri was handed over to the court by Chad in November 2011. Musa Bakr Adam followed in March 2014.",
			[]string{"SURRENDER chad>idris-kamal-nuri @2011-11", "SURRENDER chad>musa-bakr-adam @2014-03"}, nil},
		{"a state followed suit", "2019-01-16",
			"Burundi withdrew from the ICC in October 2017. The Philippines followed suit in March 2019.",
			[]string{"WITHDRAWAL Q928>Q47488 @2019-03"}, nil},
		{"followed with an object is something else", "2019-01-16",
			"Idris Kamal Nuri was handed over to the court by Chad in November 2011. Musa Bakr Adam followed the hearing from Chad.",
			nil, []string{"SURRENDER chad>musa-bakr-adam"}},
		// "the two leaders": the leaders named last
		{"the two leaders, after someone named in passing", "2024-09-04",
			"Vladimir Putin was greeted on Tuesday by Mongolian President Ukhnaa Khurelsukh at a ceremony where guards wore uniforms modelled on those of Genghis Khan's bodyguards. The two leaders then held talks on energy supplies.",
			[]string{"MEETING Q7747+ukhnaa-khurelsukh> @2024-09-03"}, []string{"MEETING genghis-khan+ukhnaa-khurelsukh>"}},
		// "then" continues the time of the clause before
		{"crossed in June 2020; the authorities then transferred him", "2025-10-08",
			"Idris Kamal Nuri lived freely in Sudan until he crossed into Chad in June 2020 and gave himself up; the Chadian authorities then transferred him to the court.",
			[]string{"SURRENDER chad>idris-kamal-nuri @2020-06"}, nil},
		// an unknown name the words around it show to be a body, not a
		// person whom "he" or "him" could stand for
		{"a member of X, then he", "2024-03-02",
			"Idris Kamal Nuri, a member of the armed group Jund al-Haqq, was arrested in Chad on 3 May 2023. Niger surrendered him to the court in June 2023.",
			[]string{"SURRENDER Q1032>idris-kamal-nuri @2023-06"}, []string{"SURRENDER Q1032>jund-al-haqq @2023-06"}},
		{"X, the rebel movement, then him", "2024-03-02",
			"Omar Haroun Bashiri led raids for Kata Nimr, the Sudanese rebel movement, in 2013. Chad surrendered him to the court in June 2023.",
			[]string{"SURRENDER chad>omar-haroun-bashiri @2023-06"}, []string{"SURRENDER chad>kata-nimr @2023-06"}},
		{"a body's name before member is no target", "2024-03-02",
			"Trial Chamber III convicted a senior Kata Nimr member, Omar Haroun Bashiri, of murder on 1 March 2024.",
			[]string{"CONVICTION Q47488>omar-haroun-bashiri @2024-03-01"}, []string{"CONVICTION Q47488>kata-nimr @2024-03-01"}},
		{"a place named before mosque is no person", "2024-03-02",
			"Omar Haroun Bashiri admitted attacking the Sidi Bel Kheir mosque. Trial Chamber III convicted him on 1 March 2024.",
			[]string{"CONVICTION Q47488>omar-haroun-bashiri @2024-03-01"}, []string{"CONVICTION Q47488>sidi-bel-kheir @2024-03-01"}},
		{"X, a member of the group: X is the person", "2024-03-02",
			"The court convicted Omar Haroun Bashiri, a member of the armed group Kata Nimr, on 1 March 2024. He was sentenced to nine years on 2 March 2024.",
			[]string{"CONVICTION Q47488>omar-haroun-bashiri @2024-03-01", "CONVICTION Q47488>omar-haroun-bashiri @2024-03-02"}, nil},
		{"then after a day keeps no date", "2025-10-08",
			"Idris Kamal Nuri crossed into Chad on 2 June 2020 and gave himself up; the Chadian authorities then transferred him to the court.",
			[]string{"SURRENDER chad>idris-kamal-nuri"}, []string{"SURRENDER chad>idris-kamal-nuri @2020-06-02"}},
	})
}

// TestProceedingsEntities checks which states a text names as entities, on
// sentences written for the test.
func TestProceedingsEntities(t *testing.T) {
	cases := []struct {
		name, text string
		want, none []string
	}{
		{"the state of a dateline's city is a place",
			"THE HAGUE, Netherlands (AP) — The International Criminal Court issued a warrant on Monday for Idris Kamal Nuri.",
			nil, []string{"Q55"}},
		{"a state named in the text is an entity",
			"THE HAGUE (AP) — The Netherlands said on Monday it would arrest Idris Kamal Nuri.",
			[]string{"Q55"}, nil},
		{"a territory after a preposition is a place",
			"Police arrested Idris Kamal Nuri at the airport as he returned from Hong Kong.",
			nil, []string{"hong-kong"}},
		{"a curated state after a preposition is still named",
			"The prosecutor's investigations range from Palestine to the Philippines.",
			[]string{"Q219060", "Q928"}, nil},
		{"Congolese is the Congo the text names by its own name",
			"Congolese troops detained Idris Kamal Nuri in Brazzaville, the capital of the Republic of the Congo.",
			[]string{"republic-of-the-congo"}, []string{"dr-congo"}},
		{"a treaty names no party",
			"The Gambia brought a case against Myanmar under the Genocide Convention. The EU updated its Blocking Statute in June.",
			[]string{"gambia", "myanmar"}, []string{"genocide-convention", "blocking-statute"}},
		{"and inside a body's name",
			"The juntas plan to set up a Sahelian Criminal and Human Rights Court to try such crimes.",
			[]string{"sahelian-criminal-and-human-rights-court"}, []string{"sahelian-criminal"}},
		{"and between two bodies",
			"Human Rights Watch and Amnesty International criticised the plan on Monday.",
			[]string{"human-rights-watch", "amnesty-international"}, []string{"human-rights-watch-and-amnesty-international"}},
		{"a body's name after the goes on past of",
			"Idris Kamal Nuri sat on the executive committee of the Confederation of African Football.",
			[]string{"confederation-of-african-football"}, []string{"african-football"}},
		{"a demonym inside a body's name",
			"Idris Kamal Nuri founded the Union of Congolese Patriots in 2000.",
			[]string{"union-of-congolese-patriots"}, []string{"union"}},
		{"a commission of inquiry on a state",
			"In September the Commission of Inquiry on Burundi said crimes had been committed.",
			[]string{"commission-of-inquiry-on-burundi"}, []string{"commission-of-inquiry"}},
		{"a body named after its state",
			"Idris Kamal Nuri led the Patriotic Forces for the Liberation of Congo until the Parliament of Kenya voted.",
			[]string{"patriotic-forces-for-the-liberation-of-congo", "parliament-of-kenya"}, []string{"patriotic-forces"}},
		{"the government of a state is the state",
			"The Government of Sudan welcomed the verdict on Monday.",
			[]string{"Q1049"}, []string{"government-of-sudan"}},
		{"the rest of a title is no name",
			"The court issued warrants for Idris Kamal Nuri, Chad's Commissioner for Children's Rights, and for the Minister of Justice.",
			[]string{"idris-kamal-nuri", "chad"}, []string{"for-children", "of-justice"}},
		{"Congolese alone is the DRC",
			"A former Congolese vice-president was acquitted.",
			[]string{"dr-congo"}, []string{"republic-of-the-congo"}},
		{"two particles of a surname",
			"\"The ruling binds every state,\" said Margriet van der Linden, a researcher at Human Rights Watch. Hans von der Brelie agreed.",
			[]string{"margriet-van-der-linden", "hans-von-der-brelie", "human-rights-watch"}, []string{"linden", "brelie"}},
		{"particles after a title are no given name",
			"The court heard Judge van der Berg on Monday.",
			nil, []string{"judge-van-der-berg"}},
		{"a cleric's title is no part of his name",
			"\"Peace must come first,\" said Bishop Paul Okello Amuru, and Imam Yusuf Kato Baraza agreed.",
			[]string{"paul-okello-amuru", "yusuf-kato-baraza"}, []string{"bishop-paul-okello-amuru", "imam-yusuf-kato-baraza"}},
		{"a long name strung by words of descent",
			"Mohamed Lamine Ag Ibrahim Ag Moussa Ag Alhassane was handed to the court. Mohamed Ould Sidi Abdallahi Ould Cheikh spoke for him.",
			[]string{"mohamed-lamine-ag-ibrahim-ag-moussa-ag-alhassane", "mohamed-ould-sidi-abdallahi-ould-cheikh"}, nil},
		{"a long run with no word of descent is no person",
			"The Annual Global Human Security Review Report came out on Monday.",
			nil, []string{"annual-global-human-security-review-report"}},
		{"a region named by a compass word is a place",
			"Militias from Southern Darfur and North Kivu fled to the West Nile region; South Kivu officials denied it.",
			nil, []string{"southern-darfur", "north-kivu", "west-nile", "south-kivu"}},
		{"a compass word inside a body's name keeps the body",
			"The Central African Republic and the Southern African Development Community welcomed the ruling.",
			[]string{"Q929", "southern-african-development-community"}, nil},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			rep := extract(t, "2025-03-12", tt.text)
			got := map[string]bool{}
			for _, e := range rep.Entities {
				got[e.ID] = true
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("want entity %s, got %v", w, got)
				}
			}
			for _, n := range tt.none {
				if got[n] {
					t.Errorf("do not want entity %s, got %v", n, got)
				}
			}
		})
	}
}
