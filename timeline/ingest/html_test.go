package ingest

import (
	"strings"
	"testing"

	"factline/timeline"
)

const jsonldPage = `<!doctype html><html><head>
<title>Quake live | Daily Ledger</title>
<meta property="og:title" content="Quake in Norvia: live updates">
<link rel="canonical" href="https://ledger.example/live/quake">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Quake in Norvia",
 "liveBlogUpdate":[
  {"@type":"BlogPosting","@id":"https://ledger.example/live/quake#u2","headline":"Toll rises",
   "datePublished":"2026-02-10T18:30:00+01:00","articleBody":"The toll rose to 14, officials said.\n\nMore rescuers arrived."},
  {"@type":"BlogPosting","@id":"https://ledger.example/live/quake#u1","headline":"Quake strikes",
   "datePublished":"2026-02-10T09:05:00+01:00","articleBody":"A magnitude 6.1 quake struck before dawn."},
  {"@type":"BlogPosting","headline":"No body here"},
  "not an object"
 ]}
</script></head>
<body><nav><a href="/">Home</a></nav>
<article id="u2"><time datetime="2026-02-10T18:30:00+01:00">6:30 p.m.</time><h2>Toll rises</h2><p>The toll rose to 14, officials said.</p></article>
</body></html>`

func TestHTMLJSONLD(t *testing.T) {
	doc, err := Parse([]byte(jsonldPage), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != timeline.FormatHTML {
		t.Errorf("format %s", doc.Format)
	}
	if doc.Title != "Quake in Norvia: live updates" || doc.SourceURL != "https://ledger.example/live/quake" {
		t.Errorf("title %q url %q", doc.Title, doc.SourceURL)
	}
	if len(doc.Events) != 2 {
		t.Fatalf("got %d events, want the 2 JSON-LD updates with bodies: %+v", len(doc.Events), doc.Events)
	}
	first, second := doc.Events[0], doc.Events[1]
	if first.Headline != "Quake strikes" || second.Headline != "Toll rises" {
		t.Errorf("not in time order: %q, %q", first.Headline, second.Headline)
	}
	if first.Time.String() != "2026-02-10T08:05:00Z" || first.Time.Precision != timeline.PrecisionMinute {
		t.Errorf("time %s %s", first.Time, first.Time.Precision)
	}
	if _, off := first.Time.At.Zone(); off != 3600 {
		t.Errorf("lost the page's +01:00 offset: %d", off)
	}
	if second.Key != "https://ledger.example/live/quake#u2" || second.SourceRef != second.Key {
		t.Errorf("key %q ref %q", second.Key, second.SourceRef)
	}
	if second.Text != "The toll rose to 14, officials said.\n\nMore rescuers arrived." {
		t.Errorf("text %q", second.Text)
	}
}

const visiblePage = `<html><head><title>Strike day</title></head><body>
<header><nav>Menu</nav></header>
<main><h1>Strike day live</h1>
<div class="ad-slot"><p>Buy now!</p></div>
<article id="post-2"><header><time datetime="2026-03-03T15:00:00Z">3 p.m.</time><h3>Talks resume</h3></header>
<p>Union leaders said talks would resume &amp; continue overnight.</p>
<figure><img src="x.jpg"><figcaption>Workers march in Lenz, Tuesday, March 3, 2026. (AP Photo/Kim Dahl)</figcaption></figure>
<div class="share-tools"><p>Share on X</p></div></article>
<article id="post-1"><time datetime="2026-03-03T08:00:00Z">8 a.m.</time><h3>Trains stop</h3>
<p>Most trains stopped at dawn.</p><p>Commuters waited in the cold.</p></article>
<aside class="related"><h3>Related coverage</h3><p>Older story</p></aside>
</main><footer><p>Copyright 2026</p></footer></body></html>`

func TestHTMLVisibleArticles(t *testing.T) {
	doc, err := Parse([]byte(visiblePage), timeline.Options{SourceURL: "https://news.example/strike"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, string(e.Kind)+":"+e.Headline+":"+e.Text)
	}
	// newest first on the page; in time order out, each update with its photos
	want := []string{
		"update:Trains stop:Most trains stopped at dawn.\n\nCommuters waited in the cold.",
		"update:Talks resume:Union leaders said talks would resume & continue overnight.",
		"caption::Workers march in Lenz, Tuesday, March 3, 2026. (AP Photo/Kim Dahl)",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("events\n got %q\nwant %q", got, want)
	}
	if doc.Events[1].SourceRef != "https://news.example/strike#post-2" {
		t.Errorf("source ref %q", doc.Events[1].SourceRef)
	}
	for _, bad := range []string{"Buy now", "Share on X", "Older story", "Copyright", "Menu"} {
		for _, e := range doc.Events {
			if strings.Contains(e.Text, bad) {
				t.Errorf("furniture %q leaked into e%d", bad, e.Ordinal)
			}
		}
	}
}

func TestHTMLProseFallbackAndErrors(t *testing.T) {
	doc, err := Parse([]byte(`<html><body><p>OSTER, Pelland (AP) — The dam held overnight, engineers said.</p><p>Water levels fell.</p><p>Click to Gallery</p></body>`), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if countKind(doc, timeline.KindUpdate) != 1 || countKind(doc, timeline.KindBoilerplate) != 1 {
		t.Errorf("prose fallback: %+v", doc.Events)
	}
	for name, in := range map[string]string{
		"unclosed tags only": `<html><body><div><span>`,
		"only furniture":     `<html><body><nav><p>Home</p></nav><footer><p>About us</p></footer></body></html>`,
		"jsonld wrong types": `<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":"oops"}</script></head><body></body></html>`,
	} {
		_, err := Parse([]byte(in), timeline.Options{})
		if timeline.ErrorCode(err) != timeline.EUnreadable {
			t.Errorf("%s: err %v, want an unreadable-input error", name, err)
		}
	}
}

func TestJSONInput(t *testing.T) {
	in := `{"story":{"title":"Dam watch","published":"2026-05-05"},"events":[
	 {"id":"e1","kind":"update","time":"2026-05-05T10:00:00Z","headline":null,"text":"The dam held, engineers said."},
	 {"kind":"caption","text":"The dam at dusk. (AP Photo/Rita Vance)"},
	 {"text":"Villagers returned Monday."}]}`
	doc, err := Parse([]byte(in), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Dam watch" || len(doc.Events) != 3 {
		t.Fatalf("title %q, %d events", doc.Title, len(doc.Events))
	}
	if doc.Events[0].Time.Precision != timeline.PrecisionMinute || doc.Events[2].Time.String() != "2026-05-05" {
		t.Errorf("times %s / %s", doc.Events[0].Time, doc.Events[2].Time)
	}
	if doc.Events[1].Kind != timeline.KindCaption {
		t.Errorf("kind %s", doc.Events[1].Kind)
	}
	bad := map[string]string{
		"malformed":     `{"events": [`,
		"not a list":    `{"events": {"text": "x"}}`,
		"no text":       `{"events": [{"kind": "update"}]}`,
		"bad kind":      `{"events": [{"kind": "tweet", "text": "x"}]}`,
		"bad time":      `{"events": [{"time": "yesterday", "text": "x"}]}`,
		"no events key": `{"title": "x"}`,
		"only captions": `{"events": [{"kind": "caption", "text": "x"}]}`,
	}
	for name, in := range bad {
		_, err := Parse([]byte(in), timeline.Options{Format: timeline.FormatJSON})
		if timeline.ErrorCode(err) != timeline.EUnreadable {
			t.Errorf("%s: err %v, want unreadable", name, err)
		} else if timeline.ErrorMessage(err) == "" {
			t.Errorf("%s: empty message", name)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	doc, err := Parse([]byte(latestPage), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonMarshal(timeline.ToContract(doc))
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse(out, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Events) != len(doc.Events) {
		t.Fatalf("round trip: %d events, want %d", len(again.Events), len(doc.Events))
	}
	for i := range doc.Events {
		a, b := doc.Events[i], again.Events[i]
		if a.Kind != b.Kind || a.Text != b.Text || a.DuplicateOf != b.DuplicateOf || a.Time.String() != b.Time.String() {
			t.Errorf("event %d changed: %+v -> %+v", i+1, a, b)
		}
	}
}

func TestHTMLDivUpdates(t *testing.T) {
	page := `<html><body><div class="feed">
<div class="live-post" data-id="p9"><span class="stamp"><time>Feb. 2, 2026, 4:10 PM GMT</time></span><h2>Bridge reopens</h2><p>Engineers said the bridge was safe.</p></div>
<div class="live-post" data-id="p8"><time datetime="2026-02-02T11:00:00Z">11:00</time><p>Traffic was diverted, police said.</p></div>
<div class="promo"><time datetime="2026-02-02T10:00:00Z">x</time><p>Subscribe now</p></div>
</div></body></html>`
	doc, err := Parse([]byte(page), timeline.Options{SourceURL: "https://x.example/live"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 2 {
		t.Fatalf("got %d events: %+v", len(doc.Events), doc.Events)
	}
	if doc.Events[0].Text != "Traffic was diverted, police said." || doc.Events[1].Headline != "Bridge reopens" {
		t.Errorf("order or content wrong: %q / %q", doc.Events[0].Text, doc.Events[1].Headline)
	}
	if doc.Events[1].Time.String() != "2026-02-02T16:10:00Z" || doc.Events[1].SourceRef != "https://x.example/live#p9" {
		t.Errorf("time %s ref %s", doc.Events[1].Time, doc.Events[1].SourceRef)
	}
}

func TestHTMLSingleContainerWithTimeLines(t *testing.T) {
	page := `<html><body><article><h1>Storm live</h1><time datetime="2026-09-01">Sept. 1, 2026</time>
<p>Sept. 1, 2026, 9:00 AM EDT</p><p>The storm made landfall, forecasters said.</p>
<p>10:30 a.m.</p><p>Power was cut to 5,000 homes, the utility said.</p></article></body></html>`
	doc, err := Parse([]byte(page), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ups []timeline.Event
	for _, e := range doc.Events {
		if e.Kind == timeline.KindUpdate {
			ups = append(ups, e)
		}
	}
	if len(ups) != 2 || ups[1].Time.String() != "2026-09-01T14:30:00Z" {
		t.Fatalf("updates %+v", ups)
	}
}
