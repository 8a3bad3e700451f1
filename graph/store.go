package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/rs/zerolog"
)

// DefaultSpec is the store a command uses when none is given.
const DefaultSpec = "bolt:./hague.db"

// A Store is hague's graph kept in a Cayley quad store. It is safe for
// concurrent use: reads run in parallel, writes one at a time.
type Store struct {
	qs       cgraph.QuadStore
	spec     string
	readOnly bool
	log      zerolog.Logger

	cacheSet, cacheOn bool

	// mu serializes writes against reads: Cayley's memory backend is not safe
	// for concurrent reads and writes, and a Put must not be seen half-applied.
	mu    sync.RWMutex
	trips atomic.Int64

	// cache holds index lookups for backends no other process can write to;
	// nil for shared databases.
	cache *indexCache

	docMu sync.Mutex
	docs  map[string]*Document // document cache, dropped on every write
}

// An Option configures Open.
type Option func(*Store)

// ReadOnly makes every write fail with ErrReadOnly.
func ReadOnly() Option { return func(s *Store) { s.readOnly = true } }

// WithCache turns the read cache on or off. By default it is on for memory:
// and bolt: stores, which no other process can write to, and off for
// PostgreSQL, where another process may write between two reads.
func WithCache(on bool) Option { return func(s *Store) { s.cacheSet, s.cacheOn = true, on } }

// WithLogger sets the logger; the default discards everything.
func WithLogger(l zerolog.Logger) Option { return func(s *Store) { s.log = l } }

// Open opens (creating when needed) the store named by spec: "memory:",
// "bolt:PATH" or "postgres:CONNSTRING" (a "postgres://" URL also works). The
// error wraps ErrInvalid for a malformed spec, and ErrInUse for a bolt store
// another process has open.
func Open(ctx context.Context, spec string, opts ...Option) (*Store, error) {
	s := &Store{spec: spec, log: zerolog.Nop(), docs: map[string]*Document{}}
	for _, o := range opts {
		o(s)
	}
	backend, path, err := parseSpec(spec)
	if err != nil {
		return nil, err
	}
	if cgraph.IsPersistent(backend) {
		if backend == "bbolt" {
			if err := os.MkdirAll(path, 0o755); err != nil {
				return nil, fmt.Errorf("open %s: %w", spec, err)
			}
			if err := checkBoltFree(path); err != nil {
				return nil, fmt.Errorf("open %s: %w", spec, err)
			}
		}
		err := cgraph.InitQuadStore(backend, path, nil)
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("open %s: init: %w", redact(spec), err)
		}
	}
	qs, err := cgraph.NewQuadStore(backend, path, nil)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(spec), err)
	}
	s.qs = qs
	if s.cacheSet && s.cacheOn || !s.cacheSet && backend != "postgres" {
		s.cache = newIndexCache(maxCachedQuads)
	}
	s.log.Debug().Str("store", redact(spec)).Msg("store opened")
	return s, nil
}

func parseSpec(spec string) (backend, path string, err error) {
	switch {
	case spec == "memory:" || spec == "memory":
		return "memstore", "", nil
	case strings.HasPrefix(spec, "bolt:"):
		path = strings.TrimPrefix(spec, "bolt:")
		if path == "" {
			return "", "", fmt.Errorf("store spec %q: bolt needs a path, as in bolt:./hague.db: %w", spec, ErrInvalid)
		}
		// bbolt is the maintained fork of Bolt with the same file format; the
		// original trips Go's pointer checks.
		return "bbolt", path, nil
	case strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://"):
		return "postgres", spec, nil
	case strings.HasPrefix(spec, "postgres:"):
		path = strings.TrimPrefix(spec, "postgres:")
		if path == "" {
			return "", "", fmt.Errorf("store spec %q: postgres needs a connection string: %w", spec, ErrInvalid)
		}
		return "postgres", path, nil
	}
	return "", "", fmt.Errorf("store spec %q: want memory:, bolt:PATH or postgres:CONNSTRING: %w", spec, ErrInvalid)
}

// redact hides a password in a connection string so that it never reaches a log.
func redact(spec string) string {
	if i := strings.Index(spec, "password="); i >= 0 {
		end := strings.IndexAny(spec[i:], " &")
		if end < 0 {
			return spec[:i] + "password=xxx"
		}
		return spec[:i] + "password=xxx" + spec[i+end:]
	}
	if at := strings.Index(spec, "@"); at >= 0 {
		if scheme := strings.Index(spec, "://"); scheme >= 0 && scheme < at {
			cred := spec[scheme+3 : at]
			if c := strings.Index(cred, ":"); c >= 0 {
				return spec[:scheme+3] + cred[:c] + ":xxx" + spec[at:]
			}
		}
	}
	return spec
}

// Spec returns the spec the store was opened with, with any password hidden.
func (s *Store) Spec() string { return redact(s.spec) }

// Close releases the store.
func (s *Store) Close() error {
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("close %s: %w", s.Spec(), err)
	}
	return nil
}

// RoundTrips returns how many times the store has gone to its backend for
// quads since it was opened: a batch read counts once however many nodes it
// covers. Tests use it to show that a query's cost does not grow with its size.
func (s *Store) RoundTrips() int64 { return s.trips.Load() }

// Put writes everything a document asserts, replacing whatever the same
// document asserted before, in one transaction: putting a report twice
// leaves the graph unchanged, and a failed Put changes nothing. Facts other
// documents assert are untouched. The error wraps ErrInvalid for a report
// that fails Validate and ErrReadOnly on a read-only store.
func (s *Store) Put(ctx context.Context, r *Report) error {
	if err := r.Validate(); err != nil {
		return err
	}
	quads := reportQuads(r)
	return s.replaceLabel(ctx, quad.IRI(r.Document.IRI), quads)
}

// Delete removes everything a document asserted, including the document node.
func (s *Store) Delete(ctx context.Context, documentIRI string) error {
	return s.replaceLabel(ctx, quad.IRI(documentIRI), nil)
}

// AddQuads writes quads as they are, in one transaction; quads already present
// are skipped. Every quad needs a label (the document asserting it), an IRI
// or blank-node subject and an IRI predicate; otherwise the error wraps
// ErrInvalid, names the first bad quad, and nothing is written.
func (s *Store) AddQuads(ctx context.Context, quads []quad.Quad) error {
	if s.readOnly {
		return ErrReadOnly
	}
	for i, q := range quads {
		if err := checkQuad(q); err != nil {
			return fmt.Errorf("quad %d (%s): %w", i+1, q.NQuad(), err)
		}
	}
	deltas := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	return s.apply(ctx, deltas)
}

func checkQuad(q quad.Quad) error {
	switch q.Subject.(type) {
	case quad.IRI, quad.BNode:
	default:
		return fmt.Errorf("subject must be an IRI or a blank node: %w", ErrInvalid)
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return fmt.Errorf("predicate must be an IRI: %w", ErrInvalid)
	}
	if q.Object == nil {
		return fmt.Errorf("no object: %w", ErrInvalid)
	}
	if _, ok := q.Label.(quad.IRI); !ok {
		return fmt.Errorf("label must be the IRI of the asserting document: %w", ErrInvalid)
	}
	return nil
}

func (s *Store) replaceLabel(ctx context.Context, label quad.IRI, quads []quad.Quad) error {
	if s.readOnly {
		return ErrReadOnly
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old, err := s.scanLocked(ctx, quad.Label, []quad.Value{label})
	if err != nil {
		return fmt.Errorf("put %s: %w", label, err)
	}
	want := make(map[quad.Quad]bool, len(quads))
	for _, q := range quads {
		want[q] = true
	}
	var deltas []cgraph.Delta
	have := make(map[quad.Quad]bool, len(old))
	for _, q := range old {
		have[q] = true
		if !want[q] {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	for _, q := range quads {
		if !have[q] {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if err := s.applyLocked(ctx, deltas); err != nil {
		return fmt.Errorf("put %s: %w", label, err)
	}
	s.log.Debug().Str("document", string(label)).Int("quads", len(quads)).Int("changes", len(deltas)).Msg("document written")
	return nil
}

func (s *Store) apply(ctx context.Context, deltas []cgraph.Delta) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.applyLocked(ctx, deltas)
}

func (s *Store) applyLocked(ctx context.Context, deltas []cgraph.Delta) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(deltas) == 0 {
		return nil
	}
	// Forget what the changes touch whether or not they apply: a backend
	// error may leave a transaction's effects unknown.
	defer s.forget(deltas)
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return fmt.Errorf("apply %d changes: %w", len(deltas), err)
	}
	return nil
}

func (s *Store) forget(deltas []cgraph.Delta) {
	s.docMu.Lock()
	s.docs = map[string]*Document{}
	s.docMu.Unlock()
	if s.cache != nil {
		for _, d := range deltas {
			s.cache.forget(d.Quad)
		}
	}
}
