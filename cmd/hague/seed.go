package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/loaders"
	"github.com/hague-kg/hague/seed"
)

// seedCommand loads the embedded seed: the article through the article
// loader, the reference dataset through the N-Quads loader.
type seedCommand struct{}

func (*seedCommand) flags(*flag.FlagSet) {}
func (*seedCommand) args(args []string) error {
	if len(args) > 0 {
		return usageError("takes no arguments")
	}
	return nil
}
func (*seedCommand) store() storeMode                       { return writeStore }
func (*seedCommand) run(ctx context.Context, m *Main) error { return loadSeed(ctx, m) }

// loadSeed writes the embedded seed to m.Store. Loading it again changes
// nothing.
func loadSeed(ctx context.Context, m *Main) error {
	x, err := newExtractor()
	if err != nil {
		return err
	}
	doc, err := parseArticle(bytes.NewReader(seed.Article()), graph.Document{})
	if err != nil {
		return fmt.Errorf("seed article: %w", err)
	}
	rep, err := x.Extract(doc)
	if err != nil {
		return fmt.Errorf("seed article: %w", err)
	}
	if err := m.Store.Put(ctx, rep); err != nil {
		return fmt.Errorf("seed article: %w", err)
	}
	nq := loaders.NQuads{DefaultLabel: seed.ReferenceIRI, DefaultTitle: "hague reference dataset"}
	n, err := nq.Load(ctx, m.Store, bytes.NewReader(seed.Reference()))
	if err != nil {
		return fmt.Errorf("seed reference.nq: %w", err)
	}
	m.Log.Info().Str("article", doc.IRI).Int("entities", len(rep.Entities)).Int("events", len(rep.Events)).
		Int("reference_quads", n).Str("store", m.Store.Spec()).Msg("seed loaded")
	return nil
}
