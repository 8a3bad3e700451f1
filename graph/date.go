package graph

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known.
type Precision uint8

// The precisions of a Date, from none to a single day.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// A Date is a calendar date known to a year, a month or a day. It stands for
// an interval of days: "2025-02" is any day from 2025-02-01 to 2025-02-28.
// The zero Date is unknown and compares as possibly anything.
type Date struct {
	Year      int
	Month     time.Month
	Day       int
	Precision Precision
}

// ParseDate reads "2025", "2025-02" or "2025-02-06". The empty string gives the
// zero (unknown) Date. It returns an error wrapping ErrInvalid for anything else.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD: %w", s, ErrInvalid)
	}
	nums := make([]int, len(parts))
	widths := []int{4, 2, 2}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || len(p) != widths[i] || strings.IndexFunc(p, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD: %w", s, ErrInvalid)
		}
		nums[i] = n
	}
	d := Date{Year: nums[0], Precision: PrecisionYear}
	if len(nums) > 1 {
		if nums[1] < 1 || nums[1] > 12 {
			return Date{}, fmt.Errorf("date %q: month %d out of range: %w", s, nums[1], ErrInvalid)
		}
		d.Month, d.Precision = time.Month(nums[1]), PrecisionMonth
	}
	if len(nums) > 2 {
		last := daysIn(d.Year, d.Month)
		if nums[2] < 1 || nums[2] > last {
			return Date{}, fmt.Errorf("date %q: day %d out of range: %w", s, nums[2], ErrInvalid)
		}
		d.Day, d.Precision = nums[2], PrecisionDay
	}
	return d, nil
}

// MustParseDate is ParseDate for constants; it panics on a malformed date.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Day returns the Date of one calendar day.
func Day(year int, month time.Month, day int) Date {
	return Date{Year: year, Month: month, Day: day, Precision: PrecisionDay}
}

// DateOf returns the day of t.
func DateOf(t time.Time) Date { return Day(t.Year(), t.Month(), t.Day()) }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// String formats the date with its precision: "2025", "2025-02", "2025-02-06",
// or "" when unknown.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return ""
}

// Earliest is the first day the date can be. It is the zero time for an
// unknown date.
func (d Date) Earliest() time.Time {
	switch d.Precision {
	case PrecisionYear:
		return time.Date(d.Year, time.January, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, d.Month, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// Latest is the last day the date can be. It is the zero time for an unknown
// date.
func (d Date) Latest() time.Time {
	switch d.Precision {
	case PrecisionYear:
		return time.Date(d.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, d.Month, daysIn(d.Year, d.Month), 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return d.Earliest()
	}
	return time.Time{}
}

// AddYears returns the date n years later, keeping the precision. February 29
// becomes February 28 in a year that has none.
func (d Date) AddYears(n int) Date {
	if d.IsZero() {
		return d
	}
	d.Year += n
	if d.Precision == PrecisionDay && d.Day > daysIn(d.Year, d.Month) {
		d.Day = daysIn(d.Year, d.Month)
	}
	return d
}

// Truth is a three-valued answer for comparisons between imprecise dates.
type Truth uint8

// The answers of a comparison between dates.
const (
	False    Truth = iota // certainly not
	Possibly              // for some days of the intervals, not for others
	True                  // for every pair of days in the intervals
)

// String returns "false", "possibly" or "true".
func (t Truth) String() string {
	switch t {
	case False:
		return "false"
	case Possibly:
		return "possibly"
	case True:
		return "true"
	}
	return fmt.Sprintf("Truth(%d)", uint8(t))
}

// Before says whether d is before o: True when d's latest day precedes o's
// earliest, False when d's earliest day is on or after o's latest, Possibly
// otherwise (and always when either date is unknown).
func (d Date) Before(o Date) Truth {
	if d.IsZero() || o.IsZero() {
		return Possibly
	}
	switch {
	case d.Latest().Before(o.Earliest()):
		return True
	case !d.Earliest().Before(o.Latest()):
		return False
	}
	return Possibly
}

// After says whether d is after o, with the semantics of Before.
func (d Date) After(o Date) Truth { return o.Before(d) }

// Overlaps says whether d and the interval [from, to] share a day: True when
// every day d can be lies inside it, Possibly when some can, False when none
// can. A zero from or to leaves that side open.
func (d Date) Overlaps(from, to Date) Truth {
	if d.IsZero() {
		return Possibly
	}
	lo, hi := d.Earliest(), d.Latest()
	inside := true
	if !from.IsZero() {
		if hi.Before(from.Earliest()) {
			return False
		}
		inside = inside && !lo.Before(from.Earliest())
	}
	if !to.IsZero() {
		if lo.After(to.Latest()) {
			return False
		}
		inside = inside && !hi.After(to.Latest())
	}
	if inside {
		return True
	}
	return Possibly
}

// DaysBetween returns the least and greatest number of days from d to o
// (negative when o is earlier); ok is false when either date is unknown.
func (d Date) DaysBetween(o Date) (least, greatest int, ok bool) {
	if d.IsZero() || o.IsZero() {
		return 0, 0, false
	}
	least = int(o.Earliest().Sub(d.Latest()).Hours() / 24)
	greatest = int(o.Latest().Sub(d.Earliest()).Hours() / 24)
	return least, greatest, true
}

// Compare orders dates by earliest day, then by precision (coarser first), with
// unknown dates last. It returns -1, 0 or +1.
func (d Date) Compare(o Date) int {
	switch {
	case d.IsZero() && o.IsZero():
		return 0
	case d.IsZero():
		return 1
	case o.IsZero():
		return -1
	}
	if c := d.Earliest().Compare(o.Earliest()); c != 0 {
		return c
	}
	switch {
	case d.Precision < o.Precision:
		return -1
	case d.Precision > o.Precision:
		return 1
	}
	return 0
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
