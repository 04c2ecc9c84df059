// Command web is factline: the web application (serve, the default), and the
// extract and import commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "web:", err)
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "web:", oneLine(err.Error()))
		os.Exit(1)
	}
}

// usageError is a wrong command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// run is the whole program, callable from tests with their own arguments,
// environment and streams.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return runServe(ctx, args, getenv, stdout, stderr)
	case "extract":
		return runExtract(ctx, args, stdin, stdout, stderr)
	case "import":
		return runImport(ctx, args, getenv, stdin, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	return usageError{fmt.Sprintf("unknown command %q\n%s", cmd, usage)}
}

const usage = `usage: web [command] [flags]

commands:
  serve     serve the web application (default)
              --addr ADDR (env FACTLINE_ADDR, default 127.0.0.1:8080)
              --db PATH   (env FACTLINE_DB, default ./factline.db)
  extract   print the extraction of one document as JSON (no database)
              [--published DATE] [--format auto|text|html|json] FILE|-
  import    import a document into a story
              --story SLUG [--title T] [--published DATE] [--format F]
              [--source-url URL] [--db PATH] FILE|-   (env FACTLINE_DB)
`

func oneLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}
