package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/hague-kg/hague/graph"
)

// exportCommand writes a subgraph for other tools, selected as the subgraph
// query selects it.
type exportCommand struct {
	format, out                  string
	ids, kinds, roles, documents string
	from, to                     string
	depth, limit                 int
	certain                      bool
}

func (c *exportCommand) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", "nquads", "nquads, jsonld, graphml, gexf, dot, cytoscape or ftm")
	fs.StringVar(&c.out, "out", "", "write to this file instead of standard output (written only when the export succeeds)")
	fs.StringVar(&c.ids, "ids", "", "comma-separated entity or event ids to start from (default: every entity)")
	fs.IntVar(&c.depth, "depth", 1, fmt.Sprintf("hops through events from the start ids, 1 to %d", graph.MaxDepth))
	fs.IntVar(&c.limit, "limit", graph.DefaultSubgraphLimit, fmt.Sprintf("at most this many nodes, up to %d", graph.MaxSubgraphLimit))
	fs.StringVar(&c.kinds, "kinds", "", "comma-separated event kinds to follow (default all), e.g. ARREST_WARRANT,SANCTION")
	fs.StringVar(&c.roles, "roles", "", "comma-separated roles to follow (default all), e.g. AGENT,TARGET")
	fs.StringVar(&c.from, "from", "", "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&c.to, "to", "", "only events on or before this date")
	fs.BoolVar(&c.certain, "certain", false, "only events certainly within --from and --to")
	fs.StringVar(&c.documents, "documents", "", "comma-separated document IRIs: only what they assert")
}

func (c *exportCommand) args(args []string) error {
	if len(args) > 0 {
		return usageError("takes no arguments (select with --ids), got %q", args)
	}
	return nil
}

func (*exportCommand) store() storeMode { return readStore }

func (c *exportCommand) query() (graph.SubgraphQuery, error) {
	q := graph.SubgraphQuery{IDs: splitList(c.ids), Depth: c.depth, Limit: c.limit, Certain: c.certain, Documents: splitList(c.documents)}
	for _, k := range splitList(c.kinds) {
		kind := graph.EventKind(k)
		if !kind.Valid() {
			return q, usageError("--kinds: %q is not an event kind (want one of %v)", k, graph.EventKinds)
		}
		q.Kinds = append(q.Kinds, kind)
	}
	for _, r := range splitList(c.roles) {
		role := graph.Role(r)
		if !role.Valid() {
			return q, usageError("--roles: %q is not a role (want one of %v)", r, graph.Roles)
		}
		q.Roles = append(q.Roles, role)
	}
	var err error
	if q.From, err = graph.ParseDate(c.from); err != nil {
		return q, usageError("--from: %v", err)
	}
	if q.To, err = graph.ParseDate(c.to); err != nil {
		return q, usageError("--to: %v", err)
	}
	return q, nil
}

// selection is the subgraph query the flags ask for; no --ids means every entity.
func (c *exportCommand) selection(ctx context.Context, store *graph.Store) (graph.SubgraphQuery, error) {
	q, err := c.query()
	if err != nil || len(q.IDs) > 0 {
		return q, err
	}
	all, err := store.FindEntities(ctx, graph.EntityFilter{})
	if err != nil {
		return q, fmt.Errorf("export: %w", err)
	}
	for _, e := range all {
		q.IDs = append(q.IDs, e.ID)
	}
	return q, nil
}

func (c *exportCommand) run(ctx context.Context, m *Main) error {
	q, err := c.selection(ctx, m.Store)
	if err != nil {
		return err
	}
	if c.out == "" {
		return exportGraph(ctx, m.Store, m.Stdout, c.format, q)
	}
	// Write beside the target and rename, so a failed export leaves no
	// half-written file.
	tmp, err := os.CreateTemp(filepath.Dir(c.out), ".hague-export-*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := exportGraph(ctx, m.Store, tmp, c.format, q); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), c.out); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	m.Log.Info().Str("file", c.out).Str("format", c.format).Msg("exported")
	return nil
}
