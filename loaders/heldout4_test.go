package loaders_test

import "testing"

// heldout4 is held-out set 4: ten articles about the International Criminal
// Court in 2023-2025, written with their gold annotations by someone who had
// not seen the extractor. The set is sealed: it is scored once, at the end of
// a work session, and never tuned against.
var heldout4 = evalSet{name: "held-out set 4", dir: "testdata/heldout4", test: "TestHeldOut4"}

// TestHeldOut4Gold checks that the sealed held-out set 4 gold files are well formed.
func TestHeldOut4Gold(t *testing.T) { checkGold(t, heldout4.dir) }

// TestHeldOut4 scores the extractor on the sealed held-out set 4. Do not tune
// against it: the coordinator runs it once, at the end of a work session.
func TestHeldOut4(t *testing.T) { evaluate(t, heldout4) }
