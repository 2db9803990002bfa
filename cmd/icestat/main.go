// Command icestat turns ICE enforcement records released under FOIA into
// exact, reproducible numbers. See README.md.
package main

import (
	"os"

	"github.com/icestat/icestat/internal/cli"
)

func main() {
	os.Exit(cli.Main(&cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}, os.Args[1:]))
}
