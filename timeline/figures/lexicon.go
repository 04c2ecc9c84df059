package figures

import (
	"strings"

	"factline/timeline"
)

// wflag classifies a word for the grammar. One word may carry several flags
// ("over" is a bound word and a preposition).
type wflag uint64

const (
	wNum       wflag = 1 << iota // cardinal number word (val)
	wScale                       // hundred, thousand, million... (val is the multiplier)
	wVague                       // dozens, hundreds...: a quantity word whose low bound is val
	wFrac                        // third, quarter, half: val is the share in percent
	wOrdinal                     // first, second...
	wMonth                       // a month name or abbreviation
	wWeekday                     // Monday...
	wTimeUnit                    // day, week, year...: a number before one is a duration
	wUnit                        // a unit of measure (unit)
	wCurrency                    // a currency word (unit)
	wPercent                     // percent, pct
	wPrep                        // preposition
	wDet                         // determiner or possessive pronoun
	wConj                        // conjunction
	wAux                         // auxiliary, copula, modal
	wVerb                        // a common verb that ends a noun phrase
	wAdv                         // adverb skipped between a subject and its predicate
	wPron                        // pronoun
	wRel                         // who, that, which
	wPerson                      // a noun for people
	wPred                        // a predicate naming a measure (metric): killed, missing
	wNoun                        // a noun naming a measure (metric): deaths, arrests, votes
	wTrans                       // a transitive verb whose object is counted: killed 12
	wTrigger                     // a noun before the number naming its measure: death toll rose to 31
	wChange                      // a verb of change: rose, fell
	wVote                        // a word that makes "212-98" a vote
	wIncr                        // more, additional: the number adds to an earlier one
	wNameNoun                    // flight, route, category: a number after one is a name
	wFunc                        // a function word that never starts a name with digits
	wAge                         // aged, age
	wBreak                       // including, among: a breakdown follows
	wMod                         // a modifier dropped from the front of a subject
	wClockZone                   // EST, GMT: a number before one is a clock time
	wCapOnly                     // a month that needs a capital (May, March)
	wAbstract                    // ways, reasons, sides: counted only with a measure
)

// kind masks say to which figures a trigger noun applies.
const (
	kCount = 1 << iota
	kMoney
	kPercent
	kMeasure
	kSpeed
	kLength
	kTemp
	kAnyKind = kCount | kMoney | kPercent | kMeasure | kSpeed | kLength | kTemp
)

type entry struct {
	key    string
	f      wflag
	val    float64
	unit   string // canonical unit for wUnit/wCurrency
	metric string // canonical metric for wPred/wNoun/wTrans/wTrigger
	kinds  int    // figure kinds a trigger applies to
	// ends lists the prefix bound phrases that end with this word, longest first
	ends []int
}

type lexicon map[string]*entry

func (l lexicon) add(f wflag, words ...string) {
	for _, w := range words {
		e := l[w]
		if e == nil {
			e = &entry{key: w}
			l[w] = e
		}
		e.f |= f
	}
}

func (l lexicon) addVal(f wflag, w string, v float64) {
	l.add(f, w)
	l[w].val = v
}

func (l lexicon) addUnit(f wflag, unit string, words ...string) {
	for _, w := range words {
		l.add(f, w)
		l[w].unit = unit
	}
}

func (l lexicon) addMetric(f wflag, metric string, kinds int, words ...string) {
	for _, w := range words {
		l.add(f, w)
		e := l[w]
		if e.metric == "" {
			e.metric = metric
		}
		if kinds != 0 {
			e.kinds |= kinds
		}
	}
}

// lex is the one table of known words, keyed by lower case. It is built once and
// never written again.
var lex = buildLexicon()

// lexShapes has a bit for each (length, first byte, last byte) of a key of
// lex, so that most words of a text, which are in no lexicon, are turned
// away without hashing them.
var lexShapes = func() (b [(maxWordKey + 1) * 1024 / 64]uint64) {
	for w := range lex {
		if n := len(w); n > 0 && n <= maxWordKey {
			k := shapeOf(n, w[0], w[n-1])
			b[k/64] |= 1 << (k % 64)
		}
	}
	return b
}()

func shapeOf(n int, first, last byte) int { return n*1024 + int(first&31)*32 + int(last&31) }

func mayBeInLex(n int, first, last byte) bool {
	k := shapeOf(n, first, last)
	return lexShapes[k/64]&(1<<(k%64)) != 0
}

func buildLexicon() lexicon {
	l := lexicon{}
	for i, w := range strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen") {
		l.addVal(wNum, w, float64(i))
	}
	for i, w := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
		l.addVal(wNum, w, float64(20+10*i))
	}
	l.addVal(wNum, "fourty", 40)
	l.addVal(wScale, "hundred", 100)
	l.addVal(wScale, "thousand", 1e3)
	l.addVal(wScale, "million", 1e6)
	l.addVal(wScale, "billion", 1e9)
	l.addVal(wScale, "trillion", 1e12)
	l.addVal(wScale, "dozen", 12)
	// Quantity words stand for their conventional low bound (the contract's).
	l.addVal(wVague, "dozens", 24)
	l.addVal(wVague, "scores", 40)
	l.addVal(wVague, "hundreds", 200)
	l.addVal(wVague, "thousands", 2000)
	l.addVal(wVague, "millions", 2e6)
	l.addVal(wVague, "billions", 2e9)
	l.addVal(wVague, "tens", 20)
	for w, v := range map[string]float64{"half": 50, "halves": 50, "third": 100.0 / 3, "thirds": 100.0 / 3,
		"quarter": 25, "quarters": 25, "fifth": 20, "fifths": 20, "tenth": 10, "tenths": 10} {
		l.addVal(wFrac, w, v)
	}
	l.add(wOrdinal, strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth thousandth millionth last next")...)
	l.add(wMonth, strings.Fields("january february april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")...)
	l.add(wMonth|wCapOnly, "march", "may")
	l.add(wWeekday, strings.Fields("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun")...)
	l.add(wTimeUnit, strings.Fields("second seconds minute minutes min mins hour hours hr hrs day days night nights week weeks weekend weekends fortnight fortnights month months year years yr yrs decade decades century centuries semester semesters term terms season seasons")...)
	l.add(wClockZone, strings.Fields("am pm est edt cst cdt mst mdt pst pdt gmt utc bst cet cest et pt ct o'clock")...)

	// Units of measure, with their canonical names.
	l.addUnit(wUnit, "mph", "mph")
	l.addUnit(wUnit, "kph", "kph", "kmh", "kmph")
	l.addUnit(wUnit, "knots", "knots", "knot")
	l.addUnit(wUnit, "miles", "miles", "mile", "mi")
	l.addUnit(wUnit, "km", "kilometers", "kilometer", "kilometres", "kilometre", "km", "kms")
	l.addUnit(wUnit, "meters", "meters", "meter", "metres", "metre", "m")
	l.addUnit(wUnit, "feet", "feet", "foot", "ft")
	l.addUnit(wUnit, "inches", "inches", "inch")
	l.addUnit(wUnit, "cm", "centimeters", "centimeter", "centimetres", "centimetre", "cm")
	l.addUnit(wUnit, "mm", "millimeters", "millimeter", "millimetres", "millimetre", "mm")
	l.addUnit(wUnit, "yards", "yards", "yard")
	l.addUnit(wUnit, "acres", "acres", "acre")
	l.addUnit(wUnit, "hectares", "hectares", "hectare", "ha")
	l.addUnit(wUnit, "tons", "tons", "ton", "tonnes", "tonne")
	l.addUnit(wUnit, "kg", "kilograms", "kilogram", "kilogrammes", "kg", "kgs", "kilos")
	l.addUnit(wUnit, "grams", "grams", "gram", "g")
	l.addUnit(wUnit, "pounds", "pounds", "pound", "lb", "lbs")
	l.addUnit(wUnit, "ounces", "ounces", "ounce", "oz")
	l.addUnit(wUnit, "gallons", "gallons", "gallon")
	l.addUnit(wUnit, "liters", "liters", "liter", "litres", "litre")
	l.addUnit(wUnit, "barrels", "barrels", "barrel", "bpd")
	l.addUnit(wUnit, "degrees", "degrees", "degree")
	l.addUnit(wUnit, "points", "points")
	l.addUnit(wUnit, "MW", "megawatts", "megawatt", "mw")
	l.addUnit(wUnit, "GW", "gigawatts", "gigawatt", "gw")
	l.addUnit(wUnit, "kWh", "kwh")
	l.addUnit(wUnit, "magnitude", "magnitude")
	l.addUnit(wUnit, "ppm", "ppm")
	l.addUnit(wUnit, "ppb", "ppb")
	l.add(0, "cubic", "square", "sq", "per", "hour", "an", "a", "cent", "percentage", "sterling")

	// Currencies.
	l.addUnit(wCurrency, "USD", "dollars", "dollar", "usd", "bucks")
	l.addUnit(wCurrency, "EUR", "euros", "euro", "eur")
	l.addUnit(wCurrency, "GBP", "gbp")
	l.addUnit(wCurrency, "JPY", "yen", "jpy")
	l.addUnit(wCurrency, "CNY", "yuan", "renminbi", "cny", "rmb")
	l.addUnit(wCurrency, "INR", "rupees", "rupee", "inr")
	l.addUnit(wCurrency, "RUB", "rubles", "ruble", "roubles", "rouble", "rub")
	l.addUnit(wCurrency, "pesos", "pesos", "peso")
	l.addUnit(wCurrency, "BRL", "reais", "real", "brl")
	l.addUnit(wCurrency, "ZAR", "rand", "zar")
	l.addUnit(wCurrency, "CHF", "francs", "franc", "chf")
	l.addUnit(wCurrency, "kronor", "kronor", "krona", "kroner", "krone", "kronur", "crowns")
	l.addUnit(wCurrency, "ILS", "shekels", "shekel", "ils")
	l.addUnit(wCurrency, "dinars", "dinars", "dinar")
	l.addUnit(wCurrency, "AED", "dirhams", "dirham", "aed")
	l.addUnit(wCurrency, "SAR", "riyals", "riyal")
	l.addUnit(wCurrency, "IRR", "rials", "rial", "irr")
	l.addUnit(wCurrency, "TRY", "lira", "liras", "lire")
	l.addUnit(wCurrency, "KRW", "won", "krw")
	l.addUnit(wCurrency, "THB", "baht")
	l.addUnit(wCurrency, "NGN", "naira")
	l.addUnit(wCurrency, "shillings", "shillings", "shilling")
	l.addUnit(wCurrency, "UAH", "hryvnias", "hryvnia", "hryvnas", "uah")
	l.addUnit(wCurrency, "PLN", "zloty", "zlotys", "pln")
	l.addUnit(wCurrency, "HUF", "forint", "forints", "huf")
	l.addUnit(wCurrency, "CAD", "cad")
	l.addUnit(wCurrency, "AUD", "aud")
	l.add(wPercent, "percent", "pct")

	// Function words.
	l.add(wPrep, strings.Fields("of in on at by for from with without to into onto upon about over under above below across after before during since until till through throughout toward towards against among amid amidst between near along around beyond behind beside besides despite via per within outside inside off out up down than like unlike as")...)
	l.add(wDet, strings.Fields("the a an this that these those its their his her our your my each every all both any some no another such what whose which either neither whatever")...)
	l.add(wConj, strings.Fields("and or but nor yet so while whereas although though because if unless whether when where after before then plus")...)
	l.add(wAux, strings.Fields("is are was were be been being am have has had having will would shall should can could may might must do does did remain remains remained remaining stay stays stayed stand stands stood seem seems seemed appear appears appeared become became get got gets reportedly still also already now all both only just even thought believed feared presumed said reported confirmed known listed described expected estimated")...)
	l.add(wVerb, strings.Fields("say says said tell tells told include includes included including make makes made take takes took go goes went come comes came live lives lived work works worked hold holds held face faces faced need needs want wants win wins won lose loses lost vote votes voted call calls called receive received receives reach reached reaches")...)
	l.add(wAdv, strings.Fields("still also already now reportedly allegedly apparently so far not never all both each only just even then later since yet again too currently officially initially overall altogether respectively seriously slightly critically severely badly fatally")...)
	l.add(wPron, strings.Fields("i you he she it we they me him us them who whom whose someone somebody anyone anybody everyone everybody nobody none nothing something anything everything one ones themselves itself himself herself others")...)
	l.add(wRel, "who", "that", "which", "whom")

	l.add(wPerson, strings.Fields(`people persons person man men woman women child children kid kids boy boys girl girls baby babies infant infants adult adults teen teens teenager teenagers youth youths
		resident residents citizen citizens civilian civilians villager villagers inhabitant inhabitants local locals
		protester protesters protestor protestors demonstrator demonstrators activist activists marcher marchers rioter rioters
		worker workers miner miners employee employees staff staffer staffers laborer laborers labourer labourers
		soldier soldiers troop troops officer officers policeman policemen policewoman police personnel guard guards agent agents
		firefighter firefighters rescuer rescuers paramedic paramedics medic medics doctor doctors nurse nurses volunteer volunteers
		patient patients student students pupil pupils teacher teachers journalist journalists reporter reporters
		lawmaker lawmakers legislator legislators senator senators deputy deputies representative representatives member members delegate delegates
		voter voters supporter supporters opponent opponents candidate candidates
		migrant migrants refugee refugees immigrant immigrants evacuee evacuees asylum-seeker asylum-seekers
		prisoner prisoners detainee detainees inmate inmates hostage hostages captive captives suspect suspects
		passenger passengers tourist tourists pilot pilots crew crewmembers sailor sailors fisherman fishermen
		fighter fighters militant militants rebel rebels insurgent insurgents gunman gunmen attacker attackers combatant combatants militiamen
		official officials diplomat diplomats leader leaders minister ministers judge judges
		player players fan fans spectator spectators visitor visitors victim victims survivor survivors casualties
		family families household households individual individuals customer customers subscriber subscribers user users
		mourner mourners worshipper worshippers pilgrim pilgrims athlete athletes
		farmer farmers driver drivers resident survivors relatives
		minor minors juvenile juveniles foreigner foreigners national nationals pensioner pensioners retiree retirees
		toddler toddlers newborn newborns senior seniors veteran veterans orphan orphans widow widows elderly
		observer observers monitor monitors inspector inspectors investigator investigators prosecutor prosecutors
		applicant applicants recipient recipients beneficiary beneficiaries donor donors shopkeeper shopkeepers
		trader traders vendor vendors merchant merchants hiker hikers climber climbers swimmer swimmers
		contractor contractors engineer engineers technician technicians scientist scientists researcher researchers`)...)

	// Predicates after the counted noun ("were killed").
	l.addMetric(wPred, "killed", 0, "killed", "died", "dead", "perished", "slain", "drowned", "executed", "murdered", "dying", "die", "dies")
	l.addMetric(wPred, "injured", 0, "injured", "wounded", "hurt", "hospitalized", "hospitalised", "maimed")
	l.addMetric(wPred, "detained", 0, "detained", "arrested", "jailed", "imprisoned", "captured", "abducted", "kidnapped")
	l.addMetric(wPred, "missing", 0, "missing", "unaccounted", "disappeared")
	l.addMetric(wPred, "trapped", 0, "trapped", "stranded")
	l.addMetric(wPred, "evacuated", 0, "evacuated", "relocated")
	l.addMetric(wPred, "rescued", 0, "rescued", "saved", "airlifted", "ashore")
	l.addMetric(wPred, "released", 0, "freed", "released")
	l.addMetric(wPred, "displaced", 0, "displaced", "homeless", "fled")
	l.addMetric(wPred, "deported", 0, "deported", "expelled", "repatriated")
	l.addMetric(wPred, "infected", 0, "infected", "sickened", "ill", "sick")
	l.addMetric(wPred, "crowd", 0, "gathered", "rallied", "marched", "demonstrated", "protested")
	l.addMetric(wPred, "abstained", 0, "abstaining", "abstained")
	l.addMetric(wPred, "hit", 0, "hit", "struck")
	l.addMetric(wPred, "flooded", 0, "flooded", "submerged", "underwater")
	l.addMetric(wPred, "sheltered", 0, "sheltered", "sheltering")
	l.addMetric(wPred, "affected", 0, "affected")
	l.addMetric(wPred, "destroyed", 0, "destroyed", "razed", "flattened")
	l.addMetric(wPred, "damaged", 0, "damaged")
	l.addMetric(wPred, "charged", 0, "charged", "indicted", "prosecuted")
	l.addMetric(wPred, "convicted", 0, "convicted")
	l.addMetric(wPred, "sentenced", 0, "sentenced")
	l.addMetric(wPred, "intercepted", 0, "intercepted", "downed")

	// Nouns that name the measure ("41 dead", "three deaths").
	l.addMetric(wNoun, "killed", 0, "dead", "deaths", "death", "fatalities", "fatality", "bodies", "drownings", "lives", "killings", "murders", "homicides")
	l.addMetric(wNoun, "injured", 0, "injuries", "injured", "wounded")
	l.addMetric(wNoun, "casualties", 0, "casualties")
	l.addMetric(wNoun, "detained", 0, "arrests", "detentions", "detainees", "detained", "arrested")
	l.addMetric(wNoun, "missing", 0, "missing")
	l.addMetric(wNoun, "evacuated", 0, "evacuees", "evacuations")
	l.addMetric(wNoun, "rescued", 0, "rescues")
	l.addMetric(wNoun, "displaced", 0, "displaced")
	l.addMetric(wNoun, "deported", 0, "deportations", "deportees")
	l.addMetric(wNoun, "cases", 0, "cases", "infections")
	l.addMetric(wNoun, "votes", 0, "votes", "ballots", "vote")
	l.addMetric(wNoun, "seats", 0, "seats")
	l.addMetric(wNoun, "aid", 0, "aid")
	l.addMetric(wNoun, "funding", 0, "funding", "funds")
	l.addMetric(wNoun, "grants", 0, "grants")
	l.addMetric(wNoun, "tariff", 0, "tariff", "tariffs")
	l.addMetric(wNoun, "loss", 0, "losses")
	l.addMetric(wNoun, "damage", 0, "damage", "damages")
	l.addMetric(wNoun, "fine", 0, "fine", "fines")
	l.addMetric(wNoun, "rainfall", 0, "rain", "rainfall", "snow", "snowfall")
	l.addMetric(wNoun, "outages", 0, "outages")

	// Transitive verbs whose object is the counted thing ("killed at least 12").
	l.addMetric(wTrans, "killed", 0, "killed", "killing", "kills", "kill", "left")
	l.addMetric(wTrans, "injured", 0, "injured", "injuring", "injures", "wounded", "wounding", "wounds", "hurt", "hurting")
	l.addMetric(wTrans, "detained", 0, "detained", "detaining", "detains", "arrested", "arresting", "arrests", "jailed", "holding", "rounded")
	l.addMetric(wTrans, "evacuated", 0, "evacuated", "evacuating", "evacuate", "evacuates")
	l.addMetric(wTrans, "rescued", 0, "rescued", "rescuing", "rescues", "saved", "saving", "pulled", "pulling", "airlifted", "airlifting", "plucked")
	l.addMetric(wTrans, "released", 0, "freed", "freeing", "released", "releasing")
	l.addMetric(wTrans, "displaced", 0, "displacing", "displaced", "forced", "forcing", "uprooted", "uprooting")
	l.addMetric(wTrans, "deported", 0, "deported", "deporting", "expelled")
	l.addMetric(wTrans, "infected", 0, "infecting", "infected", "sickened")
	l.addMetric(wTrans, "fine", kMoney, "fined", "fining")

	// Nouns before the number that name its measure ("the death toll rose to
	// 31", "winds of 130 mph", "fines of up to 50,000").
	l.addMetric(wTrigger, "killed", kCount, "toll", "fatalities", "deaths", "dead")
	l.addMetric(wTrigger, "injured", kCount, "injured", "injuries", "wounded")
	l.addMetric(wTrigger, "detained", kCount, "arrests", "detentions", "detainees")
	l.addMetric(wTrigger, "missing", kCount, "missing")
	l.addMetric(wTrigger, "evacuated", kCount, "evacuation", "evacuations", "evacuees")
	l.addMetric(wTrigger, "cases", kCount, "cases", "infections", "caseload")
	l.addMetric(wTrigger, "crowd", kCount, "crowd", "crowds", "attendance")
	l.addMetric(wTrigger, "fleet", kCount, "fleet", "fleets")
	l.addMetric(wTrigger, "population", kCount, "population", "populations")
	l.addMetric(wTrigger, "workforce", kCount, "workforce", "payroll", "membership")
	l.addMetric(wTrigger, "turnout", kCount|kPercent, "turnout")
	l.addMetric(wTrigger, "outages", kCount, "outages")
	l.addMetric(wTrigger, "wind_speed", kSpeed, "winds", "wind", "gusts", "gust")
	l.addMetric(wTrigger, "speed", kSpeed, "moving", "traveling", "travelling", "speed", "speeds")
	l.addMetric(wTrigger, "rainfall", kLength, "rainfall", "rain", "snowfall", "snow", "precipitation")
	l.addMetric(wTrigger, "storm_surge", kLength, "surge")
	l.addMetric(wTrigger, "fine", kMoney|kCount, "fine", "fines", "penalty", "penalties")
	// a bound the measure is held to: "a capacity of 450", "the limit of 0.5"
	l.addMetric(wTrigger, "capacity", kCount|kMeasure|kPercent, "capacity", "capacities")
	l.addMetric(wTrigger, "limit", kCount|kMeasure|kPercent|kMoney, "limit", "limits", "threshold", "thresholds", "ceiling")
	l.addMetric(wTrigger, "loss", kMoney, "losses", "loss")
	l.addMetric(wTrigger, "damage", kMoney, "damage", "damages")
	l.addMetric(wTrigger, "aid", kMoney, "aid", "assistance", "package")
	l.addMetric(wTrigger, "funding", kMoney|kPercent, "funding", "budget", "spending")
	l.addMetric(wTrigger, "cost", kMoney, "cost", "costs", "bill")
	l.addMetric(wTrigger, "price", kMoney, "price", "prices")
	l.addMetric(wTrigger, "tariff", kPercent|kMoney, "tariff", "tariffs", "duty", "duties", "levy")
	l.addMetric(wTrigger, "inflation", kPercent, "inflation")
	l.addMetric(wTrigger, "unemployment", kPercent, "unemployment", "jobless")
	l.addMetric(wTrigger, "votes", kPercent|kCount, "vote", "votes", "ballots")
	l.addMetric(wTrigger, "compensation", kMoney, "compensation", "payment", "payments", "pay", "reward", "bounty", "bail", "ransom")
	l.addMetric(wTrigger, "temperature", kTemp, "temperature", "temperatures", "temperatures", "heat")

	l.add(wChange, strings.Fields("rose risen rise rises rising climbed climb climbs climbing increased increase increases increasing jumped jump jumps grew grown grow grows soared surged fell fallen fall falls falling dropped drop drops dropping declined decline declines decreased decrease decreases lowered lower lowers lowering raised raise raises raising revised revise revises cut cuts reduced reduce reduces slashed went gone up down upped")...)
	l.add(wVote, strings.Fields("vote votes voted voting approved approve approves passed pass passes rejected reject rejects bill bills ballot motion resolution measure amendment senate assembly parliament house chamber lawmakers legislators senators ruling decision verdict justices judges court jury council referendum margin tally confirmed confirmation")...)
	l.add(wIncr, "more", "additional", "further", "extra", "new")
	l.add(wNameNoun, strings.Fields("flight route highway interstate category level phase stage round game number no page section article chapter paragraph clause item gate platform room floor apartment apt suite unit lot block ward zone grade class size version model resolution title amendment act channel district division squad team group tier week day line terminal pier lane bus train exit sector camp plot proposition prop")...)
	l.add(wAge, "aged", "age", "ages")
	l.add(wAbstract, strings.Fields(`ways reasons sides things options questions issues points steps words ideas
		parts pieces times occasions instances fronts levels stages rounds phases categories kinds types sorts forms
		languages directions hands eyes feet legs goals sets pairs lines terms conditions demands priorities principles
		scenarios possibilities choices alternatives factors areas fields cases matters topics subjects aspects elements`)...)
	l.add(wBreak, "including", "included", "includes", "include", "among", "comprise", "comprises", "comprised")
	l.add(wMod, strings.Fields("more other others additional further extra new largest biggest smallest main major total remaining such same different separate several")...)

	// Words that may stand capitalised right before a number without making a
	// name of it ("About 300", "The 610 miners", "Nearly 300").
	l.add(wFunc, strings.Fields(`about around roughly nearly almost some approximately estimated an a the at least more than less fewer over under up to as many much no not only just another all
		including among of in on by for from with and or but nor while after before since until between whereas if when where
		these those this that its their his her our your my each every both any total combined exactly precisely
		another additional further extra new close near circa upwards upward well north south shy short below above beyond
		roughly topped topping passed passing exceeded exceeding surpassed reached hit neared nearing
		some several few dozens hundreds thousands millions
		killed killing injured wounded arrested detained evacuated rescued left leaving
		police officials authorities it they he she we there here today yesterday then now also still already so yet
		where why how what who whom which whose`)...)
	// Words the grammar compares by name; they need an entry to be seen.
	l.add(0, strings.Fields(`minus negative rendered shot tally count estimate figure power electricity lives checked into times old strong top number plus sterling cent
		percentage annually compared previously versus vs previous earlier initial original early late mid spring summer autumn fall
		winter through year them whom these us those lost without unaccounted confirmed reported others other street avenue road
		boulevard lane drive way place square plaza st ave rd blvd scores tens few several half between
		briefed familiar speaking spoke close numbered numbering totaled totalled totaling totalling`)...)
	for _, ph := range append(append([]boundPhrase{}, prefixBounds...), postBounds...) {
		l.add(0, ph.words...)
	}
	for i, ph := range prefixBounds {
		e := l[ph.words[len(ph.words)-1]]
		e.ends = append(e.ends, i)
	}
	// Time words that end a noun phrase: "the toll rose to 44 overnight".
	l.add(wAdv, strings.Fields("aboard onboard nearby home here there away alone together overnight today tonight yesterday tomorrow earlier later ago statewide nationwide worldwide countrywide citywide abroad underground overseas apiece each respectively altogether total")...)
	// Anything with a number value is a function word too.
	for _, e := range l {
		if e.f&(wNum|wScale|wVague|wFrac|wMonth|wWeekday|wPrep|wDet|wConj|wAux|wAdv|wPron|wPred|wTrans|wChange|wIncr|wBreak) != 0 && e.f&wNameNoun == 0 {
			e.f |= wFunc
		}
	}
	return l
}

// boundPhrase is a run of words that sets a figure's bound when it stands right
// before the number ("at least 12") or right after it ("12 or more").
type boundPhrase struct {
	words []string
	bound timeline.Bound
	// restate marks words that introduce an earlier value ("up from 40").
	restate bool
}

func phrases(b timeline.Bound, list ...string) []boundPhrase {
	out := make([]boundPhrase, 0, len(list))
	for _, s := range list {
		out = append(out, boundPhrase{words: strings.Fields(s), bound: b})
	}
	return out
}

// prefixBounds are tried longest first.
var prefixBounds = sortPhrases(concat(
	phrases(timeline.BoundAtLeast, "at least", "no fewer than", "no less than", "not less than", "a minimum of", "at minimum", "minimum of"),
	phrases(timeline.BoundMoreThan, "more than", "over", "in excess of", "upwards of", "upward of", "greater than", "above", "just over", "well over", "north of", "beyond", "topping", "topped", "tops", "exceeding", "exceeded", "exceeds", "surpassing", "surpassed", "surpasses", "passed", "passing", "passes", "crossed", "eclipsed", "more then", "well above"),
	phrases(timeline.BoundLessThan, "less than", "fewer than", "under", "below", "just under", "just below", "short of", "shy of", "well under", "well below", "just shy of"),
	phrases(timeline.BoundAtMost, "up to", "as many as", "as much as", "no more than", "not more than", "at most", "a maximum of", "as high as", "upto"),
	phrases(timeline.BoundApprox, "about", "around", "roughly", "nearly", "almost", "some", "an estimated", "estimated", "approximately", "approx", "close to", "near", "circa", "just about", "more or less", "in the region of", "on the order of", "an approximate", "neared", "nearing", "approaching", "approached", "upward", "an average of", "on average"),
	phrases(timeline.BoundExact, "a total of", "a combined", "exactly", "precisely", "a record", "totaling", "totalling", "total of"),
))

// postBounds follow the number ("12 or more").
var postBounds = sortPhrases(concat(
	phrases(timeline.BoundAtLeast, "or more", "or higher", "or greater", "plus", "and counting", "and more", "at least"),
	phrases(timeline.BoundAtMost, "or fewer", "or less", "or lower", "at most"),
	phrases(timeline.BoundApprox, "or so", "approximately", "or thereabouts"),
))

func concat(lists ...[]boundPhrase) []boundPhrase {
	var out []boundPhrase
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

func sortPhrases(p []boundPhrase) []boundPhrase {
	// insertion sort by descending length keeps equal lengths in list order
	for i := 1; i < len(p); i++ {
		for j := i; j > 0 && len(p[j].words) > len(p[j-1].words); j-- {
			p[j], p[j-1] = p[j-1], p[j]
		}
	}
	return p
}

// currencySymbols maps a currency sign, with the letters that may stand
// attached before it, to its code.
var currencySymbols = map[string]string{
	"$": "USD", "US$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD",
	"HK$": "HKD", "S$": "SGD", "R$": "BRL", "Mex$": "MXN", "NT$": "TWD",
	"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₴": "UAH", "₱": "PHP",
}

// scaleSuffix are multipliers written against the number ("$3.4bn", "$5m").
var scaleSuffix = map[string]float64{"bn": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12}

// attachedUnits are units written against the number ("10km", "5mph").
var attachedUnits = map[string]string{"km": "km", "kph": "kph", "mph": "mph", "kmh": "kph", "kg": "kg", "cm": "cm", "mm": "mm", "ft": "feet", "m": "meters", "mi": "miles", "lb": "pounds", "lbs": "pounds", "mw": "MW", "gw": "GW", "kwh": "kWh", "t": "tons", "ha": "hectares"}

// ordinalSuffix makes "3rd" an ordinal.
var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// speedUnits and lengthUnits let trigger nouns pick the figures they apply to.
var speedUnits = map[string]bool{"mph": true, "kph": true, "knots": true}
var lengthUnits = map[string]bool{"inches": true, "cm": true, "mm": true, "feet": true, "meters": true}

// peopleMetrics are measures of people: a figure with one of them and no noun
// counts people.
var peopleMetrics = map[string]bool{"killed": true, "injured": true, "detained": true, "missing": true, "trapped": true,
	"evacuated": true, "rescued": true, "displaced": true, "deported": true, "infected": true, "crowd": true,
	"casualties": true, "abstained": true, "hit": true, "sheltered": true}
