package graph

// Cayley registers its backends from init functions; every backend hague can
// open is imported here and nowhere else.
import (
	_ "github.com/cayleygraph/cayley/graph/kv/bbolt"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)
