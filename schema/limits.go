package schema

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/location"
)

// Default bounds of a request; each has a HandlerOption to change it.
const (
	// DefaultMaxBodyBytes bounds a POST body (WithMaxBodyBytes).
	DefaultMaxBodyBytes = 1 << 20
	// DefaultMaxQueryLength bounds the query document (WithMaxQueryLength).
	DefaultMaxQueryLength = 64 << 10
	// DefaultMaxDepth bounds field nesting (WithMaxDepth).
	DefaultMaxDepth = 12
	// DefaultMaxCost bounds the estimated cost of a query (WithMaxCost).
	DefaultMaxCost = 20000
	// DefaultMaxAliases bounds aliased fields per operation (WithMaxAliases).
	DefaultMaxAliases = 50
	// DefaultListSize is the size the cost estimate assumes for a list
	// without a first/last/limit argument (WithMaxCost).
	DefaultListSize = 10
	// DefaultRequestTimeout bounds the execution of a request (WithTimeout).
	DefaultRequestTimeout = 15 * time.Second
	// DefaultMaxInFlight bounds how many GraphQL requests execute at once
	// (WithMaxInFlight); a cancelled request's resolvers may run on until
	// they next look at their context, so time alone does not bound load.
	DefaultMaxInFlight = 32
)

const (
	// maxIntrospectionLists mirrors graphql-js' MaxIntrospectionDepthRule:
	// fields/interfaces/possibleTypes/inputFields may nest twice, not thrice.
	maxIntrospectionLists = 3
	// introspectionMaxFields is the walk budget beyond maxCost, since
	// introspection fields cost nothing.
	introspectionMaxFields = 10000
	// maxSchemaFields is how many __schema fields (by response key) one
	// operation may select.
	maxSchemaFields = 1
	// maxSameKey is how often one response key may be selected in one object.
	maxSameKey = 16
)

// pagingArgs are the argument names whose integer value tells how many items
// a list or connection field returns.
var pagingArgs = []string{"first", "last", "limit"}

// limits are the static bounds checked on a parsed document before it is
// validated or executed.
type limits struct {
	maxDepth, maxCost, maxAliases, defaultListSize int
}

// complexity is what the analysis measured; it is logged with each request.
type complexity struct {
	depth, cost, aliases int
}

// analyzer walks one operation, expanding fragments, and stops at the first
// bound exceeded.
type analyzer struct {
	schema     *graphql.Schema
	lim        limits
	fragments  map[string]*ast.FragmentDefinition
	vars       map[string]any
	defaults   map[string]ast.Value
	got        complexity
	visits     int
	schemaKeys map[string]bool // response keys of the __schema fields selected
	err        *gqlError
}

// analyze measures the operation op of doc and returns a QUERY_TOO_COMPLEX
// error, located at the field that crossed a bound, when it exceeds lim.
// Unknown fields and fragments are skipped: validation reports them.
//
// Cost counts each field once per expected parent instance. A field with a
// first/last/limit argument multiplies its items by that value; a list field
// without one by lim.defaultListSize, unless it is the page of a connection
// that already had the argument (entities(first: 10) { nodes { name } }
// costs 1 + 1 + 10). Introspection (__schema, __type) is free but may nest
// fields/interfaces/possibleTypes/inputFields at most twice.
func analyze(s *graphql.Schema, doc *ast.Document, op *ast.OperationDefinition, vars map[string]any, lim limits) (complexity, *gqlError) {
	a := &analyzer{
		schema:    s,
		lim:       lim,
		fragments: map[string]*ast.FragmentDefinition{},
		vars:      vars,
		defaults:  map[string]ast.Value{},
	}
	for _, def := range doc.Definitions {
		if f, ok := def.(*ast.FragmentDefinition); ok && f.Name != nil {
			a.fragments[f.Name.Value] = f
		}
	}
	for _, vd := range op.VariableDefinitions {
		if vd.Variable != nil && vd.Variable.Name != nil && vd.DefaultValue != nil {
			a.defaults[vd.Variable.Name.Value] = vd.DefaultValue
		}
	}
	var root graphql.Type
	switch op.Operation {
	case ast.OperationTypeMutation:
		root = s.MutationType()
	case ast.OperationTypeSubscription:
		root = s.SubscriptionType()
	default:
		root = s.QueryType()
	}
	a.selections(op.SelectionSet, root, walkState{mult: 1, intro: -1, keys: map[string]int{}}, map[string]bool{})
	return a.got, a.err
}

// walkState is what a selection set inherits from the field that holds it.
type walkState struct {
	depth int
	// mult is how many instances of the parent object the query may touch.
	mult int
	// page is the first/limit value of a connection field, applied to the
	// connection's list children; 0 when there is none.
	page int
	// keys counts the response keys (alias or name) selected so far in the
	// object being walked; fragments spread into it share it.
	keys map[string]int
	// intro is -1 outside introspection, else the nesting of list fields
	// inside it.
	intro int
}

func (a *analyzer) selections(ss *ast.SelectionSet, parent graphql.Type, st walkState, inFragment map[string]bool) {
	if ss == nil {
		return
	}
	for _, sel := range ss.Selections {
		if a.err != nil {
			return
		}
		switch sel := sel.(type) {
		case *ast.Field:
			a.field(sel, parent, st, inFragment)
		case *ast.InlineFragment:
			t := parent
			if sel.TypeCondition != nil && sel.TypeCondition.Name != nil {
				if named := a.schema.Type(sel.TypeCondition.Name.Value); named != nil {
					t = named
				}
			}
			a.selections(sel.SelectionSet, t, st, inFragment)
		case *ast.FragmentSpread:
			if sel.Name == nil {
				continue
			}
			name := sel.Name.Value
			frag := a.fragments[name]
			if frag == nil || inFragment[name] {
				continue // unknown or cyclic: validation says so
			}
			t := parent
			if frag.TypeCondition != nil && frag.TypeCondition.Name != nil {
				if named := a.schema.Type(frag.TypeCondition.Name.Value); named != nil {
					t = named
				}
			}
			inFragment[name] = true
			a.selections(frag.SelectionSet, t, st, inFragment)
			delete(inFragment, name)
		}
	}
}

func (a *analyzer) field(f *ast.Field, parent graphql.Type, st walkState, inFragment map[string]bool) {
	name := ""
	if f.Name != nil {
		name = f.Name.Value
	}
	// Fragments can repeat a subtree exponentially; bound the walk itself.
	a.visits++
	if a.visits > a.lim.maxCost+introspectionMaxFields {
		a.fail(f, "the query selects more than %d fields once fragments are expanded", a.visits-1)
		return
	}
	key := name
	if f.Alias != nil && f.Alias.Value != "" {
		key = f.Alias.Value
	}
	// graphql-go compares every pair of fields that share a response key,
	// in validation and again in execution: thousands of repeats of one
	// field cost seconds while staying under every other bound.
	st.keys[key]++
	if st.keys[key] > maxSameKey {
		a.fail(f, "the query selects %q more than %d times in one object", key, maxSameKey)
		return
	}
	if f.Alias != nil {
		a.got.aliases++
		if a.lim.maxAliases > 0 && a.got.aliases > a.lim.maxAliases {
			a.fail(f, "the query uses more than %d aliases", a.lim.maxAliases)
			return
		}
	}
	if name == "__typename" {
		return
	}
	if name == "__schema" && st.intro < 0 {
		// One __schema answers everything there is to know; fifty aliased
		// copies of it only multiply a response of several hundred KB.
		// Repeats under one key merge into one answer, so keys are counted.
		if a.schemaKeys == nil {
			a.schemaKeys = map[string]bool{}
		}
		a.schemaKeys[key] = true
		if len(a.schemaKeys) > maxSchemaFields {
			a.fail(f, "the query asks for __schema under %d names; once is enough", len(a.schemaKeys))
			return
		}
	}
	if st.intro >= 0 || name == "__schema" || name == "__type" {
		n := max(st.intro, 0)
		switch name {
		case "fields", "interfaces", "possibleTypes", "inputFields":
			n++
			if n >= maxIntrospectionLists {
				a.fail(f, "introspection nests %q %d levels deep; at most %d are allowed", name, n, maxIntrospectionLists-1)
				return
			}
		}
		a.selections(f.SelectionSet, nil, walkState{depth: st.depth, mult: 1, intro: n, keys: map[string]int{}}, inFragment)
		return
	}

	depth := st.depth + 1
	a.got.depth = max(a.got.depth, depth)
	if a.lim.maxDepth > 0 && depth > a.lim.maxDepth {
		a.fail(f, "the query nests fields %d levels deep at %q; the limit is %d", depth, name, a.lim.maxDepth)
		return
	}
	a.got.cost = saturatingAdd(a.got.cost, st.mult)
	if a.lim.maxCost > 0 && a.got.cost > a.lim.maxCost {
		a.fail(f, "the query's estimated cost exceeds %d at %q (each field counts once per parent item; lists count first/limit items, or %d without them); ask for fewer items or fewer nested lists",
			a.lim.maxCost, name, a.lim.defaultListSize)
		return
	}

	var def *graphql.FieldDefinition
	switch p := parent.(type) {
	case *graphql.Object:
		def = p.Fields()[name]
	case *graphql.Interface:
		def = p.Fields()[name]
	}
	isList := false
	var childType graphql.Type
	if def != nil {
		t := graphql.Type(def.Type)
		if nn, ok := t.(*graphql.NonNull); ok {
			t = nn.OfType
		}
		_, isList = t.(*graphql.List)
		childType, _ = graphql.GetNamed(def.Type).(graphql.Type)
	}

	next := walkState{depth: depth, mult: st.mult, intro: -1, keys: map[string]int{}}
	n, paged := a.pageSize(f, def)
	switch {
	case paged && isList:
		next.mult = saturatingMul(st.mult, n)
	case paged:
		next.page = n // a connection: its nodes/edges lists hold n items
	case isList && st.page > 0:
		next.mult = saturatingMul(st.mult, st.page)
	case isList:
		next.mult = saturatingMul(st.mult, a.lim.defaultListSize)
	}
	a.selections(f.SelectionSet, childType, next, inFragment)
}

// pageSize returns the value of the field's first/last/limit argument, taken
// from the query, its variables, or the argument's default in the schema.
func (a *analyzer) pageSize(f *ast.Field, def *graphql.FieldDefinition) (int, bool) {
	for _, arg := range f.Arguments {
		if arg.Name == nil || !isPagingArg(arg.Name.Value) {
			continue
		}
		if n, ok := a.intValue(arg.Value); ok {
			return clampPage(n), true
		}
		return a.lim.defaultListSize, true
	}
	if def != nil {
		for _, arg := range def.Args {
			if !isPagingArg(arg.Name()) {
				continue
			}
			switch v := arg.DefaultValue.(type) {
			case int:
				return clampPage(v), true
			case int64:
				return clampPage(int(min(v, math.MaxInt32))), true
			}
		}
	}
	return 0, false
}

func (a *analyzer) intValue(v ast.Value) (int, bool) {
	switch v := v.(type) {
	case *ast.IntValue:
		n, err := strconv.Atoi(v.Value)
		if err != nil {
			return math.MaxInt32, true
		}
		return n, true
	case *ast.Variable:
		if v.Name == nil {
			return 0, false
		}
		switch x := a.vars[v.Name.Value].(type) {
		case float64:
			return int(min(x, math.MaxInt32)), true
		case int:
			return x, true
		case nil:
			if d, ok := a.defaults[v.Name.Value]; ok {
				return a.intValue(d)
			}
		}
	}
	return 0, false
}

func (a *analyzer) fail(f *ast.Field, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	e := &gqlError{Message: msg, Extensions: map[string]any{"code": CodeTooComplex}}
	if f.Loc != nil && f.Loc.Source != nil {
		loc := location.GetLocation(f.Loc.Source, f.Loc.Start)
		e.Locations = []location.SourceLocation{loc}
		e.Message = fmt.Sprintf("%s (line %d, column %d)", msg, loc.Line, loc.Column)
	}
	a.err = e
}

func isPagingArg(name string) bool {
	for _, p := range pagingArgs {
		if name == p {
			return true
		}
	}
	return false
}

func clampPage(n int) int { return min(max(n, 1), math.MaxInt32) }

func saturatingAdd(a, b int) int {
	if a > math.MaxInt32-b {
		return math.MaxInt32
	}
	return a + b
}

func saturatingMul(a, b int) int {
	if b != 0 && a > math.MaxInt32/b {
		return math.MaxInt32
	}
	return a * b
}

// fragmentCycle reports a fragment that spreads itself, directly or through
// others. graphql-go v0.8.1's OverlappingFieldsCanBeMerged rule recurses
// without end on such a document before its NoFragmentCycles rule runs, and
// the stack overflow kills the process, so this check runs before validation.
func fragmentCycle(doc *ast.Document) *gqlError {
	fragments := map[string]*ast.FragmentDefinition{}
	var order []string
	for _, def := range doc.Definitions {
		if f, ok := def.(*ast.FragmentDefinition); ok && f.Name != nil {
			if _, dup := fragments[f.Name.Value]; !dup {
				order = append(order, f.Name.Value)
			}
			fragments[f.Name.Value] = f
		}
	}
	const (
		unvisited = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(name string) []string
	var spreads func(set *ast.SelectionSet) []string
	spreads = func(set *ast.SelectionSet) []string {
		if set == nil {
			return nil
		}
		for _, sel := range set.Selections {
			var cycle []string
			switch sel := sel.(type) {
			case *ast.Field:
				cycle = spreads(sel.SelectionSet)
			case *ast.InlineFragment:
				cycle = spreads(sel.SelectionSet)
			case *ast.FragmentSpread:
				if sel.Name != nil {
					cycle = visit(sel.Name.Value)
				}
			}
			if cycle != nil {
				return cycle
			}
		}
		return nil
	}
	visit = func(name string) []string {
		f, ok := fragments[name]
		if !ok {
			return nil // unknown fragments are validation's to report
		}
		switch state[name] {
		case onPath:
			start := 0
			for i, n := range path {
				if n == name {
					start = i
				}
			}
			return append(append([]string{}, path[start:]...), name)
		case done:
			return nil
		}
		state[name] = onPath
		path = append(path, name)
		cycle := spreads(f.SelectionSet)
		path = path[:len(path)-1]
		state[name] = done
		return cycle
	}
	for _, name := range order {
		if cycle := visit(name); cycle != nil {
			return &gqlError{
				Message:   fmt.Sprintf("fragment %s spreads itself (%s); a fragment cannot contain itself", cycle[0], strings.Join(cycle, " → ")),
				Locations: locate(fragments[cycle[0]].Loc),
			}
		}
	}
	return nil
}
