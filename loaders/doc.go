// Package loaders turns news articles into graph reports: it reads an
// article's front matter and text (ParseArticle), recognizes the people,
// states, courts and organizations it mentions against a curated Catalog and
// by their context, and extracts the dated events it states, with their roles
// and the sentences they came from (Extractor).
//
// Conventions the extractor follows, so that documents agree on node ids:
//
//   - Entity ids are Wikidata QIDs where the catalog has a confirmed one,
//     otherwise graph.Slug of the full name.
//   - An unnamed group the text treats as a party ("ICC officials", "a UN
//     expert", "Palestinian human rights organizations") becomes a group
//     entity: PERSON for people ("officials", "judges", "expert", "leaders"),
//     ORGANIZATION for bodies ("organizations", "groups"). Its id is the slug
//     of its qualifier's short name and the head noun with filler words
//     dropped ("ICC court officials" → "icc-officials"), and its confidence is
//     0.6.
//   - Roles: the issuing court or sanctioning state is the AGENT; the person
//     wanted, sanctioned, arrested or convicted is the TARGET; a surrender has
//     the surrendering state as AGENT, the person as TARGET and the court as
//     RECIPIENT; a withdrawal has the state as AGENT, the ICC as TARGET and the
//     Rome Statute as LEGAL_BASIS where mentioned; an executive order has its
//     signer as AGENT and the court it aims at as TARGET; sanctions "under the
//     executive order" have the signer's state as AGENT; a statement has its
//     speaker as AGENT; a meeting has the body meeting as AGENT and where it
//     meets as PLACE; a cyber attack has its victim as TARGET.
//   - Lists give one event per member: "Burkina Faso, Niger and Mali announced"
//     is three announcements, "warrants for Putin and Lavrov" two warrants.
//   - Organs of a court (Pre-Trial Chamber, Office of the Prosecutor) are
//     entities of their own but act for their court: a warrant issued by
//     Pre-Trial Chamber I has the ICC as AGENT.
//   - An event with no date in the text stays undated; an undated event that
//     has the same kind and parties as exactly one dated event of the same
//     document is taken to be that event.
//   - Hedged or negated statements ("may", "threatened to", "could face", "did
//     not") assert no event, except the phrasings of non-compliance ("did not
//     arrest", "failed to arrest"), which also imply the court's warrant.
package loaders
