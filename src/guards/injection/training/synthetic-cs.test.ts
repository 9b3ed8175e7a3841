import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from './logistic-regression.js';
import { csAttack, csLookalike, csSyntheticSamples } from './synthetic-cs.js';

// Hosts in the style of shared/data/injection benign rows (bitext customer service, CDLA-Sharing-1.0).
const hosts = ['i need help to cancel my order', 'where can i check the delivery status'];
const opt = { bits: 16, seed: 3, count: 50, posWeight: 2, negWeight: 0.5 };

test('as many customer-styled attacks as benign look-alikes, reproducibly', () => {
  const out = csSyntheticSamples(hosts, opt);
  assert.equal(out.filter((s) => s.label === 1).length, 50);
  assert.equal(out.filter((s) => s.label === 0).length, 50);
  assert.deepEqual(csSyntheticSamples(hosts, opt), out);
});

test('an attack speaks to the model about its rules; its twin speaks about the customer\'s own message', () => {
  const rand = mulberry32(7);
  const attacks = Array.from({ length: 200 }, () => csAttack('en', rand));
  const twins = Array.from({ length: 200 }, () => csLookalike('en', rand));
  // A twin names "your rules" only for one of the shop's tasks ("your instructions for returning a damaged item").
  assert.ok(twins.every((t) => !/\byour (?:rules|instructions|guidelines|system prompt|limits|script)\b(?! for\b)/i.test(t)));
  assert.ok(attacks.some((t) => t.includes('<|im_start|>system') || t.includes('[INST]') || t.includes('<system>')));
  assert.ok(twins.some((t) => /ignore my previous email/i.test(t)));
});

test('closing tags and bracketed notes appear on both sides, so only who is addressed and what is asked decide', () => {
  const rand = mulberry32(11);
  const attacks = Array.from({ length: 400 }, () => csAttack('en', rand));
  const twins = Array.from({ length: 400 }, () => csLookalike('en', rand));
  const closed = /<\/(?:feedback|review|message|comment|note|address)>/;
  assert.ok(attacks.some((t) => closed.test(t)) && twins.some((t) => closed.test(t)));
  assert.ok(attacks.some((t) => /\[(?:To the model|Note for the AI):/.test(t)));
  assert.ok(twins.some((t) => /\[(?:To the courier|To the driver):/.test(t)));
  assert.ok(attacks.some((t) => /rules you follow/i.test(t)) && twins.some((t) => /what are the rules for/i.test(t)));
});
