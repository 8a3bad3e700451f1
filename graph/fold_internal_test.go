package graph

import (
	"regexp"
	"strings"
	"testing"
)

// The ASCII fast paths must agree with the general ones they stand in for.

var foldCases = []string{
	"", " ", "ICC", "icc", "Vladimir Putin", "  Karim   Khan ", "Pre-Trial\tChamber\nII",
	"U.S.", "al-Bashir's", "Nicolás Guillou", "O’Brien", "a\u00a0b", "x\r\ny", "MIXED case 2025",
}

func TestFoldASCIIAgreesWithUnicodeFold(t *testing.T) {
	for _, s := range foldCases {
		if got, want := Fold(s), foldUnicode(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestSlugAgreesWithRegexpSlug(t *testing.T) {
	nonSlug := regexp.MustCompile(`[^a-z0-9]+`)
	for _, s := range append(foldCases, "--a--b--", "Ali Kushayb (Abd-Al-Rahman)", "ICC-01/04", "Ç") {
		want := strings.Trim(nonSlug.ReplaceAllString(foldUnicode(s), "-"), "-")
		if got := Slug(s); got != want {
			t.Errorf("Slug(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	nonSlug := regexp.MustCompile(`[^a-z0-9]+`)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldUnicode(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := Slug(s), strings.Trim(nonSlug.ReplaceAllString(foldUnicode(s), "-"), "-"); got != want {
			t.Fatalf("Slug(%q) = %q, want %q", s, got, want)
		}
	})
}
