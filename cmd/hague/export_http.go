package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/hague-kg/hague/graph"
	"github.com/rs/zerolog"
)

// Bounds on GET /export: its time, and how many run at once, since each one
// builds its whole document in memory (a subgraph is capped in nodes too).
const (
	exportTimeout    = 30 * time.Second
	exportConcurrent = 2
)

// exportHandler serves GET /export?format=graphml&ids=Q43723&depth=2&...: the
// parameters are the flags of `hague export` (without --out), checked by the
// same code, so the two select alike.
func exportHandler(store *graph.Store, log zerolog.Logger) http.Handler {
	slots := make(chan struct{}, exportConcurrent)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
		default:
			w.Header().Set("Retry-After", "5")
			exportError(w, http.StatusServiceUnavailable, "too many exports are running; try again shortly")
			return
		}
		var c exportCommand
		fs := flag.NewFlagSet("export", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		c.flags(fs)
		params := r.URL.Query()
		names := make([]string, 0, len(params))
		for name := range params {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if name == "out" || fs.Lookup(name) == nil {
				exportError(w, http.StatusBadRequest, "unknown parameter "+name+"; want "+exportParams(fs))
				return
			}
			values := params[name]
			if err := fs.Set(name, strings.Join(values, ",")); err != nil {
				exportError(w, http.StatusBadRequest, "parameter "+name+": "+err.Error())
				return
			}
		}
		format, err := graph.ParseFormat(c.format)
		if err != nil {
			exportError(w, http.StatusBadRequest, "parameter format: "+err.Error())
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), exportTimeout)
		defer cancel()
		q, err := c.selection(ctx, store)
		if err != nil {
			exportError(w, http.StatusBadRequest, err.Error())
			return
		}
		// Store.Export builds the whole document before writing, but the
		// status line must wait until it is known to have succeeded.
		var buf bytes.Buffer
		if err := store.Export(ctx, &buf, format, q); err != nil {
			switch {
			case errors.Is(err, graph.ErrInvalid):
				exportError(w, http.StatusBadRequest, err.Error())
			case errors.Is(err, context.DeadlineExceeded):
				exportError(w, http.StatusGatewayTimeout, "export took longer than "+exportTimeout.String()+"; select fewer nodes")
			default:
				log.Error().Err(err).Str("url", r.URL.String()).Msg("export failed")
				exportError(w, http.StatusInternalServerError, "export failed")
			}
			return
		}
		w.Header().Set("Content-Type", format.MediaType())
		w.Header().Set("Content-Disposition", `attachment; filename="hague-export`+format.Extension()+`"`)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Write(buf.Bytes())
	})
}

func exportParams(fs *flag.FlagSet) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name != "out" {
			names = append(names, f.Name)
		}
	})
	return strings.Join(names, ", ")
}

func exportError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "status": status}})
}
