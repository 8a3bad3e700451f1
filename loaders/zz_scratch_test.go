package loaders_test

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

var zzText = flag.String("zz", "", "scratch text file: first line published date")

func TestZZScratch(t *testing.T) {
	if *zzText == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(*zzText)
	pub, text := string(b[:10]), string(b[11:])
	rep := extract(t, pub, text)
	for _, e := range rep.Events {
		fmt.Println(ev(e))
	}
}
