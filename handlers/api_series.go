package handlers

import (
	"bytes"
	"net/http"
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"factline/timeline"
	"factline/timeline/series"
)

// seriesOut is a series in the API: series.SeriesJSON with the ids and
// links that make it reachable from outside its story.
type seriesOut struct {
	series.SeriesJSON
	// APIID is the series' id in /api/v1/series/{id}: STORY~SERIES.
	APIID   string `json:"api_id"`
	Story   string `json:"story"`
	URL     string `json:"url"`
	CSVURL  string `json:"csv_url"`
	PageURL string `json:"page_url"`
}

type storySeriesOut struct {
	Story  string            `json:"story"`
	Series []seriesOut       `json:"series"`
	Flags  []series.FlagJSON `json:"flags"`
	// Stale are overrides that matched nothing.
	Stale []series.Override `json:"stale_overrides,omitempty"`
}

func seriesJSON(slug string, s *series.Series) seriesOut {
	link := func(p *series.Point) string { return eventHref(slug, p.Ordinal) }
	return seriesOut{
		SeriesJSON: s.JSON(link),
		APIID:      APISeriesID(slug, s.ID),
		Story:      slug,
		URL:        apiSeriesPath(slug, s.ID),
		CSVURL:     apiSeriesPath(slug, s.ID) + "?format=csv",
		PageURL:    seriesPath(slug, s.ID),
	}
}

// GET /api/v1/stories/:slug/series
func handleAPIStorySeries(svc *seriesService) echo.HandlerFunc {
	return func(c echo.Context) error {
		slug := c.Param("slug")
		d, err := svc.load(c.Request().Context(), slug, nil)
		if err != nil {
			return err
		}
		set := d.Set.JSON(nil)
		out := storySeriesOut{Story: slug, Series: make([]seriesOut, 0, len(d.Set.Series)), Flags: set.Flags, Stale: set.Stale}
		for i := range d.Set.Series {
			out.Series = append(out.Series, seriesJSON(slug, &d.Set.Series[i]))
		}
		return writeJSON(c, http.StatusOK, out)
	}
}

// GET /api/v1/series/:id[?format=csv], id being STORY~SERIES.
func handleAPISeries(svc *seriesService) echo.HandlerFunc {
	return func(c echo.Context) error {
		raw, err := url.PathUnescape(c.Param("id"))
		if err != nil {
			return timeline.Errorf(timeline.ENotFound, "series %q not found", c.Param("id"))
		}
		slug, id, err := ParseAPISeriesID(raw)
		if err != nil {
			return err
		}
		format := c.QueryParam("format")
		if format != "" && format != "json" && format != "csv" {
			return timeline.Errorf(timeline.EInvalid, "format %q: want json or csv", format)
		}
		_, s, err := svc.loadSeries(c.Request().Context(), slug, id)
		if err != nil {
			return err
		}
		if format == "csv" {
			var buf bytes.Buffer
			link := func(p *series.Point) string { return eventHref(slug, p.Ordinal) }
			if err := series.WriteLinkedCSV(&buf, link, s); err != nil {
				return err
			}
			h := c.Response().Header()
			h.Set("Content-Disposition", `attachment; filename="`+slug+"-"+csvName(s.ID)+`.csv"`)
			return c.Blob(http.StatusOK, "text/csv; charset=utf-8", buf.Bytes())
		}
		return writeJSON(c, http.StatusOK, seriesJSON(slug, s))
	}
}

// csvName keeps a series id's letters, digits, dots and underscores.
func csvName(id string) string {
	b := []byte(id)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_') {
			b[i] = '_'
		}
	}
	return string(b)
}

// GET /api/v1/stories/:slug/series-overrides
func handleAPIOverrideList(svc *seriesService) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := svc.available(); err != nil {
			return err
		}
		os, err := svc.series.SeriesOverrides(c.Request().Context(), c.Param("slug"))
		if err != nil {
			return err
		}
		if os == nil {
			os = series.Overrides{}
		}
		return writeJSON(c, http.StatusOK, struct {
			Overrides series.Overrides `json:"overrides"`
		}{os})
	}
}

// POST /api/v1/stories/:slug/series-overrides {"kind","figure_id","from","subject","to","label"}
func handleAPIOverrideCreate(svc *seriesService) echo.HandlerFunc {
	type request struct {
		Kind     string `json:"kind"`
		FigureID string `json:"figure_id"`
		From     string `json:"from"`
		Subject  string `json:"subject"`
		To       string `json:"to"`
		Label    string `json:"label"`
	}
	return func(c echo.Context) error {
		if err := svc.available(); err != nil {
			return err
		}
		var req request
		if err := decodeJSON(c, &req); err != nil {
			return err
		}
		slug := c.Param("slug")
		o, err := svc.series.AddSeriesOverride(c.Request().Context(), slug, series.Override{
			Kind: series.OverrideKind(req.Kind), FigureID: req.FigureID, From: req.From, Subject: req.Subject, To: req.To, Label: req.Label,
		})
		if err != nil {
			return err
		}
		svc.changed(slug)
		c.Response().Header().Set(echo.HeaderLocation, "/api/v1/stories/"+url.PathEscape(slug)+"/series-overrides/"+strconv.FormatInt(o.ID, 10))
		return writeJSON(c, http.StatusCreated, o)
	}
}

// DELETE /api/v1/stories/:slug/series-overrides/:oid
func handleAPIOverrideDelete(svc *seriesService) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := svc.available(); err != nil {
			return err
		}
		slug := c.Param("slug")
		oid, err := strconv.ParseInt(c.Param("oid"), 10, 64)
		if err != nil || oid < 1 {
			return timeline.Errorf(timeline.ENotFound, "series override %q not found", c.Param("oid"))
		}
		if err := svc.series.DeleteSeriesOverride(c.Request().Context(), slug, oid); err != nil {
			return err
		}
		svc.changed(slug)
		return writeJSON(c, http.StatusOK, struct {
			Deleted int64 `json:"deleted"`
		}{oid})
	}
}
