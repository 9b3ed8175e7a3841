import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syntheticSamples } from './synthetic.js';
import { SYNTHETIC_PHRASES } from './synthetic-phrases.js';
import { USER_TASKS } from './synthetic-user-tasks.js';

// Hosts in the style of shared/data/injection benign rows (clinc150, CC-BY-3.0).
const hosts = ['where is my parcel, it was due on monday', 'how do i change the pin on my card'];
const opt = { bits: 16, seed: 11, count: 40, posWeight: 2, negWeight: 0.5 };

test('as many benign texts as attacks, weighted by label, reproducibly', () => {
  const out = syntheticSamples(hosts, opt);
  assert.equal(out.filter((s) => s.label === 1).length, 40);
  assert.equal(out.filter((s) => s.label === 0).length, 40);
  assert.ok(out.every((s) => s.weight === (s.label ? 2 : 0.5)));
  assert.deepEqual(syntheticSamples(hosts, opt), out);
  assert.notDeepEqual(syntheticSamples(hosts, { ...opt, seed: 12 }), out);
});

test('attacks fire the rule features more often than the benign texts in the same carriers', () => {
  const out = syntheticSamples(hosts, { ...opt, count: 200 });
  const ruleRate = (label: 0 | 1): number => {
    const xs = out.filter((s) => s.label === label);
    return xs.filter((s) => s.idx.some((i) => i >= 1 << opt.bits)).length / xs.length;
  };
  assert.ok(ruleRate(1) > ruleRate(0) + 0.2, `${ruleRate(1)} vs ${ruleRate(0)}`);
});

test('user tasks exist in English and only in languages the synthetic attacks use', () => {
  assert.ok(USER_TASKS.en.length > 0);
  for (const lang of Object.keys(USER_TASKS)) assert.ok(lang in SYNTHETIC_PHRASES, lang);
});
