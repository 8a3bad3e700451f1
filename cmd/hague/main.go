// Command hague serves, loads and queries hague's knowledge graph of
// international-justice news.
//
//	hague serve   [--addr 127.0.0.1:8080] [--token T]   GraphQL + GraphiQL, seeded when empty
//	hague seed                                          load the embedded seed article and reference data
//	hague load    FILE...                               load articles (.txt, .md) or N-Quads (.nq)
//	hague query   QUERY | @file.graphql [--var k=v]     run a GraphQL query, print the JSON response
//	hague extract FILE [--json]                         show what the article loader finds
//	hague export  [--format nquads] [--ids a,b]         write a subgraph for other tools
//	hague schema                                        print the GraphQL schema (SDL)
//	hague version
//
// Every command takes --store (default bolt:./hague.db), --pretty and
// --log-level.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/rs/zerolog"

	"github.com/hague-kg/hague/graph"
)

// version is stamped at build time: go build -ldflags "-X main.version=v1.2.3".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	err := m.ParseFlags(ctx, os.Args[1:])
	if err == nil {
		if err = m.Run(ctx); err == nil {
			err = m.Wait(ctx)
		}
	}
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	var usage *usageErr
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.As(err, &usage):
		fmt.Fprintf(os.Stderr, "hague: %v\nRun 'hague help' for usage.\n", err)
		os.Exit(2)
	case err != nil:
		fmt.Fprintln(os.Stderr, "hague:", err)
		os.Exit(1)
	}
}

// usageErr is a mistake in the command line: main exits 2 for it.
type usageErr struct{ msg string }

func (e *usageErr) Error() string { return e.msg }

func usageError(format string, args ...any) error {
	return &usageErr{fmt.Sprintf(format, args...)}
}

// Main is the program: ParseFlags reads the command line, Run does the work
// (for serve: starts the server and returns), Wait blocks until a server stops,
// Close releases everything. Tests drive it the way main does.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment; tests replace it.
	Getenv func(string) string

	// Log is set by ParseFlags.
	Log zerolog.Logger
	// Store is opened by Run for commands that need one.
	Store *graph.Store

	cmd    command
	global globalFlags
	server *server // set by serve
}

// NewMain returns a Main on the process's standard streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Log: zerolog.Nop()}
}

type globalFlags struct {
	store    string
	pretty   bool
	logLevel string
}

func (g *globalFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&g.store, "store", graph.DefaultSpec, "the store: memory:, bolt:PATH or postgres:CONNSTRING")
	fs.BoolVar(&g.pretty, "pretty", false, "log for people (colour console) instead of JSON")
	fs.StringVar(&g.logLevel, "log-level", "info", "log level: debug, info, warn or error")
}

// storeMode says how a command uses the store.
type storeMode int

const (
	noStore storeMode = iota
	readStore
	writeStore
)

// A command is one subcommand; each lives in a file of its own.
type command interface {
	// flags registers the command's own flags.
	flags(fs *flag.FlagSet)
	// args takes the positional arguments, after flags are parsed.
	args(args []string) error
	// store says whether Run opens the store before run, and how.
	store() storeMode
	// run does the command's work.
	run(ctx context.Context, m *Main) error
}

type commandInfo struct {
	name, args, summary string
	new                 func() command
}

var commands = []commandInfo{
	{"serve", "", "serve the GraphQL API and GraphiQL; seeds an empty store", func() command { return &serveCommand{} }},
	{"seed", "", "load the embedded seed article and reference dataset", func() command { return &seedCommand{} }},
	{"load", "FILE...", "load articles (front matter + text) or N-Quads (.nq, .nquads)", func() command { return &loadCommand{} }},
	{"query", "QUERY|@FILE", "run a GraphQL query and print the JSON response", func() command { return &queryCommand{} }},
	{"extract", "FILE", "print what the article loader finds in FILE, for review", func() command { return &extractCommand{} }},
	{"export", "", "write a subgraph as N-Quads, JSON-LD, GraphML, GEXF, DOT, Cytoscape or FtM", func() command { return &exportCommand{} }},
	{"schema", "", "print the GraphQL schema in SDL", func() command { return &schemaCommand{} }},
	{"version", "", "print the version", func() command { return &versionCommand{} }},
}

func (m *Main) usage() {
	fmt.Fprintf(m.Stderr, "hague %s: a knowledge graph of international-justice news\n\nUsage: hague COMMAND [flags] [args]\n\nCommands:\n", version)
	for _, c := range commands {
		fmt.Fprintf(m.Stderr, "  %-8s %-12s %s\n", c.name, c.args, c.summary)
	}
	fmt.Fprintf(m.Stderr, "\nRun hague COMMAND -h for a command's flags.\n")
}

// ParseFlags reads the command name, its flags and its arguments, and sets up
// logging. Flags may come before or after the arguments.
func (m *Main) ParseFlags(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.usage()
		return usageError("no command given")
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		m.usage()
		return flag.ErrHelp
	}
	var info *commandInfo
	for i := range commands {
		if commands[i].name == name {
			info = &commands[i]
		}
	}
	if info == nil {
		m.usage()
		return usageError("unknown command %q", name)
	}
	m.cmd = info.new()
	fs := flag.NewFlagSet("hague "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: hague %s [flags] %s\n\n%s.\n\nFlags:\n", name, info.args, info.summary)
		fs.PrintDefaults()
	}
	m.global.register(fs)
	m.cmd.flags(fs)
	positional, err := parseInterspersed(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError("%s: %v", name, err)
	}
	if err := m.cmd.args(positional); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return m.setupLog()
}

// parseInterspersed parses flags wherever they appear among the arguments,
// as in "hague load a.txt --title T"; "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		// fs.Parse stops at the first non-flag, or after "--".
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

func (m *Main) setupLog() error {
	level, err := zerolog.ParseLevel(strings.ToLower(m.global.logLevel))
	if err != nil || m.global.logLevel == "" {
		return usageError("--log-level %q: want debug, info, warn or error", m.global.logLevel)
	}
	var out io.Writer = m.Stderr
	if m.global.pretty {
		out = zerolog.ConsoleWriter{Out: m.Stderr, TimeFormat: "15:04:05", NoColor: !isTerminal(m.Stderr)}
	}
	m.Log = zerolog.New(out).Level(level).With().Timestamp().Logger()
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Run opens the store the command needs and runs the command. For serve it
// returns once the server listens; Wait then blocks until it stops.
func (m *Main) Run(ctx context.Context) error {
	if m.cmd == nil {
		return usageError("no command: call ParseFlags first")
	}
	switch mode := m.cmd.store(); mode {
	case readStore, writeStore:
		opts := []graph.Option{graph.WithLogger(m.Log)}
		if mode == readStore {
			opts = append(opts, graph.ReadOnly())
		}
		s, err := graph.Open(ctx, m.global.store, opts...)
		if err != nil {
			return err
		}
		m.Store = s
	}
	return m.cmd.run(ctx, m)
}

// Wait blocks until the server started by Run stops: when ctx is done (a
// signal) or the server fails. For other commands it returns at once.
func (m *Main) Wait(ctx context.Context) error {
	if m.server == nil {
		return nil
	}
	return m.server.wait(ctx)
}

// Close shuts the server down gracefully, if one runs, and closes the store.
// It is safe to call more than once.
func (m *Main) Close() error {
	var errs []error
	if m.server != nil {
		errs = append(errs, m.server.close())
		m.server = nil
	}
	if m.Store != nil {
		errs = append(errs, m.Store.Close())
		m.Store = nil
	}
	return errors.Join(errs...)
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (f *multiFlag) String() string     { return strings.Join(*f, ", ") }
func (f *multiFlag) Set(v string) error { *f = append(*f, v); return nil }

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

type versionCommand struct{}

func (*versionCommand) flags(*flag.FlagSet) {}
func (*versionCommand) args(args []string) error {
	if len(args) > 0 {
		return usageError("takes no arguments")
	}
	return nil
}
func (*versionCommand) store() storeMode { return noStore }
func (*versionCommand) run(_ context.Context, m *Main) error {
	_, err := fmt.Fprintf(m.Stdout, "hague %s\n", version)
	return err
}
