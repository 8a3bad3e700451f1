package loaders

import (
	"strconv"
	"time"

	"github.com/hague-kg/hague/graph"
)

// A dateExpr is a date phrase of a sentence, resolved against the
// publication date. A phrase can stand for several dates ("in 2023 and
// 2024") or a span (Date to Until).
type dateExpr struct {
	from, to  int // token span
	dates     []graph.Date
	until     graph.Date
	effective bool // "takes effect on ...", "with immediate effect"
	afterYear int  // "takes effect one year after": years to add to the event's date
	// notice is when the period that ends on an effective date began:
	// "took effect on Sunday, a year after X pulled out"
	notice graph.Date
	// clause marks "six days after", whose date is that of the clause it
	// opens ("six days after the ICC had issued a warrant"), counted back
	// from the date named before it
	clause bool
	// back marks a date counted back from the one named before ("four
	// days earlier"): a flashback that leaves the narrative time where it is
	back bool
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
	"oct.": 10, "nov.": 11, "dec.": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
}

// monthCue words before a bare month name make it a date ("in May", "last
// November"); without one, "May" is the verb.
var monthCue = map[string]bool{
	"in": true, "on": true, "since": true, "last": true, "early": true, "late": true, "mid": true, "mid-": true,
	"this": true, "next": true, "until": true, "by": true, "from": true, "of": true, "during": true,
	"before": true, "after": true, "through": true, "till": true, "between": true, "and": true, "or": true,
	"to": true, "previous": true, "past": true, "coming": true,
}

var yearCue = map[string]bool{
	"in": true, "since": true, "of": true, "during": true, "by": true, "until": true, "early": true,
	"late": true, "mid": true, "from": true, "and": true, "to": true, "before": true, "after": true,
	"throughout": true, "between": true, "till": true, "around": true,
}

func tokNum(t *token) (int, bool) {
	if t == nil || !t.num {
		return 0, false
	}
	n, err := strconv.Atoi(t.text)
	return n, err == nil
}

func isYear(t *token) (int, bool) {
	n, ok := tokNum(t)
	if ok && len(t.text) == 4 && n >= 1900 && n <= 2100 {
		return n, true
	}
	return 0, false
}

func isDayNum(t *token) (int, bool) {
	s := t.fold
	// "2nd", "24th"
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(s) > 2 && s[len(s)-2:] == suf {
			if n, err := strconv.Atoi(s[:len(s)-2]); err == nil && n >= 1 && n <= 31 {
				return n, true
			}
		}
	}
	n, ok := tokNum(t)
	if ok && n >= 1 && n <= 31 && len(t.text) <= 2 {
		return n, true
	}
	return 0, false
}

// dateResolver resolves partial dates against a document's publication date.
type dateResolver struct {
	pub    graph.Date
	future bool // the sentence speaks of the future ("will", "scheduled")
	// futureAt is where the sentence's first cue of the future stands
	// (0 for none): a date in a past clause before it, set off by a
	// comma, is past ("deposited it on June 2, meaning it will take effect")
	futureAt int
	// anchor is the narrative time: the last date an earlier sentence of the
	// document named, which "that year", "the following week" and "two
	// months later" count from.
	anchor graph.Date
}

// relative resolves a date counted from base: n units ("day", "week",
// "month", "year") later. The result is never more precise than base, and a
// count of days or weeks from a month or coarser keeps base's month; n < 0
// means an unstated number ("days later"), which keeps base's month.
func relative(base graph.Date, n int, unit string) graph.Date {
	if base.IsZero() {
		return graph.Date{}
	}
	t := time.Date(base.Year, max(base.Month, 1), max(base.Day, 1), 0, 0, 0, 0, time.UTC)
	switch unit {
	case "day", "days", "week", "weeks":
		if base.Precision < graph.PrecisionMonth {
			return graph.Date{Year: base.Year, Precision: graph.PrecisionYear}
		}
		if n < 0 || base.Precision == graph.PrecisionMonth {
			return graph.Date{Year: base.Year, Month: base.Month, Precision: graph.PrecisionMonth}
		}
		days := n
		if unit == "week" || unit == "weeks" {
			days = 7 * n
			// a week later: the month when the whole week lies in it
			d := t.AddDate(0, 0, days)
			return graph.Date{Year: d.Year(), Month: d.Month(), Precision: graph.PrecisionMonth}
		}
		return graph.DateOf(t.AddDate(0, 0, days))
	case "month", "months":
		if base.Precision < graph.PrecisionMonth {
			return graph.Date{Year: base.Year, Precision: graph.PrecisionYear}
		}
		if n < 0 {
			return graph.Date{}
		}
		d := time.Date(base.Year, base.Month+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return graph.Date{Year: d.Year(), Month: d.Month(), Precision: graph.PrecisionMonth}
	case "year", "years":
		if n < 0 {
			return graph.Date{}
		}
		return graph.Date{Year: base.Year + n, Precision: graph.PrecisionYear}
	}
	return graph.Date{}
}

// shift moves base by n units (n may be negative), keeping base's
// precision; a count of days or weeks from a month keeps the month.
func shift(base graph.Date, n int, unit string) graph.Date {
	if base.IsZero() {
		return graph.Date{}
	}
	t := time.Date(base.Year, max(base.Month, 1), max(base.Day, 1), 0, 0, 0, 0, time.UTC)
	switch unit {
	case "day", "days", "week", "weeks":
		if base.Precision < graph.PrecisionDay {
			return relative(base, -1, unit)
		}
		if unit == "week" || unit == "weeks" {
			d := t.AddDate(0, 0, 7*n)
			return graph.Date{Year: d.Year(), Month: d.Month(), Precision: graph.PrecisionMonth}
		}
		return graph.DateOf(t.AddDate(0, 0, n))
	case "month", "months":
		if base.Precision < graph.PrecisionMonth {
			return graph.Date{Year: base.Year, Precision: graph.PrecisionYear}
		}
		d := time.Date(base.Year, base.Month+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return graph.Date{Year: d.Year(), Month: d.Month(), Precision: graph.PrecisionMonth}
	case "year", "years":
		return graph.Date{Year: base.Year + n, Precision: graph.PrecisionYear}
	}
	return graph.Date{}
}

// notAfter keeps d only when it is not after publication: narrative time
// counts into the past.
func (r dateResolver) notAfter(d graph.Date) graph.Date {
	if d.IsZero() || r.pub.IsZero() || d.After(r.pub) != graph.True {
		return d
	}
	return graph.Date{}
}

func (r dateResolver) pubTime() time.Time {
	return time.Date(r.pub.Year, max(r.pub.Month, 1), max(r.pub.Day, 1), 0, 0, 0, 0, time.UTC)
}

// monthYear picks the year of a month named without one: the most recent
// such month not after publication for the past, the next one for the
// future. Without a publication date the year stays unknown.
func (r dateResolver) monthYear(m time.Month) (int, bool) {
	if r.pub.IsZero() {
		return 0, false
	}
	y := r.pub.Year
	if r.pub.Precision < graph.PrecisionMonth {
		return y, true
	}
	if r.future {
		if m < r.pub.Month {
			y++
		}
	} else if m > r.pub.Month {
		y--
	}
	return y, true
}

func (r dateResolver) dayYear(m time.Month, d int) (int, bool) {
	if r.pub.IsZero() {
		return 0, false
	}
	y := r.pub.Year
	if r.pub.Precision < graph.PrecisionDay {
		return r.monthYear(m)
	}
	pm, pd := r.pub.Month, r.pub.Day
	if r.future {
		if m < pm || (m == pm && d < pd) {
			y++
		}
	} else if m > pm || (m == pm && d > pd) {
		y--
	}
	return y, true
}

func validDay(y int, m time.Month, d int) bool {
	return d >= 1 && d <= time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// findDates finds the date phrases of toks[from:to].
func findDates(toks []token, from, to int, r0 dateResolver) []dateExpr {
	r := r0
	var out []dateExpr
	// localYear is the year the sentence last named outright, which a later
	// month and day without one share
	localYear := 0
	// base is what "later" counts from: the sentence's last date, else the
	// narrative time
	base := func() graph.Date {
		for k := len(out) - 1; k >= 0; k-- {
			if !out[k].effective && !out[k].clause && len(out[k].dates) == 1 {
				return out[k].dates[0]
			}
		}
		return r.anchor
	}
	for i := from; i < to; i++ {
		t := &toks[i]
		r.future = r0.future && !pastBeforeFuture(toks, from, i, r0.futureAt)
		prev := ""
		if i > from {
			prev = toks[i-1].fold
		}
		next := func(k int) *token {
			if i+k < to {
				return &toks[i+k]
			}
			return nil
		}
		if m, ok := months[t.fold]; ok && (t.upper || t.abbr) {
			if t.fold == "may" && !t.upper {
				continue
			}
			// Day Month [Year] (British), before "November 2024" takes the
			// month alone from "21 November 2024"
			if i > from {
				if d, ok := isDayNum(&toks[i-1]); ok {
					end := i + 1
					y, have := 0, false
					if n1 := next(1); n1 != nil {
						if yy, ok := isYear(n1); ok {
							y, have = yy, true
							localYear = y
							end++
						}
					}
					if !have {
						y, have = r.dayYear(m, d)
					}
					if have && validDay(y, m, d) {
						e := dateExpr{from: i - 1, to: end, dates: []graph.Date{graph.Day(y, m, d)}}
						// "from 2 to 7 December": the days from the first
						if i-3 >= from && (toks[i-2].fold == "to" || toks[i-2].fold == "-" || toks[i-2].fold == "through" || toks[i-2].fold == "until" || toks[i-2].text == "–" || toks[i-2].fold == "and") {
							// "on 24 and 25 June": two days running
							if d0, ok := isDayNum(&toks[i-3]); ok && d0 < d && validDay(y, m, d0) && (toks[i-2].fold != "and" || d0+1 == d) {
								e = dateExpr{from: i - 3, to: end, dates: []graph.Date{graph.Day(y, m, d0)}, until: graph.Day(y, m, d)}
							}
						}
						out = append(out, e)
						i = end - 1
						continue
					}
				}
			}
			// Month Day[, Year] [to Day]
			if n1 := next(1); n1 != nil {
				if d, ok := isDayNum(n1); ok {
					end := i + 2
					var until int
					if n2 := next(2); n2 != nil && (n2.fold == "to" || n2.fold == "-" || n2.fold == "—" || n2.fold == "through" || n2.fold == "until" || n2.text == "–" || n2.fold == "and") {
						if n3 := next(3); n3 != nil {
							// "on June 24 and 25": two days running
							if d2, ok := isDayNum(n3); ok && d2 > d && (n2.fold != "and" || d2 == d+1) {
								until = d2
								end = i + 4
							}
						}
					}
					y, have := 0, false
					if n := next(end - i); n != nil && n.fold == "," {
						if yy, ok := isYear(next(end - i + 1)); ok {
							y, have = yy, true
							end += 2
						}
					} else if n != nil {
						if yy, ok := isYear(n); ok {
							y, have = yy, true
							end++
						} else if ya := thatYear(toks, end, to, r.anchor); ya > 0 {
							// "on June 11 of that year"
							y, have = ya, true
							end += 3
						} else if n.fold == "last" && end+1 < to && toks[end+1].fold == "year" && !r.pub.IsZero() {
							// "on March 17 last year"
							y, have = r.pub.Year-1, true
							end += 2
						}
					}
					if !have && localYear > 0 && !r.future && r.notAfter(graph.Day(localYear, m, d)) == graph.Day(localYear, m, d) {
						// "in 2020 ... on June 11 and on Sept. 2": the year
						// the sentence has named
						y, have = localYear, true
					}
					if have {
						localYear = y
					} else {
						y, have = r.dayYear(m, d)
					}
					if have && validDay(y, m, d) {
						e := dateExpr{from: i, to: end, dates: []graph.Date{graph.Day(y, m, d)}}
						if until > 0 && validDay(y, m, until) {
							e.until = graph.Day(y, m, until)
						}
						out = append(out, e)
						i = end - 1
						continue
					}
				}
				if y, ok := isYear(n1); ok {
					localYear = y
					out = append(out, dateExpr{from: i, to: i + 2, dates: []graph.Date{{Year: y, Month: m, Precision: graph.PrecisionMonth}}})
					i++
					continue
				}
				// "arrested in April 2011 and handed over in November that
				// year", "in March of the following year"
				if y, k := yearOfBase(toks, i+1, to, base()); k > 0 {
					d := graph.Date{Year: y, Month: m, Precision: graph.PrecisionMonth}
					if r.notAfter(d) == d {
						localYear = y
						out = append(out, dateExpr{from: i, to: i + 1 + k, dates: []graph.Date{d}})
						i += k
						continue
					}
				}
				// "in March last year", "in May this year"
				if n2 := next(2); n2 != nil && n2.fold == "year" && !r.pub.IsZero() && (n1.fold == "last" || n1.fold == "this" || n1.fold == "next") {
					y := r.pub.Year
					switch n1.fold {
					case "last":
						y--
					case "next":
						y++
					}
					out = append(out, dateExpr{from: i, to: i + 3, dates: []graph.Date{{Year: y, Month: m, Precision: graph.PrecisionMonth}}})
					i += 2
					continue
				}
			}
			// "convicted him in February 2021 and sentenced him that May":
			// the month in the year of the date named before
			if prev == "that" && t.upper {
				if b := base(); !b.IsZero() {
					d := graph.Date{Year: b.Year, Month: m, Precision: graph.PrecisionMonth}
					if r.notAfter(d) == d && (b.Precision < graph.PrecisionMonth || m >= b.Month) {
						out = append(out, dateExpr{from: i - 1, to: i + 1, dates: []graph.Date{d}})
						continue
					}
				}
			}
			// "during the September hearing", "after the March vote": the
			// month of an occasion
			occasion := prev == "the" && i-2 >= from && occasionPreps[toks[i-2].fold] && i+1 < to && occasionNouns[toks[i+1].fold]
			if monthCue[prev] || occasion || (i == from) || (i > from && toks[i-1].fold == ",") {
				if t.fold == "may" && !monthCue[prev] && !occasion {
					continue
				}
				var y int
				var ok bool
				switch {
				case prev == "last" || prev == "previous" || prev == "past":
					if !r.pub.IsZero() {
						y, ok = r.pub.Year, true
						if r.pub.Precision >= graph.PrecisionMonth && m >= r.pub.Month {
							y--
						}
					}
				case prev == "next" || prev == "coming":
					if !r.pub.IsZero() {
						y, ok = r.pub.Year, true
						if r.pub.Precision >= graph.PrecisionMonth && m <= r.pub.Month {
							y++
						}
					}
				case prev == "this":
					y, ok = r.pub.Year, !r.pub.IsZero()
				default:
					y, ok = r.monthYear(m)
					// "in February 2006, and in March Congolese authorities
					// surrendered him": the year the sentence has named
					if d := (graph.Date{Year: localYear, Month: m, Precision: graph.PrecisionMonth}); localYear > 0 && !r.future && r.notAfter(d) == d && prev == "in" {
						y, ok = localYear, true
					}
				}
				if ok {
					from := i
					if prev == "last" || prev == "next" || prev == "this" {
						from = i - 1
					}
					out = append(out, dateExpr{from: from, to: i + 1, dates: []graph.Date{{Year: y, Month: m, Precision: graph.PrecisionMonth}}})
				}
			}
			continue
		}
		if wd, ok := weekdays[t.fold]; ok && t.upper && !r.pub.IsZero() && r.pub.Precision == graph.PrecisionDay {
			p := r.pubTime()
			var d time.Time
			if r.future && prev != "last" {
				delta := (int(wd) - int(p.Weekday()) + 7) % 7
				d = p.AddDate(0, 0, delta)
			} else {
				delta := (int(p.Weekday()) - int(wd) + 7) % 7
				if prev == "last" && delta == 0 {
					delta = 7
				}
				d = p.AddDate(0, 0, -delta)
			}
			from := i
			if prev == "last" || prev == "on" {
				from = i - 1
			}
			out = append(out, dateExpr{from: from, to: i + 1, dates: []graph.Date{graph.DateOf(d)}})
			continue
		}
		switch t.fold {
		case "yesterday", "today":
			if !r.pub.IsZero() && r.pub.Precision == graph.PrecisionDay {
				d := r.pubTime()
				if t.fold == "yesterday" {
					d = d.AddDate(0, 0, -1)
				}
				out = append(out, dateExpr{from: i, to: i + 1, dates: []graph.Date{graph.DateOf(d)}})
			}
			continue
		case "year", "month":
			// "this year", "earlier this year", "last year", "next month"
			if r.pub.IsZero() || i == from {
				continue
			}
			var d graph.Date
			if prev == "that" || prev == "same" || prev == "following" || (prev == "next" && i-2 >= from && toks[i-2].fold == "the") {
				// "that year", "the same month", "the following year": the
				// narrative time, not the publication; "in November 2018,
				// under a warrant issued earlier that month": the date the
				// sentence named before
				a := base()
				if prev == "following" || prev == "next" {
					a = r.notAfter(relative(a, 1, t.fold))
				}
				if a.IsZero() || (t.fold == "month" && a.Precision < graph.PrecisionMonth) {
					continue
				}
				if t.fold == "year" {
					a = graph.Date{Year: a.Year, Precision: graph.PrecisionYear}
				} else {
					a = graph.Date{Year: a.Year, Month: a.Month, Precision: graph.PrecisionMonth}
				}
				out = append(out, dateExpr{from: i - 1, to: i + 1, dates: []graph.Date{a}})
				continue
			}
			switch prev {
			case "this":
				d = r.pub
			case "last", "previous", "past":
				if t.fold == "year" {
					d = graph.Date{Year: r.pub.Year - 1, Precision: graph.PrecisionYear}
				} else if r.pub.Precision >= graph.PrecisionMonth {
					m := time.Date(r.pub.Year, r.pub.Month-1, 1, 0, 0, 0, 0, time.UTC)
					d = graph.Date{Year: m.Year(), Month: m.Month(), Precision: graph.PrecisionMonth}
				}
			case "next", "coming":
				if t.fold == "year" {
					d = graph.Date{Year: r.pub.Year + 1, Precision: graph.PrecisionYear}
				} else if r.pub.Precision >= graph.PrecisionMonth {
					m := time.Date(r.pub.Year, r.pub.Month+1, 1, 0, 0, 0, 0, time.UTC)
					d = graph.Date{Year: m.Year(), Month: m.Month(), Precision: graph.PrecisionMonth}
				}
			default:
				continue
			}
			if d.IsZero() {
				continue
			}
			if t.fold == "year" {
				d = graph.Date{Year: d.Year, Precision: graph.PrecisionYear}
			} else if d.Precision > graph.PrecisionMonth {
				d = graph.Date{Year: d.Year, Month: d.Month, Precision: graph.PrecisionMonth}
			}
			out = append(out, dateExpr{from: i - 1, to: i + 1, dates: []graph.Date{d}})
			continue
		case "later":
			// "two days later", "a week later", "months later": after the
			// date named before, in this sentence or an earlier one
			if i-1 < from {
				continue
			}
			n, unit, start, ok := countedUnit(toks, i, from)
			if !ok {
				continue
			}
			if d := r.notAfter(relative(base(), n, unit)); !d.IsZero() {
				out = append(out, dateExpr{from: start, to: i + 1, dates: []graph.Date{d}})
			}
			continue
		case "time":
			// "a warrant was issued at the same time for B": when the
			// event named before happened; not the connective "At the
			// same time, ..." nor "at the same time as X"
			if prev != "same" || i-3 <= from || toks[i-2].fold != "the" || toks[i-3].fold != "at" || r.anchor.IsZero() {
				continue
			}
			if n := next(1); n != nil && (n.fold == "as" || n.fold == ",") {
				continue
			}
			out = append(out, dateExpr{from: i - 3, to: i + 1, dates: []graph.Date{r.anchor}})
			continue
		case "earlier":
			// "had issued a day earlier", "two weeks earlier": before the
			// date named before; "earlier this year" is read above
			if i-1 < from {
				continue
			}
			n, unit, start, ok := countedUnit(toks, i, from)
			if !ok {
				continue
			}
			var d graph.Date
			if n < 0 {
				d = relative(base(), -1, unit)
			} else {
				d = shift(base(), -n, unit)
			}
			if !d.IsZero() {
				out = append(out, dateExpr{from: start, to: i + 1, dates: []graph.Date{d}, back: true})
			}
			continue
		case "after", "before":
			// "on 17 November, six days after the ICC had issued a warrant":
			// the clause that follows happened six days before
			if i-1 < from || len(out) == 0 || i+1 >= to {
				continue
			}
			n, unit, start, ok := countedUnit(toks, i, from)
			if !ok {
				continue
			}
			if next(1).num || months[next(1).fold] != 0 {
				continue // "two days after 5 May" is a date of its own
			}
			last := out[len(out)-1]
			if (last.effective || effectBefore(toks, last.from, from)) && len(last.dates) == 1 && t.fold == "after" && n > 0 && (unit == "year" || unit == "years") && start-last.to <= 2 {
				// "took effect in October 2017, a year after its government
				// notified the UN": notified in October 2016
				out[len(out)-1].notice = last.dates[0].AddYears(-n)
				continue
			}
			// "were divided on Friday over whether to arrest him, a day
			// after the court issued warrants": a time phrase set off by a
			// comma counts from the main clause's date, however far back
			appositive := start-1 >= from && (toks[start-1].fold == "," || relatingVerbs[toks[start-1].fold]) && !last.clause && !last.back
			if last.effective || len(last.dates) != 1 || start-last.to > 3 && !appositive {
				continue
			}
			sign := -1
			if t.fold == "before" {
				sign = 1
			}
			var d graph.Date
			if n < 0 {
				d = relative(last.dates[0], -1, unit)
			} else {
				d = shift(last.dates[0], sign*n, unit)
			}
			if !d.IsZero() {
				out = append(out, dateExpr{from: start, to: i + 1, dates: []graph.Date{d}, clause: true})
			}
			continue
		case "day", "evening", "morning", "afternoon", "night", "tonight":
			// "the next day", "the following day", "the same day", "that
			// day", "the same evening"
			if t.fold == "tonight" || (i-1 >= from && (prev == "this" && t.fold != "day" || prev == "last" && t.fold == "night")) {
				// "arrived this morning", "tonight", "last night": the
				// day of publication (the day before it)
				if !r.pub.IsZero() && r.pub.Precision == graph.PrecisionDay {
					d, start := r.pubTime(), i
					if prev == "last" {
						d = d.AddDate(0, 0, -1)
					}
					if t.fold != "tonight" {
						start = i - 1
					}
					out = append(out, dateExpr{from: start, to: i + 1, dates: []graph.Date{graph.DateOf(d)}})
				}
				continue
			}
			if i-1 < from {
				continue
			}
			a := r.anchor
			if k := len(out) - 1; k >= 0 && !out[k].effective && len(out[k].dates) == 1 && out[k].dates[0].Precision == graph.PrecisionDay {
				// "arrived on Tuesday and held talks the same day": the
				// day this sentence named
				a = out[k].dates[0]
			}
			switch prev {
			case "same", "that":
			case "following", "next":
				if prev == "next" && (i-2 < from || toks[i-2].fold != "the") {
					continue
				}
				a = r.notAfter(relative(a, 1, "day"))
			default:
				continue
			}
			if a.Precision == graph.PrecisionDay {
				out = append(out, dateExpr{from: i - 1, to: i + 1, dates: []graph.Date{a}})
			}
			continue
		case "week":
			if prev == "following" || (prev == "next" && i-2 >= from && toks[i-2].fold == "the") {
				// "the following week": a week after the narrative time
				if d := r.notAfter(relative(r.anchor, 1, "week")); !d.IsZero() {
					out = append(out, dateExpr{from: i - 1, to: i + 1, dates: []graph.Date{d}})
				}
				continue
			}
			// "last week", "at the end of last week", "earlier this week":
			// the month, when the week lies in one
			if r.pub.Precision != graph.PrecisionDay || (prev != "last" && prev != "this" && prev != "previous") {
				continue
			}
			p := r.pubTime()
			monday := p.AddDate(0, 0, -((int(p.Weekday()) + 6) % 7))
			first, last := monday, p
			if prev != "this" {
				first, last = monday.AddDate(0, 0, -7), monday.AddDate(0, 0, -1)
			}
			if first.Month() == last.Month() {
				out = append(out, dateExpr{from: i - 1, to: i + 1, dates: []graph.Date{{Year: first.Year(), Month: first.Month(), Precision: graph.PrecisionMonth}}})
			}
			continue
		case "ago":
			// "12 years ago", "two months ago"
			if i-2 < from || r.pub.IsZero() {
				continue
			}
			unit := toks[i-1].fold
			n, ok := tokNum(&toks[i-2])
			if !ok {
				n, ok = numberWords[toks[i-2].fold]
			}
			if !ok {
				continue
			}
			p := r.pubTime()
			switch unit {
			case "year", "years":
				out = append(out, dateExpr{from: i - 2, to: i + 1, dates: []graph.Date{{Year: r.pub.Year - n, Precision: graph.PrecisionYear}}})
			case "month", "months":
				if r.pub.Precision >= graph.PrecisionMonth {
					m := p.AddDate(0, -n, 0)
					out = append(out, dateExpr{from: i - 2, to: i + 1, dates: []graph.Date{{Year: m.Year(), Month: m.Month(), Precision: graph.PrecisionMonth}}})
				}
			case "day", "days":
				if r.pub.Precision == graph.PrecisionDay {
					out = append(out, dateExpr{from: i - 2, to: i + 1, dates: []graph.Date{graph.DateOf(p.AddDate(0, 0, -n))}})
				}
			}
			continue
		case "effect":
			// "with immediate effect"
			if prev == "immediate" {
				out = append(out, dateExpr{from: i - 1, to: i + 1, effective: true})
				continue
			}
			// "on 27 October 2016, one year to the day before the
			// withdrawal took effect": effective a year after that date
			if n := yearsBeforeEffect(toks, i, from); n > 0 {
				out = append(out, dateExpr{from: i, to: i + 1, effective: true, afterYear: n})
				continue
			}
			// "takes effect one year after", "will take effect a year later"
			if n1 := next(1); n1 != nil {
				if n, ok := numberWords[n1.fold]; ok || n1.num {
					if !ok {
						n, _ = tokNum(n1)
					}
					if n2 := next(2); n2 != nil && (n2.fold == "year" || n2.fold == "years") {
						if n3 := next(3); n3 != nil && (n3.fold == "after" || n3.fold == "later" || n3.fold == "from") {
							out = append(out, dateExpr{from: i, to: i + 4, effective: true, afterYear: n})
							i += 3
							continue
						}
					}
				}
			}
			continue
		}
		if y, ok := isYear(t); ok && (yearCue[prev] || prev == "," || i == from) {
			// "in 2023 and 2024": one phrase, two dates
			e := dateExpr{from: i, to: i + 1, dates: []graph.Date{{Year: y, Precision: graph.PrecisionYear}}}
			for j := i + 1; j+1 < to; j += 2 {
				if toks[j].fold != "and" && toks[j].fold != "," && toks[j].fold != "or" {
					break
				}
				y2, ok := isYear(&toks[j+1])
				if !ok {
					break
				}
				e.dates = append(e.dates, graph.Date{Year: y2, Precision: graph.PrecisionYear})
				e.to = j + 2
			}
			// "from 2023 to 2024" is a span
			if e.to+1 < to && (toks[e.to].fold == "to" || toks[e.to].fold == "-" || toks[e.to].text == "–") && prev == "from" {
				if y2, ok := isYear(&toks[e.to+1]); ok {
					e.until = graph.Date{Year: y2, Precision: graph.PrecisionYear}
					e.to += 2
				}
			}
			localYear = y
			out = append(out, e)
			i = e.to - 1
		}
	}
	// a date phrase right after "take(s|n) effect on" is an effective date
	for k := range out {
		e := &out[k]
		if !e.effective && effectBefore(toks, e.from, from) {
			e.effective = true
		}
	}
	return out
}

// yearsBeforeEffect reads "N year(s) (to the day) before the withdrawal
// took effect" back from "effect" at i: N, or 0.
func yearsBeforeEffect(toks []token, i, from int) int {
	j := i - 1
	if j < from || (toks[j].fold != "took" && toks[j].fold != "takes" && toks[j].fold != "take") {
		return 0
	}
	j--
	for k := 0; k < 3 && j >= from && toks[j].fold != "before"; k++ {
		j-- // "the withdrawal", "it"
	}
	if j < from || toks[j].fold != "before" {
		return 0
	}
	j--
	if j-2 >= from && toks[j].fold == "day" && toks[j-1].fold == "the" && toks[j-2].fold == "to" {
		j -= 3
	}
	if j-1 < from || (toks[j].fold != "year" && toks[j].fold != "years") {
		return 0
	}
	if n, ok := numberWords[toks[j-1].fold]; ok {
		return n
	}
	if n, ok := tokNum(&toks[j-1]); ok {
		return n
	}
	return 0
}

// effectBefore reports whether the date phrase at at follows "effect (on)"
// or "effective (from)": "took effect on Sunday".
func effectBefore(toks []token, at, from int) bool {
	if at < 2 {
		return false
	}
	j := at - 1
	if j > from && (toks[j].fold == "on" || toks[j].fold == "in" || toks[j].fold == "from") {
		j--
	}
	return j >= from && (toks[j].fold == "effect" || toks[j].fold == "effective")
}

// pastBeforeFuture reports whether toks[i] stands in a past clause before
// the sentence's future cue at cue: a verb in -ed before it, and a comma
// between it and the cue ("Budapest deposited its notification on June 2,
// meaning its departure will take effect next year").
func pastBeforeFuture(toks []token, from, i, cue int) bool {
	if cue <= i {
		return false
	}
	past := false
	for j := from; j < i; j++ {
		if f := toks[j].fold; toks[j].word && !toks[j].upper && len(f) > 4 && f[len(f)-2:] == "ed" && (j == from || !beForms[toks[j-1].fold] && toks[j-1].fold != "has" && toks[j-1].fold != "have") {
			past = true
		}
	}
	if !past {
		return false
	}
	for j := i + 1; j < cue; j++ {
		if toks[j].fold == "," {
			return true
		}
	}
	return false
}

// futureCue returns where the first cue of the future in toks[from:to]
// stands, as isFuture reads them, or 0.
func futureCue(toks []token, from, to int) int {
	for i := from; i < to; i++ {
		if isFuture(toks, i, min(i+2, to)) {
			return i
		}
	}
	return 0
}

// futureCues mark a sentence as speaking of the future.
var futureCues = map[string]bool{"will": true, "scheduled": true, "upcoming": true, "shall": true, "'ll": true, "meets": true, "convenes": true, "opens": true, "begins": true, "starts": true}

func isFuture(toks []token, from, to int) bool {
	quoted := false
	for i := from; i < to; i++ {
		f := toks[i].fold
		if f == "\"" {
			// '"We will appeal," X told reporters on Monday': what is
			// quoted has its own time
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if futureCues[f] {
			return true
		}
		// "is to take effect", "is due to", "is set to"
		if (f == "is" || f == "are") && i+1 < to && (toks[i+1].fold == "to" || toks[i+1].fold == "due" || toks[i+1].fold == "set" || toks[i+1].fold == "expected") {
			return true
		}
	}
	return false
}

// thatYear reads "of that year" (or "of the same year") at toks[i] and
// returns the narrative year it means, or 0.
func thatYear(toks []token, i, to int, anchor graph.Date) int {
	if anchor.IsZero() || i+2 >= to || toks[i].fold != "of" || (toks[i+1].fold != "that" && toks[i+1].fold != "same") || toks[i+2].fold != "year" {
		return 0
	}
	return anchor.Year
}

// yearOfBase reads the year that follows a month at toks[i] and points back
// at the date named before: "(in November) that year", "of that year", "the
// same year", "the following year", "of the next year". It returns the year
// and the number of tokens read, or 0, 0.
func yearOfBase(toks []token, i, to int, base graph.Date) (int, int) {
	if base.IsZero() {
		return 0, 0
	}
	j := i
	if j < to && toks[j].fold == "of" {
		j++
	}
	if j < to && toks[j].fold == "the" {
		j++
	}
	if j+1 >= to || toks[j+1].fold != "year" {
		return 0, 0
	}
	switch toks[j].fold {
	case "that", "same":
		if toks[j].fold == "same" && toks[j-1].fold != "the" {
			return 0, 0
		}
		return base.Year, j + 2 - i
	case "following", "next":
		if toks[j-1].fold != "the" {
			return 0, 0
		}
		return base.Year + 1, j + 2 - i
	}
	return 0, 0
}

// countedUnit reads the span unit ending just before toks[i] ("six days",
// "two weeks", "months"), not reaching back past from. n is -1 when no
// count is given; start is where the expression begins.
func countedUnit(toks []token, i, from int) (n int, unit string, start int, ok bool) {
	unit = toks[i-1].fold
	switch unit {
	case "day", "days", "week", "weeks", "month", "months", "year", "years":
	default:
		return 0, "", 0, false
	}
	n, start = -1, i-1
	if i-2 >= from {
		if k, ok := tokNum(&toks[i-2]); ok {
			n, start = k, i-2
		} else if k, ok := numberWords[toks[i-2].fold]; ok {
			n, start = k, i-2
		}
	}
	return n, unit, start, true
}

// relatingVerbs place the event of their subject relative to another: "an
// intrusion that comes six months after the court issued a warrant".
var relatingVerbs = map[string]bool{"comes": true, "came": true, "come": true, "coming": true}
