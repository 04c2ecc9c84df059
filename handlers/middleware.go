package handlers

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"factline/timeline"
)

// requestID gives each request an id, in the response header and the log,
// keeping one the client sent when it looks sane.
func requestID(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		id := c.Request().Header.Get(echo.HeaderXRequestID)
		if len(id) == 0 || len(id) > 64 || strings.ContainsFunc(id, func(r rune) bool { return r <= ' ' || r > '~' }) {
			var b [8]byte
			_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
			id = hex.EncodeToString(b[:])
		}
		c.Response().Header().Set(echo.HeaderXRequestID, id)
		return next(c)
	}
}

// requestLogger logs one line per request once it is answered (errors are
// answered here so the line has the final status).
func requestLogger(logger *slog.Logger) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			if err := next(c); err != nil {
				c.Error(err)
			}
			req, res := c.Request(), c.Response()
			level := slog.LevelInfo
			if req.URL.Path == "/healthz" || isStatic(req.URL.Path) {
				level = slog.LevelDebug
			}
			logger.LogAttrs(req.Context(), level, "request",
				slog.String("method", req.Method),
				slog.String("path", req.URL.Path),
				slog.Int("status", res.Status),
				slog.Int64("bytes_in", req.ContentLength),
				slog.Int64("bytes_out", res.Size),
				slog.Duration("took", time.Since(start)),
				slog.String("request_id", res.Header().Get(echo.HeaderXRequestID)),
			)
			return nil
		}
	}
}

func isStatic(path string) bool { return len(path) > 8 && path[:8] == "/static/" }

// recoverer turns a panic into an internal error, logged with its value, so
// one bad request never takes the server down.
func recoverer(logger *slog.Logger) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) (err error) {
			defer func() {
				if r := recover(); r != nil {
					if r == http.ErrAbortHandler {
						panic(r)
					}
					logger.Error("panic", "path", c.Request().URL.Path, "panic", fmt.Sprint(r))
					err = fmt.Errorf("panic: %v", r)
				}
			}()
			return next(c)
		}
	}
}

// securityHeaders keeps the pages to their own scripts and styles and out of
// other sites' frames.
func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		return next(c)
	}
}

// sameOrigin refuses state-changing requests that a browser sends from
// another origin (Sec-Fetch-Site, else Origin against Host), which is what a
// cross-site form or script would do. Requests without those headers come
// from non-browser clients such as curl and pass, so the JSON API stays
// usable from scripts; browsers always send them.
func sameOrigin() echo.MiddlewareFunc {
	cop := http.NewCrossOriginProtection()
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if err := cop.Check(c.Request()); err != nil {
				return timeline.Errorf(timeline.EForbidden, "cross-origin request refused: send it from factline's own pages")
			}
			return next(c)
		}
	}
}
