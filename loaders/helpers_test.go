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
