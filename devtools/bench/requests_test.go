package bench

import (
	"strings"
	"testing"
)

func TestRequestCounter(t *testing.T) {
	get := "GET /fr HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n"
	post := "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nGET / HTTP/"
	chunked := "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
	tests := []struct {
		name   string
		writes []string
		want   int
	}{
		{"nothing", nil, 0},
		{"one request", []string{get}, 1},
		{"header split across writes", []string{get[:5], get[5:20], get[20:]}, 1},
		{"split inside the final empty line", []string{get[:len(get)-1], get[len(get)-1:]}, 1},
		{"header not yet complete", []string{get[:len(get)-2]}, 0},
		{"keep-alive requests in one write", []string{get + get + get}, 3},
		{"body that looks like a request is skipped", []string{post + get}, 2},
		{"body split across writes", []string{post[:len(post)-4], post[len(post)-4:] + get}, 2},
		{"bare newlines", []string{"GET / HTTP/1.1\nHost: x\n\n"}, 1},
		{"empty lines between requests", []string{get + "\r\n" + get}, 2},
		{"chunked body stops the count", []string{chunked + get}, 1},
		{"header too long stops the count", []string{"GET / HTTP/1.1\r\nX: " + strings.Repeat("a", maxHeader) + "\r\n\r\n"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := 0
			c := &requestCounter{onRequest: func() { got++ }}
			for _, w := range tt.writes {
				if n, err := c.Write([]byte(w)); n != len(w) || err != nil {
					t.Fatalf("Write(%d bytes) = %d, %v; want %d, nil", len(w), n, err, len(w))
				}
			}
			if got != tt.want {
				t.Errorf("counted %d requests in %q, want %d", got, tt.writes, tt.want)
			}
		})
	}
}
