package asset

import (
	"os"
	"strconv"
)

// spool copies body into a file of its own in the temporary folder,
// removed at once so that it leaves nothing behind: the kernel keeps it in
// its page cache and sends it to a connection itself (sendfile).
func spool(name string, body []byte) (*os.File, error) {
	f, err := os.CreateTemp("", "site-"+name+"-")
	if err != nil {
		return nil, err
	}
	if err := os.Remove(f.Name()); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Write(body); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// reopen opens a spooled file anew, with a position of its own: sendfile
// reads from the file's position, which concurrent answers must not
// share.
func reopen(f *os.File) (*os.File, error) {
	return os.Open("/proc/self/fd/" + strconv.Itoa(int(f.Fd())))
}
