// Parse a hague export with a real parser and check that it carries what the
// manifest says.
//
//   node check.mjs cytoscape FILE MANIFEST   loads the elements into a headless Cytoscape.js
//   node check.mjs ftm FILE                  validates every entity against the FollowTheMoney model
//
// The packages come from package.json beside this file (npm ci). Exits 0 when
// the export checks out, 1 with one line per problem otherwise, 3 when a
// package is missing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const problems = [];
const expect = (cond, msg) => { if (!cond) problems.push(msg); };
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function load(name) {
  try {
    return require(name);
  } catch (e) {
    console.log(`missing package ${name}: run npm ci in ${new URL('.', import.meta.url).pathname}`);
    process.exit(3);
  }
}

function cytoscapeCheck(file, manifest) {
  const cytoscape = load('cytoscape');
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const cy = cytoscape({ headless: true, elements: doc.elements });
  const nodes = cy.nodes();
  const edges = cy.edges();
  expect(nodes.length === manifest.nodes.length, `${nodes.length} nodes, want ${manifest.nodes.length}`);
  expect(edges.length === manifest.edges.length, `${edges.length} edges, want ${manifest.edges.length}`);
  for (const n of manifest.nodes) {
    const got = cy.getElementById(n.id);
    if (got.empty() || !got.isNode()) { problems.push(`node ${n.id} missing`); continue; }
    expect(got.data('label') === n.label, `node ${n.id}: label ${got.data('label')}, want ${n.label}`);
    expect(got.data('kind') === n.kind, `node ${n.id}: kind ${got.data('kind')}, want ${n.kind}`);
  }
  for (const e of manifest.edges) {
    const got = cy.getElementById(e.id);
    if (got.empty() || !got.isEdge()) { problems.push(`edge ${e.id} missing`); continue; }
    expect(got.source().id() === e.source, `edge ${e.id}: source ${got.source().id()}, want ${e.source}`);
    expect(got.target().id() === e.target, `edge ${e.id}: target ${got.target().id()}, want ${e.target}`);
    for (const f of ['role', 'event', 'documents']) {
      expect(same(got.data(f), e[f]), `edge ${e.id}: ${f} ${JSON.stringify(got.data(f))}, want ${JSON.stringify(e[f])}`);
    }
  }
}

// FollowTheMoney rules, checked against the model the FtM JS package ships:
// a known, concrete schema; properties of that schema (or inherited); every
// value a list of strings valid for the property's type; required properties
// present; entity references resolving to an entity of the right schema.
function ftmCheck(file) {
  const { Model, defaultModel } = load('@alephdata/followthemoney');
  const model = new Model(defaultModel);
  const countries = new Set(Object.keys(defaultModel.types.country.values));
  const topics = new Set(Object.keys(defaultModel.types.topic.values));
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const byId = new Map();
  const entities = [];
  lines.forEach((line, i) => {
    let raw;
    try { raw = JSON.parse(line); } catch (e) { problems.push(`line ${i + 1}: not JSON: ${e.message}`); return; }
    const keys = Object.keys(raw).sort();
    expect(same(keys, ['id', 'properties', 'schema']), `line ${i + 1}: keys ${keys}`);
    expect(/^[a-zA-Z0-9.-]{1,128}$/.test(raw.id || ''), `line ${i + 1}: bad id ${raw.id}`);
    expect(!byId.has(raw.id), `line ${i + 1}: duplicate id ${raw.id}`);
    byId.set(raw.id, raw);
    entities.push([i + 1, raw]);
  });
  for (const [line, raw] of entities) {
    const where = `line ${line} (${raw.schema} ${raw.id})`;
    const schema = model.getSchema(raw.schema);
    if (!schema) { problems.push(`${where}: unknown schema`); continue; }
    expect(!schema.abstract, `${where}: abstract schema`);
    for (const [name, values] of Object.entries(raw.properties)) {
      if (!schema.hasProperty(name)) { problems.push(`${where}: ${raw.schema} has no property ${name}`); continue; }
      const prop = schema.getProperty(name);
      if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'string' || v === '')) {
        problems.push(`${where}: ${name} is not a list of strings`);
        continue;
      }
      for (const v of values) {
        switch (prop.type.name) {
          case 'country':
            expect(countries.has(v), `${where}: ${name} ${v} is not an FtM country code`);
            break;
          case 'topic':
            expect(topics.has(v), `${where}: ${name} ${v} is not an FtM topic`);
            break;
          case 'date':
            expect(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v), `${where}: ${name} ${v} is not an ISO date prefix`);
            break;
          case 'url':
            expect(/^https?:\/\//.test(v), `${where}: ${name} ${v} is not a URL`);
            break;
          case 'entity': {
            const ref = byId.get(v);
            if (!ref) { problems.push(`${where}: ${name} points at ${v}, not in the stream`); break; }
            const refSchema = model.getSchema(ref.schema);
            expect(refSchema && refSchema.isA(prop.getRange()),
              `${where}: ${name} points at a ${ref.schema}, want a ${prop.getRange().name}`);
            break;
          }
          default:
            break;
        }
      }
    }
    const required = new Set([schema, ...schema.getParents()].flatMap((s) => s.required || []));
    for (const req of required) {
      expect(raw.properties[req] && raw.properties[req].length > 0, `${where}: required ${req} missing`);
    }
    // The entity parses in the FtM library itself.
    try {
      const entity = model.getEntity(raw);
      expect(entity.id === raw.id && entity.schema.name === raw.schema, `${where}: did not load`);
    } catch (e) {
      problems.push(`${where}: the FtM library rejects it: ${e.message}`);
    }
  }
  expect(entities.length > 0, 'no entities');
}

const [fmt, file, manifestPath] = process.argv.slice(2);
if (fmt === 'cytoscape') {
  cytoscapeCheck(file, JSON.parse(readFileSync(manifestPath, 'utf8')));
} else if (fmt === 'ftm') {
  ftmCheck(file);
} else {
  console.log('usage: node check.mjs cytoscape FILE MANIFEST | ftm FILE');
  process.exit(2);
}
for (const p of problems) console.log(p);
process.exit(problems.length ? 1 : 0);
