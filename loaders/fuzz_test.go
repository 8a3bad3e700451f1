package loaders_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/loaders"
)

var (
	fuzzOnce      sync.Once
	fuzzExtractor *loaders.Extractor
)

func fuzzSetup(t testing.TB) *loaders.Extractor {
	fuzzOnce.Do(func() {
		cat, err := os.ReadFile("../seed/catalog.json")
		if err != nil {
			t.Fatal(err)
		}
		countries, err := os.ReadFile("../seed/countries.json")
		if err != nil {
			t.Fatal(err)
		}
		c, err := loaders.NewCatalog(cat, countries)
		if err != nil {
			t.Fatal(err)
		}
		fuzzExtractor = loaders.NewExtractor(c)
	})
	return fuzzExtractor
}

// FuzzArticle feeds arbitrary bytes through the article parser and the
// extractor: either the parser says what is wrong, or the extractor returns a
// report that passes Validate. Nothing may panic.
func FuzzArticle(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/devset/*.txt")
	for _, p := range seeds[:min(4, len(seeds))] {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("---\ntitle: x\npublished: 2025-13-01\n---\nbody"))
	f.Add([]byte("---\nno closing line"))
	f.Add([]byte("The ICC issued a warrant for\u00a0\u200b\"Putin\" on , , , in 2023 and and."))
	f.Add([]byte{0xff, 0xfe, 'I', 'C', 'C'})
	f.Fuzz(func(t *testing.T, data []byte) {
		x := fuzzSetup(t)
		doc, err := loaders.ParseArticle(bytes.NewReader(data), graph.Document{Published: graph.MustParseDate("2025-12-01")})
		if err != nil {
			return
		}
		rep, err := x.Extract(doc)
		if err != nil {
			return
		}
		if err := rep.Validate(); err != nil {
			t.Fatalf("extractor built an invalid report: %v", err)
		}
	})
}

// FuzzNQuads feeds arbitrary bytes to the N-Quads loader: it either loads
// everything or writes nothing and says which line is wrong.
func FuzzNQuads(f *testing.F) {
	for _, p := range []string{"testdata/nquads/valid/input.nq", "../seed/reference.nq"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<https://a> <https://b> \"c\" .\n"))
	f.Add([]byte("<https://a> <https://b> \"unterminated .\n"))
	f.Add([]byte("_:b1 <https://hague-kg.org/ns#date> \"2025-99\" <https://doc> .\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx := context.Background()
		store, err := graph.Open(ctx, "memory:")
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		nq := loaders.NQuads{DefaultLabel: "https://example.org/fuzz.nq"}
		if _, err := nq.Load(ctx, store, bytes.NewReader(data)); err != nil {
			if docs, _ := store.AllDocuments(ctx); len(docs) != 0 {
				t.Fatalf("a failed load left %d documents behind: %v", len(docs), err)
			}
		}
	})
}
