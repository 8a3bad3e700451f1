package loaders

import "github.com/hague-kg/hague/graph"

// A mention is a span of a sentence that refers to an entity.
type mention struct {
	from, to int // token span
	entity   string
	kind     graph.EntityKind
	conf     float64
	// modifier marks a qualifier of another mention ("Israel's" in "Israel's
	// Prime Minister Benjamin Netanyahu", "Russian" in "Russian Foreign
	// Minister"): an entity the text names, but not a party to an event.
	modifier bool
	demonym  bool // written as a demonym ("Israeli")
	place    bool // written as a capital or place ("Budapest")
	pronoun  bool // "he", "the court"
	// possessed marks "his" before an act done to him ("his arrest")
	possessed bool
	group     bool // an unnamed group ("ICC officials")
	appos     bool // inside an appositive ("Liz Evenson, HRW's director,")
	// coref is the word of a pronoun or definite description ("court" in
	// "the court"), resolved at registration.
	coref      string
	upperCoref bool
	// also are the other people a plural reference stands for ("both men":
	// the two named before); roles take each as a party
	also []string
}

// weak mentions name an entity only as a place or a low-confidence guess; its
// entity enters the report only if it takes part in an event.
func (m *mention) weak() bool { return m.place || m.group || m.conf < 0.5 }

// travelVerbs before a capital make it a place: "visited Budapest".
var travelVerbs = map[string]bool{"visited": true, "visit": true, "visits": true, "visiting": true, "reached": true, "left": true, "toured": true}

// titleHeads are words that make a title: "Judge", "Foreign Minister".
var titleHeads = map[string]bool{
	"judge": true, "justice": true, "prosecutor": true, "president": true, "minister": true, "secretary": true,
	"chancellor": true, "king": true, "queen": true, "general": true, "commander": true, "ambassador": true,
	"senator": true, "governor": true, "registrar": true, "rapporteur": true, "director": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "chief": true, "head": true, "leader": true,
	"chair": true, "chairman": true, "chairperson": true, "chairwoman": true, "envoy": true, "lawyer": true,
	"mayor": true, "premier": true, "emir": true, "colonel": true, "commissioner": true, "advocate": true,
	"counsel": true, "representative": true, "adviser": true, "advisor": true, "researcher": true,
	"sheikh": true, "vice-president": true, "deputy": true, "secretary-general": true, "dictator": true,
	"strongman": true, "warlord": true, "founder": true, "officer": true, "speaker": true, "spokesman.": true,
	"aide": true, "lieutenant": true, "admiral": true, "marshal": true, "brigadier": true, "captain": true, "major": true,
	"archbishop": true, "bishop": true, "cardinal": true, "imam": true, "rabbi": true, "pastor": true, "reverend": true, "rev.": true,
	"gen.": true, "lt.": true, "col.": true, "sen.": true, "gov.": true, "amb.": true, "pres.": true,
}

// honorifics precede names but are no position.
var honorifics = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true, "mrs": true, "ms": true, "dr": true, "prof.": true, "sir": true, "dame": true}

// titleWords may be part of a title besides its head: "Foreign", "Prime",
// "international justice", "of State".
var titleWords = map[string]bool{
	"foreign": true, "prime": true, "deputy": true, "vice": true, "defence": true, "defense": true,
	"interior": true, "justice": true, "international": true, "associate": true, "senior": true,
	"executive": true, "special": true, "high": true, "attorney": true, "of": true, "state": true,
	"human": true, "rights": true, "presiding": true, "pre-trial": true, "trial": true, "appeals": true,
	"supreme": true, "national": true, "security": true, "military": true, "army": true, "regional": true,
	"legal": true, "crisis": true, "research": true, "militia": true, "rebel": true, "opposition": true,
	"finance": true, "affairs": true, "external": true, "armed": true, "forces": true, "commanding": true,
	"top": true, "lead": true, "assistant": true, "programme": true, "program": true, "policy": true,
	"advocacy": true, "global": true, "africa": true, "middle": true, "east": true, "europe": true,
	"asia": true, "americas": true, "division": true, "treasury": true, "council": true, "party": true,
	"movement": true, "former": true, "acting": true, "then": true, "court": true, "icc": true, "chief": true,
	"communications": true, "media": true, "public": true, "information": true, "operations": true,
}

// groupHeads are nouns that make an unnamed group a party: "ICC officials".
var groupHeads = map[string]graph.EntityKind{
	"officials": graph.Person, "official": graph.Person, "judges": graph.Person, "prosecutors": graph.Person,
	"staff": graph.Person, "expert": graph.Person, "experts": graph.Person, "leaders": graph.Person,
	"officers": graph.Person, "personnel": graph.Person, "lawyers": graph.Person, "investigators": graph.Person,
	"diplomats": graph.Person, "rapporteur": graph.Person, "defenders": graph.Person, "members": graph.Person,
	"commanders": graph.Person, "employees": graph.Person, "ministers": graph.Person, "soldiers": graph.Person,
	"organizations": graph.Organization, "organisations": graph.Organization, "groups": graph.Organization,
	"ngos": graph.Organization, "entities": graph.Organization, "companies": graph.Organization,
	"institutions": graph.Organization, "banks": graph.Organization,
}

// groupFiller words are dropped from a group's id: "ICC court officials" and
// "senior ICC officials" are both "icc-officials".
var groupFiller = map[string]bool{
	"court": true, "senior": true, "top": true, "other": true, "several": true, "some": true, "many": true,
	"former": true, "current": true, "high-ranking": true, "the": true, "a": true, "an": true, "its": true,
	"their": true, "his": true, "her": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "more": true, "numerous": true, "various": true,
	"prominent": true, "leading": true, "key": true, "certain": true, "individual": true, "of": true, "'s": true,
}

// groupAdjectives may stand between a group's qualifier and its head:
// "Palestinian human rights organizations".
var groupAdjectives = map[string]bool{
	"human": true, "rights": true, "civil": true, "society": true, "court": true, "senior": true,
	"top": true, "government": true, "military": true, "security": true, "judicial": true, "legal": true,
	"non-governmental": true, "humanitarian": true, "aid": true, "independent": true, "special": true,
	"former": true, "current": true, "high-ranking": true, "elected": true, "serving": true, "prominent": true,
	"leading": true, "key": true, "other": true, "several": true, "justice": true, "international": true,
	"prosecution": true, "defence": true, "defense": true, "intelligence": true, "police": true,
	"armed": true, "rebel": true, "militia": true, "opposition": true, "political": true, "local": true,
	"national": true, "financial": true, "charity": true, "charitable": true, "advocacy": true,
}

// kindSuffixes guess the kind of an unknown name from its last word.
var kindSuffixes = map[string]graph.EntityKind{
	"court": graph.Court, "tribunal": graph.Court, "chamber": graph.Court, "chambers": graph.Court,
	"organization": graph.Organization, "organisation": graph.Organization, "movement": graph.Organization,
	"group": graph.Organization, "council": graph.Organization, "ministry": graph.Organization,
	"commission": graph.Organization, "watch": graph.Organization, "international": graph.Organization,
	"office": graph.Organization, "department": graph.Organization, "agency": graph.Organization,
	"foundation": graph.Organization, "institute": graph.Organization, "centre": graph.Organization,
	"center": graph.Organization, "union": graph.Organization, "front": graph.Organization,
	"army": graph.Organization, "forces": graph.Organization, "force": graph.Organization, "brigade": graph.Organization,
	"brigades": graph.Organization, "fleet": graph.Organization, "navy": graph.Organization, "corps": graph.Organization,
	"regiment": graph.Organization, "battalion": graph.Organization, "guard": graph.Organization, "party": graph.Organization, "committee": graph.Organization,
	"network": graph.Organization, "coalition": graph.Organization, "association": graph.Organization,
	"federation": graph.Organization, "alliance": graph.Organization, "bank": graph.Organization,
	"service": graph.Organization, "police": graph.Organization, "initiative": graph.Organization,
	"project": graph.Organization, "fund": graph.Organization, "society": graph.Organization,
	"university": graph.Organization, "assembly": graph.Organization, "parliament": graph.Organization,
	"government": graph.Organization, "militia": graph.Organization, "corporation": graph.Organization,
	"inc.": graph.Organization, "ltd.": graph.Organization, "bureau": graph.Organization, "unit": graph.Organization,
	"republic": graph.State, "kingdom": graph.State, "emirates": graph.State, "federation.": graph.State,
}

// nameConnectors may join the words of one name: "Ministry of Foreign Affairs",
// "Omar al-Bashir", "Ursula von der Leyen".
var nameConnectors = map[string]bool{
	"of": true, "for": true, "de": true, "del": true, "der": true, "den": true, "ter": true, "van": true, "von": true, "al": true,
	"bin": true, "ibn": true, "arap": true, "la": true, "da": true, "dos": true, "el": true, "di": true, "du": true, "le": true,
	"and": false,
}

// prepositions before a mention make it no subject: "calls by X", "the
// government of X".
var prepositions = map[string]bool{
	"of": true, "by": true, "with": true, "under": true, "for": true, "against": true, "on": true, "to": true,
	"from": true, "in": true, "at": true, "despite": true, "including": true, "into": true,
	"over": true, "about": true, "regarding": true, "than": true, "like": true, "toward": true, "towards": true,
	"among": true, "between": true, "via": true, "without": true, "upon": true, "within": true, "behind": true,
	"whom": true, "per": true,
}

// corefNouns are definite descriptions that point back to an entity named
// earlier: "the court", "the organization".
var corefNouns = map[string]graph.EntityKind{
	"court": graph.Court, "tribunal": graph.Court,
	"organization": graph.Organization, "organisation": graph.Organization, "group": graph.Organization,
	"ngo": graph.Organization, "watchdog": graph.Organization, "body": graph.Organization,
	"country": graph.State, "state": graph.State, "government": graph.State, "nation": graph.State,
	"administration": graph.State, "assembly": graph.Organization, "movement": graph.Organization, "militia": graph.Organization,
}

// corefTitles are titles used as definite descriptions: "the prosecutor".
var corefTitles = map[string]bool{"prosecutor": true, "judge": true, "president": true, "registrar": true, "minister": true, "rapporteur": true}
