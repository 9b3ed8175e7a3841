import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { initProject } from './init.js';

const MAIN = new URL('../main.ts', import.meta.url).href;
// Resolved here: the child runs in a project folder with no node_modules of its own.
const TSX = import.meta.resolve('tsx');
const EXAMPLE_WORKFLOW = new URL('../../../examples/workflows/customer-service/workflow.yaml', import.meta.url).pathname;

/** Runs `promptops <args>` in a child process, as a shell would (exit code included). */
function promptops(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = `import { main } from ${JSON.stringify(MAIN)}; await main(['node', 'promptops', ...JSON.parse(process.env.PROMPTOPS_ARGS)]);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], {
      cwd,
      env: { ...process.env, PROMPTOPS_ARGS: JSON.stringify(args), OPENAI_API_KEY: '', OPENAI_BASE_URL: '', ANTHROPIC_API_KEY: '', CI: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let project: string;
before(() => {
  project = join(mkdtempSync(join(tmpdir(), 'promptops-test-cmd-')), 'p');
  initProject(project);
});

describe('promptops test', () => {
  it('compares two versions side by side (demo model); the exit code follows the newer version', async () => {
    const { code, stdout } = await promptops(project, ['test', 'customer-service', '--compare', '1.0.0', '1.1.0', '--no-progress']);
    assert.match(stdout, /^case\s+1\.0\.0\s+1\.1\.0\s+Δ/m);
    assert.match(stdout, /^order-not-arrived\s+(pass|FAIL) \d\.\d\d\s+(pass|FAIL) \d\.\d\d\s+[+-]?\d\.\d\d/m);
    assert.match(stdout, /escalation-request\s+—\s+(pass|FAIL) \d\.\d\d\s+new case/);
    const newer = /^1\.1\.0: (\d+)\/15 passed/m.exec(stdout);
    assert.ok(newer, stdout);
    assert.equal(code, newer[1] === '15' ? 0 : 1);
  });

  it('writes JUnit, fills the change log, records results; a baseline run shows no regression', async () => {
    // Two of the bundled cases, so the figures below do not depend on every template's wording.
    const bundled = JSON.parse(readFileSync(join(project, 'prompts/customer-service/v1.1.0/test-cases.json'), 'utf8')) as Array<{ id: string }>;
    const cases = join(project, 'two-cases.json');
    writeFileSync(cases, JSON.stringify(bundled.filter((c) => ['order-not-arrived', 'login-password-reset'].includes(c.id))));
    const args = ['test', 'customer-service@1.1.0', '--cases', cases, '--no-progress'];
    const first = await promptops(project, [...args, '--format', 'junit', '-o', 'report.xml', '--changelog', '--workflow', EXAMPLE_WORKFLOW]);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.match(first.stdout, /customer-service@1\.1\.0: 2\/2 passed/);
    assert.match(first.stdout, /workflow:customer-service: 2\/2 passed/);
    const xml = readFileSync(join(project, 'report.xml'), 'utf8');
    assert.match(xml, /<testsuites name="promptops" tests="4" failures="0" errors="0"/);
    assert.match(xml, /<testsuite name="customer-service@1.1.0" tests="2" failures="0" errors="0"/);
    assert.match(xml, /<testsuite name="workflow:customer-service" tests="2"/);
    const changelog = readFileSync(join(project, 'prompts/customer-service/v1.1.0/CHANGELOG.md'), 'utf8');
    assert.match(changelog, /### Test Results\n- Unit tests: 2\/2 passed\n- Integration tests: 2\/2 passed\n- Pass rate: 100\.0%\n- Mean quality score: 0\.\d\d \([+-]\d\.\d\d vs 1\.0\.0\)/);
    assert.match(changelog, /### Changes/, 'other sections are kept');

    // The run was recorded in the store: its id (in the results file name) serves as the baseline.
    const results = readdirSync(join(project, '.promptops/results')).filter((f) => f.startsWith('customer-service@1.1.0'));
    const runId = /^customer-service@1\.1\.0-(.+)\.jsonl$/.exec(results[0])![1];
    const second = await promptops(project, [...args, '--baseline', runId]);
    assert.match(second.stdout, new RegExp(`no regression against ${runId}`), second.stdout + second.stderr);
    assert.equal(second.code, 0);
  });

  it('exits 1 when a case fails', async () => {
    const cases = join(project, 'strict-cases.json');
    writeFileSync(cases, JSON.stringify([{ id: 'refund-request', input: { customer_name: 'Dev', message: 'I want a refund for the boots I bought.' }, expectedElements: ['store credit voucher'] }]));
    const { code, stdout } = await promptops(project, ['test', 'customer-service@1.1.0', '--cases', cases, '--no-progress']);
    assert.equal(code, 1);
    assert.match(stdout, /FAIL\s+refund-request\s+.*missing "store credit voucher"/);
    assert.match(stdout, /customer-service@1\.1\.0: 0\/1 passed/);
  });

  it('exits 2 with file, case and field when the test cases are malformed', async () => {
    const cases = join(project, 'bad-cases.json');
    writeFileSync(cases, JSON.stringify([{ id: 'x', input: 'hi', expectedTone: 'smug' }]));
    const { code, stderr } = await promptops(project, ['test', 'customer-service', '--cases', cases]);
    assert.equal(code, 2);
    assert.match(stderr, /bad-cases\.json: case #0 \("x"\): field "expectedTone": must be one of helpful, professional/);
  });
});
