package loaders_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/loaders"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "nquads", name, "input.nq"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func memStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), "memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// snapshot is what a reader sees of the store: enough to tell whether a load
// changed anything.
type snapshot struct {
	Entities  []*graph.Entity
	Events    []*graph.Event
	Documents []*graph.Document
}

func snap(t *testing.T, s *graph.Store) snapshot {
	t.Helper()
	ctx := context.Background()
	es, err := s.FindEntities(ctx, graph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.FindEvents(ctx, graph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := s.AllDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return snapshot{es, evs, docs}
}

func TestNQuadsLoad(t *testing.T) {
	tests := []struct {
		fixture   string
		loader    loaders.NQuads
		wantQuads int
		wantErr   []string // substrings of the error, in order
	}{
		{fixture: "valid", wantQuads: 9},
		{fixture: "malformed-line", wantErr: []string{"1 invalid line", "line 4: not an N-Quad"}},
		{fixture: "missing-label", wantErr: []string{"line 2: no label", "no default label"}},
		{
			fixture:   "unlabelled-with-default",
			loader:    loaders.NQuads{DefaultLabel: "file:///data/khan.nq", DefaultTitle: "khan.nq"},
			wantQuads: 2 + 2, // the quads and the default document's type and name
		},
		{fixture: "oversized", loader: loaders.NQuads{MaxQuads: 10}, wantErr: []string{"more than 10 quads", "line 12"}},
		{fixture: "oversized", loader: loaders.NQuads{MaxBytes: 500}, wantErr: []string{"larger than 500 bytes"}},
		{fixture: "bad-values", wantErr: []string{
			"5 invalid line",
			"line 1: ns#date", "month 13",
			"line 2: ns#kind \"WARRANT\": not an event kind",
			"line 3: rdf:type", "no class \"Persn\"",
			"line 4: subject <entity/x>: not an absolute IRI",
			"line 5: label _:doc: must be the IRI",
		}},
	}
	for _, tt := range tests {
		name := tt.fixture
		if tt.loader.MaxBytes > 0 {
			name += "-bytes"
		}
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := memStore(t)
			before := snap(t, s)
			n, err := tt.loader.Load(ctx, s, bytes.NewReader(readFixture(t, tt.fixture)))
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatalf("got no error, want one saying %q", tt.wantErr)
				}
				if !errors.Is(err, graph.ErrInvalid) {
					t.Errorf("error %q does not wrap graph.ErrInvalid", err)
				}
				rest := err.Error()
				for _, want := range tt.wantErr {
					i := strings.Index(rest, want)
					if i < 0 {
						t.Fatalf("error %q: missing %q (in order)", err, want)
					}
					rest = rest[i+len(want):]
				}
				if after := snap(t, s); !reflect.DeepEqual(before, after) {
					t.Errorf("a failed load changed the store: %+v", after)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.wantQuads {
				t.Errorf("got %d quads, want %d", n, tt.wantQuads)
			}
			once := snap(t, s)
			if _, err := tt.loader.Load(ctx, s, bytes.NewReader(readFixture(t, tt.fixture))); err != nil {
				t.Fatal(err)
			}
			if twice := snap(t, s); !reflect.DeepEqual(once, twice) {
				t.Errorf("loading twice changed the graph:\nonce  %+v\ntwice %+v", once, twice)
			}
		})
	}
}

func TestNQuadsDefaultLabelDocument(t *testing.T) {
	ctx := context.Background()
	s := memStore(t)
	l := loaders.NQuads{DefaultLabel: "file:///data/khan.nq", DefaultTitle: "khan.nq"}
	if _, err := l.Load(ctx, s, bytes.NewReader(readFixture(t, "unlabelled-with-default"))); err != nil {
		t.Fatal(err)
	}
	docs, err := s.Documents(ctx, []string{"file:///data/khan.nq", "https://example.org/a"})
	if err != nil {
		t.Fatal(err)
	}
	if docs[0] == nil || docs[0].Title != "khan.nq" {
		t.Errorf("default document: got %+v, want a Document titled khan.nq", docs[0])
	}
	if docs[1] != nil {
		t.Errorf("a label that only labels quads got a Document node: %+v", docs[1])
	}
	e, err := s.Entity(ctx, "karim-khan")
	if err == nil {
		t.Errorf("karim-khan has no rdf:type, so is no entity; got %+v", e)
	}
}

func TestNQuadsBlankNodesAreScopedToTheInput(t *testing.T) {
	in := `_:b <https://hague-kg.org/ns#name> "x" .` + "\n"
	read := func(label string) quad.Value {
		t.Helper()
		qs, err := loaders.NQuads{DefaultLabel: label}.Read(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		return qs[0].Subject
	}
	a, again, b := read("file:///a.nq"), read("file:///a.nq"), read("file:///b.nq")
	if a != again {
		t.Errorf("one file read twice: blank node %v then %v", a, again)
	}
	if a == b {
		t.Errorf("two files share blank node %v", a)
	}
}

func TestNQuadsReadsTheSeedReference(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "seed", "reference.nq"))
	if err != nil {
		t.Skip("no seed/reference.nq")
	}
	qs, err := loaders.NQuads{}.Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 100 {
		t.Errorf("got %d quads from the reference dataset, want its full contents", len(qs))
	}
}

func BenchmarkNQuadsRead(b *testing.B) {
	var buf bytes.Buffer
	for i := range 10_000 {
		buf.WriteString(`<https://hague-kg.org/entity/e`)
		buf.WriteString(strings.Repeat("x", i%7))
		buf.WriteString(`> <https://hague-kg.org/ns#name> "Entity" <https://example.org/bench> .` + "\n")
	}
	in := buf.Bytes()
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := (loaders.NQuads{}).Read(bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(10_000*b.N)/b.Elapsed().Seconds(), "quads/s")
}
