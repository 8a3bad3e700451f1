package loaders

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/hague-kg/hague/graph"
)

// ParseArticle reads an article: optional front matter between two lines of
// "---" holding "key: value" lines (title, url, outlet, published as
// YYYY-MM-DD), then the plain-text body. Fields missing from the front matter
// are taken from defaults (so flags can supply them for a bare text file);
// fields present override defaults. The document IRI is its URL when known,
// otherwise "urn:hague:doc:" and the first 16 hex digits of the SHA-256 of the
// body. Document.Text is the body, which source offsets index into.
//
// A malformed front-matter line, an unknown key, a bad date or a missing
// closing "---" gives an error wrapping graph.ErrInvalid that names the line.
func ParseArticle(r io.Reader, defaults graph.Document) (graph.Document, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return graph.Document{}, fmt.Errorf("article: read: %w", err)
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	doc := defaults
	body := string(raw)
	if first, rest, ok := cutLine(body); ok && strings.TrimSpace(first) == "---" {
		fields, text, err := parseFrontMatter(rest)
		if err != nil {
			return graph.Document{}, err
		}
		body = text
		for k, v := range fields {
			switch k {
			case "title":
				doc.Title = v
			case "url":
				doc.URL = v
			case "outlet":
				doc.Outlet = v
			case "published":
				d, err := graph.ParseDate(v)
				if err != nil {
					return graph.Document{}, fmt.Errorf("article: front matter: published: %w", err)
				}
				doc.Published = d
			}
		}
	}
	doc.Text = strings.TrimLeft(strings.ReplaceAll(body, "\r\n", "\n"), "\n")
	doc.IRI = ""
	if doc.URL != "" {
		doc.IRI = doc.URL
	} else if defaults.IRI != "" {
		doc.IRI = defaults.IRI
	} else {
		sum := sha256.Sum256([]byte(doc.Text))
		doc.IRI = "urn:hague:doc:" + hex.EncodeToString(sum[:])[:16]
	}
	return doc, nil
}

func cutLine(s string) (line, rest string, ok bool) {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return s, "", s != ""
	}
	return strings.TrimSuffix(s[:i], "\r"), s[i+1:], true
}

var frontMatterKeys = map[string]bool{"title": true, "url": true, "outlet": true, "published": true}

// parseFrontMatter reads "key: value" lines up to the closing "---" and
// returns the fields and the text after it. Line numbers in errors count the
// opening "---" as line 1.
func parseFrontMatter(s string) (map[string]string, string, error) {
	fields := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	consumed := 0
	line := 1
	for sc.Scan() {
		line++
		text := sc.Text()
		consumed += len(text) + 1
		trimmed := strings.TrimSpace(strings.TrimSuffix(text, "\r"))
		if trimmed == "---" {
			if consumed > len(s) {
				consumed = len(s)
			}
			return fields, s[consumed:], nil
		}
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		key, value, ok := strings.Cut(trimmed, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !ok || key == "" || strings.ContainsAny(key, " \t") {
			return nil, "", fmt.Errorf("article: front matter line %d: want \"key: value\", got %q: %w", line, trimmed, graph.ErrInvalid)
		}
		if !frontMatterKeys[key] {
			return nil, "", fmt.Errorf("article: front matter line %d: unknown key %q (want title, url, outlet or published): %w", line, key, graph.ErrInvalid)
		}
		if _, dup := fields[key]; dup {
			return nil, "", fmt.Errorf("article: front matter line %d: key %q given twice: %w", line, key, graph.ErrInvalid)
		}
		value = unquote(strings.TrimSpace(value))
		if key == "published" {
			if _, err := graph.ParseDate(value); err != nil {
				return nil, "", fmt.Errorf("article: front matter line %d: published: %w", line, err)
			}
		}
		fields[key] = value
	}
	if err := sc.Err(); err != nil {
		return nil, "", fmt.Errorf("article: front matter: %w", err)
	}
	return nil, "", fmt.Errorf("article: front matter opened on line 1 is not closed by a \"---\" line: %w", graph.ErrInvalid)
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}
