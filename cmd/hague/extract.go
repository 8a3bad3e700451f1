package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/hague-kg/hague/graph"
)

// extractCommand prints what the article loader finds in a file, without
// writing anything, so that a person can review it.
type extractCommand struct {
	file                          string
	json                          bool
	title, url, outlet, published string
}

func (c *extractCommand) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.json, "json", false, "print JSON instead of tables")
	fs.StringVar(&c.title, "title", "", "title of a bare text article (front matter wins)")
	fs.StringVar(&c.url, "url", "", "URL of a bare text article")
	fs.StringVar(&c.outlet, "outlet", "", "outlet of a bare text article")
	fs.StringVar(&c.published, "published", "", "publication date of a bare text article, YYYY-MM-DD")
}

func (c *extractCommand) args(args []string) error {
	if len(args) != 1 {
		return usageError("needs exactly one FILE, got %d", len(args))
	}
	if c.published != "" {
		if _, err := graph.ParseDate(c.published); err != nil {
			return usageError("--published: %v", err)
		}
	}
	c.file = args[0]
	return nil
}

func (*extractCommand) store() storeMode { return noStore }

func (c *extractCommand) run(ctx context.Context, m *Main) error {
	raw, err := readFile(c.file, 64<<20)
	if err != nil {
		return fmt.Errorf("extract %s: %w", c.file, err)
	}
	defaults := graph.Document{Title: c.title, URL: c.url, Outlet: c.outlet}
	defaults.Published, _ = graph.ParseDate(c.published)
	doc, err := parseArticle(bytes.NewReader(raw), defaults)
	if err != nil {
		return fmt.Errorf("extract %s: %w", c.file, err)
	}
	x, err := newExtractor()
	if err != nil {
		return err
	}
	rep, err := x.Extract(doc)
	if err != nil {
		return fmt.Errorf("extract %s: %w", c.file, err)
	}
	v := newExtraction(rep)
	if c.json {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	return v.writeText(m.Stdout)
}

// extraction is a report arranged for review: by sentence, with names
// instead of ids.
type extraction struct {
	Document  extractedDoc        `json:"document"`
	Sentences []extractedSentence `json:"sentences"`
	Entities  []extractedEntity   `json:"entities"`
	Events    []extractedEvent    `json:"events"`
	Positions []extractedPosition `json:"positions"`
}

type extractedDoc struct {
	IRI       string `json:"iri"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
}

type span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type extractedSentence struct {
	N    int    `json:"n"`
	span        // rune offsets into the text
	Text string `json:"text"`
}

type extractedEntity struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases,omitempty"`
	Wikidata   string   `json:"wikidata,omitempty"`
	ISO        string   `json:"iso,omitempty"`
	Confidence float64  `json:"confidence"`
	Sentences  []int    `json:"sentences"`
}

type extractedRole struct {
	Role   string `json:"role"`
	Entity string `json:"entity"`
	Name   string `json:"name"`
}

type extractedEvent struct {
	ID           string          `json:"id"`
	Kind         string          `json:"kind"`
	Date         string          `json:"date,omitempty"`
	Effective    string          `json:"effective,omitempty"`
	Until        string          `json:"until,omitempty"`
	Participants []extractedRole `json:"participants"`
	InResponseTo []string        `json:"inResponseTo,omitempty"`
	Counts       int             `json:"counts,omitempty"`
	Description  string          `json:"description,omitempty"`
	Confidence   float64         `json:"confidence"`
	Sentences    []int           `json:"sentences"`
}

type extractedPosition struct {
	ID           string `json:"id"`
	Holder       string `json:"holder"`
	Title        string `json:"title"`
	Organization string `json:"organization,omitempty"`
	Start        string `json:"start,omitempty"`
	End          string `json:"end,omitempty"`
	Sentences    []int  `json:"sentences"`
}

func newExtraction(r *graph.Report) *extraction {
	d := r.Document
	v := &extraction{Document: extractedDoc{IRI: d.IRI, Title: d.Title, URL: d.URL, Outlet: d.Outlet, Published: d.Published.String()}}
	// Sentences are the distinct source spans, in text order.
	spans := map[span]int{}
	collect := func(ss []graph.Source) {
		for _, s := range ss {
			spans[span{s.Start, s.End}] = 0
		}
	}
	for _, e := range r.Entities {
		collect(e.Sources)
	}
	for _, e := range r.Events {
		collect(e.Sources)
	}
	for _, p := range r.Positions {
		collect(p.Sources)
	}
	ordered := make([]span, 0, len(spans))
	for s := range spans {
		ordered = append(ordered, s)
	}
	sort.Slice(ordered, func(i, j int) bool {
		if ordered[i].Start != ordered[j].Start {
			return ordered[i].Start < ordered[j].Start
		}
		return ordered[i].End < ordered[j].End
	})
	text := []rune(d.Text)
	for i, s := range ordered {
		spans[s] = i + 1
		quote := ""
		if s.Start >= 0 && s.End <= len(text) && s.Start <= s.End {
			quote = string(text[s.Start:s.End])
		}
		v.Sentences = append(v.Sentences, extractedSentence{N: i + 1, span: s, Text: quote})
	}
	numbers := func(ss []graph.Source) []int {
		out := []int{}
		for _, s := range ss {
			out = append(out, spans[span{s.Start, s.End}])
		}
		sort.Ints(out)
		return compactInts(out)
	}
	names := map[string]string{}
	for _, e := range r.Entities {
		names[e.ID] = e.Name
		v.Entities = append(v.Entities, extractedEntity{ID: e.ID, Kind: string(e.Kind), Name: e.Name, Aliases: e.Aliases,
			Wikidata: e.Wikidata, ISO: e.ISO, Confidence: e.Confidence, Sentences: numbers(e.Sources)})
	}
	for _, e := range r.Events {
		ev := extractedEvent{ID: e.ID, Kind: string(e.Kind), Date: e.Date.String(), Effective: e.Effective.String(), Until: e.Until.String(),
			InResponseTo: e.InResponseTo, Counts: e.Counts, Description: e.Description, Confidence: e.Confidence, Sentences: numbers(e.Sources),
			Participants: []extractedRole{}}
		for _, p := range e.Participants {
			ev.Participants = append(ev.Participants, extractedRole{Role: string(p.Role), Entity: p.Entity, Name: nameOr(names, p.Entity)})
		}
		v.Events = append(v.Events, ev)
	}
	for _, p := range r.Positions {
		v.Positions = append(v.Positions, extractedPosition{ID: p.ID, Holder: nameOr(names, p.Holder), Title: p.Title,
			Organization: nameOr(names, p.Organization), Start: p.Start.String(), End: p.End.String(), Sentences: numbers(p.Sources)})
	}
	return v
}

func nameOr(names map[string]string, id string) string {
	if n, ok := names[id]; ok {
		return n
	}
	return id
}

func compactInts(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// writeText prints the extraction as a person reads it: each sentence with
// what was found in it, then tables of entities, events and positions.
func (v *extraction) writeText(w io.Writer) error {
	ew := &errWriter{w: w}
	d := v.Document
	fmt.Fprintf(ew, "DOCUMENT  %s\n", d.IRI)
	if d.Title != "" {
		fmt.Fprintf(ew, "  title   %s\n", d.Title)
	}
	fmt.Fprintf(ew, "  outlet  %s   published %s\n\n", orDash(d.Outlet), orDash(d.Published))

	bySentence := func(n int, ss []int) bool {
		for _, s := range ss {
			if s == n {
				return true
			}
		}
		return false
	}
	fmt.Fprintf(ew, "SENTENCES (%d)\n", len(v.Sentences))
	for _, s := range v.Sentences {
		fmt.Fprintf(ew, "[%d] %d-%d  %s\n", s.N, s.Start, s.End, s.Text)
		var mentions []string
		for _, e := range v.Entities {
			if bySentence(s.N, e.Sentences) {
				mentions = append(mentions, fmt.Sprintf("%s (%s)", e.Name, strings.ToLower(e.Kind)))
			}
		}
		if len(mentions) > 0 {
			fmt.Fprintf(ew, "      mentions: %s\n", strings.Join(mentions, "; "))
		}
		for _, e := range v.Events {
			if bySentence(s.N, e.Sentences) {
				fmt.Fprintf(ew, "      event:    %s\n", e.summary())
			}
		}
		for _, p := range v.Positions {
			if bySentence(s.N, p.Sentences) {
				fmt.Fprintf(ew, "      position: %s, %s of %s\n", p.Holder, p.Title, orDash(p.Organization))
			}
		}
	}

	tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "\nENTITIES (%d)\nID\tKIND\tNAME\tWIKIDATA\tISO\tCONF\tSENTENCES\n", len(v.Entities))
	for _, e := range v.Entities {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.2f\t%s\n", e.ID, e.Kind, e.Name, orDash(e.Wikidata), orDash(e.ISO), e.Confidence, ints(e.Sentences))
	}
	fmt.Fprintf(tw, "\nEVENTS (%d)\nKIND\tDATE\tAGENTS\tTARGETS\tOTHER\tIN RESPONSE TO\tCONF\tSENTENCES\n", len(v.Events))
	for _, e := range v.Events {
		date := orDash(e.Date)
		if e.Until != "" {
			date += ".." + e.Until
		}
		if e.Effective != "" {
			date += " (effective " + e.Effective + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%.2f\t%s\n", e.Kind, date, e.names("AGENT"), e.names("TARGET"), e.others(),
			orDash(strings.Join(e.InResponseTo, ", ")), e.Confidence, ints(e.Sentences))
	}
	fmt.Fprintf(tw, "\nPOSITIONS (%d)\nHOLDER\tTITLE\tORGANIZATION\tSTART\tSENTENCES\n", len(v.Positions))
	for _, p := range v.Positions {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", p.Holder, p.Title, orDash(p.Organization), orDash(p.Start), ints(p.Sentences))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return ew.err
}

func (e extractedEvent) names(role string) string {
	var out []string
	for _, p := range e.Participants {
		if p.Role == role {
			out = append(out, p.Name)
		}
	}
	return orDash(strings.Join(out, ", "))
}

func (e extractedEvent) others() string {
	var out []string
	for _, p := range e.Participants {
		if p.Role != "AGENT" && p.Role != "TARGET" {
			out = append(out, strings.ToLower(p.Role)+": "+p.Name)
		}
	}
	return orDash(strings.Join(out, ", "))
}

func (e extractedEvent) summary() string {
	s := e.Kind
	if e.Date != "" {
		s += " " + e.Date
	}
	if e.Until != "" {
		s += ".." + e.Until
	}
	s += "  " + e.names("AGENT") + " → " + e.names("TARGET")
	if o := e.others(); o != "-" {
		s += "  (" + o + ")"
	}
	if e.Counts > 0 {
		s += fmt.Sprintf("  %d counts", e.Counts)
	}
	if len(e.InResponseTo) > 0 {
		s += "  in response to " + strings.Join(e.InResponseTo, ", ")
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func ints(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return orDash(strings.Join(parts, ","))
}

// errWriter keeps the first write error so that printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
