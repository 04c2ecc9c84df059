package extract_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"factline/timeline"
	"factline/timeline/pipeline"
)

// The held-out fixtures are invented live pages and articles written to test
// figure extraction on text the extractor was not tuned on. Each line of a
// table is what a careful annotator following ../shared/eval/README.md marks:
//
//	value | bounds (a/b) | metric keywords (a,b) | sources (a;b, "-" for none) | context [| opt] [| part=TOTAL]
//
// A figure matches as in the scorer: its low bound (or value) within 0.5 % of
// the value and a keyword in its metric, unit, subject or text. part=TOTAL
// names the value of the figure it is a part of.
var heldout = []struct {
	file string
	want string
	// known lists problems the extractor still has, as reported below; they
	// are logged, not failed, so the table can be checked in before the fix.
	known []string
}{
	{file: "heldout-quake.txt", want: `
6.9 | exact | magnitude | National Disaster Response Agency;- | magnitude 6.9 earthquake
112 | at_least | kill,dead,death | National Disaster Response Agency | killing at least 112 people
1400 | more_than | injur | National Disaster Response Agency | injuring more than 1,400
10 | exact | km,kilomet,depth | Serravel Geological Survey | 10 kilometers
6 | exact | mile | Serravel Geological Survey;- | 6 miles | opt
9 | exact | died,kill,dead | police | Nine people died
131 | exact | kill,dead,death,toll | Oskar Valdane | risen to 131
112 | exact | kill,dead,death,toll | Oskar Valdane;- | up from 112 | opt
2250 | exact | injur | Oskar Valdane | 2,250 people had been injured
200 | at_least | people,rubble,trapped | Oskar Valdane | hundreds of people under the rubble
40 | approx | villages | Oskar Valdane | Some 40 villages
18000 | exact | people,evacu,moved,shelter | National Disaster Response Agency | 18,000 people had been moved
6500 | at_most | homes | National Disaster Response Agency | as many as 6,500 homes
6.4 | exact | magnitude | - | magnitude 6.4 tremor
900 | approx/less_than/at_most | kill | - | killed nearly 900 people
14 | exact | kitchens | Serravel Red Cross | 14 field kitchens
30000 | approx | meals | Serravel Red Cross | about 30,000 meals
33.3 | approx | beds | Ilse Marow | a third of the 120 beds
120 | exact | beds | Ilse Marow | the 120 beds
167 | exact | kill,dead,death,toll | Interior Ministry;Oskar Valdane | climbed to 167
41 | exact | children | Interior Ministry;Oskar Valdane | 41 children | part=167
2 | exact | nationals,foreign | Interior Ministry;Oskar Valdane | two foreign nationals | part=167
23 | exact | missing | -;Interior Ministry | Another 23 people
48000000 | exact | usd,fund | Tomas Ebbe | $48 million
15000000 | exact | eur | European Union;Tomas Ebbe;- | 15 million euros
5.2 | exact | magnitude | - | magnitude 5.2
0 | exact | hurt,injur | National Disaster Response Agency;- | No one was hurt | opt
`},
	{file: "heldout-election.txt", want: `
219 | exact | seat | Central Electoral Commission | 219 of the 330 seats | part=330
330 | exact | seat | Central Electoral Commission | 330 seats
54.3 | exact | vote,% | Central Electoral Commission | 54.3% of the vote
47.9 | exact | vote,% | Central Electoral Commission;- | up from 47.9% | opt
71.2 | exact | turnout,% | - | 71.2 percent
74 | exact | seat | - | won 74 seats
112 | exact | seat | - | down from 112 | opt
5 | less_than | ballot,invalid,% | - | Fewer than 5%
4112508 | exact | ballot | Central Electoral Commission | 4,112,508 ballots
9 | exact | constituenc | Labour Front;Piet Ansel;Ansel's party | nine constituencies
40000 | at_least | voter | Labour Front;Piet Ansel;Ansel's party | at least 40,000 voters
212 | exact | complaint | Nordic Monitoring Mission;election observers | 212 complaints
12 | approx | complaint,vote buying | Nordic Monitoring Mission;election observers | a dozen of them | part=212
166 | exact | vote | - | 166 votes
31 | exact | favor,vote | - | 31-12
12 | exact | against,vote | - | 31-12
2 | exact | abstain | - | two members abstaining
18 | exact | seat | - | won 18 seats
237 | exact | seat | - | 237 seats
75 | approx/less_than/at_most | chamber,% | - | nearly three-quarters
3400000 | exact | usd,campaign | Brask Institute;analysts | $3.4 million
58 | exact | turnout,% | - | was 58%
49 | exact | turnout,% | - | up from 49% | opt
`},
	{file: "heldout-budget.txt", want: `
84600000000 | exact | usd,budget | Goran Velt | $84.6 billion
6 | exact | spending,% | Goran Velt | by 6%
300000 | more_than | employees | Goran Velt | more than 300,000 public employees
3.1 | exact | deficit,%,domestic | Goran Velt | 3.1%
5.8 | exact | deficit,%,domestic | Goran Velt;- | 5.8% | opt
1200000000 | exact | usd,hospital | - | $1.2 billion
750000000 | exact | usd,school | - | $750 million
95000000 | exact | usd,aid | - | $95 million
88 | exact | seat | - | 88 of 151 seats | part=151
151 | exact | seat | - | 151 seats
210000 | approx | members | Federation of Public Workers | some 210,000 members
20 | approx | value,% | Dana Oyelu | a fifth of their value
1900 | exact | usd,month | Dana Oyelu | $1,900 a month
62 | exact | %,ostrians | -;polls | 62 percent
4000000000 | range | usd,saving | Goran Velt | between $4 billion and $4.5 billion
4.75 | exact | %,rate,interest | - | 4.75%
4.25 | exact | %,rate,interest | - | 4.25% | opt
7.4 | exact | unemploy,% | statistics office | 7.4%
2000000000 | exact | usd,hole,pension | Liberty Party | $2 billion hole
2000 | at_least | crowd,people,gathered | - | a few thousand | opt
`},
	{file: "heldout-outbreak.txt", want: `
1284 | exact | case,cholera | Ministry of Public Health;Health authorities | 1,284 cholera cases
37 | exact | death | Ministry of Public Health;Health authorities | 37 deaths
300 | range | patient | Lena Varga | between 300 and 400 patients
4 | exact | clinic | Lena Varga | four clinics
12 | exact | district | - | 12 districts
44 | exact | toll,death,kill,dead | Ministry of Public Health | toll rose to 44
14 | exact | dead,kill,death,health workers | nurses' union | Fourteen of the dead | part=44
2000000 | approx/less_than/at_most | dose,vaccine | UNICEF | Nearly 2 million doses
33.3 | approx | people,% | UNICEF | about a third
5800000 | exact | people | UNICEF | 5.8 million people
200 | at_least | people,queued | - | Hundreds of people
1502 | exact | case | Ministry of Public Health | 1,502 cases
1284 | exact | case | Ministry of Public Health;- | up from 1,284 | opt
12500000 | exact | usd,response | Ruta Caan | $12.5 million
30000000 | exact | usd | Ruta Caan | $30 million more
0 | exact | infect | Ministry of Public Health;- | Nobody | opt
`},
	{file: "heldout-protest.txt", want: `
386 | exact | arrest,detain | Interior Ministry | arrested 386 people
20000 | at_least | demonstrat,marched,crowd | - | tens of thousands
9 | at_least | cit | - | at least nine cities
57 | exact | injur | Interior Ministry | 57 police officers
11 | exact | injur | Interior Ministry | 11 of them | part=57
212 | exact | vehicle | Interior Ministry | 212 vehicles
520 | more_than | detain | Caldovian Human Rights League | more than 520 people
48 | exact | minor | Caldovian Human Rights League | 48 minors | part=520
2 | exact | journalist | Caldovian Human Rights League | two journalists | part=520
80000 | exact | crowd | organizers | at 80,000
25000 | approx | people,crowd,took part | police | about 25,000 people
12 | approx | group | Livia Marchetti | a dozen organized groups
40 | more_than | shop,loot | Livia Marchetti | More than 40 shops
143 | exact | charged,arrest | Livia Marchetti | 143 of those arrested
212 | exact | favor,vote | - | 212-98
98 | exact | against,vote | - | 212-98
24 | approx | detain | local police | Two dozen people
2000 | approx | driver | drivers' union | Some 2,000 truck drivers
40 | at_least | police | - | Scores of riot police
`},
	{file: "heldout-wildfire.txt", want: `
48000 | more_than | acre | Norvale Fire Service | more than 48,000 acres
19400 | more_than/exact | hectare | Norvale Fire Service;- | 19,400 hectares | opt
312 | at_least | home,destroy | Norvale Fire Service | at least 312 homes
15 | exact | contain,% | -;Norvale Fire Service | 15% contained
62000 | approx | resident,evacu | Dale Brunner | About 62,000 residents
15000 | exact | evacu,ready,leave,resident,people | Dale Brunner | another 15,000
55 | at_most | mph,wind | - | up to 55 mph
2100 | more_than | firefighter | - | More than 2,100 firefighters
19 | exact/more_than | helicopter | - | 19 helicopters
240 | exact/more_than | engine | - | 240 engines
2 | exact | hurt,injur,firefighter | - | Two firefighters were hurt
9000 | approx/less_than/at_most | acre | officials | nearly 9,000 acres
140000 | approx | customer,power,electric | Norvale Power Company | about 140,000 customers
18700000 | exact | usd,fund | Tamsin Holt | $18.7 million
250000000 | exact | usd | Tamsin Holt | $250 million more
51300 | exact | acre | Norvale Fire Service | 51,300 acres
48000 | exact | acre | Norvale Fire Service;- | up from 48,000 | opt
22 | exact | contain,% | Norvale Fire Service | 22%
41 | exact | structure,destroy | firefighters | Forty-one structures
12 | approx | horse,rescu | - | A dozen horses
3450 | exact | people | Red Cross | 3,450 people
17 | exact | shelter | Red Cross | 17 shelters
3 | exact | count | Red Cross | three counties
`},
	{file: "heldout-refugees.txt", want: `
1200000 | more_than | people,fled,displac | refugee agency | More than 1.2 million people
340000 | approx | people,cross | refugee agency;- | About 340,000 of them | part=1200000
9000 | at_most | people,arriv | border officials | up to 9,000 people
287650 | exact | refugee | Dalmeny | 287,650 refugees
118000 | exact | children | Dalmeny | 118,000 children | part=287650
60000 | approx | people,shelter | forecasters;- | some 60,000 people
415000000 | exact | usd | World Food Programme;WFP | $415 million
18 | exact | % | World Food Programme;WFP | 18%
2 | exact | camp | Jonas Ekdahl | two camps
300 | range | people,cross | Jonas Ekdahl | Between 300 and 400 people
1900 | exact | soldier | Petra Sanko | 1,900 Ambrelian soldiers
50 | approx/less_than/at_most | arriv,% | refugee agency | Nearly half
14 | exact | village | Ambrel's army;army | 14 villages
100 | more_than | kill,fighter | Ambrel's army;army | more than a hundred
27 | exact | died,kill,fighter | Free Ambrel Front | 27 of its fighters
60 | at_least | civilian,kill | Free Ambrel Front | at least 60 civilians
12 | less_than | truck | Open Roads | Fewer than a dozen aid trucks
`},
	{file: "heldout-floods.txt", want: `
23 | at_least | kill,dead,death | civil protection officials | killed at least 23 people
45000 | approx | displac,evacu,forced,home,people | civil protection officials | some 45,000 from their homes
2 | exact | bod,kill,dead | Anya Brell | Two more bodies
25 | exact | toll,kill,dead,death | Anya Brell | bringing the toll to 25
4 | at_least | helicopter | - | at least four helicopters
310 | exact | rescu,people,plucked | - | plucked 310 people
8.4 | exact | meter,crest | - | 8.4 meters
27.5 | exact | feet | - | 27.5 feet | opt
3 | approx | meter | - | about 3 meters
0 | exact | kill | Ilan Vosk;- | Nobody was killed | opt
1100000 | exact | resident | - | 1.1 million residents
60 | range | rain,millimet,mm | weather service | Between 60 and 70 millimeters
100 | at_most | rain,millimet,mm | weather service | up to 100 millimeters
27 | exact | died,kill,dead,death | Lorrain Civil Protection Agency | 27 people have died
6 | exact | children | Lorrain Civil Protection Agency | six children | part=27
14 | exact | missing | Lorrain Civil Protection Agency | 14 people are missing
19 | exact | dead,kill,found | -;Lorrain Civil Protection Agency | Of the dead, 19 | part=27
2 | exact | meter | Petra Dunn | two meters
38500 | exact | power,electric,homes | national grid operator | 38,500 homes
52000 | approx | power,electric,homes | national grid operator;- | about 52,000 | opt
600000000 | range | usd,damage | insurers | $600 million to $900 million
120000000 | exact | usd,relief | Cassia Renn;- | $120 million
25 | approx | farmland,% | Cassia Renn | a quarter of the valley's farmland
1200 | exact | soldier | Lorrain Civil Protection Agency | 1,200 soldiers
640 | exact | firefighter | Lorrain Civil Protection Agency | 640 firefighters
90 | exact | boat | Lorrain Civil Protection Agency | 90 boats
`},
	{file: "heldout-strike.txt", want: `
14000 | approx | dockworker,walked | Dockworkers Union of Halvard | About 14,000 dockworkers
3 | exact | port | Dockworkers Union of Halvard;- | three largest ports | opt
60 | approx | export,% | Dockworkers Union of Halvard | roughly 60%
12 | exact | raise,% | -;Dockworkers Union of Halvard | a 12% raise
4.5 | exact | %,offer | -;port operators | 4.5%
212000000000 | exact | usd,export | central bank | $212 billion
33.3 | approx | output,% | central bank | about a third
47 | exact | ship | port authority | numbered 47
31 | exact | ship | port authority;- | up from 31 | opt
150000000 | at_most | usd,cost | Yara Lind | up to $150 million
54 | exact | %,support | Tessel Institute | 54%
38 | exact | %,oppose | Tessel Institute | 38%
8 | exact | %,undecided | Tessel Institute | 8%
11 | exact | percentage point,support | - | 11 percentage points
14.2 | exact | unemploy,% | - | 14.2%
1800000000 | approx | usd,cost | - | an estimated $1.8 billion
2400 | exact | container | port operators' association | 2,400 containers
35 | exact | compan | port operators' association | 35 of its 52 | part=52
52 | exact | compan | port operators' association | 52 member companies
3 | exact | vote,favor | - | 3-2 vote
2 | exact | vote,against | - | 3-2 vote
`},
	{file: "heldout-migrants.txt", want: `
600 | at_most | migrant | coast guard | as many as 600 migrants
40 | approx | mile | coast guard | about 40 nautical miles
104 | exact | survivor,rescu | Dario Fenn | 104 survivors
12 | exact | bod,kill,dead | Dario Fenn | 12 bodies
500 | range | people,board | survivors;aid workers | between 500 and 600 people
17 | exact | children | Save Childhood | 17 children | part=104
9 | exact | alone,travel,children | Save Childhood | nine are traveling alone | part=17
300 | approx | kilomet,km | - | about 300 kilometers
48 | exact | survivor,hospital | - | Forty-eight of the survivors | part=104
4 | exact | critical,survivor,people | - | four of them | part=48
19 | exact | dead,kill | coast guard | confirmed dead to 19
450 | at_least | missing | coast guard | at least 450 people
2300 | more_than | migrant,died,missing | International Migration Office | more than 2,300 migrants
1870 | exact | migrant,died,missing | International Migration Office;- | compared with 1,870 | opt
30 | exact | survivor | - | 30 of the survivors
16 | exact | vessel | Hanne Roos | 16 new vessels
41 | exact | fleet,vessel | Hanne Roos | fleet of 41
`},
	{file: "heldout-court.txt", want: `
4200000 | exact | usd,brib | - | $4.2 million in bribes
1500000 | exact | usd,fine | - | fined him $1.5 million
14 | exact | contract | Marta Selin | 14 contracts
96000000 | exact | usd,contract | Marta Selin | a combined $96 million
3 | exact | defendant | - | Three co-defendants
11 | exact | kill | - | killing 11 people
46 | exact | injur | - | injuring 46
24 | approx | relative | - | about two dozen
40 | approx/less_than/at_most | contract,% | Transparency Watch | Nearly 40%
5 | exact | compan | Transparency Watch | five companies
300 | more_than | charged,official | Prosecutor General's Office | more than 300 officials
3.2 | exact | hectare | - | 3.2 hectares
`},
	// Written after the fixes above, to measure them on text they were not
	// made for.
	{file: "heldout-heatwave.txt", known: []string{
		// the claims finder reads "Hospitals ... admitted 1,130 patients" as a
		// confession, the narrowest claim around the figure
		`SOURCE "Hospitals" 1130 | exact | patient,heatstroke,admitted | Irina Dal | 1,130 patients`,
	}, want: `
47.3 | exact | degree,temperat | national weather office | 47.3 degrees Celsius
117 | exact | degree,temperat | national weather office;- | 117 degrees Fahrenheit | opt
64 | at_least | died,kill,dead | Health Ministry | At least 64 people have died
1130 | exact | patient,heatstroke,admitted | Irina Dal | 1,130 patients
61200 | exact | mw,megawatt,demand,electric | SorvEnergo | a record 61,200 megawatts
300000 | approx | power,homes | SorvEnergo;- | about 300,000 homes
200 | at_least | cattle,died,kill | Farmers' groups | hundreds of cattle
35 | exact | cooling,center | - | 35 cooling centers
40 | exact | %,ambulance,call | Tomas Reyk | risen 40%
71 | exact | toll,kill,dead,death | Health Ministry | death toll to 71
12000000 | exact | people | - | 12 million people
8500 | approx | hectare | civil protection service | some 8,500 hectares
44 | range | degree,temperat | meteorologists;- | 44 to 46 degrees
400 | more_than | kill | - | killed more than 400 people
`},
	{file: "heldout-airstrike.txt", want: `
31 | at_least | kill,dead | Health Ministry;state media | killed at least 31 people
9 | exact | women | Health Ministry;state media | nine women | part=31
7 | exact | children | Health Ministry;state media | seven children | part=31
84 | exact | wound,injur | Health Ministry | 84 others were wounded
20 | exact | wound,injur,critical | Health Ministry | 20 of them | part=84
2 | exact | missile | residents | two missiles
1000 | more_than | kill,civilian | U.N. humanitarian office;humanitarian office | more than 1,000 civilians
230000 | approx | fled,displac,people | U.N. humanitarian office;humanitarian office | some 230,000 people
31 | exact | kill,murder,people | Dario Velk | Thirty-one innocent people | opt
43 | exact | captur,fighter,detain | army | captured 43 fighters
2 | exact | ton,explosive | army | two tons
60 | exact | %,clinic | aid agencies | 60% of Sallum's clinics
11 | exact | bed | aid agencies | 11 beds
`},
	{file: "heldout-breach.txt", want: `
4800000 | approx | customer,record | Halden Bank | about 4.8 million customers
25000000 | exact | usd,ransom | Halden Bank | a ransom of $25 million
12.5 | approx | customer,% | Lena Aasen | one in eight | opt
212 | exact | branch | Lena Aasen | 212 of the bank's 480 branches | part=480
480 | exact | branch | Lena Aasen | 480 branches
8.6 | exact | %,share | - | fell 8.6%
1100000000 | approx | usd,market value | - | about $1.1 billion
1742 | exact | attack | National Cyber Center | 1,742 attacks
35 | exact | %,attack | National Cyber Center | up 35%
3000 | at_most | account | Lena Aasen | no more than 3,000 accounts
2000000 | less_than | usd,loss | Lena Aasen | less than $2 million
4800000 | exact | customer | Oskar Brun;- | all 4.8 million customers | opt
`},
	{file: "heldout-referendum.txt", want: `
52.4 | exact | %,yes,vot | Central Election Board | 52.4% voting yes
47.6 | exact | %,no,vot | Central Election Board | 47.6% voting no
3100000 | approx | voter,ballot | - | About 3.1 million | part=4900000
4900000 | exact | voter | - | 4.9 million registered voters
63 | exact | turnout,% | - | a turnout of 63%
48 | exact | district | - | 48 of the 60 districts | part=60
60 | exact | district | - | 60 districts
58 | exact | %,vot | - | 58% voted no
150000 | approx | vote,margin | - | about 150,000 votes
2 | exact | term | - | two five-year terms | opt
240 | exact | seat | - | from 240 seats | opt
180 | exact | seat | - | to 180
1400 | exact | irregularit | Anton Grebe | 1,400 irregularities
37 | exact | cases,ballot stuffing,irregularit | Anton Grebe | 37 cases of ballot stuffing | part=1400
96 | exact | complaint | Central Election Board;election board | 96 formal complaints
66.7 | approx/less_than/at_most | voter,% | - | nearly two-thirds of voters
`},
	// Written after the second round of fixes, again before running them.
	{file: "heldout-landslide.txt", want: `
24 | at_least | buried | - | dozens buried | opt
14 | at_least | kill,dead | regional governor's office;governor's office | killing at least 14 people
38 | exact | missing | regional governor's office;governor's office | Another 38 people
11 | exact | survivor,rescu | regional governor's office;governor's office | 11 survivors
60 | at_most | home | Aldo Ferik | up to 60 homes
8 | at_most | meter,mud | Aldo Ferik | as much as 8 meters
26 | at_most/exact | feet | Aldo Ferik;- | 26 feet | opt
300 | more_than | soldier | - | More than 300 soldiers
1400 | exact | meter | - | 1,400 meters
17 | exact | toll,kill,dead | - | Toll rises to 17 | opt
17 | exact | toll,kill,dead | regional governor's office;governor's office | death toll to 17
3 | exact | children | regional governor's office;governor's office | three children | part=17
35 | exact | missing | regional governor's office;governor's office | 35 people remained missing
210 | exact | rain,millimet,mm | meteorologists | 210 millimeters
450 | approx | resident | census;- | about 450 residents
2 | exact | survivor,rescu | - | 2 more survivors | opt
2 | exact | women,rescu,alive | Red Cross | Two women
27 | exact | kill | Aldo Ferik | killed 27 people
`},
	{file: "heldout-poll.txt", known: []string{
		// the figure is in the words that name the speaker; the writer's
		// description of who speaks is read as the writer's, which is right
		// for "a panel of 12 engineers said" but not for a poll's share
		`SOURCE "" 50 | approx/less_than/at_most | %,respondent | respondents | Almost half`,
	}, want: `
29 | exact | %,support | Statera | fell to 29%
4 | exact | percentage point | Statera | 4 percentage points
34 | exact | % | -;Statera | rose to 34%
11 | exact | % | -;Statera | at 11%
1512 | exact | adult | Statera;- | 1,512 adults
2.5 | exact/approx | percentage point,margin | -;Statera | 2.5 percentage points
6.8 | exact | %,price | national statistics bureau | 6.8%
11.2 | exact | %,price | -;national statistics bureau | 11.2%
2300000000 | exact | eur,subsid | Lea Duval | €2.3 billion
340 | approx | eur,household | Lea Duval | roughly €340
50 | approx/less_than/at_most | %,respondent | respondents | Almost half
25 | exact | % | Lea Duval | at 25%
38 | exact | % | Lea Duval | with 38%
96 | exact | seat | - | 96 of the 180 seats | part=180
180 | exact | seat | - | 180 seats
`},
	{file: "heldout-stampede.txt", want: `
23 | exact | kill,dead | police | killed 23 people
70 | at_least | injur | police | injured at least 70
150000 | approx/exact | crowd | -;police | a crowd estimated at 150,000
3 | approx | meter | witnesses | about 3 meters
12 | exact | critical,injur | hospital spokesman;Salvera General Hospital | Of the injured, 12 | part=70
80000 | at_most | people | Arun Devi | no more than 80,000 people
21 | exact | toll,kill,dead | police | death toll to 21
23 | exact | toll,kill,dead | police;- | from 23 | opt
2 | exact | people,count | police | two people had been counted twice | opt
1600 | exact | volunteer | Temple Trust of Salvera;organizers | 1,600 volunteers
450 | exact | police,officer | Temple Trust of Salvera;organizers | 450 police officers
5000 | exact | usd,compensation | Ila Sorn | $5,000
2000000 | approx | pilgrim | Temple Trust of Salvera | about 2 million pilgrims
41 | exact | kill | - | killed 41
`},
}

type wantFig struct {
	line   string
	val    float64
	bounds []string
	kws    []string
	srcs   []string // "" accepts no source
	ctx    string
	opt    bool
	part   float64 // NaN for none
}

func parseWant(t *testing.T, table string) []wantFig {
	t.Helper()
	var out []wantFig
	for _, line := range strings.Split(strings.TrimSpace(table), "\n") {
		cols := strings.Split(line, "|")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if len(cols) < 5 {
			t.Fatalf("bad table line %q", line)
		}
		v, err := strconv.ParseFloat(cols[0], 64)
		if err != nil {
			t.Fatalf("bad value in %q: %v", line, err)
		}
		w := wantFig{line: line, val: v, bounds: strings.Split(cols[1], "/"), kws: strings.Split(cols[2], ","), ctx: cols[4], part: math.NaN()}
		for _, s := range strings.Split(cols[3], ";") {
			if s == "-" {
				s = ""
			}
			w.srcs = append(w.srcs, s)
		}
		for _, extra := range cols[5:] {
			switch {
			case extra == "opt":
				w.opt = true
			case strings.HasPrefix(extra, "part="):
				w.part, err = strconv.ParseFloat(strings.TrimPrefix(extra, "part="), 64)
				if err != nil {
					t.Fatalf("bad part in %q", line)
				}
			default:
				t.Fatalf("bad option %q in %q", extra, line)
			}
		}
		out = append(out, w)
	}
	return out
}

// words folds text as the scorer compares phrases: lower case, every run of
// punctuation or space one space.
func words(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		switch r {
		case '’', '‘':
			r = '\''
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return " " + strings.TrimSpace(b.String()) + " "
}

// nameWords folds a name as the scorer does: no leading "the", no "'s".
func nameWords(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "’", "'")))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	s = strings.ReplaceAll(s, "'", "")
	return words(s)
}

func sourceOK(got string, want []string) bool {
	for _, w := range want {
		if w == "" {
			if got == "" {
				return true
			}
			continue
		}
		if got == "" {
			continue
		}
		g, n := nameWords(got), nameWords(w)
		if strings.Contains(g, n) || strings.Contains(n, g) {
			return true
		}
	}
	return false
}

type predFig struct {
	ev, idx int
	f       timeline.ContractFig
	evText  string
	matched int
}

func TestHeldoutFigures(t *testing.T) {
	var tp, fp, fn, bOK, sOK, pOK, pN int
	for _, doc := range heldout {
		t.Run(doc.file, func(t *testing.T) {
			input, err := os.ReadFile(filepath.Join("testdata", doc.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := pipeline.New().Run(context.Background(), input, timeline.Options{Format: timeline.FormatText})
			if err != nil {
				t.Fatal(err)
			}
			cd := timeline.ToContract(d)
			var preds []*predFig
			for ei, ev := range cd.Events {
				for fi, f := range ev.Figures {
					preds = append(preds, &predFig{ev: ei, idx: fi, f: f, evText: ev.Text, matched: -1})
				}
			}
			wants := parseWant(t, doc.want)
			got := make([]*predFig, len(wants))
			take := func(wi int) {
				w := wants[wi]
				var first, withCtx *predFig
				for _, p := range preds {
					if p.matched >= 0 {
						continue
					}
					v := p.f.Value
					if p.f.Low != nil {
						v = *p.f.Low
					}
					if w.val == 0 && v != 0 || w.val != 0 && math.Abs(v-w.val) > 0.005*math.Abs(w.val) {
						continue
					}
					hay := strings.ToLower(p.f.Metric + " " + p.f.Unit + " " + p.f.Subject + " " + p.f.Text)
					kwOK := false
					for _, k := range w.kws {
						kwOK = kwOK || strings.Contains(hay, k)
					}
					if !kwOK {
						continue
					}
					if first == nil {
						first = p
					}
					if withCtx == nil && (strings.Contains(words(p.f.Text), words(w.ctx)) || strings.Contains(words(p.evText), words(w.ctx))) {
						withCtx = p
					}
				}
				if withCtx != nil {
					first = withCtx
				}
				if first != nil {
					first.matched = wi
					got[wi] = first
				}
			}
			for wi := range wants {
				if !wants[wi].opt {
					take(wi)
				}
			}
			for wi := range wants {
				if wants[wi].opt {
					take(wi)
				}
			}
			var problems []string
			tp0, fp0, fn0, b0, s0, p0, pn0 := tp, fp, fn, bOK, sOK, pOK, pN
			defer func() {
				t.Logf("%s: tp %d fp %d fn %d; bound %d source %d part_of %d/%d", doc.file, tp-tp0, fp-fp0, fn-fn0, bOK-b0, sOK-s0, pOK-p0, pN-pn0)
			}()
			for wi, w := range wants {
				p := got[wi]
				if p == nil {
					if !w.opt {
						fn++
						problems = append(problems, "MISS "+w.line)
					}
					continue
				}
				if w.opt {
					continue
				}
				tp++
				if !contains(w.bounds, string(p.f.Bound)) {
					problems = append(problems, "BOUND "+string(p.f.Bound)+" "+w.line)
				} else {
					bOK++
				}
				src := ""
				if p.f.Source != nil {
					src = *p.f.Source
				}
				if !sourceOK(src, w.srcs) {
					problems = append(problems, "SOURCE "+strconv.Quote(src)+" "+w.line)
				} else {
					sOK++
				}
				if !math.IsNaN(w.part) {
					pN++
					total := -1
					for ti, tw := range wants {
						if tw.val == w.part && got[ti] != nil && (total < 0 || wants[total].opt) {
							total = ti
						}
					}
					if total >= 0 && p.f.PartOf != nil && got[total].ev == p.ev && got[total].idx == *p.f.PartOf {
						pOK++
					} else {
						problems = append(problems, "PART "+w.line)
					}
				}
			}
			for _, p := range preds {
				if p.matched < 0 {
					fp++
					problems = append(problems, "FP "+strconv.FormatFloat(p.f.Value, 'f', -1, 64)+" "+strconv.Quote(p.f.Text)+" metric="+p.f.Metric+" unit="+p.f.Unit)
				}
			}
			for _, pr := range problems {
				if contains(doc.known, pr) {
					t.Logf("known: %s", pr)
					continue
				}
				t.Errorf("%s", pr)
			}
			for _, k := range doc.known {
				if !contains(problems, k) {
					t.Logf("fixed, drop it from known: %s", k)
				}
			}
		})
	}
	t.Logf("held-out figures: tp %d fp %d fn %d; bound %d/%d source %d/%d part_of %d/%d", tp, fp, fn, bOK, tp, sOK, tp, pOK, pN)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
