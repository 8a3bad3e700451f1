package loaders_test

import "testing"

// heldout5 is held-out set 5: ten older ICC articles (2005-2022) written by a
// session that had not seen the extractor. The set is sealed: it is scored
// only at the end of a work session and must never be tuned against.
var heldout5 = evalSet{name: "held-out set 5", dir: "testdata/heldout5", test: "TestHeldOut5"}

// TestHeldOut5Gold checks that the sealed set's gold files are well formed.
func TestHeldOut5Gold(t *testing.T) { checkGold(t, heldout5.dir) }

// TestHeldOut5 scores the extractor on the sealed held-out set 5. Do not run
// it while changing the extractor; the coordinator runs it once at the end.
func TestHeldOut5(t *testing.T) { evaluate(t, heldout5) }
