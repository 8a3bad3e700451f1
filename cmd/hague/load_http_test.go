package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// An article posted with the write token is read by the real loader and
// answers queries at once; without the token it is refused.
func TestServeLoadArticle(t *testing.T) {
	m := NewMain()
	m.Stdout, m.Stderr = io.Discard, io.Discard
	m.Getenv = func(k string) string {
		if k == "HAGUE_WRITE_TOKEN" {
			return "secret"
		}
		return ""
	}
	ctx := context.Background()
	if err := m.ParseFlags(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--store", "memory:", "--no-seed"}); err != nil {
		t.Fatal(err)
	}
	if err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	mutation := `mutation($text: String!) { loadArticle(text: $text, url: "https://example.org/mongolia", outlet: "Example", published: "2024-09-04") { document { id } eventCount } }`
	text := "Mongolia did not arrest Russian President Vladimir Putin when he visited Ulaanbaatar on Tuesday, despite the International Criminal Court's warrant for his arrest."
	send := func(token string) map[string]any {
		body, _ := json.Marshal(map[string]any{"query": mutation, "variables": map[string]any{"text": text}})
		req, _ := http.NewRequest(http.MethodPost, m.URL()+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		return out
	}
	if out := send(""); out["errors"] == nil {
		t.Fatalf("loadArticle without the token went through: %v", out)
	}
	if out := send("secret"); out["errors"] != nil {
		t.Fatalf("loadArticle with the token: %v", out)
	}
	_, out := postGraphQL(t, m.URL(), `{ events(kinds: [NON_COMPLIANCE]) { nodes { date agents { name } targets { name } sources { document { id } } } } }`, nil)
	got, _ := json.Marshal(out["data"])
	for _, want := range []string{`"date":"2024-09-03"`, `"name":"Mongolia"`, `"name":"Vladimir Putin"`, `"id":"https://example.org/mongolia"`} {
		if !strings.Contains(string(got), want) {
			t.Errorf("the failure to arrest lacks %s: %s", want, got)
		}
	}
}
