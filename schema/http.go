package schema

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/location"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
	gqlhandler "github.com/graphql-go/handler"
	"github.com/rs/zerolog"
)

// Media types of GraphQL over HTTP.
const (
	// MediaTypeGraphQLResponse is the GraphQL-over-HTTP response media type.
	MediaTypeGraphQLResponse = "application/graphql-response+json"
	// MediaTypeJSON is the legacy media type, used when the client does not
	// list MediaTypeGraphQLResponse in Accept (or sends no Accept at all).
	MediaTypeJSON = "application/json"
)

// Why not graphql-go/handler's ServeHTTP and NewRequestOptions: the parser
// cannot tell a missing body, malformed JSON, a non-string query or a
// non-object variables value from an empty request (it swallows every
// error), it accepts form posts and application/graphql bodies (so a
// mutation could be sent cross-site without a CORS preflight), and the
// handler answers 200 with application/json for everything. The
// GraphQL-over-HTTP spec needs those cases told apart, so the parsing below
// is our own; it fills handler.RequestOptions, the module's request type,
// which keeps github.com/graphql-go/handler the dependency the guide pins.

// HandlerOption configures NewHandler.
type HandlerOption func(*handlerConfig)

type handlerConfig struct {
	log        zerolog.Logger
	tokenSum   [sha256.Size]byte
	writable   bool
	maxBody    int64
	maxQuery   int
	lim        limits
	timeout    time.Duration
	reqContext func(context.Context, *http.Request) context.Context
	page       pageConfig
	inFlight   int
}

// WithMaxInFlight bounds how many requests execute at once; beyond it a
// request gets 503 with Retry-After at once. Default DefaultMaxInFlight; 0
// or less means no bound.
func WithMaxInFlight(n int) HandlerOption { return func(c *handlerConfig) { c.inFlight = n } }

// WithLogger sets the logger for request logs and recovered panics.
// The default discards everything.
func WithLogger(l zerolog.Logger) HandlerOption { return func(c *handlerConfig) { c.log = l } }

// WithWriteToken enables mutations for requests that carry
// "Authorization: Bearer <token>". Without it (or with an empty token) the
// API is read-only and every mutation is refused with FORBIDDEN.
func WithWriteToken(token string) HandlerOption {
	return func(c *handlerConfig) {
		c.writable = token != ""
		c.tokenSum = sha256.Sum256([]byte(token))
	}
}

// WithMaxBodyBytes bounds the size of a POST body; larger requests get
// 413. Default DefaultMaxBodyBytes.
func WithMaxBodyBytes(n int64) HandlerOption { return func(c *handlerConfig) { c.maxBody = n } }

// WithMaxQueryLength bounds the length in bytes of the query document; longer
// ones get 413. Default DefaultMaxQueryLength.
func WithMaxQueryLength(n int) HandlerOption { return func(c *handlerConfig) { c.maxQuery = n } }

// WithMaxDepth bounds how deeply fields may nest (introspection excepted);
// 0 disables the check. Default DefaultMaxDepth.
func WithMaxDepth(n int) HandlerOption { return func(c *handlerConfig) { c.lim.maxDepth = n } }

// WithMaxCost bounds the estimated cost of a query: each field counts once
// per parent item, lists count their first/last/limit argument or
// listSize items. 0 disables the check. Defaults DefaultMaxCost and
// DefaultListSize.
func WithMaxCost(n, listSize int) HandlerOption {
	return func(c *handlerConfig) {
		c.lim.maxCost = n
		if listSize > 0 {
			c.lim.defaultListSize = listSize
		}
	}
}

// WithMaxAliases bounds the number of aliased fields in one operation;
// 0 disables the check. Default DefaultMaxAliases.
func WithMaxAliases(n int) HandlerOption { return func(c *handlerConfig) { c.lim.maxAliases = n } }

// WithTimeout bounds the time a request may execute; resolvers see it as the
// deadline of their context and an operation that overruns answers with
// error code TIMEOUT. Default DefaultRequestTimeout.
func WithTimeout(d time.Duration) HandlerOption { return func(c *handlerConfig) { c.timeout = d } }

// WithContext lets the caller derive the context every resolver of a request
// sees, e.g. to attach per-request dataloaders.
func WithContext(fn func(ctx context.Context, r *http.Request) context.Context) HandlerOption {
	return func(c *handlerConfig) { c.reqContext = fn }
}

// handler serves one schema; see NewHandler.
type handler struct {
	schema graphql.Schema
	cfg    handlerConfig
	page   *graphiqlPage
	slots  chan struct{} // one per request executing; nil for no bound
}

// NewHandler returns an http.Handler that serves s over HTTP as the
// GraphQL-over-HTTP specification asks: queries by GET (query string) or POST
// (application/json body), mutations only by POST and only with the write
// token, responses in application/graphql-response+json when the client
// accepts it and application/json otherwise, and GraphiQL for browsers.
// Every request is bounded in body size, query length, depth, cost, aliases
// and time.
//
// NewHandler wraps each resolver of s so that a panic becomes an
// INTERNAL_SERVER_ERROR for that field (logged with its stack) instead of
// leaking the panic value; wrapping is done once per field however many
// handlers share s.
func NewHandler(s graphql.Schema, opts ...HandlerOption) http.Handler {
	h := &handler{schema: s, cfg: handlerConfig{
		log:      zerolog.Nop(),
		maxBody:  DefaultMaxBodyBytes,
		maxQuery: DefaultMaxQueryLength,
		timeout:  DefaultRequestTimeout,
		inFlight: DefaultMaxInFlight,
		lim: limits{
			maxDepth:        DefaultMaxDepth,
			maxCost:         DefaultMaxCost,
			maxAliases:      DefaultMaxAliases,
			defaultListSize: DefaultListSize,
		},
		page: defaultPageConfig(),
	}}
	for _, o := range opts {
		o(&h.cfg)
	}
	guardResolvers(&h.schema)
	if h.cfg.inFlight > 0 {
		h.slots = make(chan struct{}, h.cfg.inFlight)
	}
	if h.cfg.page.enabled {
		h.page = newGraphiQLPage(h.cfg.page)
	}
	return h
}

// gqlError is one entry of a response's "errors".
type gqlError struct {
	Message    string                    `json:"message"`
	Locations  []location.SourceLocation `json:"locations,omitempty"`
	Path       []any                     `json:"path,omitempty"`
	Extensions map[string]any            `json:"extensions,omitempty"`
}

func (e *gqlError) code() string {
	c, _ := e.Extensions["code"].(string)
	return c
}

// response is a GraphQL response. Data is left nil when the request never
// reached execution, so that "data" is absent, as the spec asks.
type response struct {
	Errors     []*gqlError     `json:"errors,omitempty"`
	Data       json.RawMessage `json:"data,omitempty"`
	Extensions map[string]any  `json:"extensions,omitempty"`
}

// httpError is a request refused before (or instead of) execution.
type httpError struct {
	status  int
	code    string
	message string
	header  http.Header
	// locations point into the query document, when the problem is there.
	locations []location.SourceLocation
	// request marks a GraphQL request error (parse, validation, variables,
	// limits): 400 with graphql-response+json but 200 with application/json.
	request bool
	errs    []*gqlError
}

func requestError(code string, errs ...*gqlError) *httpError {
	for _, e := range errs {
		if e.Extensions == nil {
			e.Extensions = map[string]any{}
		}
		if _, ok := e.Extensions["code"]; !ok {
			e.Extensions["code"] = code
		}
	}
	return &httpError{status: http.StatusBadRequest, code: code, request: true, errs: errs}
}

func refuse(status int, code, format string, args ...any) *httpError {
	return &httpError{status: status, code: code, message: fmt.Sprintf(format, args...)}
}

// graphQLRequest holds the parameters of a GraphQL-over-HTTP request.
type graphQLRequest struct {
	gqlhandler.RequestOptions
	Extensions map[string]any
}

// reqLog collects what the access log line reports.
type reqLog struct {
	id        string
	operation string
	opType    string
	cost      complexity
	codes     []string
}

type ctxKey int

const (
	ctxRequestID ctxKey = iota
	ctxWriter
)

// CanWrite reports whether the request behind ctx presented the write token.
// Mutation resolvers may check it as a second line of defence.
func CanWrite(ctx context.Context) bool {
	ok, _ := ctx.Value(ctxWriter).(bool)
	return ok
}

// RequestID returns the id that the handler gave the request behind ctx and
// that its log lines carry, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(ctxRequestID).(string)
	return id
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rl := &reqLog{id: newRequestID()}
	log := h.cfg.log.With().Str("request_id", rl.id).Logger()
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		if p := recover(); p != nil {
			log.Error().Str("panic", fmt.Sprint(p)).Bytes("stack", debug.Stack()).Msg("graphql handler panicked")
			if !sw.wrote {
				h.writeError(sw, MediaTypeJSON, refuse(http.StatusInternalServerError, CodeInternal,
					"internal server error; it was logged as request %s", rl.id))
			}
		}
		ev := log.Info()
		if sw.status >= 500 {
			ev = log.Error()
		}
		ev.Str("method", r.Method).Int("status", sw.status).
			Str("operation", rl.operation).Str("type", rl.opType).
			Int("depth", rl.cost.depth).Int("cost", rl.cost.cost).
			Strs("codes", rl.codes).Dur("duration", time.Since(start)).
			Msg("graphql request")
	}()

	query := r.URL.Query()
	if r.Method == http.MethodGet && !query.Has("query") {
		if name := query.Get(assetParam); name != "" && h.page != nil {
			h.page.serveAsset(sw, r, name)
			return
		}
	}
	acc := parseAccept(r.Header.Values("Accept"))
	if h.page != nil && r.Method == http.MethodGet && acc.wantsHTML() && !query.Has("raw") {
		h.page.serve(sw, r)
		return
	}

	media, ok := acc.negotiate()
	if !ok {
		h.writeError(sw, MediaTypeJSON, refuse(http.StatusNotAcceptable, CodeBadRequest,
			"cannot answer in any media type the Accept header lists (%q); accept %s or %s",
			strings.Join(r.Header.Values("Accept"), ", "), MediaTypeGraphQLResponse, MediaTypeJSON))
		rl.codes = append(rl.codes, CodeBadRequest)
		return
	}
	sw.media = media
	status, resp := h.serveGraphQL(sw, r, query, rl, &log)
	for _, e := range resp.Errors {
		rl.codes = append(rl.codes, e.code())
	}
	h.write(sw, media, status, resp)
}

// serveGraphQL runs one GraphQL request and returns the status and body to
// send.
func (h *handler) serveGraphQL(w http.ResponseWriter, r *http.Request, query url.Values, rl *reqLog, log *zerolog.Logger) (int, *response) {
	fail := func(e *httpError) (int, *response) {
		for k, v := range e.header {
			w.Header()[k] = v
		}
		if e.request && responseMedia(w) == MediaTypeJSON {
			return http.StatusOK, e.response()
		}
		return e.status, e.response()
	}
	var req graphQLRequest
	var herr *httpError
	switch r.Method {
	case http.MethodGet:
		req, herr = parseGET(query)
	case http.MethodPost:
		req, herr = h.parsePOST(w, r)
	default:
		herr = refuse(http.StatusMethodNotAllowed, CodeBadRequest,
			"method %s is not allowed; send queries with GET or POST", r.Method)
		herr.header = http.Header{"Allow": {"GET, POST"}}
	}
	if herr != nil {
		return fail(herr)
	}
	if h.cfg.maxQuery > 0 && len(req.Query) > h.cfg.maxQuery {
		return fail(refuse(http.StatusRequestEntityTooLarge, CodeTooComplex,
			"the query is %d bytes long; the limit is %d", len(req.Query), h.cfg.maxQuery))
	}

	// The slot is taken before parsing, so that validation counts too, and
	// is released by whoever finishes last: this function, or the goroutine
	// that runs the execution (see execute).
	release := func() {}
	if h.slots != nil {
		select {
		case h.slots <- struct{}{}:
			release = func() { <-h.slots }
		default:
			herr := refuse(http.StatusServiceUnavailable, CodeUnavailable,
				"the server is running %d requests already; try again shortly", cap(h.slots))
			herr.header = http.Header{"Retry-After": {"1"}}
			return fail(herr)
		}
	}
	handedOff := false
	defer func() {
		if !handedOff {
			release()
		}
	}()
	src := source.NewSource(&source.Source{Body: []byte(req.Query), Name: "GraphQL request"})
	doc, err := parser.Parse(parser.ParseParams{Source: src})
	if err != nil {
		return fail(requestError(CodeParseFailed, fromGraphQLError(err, true)))
	}
	op, herr := selectOperation(doc, req.OperationName)
	if herr != nil {
		return fail(herr)
	}
	if op.Name != nil {
		rl.operation = op.Name.Value
	}
	rl.opType = op.Operation

	ctx := r.Context()
	switch op.Operation {
	case ast.OperationTypeMutation:
		if r.Method != http.MethodPost {
			herr := refuse(http.StatusMethodNotAllowed, CodeBadRequest,
				"mutations must be sent with POST, not %s", r.Method)
			herr.header = http.Header{"Allow": {"POST"}}
			return fail(herr)
		}
		// A mutation that selects nothing but __typename writes nothing,
		// so clients probing the mutation type work on a read-only server.
		if cyc := fragmentCycle(doc); cyc != nil {
			return fail(requestError(CodeValidationFailed, cyc))
		}
		if !onlyTypename(op.SelectionSet, fragmentsOf(doc), map[string]bool{}) {
			if herr := h.authorize(r); herr != nil {
				return fail(herr)
			}
			ctx = context.WithValue(ctx, ctxWriter, true)
		}
	case ast.OperationTypeSubscription:
		return fail(requestError(CodeBadRequest, &gqlError{
			Message:   "subscriptions are not supported over HTTP; use a query",
			Locations: locate(op.Loc),
		}))
	}

	if cyc := fragmentCycle(doc); cyc != nil {
		return fail(requestError(CodeValidationFailed, cyc))
	}
	cx, lerr := analyze(&h.schema, doc, op, req.Variables, h.cfg.lim)
	rl.cost = cx
	if lerr != nil {
		return fail(requestError(CodeTooComplex, lerr))
	}
	if v := graphql.ValidateDocument(&h.schema, doc, nil); !v.IsValid {
		errs := make([]*gqlError, 0, len(v.Errors))
		for _, fe := range v.Errors {
			errs = append(errs, fromFormatted(fe, CodeValidationFailed))
		}
		return fail(requestError(CodeValidationFailed, errs...))
	}

	ctx = context.WithValue(ctx, ctxRequestID, rl.id)
	ctx = log.WithContext(ctx)
	if h.cfg.reqContext != nil {
		ctx = h.cfg.reqContext(ctx, r)
	}
	if h.cfg.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, h.cfg.timeout)
		defer cancel()
	}
	handedOff = true
	res := h.execute(ctx, graphql.ExecuteParams{
		Schema:        h.schema,
		AST:           doc,
		OperationName: req.OperationName,
		Args:          req.Variables,
	}, release)
	return h.result(w, ctx, res)
}

// execute runs the operation in a goroutine that holds the request's slot
// until the work ends, and returns its result, or a deadline error as soon
// as ctx is done. graphql-go's Execute returns at ctx's deadline while its
// own goroutine works on; given a context that is never done, it returns only
// when the work ends, so the slot counts all of it. Resolvers still see the
// deadline through Err, which the graph's loops check.
func (h *handler) execute(ctx context.Context, p graphql.ExecuteParams, release func()) *graphql.Result {
	done := make(chan *graphql.Result, 1)
	p.Context = undone{ctx}
	go func() {
		defer release()
		defer func() {
			if r := recover(); r != nil {
				zerolog.Ctx(ctx).Error().Str("panic", fmt.Sprint(r)).Bytes("stack", debug.Stack()).Msg("graphql execution panicked")
				done <- &graphql.Result{Errors: []gqlerrors.FormattedError{gqlerrors.FormatError(fmt.Errorf("internal server error"))}}
			}
		}()
		done <- graphql.Execute(p)
	}()
	select {
	case res := <-done:
		return res
	case <-ctx.Done():
		return &graphql.Result{Errors: []gqlerrors.FormattedError{gqlerrors.FormatError(ctx.Err())}}
	}
}

// undone is a context whose Done channel never closes, while Err, Deadline
// and Value are its parent's.
type undone struct{ context.Context }

func (undone) Done() <-chan struct{} { return nil }

// result turns graphql-go's result into a response. A result without data
// and without error paths never started executing: the variables did not
// coerce, or the deadline passed first.
func (h *handler) result(w http.ResponseWriter, ctx context.Context, res *graphql.Result) (int, *response) {
	resp := &response{Extensions: res.Extensions}
	executed := res.Data != nil
	for _, fe := range res.Errors {
		if len(fe.Path) > 0 {
			executed = true
		}
	}
	if !executed {
		code := CodeBadUserInput
		status := http.StatusBadRequest
		if ctx.Err() != nil || errorsAre(res.Errors, context.DeadlineExceeded) {
			code, status = CodeTimeout, http.StatusGatewayTimeout
		}
		for _, fe := range res.Errors {
			e := fromFormatted(fe, code)
			if code == CodeTimeout {
				e.Message = fmt.Sprintf("the request did not finish within %s", h.cfg.timeout)
			}
			resp.Errors = append(resp.Errors, e)
		}
		if responseMedia(w) == MediaTypeJSON {
			status = http.StatusOK
		}
		return status, resp
	}
	data, err := json.Marshal(res.Data)
	if err != nil {
		zerolog.Ctx(ctx).Error().Err(err).Msg("cannot encode GraphQL result")
		return http.StatusInternalServerError, refuse(http.StatusInternalServerError, CodeInternal,
			"internal server error: the result could not be encoded; it was logged as request %s", RequestID(ctx)).response()
	}
	resp.Data = data
	for _, fe := range res.Errors {
		e := fromFormatted(fe, "")
		var coded *CodedError
		if e.Extensions["code"] == CodeInternal && !errors.As(cause(fe), &coded) {
			// What went wrong inside (a file path, a database message) is for
			// the log, not for whoever sent the query.
			zerolog.Ctx(ctx).Error().Err(cause(fe)).Interface("path", fe.Path).Msg("resolver failed")
			e.Message = fmt.Sprintf("internal server error; logged as request %s", RequestID(ctx))
		}
		resp.Errors = append(resp.Errors, e)
	}
	return http.StatusOK, resp
}

func errorsAre(errs []gqlerrors.FormattedError, target error) bool {
	for _, fe := range errs {
		if errors.Is(cause(fe), target) {
			return true
		}
	}
	return false
}

// cause digs the error a resolver returned out of graphql-go's wrappers.
func cause(fe gqlerrors.FormattedError) error {
	err := fe.OriginalError()
	for {
		switch e := err.(type) {
		case *gqlerrors.Error:
			if e.OriginalError == nil {
				return e
			}
			err = e.OriginalError
		case gqlerrors.FormattedError:
			if e.OriginalError() == nil {
				return e
			}
			err = e.OriginalError()
		default:
			return err
		}
	}
}

// fromFormatted converts a graphql-go error, adding extensions.code: the
// given code, else the one ErrorCode derives from the cause.
func fromFormatted(fe gqlerrors.FormattedError, code string) *gqlError {
	e := &gqlError{Message: fe.Message, Path: fe.Path}
	if len(fe.Locations) > 0 {
		e.Locations = fe.Locations
	}
	e.Extensions = make(map[string]any, len(fe.Extensions)+1)
	for k, v := range fe.Extensions {
		e.Extensions[k] = v
	}
	if _, ok := e.Extensions["code"]; !ok {
		if code == "" {
			code = ErrorCode(cause(fe))
		}
		e.Extensions["code"] = code
	}
	return e
}

// fromGraphQLError converts a parse error, keeping only the first line of
// graphql-go's message (the rest is a source excerpt that locations replace).
func fromGraphQLError(err error, firstLine bool) *gqlError {
	fe := gqlerrors.FormatError(err)
	e := fromFormatted(fe, CodeParseFailed)
	if firstLine {
		e.Message, _, _ = strings.Cut(e.Message, "\n")
	}
	return e
}

func locate(loc *ast.Location) []location.SourceLocation {
	if loc == nil || loc.Source == nil {
		return nil
	}
	return []location.SourceLocation{location.GetLocation(loc.Source, loc.Start)}
}

func (e *httpError) response() *response {
	if len(e.errs) > 0 {
		return &response{Errors: e.errs}
	}
	return &response{Errors: []*gqlError{{
		Message:    e.message,
		Locations:  e.locations,
		Extensions: map[string]any{"code": e.code},
	}}}
}

// selectOperation picks the operation to run, as GraphQL's GetOperation does,
// and rejects definitions that cannot be executed.
func selectOperation(doc *ast.Document, name string) (*ast.OperationDefinition, *httpError) {
	var ops []*ast.OperationDefinition
	for _, def := range doc.Definitions {
		switch d := def.(type) {
		case *ast.OperationDefinition:
			ops = append(ops, d)
		case *ast.FragmentDefinition:
		default:
			return nil, requestError(CodeValidationFailed, &gqlError{
				Message:   fmt.Sprintf("a request may hold only operations and fragments, not a %s", def.GetKind()),
				Locations: locate(def.GetLoc()),
			})
		}
	}
	switch {
	case len(ops) == 0:
		return nil, requestError(CodeBadRequest, &gqlError{Message: "the document holds no operation to run"})
	case name != "":
		for _, op := range ops {
			if op.Name != nil && op.Name.Value == name {
				return op, nil
			}
		}
		return nil, requestError(CodeBadRequest, &gqlError{
			Message: fmt.Sprintf("operationName %q names no operation in the document", name),
		})
	case len(ops) > 1:
		return nil, requestError(CodeBadRequest, &gqlError{
			Message:   fmt.Sprintf("the document holds %d operations; say which to run with operationName", len(ops)),
			Locations: locate(ops[1].Loc),
		})
	}
	return ops[0], nil
}

// onlyTypename reports whether a selection set, with its fragments spread,
// selects no field but __typename. Unknown fragments count as fields, so a
// malformed request still meets the token check before validation rejects it.
// Each fragment is judged once (judged holds the answers): expanding spreads
// as a tree would let a few KB of nested spreads cost 30^15 steps. Callers
// reject fragment cycles first.
func onlyTypename(set *ast.SelectionSet, fragments map[string]*ast.FragmentDefinition, judged map[string]bool) bool {
	if set == nil {
		return true
	}
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == nil || sel.Name.Value != "__typename" {
				return false
			}
		case *ast.InlineFragment:
			if !onlyTypename(sel.SelectionSet, fragments, judged) {
				return false
			}
		case *ast.FragmentSpread:
			if sel.Name == nil {
				return false
			}
			name := sel.Name.Value
			ok, seen := judged[name]
			if !seen {
				f, known := fragments[name]
				ok = known && onlyTypename(f.SelectionSet, fragments, judged)
				judged[name] = ok
			}
			if !ok {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func fragmentsOf(doc *ast.Document) map[string]*ast.FragmentDefinition {
	out := map[string]*ast.FragmentDefinition{}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			out[f.Name.Value] = f
		}
	}
	return out
}

// authorize admits a mutation when the server has a write token and the
// request presents it as a bearer token.
func (h *handler) authorize(r *http.Request) *httpError {
	if !h.cfg.writable {
		return refuse(http.StatusForbidden, CodeForbidden, "this server is read-only: mutations are disabled")
	}
	scheme, token, ok := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		e := refuse(http.StatusUnauthorized, CodeUnauthenticated,
			"mutations need an Authorization: Bearer <token> header")
		e.header = http.Header{"Www-Authenticate": {`Bearer realm="hague"`}}
		return e
	}
	// Comparing digests keeps the comparison constant-time in the length too.
	sum := sha256.Sum256([]byte(strings.TrimSpace(token)))
	if subtle.ConstantTimeCompare(sum[:], h.cfg.tokenSum[:]) != 1 {
		return refuse(http.StatusForbidden, CodeForbidden, "the bearer token does not allow writes")
	}
	return nil
}

// parseGET reads the parameters of a GET request from its query string.
func parseGET(q url.Values) (graphQLRequest, *httpError) {
	req := graphQLRequest{RequestOptions: gqlhandler.RequestOptions{Query: q.Get("query"), OperationName: q.Get("operationName")}}
	if !q.Has("query") || strings.TrimSpace(req.Query) == "" {
		return req, refuse(http.StatusBadRequest, CodeBadRequest,
			"the query string has no query parameter; send ?query={...}")
	}
	for _, p := range []struct {
		name string
		dst  *map[string]any
	}{{"variables", &req.Variables}, {"extensions", &req.Extensions}} {
		raw := q.Get(p.name)
		if raw == "" || raw == "null" {
			continue
		}
		if err := decodeObject([]byte(raw), p.dst); err != nil {
			return req, refuse(http.StatusBadRequest, CodeBadRequest,
				"the %s parameter must be a JSON object: %s", p.name, err)
		}
	}
	return req, nil
}

// parsePOST reads the JSON body of a POST request.
func (h *handler) parsePOST(w http.ResponseWriter, r *http.Request) (graphQLRequest, *httpError) {
	var req graphQLRequest
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return req, refuse(http.StatusUnsupportedMediaType, CodeBadRequest,
			"a POST needs Content-Type: application/json")
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != gqlhandler.ContentTypeJSON {
		return req, refuse(http.StatusUnsupportedMediaType, CodeBadRequest,
			"Content-Type %q is not supported; send application/json", ct)
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return req, refuse(http.StatusUnsupportedMediaType, CodeBadRequest,
			"charset %q is not supported; send utf-8", cs)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.cfg.maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return req, refuse(http.StatusRequestEntityTooLarge, CodeBadRequest,
				"the request body is larger than %d bytes", tooBig.Limit)
		}
		return req, refuse(http.StatusBadRequest, CodeBadRequest, "cannot read the request body: %s", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return req, refuse(http.StatusBadRequest, CodeBadRequest,
			`the request body is empty; send {"query": "..."}`)
	}
	var fields map[string]json.RawMessage
	if err := decodeObject(body, &fields); err != nil {
		return req, refuse(http.StatusBadRequest, CodeBadRequest, "the request body is not a JSON object: %s", err)
	}
	raw, ok := fields["query"]
	if !ok || isNull(raw) {
		return req, refuse(http.StatusBadRequest, CodeBadRequest,
			`the request body has no "query"; send {"query": "..."}`)
	}
	if err := json.Unmarshal(raw, &req.Query); err != nil {
		return req, refuse(http.StatusBadRequest, CodeBadRequest, `"query" must be a string, not %s`, jsonKind(raw))
	}
	if raw, ok := fields["operationName"]; ok && !isNull(raw) {
		if err := json.Unmarshal(raw, &req.OperationName); err != nil {
			return req, refuse(http.StatusBadRequest, CodeBadRequest, `"operationName" must be a string or null, not %s`, jsonKind(raw))
		}
	}
	for _, p := range []struct {
		name string
		dst  *map[string]any
	}{{"variables", &req.Variables}, {"extensions", &req.Extensions}} {
		raw, ok := fields[p.name]
		if !ok || isNull(raw) {
			continue
		}
		if jsonKind(raw) != "an object" {
			return req, refuse(http.StatusBadRequest, CodeBadRequest, "%q must be an object or null, not %s", p.name, jsonKind(raw))
		}
		if err := json.Unmarshal(raw, p.dst); err != nil {
			return req, refuse(http.StatusBadRequest, CodeBadRequest, "%q is not valid: %s", p.name, err)
		}
	}
	return req, nil
}

// decodeObject decodes a JSON object into dst and describes a syntax error by
// line and column.
func decodeObject(data []byte, dst any) error {
	if k := jsonKind(data); k != "an object" && k != "" {
		return fmt.Errorf("found %s", k)
	}
	err := json.Unmarshal(data, dst)
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		// Offset counts the bytes read, the offending one included; at the
		// end of the input there is no offending byte, so point past it.
		at := int(syn.Offset) - 1
		if strings.Contains(syn.Error(), "unexpected end") {
			at = len(data)
		}
		line, col := lineColumn(data, at)
		return fmt.Errorf("line %d, column %d: %s", line, col, syn)
	}
	return err
}

func lineColumn(data []byte, offset int) (line, col int) {
	offset = max(min(offset, len(data)), 0)
	line = 1 + bytes.Count(data[:offset], []byte("\n"))
	col = offset - bytes.LastIndexByte(data[:offset], '\n')
	return line, col
}

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// jsonKind names the kind of a JSON value from its first byte, for messages;
// it returns "" for invalid JSON so that the decoder can say where.
func jsonKind(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch c := raw[0]; {
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		if json.Valid(raw) {
			return "a boolean"
		}
	case c == 'n':
		if json.Valid(raw) {
			return "null"
		}
	case c == '-' || (c >= '0' && c <= '9'):
		if json.Valid(raw) {
			return "a number"
		}
	}
	return ""
}

// accept is a parsed Accept header.
type accept struct {
	present bool
	// graphql, json and html are the q-values of the respective media
	// types; graphql and html count only explicit mentions, json also
	// application/* and */* (the spec maps wildcards to application/json).
	graphql, json, html, jsonExplicit float64
}

func parseAccept(values []string) accept {
	var a accept
	jsonSpecificity := -1
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			mt, params, _ := strings.Cut(part, ";")
			mt = strings.ToLower(strings.TrimSpace(mt))
			if mt == "" {
				continue
			}
			a.present = true
			q := 1.0
			for _, p := range strings.Split(params, ";") {
				k, val, _ := strings.Cut(p, "=")
				if strings.TrimSpace(strings.ToLower(k)) == "q" {
					if f, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil {
						q = f
					}
				}
			}
			switch mt {
			case MediaTypeGraphQLResponse:
				a.graphql = max(a.graphql, q)
			case "text/html":
				a.html = max(a.html, q)
			}
			specificity := map[string]int{MediaTypeJSON: 2, "application/*": 1, "*/*": 0}
			if s, ok := specificity[mt]; ok && s >= jsonSpecificity {
				if s > jsonSpecificity {
					a.json = q
				} else {
					a.json = max(a.json, q)
				}
				jsonSpecificity = s
				if s == 2 {
					a.jsonExplicit = a.json
				}
			}
		}
	}
	return a
}

// negotiate picks the response media type: graphql-response+json when the
// client lists it at least as high as JSON, application/json when the client
// sends no Accept, a wildcard or application/json; false when it accepts
// neither.
func (a accept) negotiate() (string, bool) {
	switch {
	case !a.present:
		return MediaTypeJSON, true
	case a.graphql > 0 && a.graphql >= a.json:
		return MediaTypeGraphQLResponse, true
	case a.json > 0:
		return MediaTypeJSON, true
	}
	return "", false
}

// wantsHTML reports a browser: text/html is listed above any explicit JSON
// media type.
func (a accept) wantsHTML() bool {
	return a.html > 0 && a.html > a.graphql && a.html > a.jsonExplicit
}

func (h *handler) write(w http.ResponseWriter, media string, status int, resp *response) {
	body, err := json.Marshal(resp)
	if err != nil {
		status = http.StatusInternalServerError
		body = []byte(`{"errors":[{"message":"internal server error: cannot encode the response","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}`)
	}
	hd := w.Header()
	hd.Set("Content-Type", media+"; charset=utf-8")
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	hd.Set("Cache-Control", "no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Add("Vary", "Accept")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

func (h *handler) writeError(w http.ResponseWriter, media string, e *httpError) {
	for k, v := range e.header {
		w.Header()[k] = v
	}
	h.write(w, media, e.status, e.response())
}

// responseMedia returns the media type the request negotiated, which
// ServeHTTP stores on the writer before running the request.
func responseMedia(w http.ResponseWriter) string {
	if sw, ok := w.(*statusWriter); ok && sw.media != "" {
		return sw.media
	}
	return MediaTypeGraphQLResponse
}

// statusWriter remembers the status for the access log.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
	media  string
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.status, w.wrote = http.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// guarded remembers the fields whose resolvers already recover panics.
var guarded sync.Map // *graphql.FieldDefinition → struct{}

// guardResolvers wraps every resolver of s so that a panic becomes an
// INTERNAL_SERVER_ERROR on that field, logged with its stack.
func guardResolvers(s *graphql.Schema) {
	for typeName, t := range s.TypeMap() {
		obj, ok := t.(*graphql.Object)
		if !ok {
			continue
		}
		for fieldName, def := range obj.Fields() {
			if def.Resolve == nil {
				continue
			}
			if _, done := guarded.LoadOrStore(def, struct{}{}); done {
				continue
			}
			def.Resolve = recoverResolver(typeName+"."+fieldName, def.Resolve)
		}
	}
}

func recoverResolver(field string, resolve graphql.FieldResolveFn) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (v any, err error) {
		defer func() {
			if r := recover(); r != nil {
				ctx := p.Context
				if ctx == nil {
					ctx = context.Background()
				}
				zerolog.Ctx(ctx).Error().Str("field", field).Str("panic", fmt.Sprint(r)).
					Bytes("stack", debug.Stack()).Msg("resolver panicked")
				v, err = nil, &CodedError{
					Code:    CodeInternal,
					Message: fmt.Sprintf("internal server error in %s; it was logged as request %s", field, RequestID(ctx)),
					Err:     fmt.Errorf("panic in %s: %v", field, r),
				}
			}
		}()
		return resolve(p)
	}
}
