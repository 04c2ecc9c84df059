package claims

import "factline/timeline"

// The lexicons below are the grammar's vocabulary: speech and cognition verbs
// with the complements they take, the nouns that can head a speaker, titles and
// roles, and the words that say what kind of body an entity is. They are general
// English and general knowledge of news writing, never the wording of one story.

// frame says what may follow a speech verb.
type frame uint16

const (
	// fClause: a bare or "that" clause is the content ("said the toll rose").
	fClause frame = 1 << iota
	// fThat: the content needs "that", a colon or a quotation ("wrote that").
	fThat
	// fObj: an addressee comes first ("told reporters that ...").
	fObj
	// fNP: a noun phrase object is the content ("announced a tariff").
	fNP
	// fOf: "warned of a surge", "accused X of Y" (the object and its "of"
	// phrase are the content).
	fOf
	// fEnd: may close "CLAUSE, X said" or tag a quotation.
	fEnd
	// fDoc: only with a document or body as subject ("a survey found that").
	fDoc
	// fDeny: the verb denies or rejects what another said.
	fDeny
	// fEstimate: "put the toll at 40".
	fEstimate
	// fQuote: only tags a quotation (`"Help us," she pleaded.`).
	fQuote
	// fNameQ: the object is named or urged in a quotation ("called the plan
	// \"a disgrace\"", "urged voters to \"stay calm\""); without the quotation
	// the verb is an act ("called a meeting", "urged restraint").
	fNameQ
)

type verb struct {
	lemma string
	fr    frame
}

const sayFrames = fClause | fEnd | fNP

var verbLemmas = map[string]verb{
	"say":         {"said", fClause | fEnd},
	"tell":        {"told", fClause | fObj | fEnd},
	"claim":       {"claimed", fClause | fEnd},
	"allege":      {"alleged", fClause | fEnd},
	"warn":        {"warned", fClause | fEnd | fOf | fObj},
	"accuse":      {"accused", fOf},
	"insist":      {"insisted", fClause | fEnd},
	"deny":        {"denied", fClause | fNP | fEnd | fDeny},
	"write":       {"wrote", fThat | fEnd},
	"post":        {"posted", fThat | fEnd},
	"tweet":       {"tweeted", fThat | fEnd},
	"announce":    {"announced", fClause | fNP | fEnd},
	"emphasize":   {"emphasized", fClause | fNP | fEnd},
	"emphasise":   {"emphasised", fClause | fNP | fEnd},
	"stress":      {"stressed", fClause | fNP | fEnd},
	"underscore":  {"underscored", fThat | fNP},
	"argue":       {"argued", fClause | fEnd},
	"report":      {"reported", fClause | fNP | fEnd},
	"find":        {"found", fThat | fDoc},
	"show":        {"showed", fThat | fDoc},
	"dispute":     {"disputed", fThat | fDeny},
	"confirm":     {"confirmed", fClause | fNP | fEnd},
	"add":         {"added", fThat | fEnd},
	"state":       {"stated", fClause | fEnd},
	"note":        {"noted", fThat | fEnd},
	"estimate":    {"estimated", fClause | fEnd},
	"declare":     {"declared", fThat | fEnd},
	"predict":     {"predicted", fClause | fNP | fEnd},
	"acknowledge": {"acknowledged", fThat | fEnd},
	"admit":       {"admitted", fClause | fEnd},
	"concede":     {"conceded", fClause | fEnd},
	"explain":     {"explained", fThat | fEnd},
	"caution":     {"cautioned", fClause | fEnd | fObj},
	"contend":     {"contended", fClause | fEnd},
	"assert":      {"asserted", fClause | fEnd},
	"maintain":    {"maintained", fThat},
	"counter":     {"countered", fClause | fEnd},
	"reply":       {"replied", fThat | fEnd},
	"respond":     {"responded", fThat | fEnd},
	"retort":      {"retorted", fThat | fEnd},
	"reiterate":   {"reiterated", fClause | fNP | fEnd},
	"repeat":      {"repeated", fThat},
	"suggest":     {"suggested", fThat | fEnd},
	"testify":     {"testified", fThat | fEnd},
	"conclude":    {"concluded", fThat | fEnd},
	"recall":      {"recalled", fThat | fEnd},
	"observe":     {"observed", fThat},
	"remark":      {"remarked", fThat | fEnd},
	"reveal":      {"revealed", fThat},
	"disclose":    {"disclosed", fThat},
	"indicate":    {"indicated", fThat},
	"signal":      {"signaled", fThat},
	"believe":     {"believes", fThat},
	"fear":        {"feared", fThat},
	"vow":         {"vowed", fThat | fEnd},
	"pledge":      {"pledged", fThat},
	"promise":     {"promised", fThat | fObj},
	"assure":      {"assured", fThat | fObj},
	"inform":      {"informed", fThat | fObj},
	"threaten":    {"threatened", fThat},
	"blame":       {"blamed", fOf},
	"agree":       {"agreed", fThat},
	"continue":    {"continued", fEnd},
	"put":         {"put", fEstimate},
	"plead":       {"pleaded", fEnd | fQuote},
	"shout":       {"shouted", fEnd | fQuote},
	"yell":        {"yelled", fEnd | fQuote},
	"scream":      {"screamed", fEnd | fQuote},
	"exclaim":     {"exclaimed", fEnd | fQuote},
	"whisper":     {"whispered", fEnd | fQuote},
	"cry":         {"cried", fEnd | fQuote},
	"sob":         {"sobbed", fEnd | fQuote},
	"joke":        {"joked", fEnd | fQuote},
	"quip":        {"quipped", fEnd | fQuote},
	"muse":        {"mused", fEnd | fQuote},
	"sigh":        {"sighed", fEnd | fQuote},
	"snap":        {"snapped", fEnd | fQuote},
	"fume":        {"fumed", fEnd | fQuote},
	"chant":       {"chanted", fEnd | fQuote},
	"beg":         {"begged", fEnd | fQuote},
	"rule":        {"ruled", fThat},
	"publish":     {"published", fThat},
	"hint":        {"hinted", fThat},
	"boast":       {"boasted", fThat | fEnd},
	"complain":    {"complained", fThat | fEnd},
	"charge":      {"charged", fThat},
	"speculate":   {"speculated", fThat | fEnd},
	"project":     {"projected", fThat},
	"forecast":    {"forecast", fThat | fNP},
	"order":       {"ordered", 0},
	"quote":       {"quoted", 0},
	"cite":        {"cited", 0},
	"call":        {"called", fNameQ},
	"urge":        {"urged", fNameQ},
}

// form is one inflected form of a verb.
type form struct {
	lemma string
	// participle marks "-ing" forms: after a comma they continue the main
	// clause's speaker ("..., saying that ...").
	participle bool
	// base marks uninflected forms ("they say"), read as verbs only after a
	// plural or pronoun subject.
	base bool
}

var verbForms = map[string]form{}

func init() {
	irregular := map[string][]string{
		"say":      {"said", "says", "say", "saying"},
		"tell":     {"told", "tells", "tell", "telling"},
		"write":    {"wrote", "writes", "write", "writing", "written"},
		"find":     {"found", "finds", "find", "finding"},
		"show":     {"showed", "shows", "show", "showing", "shown"},
		"put":      {"put", "puts", "putting"},
		"deny":     {"denied", "denies", "deny", "denying"},
		"reply":    {"replied", "replies", "reply", "replying"},
		"testify":  {"testified", "testifies", "testifying"},
		"forecast": {"forecast", "forecasts", "forecasted"},
		"signal":   {"signaled", "signalled", "signals", "signaling", "signalling"},
		"argue":    {"argued", "argues", "argue", "arguing"},
		"continue": {"continued", "continues"},
		"sob":      {"sobbed", "sobs"},
		"quip":     {"quipped", "quips"},
		"snap":     {"snapped", "snaps"},
		"beg":      {"begged", "begs"},
		"cry":      {"cried", "cries"},
		"believe":  {"believes", "believed", "believe"},
		"fear":     {"feared", "fears", "fear"},
		"quote":    {"quoted"},
		"cite":     {"cited"},
		"order":    {"ordered"},
		// the bare forms are nouns too often ("a call", "the urge")
		"call": {"called", "calls", "calling"},
		"urge": {"urged", "urges", "urging"},
	}
	for lemma, forms := range irregular {
		if _, ok := verbLemmas[lemma]; !ok {
			continue
		}
		for i, f := range forms {
			verbForms[f] = form{lemma: lemma, participle: len(f) > 4 && f[len(f)-3:] == "ing", base: f == lemma && i > 0}
		}
	}
	for lemma := range verbLemmas {
		if _, ok := irregular[lemma]; ok {
			continue
		}
		stem := lemma
		var past, third, ing string
		switch {
		case hasSuffix(stem, "e"):
			past, third, ing = stem+"d", stem+"s", stem[:len(stem)-1]+"ing"
		case hasSuffix(stem, "y") && !hasSuffix(stem, "ay") && !hasSuffix(stem, "ey"):
			past, third, ing = stem[:len(stem)-1]+"ied", stem[:len(stem)-1]+"ies", stem+"ing"
		case hasSuffix(stem, "ss") || hasSuffix(stem, "sh") || hasSuffix(stem, "ch") || hasSuffix(stem, "x"):
			past, third, ing = stem+"ed", stem+"es", stem+"ing"
		case lemma == "admit" || lemma == "regret":
			past, third, ing = stem+"ted", stem+"s", stem+"ting"
		default:
			past, third, ing = stem+"ed", stem+"s", stem+"ing"
		}
		verbForms[past] = form{lemma: lemma}
		verbForms[third] = form{lemma: lemma}
		verbForms[ing] = form{lemma: lemma, participle: true}
		verbForms[lemma] = form{lemma: lemma, base: true}
	}
	verbForms["emphasised"] = form{lemma: "emphasise"}
	buildLex()
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

// auxiliaries and adverbs that may stand between a subject and its verb
// ("has previously warned", "also said").
var preVerbSkip = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "previously": true, "later": true,
	"earlier": true, "again": true, "repeatedly": true, "further": true, "then": true,
	"separately": true, "publicly": true, "privately": true, "recently": true, "initially": true,
	"first": true, "now": true, "still": true, "already": true, "once": true, "originally": true,
	"subsequently": true, "immediately": true, "quickly": true, "only": true, "too": true,
	"similarly": true, "likewise": true, "meanwhile": true, "last": true, "yesterday": true,
	"today": true, "tonight": true, "officially": true, "formally": true, "flatly": true,
	"strongly": true, "firmly": true, "loudly": true, "angrily": true, "falsely": true,
	"wrongly": true, "baselessly": true, "long": true, "consistently": true,
	"frequently": true, "often": true, "always": true, "reportedly": true,
	"allegedly": true, "openly": true, "explicitly": true, "directly": true, "specifically": true,
	"all": true, "both": true, "each": true, "quietly": true, "confidently": true, "emphatically": true, "vehemently": true, "sharply": true,
	"however": true,
}

// negators and modals that make a verb no statement ("did not say", "will
// announce", "declined to say").
var blockers = map[string]bool{
	"not": true, "never": true, "to": true, "will": true, "would": true, "could": true, "may": true,
	"might": true, "should": true, "can": true, "must": true, "did": true, "does": true, "do": true,
	"n't": true, "didn't": true, "doesn't": true, "won't": true, "wouldn't": true, "couldn't": true,
	"cannot": true, "shall": true, "refused": true, "declined": true,
}

// beVerbs before a participle make it passive ("were reported killed").
var beVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"am": true, "get": true, "got": true, "gets": true,
}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "his": true,
	"her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "some": true,
	"several": true, "many": true, "both": true, "all": true, "other": true, "another": true,
	"each": true, "every": true, "most": true, "few": true, "no": true, "any": true, "one": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true, "more": true,
	"such": true, "that": true,
}

// quantifiers are determiners that belong in an anonymous speaker's description
// ("two officials").
var quantifiers = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "many": true, "some": true, "few": true,
	"dozens": true, "hundreds": true, "thousands": true, "both": true, "other": true, "another": true,
	"more": true, "most": true, "all": true,
}

// functionWords never belong to a speaker's noun phrase (beyond the ones the
// phrase reader handles itself: of, for, and, determiners).
var functionWords = map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "from": true, "by": true, "with": true, "without": true,
	"as": true, "after": true, "before": true, "during": true, "while": true, "when": true, "where": true,
	"since": true, "until": true, "about": true, "over": true, "under": true, "into": true, "through": true,
	"against": true, "between": true, "among": true, "amid": true, "despite": true, "because": true,
	"if": true, "but": true, "or": true, "nor": true, "so": true, "yet": true, "than": true, "then": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "what": true, "why": true,
	"how": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true, "can": true, "must": true,
	"not": true, "also": true, "there": true, "here": true, "it": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "you": true, "him": true, "them": true, "us": true, "me": true, "near": true,
	"outside": true, "inside": true, "up": true, "down": true, "out": true, "off": true, "via": true,
	"per": true, "like": true, "unlike": true, "toward": true, "towards": true, "across": true,
	"around": true, "behind": true, "beyond": true, "within": true, "along": true, "upon": true,
	"just": true, "only": true, "even": true, "still": true, "already": true, "very": true, "too": true,
	"however": true, "though": true, "although": true, "whether": true, "said": true, "says": true,
	"including": true, "according": true, "citing": true, "saying": true, "ago": true,
	"now": true, "later": true, "earlier": true, "again": true, "once": true, "twice": true,
	"nobody": true, "everyone": true, "everybody": true, "someone": true, "somebody": true,
	"anyone": true, "anybody": true, "none": true, "nothing": true, "something": true,
}

// pronouns that can be a speaker, with what they can refer to.
type pron struct {
	person, thing, plural bool
	gender                byte
}

var pronouns = map[string]pron{
	"he":   {person: true, gender: 'm'},
	"she":  {person: true, gender: 'f'},
	"it":   {thing: true},
	"they": {person: true, thing: true, plural: true},
}

// kindWords say what kind of body a name or phrase with this word is. They are
// checked on every word of a capitalised name and on the head of a common
// noun phrase.
var kindWords = map[string]timeline.SpeakerKind{
	// government
	"ministry": timeline.SpeakerGovernment, "ministries": timeline.SpeakerGovernment,
	"department": timeline.SpeakerGovernment, "office": timeline.SpeakerGovernment,
	"police": timeline.SpeakerGovernment, "government": timeline.SpeakerGovernment,
	"administration": timeline.SpeakerGovernment, "agency": timeline.SpeakerGovernment,
	"court": timeline.SpeakerGovernment, "judiciary": timeline.SpeakerGovernment,
	"army": timeline.SpeakerGovernment, "military": timeline.SpeakerGovernment,
	"navy": timeline.SpeakerGovernment, "guard": timeline.SpeakerGovernment,
	"forces": timeline.SpeakerGovernment, "force": timeline.SpeakerGovernment,
	"parliament": timeline.SpeakerGovernment, "assembly": timeline.SpeakerGovernment,
	"senate": timeline.SpeakerGovernment, "congress": timeline.SpeakerGovernment,
	"cabinet": timeline.SpeakerGovernment, "presidency": timeline.SpeakerGovernment,
	"kremlin": timeline.SpeakerGovernment, "pentagon": timeline.SpeakerGovernment,
	"palace": timeline.SpeakerGovernment, "regulator": timeline.SpeakerGovernment,
	"watchdog": timeline.SpeakerGovernment, "authority": timeline.SpeakerGovernment, "authorities": timeline.SpeakerGovernment,
	"bureau": timeline.SpeakerGovernment, "commission": timeline.SpeakerGovernment,
	"service": timeline.SpeakerGovernment, "services": timeline.SpeakerGovernment,
	"officials": timeline.SpeakerGovernment, "prosecutors": timeline.SpeakerGovernment,
	"prosecutor's": timeline.SpeakerGovernment, "investigators": timeline.SpeakerGovernment,
	"regulators": timeline.SpeakerGovernment, "forecasters": timeline.SpeakerGovernment,
	"embassy": timeline.SpeakerGovernment, "consulate": timeline.SpeakerGovernment,
	"council": timeline.SpeakerOrganization, "secretariat": timeline.SpeakerGovernment,
	"directorate": timeline.SpeakerGovernment, "prosecution": timeline.SpeakerGovernment,
	"patrol": timeline.SpeakerGovernment, "fire": timeline.SpeakerGovernment, "sheriff's": timeline.SpeakerGovernment,
	"troops": timeline.SpeakerGovernment, "soldiers": timeline.SpeakerGovernment,
	"coroner": timeline.SpeakerGovernment, "ombudsman": timeline.SpeakerGovernment,
	"municipality": timeline.SpeakerGovernment, "county": timeline.SpeakerGovernment,
	"state": timeline.SpeakerGovernment, "city": timeline.SpeakerGovernment,
	"white house": timeline.SpeakerGovernment, "regime": timeline.SpeakerGovernment,
	"junta": timeline.SpeakerGovernment, "legislature": timeline.SpeakerGovernment,
	"firefighters": timeline.SpeakerGovernment, "rescuers": timeline.SpeakerGovernment,
	"diplomats": timeline.SpeakerGovernment, "lawmakers": timeline.SpeakerOrganization,
	// organisations
	"union": timeline.SpeakerOrganization, "federation": timeline.SpeakerOrganization,
	"confederation": timeline.SpeakerOrganization, "association": timeline.SpeakerOrganization, "chamber": timeline.SpeakerOrganization,
	"institute": timeline.SpeakerOrganization, "foundation": timeline.SpeakerOrganization,
	"group": timeline.SpeakerOrganization, "groups": timeline.SpeakerOrganization,
	"party": timeline.SpeakerOrganization, "committee": timeline.SpeakerOrganization,
	"organization": timeline.SpeakerOrganization, "organisation": timeline.SpeakerOrganization,
	"company": timeline.SpeakerOrganization, "corporation": timeline.SpeakerOrganization,
	"firm": timeline.SpeakerOrganization, "university": timeline.SpeakerOrganization,
	"hospital": timeline.SpeakerOrganization, "coalition": timeline.SpeakerOrganization,
	"alliance": timeline.SpeakerOrganization, "movement": timeline.SpeakerOrganization,
	"forum":   timeline.SpeakerOrganization,
	"society": timeline.SpeakerOrganization, "center": timeline.SpeakerOrganization,
	"centre": timeline.SpeakerOrganization, "bank": timeline.SpeakerOrganization,
	"inc": timeline.SpeakerOrganization, "inc.": timeline.SpeakerOrganization,
	"corp": timeline.SpeakerOrganization, "corp.": timeline.SpeakerOrganization,
	"co.": timeline.SpeakerOrganization, "ltd": timeline.SpeakerOrganization,
	"ltd.": timeline.SpeakerOrganization, "llc": timeline.SpeakerOrganization,
	"plc": timeline.SpeakerOrganization, "utility": timeline.SpeakerOrganization,
	"electric": timeline.SpeakerOrganization, "energy": timeline.SpeakerOrganization,
	"minerals": timeline.SpeakerOrganization, "mining": timeline.SpeakerOrganization,
	"airlines": timeline.SpeakerOrganization, "airline": timeline.SpeakerOrganization,
	"airways": timeline.SpeakerOrganization, "motors": timeline.SpeakerOrganization,
	"holdings": timeline.SpeakerOrganization, "industries": timeline.SpeakerOrganization,
	"technologies": timeline.SpeakerOrganization, "pharmaceuticals": timeline.SpeakerOrganization,
	"systems": timeline.SpeakerOrganization, "partners": timeline.SpeakerOrganization,
	"capital": timeline.SpeakerOrganization, "petroleum": timeline.SpeakerOrganization,
	"oil": timeline.SpeakerOrganization, "gas": timeline.SpeakerOrganization,
	"power": timeline.SpeakerOrganization, "steel": timeline.SpeakerOrganization,
	"foods": timeline.SpeakerOrganization, "insurance": timeline.SpeakerOrganization,
	"chemicals": timeline.SpeakerOrganization, "chemical": timeline.SpeakerOrganization,
	"logistics": timeline.SpeakerOrganization, "shipping": timeline.SpeakerOrganization,
	"laboratories": timeline.SpeakerOrganization, "labs": timeline.SpeakerOrganization,
	"pharma": timeline.SpeakerOrganization, "textiles": timeline.SpeakerOrganization,
	"metals": timeline.SpeakerOrganization, "telecom": timeline.SpeakerOrganization,
	"terminals": timeline.SpeakerOrganization,
	"railways":  timeline.SpeakerOrganization, "railway": timeline.SpeakerOrganization,
	"church": timeline.SpeakerOrganization, "club": timeline.SpeakerOrganization,
	"league": timeline.SpeakerOrganization, "network": timeline.SpeakerOrganization,
	"observatory": timeline.SpeakerOrganization, "watch": timeline.SpeakerOrganization,
	"monitor": timeline.SpeakerOrganization, "rights": timeline.SpeakerOrganization,
	"activists": timeline.SpeakerOrganization, "organizers": timeline.SpeakerOrganization,
	"organisers": timeline.SpeakerOrganization, "opposition": timeline.SpeakerOrganization,
	"charity": timeline.SpeakerOrganization, "nonprofit": timeline.SpeakerOrganization,
	"operator": timeline.SpeakerOrganization, "manufacturer": timeline.SpeakerOrganization,
	"carrier": timeline.SpeakerOrganization, "insurer": timeline.SpeakerOrganization,
	"crescent": timeline.SpeakerOrganization, "railroad": timeline.SpeakerOrganization,
	"mission": timeline.SpeakerOrganization, "lines": timeline.SpeakerOrganization,
	"ferries": timeline.SpeakerOrganization, "freight": timeline.SpeakerOrganization,
	"courier": timeline.SpeakerMedia, "sentinel": timeline.SpeakerMedia,
	"inquirer": timeline.SpeakerMedia, "examiner": timeline.SpeakerMedia, "dispatch": timeline.SpeakerMedia,
	"cross": timeline.SpeakerOrganization, "fund": timeline.SpeakerOrganization,
	"program": timeline.SpeakerOrganization, "programme": timeline.SpeakerOrganization,
	"campaign": timeline.SpeakerOrganization, "team": timeline.SpeakerOrganization,
	"board": timeline.SpeakerOrganization, "trust": timeline.SpeakerOrganization,
	"protesters": timeline.SpeakerOrganization, "demonstrators": timeline.SpeakerOrganization,
	"workers": timeline.SpeakerOrganization, "mineworkers": timeline.SpeakerOrganization,
	"employees": timeline.SpeakerOrganization, "teachers": timeline.SpeakerOrganization,
	// media
	"news": timeline.SpeakerMedia, "television": timeline.SpeakerMedia, "tv": timeline.SpeakerMedia,
	"radio": timeline.SpeakerMedia, "newspaper": timeline.SpeakerMedia, "times": timeline.SpeakerMedia,
	"post": timeline.SpeakerMedia, "journal": timeline.SpeakerMedia, "herald": timeline.SpeakerMedia,
	"tribune": timeline.SpeakerMedia, "gazette": timeline.SpeakerMedia, "telegraph": timeline.SpeakerMedia,
	"guardian": timeline.SpeakerMedia, "broadcaster": timeline.SpeakerMedia, "broadcasting": timeline.SpeakerMedia,
	"media": timeline.SpeakerMedia, "outlet": timeline.SpeakerMedia, "channel": timeline.SpeakerMedia,
	"station": timeline.SpeakerMedia, "press": timeline.SpeakerMedia, "daily": timeline.SpeakerMedia,
	"magazine": timeline.SpeakerMedia, "wire": timeline.SpeakerMedia, "chronicle": timeline.SpeakerMedia,
	"broadcast": timeline.SpeakerMedia, "reporters": timeline.SpeakerMedia, "journalists": timeline.SpeakerMedia,
	"tabloid": timeline.SpeakerMedia, "website": timeline.SpeakerMedia, "correspondent": timeline.SpeakerMedia,
}

// ngoWords in a name make an organisation of a body whose name also holds a
// media word ("... Rights Activists News Agency").
var ngoWords = map[string]bool{
	"rights": true, "activists": true, "watch": true, "monitor": true, "observatory": true,
	"amnesty": true, "foundation": true, "institute": true, "council": true, "federation": true,
	"union": true, "association": true, "committee": true, "coalition": true, "alliance": true,
	"league": true, "campaign": true, "network": false,
}

// mediaFirst open a broadcaster's name: "Radio Sorell", "Channel 9", "TV
// Lumen".
var mediaFirst = map[string]bool{"radio": true, "channel": true, "tv": true, "television": true}

// mediaNews turns an "agency" into a medium ("news agency", "press agency").
var mediaHeads = map[string]bool{
	"news": true, "press": true, "television": true, "tv": true, "radio": true, "broadcaster": true,
	"newspaper": true, "times": true, "post": true, "journal": true, "herald": true, "tribune": true,
	"gazette": true, "telegraph": true, "guardian": true, "broadcasting": true, "media": true,
	"channel": true, "station": true, "daily": true, "magazine": true, "outlet": true, "chronicle": true,
}

// knownBodies are well-known bodies by name or acronym: general knowledge.
var knownBodies = map[string]timeline.SpeakerKind{
	"ap": timeline.SpeakerMedia, "associated press": timeline.SpeakerMedia, "reuters": timeline.SpeakerMedia,
	"afp": timeline.SpeakerMedia, "agence france-presse": timeline.SpeakerMedia, "bbc": timeline.SpeakerMedia,
	"cnn": timeline.SpeakerMedia, "abc": timeline.SpeakerMedia, "nbc": timeline.SpeakerMedia,
	"cbs": timeline.SpeakerMedia, "fox": timeline.SpeakerMedia, "fox news": timeline.SpeakerMedia,
	"pbs": timeline.SpeakerMedia, "npr": timeline.SpeakerMedia, "cnbc": timeline.SpeakerMedia,
	"msnbc": timeline.SpeakerMedia, "bloomberg": timeline.SpeakerMedia, "politico": timeline.SpeakerMedia,
	"axios": timeline.SpeakerMedia, "al jazeera": timeline.SpeakerMedia, "al arabiya": timeline.SpeakerMedia,
	"xinhua": timeline.SpeakerMedia, "tass": timeline.SpeakerMedia, "irna": timeline.SpeakerMedia,
	"isna": timeline.SpeakerMedia, "tasnim": timeline.SpeakerMedia, "fars": timeline.SpeakerMedia,
	"mehr": timeline.SpeakerMedia, "yonhap": timeline.SpeakerMedia, "kyodo": timeline.SpeakerMedia,
	"nhk": timeline.SpeakerMedia, "kcna": timeline.SpeakerMedia, "anadolu": timeline.SpeakerMedia,
	"interfax": timeline.SpeakerMedia, "ria novosti": timeline.SpeakerMedia, "sputnik": timeline.SpeakerMedia,
	"sana": timeline.SpeakerMedia, "wafa": timeline.SpeakerMedia, "mena": timeline.SpeakerMedia,
	"bernama": timeline.SpeakerMedia, "efe": timeline.SpeakerMedia, "ansa": timeline.SpeakerMedia,
	"dpa": timeline.SpeakerMedia, "pti": timeline.SpeakerMedia, "sky news": timeline.SpeakerMedia,
	"axios.": timeline.SpeakerMedia, "haaretz": timeline.SpeakerMedia, "ynet": timeline.SpeakerMedia,
	"le monde": timeline.SpeakerMedia, "der spiegel": timeline.SpeakerMedia, "asahi": timeline.SpeakerMedia,
	"cctv": timeline.SpeakerMedia, "rt": timeline.SpeakerMedia, "ukrinform": timeline.SpeakerMedia,
	"un": timeline.SpeakerOrganization, "u.n.": timeline.SpeakerOrganization, "united nations": timeline.SpeakerOrganization,
	"nato": timeline.SpeakerOrganization, "who": timeline.SpeakerOrganization, "unicef": timeline.SpeakerOrganization,
	"unhcr": timeline.SpeakerOrganization, "imf": timeline.SpeakerOrganization, "opec": timeline.SpeakerOrganization,
	"eu": timeline.SpeakerGovernment, "european union": timeline.SpeakerGovernment,
	"european commission": timeline.SpeakerGovernment, "hamas": timeline.SpeakerOrganization,
	"hezbollah": timeline.SpeakerOrganization, "taliban": timeline.SpeakerGovernment,
	"fbi": timeline.SpeakerGovernment, "cia": timeline.SpeakerGovernment, "nasa": timeline.SpeakerGovernment,
	"fema": timeline.SpeakerGovernment, "epa": timeline.SpeakerGovernment, "cdc": timeline.SpeakerGovernment,
	"fda": timeline.SpeakerGovernment, "dhs": timeline.SpeakerGovernment, "ice": timeline.SpeakerGovernment,
	"idf": timeline.SpeakerGovernment, "irgc": timeline.SpeakerGovernment, "lapd": timeline.SpeakerGovernment,
	"nypd": timeline.SpeakerGovernment, "noaa": timeline.SpeakerGovernment, "usgs": timeline.SpeakerGovernment,
	"pentagon": timeline.SpeakerGovernment, "kremlin": timeline.SpeakerGovernment,
	"white house": timeline.SpeakerGovernment, "amnesty international": timeline.SpeakerOrganization,
	"human rights watch": timeline.SpeakerOrganization, "red cross": timeline.SpeakerOrganization,
	"red crescent": timeline.SpeakerOrganization, "doctors without borders": timeline.SpeakerOrganization,
	"greenpeace": timeline.SpeakerOrganization, "oxfam": timeline.SpeakerOrganization,
	"apple": timeline.SpeakerOrganization, "google": timeline.SpeakerOrganization,
	"microsoft": timeline.SpeakerOrganization, "amazon": timeline.SpeakerOrganization,
	"meta": timeline.SpeakerOrganization, "tesla": timeline.SpeakerOrganization,
	"boeing": timeline.SpeakerOrganization, "airbus": timeline.SpeakerOrganization,
}

// agentSuffixes make a plural common noun a plausible speaker ("rescuers",
// "analysts", "residents", "physicians").
var agentSuffixes = []string{"ers", "ors", "ists", "ysts", "ians", "ants", "ents", "ees", "eers", "ives", "ics", "men", "women"}

// agentNouns are plausible speakers that no suffix rule finds.
var agentNouns = map[string]bool{
	"police": true, "officials": true, "official": true, "people": true, "witnesses": true, "witness": true,
	"staff": true, "authorities": true, "experts": true, "expert": true, "family": true, "families": true,
	"relatives": true, "military": true, "army": true, "government": true, "ministry": true, "media": true,
	"agency": true, "statement": true, "report": true, "survey": true, "study": true, "poll": true,
	"analysis": true, "data": true, "figures": true, "tally": true, "count": true, "estimates": true,
	"records": true, "documents": true, "filing": true, "lawsuit": true, "complaint": true, "indictment": true,
	"ruling": true, "memo": true, "letter": true, "post": true, "video": true, "advisory": true,
	"release": true, "communique": true, "bulletin": true, "source": true, "sources": true, "person": true,
	"aide": true, "aides": true, "staffer": true, "staffers": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "spokespeople": true, "union": true, "company": true, "group": true, "groups": true,
	"firm": true, "office": true, "department": true, "council": true, "court": true, "judge": true,
	"judges": true, "committee": true, "party": true, "campaign": true, "team": true, "opposition": true,
	"coalition": true, "navy": true, "guard": true, "forces": true, "troops": true, "doctors": true,
	"doctor": true, "nurses": true, "medics": true, "paramedics": true, "scientists": true, "researchers": true,
	"activists": true, "lawmakers": true, "legislators": true, "senators": true, "diplomats": true,
	"soldier": true, "fighter": true, "medic": true, "volunteer": true, "passenger": true, "villager": true,
	"relative": true, "employee": true, "prisoner": true, "detainee": true, "refugee": true, "migrant": true,
	"protester": true, "demonstrator": true, "shopkeeper": true, "paramedic": true, "rescuer": true,
	"firefighter": true, "delegations": true,
	"diplomat": true, "envoy": true, "minister": true, "ministers": true, "president": true, "governor": true,
	"mayor": true, "chief": true, "leader": true, "leaders": true, "head": true, "director": true,
	"commander": true, "commanders": true, "general": true, "generals": true, "secretary": true,
	"ambassador": true, "official's": true, "service": true, "administration": true, "presidency": true,
	"parliament": true, "assembly": true, "senate": true, "congress": true, "cabinet": true, "board": true,
	"authority": true, "bureau": true, "commission": true, "institute": true, "federation": true,
	"association": true, "foundation": true, "organization": true, "organisation": true, "university": true,
	"hospital": true, "regime": true, "junta": true, "television": true, "tv": true, "radio": true,
	"newspaper": true, "broadcaster": true, "outlet": true, "network": true, "channel": true, "station": true,
	"website": true, "utility": true, "operator": true, "prosecution": true, "defense": true, "defence": true,
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "counsel": true, "prosecutor": true,
	"students": true, "parents": true, "victims": true, "survivors": true, "neighbors": true,
	"neighbours": true, "locals": true, "villagers": true, "crews": true, "crew": true, "staffs": true,
	"economists": true, "analysts": true, "critics": true, "supporters": true, "opponents": true,
	"observers": true, "monitors": true, "inspectors": true, "investigators": true, "rescuers": true,
	"firefighters": true, "forecasters": true, "officers": true, "officer": true, "soldiers": true,
	"residents": true, "organizers": true, "organisers": true, "protesters": true, "demonstrators": true,
	"workers": true, "employees": true, "owners": true, "owner": true, "manager": true, "managers": true,
	"executives": true, "executive": true, "ceo": true, "chairman": true, "chairwoman": true, "chair": true,
	"founder": true, "adviser": true, "advisers": true, "advisor": true, "advisors": true, "consultant": true,
	"mother": true, "father": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "friend": true, "friends": true, "colleague": true, "colleagues": true,
	"coroner": true, "sheriff": true, "embassy": true, "palace": true, "consulate": true, "kremlin": true, "pentagon": true,
	"tribunal": true, "judiciary": true, "prosecutors": true, "regulator": true, "regulators": true,
	"federation's": true, "mission": true, "delegation": true, "inquiry": true, "investigation": true,
	"audit": true, "review": true, "probe": true, "autopsy": true, "tweet": true, "message": true,
	"notice": true, "order": false, "press": true, "agencies": true, "companies": true, "unions": true,
	"governments": true, "states": true, "countries": true, "sides": true, "parties": true, "nations": true, "allies": true, "ally": true,
	"partner": true, "partners": true, "bank": true, "fund": true, "club": true, "church": true,
	"rebels": true, "militants": true, "insurgents": true, "fighters": true, "militia": true,
	"regime's": true, "junta's": true, "council's": true, "estimate": true, "projections": true,
	"models": true, "polls": true, "surveys": true, "studies": true, "reports": true, "statements": true,
}

// docNouns are documents and reports: "a police statement said" names police,
// "a survey by X found" names X.
var docNouns = map[string]bool{
	"statement": true, "report": true, "survey": true, "study": true, "poll": true, "analysis": true,
	"data": true, "figures": true, "tally": true, "count": true, "estimates": true, "estimate": true,
	"records": true, "documents": true, "filing": true, "lawsuit": true, "complaint": true,
	"indictment": true, "ruling": true, "memo": true, "letter": true, "post": true, "video": true,
	"advisory": true, "release": true, "communique": true, "bulletin": true, "tweet": true, "message": true,
	"notice": true, "inquiry": true, "investigation": true, "audit": true, "review": true, "probe": true,
	"autopsy": true, "projections": true, "models": true, "polls": true, "surveys": true, "studies": true,
	"reports": true, "statements": true, "document": true, "assessment": true, "findings": true,
	"website": true, "account": true, "footage": true, "update": true,
}

// anonymity words in a speaker's description make the speaker anonymous.
var anonymityWords = []string{
	"anonymity", "not authorized", "not authorised", "declined to be named", "asked not to be named",
	"asked not to be identified", "familiar with", "were not identified", "was not identified",
	"requested anonymity", "insisted on anonymity", "on background", "unnamed", "anonymous",
}

// roleNouns are lower-case descriptions of people ("spokesman", "union
// leader"); a name that follows them is the person they describe.
var roleNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true, "secretary": true,
	"president": true, "leader": true, "chief": true, "director": true, "official": true, "governor": true,
	"mayor": true, "lawyer": true, "attorney": true, "prosecutor": true, "judge": true, "commander": true,
	"general": true, "ambassador": true, "envoy": true, "adviser": true, "advisor": true, "aide": true,
	"chairman": true, "chairwoman": true, "chair": true, "ceo": true, "head": true, "founder": true,
	"analyst": true, "researcher": true, "professor": true, "economist": true, "doctor": true,
	"surgeon": true, "witness": true, "resident": true, "survivor": true, "owner": true, "manager": true,
	"coach": true, "captain": true, "officer": true, "sheriff": true, "executive": true, "senator": true,
	"lawmaker": true, "legislator": true, "representative": true, "congressman": true,
	"congresswoman": true, "councilman": true, "councilwoman": true, "member": true, "candidate": true,
	"nominee": true, "negotiator": true, "mediator": true, "inspector": true, "investigator": true,
	"commissioner": true, "superintendent": true, "principal": true, "teacher": true, "student": true,
	"priest": true, "pastor": true, "imam": true, "rabbi": true, "bishop": true, "activist": true,
	"organizer": true, "organiser": true, "expert": true, "scientist": true, "meteorologist": true,
	"forecaster": true, "physician": true, "nurse": true, "engineer": true, "geologist": true,
	"historian": true, "deputy": true, "vice": true, "premier": true, "chancellor": true,
	"speaker": true, "delegate": true, "strategist": true, "pollster": true, "campaigner": true,
	"correspondent": true, "reporter": true, "editor": true, "journalist": true, "columnist": true,
	"producer": true, "host": true, "anchor": true, "sergeant": true, "lieutenant": true, "colonel": true,
	"major": true, "admiral": true, "marshal": true, "coordinator": true, "administrator": true,
	"supervisor": true, "president-elect": true, "ex-president": true, "farmer": true, "miner": true,
	"worker": true, "driver": true, "pilot": true, "father": true, "mother": true, "son": true,
	"daughter": true, "husband": true, "wife": true, "brother": true, "sister": true, "uncle": true,
	"aunt": true, "cousin": true, "grandmother": true, "grandfather": true, "neighbor": true,
	"neighbour": true, "friend": true, "partner": true, "boss": true, "staffer": true, "monitor": false,
	"counsel": true, "solicitor": true, "barrister": true, "magistrate": true, "coroner": true,
	"ombudsman": true, "treasurer": true, "auditor": true, "regulator": false, "trustee": true,
	"founder-director": true, "opposition": false,
}

// spokesRoles speak for the body named before them ("Ministry spokesman").
var spokesRoles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"representative": true, "press": true, "secretary": false,
}

// titleHeads end a capitalised title before a name ("Foreign Minister Abbas
// Karsk", "Fire Chief Alma Ruiz"); the value is the role they name.
var titleHeads = map[string]string{
	"president": "president", "minister": "minister", "secretary": "secretary", "governor": "governor",
	"gov.": "governor", "mayor": "mayor", "senator": "senator", "sen.": "senator", "rep.": "representative",
	"representative": "representative", "congressman": "congressman", "congresswoman": "congresswoman",
	"chief": "chief", "director": "director", "commissioner": "commissioner", "judge": "judge",
	"justice": "justice", "general": "general", "gen.": "general", "col.": "colonel", "colonel": "colonel",
	"lt.": "lieutenant", "lieutenant": "lieutenant", "sgt.": "sergeant", "sergeant": "sergeant",
	"capt.": "captain", "captain": "captain", "adm.": "admiral", "admiral": "admiral",
	"commander": "commander", "cmdr.": "commander", "officer": "officer", "sheriff": "sheriff",
	"prosecutor": "prosecutor", "attorney": "attorney", "ambassador": "ambassador", "envoy": "envoy",
	"chancellor": "chancellor", "premier": "premier", "speaker": "speaker", "leader": "leader",
	"king": "king", "queen": "queen", "prince": "prince", "princess": "princess", "pope": "pope",
	"cardinal": "cardinal", "archbishop": "archbishop", "bishop": "bishop", "rabbi": "rabbi",
	"imam": "imam", "ayatollah": "ayatollah", "sheikh": "sheikh", "rev.": "reverend",
	"reverend": "reverend", "dr.": "doctor", "mr.": "", "mrs.": "", "ms.": "", "miss": "", "prof.": "professor",
	"professor": "professor", "chairman": "chairman", "chairwoman": "chairwoman", "chair": "chair",
	"ceo": "chief executive", "spokesman": "spokesman", "spokeswoman": "spokeswoman",
	"spokesperson": "spokesperson", "superintendent": "superintendent", "supt.": "superintendent",
	"inspector": "inspector", "detective": "detective", "det.": "detective", "deputy": "deputy",
	"trooper": "trooper", "councilman": "councilman", "councilwoman": "councilwoman",
	"councilmember": "councilmember", "assemblyman": "assemblyman", "assemblywoman": "assemblywoman",
	"delegate": "delegate", "marshal": "marshal", "lord": "lord", "lady": "lady", "sir": "", "dame": "",
	"emir": "emir", "coach": "coach", "pastor": "pastor", "maj.": "major", "major": "major",
	"sgt": "sergeant", "cpl.": "corporal", "pvt.": "private", "secretary-general": "secretary-general",
	"director-general": "director-general", "president-elect": "president-elect", "lawmaker": "lawmaker",
	"legislator": "legislator", "magistrate": "magistrate", "coroner": "coroner", "mr": "", "mrs": "",
	"ms": "", "dr": "doctor", "gov": "governor", "sen": "senator", "rep": "representative",
	"vice-president": "vice president", "executive": "executive", "administrator": "administrator",
	"editor": "editor", "editor-in-chief": "editor-in-chief", "publisher": "publisher",
	"ombudsman": "ombudsman", "treasurer": "treasurer", "auditor": "auditor", "principal": "principal",
	"manager": "manager", "supervisor": "supervisor", "councillor": "councillor", "councilor": "councilor",
	"alderman": "alderman", "trustee": "trustee", "provost": "provost", "dean": "dean", "warden": "warden",
	"constable": "constable", "comptroller": "comptroller", "controller": "controller", "assessor": "assessor",
	"undersecretary": "undersecretary", "consul": "consul", "mp": "lawmaker", "chairperson": "chairperson",
	"commissar": "commissar", "minister-president": "minister-president", "governor-general": "governor-general",
}

// genders of titles and role words.
var titleGender = map[string]byte{
	"mr.": 'm', "mr": 'm', "mrs.": 'f', "mrs": 'f', "ms.": 'f', "ms": 'f', "miss": 'f', "king": 'm',
	"queen": 'f', "prince": 'm', "princess": 'f', "lord": 'm', "lady": 'f', "sir": 'm', "dame": 'f',
	"spokesman": 'm', "spokeswoman": 'f', "chairman": 'm', "chairwoman": 'f', "congressman": 'm',
	"congresswoman": 'f', "councilman": 'm', "councilwoman": 'f', "assemblyman": 'm',
	"assemblywoman": 'f', "businessman": 'm', "businesswoman": 'f', "father": 'm', "mother": 'f',
	"son": 'm', "daughter": 'f', "husband": 'm', "wife": 'f', "brother": 'm', "sister": 'f',
	"uncle": 'm', "aunt": 'f', "grandmother": 'f', "grandfather": 'm', "emir": 'm', "sheikh": 'm',
	"ayatollah": 'm', "pope": 'm', "imam": 'm', "rabbi": 'm',
}

// descriptors before a name are dropped from the canonical name
// ("semiofficial Orka news agency", "leftist President Arlo Venn").
var descriptorWords = map[string]bool{
	"semiofficial": true, "semi-official": true, "official": true, "leftist": true, "rightist": true,
	"conservative": true, "liberal": true, "populist": true, "hard-line": true, "hardline": true,
	"embattled": true, "outgoing": true, "incoming": true, "former": true, "then": true, "longtime": true,
	"veteran": true, "influential": true, "powerful": true, "prominent": true, "independent": true,
	"interim": true, "acting": true, "newly": true, "elected": true, "appointed": true, "exiled": true,
	"jailed": true, "detained": true, "imprisoned": true, "ousted": true, "deposed": true, "late": true,
	"far-right": true, "far-left": true, "centrist": true, "moderate": true, "reformist": true,
	"authoritarian": true, "autocratic": true, "nationalist": true, "opposition-aligned": true,
	"pro-government": true, "anti-government": true, "top": true, "senior": false, "main": true,
	"largest": true, "biggest": true, "leading": true, "major": true, "privately": true, "privately-owned": true,
	"state-owned": false, "state-run": false, "government-run": false, "u.s.-based": true,
}

// descriptorSuffixes mark hyphenated descriptors: "U.S.-based", "Qatar-funded".
var descriptorSuffixes = []string{"-based", "-funded", "-backed", "-led", "-owned", "-run", "-born",
	"-linked", "-allied", "-affiliated", "-aligned", "-supported", "-controlled", "-registered",
	"-headquartered", "-founded", "-sponsored", "-financed"}

// classSynonyms let "the union" find a body named "Federation of ...
// Port Workers" and "the company" a body named "... Mining".
var classSynonyms = map[string][]string{
	"federation": {"union"}, "confederation": {"union"}, "syndicate": {"union"}, "guild": {"union"},
	"workers": {"union"}, "mineworkers": {"union"}, "teamsters": {"union"}, "union": {"union"},
	"inc": {"company", "firm"}, "inc.": {"company", "firm"}, "corp": {"company", "firm"},
	"corp.": {"company", "firm"}, "co.": {"company", "firm"}, "ltd": {"company", "firm"},
	"ltd.": {"company", "firm"}, "llc": {"company", "firm"}, "plc": {"company", "firm"},
	"company": {"company", "firm"}, "corporation": {"company", "firm"}, "group": {"group"},
	"electric": {"company", "utility", "firm"}, "energy": {"company", "firm"}, "power": {"company", "utility", "firm"},
	"minerals": {"company", "firm"}, "mining": {"company", "firm"}, "airlines": {"company", "airline", "carrier", "firm"},
	"airways": {"company", "airline", "carrier", "firm"}, "motors": {"company", "automaker", "firm"},
	"holdings": {"company", "firm"}, "industries": {"company", "firm"}, "technologies": {"company", "firm"},
	"pharmaceuticals": {"company", "drugmaker", "firm"}, "systems": {"company", "firm"}, "bank": {"bank", "lender", "company"},
	"petroleum": {"company", "firm"}, "oil": {"company", "firm"}, "gas": {"company", "utility", "firm"},
	"steel": {"company", "firm"}, "foods": {"company", "firm"}, "chemicals": {"company", "firm"},
	"chemical": {"company", "firm"}, "logistics": {"company", "firm"}, "shipping": {"company", "firm"},
	"laboratories": {"company", "firm"}, "labs": {"company", "firm"}, "pharma": {"company", "drugmaker", "firm"},
	"textiles": {"company", "firm"}, "metals": {"company", "firm"}, "telecom": {"company", "firm"},
	"terminals": {"company", "operator", "firm"}, "insurance": {"company", "insurer", "firm"},
	"railways": {"company", "railway", "operator"}, "utility": {"utility", "company"},
	"agency": {"agency"}, "ministry": {"ministry"}, "department": {"department"}, "office": {"office"},
	"forum": {"forum", "bloc"}, "council": {"council"}, "institute": {"institute"}, "party": {"party"}, "committee": {"committee"},
	"commission": {"commission", "agency"}, "court": {"court"}, "police": {"police"}, "service": {"service", "agency"},
	"services": {"service", "agency"}, "authority": {"authority", "agency"}, "bureau": {"bureau", "agency"}, "association": {"association", "group"},
	"foundation": {"foundation", "group"}, "coalition": {"coalition", "group"}, "alliance": {"alliance", "group"},
	"network": {"network"}, "university": {"university"}, "hospital": {"hospital"}, "army": {"army", "military"},
	"military": {"military"}, "navy": {"navy", "military"}, "government": {"government"},
	"administration": {"administration", "government"}, "parliament": {"parliament"},
	"assembly": {"assembly"}, "senate": {"senate"}, "television": {"broadcaster", "network", "station"},
	"tv": {"broadcaster", "network", "station"}, "radio": {"broadcaster", "station"},
	"newspaper": {"newspaper", "paper"}, "times": {"newspaper", "paper"}, "post": {"newspaper", "paper"},
	"journal": {"newspaper", "paper"}, "herald": {"newspaper", "paper"}, "tribune": {"newspaper", "paper"},
	"gazette": {"newspaper", "paper"}, "center": {"center", "agency"}, "centre": {"centre", "agency"},
	"observatory": {"observatory", "group", "monitor"}, "watch": {"group"}, "presidency": {"presidency", "office"},
	"directorate": {"directorate", "agency"}, "organization": {"organization", "group"}, "organisation": {"organisation", "group"},
	"board": {"board"}, "league": {"league"}, "church": {"church"}, "regime": {"regime", "government"},
	"firm": {"firm", "company"}, "operator": {"operator", "company"}, "carrier": {"carrier", "company"},
	"broadcaster": {"broadcaster"}, "station": {"station"}, "outlet": {"outlet"}, "channel": {"channel"},
	"movement": {"movement", "group"}, "prosecution": {"prosecution"}, "guard": {"guard"}, "forces": {"forces", "military"},
	"corps": {"corps"}, "brigade": {"brigade"}, "brigades": {"brigade"},
	"chamber": {"chamber", "group"}, "mission": {"mission", "group"}, "railroad": {"railroad", "railway", "company", "operator"},
	"lines": {"company", "operator", "firm"}, "ferries": {"company", "operator", "firm"},
	"courier": {"newspaper", "paper"}, "sentinel": {"newspaper", "paper"},
	"chronicle": {"newspaper", "paper"}, "inquirer": {"newspaper", "paper"}, "examiner": {"newspaper", "paper"},
}

// definiteHeads are the nouns of "the agency", "the company": a reference to
// the last body of that class.
var definiteHeads = map[string]bool{
	"agency": true, "charity": true, "watchdog": true, "nonprofit": true, "ministry": true, "department": true, "office": true, "company": true, "firm": true,
	"union": true, "council": true, "institute": true, "party": true, "committee": true, "commission": true,
	"court": true, "service": true, "authority": true, "bureau": true, "association": true, "foundation": true,
	"coalition": true, "alliance": true, "network": true, "group": true, "utility": true, "university": true,
	"hospital": true, "army": true, "military": true, "navy": true, "administration": true,
	"parliament": true, "assembly": true, "senate": true, "broadcaster": true, "newspaper": true, "paper": true,
	"station": true, "outlet": true, "channel": true, "center": true, "centre": true, "observatory": true,
	"monitor": true, "presidency": true, "directorate": true, "organization": true, "organisation": true,
	"board": true, "league": true, "church": true, "regime": true, "operator": true, "carrier": true,
	"airline": true, "automaker": true, "drugmaker": true, "insurer": true, "bank": true, "lender": true,
	"federation": true, "movement": true, "government": true, "prosecution": true, "railway": true,
	"guard": true, "forces": true, "police": true, "palace": true, "corps": true, "brigade": true,
	"chamber": true, "mission": true, "railroad": true,
}

// groupKinds give the kind of a generic plural speaker ("organizers").
var groupKinds = map[string]timeline.SpeakerKind{
	"police": timeline.SpeakerGovernment, "officials": timeline.SpeakerUnknown,
	"authorities": timeline.SpeakerGovernment, "prosecutors": timeline.SpeakerGovernment,
	"investigators": timeline.SpeakerGovernment, "regulators": timeline.SpeakerGovernment,
	"forecasters": timeline.SpeakerGovernment, "rescuers": timeline.SpeakerGovernment,
	"firefighters": timeline.SpeakerGovernment, "officers": timeline.SpeakerGovernment,
	"troops": timeline.SpeakerGovernment, "soldiers": timeline.SpeakerGovernment,
	"diplomats": timeline.SpeakerGovernment, "inspectors": timeline.SpeakerGovernment,
	"military": timeline.SpeakerGovernment, "government": timeline.SpeakerGovernment,
	"lawmakers": timeline.SpeakerOrganization, "legislators": timeline.SpeakerOrganization,
	"senators": timeline.SpeakerOrganization, "organizers": timeline.SpeakerOrganization,
	"organisers": timeline.SpeakerOrganization, "activists": timeline.SpeakerOrganization,
	"protesters": timeline.SpeakerOrganization, "demonstrators": timeline.SpeakerOrganization,
	"opposition": timeline.SpeakerOrganization, "groups": timeline.SpeakerOrganization,
	"unions": timeline.SpeakerOrganization, "companies": timeline.SpeakerOrganization,
	"rebels": timeline.SpeakerOrganization, "militants": timeline.SpeakerOrganization,
	"insurgents": timeline.SpeakerOrganization, "workers": timeline.SpeakerOrganization,
	"media": timeline.SpeakerMedia, "reporters": timeline.SpeakerMedia, "journalists": timeline.SpeakerMedia,
	"family": timeline.SpeakerUnknown, "families": timeline.SpeakerUnknown, "relatives": timeline.SpeakerUnknown,
	"sources": timeline.SpeakerUnknown, "witnesses": timeline.SpeakerUnknown, "residents": timeline.SpeakerUnknown,
	"people": timeline.SpeakerUnknown, "person": timeline.SpeakerUnknown, "source": timeline.SpeakerUnknown,
}

// claimNouns are what an evidence phrase or a rebuttal refers back to.
// actNouns name an act the writer comments on: ", in a move that critics
// called ...".
var actNouns = map[string]bool{
	"move": true, "step": true, "decision": true, "action": true, "escalation": true, "gesture": true,
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

var claimNouns = map[string]bool{
	"claim": true, "claims": true, "figure": true, "figures": true, "count": true, "tally": true,
	"toll": true, "number": true, "numbers": true, "estimate": true, "estimates": true, "account": true,
	"accounts": true, "assertion": true, "assertions": true, "allegation": true, "allegations": true,
	"accusation": true, "accusations": true, "comments": true, "comment": true, "remarks": true,
	"statement": true, "statements": true, "report": true, "reports": true, "version": true,
	"charge": true, "charges": true, "list": true, "criticism": true, "criticisms": true,
	"characterization": true, "suggestion": true, "notion": true, "finding": true, "findings": true,
	"assessment": true, "story": true, "rumor": true, "rumors": true, "rumours": true,
	"poll": true, "polls": true,
}
