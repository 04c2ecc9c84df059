package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"factline/db"
	"factline/handlers"
	"factline/handlers/sample"
	"factline/timeline"
)

// Defaults of `web serve`: localhost only, until logins arrive.
const (
	defaultAddr = "127.0.0.1:8080"
	defaultDB   = "./factline.db"
)

// shutdownGrace is how long requests in flight may take to finish after a
// stop signal.
const shutdownGrace = 10 * time.Second

// envOr returns the environment's value for key, or def.
func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// newLogger logs text lines to w; FACTLINE_LOG=debug shows every request,
// including health checks and static files.
func newLogger(w io.Writer, getenv func(string) string) *slog.Logger {
	level := slog.LevelInfo
	if getenv("FACTLINE_LOG") == "debug" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

// runServe implements `web serve`: open the store, load the sample story on
// first run, serve until ctx is cancelled, then shut down gracefully. It
// prints the address it listens on (useful with port 0) to stdout.
func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr(getenv, "FACTLINE_ADDR", defaultAddr), "address to listen on (env FACTLINE_ADDR)")
	dbPath := fs.String("db", envOr(getenv, "FACTLINE_DB", defaultDB), "SQLite database file (env FACTLINE_DB)")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("serve: unexpected argument %q", fs.Arg(0))}
	}
	logger := newLogger(stderr, getenv)

	store, err := db.Open(ctx, *dbPath, logger)
	if err != nil {
		return fmt.Errorf("open database %s: %w", *dbPath, err)
	}
	defer store.Close()
	if err := loadSample(ctx, store, handlers.DefaultPipeline(), logger); err != nil {
		// The application is usable without the sample.
		logger.Error("load sample story", "err", err)
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	srv := &http.Server{
		Handler:           handlers.New(handlers.Config{Store: store, Logger: logger}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	url := "http://" + ln.Addr().String()
	logger.Info("serving", "url", url, "db", *dbPath)
	fmt.Fprintf(stdout, "factline listening on %s\n", url)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		// Requests still running after the grace period are cut off, so
		// that none outlives the store closed below.
		srv.Close()
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// loadSample imports the sample story when the database has no story at all
// (a first run), so the application opens on something to look at.
func loadSample(ctx context.Context, store timeline.Store, p handlers.Pipeline, logger *slog.Logger) error {
	stories, err := store.Stories(ctx)
	if err != nil {
		return err
	}
	if len(stories) > 0 {
		return nil
	}
	out, err := handlers.ImportDocument(ctx, store, p, handlers.ImportRequest{
		Slug:        sample.Slug,
		Mode:        handlers.CreateIfMissing,
		Title:       sample.Title,
		Raw:         sample.Document(),
		ContentType: "text/plain; charset=utf-8",
		Filename:    sample.Slug + ".txt",
		Format:      timeline.FormatText,
		Published:   sample.Published(),
	})
	if err != nil {
		return err
	}
	logger.Info("loaded the sample story", "story", out.Story.Slug, "events", out.Story.Events,
		"claims", out.Story.Claims, "figures", out.Story.Figures)
	return nil
}
