package loaders_test

import "testing"

// The second held-out set is sealed: nobody reads its articles or tunes the
// extractor against it, and it is scored once at the end of a work session
// (see testdata/heldout2/README.md). It is scored like the dev set; the format
// and conventions are those of testdata/devset/README.md.
var heldout2 = evalSet{name: "held-out set 2", dir: "testdata/heldout2", test: "TestHeldOut2"}

// TestHeldOut2Gold checks that the second held-out set's gold files are well formed.
func TestHeldOut2Gold(t *testing.T) { checkGold(t, heldout2.dir) }

// TestHeldOut2 runs the extractor over the second held-out set: with -eval it
// prints the same table as TestDevSet; otherwise it fails when a score falls
// below testdata/heldout2/floors.json.
func TestHeldOut2(t *testing.T) { evaluate(t, heldout2) }
