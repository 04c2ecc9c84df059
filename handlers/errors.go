package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"factline/timeline"
	"factline/views"
)

// statusOf is the one table from a domain error code to an HTTP status.
var statusOf = map[timeline.Code]int{
	timeline.EInvalid:      http.StatusBadRequest,
	timeline.EUnreadable:   http.StatusUnprocessableEntity,
	timeline.ENotFound:     http.StatusNotFound,
	timeline.EConflict:     http.StatusConflict,
	timeline.ETooLarge:     http.StatusRequestEntityTooLarge,
	timeline.EUnsupported:  http.StatusUnsupportedMediaType,
	timeline.EForbidden:    http.StatusForbidden,
	timeline.EUnauthorized: http.StatusUnauthorized,
	timeline.EInternal:     http.StatusInternalServerError,
}

// StatusOf returns the HTTP status for an error and the message a user may
// see; internal errors get a generic message (their details go to the log).
func StatusOf(err error) (int, string) {
	var he *echo.HTTPError
	if errors.As(err, &he) && timeline.ErrorCode(err) == timeline.EInternal {
		if he.Code >= 500 {
			return he.Code, "internal error"
		}
		msg := http.StatusText(he.Code)
		if s, ok := he.Message.(string); ok && s != "" {
			msg = s
		}
		return he.Code, msg
	}
	code := timeline.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status >= 500 {
		return status, "internal error"
	}
	return status, timeline.ErrorMessage(err)
}

// errorHandler answers every error a handler returns: JSON under /api/,
// plain text for /healthz, a page otherwise. Internal errors are logged with
// their details and answered with a generic message.
func errorHandler(logger *slog.Logger) echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		if c.Response().Committed {
			return
		}
		status, msg := StatusOf(err)
		req := c.Request()
		if status >= 500 {
			level := slog.LevelError
			if errors.Is(err, context.Canceled) {
				// The client went away; nothing to fix.
				level = slog.LevelInfo
			}
			logger.Log(req.Context(), level, "request failed",
				"method", req.Method, "path", req.URL.Path, "status", status,
				"request_id", c.Response().Header().Get(echo.HeaderXRequestID), "err", err)
		}
		var werr error
		switch {
		case req.Method == http.MethodHead:
			werr = c.NoContent(status)
		case isAPI(req):
			werr = writeJSON(c, status, errorBody{Error: msg})
		case req.URL.Path == "/healthz":
			werr = c.String(status, msg)
		default:
			werr = render(c, status, views.ErrorView(views.ErrorPage{
				Page:    views.Page{Title: titleOf(status)},
				Status:  status,
				Message: msg,
			}))
		}
		if werr != nil {
			logger.Warn("write error response", "path", req.URL.Path, "err", werr)
		}
	}
}

type errorBody struct {
	Error string `json:"error"`
}

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

func titleOf(status int) string {
	switch status {
	case http.StatusNotFound:
		return "Not found"
	case http.StatusForbidden:
		return "Not allowed"
	case http.StatusRequestEntityTooLarge:
		return "Too large"
	}
	if status >= 500 {
		return "Something went wrong"
	}
	return http.StatusText(status)
}

// tooLarge is the error for a request body over the limit, stating it.
func tooLarge(limit int64) error {
	return timeline.Errorf(timeline.ETooLarge, "the request is larger than the limit of %s", humanBytes(limit))
}

// humanBytes writes a size for people: "5 MiB", "1.2 MiB", "830 bytes".
func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}
