package handlers

import (
	"context"
	"net/http"
	"sort"
	"time"

	"github.com/labstack/echo/v4"

	"factline/timeline"
)

// The API's JSON shapes. Fields may be added, never renamed.

type storyJSON struct {
	Slug          string    `json:"slug"`
	Title         string    `json:"title"`
	Published     *string   `json:"published"`
	PublishedText string    `json:"published_text,omitempty"`
	SourceURL     string    `json:"source_url"`
	CreatedAt     time.Time `json:"created_at"`
	UpdatedAt     time.Time `json:"updated_at"`
	Events        int       `json:"events"`
	Claims        int       `json:"claims"`
	Figures       int       `json:"figures"`
	Imports       int       `json:"imports"`
}

func storyOut(st timeline.Story) storyJSON {
	return storyJSON{
		Slug:          st.Slug,
		Title:         st.Title,
		Published:     optString(st.Published.String()),
		PublishedText: st.Published.Text,
		SourceURL:     st.SourceURL,
		CreatedAt:     st.CreatedAt.UTC(),
		UpdatedAt:     st.UpdatedAt.UTC(),
		Events:        st.Events,
		Claims:        st.Claims,
		Figures:       st.Figures,
		Imports:       st.Imports,
	}
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

type partJSON struct {
	Index int     `json:"index"`
	First int     `json:"first"`
	Last  int     `json:"last"`
	Date  *string `json:"date"`
	Title string  `json:"title"`
}

type importJSON struct {
	ImportID        int64      `json:"import_id"`
	Story           string     `json:"story"`
	Existing        bool       `json:"existing"`
	EventsAdded     int        `json:"events_added"`
	EventsRevised   int        `json:"events_revised"`
	EventsUnchanged int        `json:"events_unchanged"`
	Claims          int        `json:"claims"`
	Figures         int        `json:"figures"`
	FarApart        bool       `json:"far_apart"`
	Parts           []partJSON `json:"parts"`
	CreatedAt       time.Time  `json:"created_at"`
	// Listing fields (GET .../imports).
	SHA256   string `json:"sha256,omitempty"`
	Format   string `json:"format,omitempty"`
	Filename string `json:"filename,omitempty"`
	Bytes    int    `json:"bytes,omitempty"`
}

func importOut(slug string, r timeline.ImportResult) importJSON {
	out := importJSON{
		ImportID:        r.ImportID,
		Story:           slug,
		Existing:        r.Existing,
		EventsAdded:     r.EventsAdded,
		EventsRevised:   r.EventsRevised,
		EventsUnchanged: r.EventsUnchanged,
		Claims:          r.Claims,
		Figures:         r.Figures,
		FarApart:        r.FarApart,
		Parts:           []partJSON{},
		CreatedAt:       r.CreatedAt.UTC(),
	}
	for _, p := range r.Parts {
		out.Parts = append(out.Parts, partJSON{Index: p.Index, First: p.First, Last: p.Last, Date: optString(p.Date.String()), Title: p.Title})
	}
	return out
}

// GET /api/v1/stories
func handleAPIStoryList(store timeline.Store) echo.HandlerFunc {
	return func(c echo.Context) error {
		stories, err := store.Stories(c.Request().Context())
		if err != nil {
			return err
		}
		out := struct {
			Stories []storyJSON `json:"stories"`
		}{Stories: make([]storyJSON, 0, len(stories))}
		for _, st := range stories {
			out.Stories = append(out.Stories, storyOut(st))
		}
		return writeJSON(c, http.StatusOK, out)
	}
}

// GET /api/v1/stories/:slug
func handleAPIStoryShow(store timeline.Store) echo.HandlerFunc {
	return func(c echo.Context) error {
		st, err := store.Story(c.Request().Context(), c.Param("slug"))
		if err != nil {
			return err
		}
		return writeJSON(c, http.StatusOK, storyOut(st))
	}
}

// POST /api/v1/stories {"slug","title","published","source_url"}
func handleAPIStoryCreate(store timeline.Store) echo.HandlerFunc {
	type request struct {
		Slug      string `json:"slug"`
		Title     string `json:"title"`
		Published string `json:"published"`
		SourceURL string `json:"source_url"`
	}
	return func(c echo.Context) error {
		var req request
		if err := decodeJSON(c, &req); err != nil {
			return err
		}
		if req.Slug == "" {
			return timeline.Errorf(timeline.EInvalid, "field \"slug\" is required")
		}
		pub, err := timeline.ParsePublished(req.Published)
		if err != nil {
			return err
		}
		if err := CheckSourceURL(req.SourceURL); err != nil {
			return err
		}
		st, err := store.CreateStory(c.Request().Context(), timeline.NewStory{
			Slug: req.Slug, Title: req.Title, Published: pub, SourceURL: req.SourceURL,
		})
		if err != nil {
			return err
		}
		c.Response().Header().Set(echo.HeaderLocation, "/api/v1/stories/"+st.Slug)
		return writeJSON(c, http.StatusCreated, storyOut(st))
	}
}

// importFormats maps the media types the import endpoint reads to the format
// they imply; text/plain is detected, since pasted HTML often arrives as text.
var importFormats = map[string]timeline.Format{
	"text/plain":       timeline.FormatAuto,
	"text/html":        timeline.FormatHTML,
	"application/json": timeline.FormatJSON,
}

// POST /api/v1/stories/:slug/imports?format=auto&published=DATE&source_url=URL
// with the raw document as the body.
func handleAPIImportCreate(store timeline.Store, svc *seriesService, newPipeline func() Pipeline, maxBytes int64) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		mt, err := mediaType(r)
		if err != nil {
			return err
		}
		implied, ok := importFormats[mt]
		if !ok {
			return timeline.Errorf(timeline.EUnsupported, "send the document as text/plain, text/html or application/json (got %q)", orNone(mt))
		}
		q := r.URL.Query()
		format, err := timeline.ParseFormat(q.Get("format"))
		if err != nil {
			return err
		}
		if format == timeline.FormatAuto {
			format = implied
		}
		pub, err := timeline.ParsePublished(q.Get("published"))
		if err != nil {
			return err
		}
		// The body limit is checked before the story, so an oversized
		// upload is refused without being read.
		if r.ContentLength > maxBytes {
			return docTooLarge(maxBytes)
		}
		raw, err := readBody(c, maxBytes)
		if err != nil {
			if timeline.ErrorCode(err) == timeline.ETooLarge {
				return docTooLarge(maxBytes)
			}
			return err
		}
		out, err := ImportDocument(r.Context(), store, newPipeline(), ImportRequest{
			Slug:        c.Param("slug"),
			Mode:        ExistingStory,
			Raw:         raw,
			ContentType: r.Header.Get(echo.HeaderContentType),
			Format:      format,
			Published:   pub,
			SourceURL:   q.Get("source_url"),
			MaxBytes:    maxBytes,
		})
		if err != nil {
			return err
		}
		svc.prepare(r.Context(), out)
		status := http.StatusCreated
		if out.Result.Existing {
			status = http.StatusOK
		} else {
			c.Response().Header().Set(echo.HeaderLocation, importPath(out.Story.Slug, out.Result.ImportID))
		}
		return writeJSON(c, status, importOut(out.Story.Slug, out.Result))
	}
}

func docTooLarge(limit int64) error {
	return timeline.Errorf(timeline.ETooLarge, "the document is larger than the limit of %s", humanBytes(limit))
}

// GET /api/v1/stories/:slug/imports
func handleAPIImportList(store timeline.Store) echo.HandlerFunc {
	return func(c echo.Context) error {
		slug := c.Param("slug")
		recs, err := store.Imports(c.Request().Context(), slug)
		if err != nil {
			return err
		}
		out := struct {
			Imports []importJSON `json:"imports"`
		}{Imports: make([]importJSON, 0, len(recs))}
		for _, rec := range recs {
			j := importOut(slug, rec.Result)
			j.SHA256, j.Format, j.Filename, j.Bytes = rec.SHA256, string(rec.Format), rec.Filename, rec.Bytes
			j.CreatedAt = rec.CreatedAt.UTC()
			out.Imports = append(out.Imports, j)
		}
		return writeJSON(c, http.StatusOK, out)
	}
}

// The events document is the extraction contract's shape, with a few fields
// of the store's own: the story's slug, each event's revision and each
// claim's review.
type eventsDoc struct {
	Story  eventsStory             `json:"story"`
	Events []eventJSON             `json:"events"`
	Parts  []timeline.ContractPart `json:"parts,omitempty"`
}

type eventsStory struct {
	timeline.ContractStory
	Slug string `json:"slug"`
}

type eventJSON struct {
	timeline.ContractEvent
	Revision int         `json:"revision"`
	Claims   []claimJSON `json:"claims"`
}

type claimJSON struct {
	timeline.ContractClaim
	Review *reviewJSON `json:"review"`
}

type reviewJSON struct {
	Status     timeline.ReviewStatus `json:"status"`
	Note       string                `json:"note"`
	Reviewer   string                `json:"reviewer,omitempty"`
	ReviewedAt time.Time             `json:"reviewed_at"`
}

func reviewOut(r timeline.ClaimReview) *reviewJSON {
	if r.Status == timeline.ReviewNone && r.Note == "" {
		return nil
	}
	return &reviewJSON{Status: r.Status, Note: r.Note, Reviewer: r.Reviewer, ReviewedAt: r.At.UTC()}
}

// GET /api/v1/stories/:slug/events
func handleAPIEvents(store timeline.Store) echo.HandlerFunc {
	return func(c echo.Context) error {
		ctx, slug := c.Request().Context(), c.Param("slug")
		st, err := store.Story(ctx, slug)
		if err != nil {
			return err
		}
		evs, err := store.Events(ctx, slug)
		if err != nil {
			return err
		}
		doc := eventsDoc{
			Story: eventsStory{
				ContractStory: timeline.ContractStory{Title: optString(st.Title), Published: optString(st.Published.String()), SourceURL: st.SourceURL},
				Slug:          st.Slug,
			},
			Events: make([]eventJSON, 0, len(evs)),
		}
		for i := range evs {
			se := &evs[i]
			ej := eventJSON{ContractEvent: timeline.ContractEventOf(&se.Event), Revision: se.Revision, Claims: make([]claimJSON, 0, len(se.Claims))}
			for k, cc := range ej.ContractEvent.Claims {
				ej.Claims = append(ej.Claims, claimJSON{ContractClaim: cc, Review: reviewOut(se.Claims[k].Review)})
			}
			doc.Events = append(doc.Events, ej)
		}
		if doc.Parts, err = storyParts(ctx, store, slug, evs); err != nil {
			return err
		}
		return writeJSON(c, http.StatusOK, doc)
	}
}

// storyParts lists the parts a story's events belong to, when more than one:
// first and last are ordinals in the story's listing, date and title come
// from the latest import that describes the part.
func storyParts(ctx context.Context, store timeline.Store, slug string, evs []timeline.StoredEvent) ([]timeline.ContractPart, error) {
	type span struct{ first, last int }
	spans := map[int]*span{}
	for i := range evs {
		p, o := evs[i].Part, evs[i].Ordinal
		if s, ok := spans[p]; ok {
			s.first, s.last = min(s.first, o), max(s.last, o)
		} else {
			spans[p] = &span{o, o}
		}
	}
	if len(spans) < 2 {
		return nil, nil
	}
	recs, err := store.Imports(ctx, slug)
	if err != nil {
		return nil, err
	}
	known := map[int]timeline.Part{}
	for _, rec := range recs {
		for _, p := range rec.Result.Parts {
			known[p.Index] = p
		}
	}
	idx := make([]int, 0, len(spans))
	for p := range spans {
		idx = append(idx, p)
	}
	sort.Ints(idx)
	out := make([]timeline.ContractPart, 0, len(idx))
	for _, p := range idx {
		kp := known[p]
		out = append(out, timeline.ContractPart{First: spans[p].first, Last: spans[p].last, Date: optString(kp.Date.String()), Title: kp.Title})
	}
	return out, nil
}

// POST /api/v1/claims/:id/review {"status","note"}
func handleAPIClaimReview(store timeline.Store) echo.HandlerFunc {
	type request struct {
		Status string `json:"status"`
		Note   string `json:"note"`
	}
	return func(c echo.Context) error {
		var req request
		if err := decodeJSON(c, &req); err != nil {
			return err
		}
		id := c.Param("id")
		rv := timeline.ClaimReview{Status: timeline.ReviewStatus(req.Status), Note: req.Note, At: time.Now().UTC()}
		if err := store.ReviewClaim(c.Request().Context(), id, rv); err != nil {
			return err
		}
		return writeJSON(c, http.StatusOK, struct {
			ClaimID string `json:"claim_id"`
			reviewJSON
		}{ClaimID: id, reviewJSON: reviewJSON{Status: rv.Status, Note: rv.Note, ReviewedAt: rv.At}})
	}
}
