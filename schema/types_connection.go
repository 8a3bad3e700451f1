package schema

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
)

// connection is one page of a list, as a Relay connection.
type connection struct {
	items   []any
	start   int // position of items[0] in the whole list
	total   int
	hasNext bool
}

const (
	cursorPrefix    = "hague:"
	maxCursorOffset = 1 << 30
)

func cursorOf(i int) string {
	return base64.StdEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(i)))
}

func offsetOfCursor(c string) (int, bool) {
	raw, err := base64.StdEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(raw), cursorPrefix) {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimPrefix(string(raw), cursorPrefix))
	// No list holds a billion items; a larger offset is forged, and n+1
	// would overflow.
	if err != nil || n < 0 || n > maxCursorOffset {
		return 0, false
	}
	return n, true
}

// pageBounds reads first and after.
func pageBounds(args map[string]any) (start, first int, err error) {
	first = DefaultPageSize
	if v, ok := args["first"].(int); ok {
		first = v
	}
	if first < 0 || first > MaxPageSize {
		return 0, 0, badInput("first", "first must be between 0 and %d, got %d", MaxPageSize, first)
	}
	if c, ok := args["after"].(string); ok && c != "" {
		n, ok := offsetOfCursor(c)
		if !ok {
			return 0, 0, badInput("after", "after: %q is not a cursor this API issued; pass an endCursor or edge cursor from an earlier page", c)
		}
		start = n + 1
	}
	return start, first, nil
}

// paginate cuts one page out of the whole list.
func paginate[T any](all []T, args map[string]any) (*connection, error) {
	start, first, err := pageBounds(args)
	if err != nil {
		return nil, err
	}
	c := &connection{start: start, total: len(all), items: []any{}}
	if start > len(all) {
		start = len(all)
		c.start = start
	}
	end := min(start+first, len(all))
	for _, x := range all[start:end] {
		c.items = append(c.items, x)
	}
	c.hasNext = end < len(all)
	return c, nil
}

type edgeValue struct {
	cursor string
	node   any
}

func (b *builder) pageInfoType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "PageInfo",
		Description: "Where a page sits in its list (Relay cursor connections).",
		Fields: graphql.Fields{
			"hasNextPage": field(nonNull(graphql.Boolean), "Whether items follow this page; ask again with `after: endCursor`.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(*connection).hasNext, nil
			}),
			"hasPreviousPage": field(nonNull(graphql.Boolean), "Whether items precede this page.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(*connection).start > 0, nil
			}),
			"startCursor": field(graphql.String, "The cursor of the page's first item; null for an empty page.", func(p graphql.ResolveParams) (any, error) {
				c := p.Source.(*connection)
				if len(c.items) == 0 {
					return nil, nil
				}
				return cursorOf(c.start), nil
			}),
			"endCursor": field(graphql.String, "The cursor of the page's last item; null for an empty page.", func(p graphql.ResolveParams) (any, error) {
				c := p.Source.(*connection)
				if len(c.items) == 0 {
					return nil, nil
				}
				return cursorOf(c.start + len(c.items) - 1), nil
			}),
		},
	})
}

// connectionType makes the NameConnection and NameEdge types of a list of node.
func (b *builder) connectionType(name, what string, node graphql.Output) *graphql.Object {
	edge := graphql.NewObject(graphql.ObjectConfig{
		Name:        name + "Edge",
		Description: "One " + what + " in a page, with its cursor.",
		Fields: graphql.Fields{
			"cursor": field(nonNull(graphql.String), "An opaque cursor: pass it as `after` to get the items that follow.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(edgeValue).cursor, nil
			}),
			"node": field(nonNull(node), "The "+what+".", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(edgeValue).node, nil
			}),
		},
	})
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        name + "Connection",
		Description: "A page of " + what + "s (a Relay cursor connection).",
		Fields: graphql.Fields{
			"nodes": field(listOf(node), "The "+what+"s of this page.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(*connection).items, nil
			}),
			"edges": field(listOf(edge), "The "+what+"s of this page with their cursors.", func(p graphql.ResolveParams) (any, error) {
				c := p.Source.(*connection)
				out := make([]edgeValue, len(c.items))
				for i, x := range c.items {
					out[i] = edgeValue{cursor: cursorOf(c.start + i), node: x}
				}
				return out, nil
			}),
			"pageInfo": field(nonNull(b.pageInfo), "Where this page sits in the list.", func(p graphql.ResolveParams) (any, error) {
				return p.Source, nil
			}),
			"totalCount": field(nonNull(graphql.Int), "How many "+what+"s the whole list holds.", func(p graphql.ResolveParams) (any, error) {
				return p.Source.(*connection).total, nil
			}),
		},
	})
}

func (b *builder) connections() {
	b.pageInfo = b.pageInfoType()
	b.entityConn = b.connectionType("Entity", "entity", b.entity)
	b.eventConn = b.connectionType("Event", "event", b.event)
	b.documentConn = b.connectionType("Document", "document", b.document)
	b.neighborConn = b.connectionType("Neighbor", "neighbor", b.neighbor)
}
