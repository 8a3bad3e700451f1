package loaders

import "strings"

// commonWords are English words that are capitalised only because they open a
// sentence or a title; a capitalised run never starts with one. The list is
// the function words and frequent verbs, adverbs and nouns of news prose.
var commonWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(commonWordList) {
		commonWords[w] = true
	}
}

const commonWordList = `
a about above according across after afterwards again against all almost alone along already also although always
am among an and another any anyone anything are around as at back be became because become been before being
below besides between beyond both but by can cannot could did do does doing done down during each either else
even ever every everyone everything few finally first following for former from further had has have having he
her here hers herself him himself his how however i if in including indeed instead into is it its itself just
last later least less like many may meanwhile might more moreover most much must my neither never nevertheless
new next no nobody none nor not nothing now of off often on once one only or other others otherwise our out
over own per perhaps rather same several she should since so some someone something sometimes still such than
that the their them themselves then there thereafter therefore these they this those though through thus to
together too toward towards under unless until up upon us very was we were what whatever when where whereas
whether which while who whom whose why will with within without would yet you your yours
two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions
today yesterday tomorrow earlier previously recently currently subsequently additionally furthermore separately
noting citing speaking asked asked responding scheduled established founded based meanwhile overall despite
instead similarly likewise notably importantly ultimately initially originally specifically particularly
another many most some such several numerous various certain each every both either neither
in on at by for with from to into onto upon over under after before during since until while
this that these those here there where when why how
statement press release report reports reported according sources source officials official critics
human international national government governments state states country countries court courts judge judges
member members minister ministers president presidents prosecutor prosecutors lawyers experts activists
victims families witnesses people authorities leaders groups organizations organisations rights justice
under-secretary secretary general attorney
north south east west northern southern eastern western central
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
mr mrs ms dr
note editor update updated read see watch listen related
yes no
`

// peopleNouns are plural nouns for unnamed people that open many sentences
// of news prose ("Analysts said", "Critics noted"); capitalised alone they
// name no one.
var peopleNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`analysts critics diplomats observers residents witnesses survivors advocates
supporters opponents protesters demonstrators lawmakers legislators investigators researchers scholars
academics journalists reporters sources police prosecutors lawyers judges officials experts activists
victims families relatives campaigners commentators negotiators mediators delegates envoys sanctions
warrants charges rights others many some several both neither`) {
		peopleNouns[w] = true
	}
}
