package timeline

import (
	"errors"
	"fmt"
)

// Code classifies an error so that every layer can answer it the same way (the
// HTTP layer maps each code to one status in one table).
type Code string

const (
	EInvalid      Code = "invalid"      // the input is wrong: 400 or 422
	ENotFound     Code = "not_found"    // 404
	EConflict     Code = "conflict"     // 409
	ETooLarge     Code = "too_large"    // 413
	EUnsupported  Code = "unsupported"  // 415: a media type we do not read
	EUnreadable   Code = "unreadable"   // 422: well-formed request, content we cannot use
	EForbidden    Code = "forbidden"    // 403
	EUnauthorized Code = "unauthorized" // 401
	EInternal     Code = "internal"     // 500
)

// Error is a domain error with a message fit to show a user.
type Error struct {
	Code    Code
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf makes an Error with a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EInternal for any
// other error and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the user-facing message of the first *Error in err's chain,
// or a generic message for internal errors (whose details go to the log only).
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Code != EInternal {
		return e.Error()
	}
	return "internal error"
}
