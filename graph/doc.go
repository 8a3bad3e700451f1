// Package graph is hague's knowledge graph of international-justice news: the
// data model (entities, dated n-ary events, positions, documents and the
// sources that tie every fact to a sentence) and a Store that keeps it in a
// Cayley quad store.
//
// Every quad a document asserts carries that document's IRI as its label, so
// the same fact stated by two documents is two quads, and a document can be
// reloaded or withdrawn without touching what other documents say.
//
// A Store is opened from a spec string:
//
//	memory:                 an in-memory store, empty at start
//	bolt:PATH               a Bolt file (the default is bolt:./hague.db)
//	postgres:CONNSTRING     PostgreSQL through Cayley's SQL backend
//
// All methods of Store are safe for concurrent use.
package graph
