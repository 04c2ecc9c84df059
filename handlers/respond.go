package handlers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"factline/timeline"
)

// maxJSONBody bounds the small JSON bodies (a story, a review).
const maxJSONBody = 64 << 10

// render writes a templ component straight to the response.
func render(c echo.Context, status int, comp templ.Component) error {
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	h.Set("Cache-Control", "no-store")
	c.Response().WriteHeader(status)
	return comp.Render(c.Request().Context(), c.Response())
}

// writeJSON writes v as JSON, without HTML escaping (the API's text is news
// copy, full of ampersands and quotes).
func writeJSON(c echo.Context, status int, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode response: %w", err)
	}
	return c.Blob(status, echo.MIMEApplicationJSON, buf.Bytes())
}

// mediaType returns the request's media type, lowercased, without
// parameters; "" when absent. A charset other than UTF-8 (or its ASCII
// subset) is refused: factline reads UTF-8 only, and says so rather than
// mangle the text.
func mediaType(r *http.Request) (string, error) {
	ct := r.Header.Get(echo.HeaderContentType)
	if ct == "" {
		return "", nil
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", timeline.Errorf(timeline.EUnsupported, "content type %q cannot be read", ct)
	}
	switch cs := strings.ToLower(params["charset"]); cs {
	case "", "utf-8", "utf8", "us-ascii":
	default:
		return "", timeline.Errorf(timeline.EUnsupported, "the body must be UTF-8 (got charset=%s); convert it and send it again", cs)
	}
	return strings.ToLower(mt), nil
}

// readBody reads the whole request body, refusing more than limit bytes
// with a message that states the limit.
func readBody(c echo.Context, limit int64) ([]byte, error) {
	r := c.Request()
	if r.ContentLength > limit {
		return nil, tooLarge(limit)
	}
	b, err := io.ReadAll(http.MaxBytesReader(c.Response(), r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, tooLarge(limit)
		}
		return nil, timeline.Errorf(timeline.EInvalid, "reading the request body failed: %v", err)
	}
	return b, nil
}

// decodeJSON reads a JSON object into v: the content type must be JSON,
// unknown fields are refused (a misspelt field would otherwise be lost in
// silence) and the messages say where the body is wrong.
func decodeJSON(c echo.Context, v any) error {
	mt, err := mediaType(c.Request())
	if err != nil {
		return err
	}
	if mt != echo.MIMEApplicationJSON {
		return timeline.Errorf(timeline.EUnsupported, "send the request body as application/json (got %q)", orNone(mt))
	}
	b, err := readBody(c, maxJSONBody)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return timeline.Errorf(timeline.EInvalid, "the request body is empty: send a JSON object")
	}
	// Decoded first as an object of raw values, so that the body must be one
	// object and its field names can be checked against v's.
	var fields map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&fields); err != nil {
		return jsonError(err)
	}
	if dec.More() {
		return timeline.Errorf(timeline.EInvalid, "the request body holds more than one JSON value")
	}
	if fields == nil {
		return timeline.Errorf(timeline.EInvalid, "the request body must be a JSON object")
	}
	known := jsonFields(v)
	var unknown []string
	for k := range fields {
		if !known[k] {
			unknown = append(unknown, strconv.Quote(k))
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return timeline.Errorf(timeline.EInvalid, "unknown field %s (known: %s)", strings.Join(unknown, ", "), strings.Join(sortedKeys(known), ", "))
	}
	if err := json.Unmarshal(b, v); err != nil {
		return jsonError(err)
	}
	return nil
}

// jsonFields returns the JSON names of the fields of the struct v points to.
func jsonFields(v any) map[string]bool {
	out := map[string]bool{}
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = true
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return timeline.Errorf(timeline.EInvalid, "the request body is not valid JSON (at byte %d)", syn.Offset)
	case errors.As(err, &typ):
		if typ.Field != "" {
			return timeline.Errorf(timeline.EInvalid, "field %q: want a %s", typ.Field, jsonKind(typ.Type.Kind().String()))
		}
		return timeline.Errorf(timeline.EInvalid, "the request body must be a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return timeline.Errorf(timeline.EInvalid, "the request body ends in the middle of a JSON value")
	}
	return timeline.Errorf(timeline.EInvalid, "the request body cannot be read as JSON: %v", err)
}

func jsonKind(k string) string {
	switch k {
	case "string":
		return "string"
	case "bool":
		return "boolean"
	case "struct", "map":
		return "object"
	case "slice", "array":
		return "list"
	}
	return "number"
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
