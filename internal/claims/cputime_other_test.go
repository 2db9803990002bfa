//go:build !unix

package claims

func cpuTime() float64 { return 0 }
