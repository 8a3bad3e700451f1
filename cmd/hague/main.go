package main
import (
 _ "github.com/cayleygraph/cayley"
 _ "github.com/cayleygraph/cayley/graph/kv/bolt"
 _ "github.com/cayleygraph/cayley/graph/memstore"
 _ "github.com/cayleygraph/cayley/graph/sql/postgres"
 _ "github.com/graphql-go/graphql"
 _ "github.com/graphql-go/handler"
 _ "github.com/rs/zerolog"
)
func main(){}
