package graph

import "errors"

// Sentinel errors; match them with errors.Is.
var (
	// ErrNotFound means no entity, event or document has the given id.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means the input is malformed: a date, a spec, a quad, a fact.
	ErrInvalid = errors.New("invalid input")
	// ErrReadOnly means the Store was opened read-only and a write was tried.
	ErrReadOnly = errors.New("store is read-only")
)
