package ingest

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"factline/timeline"
)

// parseHTML reads a live page: the schema.org LiveBlogPosting JSON-LD when the
// page has one (it is what the newsroom's CMS says the updates are), otherwise
// the visible <article> blocks, otherwise the page's paragraphs as prose.
func parseHTML(input []byte, opts timeline.Options) (*timeline.Document, error) {
	root, err := html.Parse(bytes.NewReader(input))
	if err != nil {
		return nil, timeline.Errorf(timeline.EUnreadable, "cannot read the HTML: %v", err)
	}
	page := readPage(root)
	doc := &timeline.Document{Format: timeline.FormatHTML, Published: opts.Published, SourceURL: opts.SourceURL}
	if doc.SourceURL == "" {
		doc.SourceURL = page.url
	}
	doc.Title = page.title
	opts.SourceURL = doc.SourceURL

	var ds []draft
	ups := liveBlogUpdates(page.jsonld)
	arts := visibleArticles(root, doc.SourceURL)
	// The JSON-LD is what the CMS says the updates are, but some CMSs list only
	// the latest few there: the visible blocks win when they hold more updates.
	if len(ups) > 0 && countUpdates(ups) >= countUpdates(arts) {
		ds = ups
	} else if len(arts) > 0 {
		ds = arts
	} else {
		bs := classify(pageParagraphs(mainContent(root)))
		if len(bs) > 1 && bs[0].kind == bHeadline && doc.Title == "" {
			doc.Title = bs[0].text
			bs = bs[1:]
		} else if len(bs) > 1 && bs[0].kind == bHeadline && bs[0].text == doc.Title {
			bs = bs[1:]
		}
		if hasStampBlock(bs) {
			ds = segmentStamped(bs)
		} else {
			ds = segmentProse(bs)
		}
	}
	sortByTime(ds)
	if doc.Published.IsZero() && !page.published.IsZero() {
		// the page's own date is a fallback anchor; the user's date wins
		opts2 := opts
		opts2.Published = timeline.When{}
		finish(doc, ds, opts2)
		doc.Published = page.published
	} else {
		finish(doc, ds, opts)
	}
	return doc, nil
}

func hasStampBlock(bs []block) bool {
	for _, b := range bs {
		if b.kind == bStamp {
			return true
		}
	}
	return false
}

func countUpdates(ds []draft) int {
	n := 0
	for i := range ds {
		if ds[i].Kind == timeline.KindUpdate {
			n++
		}
	}
	return n
}

// sortByTime puts updates that all carry times in time order (live pages list
// newest first), each with the captions that follow it; anything else keeps the
// page's order.
func sortByTime(ds []draft) {
	if len(ds) == 0 || ds[0].Kind != timeline.KindUpdate {
		return // something before the first update: keep the page's order
	}
	var groups [][2]int // [first, end) of an update and its captions
	for i := range ds {
		if ds[i].Kind != timeline.KindUpdate {
			continue
		}
		if ds[i].Time.IsZero() {
			return
		}
		if len(groups) > 0 {
			groups[len(groups)-1][1] = i
		}
		groups = append(groups, [2]int{i, len(ds)})
	}
	if sort.SliceIsSorted(groups, func(a, b int) bool { return ds[groups[a][0]].Time.At.Before(ds[groups[b][0]].Time.At) }) {
		return
	}
	sort.SliceStable(groups, func(a, b int) bool { return ds[groups[a][0]].Time.At.Before(ds[groups[b][0]].Time.At) })
	out := make([]draft, 0, len(ds))
	for _, g := range groups {
		out = append(out, ds[g[0]:g[1]]...)
	}
	copy(ds, out)
}

// page is what the <head> and JSON-LD say about the page.
type page struct {
	title     string
	url       string
	published timeline.When
	jsonld    []any
}

func readPage(root *html.Node) page {
	var p page
	var h1 string
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if p.title == "" {
				p.title = clean(textOf(n))
			}
		case atom.H1:
			if h1 == "" {
				h1 = clean(textOf(n))
			}
		case atom.Meta:
			prop := attr(n, "property")
			if prop == "" {
				prop = attr(n, "name")
			}
			switch prop {
			case "og:title":
				if c := clean(attr(n, "content")); c != "" {
					p.title = c
				}
			case "og:url":
				if p.url == "" {
					p.url = attr(n, "content")
				}
			case "article:published_time", "datePublished", "pubdate":
				if w, ok := parseStamp(attr(n, "content")); ok && p.published.IsZero() {
					p.published = w
				}
			}
		case atom.Link:
			if attr(n, "rel") == "canonical" && attr(n, "href") != "" {
				p.url = attr(n, "href")
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				var v any
				if err := json.Unmarshal([]byte(textOf(n)), &v); err == nil {
					p.jsonld = append(p.jsonld, v)
				}
			}
			return false
		}
		return true
	})
	if h1 != "" && p.title == "" {
		p.title = h1
	}
	return p
}

// liveBlogUpdates reads the updates of every LiveBlogPosting in the JSON-LD.
// Objects of other types, and updates without a body, are ignored.
func liveBlogUpdates(lds []any) []draft {
	var out []draft
	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			if !hasType(x, "LiveBlogPosting") {
				return
			}
			var ups []any
			switch u := x["liveBlogUpdate"].(type) {
			case []any:
				ups = u
			case map[string]any:
				ups = []any{u}
			}
			for _, u := range ups {
				m, ok := u.(map[string]any)
				if !ok {
					continue
				}
				if d, captions, ok := jsonldUpdate(m); ok {
					out = append(out, d)
					for _, c := range captions {
						out = append(out, draft{Event: timeline.Event{Kind: timeline.KindCaption, Text: c}})
					}
				}
			}
		}
	}
	for _, v := range lds {
		visit(v)
	}
	return out
}

func hasType(m map[string]any, want string) bool {
	switch t := m["@type"].(type) {
	case string:
		return t == want
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && s == want {
				return true
			}
		}
	}
	return false
}

func jsonldUpdate(m map[string]any) (draft, []string, bool) {
	str := func(k string) string {
		s, _ := m[k].(string)
		return s
	}
	body := str("articleBody")
	if body == "" {
		body = str("text")
	}
	if body == "" {
		body = str("description")
	}
	body, captions := bodyText(body)
	if body == "" {
		return draft{}, nil, false
	}
	d := draft{Event: timeline.Event{Kind: timeline.KindUpdate, Text: body}}
	d.Headline = clean(str("headline"))
	for _, k := range []string{"datePublished", "dateCreated", "dateModified"} {
		if w, ok := parseStamp(str(k)); ok {
			d.Time = w
			break
		}
	}
	d.Key = str("@id")
	if d.Key == "" {
		d.Key = str("url")
	}
	d.SourceRef = d.Key
	return d, captions, true
}

// bodyText normalises an articleBody: markup removed, paragraphs separated by a
// blank line, spaces inside paragraphs collapsed. A body in HTML may hold photos:
// their <figcaption>s are returned apart, as captions.
func bodyText(s string) (string, []string) {
	if strings.ContainsRune(s, '<') {
		if n, err := html.Parse(strings.NewReader(s)); err == nil {
			var paras, captions []string
			for _, p := range pageBlocks(n) {
				if p.caption {
					captions = append(captions, p.text)
				} else {
					paras = append(paras, p.text)
				}
			}
			paras, more := sortParas(paras)
			if len(paras) > 0 {
				return strings.Join(paras, "\n\n"), append(captions, more...)
			}
		}
	}
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if c := clean(p); c != "" {
			out = append(out, c)
		}
	}
	out, captions := sortParas(out)
	return strings.Join(out, "\n\n"), captions
}

// sortParas takes out of an update's paragraphs the photo captions (returned
// apart) and the furniture a CMS prints inside posts (credit lines, "Share
// this post"), which is dropped.
func sortParas(paras []string) (story, captions []string) {
	story = paras[:0:0]
	for _, p := range paras {
		switch {
		case isCaption(p):
			captions = append(captions, p)
		case isBoilerplate(p):
		default:
			story = append(story, p)
		}
	}
	return story, captions
}

// parseStamp reads an ISO 8601 time as schema.org and <time datetime> give it.
func parseStamp(s string) (timeline.When, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return timeline.When{}, false
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return timeline.Minute(t, s), true
		}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return timeline.Day(t.Year(), t.Month(), t.Day(), s), true
	}
	return timeline.When{}, false
}

// Class and id words of page furniture.
var furnitureWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "related": true, "newsletter": true, "subscribe": true,
	"promo": true, "ad": true, "ads": true, "advert": true, "advertisement": true, "sponsor": true,
	"sponsored": true, "comments": true, "comment": true, "nav": true, "navigation": true, "menu": true,
	"breadcrumb": true, "breadcrumbs": true, "footer": true, "cookie": true, "cookies": true, "paywall": true,
	"signup": true, "byline": true, "author": true, "tools": true, "toolbar": true, "recirc": true,
	"more": true, "outbrain": true, "taboola": true, "banner": true, "modal": true, "popup": true, "skip": true,
	"recommended": true, "recommendations": true, "trending": true, "popular": true, "teaser": true,
	"teasers": true, "sidebar": true, "rail": true, "widget": true, "relatedposts": true, "readmore": true,
	"keyevents": true,
}

var skippedAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Svg: true, atom.Iframe: true, atom.Template: true,
	atom.Select: true, atom.Input: true, atom.Textarea: true, atom.Object: true, atom.Embed: true,
}

// isFurniture reports whether an element is navigation, sharing, ads or the like.
func isFurniture(n *html.Node, inArticle bool) bool {
	if skippedAtoms[n.DataAtom] {
		return true
	}
	if !inArticle && (n.DataAtom == atom.Header || n.DataAtom == atom.Footer) {
		return true
	}
	if attr(n, "aria-hidden") == "true" || attr(n, "hidden") != "" || attr(n, "role") == "navigation" ||
		attr(n, "role") == "complementary" || attr(n, "role") == "banner" || attr(n, "role") == "contentinfo" {
		return true
	}
	for _, a := range []string{"class", "id"} {
		for _, w := range strings.FieldsFunc(strings.ToLower(attr(n, a)), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_'
		}) {
			if furnitureWords[w] {
				return true
			}
		}
	}
	return false
}

// updateClassWords mark the containers of live updates in pages that do not use
// <article>: <div class="live-update">, <li class="post">.
var updateClassWords = map[string]bool{
	"update": true, "updates": true, "post": true, "entry": true, "item": true, "card": true,
	"event": true, "liveblog": true, "blog": true, "timeline": true,
}

// updateContainers finds the blocks of a live page: <article> elements, or else
// elements whose class names an update and which hold a <time>; a block inside
// another is not counted twice.
func updateContainers(root *html.Node) []*html.Node {
	var arts, classed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if isFurniture(n, false) && n.DataAtom != atom.Header && n.DataAtom != atom.Footer {
			return false
		}
		if n.DataAtom == atom.Article {
			arts = append(arts, n)
			return false
		}
		return true
	})
	if len(arts) > 0 {
		return arts
	}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if isFurniture(n, false) && n.DataAtom != atom.Header && n.DataAtom != atom.Footer {
			return false
		}
		if n.DataAtom != atom.Body && n.DataAtom != atom.Main && hasClassWord(n, updateClassWords) && hasDirectTime(n) {
			classed = append(classed, n)
			return false
		}
		return true
	})
	if len(classed) >= 2 {
		return classed
	}
	if sib := timedSiblings(root); len(sib) >= 2 {
		return sib
	}
	return nil // one block holding a time is a page, not a run of updates
}

// blockAtoms can hold one update of a page without class names to go by.
var blockAtoms = map[atom.Atom]bool{atom.Section: true, atom.Div: true, atom.Li: true}

// timedSiblings finds updates by their shape alone: the largest run of sibling
// blocks of one element type that each hold a <time> and a paragraph. Lists of
// links with dates (related stories, a "key events" summary) hold no paragraph.
func timedSiblings(root *html.Node) []*html.Node {
	var best []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return true
		}
		if n.Type == html.ElementNode && isFurniture(n, false) && n.DataAtom != atom.Header && n.DataAtom != atom.Footer {
			return false
		}
		var byTag map[atom.Atom][]*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && blockAtoms[c.DataAtom] && !isFurniture(c, false) && hasDirectTime(c) && hasParagraph(c) {
				if byTag == nil {
					byTag = map[atom.Atom][]*html.Node{}
				}
				byTag[c.DataAtom] = append(byTag[c.DataAtom], c)
			}
		}
		for _, run := range byTag {
			if len(run) > len(best) {
				best = run
			}
		}
		return true
	})
	return best
}

func hasParagraph(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.P && strings.TrimSpace(textOf(c)) != "" {
			found = true
		}
		return !found
	})
	return found
}

func hasClassWord(n *html.Node, words map[string]bool) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(attr(n, "class")), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	}) {
		if words[w] {
			return true
		}
	}
	return false
}

// visibleArticles reads the update blocks of a page: each is an update with its
// <time datetime>, its heading and its paragraphs; <figcaption>s become
// captions. A page with a single block is read as prose instead (an article, or
// a live page whose updates are separated by time lines inside one container).
func visibleArticles(root *html.Node, pageURL string) []draft {
	arts := updateContainers(root)
	if len(arts) == 1 {
		return nil
	}
	var out []draft
	for _, a := range arts {
		d := draft{Event: timeline.Event{Kind: timeline.KindUpdate}}
		var paras, captions []string
		walk(a, func(n *html.Node) bool {
			if n == a || n.Type != html.ElementNode {
				return true
			}
			if isFurniture(n, true) {
				return false
			}
			switch n.DataAtom {
			case atom.Time:
				if d.Time.IsZero() {
					if w, ok := parseStamp(attr(n, "datetime")); ok {
						w.Text = clean(textOf(n))
						d.Time = w
					} else if e, ok := stampLine(clean(textOf(n))); ok && e.Absolute() {
						d.Time = stampWhen(e)
						d.Time.Text = clean(textOf(n))
					}
				}
				return false
			case atom.H1, atom.H2, atom.H3, atom.H4:
				if d.Headline == "" {
					d.Headline = clean(textOf(n))
				}
				return false
			case atom.Figcaption:
				if c := clean(textOf(n)); c != "" {
					captions = append(captions, c)
				}
				return false
			case atom.P, atom.Li, atom.Blockquote, atom.H5, atom.H6, atom.Pre:
				if linkOnly(n) {
					return false
				}
				if c := clean(textOf(n)); c != "" {
					paras = append(paras, c)
				}
				return false
			}
			return true
		})
		paras, more := sortParas(paras)
		captions = append(captions, more...)
		d.Text = strings.Join(paras, "\n\n")
		id := attr(a, "id")
		if id == "" {
			id = attr(a, "data-id")
		}
		if id != "" {
			d.Key = "#" + id
			d.SourceRef = pageURL + "#" + id
		} else if d.Time.Precision == timeline.PrecisionMinute {
			d.Key = stampKey(d.Time)
		}
		if d.Text != "" {
			out = append(out, d)
		}
		for _, c := range captions {
			out = append(out, draft{Event: timeline.Event{Kind: timeline.KindCaption, Text: c}})
		}
	}
	return out
}

// mainContent is the page's single update block, its <main>, or its body.
func mainContent(root *html.Node) *html.Node {
	if arts := updateContainers(root); len(arts) == 1 {
		return arts[0]
	}
	return root
}

func hasDirectTime(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.Time {
			found = true
		}
		return !found
	})
	return found
}

// pageParagraphs returns the text blocks of a page's main content in order.
func pageParagraphs(root *html.Node) []string {
	bs := pageBlocks(root)
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.text
	}
	return out
}

type pageBlock struct {
	text    string
	caption bool // a <figcaption>
}

// pageBlocks returns the text blocks of a page's main content in order.
func pageBlocks(root *html.Node) []pageBlock {
	start := root
	if root.Type != html.ElementNode || root.DataAtom != atom.Article {
		walk(root, func(n *html.Node) bool {
			if n.Type == html.ElementNode && n.DataAtom == atom.Main {
				start = n
				return false
			}
			return start == root
		})
	}
	var out []pageBlock
	walk(start, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n != start && isFurniture(n, false) {
			return false
		}
		switch n.DataAtom {
		case atom.P, atom.Li, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
			atom.Figcaption, atom.Pre, atom.Time, atom.Dt, atom.Dd, atom.Td:
			if linkOnly(n) {
				return false // a list of links: related stories, a summary of the page
			}
			if c := clean(textOf(n)); c != "" {
				out = append(out, pageBlock{c, n.DataAtom == atom.Figcaption})
			}
			return false
		}
		return true
	})
	return out
}

// walk visits n and its descendants in document order; f returns false to skip
// a node's children.
func walk(n *html.Node, f func(*html.Node) bool) {
	if !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text inside n, with a space where a <br> stood.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(c *html.Node) {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if c.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
				if n.DataAtom == atom.Script {
					b.WriteString(textChildren(c))
				}
				return
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k)
		}
	}
	rec(n)
	return b.String()
}

func textChildren(n *html.Node) string {
	var b strings.Builder
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type == html.TextNode {
			b.WriteString(k.Data)
		}
	}
	return b.String()
}

// clean collapses whitespace (including no-break spaces) to single spaces.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\f'
	}), " ")
}

// linkOnly reports whether all the text of a paragraph or list item sits in
// links (besides a time or punctuation): navigation, not story.
func linkOnly(n *html.Node) bool {
	links, other := false, false
	var rec func(c *html.Node, inLink bool)
	rec = func(c *html.Node, inLink bool) {
		if other {
			return
		}
		switch c.Type {
		case html.TextNode:
			if strings.TrimFunc(c.Data, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) == "" {
				return
			}
			if inLink {
				links = true
			} else {
				other = true
			}
			return
		case html.ElementNode:
			if c.DataAtom == atom.Time {
				return
			}
			if c.DataAtom == atom.A && attr(c, "href") != "" {
				inLink = true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k, inLink)
		}
	}
	rec(n, false)
	return links && !other
}
