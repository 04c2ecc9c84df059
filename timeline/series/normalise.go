package series

import (
	"strings"
	"unicode"

	"factline/timeline"
)

// Key is where a figure belongs: a normalised measure, what is counted and the
// unit. Its ID is the series id, derived from these alone so that it survives
// re-imports and can be stored with editors' overrides.
type Key struct {
	ID string
	// Metric is the canonical measure ("deaths", "without_power", "wind",
	// "money.aid") or a slug of the extractor's word when the lexicon does not
	// know it.
	Metric string
	// Group is the specific group or thing counted ("protesters", "customers"),
	// empty for people in general.
	Group string
	// Unit is "people", a thing ("customers", "shelters"), "%", a currency code
	// or a measure ("mph").
	Unit  string
	Label string
	// Cumulative counts only grow (deaths, arrests); levels may fall (missing,
	// outages).
	Cumulative bool
	// Subject is the figure's own subject as a slug ("miners"), kept even when
	// the group folds into the top series, so editors can split by it.
	Subject string
	// Parent is the series this one details ("deaths" for "deaths.protesters").
	Parent string
	class  unitClass
	rank   int
	// known is true for the measures of the lexicon; only they are checked
	// and only their values subsume each other in one event.
	known bool
	// Untracked is true for a count of people that says nothing of what
	// happened to them ("a town of about 6,000 people"): it makes no series
	// of its own, since two such counts are rarely of the same thing, unless
	// an editor puts it in one.
	Untracked bool
}

type unitClass uint8

const (
	classPeople unitClass = iota
	classThing
	classPercent
	classMoney
	classMeasure
)

type metricInfo struct {
	label      string
	cumulative bool
	// thing is the default counted thing when a figure names none (outages
	// count customers).
	thing string
	rank  int
}

// metrics are the measures factline knows; rank orders the story overview.
var metrics = map[string]metricInfo{
	"deaths":        {"Deaths", true, "", 1},
	"casualties":    {"Casualties (killed and injured)", true, "", 2},
	"injured":       {"Injured", true, "", 3},
	"missing":       {"Missing", false, "", 4},
	"trapped":       {"Trapped", false, "", 5},
	"hospitalized":  {"Hospitalized", false, "", 6},
	"detained":      {"Detained or arrested", true, "", 7},
	"executed":      {"Executed", true, "", 8},
	"rescued":       {"Rescued", true, "", 9},
	"evacuated":     {"Evacuated", false, "", 10},
	"displaced":     {"Displaced", false, "", 11},
	"sheltered":     {"In shelters", false, "", 12},
	"stranded":      {"Stranded", false, "", 13},
	"without_power": {"Without power", false, "customers", 14},
	"affected":      {"Affected", false, "", 15},
	"cases":         {"Cases", true, "", 16},
	"destroyed":     {"Destroyed", true, "", 17},
	"damaged":       {"Damaged", true, "", 18},
	"deployed":      {"Deployed", false, "", 19},
	"votes":         {"Votes", true, "", 20},
	"seats":         {"Seats", false, "", 21},
}

// metricWords maps singular, lower-case words to metrics.
var metricWords = map[string]string{
	"kill": "deaths", "killed": "deaths", "killing": "deaths", "dead": "deaths", "death": "deaths",
	"die": "deaths", "died": "deaths", "dying": "deaths", "toll": "deaths", "fatality": "deaths",
	"perish": "deaths", "perished": "deaths", "body": "deaths", "drown": "deaths", "drowned": "deaths",
	"drowning": "deaths", "slain": "deaths", "massacred": "deaths", "deaths": "deaths",
	"casualty": "casualties",
	"injure":   "injured", "injured": "injured", "injury": "injured", "wound": "injured",
	"wounded": "injured", "hurt": "injured", "maimed": "injured",
	"hospitalized": "hospitalized", "hospitalised": "hospitalized", "hospitalization": "hospitalized",
	"hospitalisation": "hospitalized",
	"detain":          "detained", "detained": "detained", "detention": "detained", "detainee": "detained",
	"arrest": "detained", "arrested": "detained", "jailed": "detained", "imprisoned": "detained",
	"custody": "detained", "apprehended": "detained",
	"execute": "executed", "executed": "executed", "execution": "executed", "hanged": "executed",
	"missing": "missing", "unaccounted": "missing", "disappeared": "missing", "disappearance": "missing",
	"trap": "trapped", "trapped": "trapped", "stuck": "trapped", "entombed": "trapped",
	"stranded": "stranded",
	"evacuate": "evacuated", "evacuated": "evacuated", "evacuation": "evacuated", "evacuee": "evacuated",
	"rescue": "rescued", "rescued": "rescued", "pulled": "rescued", "saved": "rescued",
	"freed": "rescued", "airlifted": "rescued",
	"displace": "displaced", "displaced": "displaced", "homeless": "displaced", "fled": "displaced",
	"flee": "displaced", "uprooted": "displaced", "refugee": "displaced",
	"shelter": "sheltered", "sheltered": "sheltered", "sheltering": "sheltered",
	"outage": "without_power", "blackout": "without_power",
	"affected": "affected",
	"case":     "cases", "infection": "cases", "infected": "cases",
	"destroy": "destroyed", "destroyed": "destroyed", "flattened": "destroyed", "razed": "destroyed",
	"damaged": "damaged",
	"deploy":  "deployed", "deployed": "deployed", "dispatched": "deployed", "mobilized": "deployed",
	"mobilised": "deployed",
	"vote":      "votes", "ballot": "votes",
	"seat": "seats",
}

// metricPhrases are multi-word measures, matched before single words.
var metricPhrases = []struct {
	words  []string
	metric string
}{
	{[]string{"without", "power"}, "without_power"},
	{[]string{"without", "electricity"}, "without_power"},
	{[]string{"lost", "power"}, "without_power"},
	{[]string{"no", "power"}, "without_power"},
	{[]string{"power", "outage"}, "without_power"},
	{[]string{"in", "the", "dark"}, "without_power"},
	{[]string{"lost", "their", "life"}, "deaths"},
	{[]string{"life", "lost"}, "deaths"},
	{[]string{"unaccounted", "for"}, "missing"},
	{[]string{"taken", "into", "custody"}, "detained"},
	{[]string{"left", "homeless"}, "displaced"},
	{[]string{"without_power"}, "without_power"},
}

// genericPeople are the words for whoever is counted in general: in a mine
// collapse the miners killed are the toll itself, not a part of it.
var genericPeople = map[string]bool{
	"person": true, "people": true, "individual": true, "resident": true, "inhabitant": true,
	"villager": true, "local": true, "miner": true, "worker": true, "employee": true,
	"passenger": true, "victim": true, "body": true, "life": true, "soul": true, "citizen": true,
	"man": true, "human": true, "occupant": true, "crew": true, "other": true, "member": true,
	"adult": true, "survivor": true, "casualty": true,
}

// groups are specific kinds of people that make a sub-series.
var groups = map[string]string{
	"protester": "protesters", "demonstrator": "protesters", "rioter": "protesters",
	"police": "security_forces", "policeman": "security_forces", "officer": "security_forces",
	"guard": "security_forces", "gendarme": "security_forces", "security": "security_forces",
	"soldier": "soldiers", "troop": "soldiers", "servicemember": "soldiers",
	"rescuer": "rescuers", "firefighter": "rescuers", "responder": "rescuers",
	"child": "children", "kid": "children", "minor": "children", "boy": "children", "girl": "children",
	"teenager": "children", "infant": "children", "baby": "children",
	"woman":      "women",
	"civilian":   "civilians",
	"journalist": "journalists", "reporter": "journalists",
	"doctor": "health_workers", "nurse": "health_workers", "medic": "health_workers",
	"paramedic": "health_workers",
	"militant":  "militants", "fighter": "militants", "insurgent": "militants", "gunman": "militants",
	"attacker": "militants", "rebel": "militants",
	"prisoner": "prisoners", "inmate": "prisoners",
	"migrant": "migrants", "foreigner": "foreigners", "tourist": "tourists",
	"student": "students", "patient": "patients", "official": "officials",
	"pilgrim": "pilgrims", "athlete": "athletes",
}

// groupPhrases are multi-word groups.
var groupPhrases = []struct {
	words []string
	group string
}{
	{[]string{"security", "force"}, "security_forces"},
	{[]string{"security", "personnel"}, "security_forces"},
	{[]string{"police", "officer"}, "security_forces"},
	{[]string{"law", "enforcement"}, "security_forces"},
	{[]string{"rescue", "worker"}, "rescuers"},
	{[]string{"emergency", "worker"}, "rescuers"},
	{[]string{"first", "responder"}, "rescuers"},
	{[]string{"health", "worker"}, "health_workers"},
	{[]string{"medical", "worker"}, "health_workers"},
	{[]string{"aid", "worker"}, "aid_workers"},
	{[]string{"foreign", "national"}, "foreigners"},
}

var groupLabels = map[string]string{
	"security_forces": "security forces", "health_workers": "health workers", "aid_workers": "aid workers",
}

// personUnits are units that say only that people are counted.
var personUnits = map[string]bool{"people": true, "person": true, "persons": true, "": true}

// measureUnits maps unit words to the unit a series shows.
var measureUnits = map[string]string{
	"mph": "mph", "kph": "km/h", "km/h": "km/h", "kmh": "km/h", "knot": "knots",
	"inch": "inches", "in": "inches", "cm": "cm", "centimeter": "cm", "centimetre": "cm",
	"mm": "mm", "millimeter": "mm", "millimetre": "mm", "foot": "feet", "feet": "feet", "ft": "feet",
	"meter": "m", "metre": "m", "m": "m", "mile": "miles", "mi": "miles", "km": "km",
	"kilometer": "km", "kilometre": "km", "yard": "yards",
	"cubic meter": "m3", "cubic metre": "m3", "m3": "m3", "cubic foot": "ft3", "cubic feet": "ft3",
	"square kilometer": "km2", "square kilometre": "km2", "km2": "km2", "square mile": "sq mi",
	"acre": "acres", "hectare": "hectares", "ha": "hectares",
	"degree": "degrees", "°f": "°F", "°c": "°C", "fahrenheit": "°F", "celsius": "°C",
	"kg": "kg", "kilogram": "kg", "ton": "tons", "tonne": "tonnes", "pound": "lb", "lb": "lb",
	"liter": "liters", "litre": "liters", "gallon": "gallons", "barrel": "barrels",
	"millibar": "mb", "mb": "mb", "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh",
}

// measureMetrics names what a measure measures.
var measureMetrics = map[string]string{
	"wind": "wind", "gust": "wind", "sustained": "wind",
	"rain": "rain", "rainfall": "rain", "precipitation": "rain",
	"surge": "surge", "snow": "snow", "snowfall": "snow",
	"speed": "speed", "moving": "speed",
	"depth": "depth", "deep": "depth", "below": "depth", "underground": "depth",
	"distance": "distance", "away": "distance", "southeast": "distance", "southwest": "distance",
	"northeast": "distance", "northwest": "distance", "north": "distance", "south": "distance",
	"east": "distance", "west": "distance", "offshore": "distance",
	"temperature": "temperature", "heat": "temperature",
	"area": "area", "burned": "area", "scorched": "area",
	"water": "water", "pumped": "water", "removing": "water",
	"magnitude": "magnitude", "height": "height", "tall": "height", "wave": "height",
	"pressure": "pressure",
}

// currencies maps currency words and signs to ISO codes.
var currencies = map[string]string{
	"$": "USD", "usd": "USD", "dollar": "USD", "us$": "USD",
	"€": "EUR", "eur": "EUR", "euro": "EUR",
	"£": "GBP", "gbp": "GBP", "sterling": "GBP",
	"¥": "JPY", "jpy": "JPY", "yen": "JPY", "yuan": "CNY", "cny": "CNY", "renminbi": "CNY",
	"rupee": "INR", "inr": "INR", "ruble": "RUB", "rouble": "RUB", "rub": "RUB",
	"franc": "CHF", "chf": "CHF", "peso": "MXN", "real": "BRL", "rand": "ZAR", "lira": "TRY",
	"won": "KRW", "shekel": "ILS", "naira": "NGN", "hryvnia": "UAH", "rial": "IRR", "riyal": "SAR",
	"dirham": "AED", "krona": "SEK", "krone": "NOK", "zloty": "PLN",
}

// moneyPurposes names what an amount is for.
var moneyPurposes = map[string]string{
	"aid": "aid", "relief": "aid", "assistance": "aid", "emergency": "aid",
	"loss": "losses", "insured": "losses", "damage": "damage", "cost": "cost",
	"compensation": "compensation", "pay": "compensation", "payment": "compensation",
	"paid": "compensation", "pledge": "pledges", "pledged": "pledges", "donation": "donations",
	"fund": "funding", "funding": "funding", "grant": "funding", "budget": "budget",
	"fine": "fines", "penalty": "fines", "ransom": "ransom", "reward": "reward", "bail": "bail",
	"revenue": "revenue", "sale": "sales", "spending": "spending", "spent": "spending",
	"loan": "loans", "debt": "debt", "salary": "wages", "wage": "wages", "tax": "tax",
	"tariff": "tariffs", "investment": "investment", "contract": "contract", "price": "price",
	"value": "value", "valued": "value", "worth": "value", "bonus": "wages",
}

// ambiguousCurrency are currency names that are common words too; only an
// explicit unit makes them money.
var ambiguousCurrency = map[string]bool{"real": true, "rand": true, "won": true, "fine": true}

var percentWords = map[string]bool{"%": true, "percent": true, "per cent": true, "pct": true, "percentage": true}

// fractionWords turn a figure into a share when the text gives no unit ("a
// third of the miners").
var fractionWords = map[string]bool{"third": true, "half": true, "quarter": true, "fifth": true, "two-thirds": true}

var stopwords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "in": true, "on": true,
	"at": true, "for": true, "to": true, "from": true, "with": true, "by": true, "their": true,
	"its": true, "his": true, "her": true, "our": true, "more": true, "than": true, "least": true,
	"about": true, "nearly": true, "some": true, "all": true, "still": true, "were": true, "was": true,
	"are": true, "is": true, "have": true, "has": true, "had": true, "been": true, "be": true,
	"being": true, "who": true, "that": true, "which": true, "those": true, "these": true, "this": true,
	"remain": true, "remained": true, "total": true, "number": true, "estimated": true,
	"approximately": true, "around": true, "over": true, "under": true, "up": true, "down": true,
	"only": true, "new": true, "further": true, "additional": true, "another": true, "almost": true,
	"roughly": true, "some of": true, "as": true, "many": true, "most": true, "now": true,
	"count": true, "figure": true, "people": true, "person": true, "unit": true, "nearly a": true,
	"among": true, "them": true, "they": true, "including": true, "other": true, "both": true,
	"s": true, "it": true, "would": true, "could": true, "will": true, "not": true, "no": true,
}

// words splits text into lower-case singular words; "%", "$" and other signs
// are words of their own, and a number written in digits ("1,200", "2.5") is
// the word "#".
func words(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, singular(b.String()))
			b.Reset()
		}
	}
	inNum := false
	for i, r := range s {
		if inNum {
			if unicode.IsDigit(r) {
				continue
			}
			if (r == ',' || r == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				continue
			}
			inNum = false
		}
		switch {
		case unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsDigit(r) && b.Len() > 0:
			b.WriteRune(r)
		case unicode.IsDigit(r):
			out = append(out, "#")
			inNum = true
		case r == '%' || r == '$' || r == '€' || r == '£' || r == '¥':
			flush()
			out = append(out, string(r))
		case r == '_' && b.Len() > 0:
			b.WriteRune(r)
		default:
			// Apostrophes end a word too: a possessive "s" is noise.
			flush()
		}
	}
	flush()
	return out
}

// phraseBreakers end the noun phrase after a number.
var phraseBreakers = map[string]bool{
	"who": true, "that": true, "which": true, "were": true, "was": true, "are": true, "is": true,
	"had": true, "have": true, "has": true, "been": true, "in": true, "at": true, "on": true,
	"by": true, "from": true, "to": true, "of": true, "and": true, "or": true, "said": true,
	"say": true, "remain": true, "remained": true, "still": true, "will": true, "would": true,
	"could": true, "may": true, "might": true, "for": true, "with": true, "as": true, "after": true,
	"since": true, "during": true, "when": true, "while": true, "but": true, "than": true,
}

// afterNumber is the noun phrase that follows a figure's number in its own
// words ("two more bodies from the tunnel" gives "bodies"): in English the
// counted noun follows the number, and the other nouns of the phrase are not
// what is counted (the rescuers who recovered the bodies).
func afterNumber(ws []string) []string {
	start := -1
	for i, w := range ws {
		if w == "#" || numberWords[w] {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	i := start
	for i < len(ws) && (ws[i] == "#" || numberWords[ws[i]] || ws[i] == "%" || ws[i] == "$") {
		i++
	}
	var np []string
	for ; i < len(ws) && len(np) < 3; i++ {
		w := ws[i]
		if phraseBreakers[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !genericPeople[w] {
			break
		}
		if stopwords[w] {
			continue
		}
		np = append(np, w)
	}
	return np
}

// afterOf is the noun phrase after "of" ("72% of homes and businesses" gives
// "homes"), its head being the last word before a breaker.
func afterOf(ws []string) []string {
	for i, w := range ws {
		if w != "of" {
			continue
		}
		var np []string
		for j := i + 1; j < len(ws) && len(np) < 3; j++ {
			x := ws[j]
			if phraseBreakers[x] || strings.HasSuffix(x, "ed") && len(x) > 4 {
				break
			}
			if stopwords[x] || x == "#" || numberWords[x] {
				continue
			}
			np = append(np, x)
		}
		return np
	}
	return nil
}

var irregular = map[string]string{
	"children": "child", "women": "woman", "men": "man", "people": "people", "lives": "life",
	"police": "police", "personnel": "personnel", "staff": "staff", "feet": "foot", "news": "news",
	"dozens": "dozens", "status": "status", "gas": "gas", "bus": "bus", "series": "series",
	"species": "species", "crisis": "crisis", "virus": "virus", "us": "us", "is": "is", "was": "was",
	"has": "has", "this": "this", "its": "its", "his": "his", "as": "as", "thus": "thus",
	"physics": "physics", "politics": "politics", "less": "less", "unless": "unless",
	"across": "across", "always": "always", "perhaps": "perhaps", "whereas": "whereas",
	"yes": "yes", "deaths": "death", "gallows": "gallows", "means": "means", "headquarters": "headquarters",
	"kids": "kid", "inches": "inch", "businesses": "business",
}

// singular strips an English plural ending; it is used only to look words up,
// so an imperfect stem costs nothing as long as the lexicons use the same one.
func singular(w string) string {
	if v, ok := irregular[w]; ok {
		return v
	}
	n := len(w)
	switch {
	case n <= 3:
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "xes"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

// plural makes the form a series id shows ("customer" -> "customers").
func plural(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"),
		strings.HasSuffix(w, "x"):
		return w + "es"
	case strings.HasSuffix(w, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// scanMetric finds the first measure word or phrase in ws.
func scanMetric(ws []string) string {
	for i := range ws {
		for _, p := range metricPhrases {
			if hasPhrase(ws, i, p.words) {
				return p.metric
			}
		}
		if m, ok := metricWords[ws[i]]; ok {
			return m
		}
	}
	return ""
}

// scanGroup finds the first specific group of people in ws, and whether ws
// names people in general.
func scanGroup(ws []string) (group string, generic bool) {
	for i := range ws {
		for _, p := range groupPhrases {
			if hasPhrase(ws, i, p.words) {
				return p.group, false
			}
		}
		if g, ok := groups[ws[i]]; ok {
			return g, false
		}
		if genericPeople[ws[i]] {
			generic = true
		}
	}
	return "", generic
}

func hasPhrase(ws []string, i int, p []string) bool {
	if i+len(p) > len(ws) {
		return false
	}
	for j, w := range p {
		if ws[i+j] != w {
			return false
		}
	}
	return true
}

// firstContent is the first word that is not a stop word, a number word or a
// bound word, as a slug.
func firstContent(ws []string) string {
	for _, w := range ws {
		if stopwords[w] || numberWords[w] || len(w) < 2 {
			continue
		}
		if !isSlugWord(w) {
			continue
		}
		return w
	}
	return ""
}

var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "hundred": true, "thousand": true, "million": true,
	"billion": true, "trillion": true, "dozen": true, "dozens": true, "score": true, "hundreds": true,
	"thousands": true, "millions": true, "half": true, "third": true, "quarter": true, "tens": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true, "fifteen": true, "thirteen": true,
	"fourteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true,
}

func isSlugWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return w != ""
}

// unitOf classifies a figure's unit, looking at its text when the unit is not
// given.
func unitOf(f *timeline.Figure, unitWords, textWords []string) (unitClass, string) {
	u := strings.TrimSpace(strings.ToLower(f.Unit))
	if u != "" {
		if percentWords[u] || strings.HasPrefix(u, "percent") {
			return classPercent, "%"
		}
		if strings.HasPrefix(u, "percentage point") {
			return classPercent, "pp"
		}
		if c, ok := currencies[u]; ok {
			return classMoney, c
		}
		if len(f.Unit) == 3 && isUpperASCII(f.Unit) {
			return classMoney, f.Unit
		}
		if m, ok := measureUnits[u]; ok {
			return classMeasure, m
		}
		for i, w := range unitWords {
			if i+1 < len(unitWords) {
				if m, ok := measureUnits[w+" "+unitWords[i+1]]; ok {
					return classMeasure, m
				}
			}
			if m, ok := measureUnits[w]; ok {
				return classMeasure, m
			}
			if c, ok := currencies[w]; ok {
				return classMoney, c
			}
		}
		if personUnits[u] {
			return classPeople, "people"
		}
		if g, generic := scanGroup(unitWords); g != "" || generic {
			return classPeople, "people"
		}
		if w := firstContent(unitWords); w != "" {
			return classThing, plural(w)
		}
		return classPeople, "people"
	}
	// No unit: the figure's own words decide, signs first.
	for i, w := range textWords {
		switch {
		case w == "%" || w == "percent" || (w == "per" && i+1 < len(textWords) && textWords[i+1] == "cent"):
			return classPercent, "%"
		case w == "$" || w == "€" || w == "£" || w == "¥":
			return classMoney, currencies[w]
		}
	}
	for i, w := range textWords {
		if i+1 < len(textWords) {
			if m, ok := measureUnits[w+" "+textWords[i+1]]; ok {
				return classMeasure, m
			}
		}
		if m, ok := measureUnits[w]; ok && len(w) > 2 {
			return classMeasure, m
		}
		if c, ok := currencies[w]; ok && len(w) > 3 && !ambiguousCurrency[w] {
			return classMoney, c
		}
		if fractionWords[w] {
			return classPercent, "%"
		}
	}
	return classPeople, "people"
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// thingNouns are counted things (not people) that a figure's subject or text
// can name when the unit is missing or "people" by default.
var thingNouns = map[string]bool{
	"customer": true, "household": true, "home": true, "house": true, "business": true,
	"building": true, "shelter": true, "school": true, "hospital": true, "vehicle": true,
	"car": true, "flight": true, "meter": true, "structure": true, "bridge": true, "road": true,
	"village": true, "town": true, "province": true, "county": true, "district": true,
	"dwelling": true, "apartment": true, "property": true, "acre": true, "hectare": true,
	"tunnel": true, "boat": true, "ship": true, "aircraft": true, "plane": true, "drone": true,
	"missile": true, "rocket": true, "tank": true, "weapon": true, "gun": true, "shell": true,
}

// KeyOf returns where a figure belongs by itself, before an event's context or
// editors' overrides are considered.
func KeyOf(f *timeline.Figure) Key {
	mw, sw, tw, uw := words(f.Metric), words(f.Subject), words(f.Text), words(f.Unit)
	return keyFrom(f, mw, sw, tw, uw, "")
}

// keyFrom builds the key; inherit is the metric of the total a part belongs
// to, used when the part names no measure of its own ("including 12 rescuers").
func keyFrom(f *timeline.Figure, mw, sw, tw, uw []string, inherit string) Key {
	class, unit := unitOf(f, uw, tw)

	metric := scanMetric(mw)
	if metric == "" {
		metric = scanMetric(sw)
	}
	if metric == "" && f.Metric == "" {
		metric = scanMetric(tw)
	}
	if metric == "" && inherit != "" {
		metric = inherit
	}
	np := afterNumber(tw)
	group, _ := scanGroup(sw)
	if group == "" {
		group, _ = scanGroup(uw)
	}
	if group == "" {
		group, _ = scanGroup(mw)
	}
	if group == "" && f.Subject == "" && f.Unit == "" {
		group, _ = scanGroup(np)
	}
	subject := subjectSlug(sw)
	if subject == "" {
		subject = subjectSlug(uw)
	}
	if subject == "" && f.Subject == "" {
		subject = subjectSlug(np)
	}

	k := Key{Subject: subject, class: class, Unit: unit, rank: 1000}
	info, known := metrics[metric]
	if known {
		k.Cumulative = info.cumulative
		k.rank = info.rank
		k.known = true
	}
	switch class {
	case classMoney:
		purpose := ""
		for _, ws := range [][]string{mw, sw, tw} {
			for _, w := range ws {
				if p, ok := moneyPurposes[w]; ok {
					purpose = p
					break
				}
			}
			if purpose != "" {
				break
			}
		}
		if purpose == "" && !known {
			purpose = firstContent(mw)
		}
		if purpose == "" {
			purpose = "amount"
		}
		k.known, k.Cumulative = false, false
		k.Metric = "money." + purpose
		k.ID = k.Metric + "." + strings.ToLower(unit)
		k.Label = capitalise(strings.ReplaceAll(purpose, "_", " ")) + " (" + unit + ")"
		k.rank = 200
		return k
	case classMeasure:
		m := ""
		for _, ws := range [][]string{mw, sw, tw} {
			for _, w := range ws {
				if v, ok := measureMetrics[w]; ok {
					m = v
					break
				}
			}
			if m != "" {
				break
			}
		}
		if m == "" {
			m = firstContent(mw)
		}
		if m == "" {
			m = "measure"
		}
		k.known, k.Cumulative = false, false
		k.Metric = m
		k.ID = m + "." + unitSlug(unit)
		k.Label = capitalise(strings.ReplaceAll(m, "_", " ")) + " (" + unit + ")"
		k.rank = 300
		return k
	case classPercent:
		m := metric
		if m == "" {
			m = firstContent(mw)
		}
		if m == "" {
			m = "share"
		}
		k.Metric = m
		of := group
		if of == "" {
			of = thingOrSubject(sw, afterOf(tw))
		}
		k.Group = of
		k.ID = joinID(m, of, unitSlug(unit))
		lbl := metricLabel(m)
		if of != "" {
			lbl += ": " + groupLabel(of)
		}
		k.Label = lbl + " (" + unit + ")"
		k.rank += 100
		k.Cumulative = false
		return k
	}

	// Counts: of people (a group or in general) or of things.
	_, subjGeneric := scanGroup(sw)
	_, unitGeneric := scanGroup(uw)
	textGroup, textGeneric := scanGroup(np)
	namedPeople := group != "" || subjGeneric || unitGeneric || textGroup != "" || textGeneric
	weakUnit := f.Unit == "" || personUnits[strings.ToLower(strings.TrimSpace(f.Unit))]
	thing := ""
	switch {
	case class == classThing:
		thing = unit
	case thingIn(sw) != "":
		thing = thingIn(sw)
	case f.Subject == "" && weakUnit && !namedPeople:
		thing = thingIn(np)
	}
	if thing == "" && known && info.thing != "" {
		if namedPeople {
			// "1.2 million people without power" is not a count of customers.
			thing = "people"
		} else {
			thing = info.thing
		}
	}
	if thing != "" {
		k.class, k.Unit = classThing, thing
	}
	switch {
	case thing != "" && metric == "sheltered" && singular(thing) == "shelter":
		// "112 shelters" counts shelters, not the people in them.
		k.Metric, k.ID, k.Label, k.Cumulative = "shelters", "shelters", "Shelters", false
		return k
	case thing != "" && metric != "":
		k.Metric, k.Group = metric, thing
		k.ID = joinID(metric, thing)
		k.Label = metricLabel(metric) + " (" + strings.ReplaceAll(thing, "_", " ") + ")"
		return k
	case thing != "":
		m := firstContent(mw)
		if m == "" || m == singular(thing) {
			k.Metric, k.ID, k.Label = thing, thing, capitalise(thing)
			return k
		}
		k.Metric, k.Group = m, thing
		k.ID = joinID(m, thing)
		k.Label = metricLabel(m) + " (" + thing + ")"
		return k
	case metric != "":
		k.Metric = metric
		k.Group = group
		k.ID = joinID(metric, group)
		k.Label = metricLabel(metric)
		if group != "" {
			k.Parent = metric
			k.Label += ": " + groupLabel(group)
		}
		return k
	case group != "":
		// Nothing says what happened to them: a count of the group itself
		// ("nearly 300 rescuers are working").
		k.Metric = group
		k.ID = group
		k.Label = capitalise(groupLabel(group))
		return k
	}
	m := firstContent(mw)
	if m == "" {
		m = "people"
		k.Untracked = true
	}
	k.Metric = m
	k.ID = m
	k.Label = metricLabel(m)
	return k
}

func thingIn(ws []string) string {
	for _, w := range ws {
		if thingNouns[w] {
			return plural(w)
		}
	}
	return ""
}

func thingOrSubject(sw, of []string) string {
	if t := thingIn(sw); t != "" {
		return t
	}
	if w := firstContent(sw); w != "" {
		return plural(w)
	}
	if t := thingIn(of); t != "" {
		return t
	}
	if len(of) > 0 && isSlugWord(of[len(of)-1]) {
		return plural(of[len(of)-1])
	}
	return ""
}

// subjectSlug is the figure's own subject as a slug: its first content word in
// the plural ("miners"), the form editors split series by.
func subjectSlug(ws []string) string {
	if g, _ := scanGroup(ws); g != "" {
		return g
	}
	if w := firstContent(ws); w != "" {
		return plural(w)
	}
	return ""
}

// SubjectSlug normalises a subject as the series package does, for editors'
// split overrides ("Miners" and "miner" are both "miners").
func SubjectSlug(subject string) string { return subjectSlug(words(subject)) }

func unitSlug(u string) string {
	switch u {
	case "%":
		return "pct"
	case "km/h":
		return "kph"
	case "°F":
		return "f"
	case "°C":
		return "c"
	case "sq mi":
		return "sq_mi"
	}
	return strings.ToLower(strings.ReplaceAll(u, " ", "_"))
}

func joinID(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

func metricLabel(m string) string {
	if info, ok := metrics[m]; ok {
		return info.label
	}
	return capitalise(strings.ReplaceAll(m, "_", " "))
}

func groupLabel(g string) string {
	if l, ok := groupLabels[g]; ok {
		return l
	}
	return strings.ReplaceAll(g, "_", " ")
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// ValidSeriesID reports whether id has the form series ids have: dot-separated
// words of lower-case letters, digits and underscores, at most 100 bytes.
func ValidSeriesID(id string) bool {
	if id == "" || len(id) > 100 || id[0] == '.' || id[len(id)-1] == '.' || strings.Contains(id, "..") {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}
