//go:build !unix

package loaders_test

import "time"

// cpuTime is not measured here; the benchmarks report wall-time rates only.
func cpuTime() time.Duration { return 0 }
