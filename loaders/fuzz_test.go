package loaders_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
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
	// texts that end where a rule expects more words
	f.Add([]byte("At its summit,"))
	f.Add([]byte("He was detained on March 11,"))
	f.Fuzz(func(t *testing.T, data []byte) {
		x := fuzzSetup(t)
		doc, err := loaders.ParseArticle(bytes.NewReader(data), graph.Document{Published: graph.MustParseDate("2025-12-01")})
		if err != nil {
			return
		}
		rep, err := x.Extract(doc)
		if errors.Is(err, loaders.ErrExtractorFault) {
			t.Fatal(err)
		}
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

// TestCutSentencesDoNotFault runs the extractor over every dev-set sentence
// cut after each comma, and over the opening sentences cut after every word:
// rules read tokens around their triggers, and a text that ends where a rule
// expects more words ("At its summit,", "detained on March 11,") must give a
// report, not an extractor fault.
func TestCutSentencesDoNotFault(t *testing.T) {
	x := fuzzSetup(t)
	paths, err := filepath.Glob("testdata/devset/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no dev-set articles: %v", err)
	}
	cuts := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := loaders.ParseArticle(bytes.NewReader(b), graph.Document{})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for i, sentence := range strings.SplitAfter(doc.Text, ". ") {
			var ends []int
			for j, r := range sentence {
				if r == ',' || (i < 3 && r == ' ') {
					ends = append(ends, j+1)
				}
			}
			for _, end := range ends {
				cut := doc
				cut.Text = sentence[:end]
				cuts++
				if _, err := x.Extract(cut); err != nil {
					t.Errorf("%s: %q: %v", filepath.Base(p), cut.Text, err)
				}
			}
		}
	}
	t.Logf("%d cuts", cuts)
}
