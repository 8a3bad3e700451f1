package loaders

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/hague-kg/hague/graph"
)

// Default bounds of an N-Quads input, used where NQuads leaves them zero.
const (
	DefaultMaxQuads = 1_000_000
	DefaultMaxBytes = 256 << 20
)

// nqMaxReported bounds how many bad lines one error lists, so that a file in
// the wrong format gives a readable error rather than one line per line.
const nqMaxReported = 10

// NQuads reads and loads RDF 1.1 N-Quads in hague's vocabulary. The zero value
// is ready to use; it is safe for concurrent use as long as its fields are
// not changed.
type NQuads struct {
	// DefaultLabel is the IRI given to quads that have no label (N-Triples
	// lines), typically the file's own IRI ("file:///abs/path.nq"). When a
	// quad uses it, the loader also writes a Document node for it. Empty
	// means every quad must carry its own label.
	DefaultLabel string
	// DefaultTitle is the title of that Document node; empty means the
	// label itself.
	DefaultTitle string
	// MaxQuads and MaxBytes bound the input; 0 means DefaultMaxQuads and
	// DefaultMaxBytes. Larger input is refused before anything is written.
	MaxQuads int
	MaxBytes int64
}

// Read parses and validates all of r. Every line must be a blank line, a
// comment or one quad whose subject is an IRI or a blank node, whose
// predicate is an IRI, whose IRIs are absolute, and whose label is an IRI (or
// absent, when DefaultLabel is set). Values of hague's own predicates are
// checked too: dates must be YYYY, YYYY-MM or YYYY-MM-DD, event kinds and
// classes must be known.
//
// Blank nodes are scoped to the input: with DefaultLabel set, "_:b1" becomes
// a blank node named after a hash of DefaultLabel and "b1", so that two
// files' blank nodes never merge and reading one file twice gives the same
// quads.
//
// On error Read returns no quads and an error wrapping graph.ErrInvalid that
// names the line of each problem (up to ten), or says which bound was passed.
func (n NQuads) Read(r io.Reader) ([]quad.Quad, error) {
	maxQuads, maxBytes := n.MaxQuads, n.MaxBytes
	if maxQuads <= 0 {
		maxQuads = DefaultMaxQuads
	}
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	var defaultLabel quad.Value
	if n.DefaultLabel != "" {
		if err := checkAbsIRI(n.DefaultLabel); err != nil {
			return nil, fmt.Errorf("nquads: default label %q: %v: %w", n.DefaultLabel, err, graph.ErrInvalid)
		}
		defaultLabel = quad.IRI(n.DefaultLabel)
	}
	bnodePrefix := ""
	if n.DefaultLabel != "" {
		sum := sha256.Sum256([]byte(n.DefaultLabel))
		bnodePrefix = hex.EncodeToString(sum[:])[:12] + "-"
	}

	counted := &nqCounter{r: io.LimitReader(r, maxBytes+1)}
	sc := bufio.NewScanner(counted)
	maxLine := int(min(maxBytes+1, 64<<20))
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var (
		quads    []quad.Quad
		problems []error
		bad      int
		line     int
		usedDef  bool
	)
	report := func(format string, args ...any) {
		bad++
		if len(problems) < nqMaxReported {
			problems = append(problems, fmt.Errorf("line %d: "+format, append([]any{line}, args...)...))
		}
	}
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		q, err := nquads.Parse(string(text))
		if err != nil {
			report("not an N-Quad: %s", nqParseProblem(err))
			continue
		}
		if q.Label == nil {
			if defaultLabel == nil {
				report("no label (the IRI of the document asserting the quad), and no default label was given")
				continue
			}
			q.Label = defaultLabel
			usedDef = true
		}
		if bnodePrefix != "" {
			q.Subject = nqScopeBNode(q.Subject, bnodePrefix)
			q.Object = nqScopeBNode(q.Object, bnodePrefix)
		}
		if msg := checkNQuad(q); msg != "" {
			report("%s", msg)
			continue
		}
		if len(quads) == maxQuads {
			return nil, fmt.Errorf("nquads: more than %d quads (line %d); raise the limit to load it: %w", maxQuads, line, graph.ErrInvalid)
		}
		quads = append(quads, q)
	}
	if counted.n > maxBytes {
		return nil, fmt.Errorf("nquads: input larger than %d bytes; raise the limit to load it: %w", maxBytes, graph.ErrInvalid)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("nquads: line %d: longer than %d bytes: %w", line+1, maxLine, graph.ErrInvalid)
		}
		return nil, fmt.Errorf("nquads: read after line %d: %w", line, err)
	}
	if bad > 0 {
		head := fmt.Errorf("nquads: %d invalid line(s); nothing loaded: %w", bad, graph.ErrInvalid)
		if bad > len(problems) {
			problems = append(problems, fmt.Errorf("... and %d more", bad-len(problems)))
		}
		return nil, errors.Join(append([]error{head}, problems...)...)
	}
	if usedDef {
		quads = append(quads, n.documentQuads()...)
	}
	return quads, nil
}

// Load reads r as Read does and writes all its quads to s in one
// transaction: on any error nothing is written. Quads already in the store
// are kept once, so loading the same input twice leaves the graph unchanged.
// Loading is additive: quads a previous version of the input had and this one
// lacks stay. It returns the number of quads read.
func (n NQuads) Load(ctx context.Context, s *graph.Store, r io.Reader) (int, error) {
	quads, err := n.Read(r)
	if err != nil {
		return 0, err
	}
	if err := s.AddQuads(ctx, quads); err != nil {
		return 0, fmt.Errorf("nquads: write %d quads: %w", len(quads), err)
	}
	return len(quads), nil
}

// documentQuads describes the default label as a Document.
func (n NQuads) documentQuads() []quad.Quad {
	doc := quad.IRI(n.DefaultLabel)
	title := n.DefaultTitle
	if title == "" {
		title = n.DefaultLabel
	}
	q := func(p string, o quad.Value) quad.Quad {
		return quad.Quad{Subject: doc, Predicate: quad.IRI(p), Object: o, Label: doc}
	}
	out := []quad.Quad{
		q(nqRDFType, quad.IRI(graph.Namespace+"Document")),
		q(graph.Namespace+"name", quad.String(title)),
	}
	if u, err := url.Parse(n.DefaultLabel); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		out = append(out, q(graph.Namespace+"url", quad.String(n.DefaultLabel)))
	}
	return out
}

const nqRDFType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

// hague's classes, which rdf:type may name in its namespace.
var nqClasses = map[string]bool{
	"Person": true, "State": true, "Court": true, "Organization": true,
	"Event": true, "Position": true, "Document": true,
}

// hague's predicates whose values are dates.
var nqDatePredicates = map[string]bool{
	"date": true, "effective": true, "until": true, "start": true, "end": true, "published": true,
}

// checkNQuad says what is wrong with a parsed quad, or "" when nothing is.
func checkNQuad(q quad.Quad) string {
	switch s := q.Subject.(type) {
	case quad.IRI:
		if err := checkAbsIRI(string(s)); err != nil {
			return fmt.Sprintf("subject %s: %v", s, err)
		}
	case quad.BNode:
	default:
		return fmt.Sprintf("subject %s: must be an IRI or a blank node", q.Subject)
	}
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return fmt.Sprintf("predicate %s: must be an IRI", q.Predicate)
	}
	if err := checkAbsIRI(string(p)); err != nil {
		return fmt.Sprintf("predicate %s: %v", p, err)
	}
	if o, ok := q.Object.(quad.IRI); ok {
		if err := checkAbsIRI(string(o)); err != nil {
			return fmt.Sprintf("object %s: %v", o, err)
		}
	}
	l, ok := q.Label.(quad.IRI)
	if !ok {
		return fmt.Sprintf("label %s: must be the IRI of the document asserting the quad", q.Label)
	}
	if err := checkAbsIRI(string(l)); err != nil {
		return fmt.Sprintf("label %s: %v", l, err)
	}
	if string(p) == nqRDFType {
		if o, ok := q.Object.(quad.IRI); ok && strings.HasPrefix(string(o), graph.Namespace) {
			if name := strings.TrimPrefix(string(o), graph.Namespace); !nqClasses[name] {
				return fmt.Sprintf("rdf:type %s: hague has no class %q", o, name)
			}
		}
		return ""
	}
	name, ours := strings.CutPrefix(string(p), graph.Namespace)
	if !ours {
		return ""
	}
	switch {
	case nqDatePredicates[name]:
		s, ok := q.Object.(quad.String)
		if !ok {
			return fmt.Sprintf("ns#%s: want a plain string date, got %s", name, q.Object)
		}
		if _, err := graph.ParseDate(string(s)); err != nil {
			return fmt.Sprintf("ns#%s: %v", name, err)
		}
	case name == "kind":
		if s, ok := q.Object.(quad.String); !ok || !graph.EventKind(s).Valid() {
			return fmt.Sprintf("ns#kind %s: not an event kind such as \"ARREST_WARRANT\"", q.Object)
		}
	}
	return ""
}

// checkAbsIRI requires an absolute IRI: a relative one would mean something
// different in every file.
func checkAbsIRI(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("not an IRI: %v", err)
	}
	if !u.IsAbs() {
		return errors.New("not an absolute IRI (it needs a scheme, as in https: or urn:)")
	}
	return nil
}

func nqScopeBNode(v quad.Value, prefix string) quad.Value {
	if b, ok := v.(quad.BNode); ok {
		return quad.BNode(prefix + string(b))
	}
	return v
}

// nqParseProblem turns the parser's error into a short reason; the parser
// reports offsets from 0 within the statement.
func nqParseProblem(err error) string {
	msg := err.Error()
	switch {
	case errors.Is(err, quad.ErrIncomplete):
		return "incomplete statement (a missing term or the final \".\")"
	case strings.HasPrefix(msg, quad.ErrInvalid.Error()+": "):
		return strings.TrimPrefix(msg, quad.ErrInvalid.Error()+": ")
	}
	return msg
}

type nqCounter struct {
	r io.Reader
	n int64
}

func (c *nqCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
