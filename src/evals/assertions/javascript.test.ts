import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluateAssertion, type AssertionContext } from './index.js';

const context = (output: string, extra: Partial<AssertionContext> = {}): AssertionContext => ({
  output,
  vars: { customer_name: 'Ada' },
  baseDir: tmpdir(),
  services: { javascriptTimeoutMs: 200 },
  ...extra,
});

describe('javascript assertion', () => {
  it('runs an expression over output and context; booleans, scores and {pass, reason} are understood', async () => {
    assert.equal((await evaluateAssertion({ type: 'javascript', value: 'output.includes(context.vars.customer_name)' }, context('Hi Ada'))).pass, true);
    const scored = await evaluateAssertion({ type: 'javascript', value: 'return output.length / 10', threshold: 0.5 }, context('abc'));
    assert.equal(scored.score, 0.3);
    assert.equal(scored.pass, false);
    const explained = await evaluateAssertion({ type: 'javascript', value: "({ pass: true, score: 0.9, reason: 'ok by me' })" }, context('x'));
    assert.deepEqual([explained.pass, explained.score, explained.reason], [true, 0.9, 'ok by me']);
  });

  it('cannot reach the host: no require, no process', async () => {
    const r = await evaluateAssertion({ type: 'javascript', value: 'typeof process === "undefined" && typeof require === "undefined"' }, context('x'));
    assert.equal(r.pass, true);
  });

  it('stops an endless expression at the timeout and fails the assertion', async () => {
    const r = await evaluateAssertion({ type: 'javascript', value: 'while (true) {} return true;' }, context('x'));
    assert.equal(r.pass, false);
    assert.match(r.reason, /timed out after 200 ms/);
  });

  it('runs a module file in a worker, with a timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evals-js-'));
    writeFileSync(join(dir, 'check.mjs'), 'export default async (output, context) => ({ pass: output.startsWith("Hi"), reason: `len ${output.length}` });\n');
    writeFileSync(join(dir, 'hang.mjs'), 'export default () => new Promise(() => { setInterval(() => {}, 1000); });\n');
    const ok = await evaluateAssertion({ type: 'javascript', value: 'file://check.mjs' }, context('Hi there', { baseDir: dir }));
    assert.deepEqual([ok.pass, ok.reason], [true, 'len 8']);
    const hung = await evaluateAssertion({ type: 'javascript', value: 'hang.mjs' }, context('x', { baseDir: dir }));
    assert.match(hung.reason, /timed out/);
  });
});
