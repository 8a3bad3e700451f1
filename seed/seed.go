// Package seed embeds hague's seed data in the binary: the JURIST article the
// project starts from (article.md, front matter and text), the curated
// reference dataset of public-record facts about its entities (reference.nq,
// N-Quads in hague's vocabulary, every quad labelled with its public source),
// and the extractor's gazetteer (catalog.json, countries.json).
//
// The accessors return fresh copies, so callers may modify what they get.
package seed

import (
	"embed"
)

//go:embed article.md reference.nq catalog.json countries.json
var files embed.FS

// ArticleURL is the URL given in the seed article's front matter, which the
// article loader takes as the article's document IRI.
const ArticleURL = "https://www.jurist.org/news/2025/12/hrw-urges-icc-member-states-to-protect-court-against-sanctions-and-attacks/"

// ReferenceIRI names the reference dataset as a whole. Every quad of
// reference.nq carries its own source as label; this IRI is the default
// label an N-Quads loader gives a quad without one.
const ReferenceIRI = "https://hague-kg.org/seed/reference.nq"

// Article returns the seed article: a front-matter block (title, url, outlet,
// published) between "---" lines, then the article's text exactly as
// published.
func Article() []byte { return read("article.md") }

// Reference returns the reference dataset in N-Quads.
func Reference() []byte { return read("reference.nq") }

// Catalog returns the curated entity catalog the article loader matches names
// against (JSON; see loaders.NewCatalog).
func Catalog() []byte { return read("catalog.json") }

// Countries returns the generated list of the world's states with ISO 3166-1
// codes, names, demonyms and capitals (JSON; see loaders.NewCatalog).
func Countries() []byte { return read("countries.json") }

func read(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		// The files are embedded at build time; a missing one cannot happen.
		panic("seed: " + err.Error())
	}
	return b
}
