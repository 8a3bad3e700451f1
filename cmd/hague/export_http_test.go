package main

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestServeExport(t *testing.T) {
	m := startServer(t, "--store", "memory:")
	tests := []struct {
		name, query string
		status      int
		contentType string
		check       func(t *testing.T, body []byte)
	}{
		{
			name: "graphml around Netanyahu", query: "format=graphml&ids=Q43723&depth=2",
			status: http.StatusOK, contentType: "application/graphml+xml",
			check: func(t *testing.T, body []byte) {
				var doc struct {
					Nodes []struct {
						ID string `xml:"id,attr"`
					} `xml:"graph>node"`
				}
				if err := xml.Unmarshal(body, &doc); err != nil {
					t.Fatalf("not GraphML: %v", err)
				}
				found := false
				for _, n := range doc.Nodes {
					found = found || n.ID == "Q43723"
				}
				if !found || len(doc.Nodes) < 3 {
					t.Errorf("want Netanyahu among several nodes, got %d nodes", len(doc.Nodes))
				}
			},
		},
		{
			name: "cytoscape with a kinds filter", query: "format=cytoscape&ids=Q47488&kinds=ARREST_WARRANT",
			status: http.StatusOK, contentType: "application/vnd.cytoscape+json",
			check: func(t *testing.T, body []byte) {
				var doc struct {
					Elements struct {
						Nodes []struct {
							Data map[string]any `json:"data"`
						} `json:"nodes"`
					} `json:"elements"`
				}
				if err := json.Unmarshal(body, &doc); err != nil {
					t.Fatal(err)
				}
				events := 0
				for _, n := range doc.Elements.Nodes {
					if n.Data["type"] != "event" {
						continue
					}
					events++
					if k := n.Data["kind"]; k != "ARREST_WARRANT" {
						t.Errorf("kinds=ARREST_WARRANT let a %v through", k)
					}
				}
				if events == 0 {
					t.Error("no warrant came through")
				}
			},
		},
		{name: "unknown format", query: "format=svg", status: http.StatusBadRequest, contentType: "application/json"},
		{name: "unknown parameter", query: "format=dot&colour=red", status: http.StatusBadRequest, contentType: "application/json"},
		{name: "depth out of range", query: "format=dot&ids=Q43723&depth=99", status: http.StatusBadRequest, contentType: "application/json"},
		{name: "bad date", query: "format=dot&from=2025-13", status: http.StatusBadRequest, contentType: "application/json"},
		{name: "bad kind", query: "format=dot&kinds=PICNIC", status: http.StatusBadRequest, contentType: "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := client.Get(m.URL() + "/export?" + tt.query)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status || !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.contentType) {
				t.Fatalf("got %d %s, want %d %s: %s", resp.StatusCode, resp.Header.Get("Content-Type"), tt.status, tt.contentType, body)
			}
			if tt.status != http.StatusOK {
				var e struct {
					Error struct{ Message string } `json:"error"`
				}
				if json.Unmarshal(body, &e) != nil || e.Error.Message == "" {
					t.Errorf("an error should say what is wrong, got %s", body)
				}
			}
			if tt.check != nil {
				tt.check(t, body)
			}
		})
	}
}
