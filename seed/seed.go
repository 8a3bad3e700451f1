// Package seed embeds hague's seed data in the binary: the JURIST article the
// project starts from (article.md, front matter and text), the curated
// reference dataset of public-record facts about its entities (reference.nq,
// N-Quads in hague's vocabulary, every quad labelled with its public source).
//
// The accessors return fresh copies, so callers may modify what they get.
package seed

import (
	"embed"
)

//go:embed article.md reference.nq
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

func read(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		// The files are embedded at build time; a missing one cannot happen.
		panic("seed: " + err.Error())
	}
	return b
}
