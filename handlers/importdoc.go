package handlers

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"factline/timeline"
	"factline/timeline/series"
)

// StoryMode says which story an import goes to.
type StoryMode int

const (
	// ExistingStory: the story must exist (ENotFound otherwise).
	ExistingStory StoryMode = iota
	// CreateIfMissing: the story is made when it does not exist yet.
	CreateIfMissing
	// NewStory: the story must not exist (EConflict otherwise); an empty
	// slug is made from the title or the document's own title, made unique.
	NewStory
)

// ImportRequest is one document to import, as the API, the form and the
// import command receive it.
type ImportRequest struct {
	Slug string
	Mode StoryMode
	// Title names a story the import makes; empty means the document's own
	// title, or the slug.
	Title       string
	Raw         []byte
	ContentType string
	Filename    string
	Format      timeline.Format
	Published   timeline.When
	SourceURL   string
	MaxBytes    int64
}

// ImportOutcome is what an import did.
type ImportOutcome struct {
	// Story is the story after the import, with its new counts.
	Story   timeline.Story
	Result  timeline.ImportResult
	Created bool
}

// DocumentError marks an error about the document itself (empty, too large,
// unreadable), as opposed to the story or the options.
type DocumentError struct{ Err error }

func (e *DocumentError) Error() string { return e.Err.Error() }
func (e *DocumentError) Unwrap() error { return e.Err }

// ImportDocument runs the pipeline over a document and stores it in a story.
// The pipeline runs before anything is written, so input that cannot be read
// leaves no trace (not even a new, empty story), and before the store's write
// lock is taken.
func ImportDocument(ctx context.Context, store timeline.Store, p Pipeline, req ImportRequest) (ImportOutcome, error) {
	var out ImportOutcome
	if err := CheckSourceURL(req.SourceURL); err != nil {
		return out, err
	}
	create := false
	if req.Slug != "" || req.Mode != NewStory {
		_, err := store.Story(ctx, req.Slug)
		switch {
		case err == nil && req.Mode == NewStory:
			return out, timeline.Errorf(timeline.EConflict, "a story called %q already exists: choose it under “Add to” to add this document to it, or give the new story another short name", req.Slug)
		case err == nil:
		case timeline.ErrorCode(err) == timeline.ENotFound && req.Mode != ExistingStory:
			create = true
		default:
			return out, err
		}
	} else {
		create = true
	}
	doc, err := p.Run(ctx, req.Raw, timeline.Options{
		Format:    req.Format,
		Published: req.Published,
		SourceURL: req.SourceURL,
		MaxBytes:  req.MaxBytes,
	})
	if err != nil {
		return out, &DocumentError{Err: err}
	}
	// Figures' roles are read from their sentences once, here, rather than
	// at every view of the story's series.
	series.InferRoles(doc.Events)
	slug := req.Slug
	if create {
		title := strings.TrimSpace(req.Title)
		if title == "" {
			title = strings.TrimSpace(doc.Title)
		}
		if slug == "" {
			if slug, err = freeSlug(ctx, store, title); err != nil {
				return out, err
			}
		}
		if title == "" {
			title = slug
		}
		pub := req.Published
		if pub.IsZero() {
			pub = doc.Published
		}
		_, err = store.CreateStory(ctx, timeline.NewStory{Slug: slug, Title: title, Published: pub, SourceURL: req.SourceURL})
		switch {
		case err == nil:
			out.Created = true
		case timeline.ErrorCode(err) == timeline.EConflict && req.Mode == CreateIfMissing:
			// Made by a concurrent import of the same story: add to it.
		default:
			return out, err
		}
	}
	format := req.Format
	if format == "" || format == timeline.FormatAuto {
		format = doc.Format
	}
	res, err := store.Import(ctx, slug, timeline.ImportInput{
		Raw:         req.Raw,
		ContentType: req.ContentType,
		Filename:    req.Filename,
		Format:      format,
		Published:   req.Published,
		Doc:         doc,
	})
	if err != nil {
		return out, err
	}
	out.Result = res
	if out.Story, err = store.Story(ctx, slug); err != nil {
		return out, err
	}
	return out, nil
}

// freeSlug makes a slug from a title that no story has yet.
func freeSlug(ctx context.Context, store timeline.Store, title string) (string, error) {
	base := Slugify(title)
	if base == "" {
		base = "story"
	}
	for n := 1; n < 1000; n++ {
		s := base
		if n > 1 {
			s = base + "-" + strconv.Itoa(n)
		}
		_, err := store.Story(ctx, s)
		switch timeline.ErrorCode(err) {
		case timeline.ENotFound:
			return s, nil
		case "":
			continue
		default:
			return "", err
		}
	}
	return "", timeline.Errorf(timeline.EConflict, "no free short name for %q: give the story one", title)
}

// CheckSourceURL accepts an empty URL or an absolute http(s) one: the pages
// link to it, so other schemes are refused.
func CheckSourceURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return timeline.Errorf(timeline.EInvalid, "source URL %q: want an http or https address", s)
	}
	return nil
}

// maxSlugLen keeps made-up slugs short enough to type.
const maxSlugLen = 60

// Slugify makes a story slug from a title: lowercase ASCII letters and digits
// joined by hyphens, accents folded ("Zürich flood" gives "zurich-flood").
func Slugify(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(title) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	s := b.String()
	if len(s) > maxSlugLen {
		s = s[:maxSlugLen]
		if i := strings.LastIndexByte(s, '-'); i > maxSlugLen/2 {
			s = s[:i]
		}
		s = strings.TrimRight(s, "-")
	}
	return s
}
