package handlers

import (
	"github.com/labstack/echo/v4"
)

// addRoutes declares every route of the application, in one place.
func addRoutes(e *echo.Echo, cfg Config) {
	store, log, newPipeline, maxBytes := cfg.Store, cfg.Logger, cfg.NewPipeline, cfg.MaxBytes
	svc := newSeriesService(cfg)

	// Outermost first: every request gets an id, then is logged with its
	// final status; a panic below the logger is answered as a 500.
	e.Use(requestID, requestLogger(log), recoverer(log), securityHeaders)

	e.GET("/healthz", handleHealthz())
	e.HEAD("/healthz", handleHealthz())
	e.GET("/static/*", handleStatic())

	// Pages.
	e.GET("/", handleStoriesPage(store))
	e.GET("/import", handleImportForm(store, maxBytes))
	e.GET("/stories/:slug", handleStoryPage(store, svc))
	e.GET("/stories/:slug/series", handleSeriesList(svc))
	e.GET("/stories/:slug/series/:id", handleSeriesPage(svc))
	e.GET("/stories/:slug/imports/:id", handleImportSummary(store))
	e.GET("/stories/:slug/imports/:id/raw", handleImportRaw(store))

	// JSON API, stable.
	e.GET("/api/v1/stories", handleAPIStoryList(store))
	e.GET("/api/v1/stories/:slug", handleAPIStoryShow(store))
	e.GET("/api/v1/stories/:slug/events", handleAPIEvents(store))
	e.GET("/api/v1/stories/:slug/imports", handleAPIImportList(store))
	e.GET("/api/v1/stories/:slug/series", handleAPIStorySeries(svc))
	e.GET("/api/v1/stories/:slug/series-overrides", handleAPIOverrideList(svc))
	e.GET("/api/v1/series/:id", handleAPISeries(svc))

	// Every state-changing route is registered through w: it is the one
	// seam where logins will be checked. For now it refuses cross-origin
	// browser requests, which is what protects the forms from cross-site
	// request forgery.
	w := guarded{e: e, middleware: []echo.MiddlewareFunc{sameOrigin()}}
	w.POST("/import", handleImportSubmit(store, svc, newPipeline, maxBytes))
	w.POST("/stories/:slug/split", handleSplitSubmit(store))
	w.POST("/claims/:id/review", handleReviewSubmit(store))
	w.POST("/api/v1/stories", handleAPIStoryCreate(store))
	w.POST("/api/v1/stories/:slug/imports", handleAPIImportCreate(store, svc, newPipeline, maxBytes))
	w.POST("/api/v1/claims/:id/review", handleAPIClaimReview(store))
	w.POST("/stories/:slug/series-overrides", handleOverrideSubmit(svc))
	w.POST("/stories/:slug/series-overrides/:oid/delete", handleOverrideUndo(svc))
	w.POST("/api/v1/stories/:slug/series-overrides", handleAPIOverrideCreate(svc))
	w.DELETE("/api/v1/stories/:slug/series-overrides/:oid", handleAPIOverrideDelete(svc))
}

// guarded registers routes behind middleware. Unlike an echo.Group without a
// prefix, it adds no catch-all route, so a wrong method still answers 405.
type guarded struct {
	e          *echo.Echo
	middleware []echo.MiddlewareFunc
}

func (g guarded) POST(path string, h echo.HandlerFunc) {
	g.e.POST(path, h, g.middleware...)
}

func (g guarded) DELETE(path string, h echo.HandlerFunc) {
	g.e.DELETE(path, h, g.middleware...)
}
