package handlers

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"factline/timeline"
	"factline/views"
)

// GET /healthz: the server answers only once the store is open and the
// sample loaded, so reaching this handler means ready.
func handleHealthz() echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Response().Header().Set("Cache-Control", "no-store")
		return c.String(http.StatusOK, "ok\n")
	}
}

// GET /static/*: the embedded stylesheet, script and icon. Their URLs carry
// a content version, so they may be cached for good.
func handleStatic() echo.HandlerFunc {
	files := http.FileServerFS(views.Static())
	return func(c echo.Context) error {
		name := c.Param("*")
		if !fs.ValidPath(name) || name == "." || strings.HasSuffix(name, "/") {
			return timeline.Errorf(timeline.ENotFound, "not found")
		}
		h := c.Response().Header()
		if c.QueryParam("v") != "" {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		r := c.Request().Clone(c.Request().Context())
		r.URL.Path = "/" + name
		files.ServeHTTP(c.Response(), r)
		return nil
	}
}

// GET /
func handleStoriesPage(store timeline.Store) echo.HandlerFunc {
	return func(c echo.Context) error {
		stories, err := store.Stories(c.Request().Context())
		if err != nil {
			return err
		}
		m := views.StoriesPage{Page: views.Page{Title: "Stories", Nav: "stories"}, Stories: storyRows(stories)}
		// After a split: name the new stories.
		if from := c.QueryParam("split"); from != "" {
			bySlug := map[string]timeline.Story{}
			for _, st := range stories {
				bySlug[st.Slug] = st
			}
			for _, s := range c.QueryParams()["to"] {
				if st, ok := bySlug[s]; ok {
					m.NoticeLinks = append(m.NoticeLinks, views.Link{Label: storyHeader(st).Title, Href: storyPath(st.Slug)})
				}
			}
			if len(m.NoticeLinks) > 0 {
				m.Notice = fmt.Sprintf("Parts of “%s” now have stories of their own:", from)
			}
		}
		return render(c, http.StatusOK, views.Stories(m))
	}
}

// GET /stories/:slug
func handleStoryPage(store timeline.Store, svc *seriesService) echo.HandlerFunc {
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
		imports, err := store.Imports(ctx, slug)
		if err != nil {
			return err
		}
		m := timelinePage(st, evs, imports)
		if svc.available() == nil && st.Figures > 0 {
			d, err := svc.load(ctx, slug, &st)
			if err != nil {
				return err
			}
			m.KeyFigures = keyFigures(slug, d.Set)
		}
		return render(c, http.StatusOK, views.Timeline(m))
	}
}

// importPage is the import form's model with the stories it can add to.
func importPage(c echo.Context, store timeline.Store, maxBytes int64, form views.ImportForm) (views.ImportPage, error) {
	stories, err := store.Stories(c.Request().Context())
	if err != nil {
		return views.ImportPage{}, err
	}
	m := views.ImportPage{
		Page:    views.Page{Title: "Import", Nav: "import"},
		Form:    form,
		MaxSize: humanBytes(maxBytes),
		Formats: formatOptions(),
	}
	for _, st := range stories {
		m.Stories = append(m.Stories, views.StoryOption{Slug: st.Slug, Title: storyHeader(st).Title})
	}
	return m, nil
}

// GET /import[?story=SLUG]
func handleImportForm(store timeline.Store, maxBytes int64) echo.HandlerFunc {
	return func(c echo.Context) error {
		m, err := importPage(c, store, maxBytes, views.ImportForm{Story: c.QueryParam("story"), Format: "auto"})
		if err != nil {
			return err
		}
		return render(c, http.StatusOK, views.Import(m))
	}
}

// formOverhead is what a form adds to the document it carries (the other
// fields, multipart headers); the form may also carry both a paste and a
// file, of which the file is used.
const formOverhead = 256 << 10

// fieldError ties an error to the form field it is about.
type fieldError struct {
	field string
	err   error
}

func (e *fieldError) Error() string { return e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

// POST /import: the form. Success redirects to the import's summary (so a
// reload does not import again); an error shows the form again, filled in,
// with the message.
func handleImportSubmit(store timeline.Store, svc *seriesService, newPipeline func() Pipeline, maxBytes int64) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		form, req, err := readImportForm(c, maxBytes)
		if err == nil {
			var out ImportOutcome
			out, err = ImportDocument(r.Context(), store, newPipeline(), req)
			if err == nil {
				svc.prepare(r.Context(), out)
				target := importPath(out.Story.Slug, out.Result.ImportID)
				switch {
				case out.Result.Existing:
					target += "?repeat=1"
				case out.Created:
					target += "?new=1"
				}
				return c.Redirect(http.StatusSeeOther, target)
			}
		}
		status, msg := StatusOf(err)
		if status >= 500 {
			return err
		}
		m, perr := importPage(c, store, maxBytes, form)
		if perr != nil {
			return perr
		}
		m.Error = msg
		var fe *fieldError
		var de *DocumentError
		switch {
		case errors.As(err, &fe):
			m.ErrorField = fe.field
		case errors.As(err, &de):
			m.ErrorField = "document"
		case timeline.ErrorCode(err) == timeline.EConflict:
			m.ErrorField = "slug"
		}
		return render(c, status, views.Import(m))
	}
}

// readImportForm reads the import form into what the page shows again and
// the import to run.
func readImportForm(c echo.Context, maxBytes int64) (views.ImportForm, ImportRequest, error) {
	var form views.ImportForm
	var req ImportRequest
	r := c.Request()
	limit := 2*maxBytes + formOverhead
	if r.ContentLength > limit {
		return form, req, &DocumentError{Err: docTooLarge(maxBytes)}
	}
	r.Body = http.MaxBytesReader(c.Response(), r.Body, limit)
	err := r.ParseMultipartForm(limit)
	if errors.Is(err, http.ErrNotMultipart) {
		err = r.ParseForm()
	}
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return form, req, &DocumentError{Err: docTooLarge(maxBytes)}
		}
		return form, req, timeline.Errorf(timeline.EInvalid, "the form could not be read: %v", err)
	}
	form = views.ImportForm{
		Story:     strings.TrimSpace(r.FormValue("story")),
		Title:     strings.TrimSpace(r.FormValue("title")),
		Slug:      strings.TrimSpace(r.FormValue("slug")),
		Document:  r.FormValue("document"),
		Format:    r.FormValue("format"),
		Published: strings.TrimSpace(r.FormValue("published")),
		SourceURL: strings.TrimSpace(r.FormValue("source_url")),
	}
	req = ImportRequest{Slug: form.Story, Mode: ExistingStory, Title: form.Title, SourceURL: form.SourceURL, MaxBytes: maxBytes}
	if form.Story == "" {
		req.Slug, req.Mode = form.Slug, NewStory
	}
	if req.Format, err = timeline.ParseFormat(form.Format); err != nil {
		return form, req, &fieldError{"format", err}
	}
	if req.Published, err = timeline.ParsePublished(form.Published); err != nil {
		return form, req, &fieldError{"published", err}
	}
	if err := CheckSourceURL(form.SourceURL); err != nil {
		return form, req, &fieldError{"source_url", err}
	}
	if fh := uploadedFile(r); fh != nil {
		form.Filename = fh.Filename
		req.Filename = path.Base(strings.ReplaceAll(fh.Filename, `\`, "/"))
		req.ContentType = fh.Header.Get(echo.HeaderContentType)
		if req.Raw, err = readUpload(fh, maxBytes); err != nil {
			return form, req, &DocumentError{Err: err}
		}
	} else {
		// Browsers send a textarea's line breaks as CRLF; the document is
		// kept as the user saw it, with plain line feeds.
		req.Raw = []byte(strings.ReplaceAll(form.Document, "\r\n", "\n"))
		req.ContentType = "text/plain; charset=utf-8"
	}
	return form, req, nil
}

func uploadedFile(r *http.Request) *multipart.FileHeader {
	if r.MultipartForm == nil {
		return nil
	}
	for _, fh := range r.MultipartForm.File["file"] {
		if fh.Filename != "" && fh.Size > 0 {
			return fh
		}
	}
	return nil
}

func readUpload(fh *multipart.FileHeader, maxBytes int64) ([]byte, error) {
	if fh.Size > maxBytes {
		return nil, timeline.Errorf(timeline.ETooLarge, "the file is %s; the limit is %s", humanBytes(fh.Size), humanBytes(maxBytes))
	}
	f, err := fh.Open()
	if err != nil {
		return nil, fmt.Errorf("open upload: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read upload: %w", err)
	}
	if int64(len(b)) > maxBytes {
		return nil, docTooLarge(maxBytes)
	}
	return b, nil
}

// findImport returns a story and one of its imports.
func findImport(c echo.Context, store timeline.Store) (timeline.Story, timeline.ImportRecord, error) {
	ctx, slug := c.Request().Context(), c.Param("slug")
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id < 1 {
		return timeline.Story{}, timeline.ImportRecord{}, timeline.Errorf(timeline.ENotFound, "import %q not found", c.Param("id"))
	}
	st, err := store.Story(ctx, slug)
	if err != nil {
		return st, timeline.ImportRecord{}, err
	}
	recs, err := store.Imports(ctx, slug)
	if err != nil {
		return st, timeline.ImportRecord{}, err
	}
	for _, rec := range recs {
		if rec.ID == id {
			return st, rec, nil
		}
	}
	return st, timeline.ImportRecord{}, timeline.Errorf(timeline.ENotFound, "import %d of story %q not found", id, slug)
}

// summaryPage is the model of an import's summary page.
func summaryPage(c echo.Context, store timeline.Store, st timeline.Story, rec timeline.ImportRecord) (views.ImportSummaryPage, error) {
	h := storyHeader(st)
	m := views.ImportSummaryPage{
		Page:        views.Page{Title: "Import #" + strconv.FormatInt(rec.ID, 10) + " · " + h.Title, Nav: "import"},
		Story:       h,
		Import:      importRow(st.Slug, &rec),
		Repeat:      c.QueryParam("repeat") != "",
		Created:     c.QueryParam("new") != "",
		SplitAction: storyPath(st.Slug) + "/split",
	}
	if rec.Result.FarApart && len(rec.Result.Parts) > 1 {
		stories, err := store.Stories(c.Request().Context())
		if err != nil {
			return m, err
		}
		taken := map[string]bool{}
		for _, s := range stories {
			taken[s.Slug] = true
		}
		m.FarApart = true
		m.Parts = partViews(st.Slug, rec.Result.Parts, taken)
	}
	return m, nil
}

// GET /stories/:slug/imports/:id
func handleImportSummary(store timeline.Store) echo.HandlerFunc {
	return func(c echo.Context) error {
		st, rec, err := findImport(c, store)
		if err != nil {
			return err
		}
		m, err := summaryPage(c, store, st, rec)
		if err != nil {
			return err
		}
		return render(c, http.StatusOK, views.ImportSummary(m))
	}
}

// rawExt is the file extension a kept document is downloaded with.
var rawExt = map[timeline.Format]string{timeline.FormatHTML: ".html", timeline.FormatJSON: ".json"}

// GET /stories/:slug/imports/:id/raw: the document exactly as it was given,
// as a download (never rendered: it may be a stranger's HTML).
func handleImportRaw(store timeline.Store) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := strconv.ParseInt(c.Param("id"), 10, 64)
		if err != nil || id < 1 {
			return timeline.Errorf(timeline.ENotFound, "import %q not found", c.Param("id"))
		}
		rec, raw, err := store.ImportRaw(c.Request().Context(), id)
		if err != nil {
			return err
		}
		if rec.Result.StorySlug != c.Param("slug") {
			return timeline.Errorf(timeline.ENotFound, "import %d of story %q not found", id, c.Param("slug"))
		}
		ext := rawExt[rec.Format]
		if ext == "" {
			ext = ".txt"
		}
		name := rec.Result.StorySlug + "-import-" + strconv.FormatInt(id, 10) + ext
		h := c.Response().Header()
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
		h.Set("Cache-Control", "private, max-age=3600")
		return c.Blob(http.StatusOK, "text/plain; charset=utf-8", raw)
	}
}

// POST /stories/:slug/split: move the ticked parts into new stories.
func handleSplitSubmit(store timeline.Store) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		r.Body = http.MaxBytesReader(c.Response(), r.Body, maxJSONBody)
		if err := r.ParseForm(); err != nil {
			return timeline.Errorf(timeline.EInvalid, "the form could not be read: %v", err)
		}
		slug := c.Param("slug")
		var splits []timeline.StorySplit
		for _, v := range r.PostForm["move"] {
			part, err := strconv.Atoi(v)
			if err != nil || part < 0 {
				return timeline.Errorf(timeline.EInvalid, "part %q: want a part number", v)
			}
			splits = append(splits, timeline.StorySplit{
				Part:  part,
				Slug:  strings.TrimSpace(r.PostFormValue("slug-" + v)),
				Title: strings.TrimSpace(r.PostFormValue("title-" + v)),
			})
		}
		var err error
		if len(splits) == 0 {
			err = timeline.Errorf(timeline.EInvalid, "tick at least one part to move into a story of its own")
		}
		var made []timeline.Story
		if err == nil {
			made, err = store.SplitStory(r.Context(), slug, splits)
		}
		if err == nil {
			q := url.Values{"split": {slug}}
			for _, st := range made {
				q.Add("to", st.Slug)
			}
			return c.Redirect(http.StatusSeeOther, "/?"+q.Encode())
		}
		status, msg := StatusOf(err)
		if status >= 500 || status == http.StatusNotFound {
			return err
		}
		// Show the summary again with the message, when the form says which
		// import it came from.
		c.SetParamNames("slug", "id")
		c.SetParamValues(slug, r.PostFormValue("import"))
		st, rec, ferr := findImport(c, store)
		if ferr != nil {
			return err
		}
		m, ferr := summaryPage(c, store, st, rec)
		if ferr != nil {
			return ferr
		}
		m.Error = msg
		return render(c, status, views.ImportSummary(m))
	}
}

// readSmallForm parses a url-encoded form of a few fields.
func readSmallForm(c echo.Context) error {
	r := c.Request()
	r.Body = http.MaxBytesReader(c.Response(), r.Body, maxJSONBody)
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return tooLarge(maxJSONBody)
		}
		return timeline.Errorf(timeline.EInvalid, "the form could not be read: %v", err)
	}
	return nil
}

// POST /claims/:id/review: the review form beside a claim.
func handleReviewSubmit(store timeline.Store) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := readSmallForm(c); err != nil {
			return err
		}
		r := c.Request()
		id := c.Param("id")
		rv := timeline.ClaimReview{
			Status: timeline.ReviewStatus(r.PostFormValue("status")),
			Note:   strings.TrimSpace(r.PostFormValue("note")),
		}
		if err := store.ReviewClaim(r.Context(), id, rv); err != nil {
			return err
		}
		// Back to the claim; the slug is path-escaped under /stories/, so
		// the redirect cannot leave the site.
		target := "/"
		if s := r.PostFormValue("story"); s != "" {
			target = storyPath(s) + "#claim-" + url.PathEscape(id)
		}
		return c.Redirect(http.StatusSeeOther, target)
	}
}
