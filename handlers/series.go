package handlers

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"factline/timeline"
	"factline/timeline/series"
	"factline/views"
)

// seriesIDParam reads a series id from the path (ids may hold characters
// that arrive escaped).
func seriesIDParam(c echo.Context, name string) (string, error) {
	id, err := url.PathUnescape(c.Param(name))
	if err != nil || id == "" {
		return "", timeline.Errorf(timeline.ENotFound, "series %q not found", c.Param(name))
	}
	return id, nil
}

// loadSeries returns a story's series and the one with the id among them.
func (svc *seriesService) loadSeries(ctx context.Context, slug, id string) (*storySeries, *series.Series, error) {
	d, err := svc.load(ctx, slug, nil)
	if err != nil {
		return nil, nil, err
	}
	s := d.Set.Get(id)
	if s == nil {
		return nil, nil, timeline.Errorf(timeline.ENotFound, "series %q not found in story %q", id, slug)
	}
	return d, s, nil
}

// GET /stories/:slug/series
func handleSeriesList(svc *seriesService) echo.HandlerFunc {
	return func(c echo.Context) error {
		slug := c.Param("slug")
		d, err := svc.load(c.Request().Context(), slug, nil)
		if err != nil {
			return err
		}
		m := seriesListPage(slug, d)
		if c.QueryParam("undone") != "" {
			m.Notice = "The correction was undone."
		}
		return render(c, http.StatusOK, views.SeriesList(m))
	}
}

// GET /stories/:slug/series/:id[?move=FIGURE][&saved=OVERRIDE]
func handleSeriesPage(svc *seriesService) echo.HandlerFunc {
	return func(c echo.Context) error {
		slug := c.Param("slug")
		id, err := seriesIDParam(c, "id")
		if err != nil {
			return err
		}
		d, s, err := svc.loadSeries(c.Request().Context(), slug, id)
		if err != nil {
			return err
		}
		m := seriesPage(slug, d, s, c.QueryParam("move"))
		noticeOf(&m, slug, d, c.QueryParam("saved"), c.QueryParam("undone") != "")
		return render(c, http.StatusOK, views.SeriesView(m))
	}
}

// noticeOf confirms a correction just saved (with its undo) or undone.
func noticeOf(m *views.SeriesPage, slug string, d *storySeries, saved string, undone bool) {
	if undone {
		m.Notice = "The correction was undone."
		return
	}
	oid, err := strconv.ParseInt(saved, 10, 64)
	if err != nil {
		return
	}
	labels := seriesLabels(d.Set)
	for _, o := range d.Overrides {
		if o.ID == oid {
			v := overrideView(slug, o, labels, m.Series.ID)
			m.Notice = "Saved: " + v.Description + "."
			m.NoticeUndo = &v
			return
		}
	}
}

// POST /stories/:slug/series-overrides: the correction forms of a series
// page. Success redirects to the series the correction leads to, with a
// notice and its undo; an error shows the page again with the message.
func handleOverrideSubmit(svc *seriesService) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := svc.available(); err != nil {
			return err
		}
		if err := readSmallForm(c); err != nil {
			return err
		}
		r := c.Request()
		slug := c.Param("slug")
		form := func(k string) string { return strings.TrimSpace(r.PostFormValue(k)) }
		o := series.Override{
			Kind:     series.OverrideKind(form("kind")),
			FigureID: form("figure_id"),
			From:     form("from"),
			Subject:  form("subject"),
			To:       form("to"),
			Label:    form("label"),
		}
		back := form("back")
		saved, err := svc.series.AddSeriesOverride(r.Context(), slug, o)
		if err == nil {
			svc.changed(slug)
			target := back
			if o.Kind != series.OverrideMove || target == "" {
				target = o.To
			}
			return c.Redirect(http.StatusSeeOther, seriesPath(slug, target)+"?saved="+strconv.FormatInt(saved.ID, 10))
		}
		status, msg := StatusOf(err)
		if status >= 500 || status == http.StatusNotFound || back == "" {
			return err
		}
		d, lerr := svc.load(r.Context(), slug, nil)
		if lerr != nil {
			return lerr
		}
		s := d.Set.Get(back)
		if s == nil {
			return err
		}
		m := seriesPage(slug, d, s, o.FigureID)
		m.Editor.Error, m.Editor.ErrorForm = msg, string(o.Kind)
		return render(c, status, views.SeriesView(m))
	}
}

// POST /stories/:slug/series-overrides/:oid/delete: an undo. It returns to
// the series page named by the form's "back" when that series still exists,
// else to the story's list of series.
func handleOverrideUndo(svc *seriesService) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := svc.available(); err != nil {
			return err
		}
		if err := readSmallForm(c); err != nil {
			return err
		}
		r := c.Request()
		slug := c.Param("slug")
		oid, err := strconv.ParseInt(c.Param("oid"), 10, 64)
		if err != nil || oid < 1 {
			return timeline.Errorf(timeline.ENotFound, "series override %q not found", c.Param("oid"))
		}
		if err := svc.series.DeleteSeriesOverride(r.Context(), slug, oid); err != nil {
			return err
		}
		svc.changed(slug)
		target := seriesListPath(slug) + "?undone=1"
		if back := strings.TrimSpace(r.PostFormValue("back")); back != "" {
			d, err := svc.load(r.Context(), slug, nil)
			if err != nil {
				return err
			}
			if d.Set.Get(back) != nil {
				target = seriesPath(slug, back) + "?undone=1"
			}
		}
		return c.Redirect(http.StatusSeeOther, target)
	}
}
