package main

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/hague-kg/hague"

// TestLayering keeps the dependency direction of DEVELOPERS.md true: graph
// stands alone, schema and loaders build on graph and never on each other,
// seed only embeds data, and only cmd wires them together.
func TestLayering(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH")
	}
	tests := []struct {
		pkg       string
		forbidden []string // module packages the package must not depend on, even indirectly
	}{
		{"graph", []string{"schema", "loaders", "seed", "cmd"}},
		{"schema", []string{"loaders", "seed", "cmd"}},
		{"loaders", []string{"schema", "seed", "cmd"}},
		{"seed", []string{"graph", "schema", "loaders", "cmd"}},
	}
	for _, tt := range tests {
		t.Run(tt.pkg, func(t *testing.T) {
			for _, dep := range goList(t, "-deps", "./"+tt.pkg+"/...") {
				for _, f := range tt.forbidden {
					if dep == module+"/"+f || strings.HasPrefix(dep, module+"/"+f+"/") {
						t.Errorf("%s depends on %s", tt.pkg, dep)
					}
				}
			}
		})
	}

	t.Run("graph imports only Cayley, zerolog, x/text and the standard library", func(t *testing.T) {
		allowed := []string{"github.com/cayleygraph/", "github.com/rs/zerolog", "golang.org/x/text/"}
		for _, imp := range goList(t, "-f", "{{join .Imports \"\\n\"}}", "./graph/...") {
			if !strings.Contains(strings.SplitN(imp, "/", 2)[0], ".") {
				continue // standard library
			}
			ok := false
			for _, a := range allowed {
				ok = ok || strings.HasPrefix(imp, a)
			}
			if !ok {
				t.Errorf("graph imports %s", imp)
			}
		}
	})
}

func goList(t *testing.T, args ...string) []string {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %v: %v", args, err)
	}
	return strings.Fields(string(out))
}
