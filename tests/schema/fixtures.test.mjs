// The committed JSON Schemas (docs/schema/) describe the committed fixtures (tests/fixtures/),
// merge metadata included: every fixture validates, and a broken stamp or conflict does not.
// Run by `make test` (native layer): node --test tests/schema/fixtures.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = (name) => JSON.parse(readFileSync(`docs/schema/${name}.schema.json`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = { workspace: ajv.compile(schema('workspace')), a3: ajv.compile(schema('a3')) };
const fixtures = readdirSync('tests/fixtures').filter((f) => f.endsWith('.json'));
const read = (f) => JSON.parse(readFileSync(`tests/fixtures/${f}`, 'utf8'));
const errors = (doc) => {
  const validate = validators[doc.kind];
  return validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
};

test('there are version-2 fixtures with stamps and conflicts to validate', () => {
  const v2 = fixtures.filter((f) => f.startsWith('v2-')).map((f) => JSON.stringify(read(f)));
  assert.ok(v2.length >= 2);
  assert.ok(v2.every((t) => t.includes('"stamps"') && t.includes('"conflicts"')));
});

for (const f of fixtures) {
  test(`${f} validates against its schema`, () => {
    assert.deepEqual(errors(read(f)), []);
  });
}

/** The first object in `doc` (depth first) that has `key`. */
function holder(doc, key) {
  if (doc && typeof doc === 'object') {
    if (!Array.isArray(doc) && key in doc) return doc;
    for (const v of Object.values(doc)) {
      const found = holder(v, key);
      if (found) return found;
    }
  }
  return null;
}

test('a field stamp that is not a stamp is refused', () => {
  const doc = read('v2-workspace.json');
  const stamps = holder(doc, 'stamps').stamps;
  stamps[Object.keys(stamps)[0]] = 'i går';
  assert.ok(errors(doc).some((e) => /stamps.*pattern/.test(e)), errors(doc).join('\n'));
});

test('a conflict entry with more than a stamp and a value is refused', () => {
  const doc = read('v2-a3.json');
  const conflicts = holder(doc, 'conflicts').conflicts;
  const field = Object.keys(conflicts)[0];
  conflicts[field] = [[...conflicts[field][0], 'extra', 'extra']];
  assert.ok(errors(doc).some((e) => /conflicts/.test(e)), errors(doc).join('\n'));
});

test('a causal context with a malformed stamp is refused', () => {
  const doc = read('v2-workspace.json');
  const entity = doc.workspace.a3_sheets[0];
  entity.seen = { k3j9x2ab: 42 };
  assert.ok(errors(doc).some((e) => /seen/.test(e)), errors(doc).join('\n'));
});

test('a gevinstkart link without the benefit it points to, or a planned value that is no decimal, is refused', () => {
  const doc = read('v2-a3-benefit-map.json');
  delete doc.a3.measures[0].benefits[0].id;
  assert.ok(errors(doc).some((e) => /benefits\/0/.test(e)), errors(doc).join('\n'));
  const plan = read('v2-a3-benefit-map.json');
  plan.a3.benefits[0].plan[0].value = 'ti';
  assert.ok(errors(plan).some((e) => /plan\/0\/value/.test(e)), errors(plan).join('\n'));
  const goal = read('v2-a3-benefit-map.json');
  goal.a3.benefits[0].goal = 'et mål';
  assert.ok(errors(goal).some((e) => /goal/.test(e)), errors(goal).join('\n'));
});
