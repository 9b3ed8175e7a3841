import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CaseResult, RunSummary } from '../runner/index.js';
import { compareResults, detectRegressions, renderComparison, renderRegressions, renderTerminal, testResultLines, writeHtmlReport, writeJunitReport } from './index.js';

const result = (caseId: string, caseIndex: number, score: number, status: CaseResult['status'] = score >= 0.8 ? 'pass' : 'fail', extra: Partial<CaseResult> = {}): CaseResult => ({
  caseId,
  caseIndex,
  status,
  score,
  threshold: 0.8,
  assertions: [{ type: 'icontains', metric: 'completeness', weight: 1, score: status === 'pass' ? 1 : 0, pass: status === 'pass', reason: status === 'pass' ? 'contains "x"' : 'does not contain "x"' }],
  reasons: status === 'pass' ? [] : ['missing "x" & <y>'],
  output: 'Answer with <b>markup</b> & "quotes"',
  latencyMs: 120,
  cached: false,
  ...extra,
});

const summary = (results: CaseResult[], extra: Partial<RunSummary> = {}): RunSummary => {
  const passed = results.filter((r) => r.status === 'pass').length;
  const errors = results.filter((r) => r.status === 'error').length;
  return {
    runId: 'run-1', prompt: 'customer-service@1.1.0', version: '1.1.0', startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1500,
    total: results.length, passed, failed: results.length - passed - errors, errors, setupErrors: 0,
    passRate: passed / results.length, meanScore: results.reduce((s, r) => s + r.score, 0) / results.length,
    cachedCases: 0, tokens: 100, costUsd: 0, rateLimited: 0, ...extra,
  };
};

async function collect(writer: (write: (chunk: string) => void) => Promise<void>): Promise<string> {
  let out = '';
  await writer((chunk) => {
    out += chunk;
  });
  return out;
}

describe('reports', () => {
  const results = [result('b', 1, 0.5), result('a', 0, 0.9), result('c', 2, 0, 'error', { error: { kind: 'rate_limit', message: '429', setup: false } })];

  it('terminal: rows in file order, reasons for failures, the summary line', async () => {
    const text = await renderTerminal(results, summary(results));
    const lines = text.split('\n');
    assert.match(lines[2], /^PASS\s+a\s+0\.90/);
    assert.match(lines[3], /^FAIL\s+b\s+0\.50\s+0\.80\s+120\s+missing "x" & <y>/);
    assert.match(lines[4], /^ERR\s+c/);
    assert.match(lines.at(-1)!, /^customer-service@1.1.0: 1\/3 passed \(33.3%\), mean quality 0.467, 1 failed, 1 errors, 1.5 s$/);
  });

  it('terminal: a large run lists failures only', async () => {
    const many = Array.from({ length: 60 }, (_, i) => result(`c${i}`, i, i === 7 ? 0.1 : 0.9));
    const text = await renderTerminal(many, summary(many));
    assert.match(text, /^60 cases; listing failures only/);
    assert.equal(text.split('\n').filter((l) => l.startsWith('FAIL')).length, 1);
  });

  it('junit: counts, a failure element with escaped reasons, an error element', async () => {
    const xml = await collect((w) => writeJunitReport([{ results, summary: summary(results) }], w));
    assert.match(xml, /<testsuite name="customer-service@1.1.0" tests="3" failures="1" errors="1"/);
    assert.match(xml, /<testcase name="b" classname="customer-service@1.1.0" time="0.120">\n\s+<failure message="missing &quot;x&quot; &amp; &lt;y&gt;" type="quality">/);
    assert.match(xml, /<error message="[^"]*" type="rate_limit">/);
    assert.doesNotMatch(xml, /<b>markup/);
    assert.equal((xml.match(/<testcase /g) ?? []).length, 3);
    const two = await collect((w) => writeJunitReport([{ results, summary: summary(results) }, { results, summary: summary(results, { prompt: 'workflow:cs' }) }], w));
    assert.match(two, /<testsuites name="promptops" tests="6" failures="2" errors="2"/);
    assert.equal((two.match(/<testsuite /g) ?? []).length, 2);
  });

  it('html: one self-contained file, user text escaped', async () => {
    const html = await collect((w) => writeHtmlReport([{ results, summary: summary(results) }], w));
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<(script|link|img)[^>]+(src|href)=/i, 'nothing is fetched');
    assert.match(html, /Answer with &lt;b&gt;markup&lt;\/b&gt; &amp; &quot;quotes&quot;/);
    assert.match(html, /1\/3/);
  });

  it('compare: side by side with per-case deltas and new cases', async () => {
    const before = [result('a', 0, 0.9), result('b', 1, 0.85)];
    const after = [result('b', 1, 0.6), result('a', 0, 0.95), result('new', 2, 0.9)];
    const rows = await compareResults(before, after);
    assert.deepEqual(rows.map((r) => [r.caseId, r.delta]), [['a', 0.05], ['b', -0.25], ['new', undefined]]);
    const text = renderComparison(rows, summary(before, { version: '1.0.0' }), summary(after), ['1.0.0', '1.1.0']);
    assert.match(text, /b\s+pass 0\.85\s+FAIL 0\.60\s+-0\.25\s+regressed/);
    assert.match(text, /new\s+—\s+pass 0\.90\s+new case/);
  });

  it('baseline: newly failing cases and score drops beyond noise are regressions', async () => {
    const baseline = [result('a', 0, 0.9), result('b', 1, 0.95), result('c', 2, 0.92), result('d', 3, 0.5)];
    const current = [result('a', 0, 0.88), result('b', 1, 0.6), result('c', 2, 0.82), result('d', 3, 0.9)];
    const report = await detectRegressions(baseline, current, { noise: 0.05 });
    assert.deepEqual(report.newlyFailing.map((r) => r.caseId), ['b']);
    assert.deepEqual(report.scoreDrops.map((r) => r.caseId), ['c'], 'a dropped 0.02: noise');
    assert.deepEqual(report.fixed.map((r) => r.caseId), ['d']);
    assert.equal(report.regressed, true);
    assert.match(renderRegressions(report, 'run-0'), /newly failing  b  0\.95 -> 0\.60/);
  });

  it('baseline: a wobbly repeated case needs a larger drop', async () => {
    const repeat = { runs: 5, passes: 5, passRate: 1, meanScore: 0.9, scoreStdDev: 0.06, minScore: 0.8, maxScore: 1, pass: true };
    const report = await detectRegressions([result('a', 0, 0.95, 'pass', { repeat })], [result('a', 0, 0.85, 'pass', { repeat })]);
    assert.equal(report.regressed, false, '0.10 drop is within 2 x combined spread (0.17)');
  });

  it('changelog lines follow the guide', () => {
    const unit = summary([result('a', 0, 0.9), result('b', 1, 0.9)]);
    const previous = { version: '1.0.0', summary: { ...unit, meanScore: 0.75, passRate: 0.5 } };
    assert.deepEqual(testResultLines({ unit, integration: { passed: 1, total: 1 }, previous }), [
      'Unit tests: 2/2 passed',
      'Integration tests: 1/1 passed',
      'Pass rate: 100.0%',
      'Mean quality score: 0.90 (+0.15 vs 1.0.0)',
      'Pass rate vs 1.0.0: +50.0 points',
    ]);
  });
});
