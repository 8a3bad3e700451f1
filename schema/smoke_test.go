package schema_test

import "testing"

func TestSmoke(t *testing.T) {
	_, s := fixture(t)
	res := run(t, s, `{
  targetings(issuer: "ICC") { warrant { id date } action { id kind date } officials { id name } daysAfter daysAfterMost after stated }
  events(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind label date earliest latest precision agents { role entity { name } } targets { entity { name ... on Person { positions { title organization { name } } } } } } }
  hu: entity(name: "hungary") { ... on State { iso romeStatute { status announced { date } notified { date } effective { date } } } }
  bf: entity(id: "Q965") { ... on State { romeStatute { status announced { date } } } }
  documents { nodes { id outlet eventCount entityCount positionCount events(first: 2) { totalCount nodes { id } } } }
}`, nil)
	t.Log(toJSON(t, res))
}
