package loaders_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hague-kg/hague/graph"
	"github.com/hague-kg/hague/loaders"
)

// The dev set measures the extractor against hand-made gold annotations; see
// testdata/devset/README.md for the format and the annotation conventions.
var (
	evalFlag   = flag.Bool("eval", false, "print the scores of the dev set (or held-out set) instead of checking them against its floors.json")
	evalFloors = flag.Bool("update-floors", false, "rewrite the floors.json of the dev set (or held-out set) from its current scores")
)

// An evalSet is a directory of articles with gold annotations, scored the
// same way; the dev set is tuned on, the held-out set (heldout_test.go) is not.
type evalSet struct {
	name string // "dev set", as the table and the failures call it
	dir  string
	test string // the test that scores it, for the hint in a failure
}

var devset = evalSet{name: "dev set", dir: "testdata/devset", test: "TestDevSet"}

type goldEntity struct {
	ID    string           `json:"id"`
	Kind  graph.EntityKind `json:"kind"`
	Name  string           `json:"name"`
	Group bool             `json:"group,omitempty"`
}

type goldEvent struct {
	Kind         graph.EventKind `json:"kind"`
	Agents       []string        `json:"agents"`
	Targets      []string        `json:"targets"`
	Date         string          `json:"date"`
	Effective    string          `json:"effective,omitempty"`
	Until        string          `json:"until,omitempty"`
	Counts       int             `json:"counts,omitempty"`
	InResponseTo []int           `json:"inResponseTo,omitempty"`
}

type gold struct {
	Entities []goldEntity `json:"entities"`
	Events   []goldEvent  `json:"events"`
}

type devDoc struct {
	name string
	text string // the article file, front matter included
	gold gold
}

// loadDocs reads every <name>.txt with its <name>.gold.json in dir, in name order.
func loadDocs(t *testing.T, dir string) []devDoc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no gold files in %s", dir)
	}
	sort.Strings(paths)
	var docs []devDoc
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".gold.json")
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var g gold
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		text, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Fatalf("gold %s has no article: %v", p, err)
		}
		docs = append(docs, devDoc{name: name, text: string(text), gold: g})
	}
	return docs
}

var qid = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// TestDevSetGold checks that the gold files are well formed, so that a typo in
// an annotation shows up as such rather than as an extractor miss.
func TestDevSetGold(t *testing.T) { checkGold(t, devset.dir) }

func checkGold(t *testing.T, dir string) {
	for _, d := range loadDocs(t, dir) {
		t.Run(d.name, func(t *testing.T) {
			doc, err := loaders.ParseArticle(strings.NewReader(d.text), graph.Document{})
			if err != nil {
				t.Fatalf("article: %v", err)
			}
			if doc.Published.Precision != graph.PrecisionDay {
				t.Errorf("article: published = %q, want a day", doc.Published)
			}
			if doc.Title == "" || doc.URL == "" || doc.Outlet == "" {
				t.Errorf("article: front matter needs title, url and outlet, got %q, %q, %q", doc.Title, doc.URL, doc.Outlet)
			}
			ids := map[string]bool{}
			for _, e := range d.gold.Entities {
				if ids[e.ID] {
					t.Errorf("entity %s listed twice", e.ID)
				}
				ids[e.ID] = true
				if !e.Kind.Valid() || e.Name == "" {
					t.Errorf("entity %s: needs a known kind and a name, got %q, %q", e.ID, e.Kind, e.Name)
				}
				if !e.Group && !qid.MatchString(e.ID) && e.ID != graph.Slug(e.Name) {
					t.Errorf("entity %s: id is neither a QID nor graph.Slug(%q) = %q", e.ID, e.Name, graph.Slug(e.Name))
				}
			}
			for i, ev := range d.gold.Events {
				what := fmt.Sprintf("event %d (%s)", i, ev.Kind)
				if !ev.Kind.Valid() {
					t.Errorf("%s: unknown kind", what)
				}
				if len(ev.Agents)+len(ev.Targets) == 0 {
					t.Errorf("%s: no participants", what)
				}
				for _, id := range append(append([]string(nil), ev.Agents...), ev.Targets...) {
					if !ids[id] {
						t.Errorf("%s: participant %q is not among the entities", what, id)
					}
				}
				for _, s := range []string{ev.Date, ev.Effective, ev.Until} {
					if _, err := graph.ParseDate(s); err != nil {
						t.Errorf("%s: %v", what, err)
					}
				}
				if d, err := graph.ParseDate(ev.Date); err == nil && d.After(doc.Published) == graph.True {
					t.Errorf("%s: date %s is after publication %s", what, ev.Date, doc.Published)
				}
				for _, j := range ev.InResponseTo {
					if j < 0 || j >= len(d.gold.Events) || j == i {
						t.Errorf("%s: inResponseTo %d is not another event of the file", what, j)
					}
				}
				for j, other := range d.gold.Events[:i] {
					if goldKey(other) == goldKey(ev) {
						t.Errorf("%s: same kind, parties and date as event %d; one event per fact", what, j)
					}
				}
			}
		})
	}
}

// tally counts matches for precision and recall.
type tally struct{ tp, fp, fn int }

func (c *tally) add(o tally) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

func (c tally) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c tally) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

func (c tally) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// scores is what one run over an eval set measures.
type scores struct {
	set            string
	entities       tally
	entityKinds    map[graph.EntityKind]*tally // by gold kind (tp, fn) and predicted kind (fp)
	entityKindOK   int                         // matched entities whose kind agrees
	events         tally
	eventKinds     map[graph.EventKind]*tally
	links          tally // inResponseTo between matched events
	attrOK, attrN  int   // effective, until and counts on matched events
	perDoc         []docReport
	extractedBytes int
}

type docReport struct {
	name                   string
	entities, events       tally
	missedEnt, spuriousEnt []string
	missedEv, spuriousEv   []string
	attrNotes              []string
}

func newScores(set string) *scores {
	s := &scores{set: set, entityKinds: map[graph.EntityKind]*tally{}, eventKinds: map[graph.EventKind]*tally{}}
	for _, k := range graph.EntityKinds {
		s.entityKinds[k] = &tally{}
	}
	for _, k := range graph.EventKinds {
		s.eventKinds[k] = &tally{}
	}
	return s
}

func goldKey(e goldEvent) string {
	return eventKey(e.Kind, e.Agents, e.Targets, e.Date)
}

func eventKey(kind graph.EventKind, agents, targets []string, date string) string {
	return fmt.Sprintf("%s agents=%s targets=%s date=%s", kind, setString(agents), setString(targets), date)
}

// setString renders ids as a sorted, de-duplicated set.
func setString(ids []string) string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return "[" + strings.Join(out, " ") + "]"
}

func predKey(e graph.Event) string {
	return eventKey(e.Kind, e.With(graph.Agent), e.With(graph.Target), e.Date.String())
}

func runSet(t *testing.T, set evalSet) *scores {
	t.Helper()
	catalogJSON, err := os.ReadFile("../seed/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	countriesJSON, err := os.ReadFile("../seed/countries.json")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := loaders.NewCatalog(catalogJSON, countriesJSON)
	if err != nil {
		t.Fatal(err)
	}
	x := loaders.NewExtractor(cat)
	s := newScores(set.name)
	for _, d := range loadDocs(t, set.dir) {
		doc, err := loaders.ParseArticle(strings.NewReader(d.text), graph.Document{})
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
		rep, err := extractSafely(x, doc)
		if err != nil {
			// Score the document as found nothing, so the table stays comparable.
			t.Errorf("%s: extract: %v", d.name, err)
			rep = &graph.Report{Document: doc}
		}
		s.extractedBytes += len(doc.Text)
		s.score(d, rep)
	}
	return s
}

// extractSafely turns a panic in the extractor into an error naming the
// document, so one bad article does not hide the scores of the others.
func extractSafely(x *loaders.Extractor, doc graph.Document) (rep *graph.Report, err error) {
	defer func() {
		if r := recover(); r != nil {
			rep, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return x.Extract(doc)
}

// score compares one report with its gold and adds to the totals.
func (s *scores) score(d devDoc, rep *graph.Report) {
	r := docReport{name: d.name}

	// Entities count by id; groups are event parties, not entities to find.
	groups := map[string]bool{}
	goldEnt := map[string]goldEntity{}
	for _, e := range d.gold.Entities {
		if e.Group {
			groups[e.ID] = true
			continue
		}
		goldEnt[e.ID] = e
	}
	predEnt := map[string]graph.Entity{}
	for _, e := range rep.Entities {
		if !groups[e.ID] {
			predEnt[e.ID] = e
		}
	}
	for _, id := range sortedKeys(goldEnt) {
		g := goldEnt[id]
		if p, ok := predEnt[id]; ok {
			r.entities.tp++
			s.entityKinds[g.Kind].tp++
			if p.Kind == g.Kind {
				s.entityKindOK++
			}
			continue
		}
		r.entities.fn++
		s.entityKinds[g.Kind].fn++
		r.missedEnt = append(r.missedEnt, fmt.Sprintf("%s %s (%s)", g.Kind, id, g.Name))
	}
	for _, id := range sortedKeys(predEnt) {
		if _, ok := goldEnt[id]; ok {
			continue
		}
		p := predEnt[id]
		r.entities.fp++
		if k, ok := s.entityKinds[p.Kind]; ok {
			k.fp++
		}
		r.spuriousEnt = append(r.spuriousEnt, fmt.Sprintf("%s %s (%s)%s", p.Kind, id, p.Name, quoteOf(p.Sources)))
	}

	// Events match one to one on kind, agent set, target set and date, greedily in gold order.
	matchOf := make([]int, len(d.gold.Events)) // gold index → predicted index, or -1
	used := make([]bool, len(rep.Events))
	for i, g := range d.gold.Events {
		matchOf[i] = -1
		key := goldKey(g)
		for j, p := range rep.Events {
			if !used[j] && predKey(p) == key {
				matchOf[i], used[j] = j, true
				break
			}
		}
		k := s.eventKinds[g.Kind]
		if matchOf[i] < 0 {
			r.events.fn++
			k.fn++
			r.missedEv = append(r.missedEv, key+nearest(g, rep.Events, used))
			continue
		}
		r.events.tp++
		k.tp++
		p := rep.Events[matchOf[i]]
		for _, a := range []struct{ what, want, got string }{
			{"effective", g.Effective, p.Effective.String()},
			{"until", g.Until, p.Until.String()},
			{"counts", countString(g.Counts), countString(p.Counts)},
		} {
			if a.want == "" && a.got == "" {
				continue
			}
			s.attrN++
			if a.want == a.got {
				s.attrOK++
			} else {
				r.attrNotes = append(r.attrNotes, fmt.Sprintf("%s: %s = %q, want %q", key, a.what, a.got, a.want))
			}
		}
	}
	for j, p := range rep.Events {
		if used[j] {
			continue
		}
		r.events.fp++
		if k, ok := s.eventKinds[p.Kind]; ok {
			k.fp++
		}
		r.spuriousEv = append(r.spuriousEv, predKey(p)+quoteOf(p.Sources))
	}

	// inResponseTo links count between matched events only, so that they
	// measure the links and not the events again.
	predIndex := map[string]int{}
	for j, p := range rep.Events {
		predIndex[p.ID] = j
	}
	goldOf := map[int]int{}
	for i, j := range matchOf {
		if j >= 0 {
			goldOf[j] = i
		}
	}
	for i, g := range d.gold.Events {
		want := map[int]bool{}
		for _, to := range g.InResponseTo {
			if matchOf[i] >= 0 && matchOf[to] >= 0 {
				want[to] = true
			}
		}
		got := map[int]bool{}
		if j := matchOf[i]; j >= 0 {
			for _, id := range rep.Events[j].InResponseTo {
				if pj, ok := predIndex[id]; ok {
					if gi, ok := goldOf[pj]; ok {
						got[gi] = true
					}
				}
			}
		}
		for to := range want {
			if got[to] {
				s.links.tp++
			} else {
				s.links.fn++
				r.attrNotes = append(r.attrNotes, fmt.Sprintf("%s: missing inResponseTo %s", goldKey(g), goldKey(d.gold.Events[to])))
			}
		}
		for to := range got {
			if !want[to] {
				s.links.fp++
				r.attrNotes = append(r.attrNotes, fmt.Sprintf("%s: spurious inResponseTo %s", goldKey(g), goldKey(d.gold.Events[to])))
			}
		}
	}

	s.entities.add(r.entities)
	s.events.add(r.events)
	s.perDoc = append(s.perDoc, r)
}

// nearest explains a miss by the unmatched predicted event of the same kind
// sharing the most parties, if any.
func nearest(g goldEvent, preds []graph.Event, used []bool) string {
	want := map[string]bool{}
	for _, id := range append(append([]string(nil), g.Agents...), g.Targets...) {
		want[id] = true
	}
	best, bestN := -1, 0
	for j, p := range preds {
		if used[j] || p.Kind != g.Kind {
			continue
		}
		n := 1
		for _, id := range append(p.With(graph.Agent), p.With(graph.Target)...) {
			if want[id] {
				n++
			}
		}
		if n > bestN {
			best, bestN = j, n
		}
	}
	if best < 0 {
		return ""
	}
	return "\n\t\t    nearest: " + predKey(preds[best])
}

func quoteOf(src []graph.Source) string {
	if len(src) == 0 {
		return ""
	}
	q := src[0].Quote
	if r := []rune(q); len(r) > 100 {
		q = string(r[:100]) + "…"
	}
	return fmt.Sprintf("\n\t\t    from: %q", q)
}

func countString(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// A floor is the least score an eval set must keep.
type floor struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

type floorFile struct {
	Note     string `json:"note"`
	Entities floor  `json:"entities"`
	Events   floor  `json:"events"`
}

func floorOf(c tally) floor {
	down := func(x float64) float64 { return math.Floor(x*100+1e-9) / 100 }
	return floor{Precision: down(c.precision()), Recall: down(c.recall()), F1: down(c.f1())}
}

// TestDevSet runs the extractor over the dev set. With -eval it prints
// precision, recall and F1 for entities and events, per kind and overall (and
// each file's misses with -v); otherwise it fails when a score falls below
// testdata/devset/floors.json. -update-floors rewrites that file from the
// current scores, rounded down to two decimals.
func TestDevSet(t *testing.T) { evaluate(t, devset) }

// evaluate scores set and prints the table (-eval), rewrites its floors.json
// (-update-floors) or checks the scores against it.
func evaluate(t *testing.T, set evalSet) {
	s := runSet(t, set)
	floorsPath := filepath.Join(set.dir, "floors.json")
	if *evalFloors {
		f := floorFile{
			Note:     fmt.Sprintf("Least %s scores %s accepts, from `go test ./loaders -run %s -update-floors`. Raise them as the extractor improves; do not lower them to let a change through.", strings.ReplaceAll(set.name, " ", "-"), set.test, set.test),
			Entities: floorOf(s.entities),
			Events:   floorOf(s.events),
		}
		b, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(floorsPath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", floorsPath)
	}
	if *evalFlag {
		fmt.Print(s.table())
		if testing.Verbose() {
			fmt.Print(s.details())
		}
		return
	}
	raw, err := os.ReadFile(floorsPath)
	if err != nil {
		t.Fatalf("floors: %v (write it with -update-floors)", err)
	}
	var f floorFile
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("%s: %v", floorsPath, err)
	}
	for _, c := range []struct {
		what  string
		got   tally
		floor floor
	}{{"entity", s.entities, f.Entities}, {"event", s.events, f.Events}} {
		for _, m := range []struct {
			name       string
			got, least float64
		}{
			{"precision", c.got.precision(), c.floor.Precision},
			{"recall", c.got.recall(), c.floor.Recall},
			{"F1", c.got.f1(), c.floor.F1},
		} {
			// floorOf rounds an exact 0.92 computed as 0.91999… to 0.92; compare with the same slack.
			if m.got+1e-9 < m.least {
				t.Errorf("%s %s %s = %.3f, below the floor %.2f in %s; run `go test ./loaders -run %s -eval -v` to see what changed", set.name, c.what, m.name, m.got, m.least, floorsPath, set.test)
			}
		}
	}
}

func (s *scores) table() string {
	var b strings.Builder
	row := func(name string, c tally) {
		fmt.Fprintf(&b, "  %-26s %5d %5d %5d   %6.3f %6.3f %6.3f\n", name, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1())
	}
	head := func(title string) {
		fmt.Fprintf(&b, "\n%s\n  %-26s %5s %5s %5s   %6s %6s %6s\n", title, "kind", "tp", "fp", "fn", "P", "R", "F1")
	}
	fmt.Fprintf(&b, "%s: %d documents, %d bytes of text\n", s.set, len(s.perDoc), s.extractedBytes)
	head("ENTITIES (by id; recall by gold kind, precision by extracted kind)")
	for _, k := range graph.EntityKinds {
		row(string(k), *s.entityKinds[k])
	}
	row("ALL", s.entities)
	if s.entities.tp > 0 {
		fmt.Fprintf(&b, "  kind agrees on %d of %d found entities (%.3f)\n", s.entityKindOK, s.entities.tp, float64(s.entityKindOK)/float64(s.entities.tp))
	}
	head("EVENTS (kind, agents, targets and date all equal)")
	for _, k := range graph.EventKinds {
		row(string(k), *s.eventKinds[k])
	}
	row("ALL", s.events)
	head("LINKS between found events")
	row("inResponseTo", s.links)
	if s.attrN > 0 {
		fmt.Fprintf(&b, "  effective/until/counts right on %d of %d (%.3f)\n", s.attrOK, s.attrN, float64(s.attrOK)/float64(s.attrN))
	}
	return b.String()
}

func (s *scores) details() string {
	var b strings.Builder
	list := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(&b, "  %s:\n", title)
		for _, it := range items {
			fmt.Fprintf(&b, "\t%s\n", it)
		}
	}
	for _, r := range s.perDoc {
		fmt.Fprintf(&b, "\n%s: entities P %.2f R %.2f, events P %.2f R %.2f\n", r.name,
			r.entities.precision(), r.entities.recall(), r.events.precision(), r.events.recall())
		list("missed entities", r.missedEnt)
		list("spurious entities", r.spuriousEnt)
		list("missed events", r.missedEv)
		list("spurious events", r.spuriousEv)
		list("attributes", r.attrNotes)
	}
	return b.String()
}
