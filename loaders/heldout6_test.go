package loaders_test

import "testing"

// heldout6 is the sixth sealed held-out set: ten articles written on 2026-11-27 by a session that had not
// read the extractor. It is scored only at the end of a work session and must never be tuned against.
var heldout6 = evalSet{name: "held-out set 6", dir: "testdata/heldout6", test: "TestHeldOut6"}

// TestHeldOut6Gold checks that the sealed held-out set 6 gold files are well formed.
func TestHeldOut6Gold(t *testing.T) { checkGold(t, heldout6.dir) }

// TestHeldOut6 scores the extractor on the sealed held-out set 6. Run it only at the end of a work
// session; never tune the extractor against it.
func TestHeldOut6(t *testing.T) { evaluate(t, heldout6) }
