import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CaseResult } from '../runner/index.js';
import { BaselineError, fromStored, loadResultsFile, toStored } from './index.js';

const result: CaseResult = {
  caseId: 'a', caseIndex: 3, status: 'fail', score: 0.5, threshold: 0.8, assertions: [], reasons: ['missing "x"'], output: 'secret output', cached: false,
};

describe('baseline sources', () => {
  it('reads a results JSONL file and a --format json report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evals-baseline-'));
    writeFileSync(join(dir, 'r.jsonl'), `${JSON.stringify(result)}\n`);
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ summary: {}, results: [result] }));
    assert.deepEqual(await loadResultsFile(join(dir, 'r.jsonl')), [result]);
    assert.deepEqual(await loadResultsFile(join(dir, 'r.json')), [result]);
    writeFileSync(join(dir, 'bad.jsonl'), '{"nope": 1}\n');
    await assert.rejects(loadResultsFile(join(dir, 'bad.jsonl')), BaselineError);
    await assert.rejects(loadResultsFile(join(dir, 'missing.jsonl')), /baseline .*missing.jsonl: cannot read \(ENOENT\)/);
  });

  it('the store keeps the verdict and reasons, never the output', () => {
    const stored = toStored(result);
    assert.equal(JSON.stringify(stored).includes('secret output'), false);
    const back = fromStored(stored);
    assert.deepEqual([back.caseId, back.caseIndex, back.status, back.score, back.reasons], ['a', 3, 'fail', 0.5, ['missing "x"']]);
  });
});
