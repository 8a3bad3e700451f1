package loaders_test

import (
	"os"
	"sync"
	"testing"

	"github.com/hague-kg/hague/loaders"
)

var (
	catalogOnce sync.Once
	catalog     *loaders.Catalog
	catalogErr  error
)

// testCatalog builds the catalog from the files in ../seed once.
func testCatalog(t testing.TB) *loaders.Catalog {
	t.Helper()
	catalogOnce.Do(func() {
		cj, err := os.ReadFile("../seed/catalog.json")
		if err != nil {
			catalogErr = err
			return
		}
		co, err := os.ReadFile("../seed/countries.json")
		if err != nil {
			catalogErr = err
			return
		}
		catalog, catalogErr = loaders.NewCatalog(cj, co)
	})
	if catalogErr != nil {
		t.Fatal(catalogErr)
	}
	return catalog
}

// eventCase is a sentence of the genre, written for the test, with the events
// the extractor must find in it (want) and must not (none), in ev's notation.
type eventCase struct {
	name, published, text string
	want, none            []string
}

// runEventCases extracts each case's text, published on its date, and checks
// its events.
func runEventCases(t *testing.T, cases []eventCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := eventSet(extract(t, tt.published, tt.text))
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("want %s, got %v", w, got)
				}
			}
			for _, n := range tt.none {
				if got[n] {
					t.Errorf("do not want %s, got %v", n, got)
				}
			}
		})
	}
}
