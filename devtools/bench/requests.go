package bench

import (
	"bytes"
	"strconv"
	"strings"
)

// maxHeader bounds the header block the request counter keeps; a longer
// one means the stream is not what it expects, and it stops counting.
const maxHeader = 64 << 10

// requestCounter counts the HTTP/1.1 requests in the byte stream a browser
// sends over one connection: each request is a header block that ends with
// an empty line, then a body of Content-Length bytes. It is an io.Writer fed
// with the stream as it passes, and counts a request as soon as its header
// block is complete.
type requestCounter struct {
	// onRequest is called once per request.
	onRequest func()
	header    []byte
	// body is how many bytes of the current request's body are still to come.
	body int64
	// lost is set when the stream cannot be followed any more (a chunked
	// body, a huge header); the counter then ignores the rest.
	lost bool
}

// Write follows the stream through p.
func (c *requestCounter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 && !c.lost {
		if c.body > 0 {
			skip := min(c.body, int64(len(p)))
			c.body -= skip
			p = p[skip:]
			continue
		}
		// Empty lines between requests are allowed and ignored.
		if len(c.header) == 0 && (p[0] == '\r' || p[0] == '\n') {
			p = p[1:]
			continue
		}
		end := bytes.Index(p, []byte("\n"))
		if end < 0 {
			c.header = append(c.header, p...)
			p = nil
		} else {
			c.header = append(c.header, p[:end+1]...)
			p = p[end+1:]
			if bytes.HasSuffix(c.header, []byte("\r\n\r\n")) || bytes.HasSuffix(c.header, []byte("\n\n")) {
				c.endHeader()
			}
		}
		if len(c.header) > maxHeader {
			c.lost = true
		}
	}
	return n, nil
}

// endHeader counts the request whose header block is complete and reads
// the length of the body that follows.
func (c *requestCounter) endHeader() {
	if c.onRequest != nil {
		c.onRequest()
	}
	for _, line := range strings.Split(string(c.header), "\n") {
		name, value, ok := strings.Cut(strings.TrimRight(line, "\r"), ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "content-length":
			n, err := strconv.ParseInt(value, 10, 64)
			if err != nil || n < 0 {
				c.lost = true
			}
			c.body = n
		case "transfer-encoding":
			if !strings.EqualFold(value, "identity") {
				c.lost = true
			}
		}
	}
	c.header = c.header[:0]
}
