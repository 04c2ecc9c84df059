// Package handlers is factline's HTTP layer: the JSON API and the pages. It
// wires requests to the domain (timeline.Store, the pipeline) and renders the
// views; echo stays inside this package and cmd/web.
//
// Every route is declared in routes.go. Handlers are made by functions that
// take what they need (handleStoryShow(store) echo.HandlerFunc), errors are
// returned, never written, and one table (errors.go) turns a timeline error
// code into an HTTP status.
package handlers

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"

	"factline/timeline"
	"factline/timeline/pipeline"
	"factline/timeline/series"
)

// Pipeline turns raw input into an extracted document.
type Pipeline interface {
	Run(ctx context.Context, input []byte, opts timeline.Options) (*timeline.Document, error)
}

// Config is what the HTTP layer needs.
type Config struct {
	Store  timeline.Store
	Logger *slog.Logger
	// NewPipeline makes the pipeline for one import; nil means pipeline.New.
	NewPipeline func() Pipeline
	// MaxBytes is the largest document accepted; 0 means
	// timeline.DefaultMaxBytes.
	MaxBytes int64
	// Series reads stories' figures for their series and keeps the editors'
	// overrides; nil means Store, when it implements series.Store (the db
	// package's does).
	Series series.Store
	// SeriesCache is how many stories' built series are kept in memory; 0
	// means DefaultSeriesCache, a negative number none.
	SeriesCache int
	// NoKeptSeries stops keeping built series in the store (when Series
	// implements series.Cache), so that every view a memory cache misses
	// builds them again: for measuring that.
	NoKeptSeries bool
}

func (c Config) withDefaults() Config {
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.NewPipeline == nil {
		c.NewPipeline = DefaultPipeline
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = timeline.DefaultMaxBytes
	}
	if c.Series == nil {
		c.Series, _ = c.Store.(series.Store)
	}
	return c
}

// DefaultPipeline is factline's pipeline.
func DefaultPipeline() Pipeline { return pipeline.New() }

// New returns the application's handler.
func New(cfg Config) http.Handler {
	cfg = cfg.withDefaults()
	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	e.HTTPErrorHandler = errorHandler(cfg.Logger)
	addRoutes(e, cfg)
	return e
}
