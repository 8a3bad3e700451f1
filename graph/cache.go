package graph

import (
	"sync"

	"github.com/cayleygraph/quad"
)

// maxCachedQuads bounds the read cache; past it the cache starts over, which
// keeps memory flat on graphs larger than a server wants to hold.
const maxCachedQuads = 2_000_000

// indexCache remembers the answers of single-direction index lookups: the
// quads with a given subject, object, label or predicate, including the
// answer "none". A write forgets the four lookups each changed quad is part
// of, so what remains is exactly what the backend would answer.
type indexCache struct {
	mu    sync.Mutex
	max   int
	size  int
	quads map[indexKey][]quad.Quad
}

type indexKey struct {
	dir   quad.Direction
	value string
}

func keyOf(dir quad.Direction, v quad.Value) indexKey {
	return indexKey{dir, quad.StringOf(v)}
}

func newIndexCache(max int) *indexCache {
	return &indexCache{max: max, quads: map[indexKey][]quad.Quad{}}
}

// get appends the cached quads of each value to out and returns the values
// it has no answer for.
func (c *indexCache) get(dir quad.Direction, values []quad.Value, out []quad.Quad) ([]quad.Quad, []quad.Value) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var missing []quad.Value
	for _, v := range values {
		if qs, ok := c.quads[keyOf(dir, v)]; ok {
			out = append(out, qs...)
		} else {
			missing = append(missing, v)
		}
	}
	return out, missing
}

// put records the answer for each value from the quads fetched for all of them.
func (c *indexCache) put(dir quad.Direction, values []quad.Value, fetched []quad.Quad) {
	byValue := make(map[indexKey][]quad.Quad, len(values))
	for _, q := range fetched {
		k := keyOf(dir, q.Get(dir))
		byValue[k] = append(byValue[k], q)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.size+len(fetched) > c.max {
		c.quads, c.size = map[indexKey][]quad.Quad{}, 0
	}
	for _, v := range values {
		k := keyOf(dir, v)
		if old, ok := c.quads[k]; ok {
			c.size -= len(old)
		}
		qs := byValue[k]
		if qs == nil {
			qs = []quad.Quad{}
		}
		c.quads[k] = qs
		c.size += len(qs)
	}
}

// forget drops every lookup the quad is part of.
func (c *indexCache) forget(q quad.Quad) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, dir := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		if v := q.Get(dir); v != nil {
			k := keyOf(dir, v)
			c.size -= len(c.quads[k])
			delete(c.quads, k)
		}
	}
}
