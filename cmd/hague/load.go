package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/loaders"
)

// loadCommand loads files: N-Quads by extension, articles otherwise. Each
// file is all or nothing; the first failing file stops the command, and the
// files before it stay loaded.
type loadCommand struct {
	files                         []string
	title, url, outlet, published string
	maxQuads                      int
	maxBytes                      int64

	x extractor // built for the first article
}

func (c *loadCommand) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.title, "title", "", "title of a bare text article (front matter wins)")
	fs.StringVar(&c.url, "url", "", "URL of a bare text article; it becomes the document's IRI")
	fs.StringVar(&c.outlet, "outlet", "", "outlet of a bare text article")
	fs.StringVar(&c.published, "published", "", "publication date of a bare text article, YYYY-MM-DD; relative dates resolve against it")
	fs.IntVar(&c.maxQuads, "max-quads", loaders.DefaultMaxQuads, "refuse an N-Quads file with more quads")
	fs.Int64Var(&c.maxBytes, "max-bytes", loaders.DefaultMaxBytes, "refuse a file larger than this many bytes")
}

func (c *loadCommand) args(args []string) error {
	if len(args) == 0 {
		return usageError("needs at least one FILE")
	}
	if c.published != "" {
		if _, err := graph.ParseDate(c.published); err != nil {
			return usageError("--published: %v", err)
		}
	}
	c.files = args
	return nil
}

func (*loadCommand) store() storeMode { return writeStore }

func (c *loadCommand) run(ctx context.Context, m *Main) error {
	for _, path := range c.files {
		load := c.loadArticle
		if isNQuads(path) {
			load = c.loadNQuads
		}
		if err := load(ctx, m, path); err != nil {
			return err
		}
	}
	return nil
}

func isNQuads(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".nq", ".nquads", ".nt":
		return true
	}
	return false
}

// readFile reads a whole file, refusing one larger than limit bytes.
func readFile(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("is a directory")
	}
	if limit > 0 && st.Size() > limit {
		return nil, fmt.Errorf("%d bytes, above the limit of %d (--max-bytes): %w", st.Size(), limit, graph.ErrInvalid)
	}
	return os.ReadFile(path)
}

func (c *loadCommand) loadNQuads(ctx context.Context, m *Main, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	nq := loaders.NQuads{
		DefaultLabel: fileURL(abs),
		DefaultTitle: filepath.Base(path),
		MaxQuads:     c.maxQuads,
		MaxBytes:     c.maxBytes,
	}
	n, err := nq.Load(ctx, m.Store, f)
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	m.Log.Info().Str("file", path).Int("quads", n).Msg("n-quads loaded")
	return nil
}

func (c *loadCommand) loadArticle(ctx context.Context, m *Main, path string) error {
	raw, err := readFile(path, c.maxBytes)
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	defaults := graph.Document{Title: c.title, URL: c.url, Outlet: c.outlet}
	if c.published != "" {
		defaults.Published, _ = graph.ParseDate(c.published)
	}
	doc, err := parseArticle(bytes.NewReader(raw), defaults)
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	if doc.Title == "" {
		doc.Title = filepath.Base(path)
	}
	if doc.Published.IsZero() {
		m.Log.Warn().Str("file", path).Msg("no publication date (front matter or --published): relative dates stay unresolved")
	}
	if c.x == nil {
		if c.x, err = newExtractor(); err != nil {
			return err
		}
	}
	rep, err := c.x.Extract(doc)
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	if err := m.Store.Put(ctx, rep); err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	m.Log.Info().Str("file", path).Str("document", doc.IRI).Int("entities", len(rep.Entities)).
		Int("events", len(rep.Events)).Int("positions", len(rep.Positions)).Msg("article loaded")
	return nil
}

// fileURL returns the file:// URL of an absolute path.
func fileURL(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
