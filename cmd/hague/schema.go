package main

import (
	"context"
	"flag"
	"io"

	"github.com/hague-kg/hague/graph"
)

// schemaCommand prints the GraphQL schema in SDL, descriptions included.
type schemaCommand struct{}

func (*schemaCommand) flags(*flag.FlagSet) {}
func (*schemaCommand) args(args []string) error {
	if len(args) > 0 {
		return usageError("takes no arguments")
	}
	return nil
}

// The schema does not depend on the data, so the command reads no store.
func (*schemaCommand) store() storeMode { return noStore }

func (*schemaCommand) run(ctx context.Context, m *Main) error {
	store, err := graph.Open(ctx, "memory:")
	if err != nil {
		return err
	}
	defer store.Close()
	s, err := buildSchema(store)
	if err != nil {
		return err
	}
	_, err = io.WriteString(m.Stdout, sdl(s))
	return err
}
