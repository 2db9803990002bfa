package cli

import (
	"context"
	"fmt"
	"log/slog"
	"os/signal"
	"syscall"
	"time"

	"github.com/icestat/icestat/internal/web"
)

func init() {
	register(command{"serve", "serve the store as a web app and JSON API (read-only to the public)", runServe})
}

func runServe(env *Env, args []string) error {
	fs := newFlags(env, "serve", "[--db PATH | --data DIR] [--addr 127.0.0.1:8080] [--admin-token TOKEN] [--small-cell N]")
	db := dbFlag(env, fs)
	data := dataFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	token := fs.String("admin-token", env.Getenv("ICESTAT_ADMIN_TOKEN"), "enable POST /api/ingest with this bearer token (env ICESTAT_ADMIN_TOKEN); off when empty")
	small := fs.Int("small-cell", 5, "public pages show counts from 1 to N-1 as \"fewer than N\"; 0 disables")
	timeout := fs.Duration("query-timeout", 15*time.Second, "longest time one request may spend on the store")
	maxUpload := fs.Int64("max-upload", 512<<20, "largest admin upload in bytes")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	if *small < 0 {
		return fmt.Errorf("%w: --small-cell must be 0 (off) or more", errUsage)
	}
	if *token != "" && len(*token) < 16 {
		return fmt.Errorf("%w: --admin-token must be at least 16 characters", errUsage)
	}
	logger := slog.New(slog.NewJSONHandler(env.Stderr, nil))
	srv, err := web.New(web.Config{DB: *db, Data: *data, Addr: *addr, AdminToken: *token, SmallCell: *small, NoSmallCell: *small == 0,
		QueryTimeout: *timeout, MaxUpload: *maxUpload, Logger: logger})
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	ready := make(chan string, 1)
	go func() {
		if a, ok := <-ready; ok {
			src := *db
			if *data != "" {
				src = *data + " (export, read-only replica)"
			}
			fmt.Fprintf(env.Stdout, "icestat serving %s on http://%s/ (Ctrl-C stops)\n", src, a)
		}
	}()
	return srv.Serve(ctx, ready)
}
