package schema

// Examples returns the documented example queries, the headline targetings
// query first. GraphiQL opens them as tabs (WithExamples); the README shows
// them with their output on the seed graph. Entities are named rather than
// given by id, so the queries read well and work on any graph that has them.
func Examples() []Example {
	return []Example{
		{
			Name:        "Targetings",
			Description: "The headline question: which officials of the ICC were targeted after which of its arrest warrants, and does a source say the action answered the warrant (stated) or is the link inferred from dates?",
			Query: `query Targetings($issuer: ID) {
  targetings(issuer: $issuer) {
    warrant { label date }
    action { kind label date }
    officials { name }
    daysAfter
    after
    stated
  }
}`,
			Variables: map[string]any{"issuer": "ICC"},
		},
		{
			Name:        "Who is who",
			Description: "Find people by a prefix of any name or alias, ignoring case and accents, with the positions they hold and the sentence that says so.",
			Query: `query WhoIsWho($search: String!) {
  entities(search: $search, kinds: [PERSON], first: 5) {
    totalCount
    nodes {
      id
      name
      aliases
      positions { title organization { name } start { date } sources { quote } }
    }
  }
}`,
			Variables: map[string]any{"search": "guil"},
		},
		{
			Name:        "Timeline",
			Description: "Everything the graph records about one person, oldest first, with who acted and the document that says so.",
			Query: `query Timeline($who: String!) {
  timeline(participant: $who, first: 20) {
    totalCount
    nodes {
      date
      kind
      label
      sources { quote document { outlet published } }
    }
  }
}`,
			Variables: map[string]any{"who": "Netanyahu"},
		},
		{
			Name:        "Subgraph for a visualization",
			Description: "Nodes and edges within two hops of Netanyahu, in the shape Cytoscape.js, D3 and sigma.js load, every edge tied to its source.",
			Query: `query Neighbourhood($ids: [ID!]!) {
  subgraph(ids: $ids, depth: 2, limit: 200) {
    truncated
    nodes { id kind label group }
    edges { id source target role event sources { quote } }
  }
}`,
			Variables: map[string]any{"ids": []any{"Benjamin Netanyahu"}},
		},
		{
			Name:        "Withdrawals from the Rome Statute",
			Description: "States withdrawing from the ICC, with their standing as of today: announced, notified, or in effect.",
			Query: `query Withdrawals {
  events(kinds: [WITHDRAWAL_ANNOUNCEMENT, WITHDRAWAL]) {
    nodes {
      kind
      date
      agents {
        name
        ... on State { iso romeStatute { status announced { date } notified { date } effective { date } } }
      }
    }
  }
}`,
		},
		{
			Name:        "What one outlet says",
			Description: "Only what JURIST asserts: sanctions, or warrants from 2024 on — a boolean filter.",
			Query: `query OneOutlet($outlet: String!) {
  events(outlet: $outlet, where: { OR: [{ kinds: [SANCTION] }, { kinds: [ARREST_WARRANT], from: "2024" }] }) {
    totalCount
    nodes { date label sources(outlet: $outlet) { quote } }
  }
}`,
			Variables: map[string]any{"outlet": "JURIST"},
		},
		{
			Name:        "How are they connected?",
			Description: "The shortest chains of events linking two people: here, through the court that sought them both.",
			Query: `query Connection($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxDepth: 4, first: 3) {
    length
    steps { role node { id ... on Entity { name } ... on Event { label } } }
  }
}`,
			Variables: map[string]any{"from": "Vladimir Putin", "to": "Benjamin Netanyahu"},
		},
		{
			Name:        "What happened next",
			Description: "The warrants for Putin, and the events that followed each one and shared a participant with it: a temporal chain.",
			Query: `query Next($who: String!) {
  entity(name: $who) {
    name
    events(kinds: [ARREST_WARRANT], role: TARGET) {
      nodes {
        label
        followedBy(first: 10) { nodes { date label inResponseTo { label } } }
      }
    }
  }
}`,
			Variables: map[string]any{"who": "Putin"},
		},
		{
			Name:        "Documents",
			Description: "The documents in the graph, newest first, with how many facts each asserts.",
			Query: `query Documents {
  documents(first: 20) {
    totalCount
    nodes { title outlet published url eventCount entityCount positionCount }
  }
}`,
		},
	}
}
