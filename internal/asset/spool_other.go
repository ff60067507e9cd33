//go:build !linux

package asset

import (
	"errors"
	"os"
)

// spool is Linux's alone: elsewhere files are sent from memory.
func spool(string, []byte) (*os.File, error) { return nil, errors.ErrUnsupported }

func reopen(*os.File) (*os.File, error) { return nil, errors.ErrUnsupported }
