package schema

import (
	"context"
	"errors"
	"fmt"
	"maps"

	"github.com/graphql-go/graphql/gqlerrors"

	"github.com/hague-kg/hague/graph"
)

// Error codes sent in extensions.code of every GraphQL error. Clients branch
// on these strings, so they never change once published.
const (
	// CodeParseFailed: the query document is not valid GraphQL syntax.
	CodeParseFailed = "GRAPHQL_PARSE_FAILED"
	// CodeValidationFailed: the document does not validate against the schema.
	CodeValidationFailed = "GRAPHQL_VALIDATION_FAILED"
	// CodeBadRequest: the HTTP request itself is malformed (bad JSON, missing
	// query, unsupported media type, wrong method, unknown operation name).
	CodeBadRequest = "BAD_REQUEST"
	// CodeBadUserInput: a variable or argument value is unacceptable.
	CodeBadUserInput = "BAD_USER_INPUT"
	// CodeNotFound: the requested entity, event or document does not exist.
	CodeNotFound = "NOT_FOUND"
	// CodeUnauthenticated: a write was attempted without credentials.
	CodeUnauthenticated = "UNAUTHENTICATED"
	// CodeForbidden: the credentials do not allow the operation, or the
	// server is read-only.
	CodeForbidden = "FORBIDDEN"
	// CodeInternal: a bug or an unexpected failure on the server's side.
	CodeInternal = "INTERNAL_SERVER_ERROR"
	// CodeTooComplex: the query exceeds a configured bound (size, depth,
	// cost, aliases).
	CodeTooComplex = "QUERY_TOO_COMPLEX"
	// CodeTimeout: the request did not finish within the configured time.
	CodeTimeout = "TIMEOUT"
	// CodeUnavailable: the server is busy with as many requests as it runs
	// at once; try again shortly.
	CodeUnavailable = "SERVICE_UNAVAILABLE"
)

// CodedError is an error that carries a GraphQL error code. Resolvers return
// it (or wrap it) and graphql-go copies Extensions into the response, because
// CodedError implements gqlerrors.ExtendedError.
type CodedError struct {
	// Code is one of the Code* constants (or another SCREAMING_SNAKE code).
	Code string
	// Message is what the client reads; it should say what was wrong and where.
	Message string
	// Details are extra extension entries, e.g. {"argument": "first"}.
	Details map[string]any
	// Err is the underlying cause, kept for errors.Is/As and logging; it is
	// not shown to clients.
	Err error
}

var _ gqlerrors.ExtendedError = (*CodedError)(nil)

// Error returns the client-facing message.
func (e *CodedError) Error() string {
	if e.Message == "" && e.Err != nil {
		return e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the underlying cause.
func (e *CodedError) Unwrap() error { return e.Err }

// Extensions returns the error's extensions: its Details plus "code".
func (e *CodedError) Extensions() map[string]any {
	ext := make(map[string]any, len(e.Details)+1)
	maps.Copy(ext, e.Details)
	ext["code"] = e.Code
	return ext
}

// NewError returns a CodedError with the given code and a formatted message.
// A %w verb in format wraps the argument as the cause.
func NewError(code, format string, args ...any) *CodedError {
	err := fmt.Errorf(format, args...)
	return &CodedError{Code: code, Message: err.Error(), Err: errors.Unwrap(err)}
}

// BadUserInput reports an unacceptable argument or variable value; say which
// argument and why in the message.
func BadUserInput(format string, args ...any) error {
	return NewError(CodeBadUserInput, format, args...)
}

// NotFound reports that a requested object does not exist.
func NotFound(format string, args ...any) error {
	return NewError(CodeNotFound, format, args...)
}

// Forbidden reports that the caller may not do what was asked.
func Forbidden(format string, args ...any) error {
	return NewError(CodeForbidden, format, args...)
}

// Unauthenticated reports that the operation needs credentials.
func Unauthenticated(format string, args ...any) error {
	return NewError(CodeUnauthenticated, format, args...)
}

// ErrorCode returns the error code a client should see for err: the code of
// the first CodedError in its chain, else a code derived from well-known
// causes (graph.ErrNotFound, graph.ErrInvalid, graph.ErrReadOnly, context
// deadlines), else CodeInternal. It returns "" for a nil error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var coded *CodedError
	if errors.As(err, &coded) {
		return coded.Code
	}
	var ext gqlerrors.ExtendedError
	if errors.As(err, &ext) {
		if code, ok := ext.Extensions()["code"].(string); ok && code != "" {
			return code
		}
	}
	switch {
	case errors.Is(err, graph.ErrNotFound):
		return CodeNotFound
	case errors.Is(err, graph.ErrInvalid):
		return CodeBadUserInput
	case errors.Is(err, graph.ErrReadOnly):
		return CodeForbidden
	case errors.Is(err, context.DeadlineExceeded):
		return CodeTimeout
	}
	return CodeInternal
}
