package web

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"testing"
	"time"
)

// TestSlowClients: clients that trickle their headers (slowloris) are cut
// off by the header read timeout, and while they hang on, other clients are
// answered normally.
func TestSlowClients(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: takes the 5 s header timeout")
	}
	srv, err := New(Config{DB: sampleStore(t), Addr: "127.0.0.1:0", Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ready) }()
	defer func() { cancel(); <-done }()
	addr := <-ready

	const slow = 32
	conns := make([]net.Conn, 0, slow)
	for i := 0; i < slow; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n"))
		conns = append(conns, c)
	}
	// Trickle a header line per second from every slow client, and check a
	// normal client is served meanwhile.
	stop := time.Now().Add(8 * time.Second)
	client := &http.Client{Timeout: 5 * time.Second}
	for time.Now().Before(stop) {
		for _, c := range conns {
			c.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
			c.Write([]byte("X-Slow: 1\r\n"))
		}
		t0 := time.Now()
		resp, err := client.Get("http://" + addr + "/api/sources")
		if err != nil {
			t.Fatalf("a normal client was not served while slow clients hung on: %v", err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || time.Since(t0) > 3*time.Second {
			t.Fatalf("normal request: %s in %v", resp.Status, time.Since(t0))
		}
		time.Sleep(time.Second)
	}
	// By now (8 s > 5 s header timeout) the server has closed every slow
	// connection: reading gives EOF or a reset, not a timeout.
	closed := 0
	for _, c := range conns {
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		buf := make([]byte, 512)
		_, err := c.Read(buf)
		for err == nil { // a 408 response may come first
			_, err = c.Read(buf)
		}
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			continue
		}
		closed++
	}
	if closed != slow {
		t.Errorf("%d of %d slow connections were closed by the server", closed, slow)
	}
}
