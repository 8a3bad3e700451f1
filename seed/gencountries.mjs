// gencountries.mjs writes seed/countries.json, every state of the world with
// its ISO 3166-1 alpha-2 code, names, alternative spellings, demonyms and
// capitals, from the npm package world-countries (a maintained dataset built
// from ISO 3166 and the UN lists).
//
// Usage (from the repository root; `make countries` runs it):
//
//	npm install --no-save --prefix /tmp/hague-countries world-countries@5.1.0
//	node seed/gencountries.mjs /tmp/hague-countries/node_modules/world-countries/countries.json > seed/countries.json
//
// The output is sorted by code and stable, so regenerating it with the same
// package version gives the same bytes.
import { readFileSync } from "node:fs";

const src = process.argv[2];
if (!src) {
  console.error("usage: node seed/gencountries.mjs PATH/TO/world-countries/countries.json");
  process.exit(2);
}
const countries = JSON.parse(readFileSync(src, "utf8"));

// Latin-script spellings only: the loader reads English news.
const latin = (s) => /^[\p{Script=Latin}\p{N}\s.,'’()\-&]+$/u.test(s);
const uniq = (xs) => [...new Set(xs.filter(Boolean))];

const out = countries
  .filter((c) => c.cca2 && c.cca2.length === 2)
  .map((c) => {
    const names = [c.name.common, c.name.official];
    const alt = (c.altSpellings || []).filter(
      // Two-letter codes ("IN", "IT", "NO", "ME") collide with English words;
      // the curated catalog adds the few codes news uses (US, UK).
      (s) => s !== c.cca2 && latin(s) && !/^[A-Z]{2}$/.test(s) && !s.includes(", "),
    );
    const dem = c.demonyms && c.demonyms.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
    return {
      iso: c.cca2,
      iso3: c.cca3,
      name: c.name.common,
      official: c.name.official,
      aliases: uniq([...names, ...alt]).filter((s) => s !== c.name.common).sort(),
      demonyms: uniq(dem).sort(),
      capitals: uniq(c.capital || []).filter(latin).sort(),
      independent: !!c.independent,
      unMember: !!c.unMember,
    };
  })
  .sort((a, b) => a.iso.localeCompare(b.iso));

process.stdout.write(
  JSON.stringify({ source: "npm:world-countries@5.1.0", countries: out }, null, 1) + "\n",
);
