package loaders_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/loaders"
)

func TestParseArticle(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		defaults graph.Document
		want     graph.Document
	}{
		{
			name: "front matter",
			in:   "---\ntitle: \"ICC judges sanctioned\"\nurl: https://example.org/a\noutlet: JURIST\npublished: 2025-12-01\n---\nBody text.\n",
			want: graph.Document{IRI: "https://example.org/a", Title: "ICC judges sanctioned", URL: "https://example.org/a", Outlet: "JURIST", Published: graph.MustParseDate("2025-12-01"), Text: "Body text.\n"},
		},
		{
			name:     "bare text with defaults",
			in:       "Body text.",
			defaults: graph.Document{Outlet: "HRW", Published: graph.MustParseDate("2025-06")},
			want:     graph.Document{IRI: "urn:hague:doc:", Outlet: "HRW", Published: graph.MustParseDate("2025-06"), Text: "Body text."},
		},
		{
			name:     "front matter overrides defaults",
			in:       "---\noutlet: Reuters\n---\nX",
			defaults: graph.Document{Outlet: "HRW", URL: "https://example.org/b"},
			want:     graph.Document{IRI: "https://example.org/b", Outlet: "Reuters", URL: "https://example.org/b", Text: "X"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := loaders.ParseArticle(strings.NewReader(tt.in), tt.defaults)
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(tt.want.IRI, ":") {
				if !strings.HasPrefix(got.IRI, tt.want.IRI) || len(got.IRI) != len(tt.want.IRI)+16 {
					t.Errorf("IRI = %q, want %s + 16 hex digits", got.IRI, tt.want.IRI)
				}
				got.IRI = tt.want.IRI
			}
			if got != tt.want {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseArticleErrors(t *testing.T) {
	tests := []struct{ name, in, wantInError string }{
		{"no colon", "---\ntitle ICC\n---\nx", "line 2"},
		{"unknown key", "---\ntitle: a\nauthor: b\n---\nx", "line 3"},
		{"bad date", "---\npublished: 1 Dec 2025\n---\nx", "line 2"},
		{"not closed", "---\ntitle: a\n", "not closed"},
		{"duplicate", "---\ntitle: a\ntitle: b\n---\n", "line 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loaders.ParseArticle(strings.NewReader(tt.in), graph.Document{})
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), tt.wantInError) {
				t.Errorf("error %q: want ErrInvalid mentioning %q", err, tt.wantInError)
			}
		})
	}
}

func TestParseArticleIRIStable(t *testing.T) {
	a, _ := loaders.ParseArticle(strings.NewReader("Same text."), graph.Document{})
	b, _ := loaders.ParseArticle(strings.NewReader("---\ntitle: t\n---\nSame text."), graph.Document{})
	if a.IRI != b.IRI {
		t.Errorf("IRIs differ for the same body: %q, %q", a.IRI, b.IRI)
	}
}
