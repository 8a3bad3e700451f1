package graph_test

import (
	"errors"
	"testing"

	"github.com/hague-kg/hague/graph"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want, earliest, latest string
		err                        bool
	}{
		{in: "2025", want: "2025", earliest: "2025-01-01", latest: "2025-12-31"},
		{in: "2024-02", want: "2024-02", earliest: "2024-02-01", latest: "2024-02-29"},
		{in: "2025-02-06", want: "2025-02-06", earliest: "2025-02-06", latest: "2025-02-06"},
		{in: "", want: ""},
		{in: "2025-13", err: true},
		{in: "2025-02-30", err: true},
		{in: "25-02", err: true},
		{in: "2025/02", err: true},
		{in: "+202", err: true},
		{in: "2025-+2", err: true},
		{in: "2025-02-06-01", err: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := graph.ParseDate(tt.in)
			if tt.err {
				if !errors.Is(err, graph.ErrInvalid) {
					t.Fatalf("got %v, want ErrInvalid", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.String() != tt.want {
				t.Errorf("String: got %q, want %q", d.String(), tt.want)
			}
			if !d.IsZero() && (d.Earliest().Format("2006-01-02") != tt.earliest || d.Latest().Format("2006-01-02") != tt.latest) {
				t.Errorf("interval: got %s..%s, want %s..%s", d.Earliest().Format("2006-01-02"), d.Latest().Format("2006-01-02"), tt.earliest, tt.latest)
			}
		})
	}
}

func TestDateComparisons(t *testing.T) {
	d := graph.MustParseDate
	tests := []struct {
		name string
		got  graph.Truth
		want graph.Truth
	}{
		{"month before later month", d("2025-02").Before(d("2025-03")), graph.True},
		{"month before a day inside it", d("2025-02").Before(d("2025-02-10")), graph.Possibly},
		{"year after earlier day", d("2025").After(d("2024-11-21")), graph.True},
		{"unknown is possibly anything", graph.Date{}.Before(d("2025")), graph.Possibly},
		{"day not before itself", d("2025-06-02").Before(d("2025-06-02")), graph.False},
		{"month inside range", d("2025-04").Overlaps(d("2025-01-01"), d("2025-12-31")), graph.True},
		{"month straddles range end", d("2025-04").Overlaps(d("2025-01-01"), d("2025-04-15")), graph.Possibly},
		{"month outside range", d("2025-04").Overlaps(d("2025-05-01"), graph.Date{}), graph.False},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if got := d("2024-02-29").AddYears(1).String(); got != "2025-02-28" {
		t.Errorf("leap day plus a year: got %s", got)
	}
	least, most, ok := d("2025-02").DaysBetween(d("2025-03-01"))
	if !ok || least != 1 || most != 28 {
		t.Errorf("DaysBetween: got %d..%d %v, want 1..28", least, most, ok)
	}
}
