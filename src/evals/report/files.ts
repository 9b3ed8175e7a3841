import type { CaseResult, RunSummary } from '../runner/index.js';
import { escapeHtml, escapeXml, pct, truncate } from './format.js';

/** A report written piece by piece, so a 100,000-case run never builds one big string. */
export type Write = (chunk: string) => void | Promise<void>;
type Results = AsyncIterable<CaseResult> | Iterable<CaseResult>;

/** One suite's run: its summary and its results (read lazily, e.g. from the JSONL file). */
export interface ReportRun {
  summary: RunSummary;
  results: Results;
}

async function writeJsonRun({ summary, results }: ReportRun, write: Write): Promise<void> {
  await write(`{"summary":${JSON.stringify(summary)},"results":[`);
  let first = true;
  for await (const r of results) {
    await write(`${first ? '\n' : ',\n'}${JSON.stringify(r)}`);
    first = false;
  }
  await write('\n]}');
}

/** `{summary, results}` for one run; `{runs: [...]}` of those when several suites ran. */
export async function writeJsonReport(runs: ReportRun[], write: Write): Promise<void> {
  if (runs.length === 1) {
    await writeJsonRun(runs[0], write);
    await write('\n');
    return;
  }
  await write('{"runs":[\n');
  for (const [i, run] of runs.entries()) {
    if (i) await write(',\n');
    await writeJsonRun(run, write);
  }
  await write('\n]}\n');
}

/** JUnit XML as CI servers read it: a testsuite per run, a testcase per case, failures with their reasons. */
export async function writeJunitReport(runs: ReportRun[], write: Write): Promise<void> {
  const sum = (key: 'total' | 'failed' | 'errors') => runs.reduce((n, r) => n + r.summary[key], 0);
  const seconds = (runs.reduce((n, r) => n + r.summary.durationMs, 0) / 1000).toFixed(3);
  await write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await write(`<testsuites name="promptops" tests="${sum('total')}" failures="${sum('failed')}" errors="${sum('errors')}" time="${seconds}">\n`);
  for (const run of runs) await writeJunitSuite(run, write);
  await write('</testsuites>\n');
}

async function writeJunitSuite({ summary, results }: ReportRun, write: Write): Promise<void> {
  const name = escapeXml(summary.version && !summary.prompt.endsWith(summary.version) ? `${summary.prompt}@${summary.version}` : summary.prompt);
  const seconds = (summary.durationMs / 1000).toFixed(3);
  await write(`  <testsuite name="${name}" tests="${summary.total}" failures="${summary.failed}" errors="${summary.errors}" time="${seconds}" timestamp="${summary.startedAt}">\n`);
  await write(`    <properties><property name="meanScore" value="${summary.meanScore}"/><property name="passRate" value="${summary.passRate}"/><property name="runId" value="${escapeXml(summary.runId)}"/></properties>\n`);
  for await (const r of results) {
    const time = ((r.latencyMs ?? 0) / 1000).toFixed(3);
    const open = `    <testcase name="${escapeXml(r.caseId)}" classname="${name}" time="${time}">`;
    if (r.status === 'pass') {
      await write(`${open}<system-out>score ${r.score.toFixed(3)}</system-out></testcase>\n`);
      continue;
    }
    const tag = r.status === 'error' ? 'error' : 'failure';
    const message = escapeXml(truncate(r.reasons.join('; '), 300));
    const detail = escapeXml(
      [`score ${r.score.toFixed(3)} (min ${r.threshold})`, ...r.reasons, ...r.assertions.map((a) => `${a.pass ? 'ok  ' : 'FAIL'} ${a.type}: ${a.reason}`), r.output ? `output: ${r.output}` : ''].join('\n'),
    );
    await write(`${open}\n      <${tag} message="${message}" type="${r.error?.kind ?? 'quality'}">${detail}</${tag}>\n    </testcase>\n`);
  }
  await write('  </testsuite>\n');
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1b1f24}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f5f6f8;position:sticky;top:0}
.pass{color:#137333}.fail{color:#b3261e}.error{color:#8a5300}td.num{text-align:right;font-variant-numeric:tabular-nums}
details pre{white-space:pre-wrap;background:#f7f7f9;padding:.5rem;max-width:70rem}.cards{display:flex;gap:1rem;margin:1rem 0}
.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem}.card b{display:block;font-size:1.4rem}`;

/** One self-contained HTML file (inline CSS, a few lines of inline JS for the filter; nothing fetched). */
export async function writeHtmlReport(runs: ReportRun[], write: Write): Promise<void> {
  const title = escapeHtml(`${runs.map((r) => r.summary.prompt).join(', ')} — test report`);
  await write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>\n<h1>${title}</h1>\n`);
  await write(`<label><input type="checkbox" id="only-failed"> failures only</label>\n`);
  for (const run of runs) await writeHtmlRun(run, write);
  await write(`<script>document.getElementById('only-failed').addEventListener('change',e=>{for(const r of document.querySelectorAll('tr.pass'))r.hidden=e.target.checked})</script>\n</body></html>\n`);
}

async function writeHtmlRun({ summary, results }: ReportRun, write: Write): Promise<void> {
  await write(`<h2>${escapeHtml(summary.prompt)}</h2><p>run ${escapeHtml(summary.runId)} · ${escapeHtml(summary.startedAt)} · ${(summary.durationMs / 1000).toFixed(1)} s</p>\n`);
  await write(`<div class="cards"><div class="card">passed<b class="${summary.failed + summary.errors ? 'fail' : 'pass'}">${summary.passed}/${summary.total}</b></div>`);
  await write(`<div class="card">pass rate<b>${pct(summary.passRate)}</b></div><div class="card">mean quality<b>${summary.meanScore.toFixed(3)}</b></div>`);
  await write(`<div class="card">tokens<b>${summary.tokens}</b></div></div>\n`);
  await write(`<table><thead><tr><th>status</th><th>case</th><th>score</th><th>min</th><th>ms</th><th>details</th></tr></thead><tbody>\n`);
  for await (const r of results) {
    const checks = r.assertions.map((a) => `${a.pass ? '✓' : '✗'} ${a.type} (${a.score.toFixed(2)}): ${a.reason}`).join('\n');
    const breakdown = Object.entries(r.quality?.breakdown ?? {}).map(([k, v]) => `${k} ${(v as number).toFixed(2)}`).join(', ');
    const body = [r.reasons.length ? `why: ${r.reasons.join('; ')}` : '', breakdown ? `quality: ${breakdown}` : '', checks, r.output ? `--- output ---\n${r.output}` : ''].filter(Boolean).join('\n');
    await write(
      `<tr class="row ${r.status}"><td class="${r.status}">${r.status}</td><td>${escapeHtml(r.caseId)}${r.description ? `<br><small>${escapeHtml(r.description)}</small>` : ''}</td>` +
        `<td class="num">${r.score.toFixed(3)}</td><td class="num">${r.threshold}</td><td class="num">${r.latencyMs ?? ''}</td>` +
        `<td><details><summary>${escapeHtml(truncate(r.reasons.join('; ') || breakdown, 90))}</summary><pre>${escapeHtml(body)}</pre></details></td></tr>\n`,
    );
  }
  await write('</tbody></table>\n');
}
