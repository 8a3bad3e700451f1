package loaders

import (
	"sort"
	"strings"

	"github.com/hague-kg/hague/graph"
)

// voice says how a trigger's roles are laid out around it.
type voice uint8

const (
	active   voice = iota // AGENT verb TARGET
	passive               // TARGET was verbed (by AGENT)
	nominal               // [AGENT's] noun for/against TARGET
	complied              // AGENT did not arrest TARGET: non-compliance, implies a warrant
	selfPass              // TARGET faces/is subject to: target before, agent implied
	implied               // "arrested X on a warrant issued by Y": the target of the event before
	hosted                // STATE hosted PERSON: the person visits the state
	greeted               // PERSON was greeted by HOST: the person visits the host's state
)

// A rule is one phrasing of an event kind.
type rule struct {
	kind  graph.EventKind
	pat   pattern
	voice voice
	conf  float64
	// objectGap is how many tokens may stand between the trigger and its
	// first target.
	objectGap int
	// needTarget drops the event when no target is found.
	needTarget bool
	// negatable rules are blocked by a negation or hedge before them.
	negatable bool
	// inner rules have their target inside the phrase: "found X guilty".
	inner bool
	// denial rules are a bare verb that closes a relative clause on what
	// was just stated: "which he denies" (see relativeDenial)
	denial bool
	// absolute rules are a participle of speech with a subject of its own:
	// "with X saying" (see absoluteSpeaker)
	absolute bool
}

// withInner marks a rule whose target stands inside its phrase.
func withInner(ru rule) rule { ru.inner = true; return ru }

// asAbsolute marks a participle of speech in an absolute clause.
func asAbsolute(ru rule) rule { ru.absolute = true; return ru }

// asDenial marks a rule of relative denial.
func asDenial(ru rule) rule { ru.denial = true; return ru }

func r(kind graph.EventKind, pat string, v voice, conf float64, gap int) rule {
	needTarget := true
	switch kind {
	case graph.Statement, graph.Meeting, graph.WithdrawalAnnouncement, graph.Withdrawal, graph.ExecutiveOrder, graph.CyberAttack:
		needTarget = false
	}
	return rule{kind: kind, pat: compile(pat), voice: v, conf: conf, objectGap: gap, needTarget: needTarget, negatable: v != complied}
}

// rules are tried in order at every token; the first that matches wins and
// consumes its tokens. Longer and more specific phrasings come first.
var rules = []rule{
	// non-compliance carries its own negation
	// (the negation is not optional: "said they would arrest him" is none)
	r(graph.NonCompliance, "did|does|do|has|have|had|would|could not|never ?yet arrest|execute|enforce|surrender|detain", complied, 0.85, 4),
	r(graph.NonCompliance, "didn't|doesn't|don't|hasn't|haven't|hadn't|wouldn't|couldn't|didn’t|doesn’t|don’t|hasn’t|haven’t|hadn’t|wouldn’t|couldn’t ?yet arrest|execute|enforce|surrender|detain", complied, 0.85, 4),
	// "Sudan has never surrendered them", "had not arrested him"
	r(graph.NonCompliance, "has|have|had not|never ?yet arrested|surrendered|detained|executed|enforced", complied, 0.85, 4),
	r(graph.NonCompliance, "hasn't|haven't|hadn't|hasn’t|haven’t|hadn’t ?yet arrested|surrendered|detained|executed|enforced", complied, 0.85, 4),
	// "Kenya has not handed him over", "did not hand over either man"
	r(graph.NonCompliance, "did|does|do|has|have|had|would not|never ?yet hand|handed|extradite|extradited|transfer|transferred", complied, 0.8, 4),
	r(graph.NonCompliance, "didn't|doesn't|hasn't|haven't|hadn't|wouldn't|didn’t|doesn’t|hasn’t|haven’t|hadn’t|wouldn’t ?yet hand|handed|extradite|extradited|transfer|transferred", complied, 0.8, 4),
	r(graph.NonCompliance, "failed|fails|fail|failing|refused|refuses|refuse|refusing|declined|declines|declining ~1 to arrest|execute|enforce|surrender|detain|hand", complied, 0.85, 4),
	r(graph.NonCompliance, "failure|failures|refusal ~1 to arrest|execute|enforce|surrender|detain", complied, 0.75, 4),
	// "Mongolian authorities did not act on an ICC warrant for him"
	r(graph.NonCompliance, "did|does|do|has|have|had not|never act|acted on ~3 warrant|warrants", complied, 0.8, 4),
	r(graph.NonCompliance, "didn't|doesn't|don't|hasn't|haven't|hadn't|didn’t|doesn’t|don’t|hasn’t|haven’t|hadn’t act|acted on ~3 warrant|warrants", complied, 0.8, 4),
	r(graph.NonCompliance, "instead of arresting|surrendering", complied, 0.8, 4),
	// "instead of being handed over to the court, he was freed": by the
	// state that held him (see roles)
	r(graph.NonCompliance, "instead of being handed|surrendered|transferred|extradited", complied, 0.75, 0),
	// "ignored the court's order to arrest him", "made no move to detain him"
	r(graph.NonCompliance, "ignored|ignores|ignoring|disregarded|disregards|defied|defies|defying ~4 order|orders|request|requests|obligation|obligations|call|calls|demand|demands to arrest|detain|surrender", complied, 0.8, 4),
	r(graph.NonCompliance, "made|makes|make no move|attempt|effort to arrest|detain", complied, 0.8, 4),
	withInner(r(graph.NonCompliance, "welcomed|hosted|received|greeted|welcomes|hosts|receives|greets ~12 despite", complied, 0.8, 0)),
	// "welcomed Bashir to a summit without detaining him"
	withInner(r(graph.NonCompliance, "welcomed|hosted|received|welcomes|hosts|receives ~14 without arresting|detaining|surrendering|executing", complied, 0.8, 0)),
	// "by allowing X to visit the country without arresting him"
	withInner(r(graph.NonCompliance, "allowed|allowing|allows|let|letting|lets ~10 without arresting|detaining|surrendering", complied, 0.8, 0)),
	withInner(r(graph.NonCompliance, "released|releases|freed|frees ~4 instead of", complied, 0.8, 0)),
	// "found that Mongolia had failed to comply by not arresting him"
	r(graph.NonCompliance, "not arresting|detaining|surrendering", complied, 0.8, 4),
	// withdrawal announcements before withdrawals
	r(graph.WithdrawalAnnouncement, "announced|announces|announce|announcing|declared|declares|confirmed ~7 withdraw|withdrawal|withdrawals|withdrawing|exit|leave|leaving", active, 0.85, 6),
	r(graph.WithdrawalAnnouncement, "intention|intent|decision|plan|plans|intends|decided|decides|voted|votes ~1 to withdraw|leave|quit|exit", active, 0.85, 6),
	// "voted on Tuesday to withdraw": past the date
	r(graph.WithdrawalAnnouncement, "decided|decides|voted|votes ~4 to withdraw|leave|quit|exit", active, 0.8, 6),
	r(graph.WithdrawalAnnouncement, "said|says|announced ~6 would|will withdraw|leave|quit", active, 0.8, 6),
	// "said on Monday they were withdrawing from the Rome Statute"
	r(graph.WithdrawalAnnouncement, "said|says|announced ~6 were|was|are|is withdrawing|leaving|quitting", active, 0.8, 6),
	// "announced on Monday in a joint statement that they were withdrawing":
	// past the date and the medium, the reported clause opened by "that"
	r(graph.WithdrawalAnnouncement, "said|says|announced|announces|declared|declares|confirmed ~9 that ~3 were|was|are|is withdrawing|leaving|quitting", active, 0.8, 6),
	// "announced earlier this year, as it hosted X, that the country would
	// leave the court": a reported clause far from its verb (see accept)
	r(graph.WithdrawalAnnouncement, "would|will ?formally withdraw|leave|quit|exit", active, 0.75, 6),
	r(graph.Withdrawal, "formally|officially ?has withdrew|withdrawn|left|quit|exited", active, 0.9, 5),
	r(graph.Withdrawal, "withdrew|withdraws|withdrawn ?formally from|its", active, 0.9, 5),
	// "Duterte withdrew the Philippines from the ICC": the state withdrawn
	// (see roles)
	r(graph.Withdrawal, "withdrew|withdraws ~3 from", active, 0.85, 5),
	r(graph.Withdrawal, "notified|notifies|deposited|submitted|lodged|lodges ~4 withdrawal|notification|notice", active, 0.85, 8),
	// "notified the United Nations of its own withdrawal"
	r(graph.Withdrawal, "notified|notifies ~4 its|their own withdrawal", active, 0.85, 8),
	// "It formally notified the UN Secretary-General on November 10": only
	// where the document speaks of withdrawing (see accept)
	r(graph.Withdrawal, "formally|officially notified|notifies", active, 0.75, 8),
	// "Burundi's withdrawal took effect in October 2017": the possessor (see accept)
	r(graph.Withdrawal, "withdrawal|exit ?from ~4 took|takes|became ~1 effect|effective", nominal, 0.8, 0),
	r(graph.Withdrawal, "withdrawal|exit from ~4 took|takes|became ~1 effect|effective", active, 0.8, 0),
	// "Burundi's withdrawal from the International Criminal Court (ICC),
	// which took effect on October 27, 2017": the possessor (see accept)
	r(graph.Withdrawal, "withdrawal|exit ?from ~9 which|that took|takes|became|becomes ~1 effect|effective", nominal, 0.8, 0),
	r(graph.Withdrawal, "left|leaves|quit|quits the", active, 0.6, 2),
	// "The instrument of withdrawal, signed by the minister, was received
	// by the Secretary-General on Wednesday": of the state withdrawing (see
	// roles)
	r(graph.Withdrawal, "instrument|notification|notice of withdrawal ~10 was|were received|deposited|lodged|submitted", active, 0.8, 0),
	// "completed its withdrawal from the court in March 2019"
	r(graph.Withdrawal, "completed|completes|finalized|finalised|finalizes|finalises its|their withdrawal|withdrawals|exit|exits", active, 0.8, 4),
	// "notified the United Nations secretary-general of its withdrawal"
	r(graph.Withdrawal, "notified|notifies|informed|informs ~6 of its|their withdrawal|withdrawals|exit", active, 0.85, 8),
	// passives name the target first
	r(graph.Sanction, "was|were|been|being|is|are ?also sanctioned|designated|blacklisted", passive, 0.85, 0),
	// "B was added the same day": only after a sanction (see accept)
	r(graph.Sanction, "was|were|been|is|are ?also added", passive, 0.75, 0),
	r(graph.Arrest, "was|were|been|being|is|are ?also|first|later|then|eventually|finally|subsequently|formally|officially|previously|initially|again|ultimately|swiftly|promptly|immediately arrested|detained|apprehended|captured", passive, 0.85, 0),
	r(graph.Surrender, "was|were|been|being|is|are ?also|first|later|then|eventually|finally|subsequently|formally|officially|previously|initially|again|ultimately|swiftly|promptly|immediately surrendered|transferred|extradited|handed", passive, 0.8, 0),
	r(graph.Conviction, "was|were|been|is|are ?also|first|later|then|eventually|finally|subsequently|formally|officially|previously|initially|again|ultimately|swiftly|promptly|immediately convicted", passive, 0.85, 0),
	r(graph.Conviction, "was|were|been|is|are ?also|first|later|then|eventually|finally|subsequently|formally|officially|previously|initially|again|ultimately|swiftly|promptly|immediately found guilty", passive, 0.85, 0),
	r(graph.Conviction, "was|were|been|is|are ?also|first|later|then|eventually|finally|subsequently|formally|officially|previously|initially|again|ultimately|swiftly|promptly|immediately sentenced", passive, 0.75, 0),
	r(graph.Charge, "was|were|been|is|are ?also|first|later|then|eventually|finally|subsequently|formally|officially|previously|initially|again|ultimately|swiftly|promptly|immediately charged|indicted", passive, 0.8, 0),
	// warrants and requests
	r(graph.WarrantRequest, "asked|requested|urged|requests|asks ~8 to issue|grant|approve ~2 warrant|warrants", active, 0.85, 10),
	// "requested that the judges issue a warrant for X"
	r(graph.WarrantRequest, "asked|requested|urged|requests|asks|requesting|asking ~2 that ~4 issue|grant|approve ~2 warrant|warrants", active, 0.85, 10),
	r(graph.WarrantRequest, "sought|seeks|seek|seeking|requested|requests|request|requesting|applied|applies|asked ~4 arrest|warrant|warrants", active, 0.85, 10),
	r(graph.WarrantRequest, "application|applications|request|requests ~3 for ~3 warrant|warrants", nominal, 0.75, 10),
	// "issued a warrant for X at the request of Prosecutor Y", "the
	// warrants were issued following applications submitted by the
	// Prosecutor": Y asked for the warrant just named (see roles)
	r(graph.WarrantRequest, "at|upon|on the request|requests|application|applications", implied, 0.8, 0),
	r(graph.WarrantRequest, "following|after|upon ?an|a|the|his|her application|applications|request|requests ?submitted|filed|made|lodged", implied, 0.8, 0),
	r(graph.ArrestWarrant, "issued|issues|issue|issuing|granted|approved|unsealed ~4 warrant|warrants", active, 0.9, 6),
	// "judges granted the prosecutor's request for a warrant for X"
	r(graph.ArrestWarrant, "granted|approved|accepted|grants|approves|accepts ~4 request|requests|application|applications ~3 for ~3 warrant|warrants", active, 0.85, 6),
	r(graph.ArrestWarrant, "wanted by", passive, 0.8, 0),
	// "a Moscow court ordered the arrest of X", "ordered X's arrest"
	r(graph.ArrestWarrant, "ordered|orders ?the arrest|detention of", active, 0.8, 3),
	withInner(r(graph.ArrestWarrant, "ordered|orders ~4 arrest", active, 0.75, 0)),
	r(graph.ArrestWarrant, "subject|subjects ~1 of|to ~4 warrant|warrants", selfPass, 0.75, 0),
	// "Putin, who faces an ICC arrest warrant"
	r(graph.ArrestWarrant, "faces|face|facing ~4 warrant|warrants", selfPass, 0.75, 0),
	// "warrants of arrest were issued on Tuesday against X"
	r(graph.ArrestWarrant, "warrant|warrants ?of ?arrest was|were|have|has|had ?been issued|unsealed ~4 for|against", nominal, 0.8, 4),
	r(graph.ArrestWarrant, "warrant|warrants ?issued ?by ~6 for|against", nominal, 0.75, 4),
	// "issued a warrant for his arrest in 2006, and a second one in 2012",
	// "the warrant against him, and a second one against B": a further
	// warrant after one the sentence named (see roles)
	r(graph.ArrestWarrant, "a|another ?second|third|fourth|further|new one", nominal, 0.75, 4),
	// "and in 2012 it issued one for B": a warrant like the one before
	r(graph.ArrestWarrant, "issued|issues|unsealed one|another for|against", active, 0.8, 2),
	// "the ICC's issuance of an arrest warrant for X on Thursday"
	r(graph.ArrestWarrant, "issuance of ~3 warrant|warrants", nominal, 0.8, 4),
	// "issued a warrant for A in 2007, together with one for B"
	r(graph.ArrestWarrant, "together|along with one|another", nominal, 0.75, 4),
	// "The first warrants in the Ukraine situation, in March 2023,
	// targeted X and Y"
	// "the warrants name his deputy A and commanders B and C"
	r(graph.ArrestWarrant, "warrant|warrants ~12 targeted|targets|target|named|names|name", nominal, 0.75, 2),
	// "the warrants were issued on Monday by Pre-Trial Chamber II": those named before
	r(graph.ArrestWarrant, "warrant|warrants was|were|had ?been issued|unsealed", nominal, 0.7, 0),
	// "arrested X on a warrant issued by the ICC": the warrant for X
	r(graph.ArrestWarrant, "on|under ~5 warrant|warrants", implied, 0.7, 0),
	// "detained him on the basis of an ICC arrest warrant issued four days earlier"
	r(graph.ArrestWarrant, "on the basis of ~4 warrant|warrants", implied, 0.7, 0),
	// "the arrest warrants that the court issued against X in November"
	r(graph.ArrestWarrant, "warrant|warrants that|which ~4 issued|unsealed against|for", nominal, 0.75, 4),
	// sanctions
	r(graph.Sanction, "imposed|imposes|impose|imposing|slapped|levied|announced|placed|reimposed ~4 sanction|sanctions on|against", active, 0.9, 6),
	// "Washington imposed them on Bensouda": them, the sanctions just named
	r(graph.Sanction, "imposed|imposes|reimposed them|these|those on|against", active, 0.75, 6),
	r(graph.Sanction, "froze|freezes|freeze|freezing ~2 assets of", active, 0.85, 4),
	// "added X to its Specially Designated Nationals list" (not "put X on
	// its wanted list", see accept)
	withInner(r(graph.Sanction, "added|adds|adding|designated|designates|designating|listed|put|puts|putting|placed|places|placing ~6 to|on ~4 sanctions|sanction|blacklist|list", active, 0.85, 0)),
	r(graph.Sanction, "sanctioned|designated|designates|designating|blacklisted|sanctioning", active, 0.85, 3),
	r(graph.Sanction, "sanctions", active, 0.7, 0),
	r(graph.Sanction, "on|under ~3 sanctions list|lists", selfPass, 0.7, 0),
	// "X, who has been under US sanctions since September"
	r(graph.Sanction, "under ~1 sanctions", selfPass, 0.7, 0),
	// "X was hit with US sanctions in February"
	r(graph.Sanction, "hit|slapped with ~1 sanctions", selfPass, 0.75, 0),
	// "sanctions were imposed on X in February", "the sanctions imposed on
	// X": by whom the text says, else by the sanctioner named before (see
	// roles)
	r(graph.Sanction, "sanction|sanctions ?were|was|had|have ?been imposed|reimposed|levied on|against", nominal, 0.7, 4),
	r(graph.Sanction, "sanction|sanctions on|against", nominal, 0.65, 4),
	// "the US designation of X", "Washington's decision to sanction X"
	r(graph.Sanction, "designation|designations of", nominal, 0.7, 3),
	r(graph.Sanction, "decision|move ~3 to sanction|designate", nominal, 0.75, 3),
	// "imposed sanctions on Khan in February and on four judges in June":
	// the verb's second object, with a date of its own
	r(graph.Sanction, "and on|against", nominal, 0.7, 2),
	// "Washington sanctioned Khan in February, and in July it also targeted
	// Albanese", "the administration added X": after sanctions, by their
	// sanctioner (see accept and roles)
	r(graph.Sanction, "targeted|added", active, 0.7, 1),
	r(graph.ExecutiveOrder, "executive order|orders", active, 0.85, 12),
	// "Trump signed an order in February authorizing sanctions"
	r(graph.ExecutiveOrder, "signed|signs|issued ~2 order", active, 0.8, 12),
	// "A similar order during Trump's first term in 2020": another order
	// in a document about one
	r(graph.ExecutiveOrder, "order|orders", nominal, 0.7, 12),
	// arrests and surrenders
	r(graph.Arrest, "arrested|arrests|detained|detains|apprehended|apprehends|captured", active, 0.85, 4),
	r(graph.Arrest, "was|were|been|being ?first|later|then|eventually|finally|subsequently|formally|immediately taken into custody", passive, 0.8, 0),
	r(graph.Arrest, "took|taken ~1 into custody", active, 0.8, 0),
	r(graph.Arrest, "arrest|detention|capture of", nominal, 0.6, 4),
	r(graph.Surrender, "surrendered|surrenders|transferred|transfers|extradited|extradites|handed", active, 0.85, 4),
	// verdicts and cases
	r(graph.Conviction, "convicted|convicts|convict", active, 0.9, 6),
	withInner(r(graph.Conviction, "found ~12 guilty", active, 0.85, 0)),
	// "found Lubanga, the founder and leader of the UPC, guilty": a name
	// and its appositive
	withInner(r(graph.Conviction, "found ~4 , ~16 , guilty", active, 0.85, 0)),
	r(graph.Conviction, "sentenced|sentences", active, 0.7, 4),
	// "overturned the war crimes conviction of X", "upheld the conviction
	// of X": a conviction named, dated only by its own phrase
	r(graph.Conviction, "conviction|convictions of", nominal, 0.65, 4),
	r(graph.Charge, "charged|charges|charge", active, 0.8, 3),
	r(graph.Charge, "confirmed ~2 charges|charge|counts ~8 against", active, 0.85, 4),
	// "Prosecutors have brought 39 counts of war crimes against X"
	r(graph.Charge, "brought|brings|filed|files|pressed|presses|laid ~3 charges|charge|counts ~8 against", active, 0.8, 4),
	// "X and Y, whose charges were confirmed in December 2019": by the court
	// "The charges (brought by the Prosecutor) were confirmed on ...": the
	// charges against the person the story is about
	r(graph.Charge, "the charges were|had|have ?been ?partially confirmed", passive, 0.7, 0),
	r(graph.Charge, "the charges brought by ~3 were|had|have ?been ?partially confirmed", passive, 0.7, 0),
	r(graph.Charge, "whose charges|charge ~5 was|were|had|have ?been ?partially confirmed", passive, 0.75, 0),
	r(graph.Charge, "faces|face|facing ~2 charges|charge|counts", selfPass, 0.7, 0),
	// "Charges against X, now Kenya's president, were confirmed"
	withInner(r(graph.Charge, "charges|charge against ~12 was|were|been|are|is confirmed", nominal, 0.8, 0)),
	// "opened criminal cases in 2023 against X": a date may stand before
	// the object (see accept)
	r(graph.CriminalCase, "opened|opens|launched|launches|initiated|initiates|filed|brought ~3 criminal case|cases|proceedings|investigation|investigations ~3 against|into", active, 0.85, 4),
	r(graph.CriminalCase, "opened|opens|launched|initiated ~2 case|cases|proceedings ~3 against", active, 0.8, 4),
	r(graph.CriminalCase, "criminal case|cases|proceedings against", nominal, 0.7, 4),
	r(graph.CyberAttack, "cyber|hacking|cybersecurity ?- ?espionage attack|attacks|incident|incidents|operation|operations|intrusion|intrusions|breach|breaches", active, 0.85, 4),
	// "a security breach of its systems": only of systems (see roles)
	r(graph.CyberAttack, "security breach|breaches ~1 of|in|affecting ~3 systems|network|networks|servers|computers", active, 0.8, 0),
	r(graph.CyberAttack, "cyberattack|cyberattacks|cyber-attack|cyber-attacks|hacked", active, 0.85, 4),
	// "hackers breached the court's computer systems": only systems (see roles)
	r(graph.CyberAttack, "breached|infiltrated|penetrated|compromised|hacked|targeted|attacked ?into ~8 systems|network|networks|servers|computers", active, 0.8, 0),
	// meetings and visits
	// "held talks with X", "the two leaders then held talks": with whom is
	// found by the roles, past a date ("held talks the same day with X")
	r(graph.Meeting, "held|holds ~2 talks|meeting|meetings|session|sessions|debate", active, 0.75, 4),
	// "held more than four hours of informal talks", "held two rounds of
	// talks": a measure of the talks before them
	r(graph.Meeting, "held|holds ~4 hours|rounds|round|days|hours-long ~2 talks|meetings|discussions", active, 0.75, 4),
	// "Khan briefed the Security Council on Thursday": the Council met
	r(graph.Meeting, "briefed|briefs|addressed|addresses the", active, 0.7, 3),
	// "at a joint news conference on Thursday, A said ... while B said"
	r(graph.Meeting, "joint news|press conference", active, 0.7, 0),
	r(graph.Meeting, "summit|summits", active, 0.7, 3),
	r(graph.Meeting, "meets|met|meeting|convenes|convened|convene|gathers|gathered|session|sessions", active, 0.75, 3),
	r(graph.Meeting, "scheduled|set for", active, 0.6, 8),
	// "The Assembly of States Parties chose Khan on Friday", "the Council
	// adopted a resolution on Monday": a sitting body that votes sits (see
	// roles; only dated)
	r(graph.Meeting, "elected|chose|adopted|voted|approved", active, 0.65, 3),
	r(graph.Visit, "visited|visits|visiting|visit|travelled|traveled|trip|flew|arrived|landed|lands", active, 0.8, 4),
	// "since Mongolia hosted him in September 2024"
	r(graph.Visit, "hosted|hosts|hosting", hosted, 0.75, 2),
	// "Putin was greeted on Tuesday by Mongolian President X": the
	// visitor is in the greeter's state
	r(graph.Visit, "was|were|is|are|been greeted|welcomed|received ~4 by", greeted, 0.75, 5),
	// "Putin was welcomed with an honor guard in the Mongolian capital":
	// the state of the place (see roles)
	r(graph.Visit, "was|were|been greeted|welcomed", greeted, 0.7, 0),
	// "while Netanyahu was in Washington this week on his first trip
	// abroad": only with a trip or visit named after (see roles)
	r(graph.Visit, "was|is in", greeted, 0.7, 0),
	// statements last: the speech verbs
	// "described the court as \"illegitimate\"": a characterization
	r(graph.Statement, "described|describes|describing", active, 0.75, 0),
	// "dismissed its findings as politically motivated", "branded the
	// court a tool of neo-colonialism": a characterization (see accept)
	r(graph.Statement, "dismissed|dismisses|branded|brands|labelled|labeled|labels", active, 0.7, 0),
	r(graph.Statement, "calls|call|appeal|appeals by", nominal, 0.6, 3),
	// "denied the allegations", not "denied access" or "denied bail"
	r(graph.Statement, "denied|denies|denying ~3 allegations|allegation|charges|accusations|accusation|claims|wrongdoing|reports|involvement|responsibility|that", active, 0.75, 0),
	// "with Information Minister X denouncing it as ...", "with Kenya
	// saying it would": an absolute clause of speech (see accept)
	asAbsolute(r(graph.Statement, "saying|denouncing|calling|describing|urging|warning|condemning|criticizing|criticising|accusing|insisting", active, 0.7, 0)),
	// "the ICC issued a statement on Wednesday calling them ...",
	// "released a joint statement": the act of making a statement
	r(graph.Statement, "issued|issues|released|releases|published|publishes ?a|an ?joint|separate|brief|written|formal statement|communique|communiqué", active, 0.75, 0),
	// "lashed out at the court": a condemnation of its object
	r(graph.Statement, "lashed|lashes out ?at|against", active, 0.8, 0),
	// "allegations against him, which he denies", "a charge it denies":
	// the denial of what the clause before states (see accept)
	asDenial(r(graph.Statement, "denies|denied|deny|rejects|rejected|disputes|disputed", active, 0.7, 0)),
	r(graph.Statement, "said|says|stated|states|urged|urges|condemned|condemns|called|calls|warned|warns|stressed|stresses|emphasized|emphasizes|emphasised|emphasises|underlined|underlines|recommended|recommends|criticized|criticised|criticizes|criticises|denounced|denounces|noted|notes|told|argued|argues|insisted|insists|declared|declares|demanded|demands|welcomed|welcomes|praised|praises|rejected|rejects|slammed|decried|deplored|affirmed|reaffirmed|expressed|appealed|announced|announces|added|highlighted|reiterated|accused|maintained|maintains|contended|contends|asserted|asserts|hailed|hails|lauded|lauds|wrote|writes|tweeted|applauded|applauds|voiced|voices|posted|posts|thanked", active, 0.8, 0),
}

// doubtVerbs before an attack deny or fear it: "denied that it had been
// hacked", "experts fear a cyber attack".
var doubtVerbs = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true, "fear": true, "fears": true, "feared": true, "fearing": true, "prevent": true, "prevents": true, "averted": true}

// modalAfter reports whether a modal follows in the clause after end:
// "the issuance of a warrant for X could come".
func modalAfter(toks []token, s sentence, end int) bool {
	for j := end; j < s.to && j < end+12; j++ {
		if clauseBreaks[toks[j].fold] || toks[j].fold == "," {
			return false
		}
		switch toks[j].fold {
		case "would", "could", "may", "might", "should", "will", "can":
			return true
		}
	}
	return false
}

// anyone are the words for no one in particular: "anyone wanted by the
// court", "suspects wanted by the court".
var anyone = map[string]bool{"anyone": true, "anybody": true, "everyone": true, "someone": true, "suspects": true, "fugitives": true, "people": true, "persons": true, "individuals": true, "those": true, "all": true}

// complementVerbs after a name make it the subject of a clause of its own:
// "added X would be next".
var complementVerbs = map[string]bool{"would": true, "will": true, "was": true, "is": true, "were": true, "are": true, "had": true, "has": true, "have": true, "could": true, "should": true, "must": true, "did": true, "does": true, "may": true, "might": true, "can": true}

// caseNouns name a criminal case; dateFillers are the words of a date
// between a case and its object: "opened criminal cases in 2023 against".
var (
	caseNouns   = map[string]bool{"case": true, "cases": true, "proceedings": true, "investigation": true, "investigations": true}
	dateFillers = map[string]bool{"in": true, "on": true, "last": true, "this": true, "that": true, "early": true, "late": true, "earlier": true, "week": true, "month": true, "year": true, "of": true}
)

// reportingVerbs attribute what follows; followed by an event they report it
// rather than state something of their own.
var reportingVerbs = map[string]bool{"said": true, "says": true, "announced": true, "announces": true, "stated": true, "confirmed": true, "reported": true, "told": true}

// rulesByWord indexes rules by the words their patterns can start with, so
// that a token is tried only against the rules it can open; rulesAlways holds
// the rules whose first element is optional or a prefix.
var rulesByWord, rulesAlways = indexRules()

func indexRules() (map[string][]int, []int) {
	by := map[string][]int{}
	var always []int
	for k := range rules {
		e := rules[k].pat[0]
		if e.optional || e.gap > 0 || len(e.prefix) > 0 {
			always = append(always, k)
			continue
		}
		for _, a := range e.alts {
			by[a] = append(by[a], k)
		}
	}
	return by, always
}

// rulesFor returns the indexes of the rules that may match at a word, in
// rule order.
func rulesFor(fold string) []int {
	ks := rulesByWord[fold]
	if len(rulesAlways) == 0 {
		return ks
	}
	out := append(append([]int(nil), ks...), rulesAlways...)
	sort.Ints(out)
	return out
}

// speechVerbs mark a preceding name as a speaker.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "stated": true, "added": true, "warned": true, "urged": true, "argued": true}

// hedges before a trigger in its clause keep it from asserting the event.
var hedges = map[string]bool{
	"may": true, "might": true, "could": true, "would": true, "should": true, "threatened": true, "threatens": true,
	"threaten": true, "threatening": true, "if": true, "whether": true, "unless": true, "considering": true,
	"consider": true, "considers": true, "not": true, "n't": true, "never": true, "no": true, "potential": true,
	"possible": true, "possibly": true, "likely": true, "expected": true, "authorized": true, "authorizes": true,
	"authorize": true, "authorizing": true, "authorised": true, "authorises": true, "authorise": true, "authorising": true, "allow": true, "allows": true, "allowed": true, "risk": true,
	"seeking": true, "seek": true, "seeks": true, "sought": true, "want": true, "wants": true, "wanted": true,
	"vowed": true, "vows": true, "proposed": true, "proposes": true, "can": true, "cannot": true,
	"without": true, "yet": true, "against": false,
	// "must now ensure that he is surrendered": an obligation, not yet met
	"must": true, "ought": true, "ensure": true,
	// "neither was handed over", "none of them was arrested"
	"neither": true, "nor": true, "none": true, "nobody": true,
}

// hedgeScopeEnds open an adjunct that a hedge before them does not reach:
// "threatened to adopt sanctions following the warrants issued".
var hedgeScopeEnds = map[string]bool{"following": true, "since": true, "because": true, "despite": true, "over": true}

// clauseBreaks end the reach of a hedge or a role search.
var clauseBreaks = map[string]bool{";": true, ".": true, "but": true, "while": true, "whereas": true, "although": true, "after": true, "when": true, "and": false, "who": true, "which": true, "that": false}

// causalMarkers introduce the events another answers: "in response to".
var causalMarkers = []pattern{
	compile("in response|reaction|retaliation|reprisal|answer to|for"),
	compile("as a|in response|retaliation|reprisal to|for"),
	compile("retaliation|reprisal|retribution for"),
	compile("over ~3 issuance|issuing|decision|warrants|warrant"),
	compile("in retaliation|response|reprisal"),
}

// attribution reports whether the verb of saying c, with its speaker after
// what is said ("..., the court said on Tuesday"), attributes an event the
// sentence's main clause asserts before it: an event whose trigger opens
// the sentence, no comma or relative pronoun before it.
func attribution(toks []token, s sentence, before []*candidate, c *candidate) bool {
	trail := trailingSpeaker(toks, s, c.from)
	if trail < 0 {
		return false
	}
	for _, b := range before {
		if b.to > trail || !b.asserts() || b.rule.kind == graph.Statement && b.rule.voice != active {
			continue
		}
		if b.rule.voice != active && b.rule.voice != passive || b.from > s.from && (toks[b.from-1].fold == "to" || determiners[toks[b.from-1].fold] || isPossessive(&toks[b.from-1])) {
			// "X's decision to impose sanctions is an assault, Amnesty
			// said": no event asserted, an opinion on one
			continue
		}
		start := s.from
		for j := s.from; j < b.from; j++ {
			if f := toks[j].fold; f == "-" || f == "—" || f == "–" {
				// a dateline: "THE HAGUE, June 25 (Reuters) -"
				start = j + 1
			}
		}
		main := true
		for j := start; j < b.from; j++ {
			if f := toks[j].fold; f == "," || f == "which" || f == "who" || f == "that" || f == "\"" {
				main = false
				break
			}
		}
		if main {
			return true
		}
	}
	return false
}

// determiners before a trigger make it a noun: "the prosecutor's request".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "this": true, "that": true}

// candidate is an event found in one sentence, before it is split into one
// event per agent, target and date.
type candidate struct {
	rule     *rule
	from, to int
	agents   []string
	targets  []string
	// joint candidates are one event of all their agents ("A met B").
	joint     bool
	recipient []string
	place     []string
	legal     []string
	// visitors attended the gathering of a meeting in the state visited
	visitors []string
	visited  string
	// host is the person who hosted the visitors ("Maduro, who had hosted
	// him"): they met
	host string
	// reportedBy is 1 + the index of the verb of saying that reports the
	// trigger's clause from afar ("announced earlier this year, ..., that
	// the country would leave"), 0 for none
	reportedBy int
	dates      []graph.Date
	until      graph.Date
	effective  graph.Date
	effYears   int
	counts     int
	conf       float64
	cause      bool // stated as the cause of another event of the sentence
	// counted is how many unnamed people the event is stated of ("convicted
	// two former militia leaders"), whom the next sentences may name
	counted int
	// groupN counts the members of a group target ("four ICC judges": 4)
	groupN   map[string]int
	relative bool // in a relative clause: "X, who told"
	needDate bool // an event only when dated: "a similar order in 2020"
	// undated events are named as the object of another act, whose date
	// is not theirs: "rejected on Monday the prosecutor's request"
	undated bool
	// reference marks an order named as the basis of another act ("under
	// an executive order issued by X"): dated only inside its own phrase
	reference bool
	// fallback is the date of the event this one is part of, where its own
	// clause has none: "The order designates X"
	fallback []graph.Date
	ids      []string
}

func (st *docState) findEvents(s sentence, ms []*mention) {
	toks := st.toks
	res := dateResolver{pub: st.doc.Published, future: isFuture(toks, s.from, s.to), anchor: st.anchor}
	if res.future {
		res.futureAt = futureCue(toks, s.from, s.to)
	}
	dates := dropDateline(toks, s, findDates(toks, s.from, s.to, res))
	st.advanceAnchor(s, dates)
	st.meetingSpan(s, dates)
	st.incidentDate(s, dates)
	st.verdictDate(s, dates)
	inDate := func(i int) bool {
		for _, d := range dates {
			if i >= d.from && i < d.to {
				return true
			}
		}
		return false
	}
	inMention := func(i int) *mention {
		for _, m := range ms {
			if i >= m.from && i < m.to && !m.pronoun {
				return m
			}
		}
		return nil
	}
	var cands []*candidate
	// innerEnd ends the phrase of a failure to arrest whose target stands
	// inside it: "welcomed Bashir to an Arab League summit in Amman
	// without detaining him" also names the summit
	innerEnd := -1
	for i := s.from; i < s.to; i++ {
		if !toks[i].word || inDate(i) {
			continue
		}
		if m := inMention(i); m != nil && !m.group {
			continue
		}
		for _, k := range rulesFor(toks[i].fold) {
			ru := &rules[k]
			if i < innerEnd && ru.kind != graph.Meeting {
				continue
			}
			end, ok := ru.pat.match(toks, i, s.to)
			if !ok || end == i {
				continue
			}
			if !ru.accept(st, s, i, end) {
				continue
			}
			if ru.negatable && st.hedged(s, i) || ru.voice == complied && st.hypothetical(s, i, end) {
				i = end - 1
				break
			}
			c := &candidate{rule: ru, from: i, to: end, conf: ru.conf}
			cands = append(cands, c)
			if ru.inner && ru.kind == graph.NonCompliance {
				innerEnd = end
				break
			}
			i = end - 1
			break
		}
	}
	if len(cands) == 0 {
		// a sentence that dates a withdrawal named earlier: "The withdrawal takes effect on ..."
		st.effectiveOnly(s, dates)
		st.followed(s, ms, dates)
		return
	}
	// causal markers: events after the marker are causes of those before
	for i := s.from; i < s.to; i++ {
		for _, p := range causalMarkers {
			if end, ok := p.match(toks, i, s.to); ok {
				for _, c := range cands {
					if c.from >= end {
						c.cause = true
					}
				}
				i = s.to
				break
			}
		}
	}
	for _, c := range cands {
		st.roles(s, ms, c, cands)
		if n := len(cands); n > 2 {
			// a long sentence with several triggers: its roles are the
			// easier to misattribute
			c.conf -= min(0.03*float64(n-2), 0.15)
		}
	}
	// "sought warrants for A, along with warrants for B": warrants named
	// in the object of a request are requested, not issued
	kept := cands[:0]
	var request *candidate
	for _, c := range cands {
		if c.rule.kind == graph.WarrantRequest {
			request = c
		} else if request != nil && c.rule.kind == graph.ArrestWarrant && c.rule.voice == nominal && !clauseBetween(toks, request.to, c.from) && !issuedWarrant(toks, c) {
			for _, t := range c.targets {
				if !containsString(request.targets, t) {
					request.targets = append(request.targets, t)
				}
			}
			continue
		}
		kept = append(kept, c)
	}
	cands = kept
	// "surrendered him to the court after he landed in Rotterdam": the
	// person taken into custody is carried, not visiting
	kept = cands[:0]
	for _, c := range cands {
		if c.rule.kind == graph.Visit && custodyOf(cands, c.agents) {
			continue
		}
		kept = append(kept, c)
	}
	cands = kept
	// "quit the Economic Community of West African States": a withdrawal
	// from another body, not from the court
	kept = cands[:0]
	for _, c := range cands {
		if (c.rule.kind == graph.Withdrawal || c.rule.kind == graph.WithdrawalAnnouncement) && leavesOtherBody(toks, s, ms, c) {
			continue
		}
		kept = append(kept, c)
	}
	cands = kept
	if len(cands) == 0 {
		return
	}

	st.assignDates(s, cands, dates)
	undateFoundFailures(st.toks, s, cands, dates)
	// "The Assembly ... is meeting until 14 December": the last day of the
	// meeting of that body named before, no meeting of its own
	kept = cands[:0]
	for _, c := range cands {
		if !st.meetingUntil(s, c, dates) {
			kept = append(kept, c)
		}
	}
	cands = kept
	for _, c := range cands {
		if c.reference {
			// "imposed sanctions in February under an executive order
			// issued by Trump": the order is older than the act on it
			// its own phrase runs to the next comma: "under an executive
			// order targeting the court that Trump signed in February"
			end := c.to
			for end < s.to && end < c.to+16 && toks[end].fold != "," && toks[end].fold != ";" && toks[end].fold != "." && toks[end].fold != "and" {
				end++
			}
			var own []graph.Date
			for _, d := range dates {
				if d.from > c.from && d.from < end {
					own = append(own, d.dates...)
				}
			}
			c.dates = own
		}
		if c.rule.denial {
			// "X, who was sanctioned in February, ..., which he denies":
			// a denial is dated only inside its own clause
			var own []graph.Date
			for _, d := range dates {
				if d.from >= c.from-4 && d.from <= c.to+4 {
					own = append(own, d.dates...)
				}
			}
			c.dates = own
		}
	}
	// "X said it had opened a case": the report of an event is no statement
	kept = cands[:0]
	for k, c := range cands {
		if c.rule.kind == graph.Statement && reportingVerbs[st.toks[c.from].fold] && k > 0 && attribution(toks, s, cands[:k], c) {
			// "Judges have issued warrants for X, the court said on
			// Tuesday": the source of the event reported before
			continue
		}
		if c.rule.kind == graph.Statement && reportingVerbs[st.toks[c.from].fold] && k+1 < len(cands) && cands[k+1].rule.kind != graph.Statement && cands[k+1].from-c.to < 8 && cands[k+1].asserts() {
			next := cands[k+1]
			if len(next.dates) == 0 {
				next.dates = c.dates
			}
			continue
		}
		kept = append(kept, c)
	}
	cands = kept
	for _, c := range cands {
		st.emit(s, c)
		if n := len(c.agents); n > 1 && c.rule.voice == active {
			states := true
			for _, a := range c.agents {
				states = states && st.kindOf(a) == graph.State
			}
			if states {
				st.lastStates = append([]string(nil), c.agents...)
			}
		}
	}
	st.followedSuit(s, ms, cands, dates)
	// link responses to their causes
	for _, c := range cands {
		if c.cause {
			continue
		}
		for _, d := range cands {
			if !d.cause {
				continue
			}
			for _, id := range c.ids {
				if ev, ok := st.events[id]; ok {
					ev.InResponseTo = dedupeStrings(append(ev.InResponseTo, d.ids...), ev.ID)
				}
			}
		}
	}
}

// followKinds are the acts of a state that another state may follow.
var followKinds = map[graph.EventKind]bool{graph.Withdrawal: true, graph.WithdrawalAnnouncement: true, graph.Sanction: true}

// followedSuit reads "..., and Gambia followed (suit) in November 2016"
// after an act of a state in the same sentence: the state named did the
// same, on the date after "followed" (else undated).
func (st *docState) followedSuit(s sentence, ms []*mention, cands []*candidate, dates []dateExpr) {
	toks := st.toks
	for i := s.from + 1; i < s.to; i++ {
		if toks[i].fold != "followed" {
			continue
		}
		m := mentionEndingAt(ms, i)
		if m == nil || m.kind != graph.State || m.entity == "" || m.modifier {
			continue
		}
		var prev *candidate
		for _, c := range cands {
			if c.to <= m.from && followKinds[c.rule.kind] && len(c.agents) > 0 && len(c.ids) > 0 {
				prev = c
			}
		}
		if prev == nil || containsString(prev.agents, m.entity) {
			continue
		}
		end := i + 1
		if end < s.to && toks[end].fold == "suit" {
			end++
		}
		if end < s.to && toks[end].word && !toks[end].upper && toks[end].fold != "in" && toks[end].fold != "on" && toks[end].fold != "later" && toks[end].fold != "weeks" && toks[end].fold != "months" && toks[end].fold != "days" {
			// "Gambia followed the debate": followed something else
			continue
		}
		var when []graph.Date
		for _, d := range dates {
			if d.from >= end && d.from <= end+2 && !d.effective && !d.clause {
				when = d.dates
				break
			}
		}
		f := &candidate{rule: prev.rule, from: i, to: end, agents: []string{m.entity}, targets: prev.targets, dates: when, conf: prev.conf - 0.1}
		st.emit(s, f)
	}
}

// withdrawnThings are what a state withdraws from the court's treaty:
// "withdrew its signature".
var withdrawnThings = map[string]bool{"signature": true, "membership": true, "ratification": true, "recognition": true, "instrument": true, "notification": true}

// leavesOtherBody reports whether what a withdrawal leaves, named right
// after its trigger ("quit the African Union", "withdrawal from ECOWAS"), is
// an organization or state other than a court.
func leavesOtherBody(toks []token, s sentence, ms []*mention, c *candidate) bool {
	for k := c.from; k < c.to; k++ {
		if f := toks[k].fold; strings.HasPrefix(f, "notif") || strings.HasPrefix(f, "inform") {
			// "formally notified the UN": whom it told, not what it left
			return false
		}
	}
	// "withdrawal from the talks took effect": what follows "from" must
	// name the court or its treaty
	for k := c.from + 1; k <= c.to && k < s.to; k++ {
		if toks[k].fold != "from" || !withdrawWords[toks[k-1].fold] {
			continue
		}
		for j := k + 1; j < s.to && j < k+6; j++ {
			if courtWords[toks[j].fold] {
				return false
			}
			if toks[j].fold == "," || toks[j].fold == "." || toks[j].fold == ";" {
				break
			}
		}
		return true
	}
	j := c.to
	for j < s.to && j < c.to+3 && (toks[j].fold == "from" || toks[j].fold == "the" || toks[j].fold == "its" || toks[j].fold == "their") {
		j++
	}
	for _, m := range ms {
		if m.from == j && !m.pronoun && m.entity != "" {
			for k := m.from; k < m.to; k++ {
				if f := toks[k].fold; f == "statute" || f == "treaty" || f == "convention" {
					// "withdrew from the Rome Statute": the court's treaty
					return false
				}
			}
			return m.kind == graph.Organization || m.kind == graph.State
		}
	}
	return false
}

// withdrawWords are the words "from" follows in a withdrawal.
var withdrawWords = map[string]bool{"withdrawal": true, "withdrawals": true, "exit": true, "withdrew": true, "withdraw": true, "withdraws": true, "withdrawing": true, "withdrawn": true}

// courtWords name the court or its treaty in what a state leaves.
var courtWords = map[string]bool{"court": true, "icc": true, "tribunal": true, "statute": true, "treaty": true}

// callWords before a warrant ask for it: "called for a warrant".
var callWords = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "demand": true, "demands": true, "demanded": true, "demanding": true, "urged": true, "urging": true, "pressed": true, "pressing": true, "campaigned": true, "lobbied": true, "petitioned": true}

// issuedOther are things issued that are no warrant: "issued a statement on
// the warrant".
var issuedOther = map[string]bool{"statement": true, "statements": true, "reminder": true, "response": true, "report": true, "communique": true, "call": true, "appeal": true, "press": true, "summons": true, "decision": true, "ruling": true}

// ordinalWarrant are the words that make "a second warrant" one more for
// the person named before.
var ordinalWarrant = map[string]bool{"second": true, "third": true, "fourth": true, "further": true, "new": true, "another": true}

// issuedWarrant reports whether a warrant candidate states its own issuing:
// "X, for whom a warrant was issued in July 2017" after "continues to seek
// the arrest of X" is a warrant, not part of the request.
func issuedWarrant(toks []token, c *candidate) bool {
	f := toks[c.to-1].fold
	return f == "issued" || f == "unsealed"
}

// meetingUntil reads "X is meeting until 14 December" after a meeting of X
// dated to the day: it runs until then (the year that puts the day after
// its start). It reports whether the candidate was taken so.
func (st *docState) meetingUntil(s sentence, c *candidate, dates []dateExpr) bool {
	toks := st.toks
	if c.rule.kind != graph.Meeting || toks[c.from].fold != "meeting" || c.from == s.from || !beForms[toks[c.from-1].fold] || c.to >= s.to || toks[c.to].fold != "until" {
		return false
	}
	mt := st.events[st.lastEvent[graph.Meeting]]
	if mt == nil || mt.Date.Precision != graph.PrecisionDay || !mt.Until.IsZero() || !equalStrings(sortedCopy(c.agents), sortedCopy(mt.With(graph.Agent))) {
		return false
	}
	for _, d := range dates {
		if d.from > c.to+1 || d.to <= c.to || len(d.dates) != 1 || d.dates[0].Precision != graph.PrecisionDay {
			continue
		}
		u := d.dates[0]
		weekday := false
		for j := d.from; j < d.to; j++ {
			_, ok := weekdays[toks[j].fold]
			weekday = weekday || ok
		}
		if u.Compare(mt.Date) <= 0 {
			// "until Saturday", "until 14 December" read as past: the
			// next such day
			if weekday {
				u = graph.DateOf(u.Earliest().AddDate(0, 0, 7))
			} else {
				u = u.AddYears(1)
			}
		}
		if u.Compare(mt.Date) <= 0 || u.Compare(mt.Date.AddYears(1)) > 0 {
			return false
		}
		mt.Until = u
		mt.Sources = mergeSources(mt.Sources, []graph.Source{st.source(s)})
		return true
	}
	return false
}

// meetingSpan reads "The session, held from 2 to 7 December, ...", a
// sentence about the meeting named last that gives its span: the meeting
// ran over those days, when the date it was given falls among them.
func (st *docState) meetingSpan(s sentence, dates []dateExpr) {
	toks := st.toks
	if s.to-s.from < 3 || toks[s.from].fold != "the" {
		return
	}
	switch toks[s.from+1].fold {
	case "session", "summit", "meeting", "conference", "assembly", "talks":
	default:
		return
	}
	mt := st.events[st.lastEvent[graph.Meeting]]
	if mt == nil || mt.Date.IsZero() {
		return
	}
	for _, d := range dates {
		if len(d.dates) != 1 || d.until.IsZero() || d.from > s.from+8 {
			continue
		}
		if mt.Date.Overlaps(d.dates[0], d.until) == graph.False || mt.Date == d.dates[0] && mt.Until == d.until {
			return
		}
		old := mt.ID
		mt.Date, mt.Until = d.dates[0], d.until
		mt.Sources = mergeSources(mt.Sources, []graph.Source{st.source(s)})
		st.rekey(old, mt)
		st.lastEvent[graph.Meeting] = mt.ID
		return
	}
}

// dropDateline removes the date of a wire dateline ("MOSCOW, March 20
// (Reuters) -"): it says when the story was filed, not when anything in it
// happened.
func dropDateline(toks []token, s sentence, dates []dateExpr) []dateExpr {
	kept := dates[:0]
	for _, d := range dates {
		dateline := false
		if d.from <= s.from+4 && d.to < s.to && toks[d.to].fold == "(" {
			for j := d.to + 1; j < s.to && j <= d.to+4; j++ {
				if toks[j].fold == ")" {
					dateline = j+1 < s.to && (toks[j+1].fold == "-" || toks[j+1].fold == "—" || toks[j+1].text == "–")
					break
				}
			}
		}
		if !dateline {
			kept = append(kept, d)
		}
	}
	return kept
}

// advanceAnchor moves the narrative time to the last date the sentence
// names, unless that is a crime period or the future.
func (st *docState) advanceAnchor(s sentence, dates []dateExpr) {
	st.priorAnchor, st.priorAnchorSent = st.anchor, st.anchorSent
	for k := len(dates) - 1; k >= 0; k-- {
		d := dates[k]
		if d.effective || d.clause || d.back || len(d.dates) != 1 || crimePeriod(st.toks, s, d) || d.dates[0].After(st.doc.Published) == graph.True {
			continue
		}
		// "on Sept. 2 last year": the year only places the day before it
		if k > 0 && d.from-dates[k-1].to <= 1 && len(dates[k-1].dates) == 1 && dates[k-1].dates[0].Year == d.dates[0].Year && dates[k-1].dates[0].Precision > d.dates[0].Precision {
			continue
		}
		st.anchor, st.anchorSent = d.dates[0], st.cur
		if st.ledeDate.IsZero() && st.cur <= 2 && d.dates[0].Precision == graph.PrecisionDay {
			st.ledeDate = d.dates[0]
		}
		return
	}
}

// accept applies the checks a pattern cannot express.
func (ru *rule) accept(st *docState, s sentence, i, end int) bool {
	toks := st.toks
	f := toks[i].fold
	if ru.inner && end-i >= 3 && (toks[end-2].fold == "not" || toks[end-2].fold == "n't") {
		// "found X not guilty": an acquittal
		return false
	}
	switch ru.kind {
	case graph.CyberAttack:
		// "denied that it had been hacked", "experts fear a cyber attack"
		for j := i - 1; j >= s.from && j >= i-8; j-- {
			if clauseBreaks[toks[j].fold] && toks[j].fold != "that" {
				break
			}
			if doubtVerbs[toks[j].fold] {
				return false
			}
		}
		if systemVerbs[f] && end-i > 2 {
			// "breached the court's computer systems", not "breached its
			// obligations under the Rome Statute system"
			j := end - 2
			for j > i && j >= end-4 && !isPossessive(&toks[j]) && toks[j].fold != "its" && toks[j].fold != "their" {
				j--
			}
			if j <= i || j < end-4 {
				return false
			}
		}
	case graph.CriminalCase:
		if ru.voice == active {
			// "opened criminal cases in 2023 against": only a date between
			// the case and its object
			j := end - 2
			for j > i && !caseNouns[toks[j].fold] {
				if !toks[j].num && !isMonthOrDay(toks[j].fold) && !dateFillers[toks[j].fold] {
					return false
				}
				j--
			}
		}
	case graph.Arrest:
		// "arrest warrant" is no arrest
		if end < s.to && (toks[end].fold == "warrant" || toks[end].fold == "warrants") {
			return false
		}
		if ru.voice == nominal {
			// "a warrant for the arrest of X", "calls for the arrest of X"
			for j := i - 1; j >= s.from && j >= i-3; j-- {
				if f := toks[j].fold; f == "for" || f == "warrant" || f == "warrants" || f == "seek" || f == "sought" || f == "demanded" || f == "urged" {
					return false
				}
			}
		}
	case graph.Conviction:
		if ru.voice == nominal {
			// "demanded the conviction of X", "a conviction of X would":
			// asked for or supposed, not had
			for j := i - 1; j >= s.from && j >= i-4; j-- {
				if f := toks[j].fold; callWords[f] || f == "for" || f == "seek" || f == "seeks" || f == "secure" || f == "securing" || f == "obtain" || f == "win" || f == "first" {
					return false
				}
			}
			for j := end; j < s.to && j < end+8; j++ {
				if f := toks[j].fold; f == "would" || f == "could" || f == "might" || f == "will" {
					return false
				}
			}
		}
	case graph.WarrantRequest:
		if ru.voice == active && (f == "request" || f == "requests") && i > s.from && (isPossessive(&toks[i-1]) || determiners[toks[i-1].fold]) {
			// "the judges rejected the prosecutor's request for a warrant":
			// the noun, object of a ruling (see the nominal rule)
			for j := i - 1; j >= s.from && j >= i-5; j-- {
				if rulingVerbs[toks[j].fold] {
					return false
				}
			}
		}
		if ru.voice == implied {
			// "at the request of", "following applications submitted by":
			// the one who asked follows
			return end < s.to && (toks[end].fold == "of" || toks[end].fold == "by" || toks[end].fold == "from")
		}
	case graph.ArrestWarrant:
		if ru.voice == nominal && i+1 < end && (toks[i+1].fold == "that" || toks[i+1].fold == "which") && hedgeBetween(toks, i+2, end) {
			// "any warrants that the court might issue for X"
			return false
		}
		if f == "issuance" && modalAfter(toks, s, end) {
			// "the issuance of a warrant for X could come on Thursday"
			return false
		}
		if ru.voice == active && i > s.from && toks[i-1].fold == "to" {
			// "called on the court to issue a warrant": asked for, not issued
			for j := i - 2; j >= s.from && j >= i-10; j-- {
				if clauseBreaks[toks[j].fold] {
					break
				}
				if callWords[toks[j].fold] || toks[j].fold == "asked" || toks[j].fold == "want" || toks[j].fold == "wants" || toks[j].fold == "wanted" {
					return false
				}
			}
		}
		if f == "wanted" && i > s.from && anyone[toks[i-1].fold] {
			// "obliged to arrest anyone wanted by the court": no one in
			// particular
			return false
		}
		if ru.voice == implied {
			// "on 19 January" is a date, not a warrant's preposition
			if i+1 < s.to && (toks[i+1].num || isMonthOrDay(toks[i+1].fold)) {
				return false
			}
			// only right after an arrest, a surrender or a failure to make one
			ok := false
			for j := i - 1; j >= s.from && j >= i-30; j-- {
				switch toks[j].fold {
				case "arrested", "detained", "apprehended", "surrendered", "transferred", "extradited", "released", "handed", "arrest", "detention":
					ok = true
				}
			}
			return ok
		}
		if ru.voice == nominal && (toks[end-1].fold == "issued" || toks[end-1].fold == "unsealed") {
			// "the warrants were issued": only warrants named before
			if i > s.from+1 && (toks[i-1].fold == "a" || toks[i-1].fold == "an") && toks[i-2].fold == "whom" {
				// "X, for whom a warrant was issued"
				return true
			}
			if i > s.from+1 && ordinalWarrant[toks[i-1].fold] && (toks[i-2].fold == "a" || toks[i-1].fold == "another") {
				// "a second warrant was issued in July 2010"
				return true
			}
			return i > s.from && (toks[i-1].fold == "the" || toks[i-1].fold == "these" || toks[i-1].fold == "those" || toks[i-1].fold == "both")
		}
		if ru.voice == nominal && (f == "warrant" || f == "warrants") {
			// "rights groups called for an arrest warrant for X": a
			// warrant asked for is none
			for j := i - 1; j >= s.from && j >= i-4; j-- {
				if callWords[toks[j].fold] {
					return false
				}
			}
			if i-2 > s.from && (toks[i-2].fold == "to" || toks[i-3].fold == "to") {
				// "called on the court to issue a warrant for X"
				for j := i - 3; j >= s.from && j >= i-12; j-- {
					if clauseBreaks[toks[j].fold] {
						break
					}
					if callWords[toks[j].fold] {
						return false
					}
				}
			}
		}
		if ru.voice == active && end-i > 2 {
			// "issued a statement on the warrant for X": something else
			// was issued
			for j := i + 1; j < end-1; j++ {
				if issuedOther[toks[j].fold] {
					return false
				}
			}
		}
		if ru.voice == nominal && strings.HasPrefix(toks[end-1].fold, "target") {
			// "the warrants targeted X", not "the warrants could target X"
			// nor "a warrant for X, whose forces targeted Y"
			for j := i + 1; j < end-1; j++ {
				if hedges[toks[j].fold] || toks[j].fold == "whose" || toks[j].fold == "that" {
					return false
				}
			}
			return true
		}
		if ru.voice == nominal && toks[end-1].fold == "one" {
			// "a second one": only after a warrant of this sentence
			return hasWordBefore(toks, s.from, i, "warrant") || hasWordBefore(toks, s.from, i, "warrants")
		}
	case graph.Sanction:
		if f == "and" {
			return sanctionBefore(toks, s, i)
		}
		if i+1 < end && (toks[i+1].fold == "them" || toks[i+1].fold == "these" || toks[i+1].fold == "those") && !st.sanctionsNamedBefore(s, i) {
			return false
		}
		if ru.voice == passive && toks[end-1].fold == "added" {
			// "was added to the agenda" adds no one to a sanctions list
			if st.lastEvent[graph.Sanction] == "" {
				return false
			}
			for j := end; j < s.to && j < end+4; j++ {
				if f := toks[j].fold; f == "agenda" || f == "case" || f == "charges" || f == "indictment" || f == "team" {
					return false
				}
			}
		}
		if ru.inner && toks[end-1].fold == "list" && (toks[end-2].fold == "wanted" || toks[end-2].fold == "watch" || end < s.to && toks[end].fold == "of" && (end+1 >= s.to || !strings.HasPrefix(toks[end+1].fold, "sanction"))) {
			// "put X on its wanted list", "added X to the list of
			// speakers": no sanction
			return false
		}
		if (f == "decision" || f == "move" || f == "issuance") && ru.voice == nominal {
			// "a decision to sanction X would be a mistake"
			for j := end; j < s.to && j < end+12; j++ {
				if clauseBreaks[toks[j].fold] || toks[j].fold == "," {
					break
				}
				if hedges[toks[j].fold] {
					return false
				}
			}
		}
		if (f == "targeted" || f == "added") && ru.voice == active && !ru.inner {
			// only a name right after, where sanctions were just named
			if i == s.from || beVerbs[toks[i-1].fold] || end >= s.to || !toks[end].upper || !toks[end].word {
				return false
			}
			// "Rubio added Albanese would be next": speech
			j := end
			for j < s.to && (toks[j].upper || toks[j].fold == "-") && toks[j].word {
				j++
			}
			if j < s.to && complementVerbs[toks[j].fold] {
				return false
			}
			return st.sanctionsNamedBefore(s, i)
		}
		if f == "sanctions" && ru.voice == active {
			// "the US sanctions ICC judges": a verb only right before a name
			return i > s.from && end < s.to && toks[end].upper && toks[end].word && !isPossessive(&toks[i-1]) && toks[i-1].fold != "the"
		}
	case graph.NonCompliance:
		if toks[end-1].fold == "despite" {
			// "hosted X despite the warrant", not "despite the rain"
			ok := false
			for j := end; j < s.to && j < end+7 && !ok; j++ {
				switch toks[j].fold {
				case "warrant", "warrants", "arrest", "indictment", "icc", "court", "court's", "obligation", "obligations", "calls", "charges", "demands":
					ok = true
				case ",", ".", ";":
					j = s.to
				}
			}
			if !ok {
				return false
			}
		}
	case graph.WithdrawalAnnouncement:
		if f == "would" || f == "will" {
			// only in a clause reported by a verb of saying
			if _, verb := reportedThat(toks, s, i); verb < 0 {
				return false
			}
		}
		// "said it would leave the court if the warrant stood": a condition
		for j := end; j < s.to && j < end+10; j++ {
			if f := toks[j].fold; f == "if" || f == "unless" {
				return false
			} else if f == "," || f == ";" || f == "but" {
				break
			}
		}
		// "would leave the court", "will withdraw from the Rome Statute",
		// "announced it would withdraw.", not "would leave the talks"
		if end < s.to && (toks[end].fold == "the" || toks[end].fold == "its" || toks[end].fold == "their" || toks[end].fold == "from") {
			court := false
			for j := end; j < s.to && j < end+5; j++ {
				court = court || courtWords[toks[j].fold]
			}
			if !court {
				return false
			}
		}
	case graph.Withdrawal:
		if ru.voice == nominal && (i == s.from || !isPossessive(&toks[i-1])) {
			return false
		}
		if toks[end-1].fold == "its" && (end >= s.to || !withdrawnThings[toks[end].fold]) {
			// "withdrew its signature", not "withdrew its troops"
			return false
		}
		if last := toks[end-1].fold; last == "notice" || last == "notified" || last == "notifies" {
			// "lodged its notice", "formally notified the UN": of a
			// withdrawal only where the document is about one
			if st.lastEvent[graph.WithdrawalAnnouncement] == "" && st.lastEvent[graph.Withdrawal] == "" && !mentionsWithdrawal(toks, s) {
				return false
			}
			if last == "notice" && end < s.to && toks[end].fold == "of" && (end+1 >= s.to || !strings.HasPrefix(toks[end+1].fold, "withdr")) {
				// "a notice of appeal"
				return false
			}
		}
	case graph.ExecutiveOrder:
		// "Biden revoked the executive order", "a judge blocked the
		// order": undoing an order is not signing one
		for j := i - 1; j >= s.from && j >= i-4; j-- {
			if undoingVerbs[toks[j].fold] {
				return false
			}
			if g := toks[j].fold; g == "," || g == ";" || g == "and" || g == "that" || g == "which" {
				break
			}
		}
		switch {
		case f == "executive":
			// "an executive order on climate change": on another matter
			if end+1 < s.to && (toks[end].fold == "on" || toks[end].fold == "about" || toks[end].fold == "regarding") {
				j := end + 1
				if toks[j].fold == "the" && j+1 < s.to {
					j++
				}
				if !toks[j].upper && !toks[j].num && toks[j].fold != "court" {
					return false
				}
			}
		case f == "order" || f == "orders":
			// "a similar order", "a 2020 order": only where an order was
			// named before, and only a dated one (see roles)
			if st.lastEvent[graph.ExecutiveOrder] == "" || i == s.from || end < s.to && toks[end].fold == "to" {
				return false
			}
			p := toks[i-1]
			if !otherOrder[p.fold] && !(p.num && len(p.text) == 4) {
				return false
			}
		default:
			// "signed an order ... authorizing sanctions": what the order
			// does makes it an executive order
			if toks[end-1].fold != "order" {
				return false
			}
			ok := false
			for j := end; j < s.to && j <= end+6; j++ {
				if orderActs[toks[j].fold] {
					ok = true
					break
				}
				if toks[j].fold == "," || toks[j].fold == "." || toks[j].fold == ";" {
					break
				}
			}
			if !ok {
				return false
			}
		}
	case graph.Meeting:
		if f == "holds" && (toks[end-1].fold == "session" || toks[end-1].fold == "sessions" || toks[end-1].fold == "debate") {
			// "the Assembly, which holds its annual session in December":
			// what it does every year, no one sitting
			return false
		}
		if f == "session" || f == "sessions" || f == "debate" {
			// the same habit seen from its noun, which other rules match
			for j := i - 1; j >= s.from && j >= i-3; j-- {
				if toks[j].fold == "holds" {
					return false
				}
			}
		}
		if f == "scheduled" || f == "set" {
			// "scheduled for December 1 to 6": only with a date right after
			if end >= s.to || !(toks[end].upper || toks[end].num) {
				return false
			}
			// "the hearing (that had been) scheduled for": a court's
			// proceeding, no meeting
			for j := i - 1; j >= s.from && j >= i-5; j-- {
				if proceedings[toks[j].fold] {
					return false
				}
			}
			return true
		}
		// "at the meeting", "this session": a meeting named before
		if (f == "meeting" || f == "session" || f == "sessions") && i > s.from {
			if p := toks[i-1].fold; p == "the" || p == "this" || p == "that" || p == "its" {
				return false
			}
		}
	case graph.Visit:
		if f == "visit" && i > s.from && (toks[i-1].fold == "to" || toks[i-1].fold == "will") {
			return false
		}
		if f == "hosting" {
			// "will be hosting X next month", "plans to be hosting": not yet
			for j := i - 1; j >= s.from && j >= i-3; j-- {
				if g := toks[j].fold; g == "will" || g == "to" || g == "would" || g == "'ll" {
					return false
				}
			}
		}
		// "flew him back to Tripoli" carries someone; it visits nothing
		if ru.voice != hosted && end < s.to && (toks[end].fold == "him" || toks[end].fold == "her" || toks[end].fold == "them") {
			return false
		}
	case graph.Charge:
		if (f == "whose" || ru.inner) && f != "charged" {
			// "charges against X were dropped after it was confirmed": the
			// gap holds the noun's description, not a verb of its own
			verb := false
			for j := i + 2; j < end; j++ {
				switch g := toks[j].fold; {
				case beForms[g] || g == "had" || g == "have" || g == "partially" || g == "confirmed":
					verb = true
				case verb || clauseBreaks[g]:
					return false
				}
			}
		}
		if f == "charges" || f == "charge" {
			// the verb, not the noun: "charged X with", "charges X with"
			if ru.voice == active && !strings.HasPrefix(ru.pat[0].alts[0], "confirmed") {
				if i > s.from && (toks[i-1].fold == "the" || toks[i-1].fold == "of" || toks[i-1].fold == "faces" || toks[i-1].fold == "new") {
					return false
				}
				if end >= s.to || !toks[end].upper {
					return false
				}
			}
		}
	case graph.Statement:
		// "was welcomed with full honours", "is accused of": a passive
		// speech verb has no speaker in its subject
		if i > s.from && beForms[toks[i-1].fold] || i > s.from+1 && toks[i-1].fold == "also" && beForms[toks[i-2].fold] {
			// "The decision was welcomed by Human Rights Watch": the
			// speaker follows "by" (see roles)
			return passiveSpeech[f] && end+1 < s.to && toks[end].fold == "by" && (toks[end+1].upper || toks[end+1].fold == "the")
		}
		if characterizing[f] && !characterization(toks, s, end) {
			// "dismissed the appeal", "dismissed the case as inadmissible":
			// a ruling; "branded products": no speech
			return false
		}
		if (f == "called" || f == "calls") && i > s.from+1 && toks[i-2].fold == "what" && labelPronouns[toks[i-1].fold] {
			// "declared an emergency over what it called X", "rejected
			// what he calls a witch hunt": a label inside another clause,
			// whose speaker, if any, is that clause's
			return false
		}
		if f == "described" || f == "describes" || f == "describing" {
			// "described X as ...", not "the crimes described in the
			// report" nor "what he described as" or "a decision the
			// judges described as", whose object is elsewhere
			if i > s.from && (toks[i-1].fold == "what" || i > s.from+1 && toks[i-2].fold == "what") {
				return false
			}
			as := false
			for j := end + 1; j < s.to && j <= end+8; j++ {
				if toks[j].fold == "as" {
					as = true
					break
				}
				if toks[j].fold == "," || toks[j].fold == "." || toks[j].fold == "that" {
					break
				}
			}
			if !as {
				return false
			}
		}
		// "a strategy that calls for", "a report which says": a relative
		// clause on a thing, which speaks for no one
		if i > s.from+1 && (toks[i-1].fold == "that" || toks[i-1].fold == "which") && toks[i-2].word && !toks[i-2].upper && !speakerNouns[toks[i-2].fold] && !titleHeads[toks[i-2].fold] {
			return false
		}
		if ru.denial {
			// "which he denies", "has denied suspending the services"
			return relativeDenial(toks, s, i, end) || gerundDenial(toks, s, i, end)
		}
		if bareRelativeVerb(toks, s, i, end) {
			// "an appeal, which the judges rejected": a relative clause
			// whose subject names no one
			return false
		}
		// "has long rejected the court's authority", "have long
		// complained": a standing position, not a speech act
		if i > s.from && toks[i-1].fold == "long" && !callingVerbs[f] {
			// "has long called on X to": repeated calls are speech
			return false
		}
		if f == "accused" && end < s.to && toks[end].fold == "of" {
			return false
		}
		// "states" is a noun unless it introduces what is stated
		if f == "states" && (end >= s.to || (toks[end].fold != "that" && toks[end].fold != ":" && toks[end].fold != ",")) {
			return false
		}
		// "the friendly states that ignore", "member states that": a
		// noun after its modifier
		if f == "states" && i > s.from && statesModifiers[toks[i-1].fold] {
			return false
		}
		if (f == "calls" || f == "call" || f == "appeal" || f == "appeals") && ru.voice == active && end < s.to && toks[end].fold == "by" {
			return false
		}
		// "added Francesca Albanese": a verb of adding, not of speech
		if (f == "added" || f == "adds") && end < s.to && toks[end].upper && toks[end].word {
			return false
		}
		if ru.absolute && absoluteSpeaker(toks, s, i) < 0 {
			// a participle of speech speaks only with a subject of its
			// own: "with X saying"
			return false
		}
		// "a noted lawyer", "its stated aim": an adjective after a
		// determiner
		if i > s.from && ru.voice == active {
			switch toks[i-1].fold {
			case "a", "an", "the", "its", "his", "her", "their":
				return false
			}
		}
		// "a militia called the Anti-Balaka": a participle naming a thing
		if (f == "called" || f == "dubbed") && i > s.from && namingParticiple(toks, i) {
			return false
		}
		// "maintains close ties", not "maintains that" or "maintained his
		// innocence"
		if (f == "maintains" || f == "maintained" || f == "maintain") && !maintainsSpeech(toks, s, end) {
			return false
		}
		// "posted on X that", not "posted bail"
		if (f == "posted" || f == "posts") && !postedSpeech(toks, s, end) {
			return false
		}
		// "added a second warrant", "added two counts": an object is added,
		// nothing said
		if (f == "added" || f == "adds") && end < s.to && addedObjects[toks[end].fold] {
			return false
		}
		// "the judges rejected the prosecutor's request": a ruling, not speech
		if f == "rejected" || f == "rejects" {
			for j := end; j < s.to && j < end+5; j++ {
				switch toks[j].fold {
				case "request", "requests", "application", "applications", "appeal", "appeals", "motion", "bid", "petition", "challenge":
					return false
				}
			}
		}
	}
	return true
}

// absoluteSpeaker returns the start of the name between "with" and the
// participle of speech at i ("with Information Minister Sheriff Bojang
// denouncing"), or -1: one to six capitalized words.
func absoluteSpeaker(toks []token, s sentence, i int) int {
	j := i - 1
	for j > s.from && i-j <= 6 && toks[j].word && toks[j].upper {
		j--
	}
	if j == i-1 || j <= s.from || toks[j].fold != "with" {
		return -1
	}
	return j + 1
}

// namingParticiple reports whether "called" at i follows a common noun it
// names: "a militia called X", not "Kenya called", "he repeatedly called"
// or "who called".
func namingParticiple(toks []token, i int) bool {
	p := toks[i-1]
	if !p.word || p.upper || leadWords[p.fold] || strings.HasSuffix(p.fold, "ly") {
		return false
	}
	switch p.fold {
	case "he", "she", "it", "they", "we", "i", "who", "which", "that", "and", "also", "then", "later", "once", "again", "long", "now", "still", "first", "since", "often", "earlier", "publicly", "repeatedly", "previously", "had", "has", "have", "government", "ministry", "office", "spokesman", "spokeswoman", "spokesperson", "president", "minister", "prosecutor", "court", "council", "union", "group", "groups", "organization", "organisation":
		return false
	}
	return true
}

// maintainsSpeech reports whether "maintains" ending at end introduces what
// is maintained: "maintains that", "maintained his innocence".
func maintainsSpeech(toks []token, s sentence, end int) bool {
	if end >= s.to {
		return false
	}
	switch toks[end].fold {
	case ",", "\"", ":":
		return true
	case "his", "her", "its", "their":
		return end+1 < s.to && toks[end+1].fold == "innocence"
	}
	// "maintained on Monday that"
	for j := end; j < s.to && j < end+5; j++ {
		if toks[j].fold == "that" {
			return true
		}
	}
	return false
}

// postPlaces are where a post speaks: "posted on X", "on social media".
var postPlaces = map[string]bool{"x": true, "twitter": true, "facebook": true, "telegram": true, "instagram": true, "social": true, "truth": true}

// postedSpeech reports whether "posted" ending at end is speech: "posted on
// X that", "posted on Telegram:", not "posted bail" or "posted guards".
func postedSpeech(toks []token, s sentence, end int) bool {
	for j := end; j < s.to && j < end+4; j++ {
		switch f := toks[j].fold; {
		case f == "that" || f == ":":
			return true
		case f == "on" && j+1 < s.to && postPlaces[toks[j+1].fold]:
			return true
		case f == "on" && j+2 < s.to && (toks[j+1].fold == "his" || toks[j+1].fold == "her" || toks[j+1].fold == "its") && postPlaces[toks[j+2].fold]:
			return true
		}
	}
	return false
}

// passiveSpeech verbs name their speaker after "by" in the passive: "was
// welcomed by X", "was condemned by X".
var passiveSpeech = map[string]bool{"welcomed": true, "condemned": true, "criticized": true, "criticised": true, "denounced": true, "praised": true, "hailed": true, "rejected": true, "slammed": true, "applauded": true, "decried": true}

// addedObjects open the object of a verb of adding: "added a second
// warrant", "added three more counts".
var addedObjects = map[string]bool{"a": true, "an": true, "another": true, "new": true, "further": true, "more": true, "two": true, "three": true, "four": true, "five": true, "charges": true, "counts": true}

// statesModifiers make "states" after them a noun: "member states that".
var statesModifiers = map[string]bool{"the": true, "member": true, "friendly": true, "other": true, "many": true, "several": true, "all": true, "some": true, "those": true, "these": true, "few": true, "african": true, "european": true, "arab": true, "western": true, "party": true, "non-member": true, "neighbouring": true, "neighboring": true, "of": true}

// characterizing verbs are speech only when they characterize their
// object: "dismissed X as", "branded X a".
var characterizing = map[string]bool{"dismissed": true, "dismisses": true, "branded": true, "brands": true, "labelled": true, "labeled": true, "labels": true}

// characterization reports whether the object after a characterizing verb
// ending at end is characterized ("as ...", or "a"/"an"/a quote for
// branding), and is no ruling's object ("dismissed the appeal as").
func characterization(toks []token, s sentence, end int) bool {
	branding := toks[end-1].fold != "dismissed" && toks[end-1].fold != "dismisses"
	for j := end; j < s.to && j <= end+8; j++ {
		switch toks[j].fold {
		case "request", "requests", "application", "applications", "appeal", "appeals", "motion", "bid", "petition", "challenge", "case", "cases", "charges", "charge", "complaint", "lawsuit", "suit":
			return false
		case "as":
			return j > end
		case "a", "an", "\"":
			if branding && j > end+1 {
				return true
			}
		case ",", ".", ";", "that", "from", "after":
			return false
		}
	}
	return false
}

// callingVerbs call on someone to act: a call made for long is still made.
var callingVerbs = map[string]bool{"called": true, "urged": true, "appealed": true, "demanded": true, "pressed": true}

// deniedThings are what a relative denial refers back to: "a charge it
// denies".
var deniedThings = map[string]bool{"which": true, "that": true, "charge": true, "charges": true, "allegation": true, "allegations": true, "accusation": true, "accusations": true, "claim": true, "claims": true}

// denialAdverbs stand between the denier and its verb: "which he has
// repeatedly denied".
var denialAdverbs = map[string]bool{"has": true, "have": true, "had": true, "always": true, "repeatedly": true, "strongly": true, "consistently": true, "vehemently": true, "also": true}

// relativeDenial reports whether the denial verb toks[i:end] closes a
// relative clause on what was just stated, its subject a pronoun or a name:
// "allegations of misconduct, which he denies", "a charge it denies",
// "accusations that Moscow rejects". A bare verb of denial is only this.
func relativeDenial(toks []token, s sentence, i, end int) bool {
	if end != i+1 {
		return false
	}
	switch toks[i].fold {
	case "denies", "denied", "deny", "rejects", "rejected", "disputes", "disputed":
	default:
		return false
	}
	if end < s.to {
		switch toks[end].fold {
		case ".", ",", ";", ")", "and", "but", "\"", ":":
		default:
			return false
		}
	}
	j := i - 1
	for j > s.from && denialAdverbs[toks[j].fold] {
		j--
	}
	if j <= s.from {
		return false
	}
	// the subject: a pronoun or a capitalized name of up to four words
	switch toks[j].fold {
	case "he", "she", "it", "they":
		j--
	default:
		k := j
		for k > s.from && j-k < 4 && toks[k].upper && toks[k].word {
			k--
		}
		if k == j {
			return false
		}
		j = k
	}
	return j >= s.from && deniedThings[toks[j].fold]
}

// bareRelativeVerb reports whether the verb toks[i:end] ends a relative
// clause without an object: "which the judges rejected."
func bareRelativeVerb(toks []token, s sentence, i, end int) bool {
	if end < s.to {
		switch toks[end].fold {
		case ".", ",", ";", ")":
		default:
			return false
		}
	}
	j := i - 1
	for j > s.from && denialAdverbs[toks[j].fold] {
		j--
	}
	if j < s.from {
		return false
	}
	// a name or a pronoun speaks: "which the ICC condemned"
	if toks[j].upper || !toks[j].word {
		return false
	}
	switch toks[j].fold {
	case "he", "she", "it", "they", "we", "i":
		return false
	}
	for ; j >= s.from && j >= i-4; j-- {
		switch toks[j].fold {
		case "which", "that":
			return true
		case ",", "\"":
			return false
		}
	}
	return false
}

// gerundDenial reports whether the denial verb toks[i:end] denies an act
// named by a gerund: "Microsoft has denied suspending the court's email".
func gerundDenial(toks []token, s sentence, i, end int) bool {
	if end >= s.to || end != i+1 || toks[i].fold == "rejects" || toks[i].fold == "rejected" || toks[i].fold == "disputes" || toks[i].fold == "disputed" {
		return false
	}
	g := toks[end].fold
	return toks[end].word && !toks[end].upper && len(g) > 5 && strings.HasSuffix(g, "ing") && g != "nothing" && g != "anything" && g != "everything" && g != "something"
}

// announceVerbs report a clause: "announced that X would leave".
var announceVerbs = map[string]bool{"announced": true, "announces": true, "said": true, "says": true, "declared": true, "declares": true, "confirmed": true, "told": true, "informed": true, "decided": true}

// reportedThat finds, for a verb at i, the "that" that opens its clause
// (with at most a subject of four words between) and the verb of saying
// that reports it, in the same sentence; -1, -1 if there is none.
func reportedThat(toks []token, s sentence, i int) (that, verb int) {
	that = -1
	for j := i - 1; j >= s.from && j >= i-5; j-- {
		f := toks[j].fold
		if f == "that" {
			that = j
			break
		}
		if f == "," || clauseBreaks[f] || f == "and" {
			return -1, -1
		}
	}
	if that < 0 {
		return -1, -1
	}
	for j := that - 1; j >= s.from && j >= that-30; j-- {
		f := toks[j].fold
		if f == ";" || f == "." {
			break
		}
		if announceVerbs[f] {
			return that, j
		}
	}
	return -1, -1
}

// proceedings are a court's sittings, which are no meeting.
var proceedings = map[string]bool{"hearing": true, "hearings": true, "trial": true, "verdict": true, "sentencing": true, "judgment": true, "ruling": true, "appeal": true, "proceedings": true}

// beForms make a participle after them passive.
var beForms = map[string]bool{"is": true, "was": true, "were": true, "are": true, "been": true, "being": true, "be": true}

// mentionsWithdrawal reports whether the sentence speaks of withdrawing:
// "withdrawal", or leaving the court ("that it is leaving the ICC").
func mentionsWithdrawal(toks []token, s sentence) bool {
	for i := s.from; i < s.to; i++ {
		if strings.HasPrefix(toks[i].fold, "withdr") {
			return true
		}
		switch toks[i].fold {
		case "leaving", "leave", "quitting", "quit", "exiting":
			for j := i + 1; j < s.to && j <= i+4; j++ {
				switch toks[j].fold {
				case "court", "icc", "statute", "tribunal":
					return true
				}
			}
		}
	}
	return false
}

// hedged reports whether a hedge or negation stands between the start of the
// trigger's clause and the trigger.
func (st *docState) hedged(s sentence, i int) bool {
	// a name counts as one word: "should use the Assembly of States
	// Parties session" is as hedged as "should use the session"
	lo := i - 6
	for j := i - 1; j >= s.from && j >= lo; j-- {
		f := st.toks[j].fold
		if j > s.from && j+1 < i && st.toks[j+1].upper && (st.toks[j].upper && st.toks[j-1].upper || f == "of" && st.toks[j-1].upper) {
			lo--
		}
		if clauseBreaks[f] || f == "," || hedgeScopeEnds[f] {
			return false
		}
		if f == "may" && st.toks[j].upper && j > s.from && (monthCue[st.toks[j-1].fold] || st.toks[j-1].num || j+1 < s.to && st.toks[j+1].num) {
			// "said in May", "on May 7", "on 20 May": the month
			continue
		}
		if hedges[f] && strings.HasPrefix(f, "authori") && authorizedWarrants(st.toks, j+1, i+1) {
			// "judges authorized the arrest warrants that the court
			// issued": the warrants were issued, not just allowed
			continue
		}
		if hedges[f] {
			return true
		}
		if (f == "alleged" || f == "said" || f == "reported" || f == "believed" || f == "thought" || f == "rumoured" || f == "rumored") && j+2 < i && st.toks[j+1].fold == "to" && (st.toks[j+2].fold == "have" || st.toks[j+2].fold == "be") {
			// "people are alleged to have been detained", "he is said to
			// be held": hearsay, not an event the text asserts
			return true
		}
		if (f == "scheduled" || f == "due" || f == "set" || f == "poised" || f == "planning" || f == "plans") && j+1 < i && st.toks[j+1].fold == "to" {
			// "is scheduled to attend a summit": not yet happened
			return true
		}
	}
	return false
}

// modalHedges before a failure to arrest make it a possibility: "Brazil
// could refuse to arrest Putin".
var modalHedges = map[string]bool{"may": true, "might": true, "could": true, "would": true, "should": true, "threatened": true, "threatens": true, "expected": true, "likely": true, "if": true, "whether": true, "unless": true, "can": true, "will": true}

// hypothetical reports whether a failure to arrest, which carries its own
// negation, is only possible or conditional: a modal before it in its
// clause, or "would not arrest him if he came".
func (st *docState) hypothetical(s sentence, i, end int) bool {
	toks := st.toks
	for j := i - 1; j >= s.from && j >= i-4; j-- {
		f := toks[j].fold
		if clauseBreaks[f] || f == "," {
			break
		}
		if f == "may" && toks[j].upper {
			continue // the month
		}
		if modalHedges[f] {
			return true
		}
	}
	if f := toks[i].fold; f != "would" && f != "could" && f != "will" {
		return false
	}
	for j := end; j < s.to && j < end+10; j++ {
		f := toks[j].fold
		if f == "if" || f == "unless" || f == "should" {
			return true
		}
		if f == ";" || f == "." || f == "but" {
			break
		}
	}
	return false
}

// asserts reports whether a candidate has the parties to make an event.
func (c *candidate) asserts() bool {
	if c.rule.needTarget && len(c.targets) == 0 {
		return false
	}
	return len(c.agents) > 0 || c.rule.kind == graph.CyberAttack
}

// clauseBetween reports whether a clause ends between toks[from] and toks[to].
func clauseBetween(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if f := toks[i].fold; f == ";" || f == "." || f == "but" || f == "while" || f == "whereas" || f == "although" {
			return true
		}
	}
	return false
}

// custodyOf reports whether one of people is arrested or surrendered by a
// candidate of the same sentence.
func custodyOf(cands []*candidate, people []string) bool {
	for _, c := range cands {
		if c.rule.kind != graph.Arrest && c.rule.kind != graph.Surrender {
			continue
		}
		for _, t := range c.targets {
			if containsString(people, t) {
				return true
			}
		}
	}
	return false
}

// sanctionsNamedBefore reports whether sanctions were named in this sentence
// before i or in the sentence before, for "imposed them on".
func (st *docState) sanctionsNamedBefore(s sentence, i int) bool {
	from := s.from
	if st.cur > 0 {
		from = st.sents[st.cur-1].from
	}
	for j := from; j < i; j++ {
		if strings.HasPrefix(st.toks[j].fold, "sanction") {
			return true
		}
	}
	return false
}

// speakerNouns are common nouns that may head a named speaker's phrase
// before a relative pronoun: "the court that said", "the government which".
var speakerNouns = map[string]bool{"court": true, "government": true, "group": true, "organization": true, "organisation": true, "ministry": true, "office": true, "tribunal": true, "chamber": true, "council": true, "assembly": true, "commission": true, "committee": true, "union": true, "administration": true, "country": true, "state": true, "states": true, "countries": true, "governments": true, "groups": true, "organizations": true, "officials": true, "judges": true, "leaders": true, "experts": true, "people": true}

// otherOrder before "order" speaks of another executive order than the one
// named: "a similar order", "an earlier order".
var otherOrder = map[string]bool{"similar": true, "earlier": true, "previous": true, "prior": true, "first": true, "second": true}

// orderActs say what an executive order does: "an order authorizing
// sanctions".
var orderActs = map[string]bool{"authorizing": true, "authorising": true, "authorizes": true, "authorises": true, "imposing": true, "imposes": true, "sanctioning": true, "targeting": true, "declaring": true, "blocking": true}

// sanctionBefore reports whether a verb of sanctioning governs the clause
// before "and on" at i: "imposed sanctions on A in May and on B".
func sanctionBefore(toks []token, s sentence, i int) bool {
	for j := i - 1; j >= s.from && j >= i-12; j-- {
		f := toks[j].fold
		if clauseBreaks[f] || f == "," {
			return false
		}
		if strings.HasPrefix(f, "sanction") || strings.HasPrefix(f, "designat") {
			return true
		}
	}
	return false
}

// verdictNouns restate a conviction or sentence just told.
var verdictNouns = map[string]bool{"sentence": true, "verdict": true, "judgment": true, "judgement": true, "ruling": true}

// deliveredVerbs say when a verdict was given.
var deliveredVerbs = map[string]bool{"handed": true, "delivered": true, "pronounced": true, "read": true, "announced": true, "issued": true, "given": true}

// verdictDate dates the undated conviction of the sentences just before by a
// sentence that restates it with a date: "X has been sentenced to 25 years
// by the ICC. The sentence was handed down on Thursday."
func (st *docState) verdictDate(s sentence, dates []dateExpr) {
	id := st.lastEvent[graph.Conviction]
	ev := st.events[id]
	if ev == nil || !ev.Date.IsZero() || len(ev.Sources) == 0 || st.sentenceAt(ev.Sources[0].Start) < st.cur-2 {
		return
	}
	toks := st.toks
	i := s.from
	if i+3 >= s.to || (toks[i].fold != "the" && toks[i].fold != "this" && toks[i].fold != "that") || !verdictNouns[toks[i+1].fold] {
		return
	}
	j := i + 2
	if toks[j].fold != "was" || !deliveredVerbs[toks[j+1].fold] {
		return
	}
	for _, d := range dates {
		if d.from > j+1 && d.from <= j+6 && len(d.dates) == 1 && !d.effective && !d.clause && !clauseBetween(toks, j+1, d.from) {
			ev.Date = d.dates[0]
			ev.Sources = mergeSources(ev.Sources, []graph.Source{st.source(s)})
			st.rekey(id, ev)
			return
		}
	}
}

// followed reads "Blé Goudé followed in March 2014" after "X was handed over
// to the court in November 2011": the event of the sentence before, with
// the new subject in the place of its party of that kind and the new date.
func (st *docState) followed(s sentence, ms []*mention, dates []dateExpr) {
	toks := st.toks
	if len(ms) == 0 || !(ms[0].from == s.from || ms[0].from == s.from+1 && toks[s.from].fold == "the") || ms[0].entity == "" || ms[0].group || ms[0].pronoun {
		return
	}
	m := ms[0]
	j := m.to
	if j >= s.to || toks[j].fold != "followed" {
		return
	}
	j++
	if j < s.to && toks[j].fold == "suit" {
		j++
	}
	// nothing but a date may follow: "followed in March 2014."
	for k := j; k < s.to; k++ {
		if f := toks[k].fold; f == "." {
			continue
		}
		in := false
		for _, d := range dates {
			if k >= d.from && k < d.to || k+1 == d.from && (toks[k].fold == "in" || toks[k].fold == "on") {
				in = true
			}
		}
		if !in {
			return
		}
	}
	var date graph.Date
	if len(dates) == 1 && len(dates[0].dates) == 1 {
		date = dates[0].dates[0]
	}
	// the last event the sentence before told, other than speech
	prevSent := st.cur - 1
	var last *graph.Event
	for k := len(st.evOrder) - 1; k >= 0; k-- {
		ev := st.events[st.evOrder[k]]
		if ev == nil || ev.Kind == graph.Statement || len(ev.Sources) == 0 {
			continue
		}
		if st.sentenceAt(ev.Sources[0].Start) != prevSent {
			break
		}
		last = ev
		break
	}
	if last == nil {
		return
	}
	agents, targets := last.With(graph.Agent), last.With(graph.Target)
	switch {
	case m.kind == graph.Person && len(targets) == 1 && st.kindOf(targets[0]) == graph.Person && targets[0] != m.entity:
		targets = []string{m.entity}
	case m.kind != graph.Person && len(agents) == 1 && st.kindOf(agents[0]) == m.kind && agents[0] != m.entity:
		agents = []string{m.entity}
	default:
		return
	}
	var parts []graph.Participant
	for _, a := range agents {
		parts = append(parts, graph.Participant{Role: graph.Agent, Entity: a})
	}
	for _, t := range targets {
		parts = append(parts, graph.Participant{Role: graph.Target, Entity: t})
	}
	st.putEvent(&graph.Event{
		ID: graph.EventID(last.Kind, agents, targets, date), Kind: last.Kind, Date: date, Participants: parts,
		Confidence: clamp(last.Confidence - 0.1), Sources: []graph.Source{st.source(s)},
	})
}

// undoingVerbs undo an order named as their object: "revoked the executive
// order", "the judge blocked the order".
var undoingVerbs = map[string]bool{"revoked": true, "revokes": true, "revoke": true, "revoking": true, "revocation": true, "rescinded": true, "rescinds": true, "rescind": true, "rescinding": true, "repealed": true, "repeals": true, "repeal": true, "repealing": true, "overturned": true, "reversed": true, "reverses": true, "reversing": true, "cancelled": true, "canceled": true, "blocked": true, "blocks": true, "suspended": true, "lifted": true, "lifts": true, "lifting": true, "annulled": true}

// labelPronouns name the labeller in "what it called", "what they call".
var labelPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true}

// authorizedWarrants reports whether the object of "authorized" at from is
// a definite warrant: "authorized the arrest warrants".
func authorizedWarrants(toks []token, from, to int) bool {
	if from >= to || toks[from].fold != "the" {
		return false
	}
	for j := from + 1; j < to && j <= from+3; j++ {
		if toks[j].fold == "warrant" || toks[j].fold == "warrants" {
			return true
		}
	}
	return false
}
