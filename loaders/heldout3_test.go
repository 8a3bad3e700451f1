package loaders_test

import "testing"

// The third held-out set is sealed: nobody reads its articles or tunes the
// extractor against it, and it is scored once at the end of a work session
// (see testdata/heldout3/README.md). It is scored like the dev set; the format
// and conventions are those of testdata/devset/README.md.
var heldout3 = evalSet{name: "held-out set 3", dir: "testdata/heldout3", test: "TestHeldOut3"}

// TestHeldOut3Gold checks that the third held-out set's gold files are well formed.
func TestHeldOut3Gold(t *testing.T) { checkGold(t, heldout3.dir) }

// TestHeldOut3 runs the extractor over the third held-out set: with -eval it
// prints the same table as TestDevSet; otherwise it fails when a score falls
// below testdata/heldout3/floors.json.
func TestHeldOut3(t *testing.T) { evaluate(t, heldout3) }
