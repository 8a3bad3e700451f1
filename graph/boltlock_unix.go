//go:build unix

package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// ErrInUse means a bolt store is open in another process, such as a running
// `hague serve`. Bolt allows one process at a time.
var ErrInUse = errors.New("store is in use by another process")

// checkBoltFree fails fast when another process holds the bolt file's lock:
// Cayley opens bolt without a timeout, so a second process would otherwise
// wait forever without a word.
func checkBoltFree(dir string) error {
	f, err := os.OpenFile(filepath.Join(dir, "indexes.bolt"), os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bolt store %s: %w", dir, err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return fmt.Errorf("bolt store %s (stop the other hague, or use another --store): %w", dir, ErrInUse)
		}
		return fmt.Errorf("bolt store %s: lock: %w", dir, err)
	}
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
