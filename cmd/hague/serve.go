package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	stdlog "log"
	"net"
	"net/http"
	"time"

	"github.com/rs/zerolog"
)

// Server timeouts: long enough for the slowest bounded GraphQL request, short
// enough that a slow client cannot hold a connection open.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 120 * time.Second
	shutdownTimeout   = 15 * time.Second
	maxHeaderBytes    = 64 << 10
)

// serveCommand serves the GraphQL API.
type serveCommand struct {
	addr   string
	token  string
	noSeed bool
}

func (c *serveCommand) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	fs.StringVar(&c.token, "token", "", "bearer token that enables mutations (default $HAGUE_WRITE_TOKEN; none: read-only)")
	fs.BoolVar(&c.noSeed, "no-seed", false, "do not load the embedded seed into an empty store")
}

func (c *serveCommand) args(args []string) error {
	if len(args) > 0 {
		return usageError("takes no arguments, got %q", args)
	}
	return nil
}

func (*serveCommand) store() storeMode { return writeStore }

func (c *serveCommand) run(ctx context.Context, m *Main) error {
	if c.token == "" {
		c.token = m.Getenv("HAGUE_WRITE_TOKEN")
	}
	if !c.noSeed {
		docs, err := m.Store.AllDocuments(ctx)
		if err != nil {
			return fmt.Errorf("serve: read store: %w", err)
		}
		if len(docs) == 0 {
			m.Log.Info().Str("store", m.Store.Spec()).Msg("store is empty: loading the embedded seed")
			if err := loadSeed(ctx, m); err != nil {
				return fmt.Errorf("serve: %w", err)
			}
		}
	}
	s, err := buildSchema(m.Store)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	mux := http.NewServeMux()
	api := apiHandler(s, m.Log, c.token)
	mux.Handle("/graphql", api)
	mux.Handle("GET /export", exportHandler(m.Store, m.Log))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		json.NewEncoder(w).Encode(map[string]string{"status": "ok", "version": version})
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/graphql", http.StatusFound)
	})

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("serve: listen on %s: %w", c.addr, err)
	}
	srv := &server{
		ln:   ln,
		errc: make(chan error, 1),
		http: &http.Server{
			Handler:           mux,
			ReadHeaderTimeout: readHeaderTimeout,
			ReadTimeout:       readTimeout,
			WriteTimeout:      writeTimeout,
			IdleTimeout:       idleTimeout,
			MaxHeaderBytes:    maxHeaderBytes,
			ErrorLog:          stdlog.New(m.Log.With().Str("component", "http").Logger(), "", 0),
		},
		log: m.Log,
	}
	m.server = srv
	go func() { srv.errc <- srv.http.Serve(ln) }()
	host, _, _ := net.SplitHostPort(ln.Addr().String())
	ev := m.Log.Info().Str("url", srv.URL()+"/graphql").Str("store", m.Store.Spec()).Bool("writes", c.token != "")
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		ev = ev.Str("warning", "listening beyond this machine")
	}
	ev.Msg("serving GraphQL and GraphiQL")
	return nil
}

// server is a running HTTP server.
type server struct {
	ln   net.Listener
	http *http.Server
	errc chan error
	log  zerolog.Logger
}

// URL is the server's base URL, with the port it actually listens on.
func (s *server) URL() string { return "http://" + s.ln.Addr().String() }

// wait blocks until ctx is done (a signal) or the server fails.
func (s *server) wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		s.log.Info().Msg("shutting down")
		return nil
	case err := <-s.errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("serve: %w", err)
	}
}

// close stops accepting connections and waits up to shutdownTimeout for
// requests in flight.
func (s *server) close() error {
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := s.http.Shutdown(ctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}

// URL returns the base URL of the server serve started, or "" when none runs.
func (m *Main) URL() string {
	if m.server == nil {
		return ""
	}
	return m.server.URL()
}
