package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"factline/db"
	"factline/handlers"
	"factline/timeline"
)

// runImport implements `web import --story SLUG [--title T] [--published DATE]
// [--format F] [--db PATH] FILE|-`: it makes the story when it is missing,
// imports the document and prints what the import did.
func runImport(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	slug := fs.String("story", "", "story slug (made when missing)")
	title := fs.String("title", "", "title of a story the import makes (default: the document's own)")
	published := fs.String("published", "", "publication date or time (RFC 3339)")
	format := fs.String("format", "auto", "input format: auto, text, html or json")
	sourceURL := fs.String("source-url", "", "the page the document came from")
	dbPath := fs.String("db", envOr(getenv, "FACTLINE_DB", defaultDB), "SQLite database file (env FACTLINE_DB)")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return usageError{err.Error()}
	}
	if *slug == "" {
		return usageError{"import: --story SLUG is required"}
	}
	if len(files) != 1 {
		return usageError{"import: want exactly one FILE (or - for standard input)"}
	}
	f, err := timeline.ParseFormat(*format)
	if err != nil {
		return err
	}
	pub, err := timeline.ParsePublished(*published)
	if err != nil {
		return err
	}
	raw, err := readInput(files[0], stdin, timeline.DefaultMaxBytes)
	if err != nil {
		return err
	}
	store, err := db.Open(ctx, *dbPath, newLogger(io.Discard, getenv))
	if err != nil {
		return fmt.Errorf("open database %s: %w", *dbPath, err)
	}
	defer store.Close()
	filename := ""
	if files[0] != "-" {
		filename = filepath.Base(files[0])
	}
	out, err := handlers.ImportDocument(ctx, store, handlers.DefaultPipeline(), handlers.ImportRequest{
		Slug:      *slug,
		Mode:      handlers.CreateIfMissing,
		Title:     *title,
		Raw:       raw,
		Filename:  filename,
		Format:    f,
		Published: pub,
		SourceURL: *sourceURL,
	})
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, importSummary(out))
	return nil
}

// importSummary says what an import did, in a few lines.
func importSummary(out handlers.ImportOutcome) string {
	var b strings.Builder
	r := out.Result
	if out.Created {
		fmt.Fprintf(&b, "created story %s (%q)\n", out.Story.Slug, out.Story.Title)
	}
	if r.Existing {
		fmt.Fprintf(&b, "already imported into %s on %s (import %d): nothing added\n",
			out.Story.Slug, r.CreatedAt.UTC().Format("2006-01-02 15:04 UTC"), r.ImportID)
	} else {
		fmt.Fprintf(&b, "imported into %s (import %d): %s added, %d revised, %d unchanged; %s, %s\n",
			out.Story.Slug, r.ImportID, count(r.EventsAdded, "event"), r.EventsRevised, r.EventsUnchanged,
			count(r.Claims, "claim"), count(r.Figures, "figure"))
	}
	if r.FarApart {
		fmt.Fprintf(&b, "the document holds parts dated far apart; split them in the web app:\n")
		for _, p := range r.Parts {
			date := p.Date.String()
			if date == "" {
				date = "undated"
			}
			fmt.Fprintf(&b, "  part %d: %s, events %d-%d: %s\n", p.Index, date, p.First, p.Last, p.Title)
		}
	}
	fmt.Fprintf(&b, "story %s now has %s, %s, %s\n", out.Story.Slug,
		count(out.Story.Events, "event"), count(out.Story.Claims, "claim"), count(out.Story.Figures, "figure"))
	return b.String()
}

// count writes "1 event", "3 events".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// parseInterspersed parses flags that may come before or after the
// positional arguments (`web import notes.txt --story x`); "--" ends flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for i, a := range args {
		if a == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(pos, rest...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
