package loaders_test

import "testing"

// heldout7 is held-out set 7: ten articles about the International Criminal
// Court written, with their gold annotations, by a session that had not read
// the extractor. The set is sealed: it is scored only at the end of a work
// session and never tuned against (see testdata/heldout7/README.md).
var heldout7 = evalSet{name: "held-out set 7", dir: "testdata/heldout7", test: "TestHeldOut7"}

// TestHeldOut7Gold checks that the sealed held-out set 7's gold files are well
// formed; it does not run the extractor.
func TestHeldOut7Gold(t *testing.T) { checkGold(t, heldout7.dir) }

// TestHeldOut7 scores the extractor on the sealed held-out set 7. Run it only
// at the end of a work session; never tune the extractor against it.
func TestHeldOut7(t *testing.T) { evaluate(t, heldout7) }
