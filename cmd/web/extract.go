package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"factline/timeline"
	"factline/timeline/pipeline"
)

// runExtract implements `web extract`, the command the scorer runs.
func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date or time (RFC 3339)")
	format := fs.String("format", "auto", "input format: auto, text, html or json")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if fs.NArg() != 1 {
		return usageError{"extract: want exactly one FILE (or - for standard input)"}
	}
	f, err := timeline.ParseFormat(*format)
	if err != nil {
		return err
	}
	pub, err := timeline.ParsePublished(*published)
	if err != nil {
		return err
	}
	input, err := readInput(fs.Arg(0), stdin, timeline.DefaultMaxBytes)
	if err != nil {
		return err
	}
	doc, err := pipeline.New().Run(ctx, input, timeline.Options{Format: f, Published: pub})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(timeline.ToContract(doc))
}

// readInput reads a file or standard input, refusing more than max bytes.
func readInput(name string, stdin io.Reader, max int64) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("open input: %w", err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read input: %w", err)
	}
	if int64(len(b)) > max {
		return nil, timeline.Errorf(timeline.ETooLarge, "the document is larger than the limit of %d bytes", max)
	}
	return b, nil
}
