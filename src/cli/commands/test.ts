import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig, type PromptopsConfig } from '../../config/index.js';
import {
  answerFingerprint, buildTermStatistics, compareResults, createJsonlWriter, createProgress, detectRegressions, EvalSetupError, fromStored,
  loadResultsFile, loadTestCases, loadWorkflow, openDiskCache, readJsonl, readPromptfooTests, recordRun, renderComparison,
  renderRegressions, renderTerminal, summaryLine, REPORT_FORMATS, runSuite, runWorkflowSuite, similarityReferences, TestCaseError, testResultLines, writeReport,
  type AssertionServices, type CaseResult, type EvalRunStore, type GuardDetectors, type ReportFormat, type RunSummary, type TestCase,
} from '../../evals/index.js';
import { openRegistry, updateChangelogSection, type PromptVersion } from '../../prompts/index.js';
import type { Runtime } from '../../runtime/index.js';
import { CliError, EXIT } from '../exit-codes.js';
import { createTestRuntime, keepTestRunHeapFlat } from './test-runtime.js';

interface TestOptions {
  compare?: string[];
  baseline?: string;
  promptfoo?: string;
  cases?: string;
  workflow?: string[];
  concurrency: number;
  repeat: number;
  minPass?: number;
  cache: boolean;
  model?: string;
  judge?: string;
  threshold?: number;
  noise: number;
  format: 'table' | ReportFormat;
  output?: string;
  changelog?: boolean;
  resultsDir: string;
  record: boolean;
  progress: boolean;
}

const integer = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number >= 1`);
  return n;
};
const unit = (value: string) => {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('must be a number between 0 and 1');
  return n;
};

/** The guards' detectors when their module is there; evals run without them otherwise. */
async function loadGuards(): Promise<GuardDetectors | undefined> {
  for (const specifier of ['../../guards/index.js', '../../guards/injection/detect-injection.js']) {
    try {
      const mod = (await import(specifier)) as GuardDetectors;
      if (mod.detectInjection || mod.detectPii) return { detectPii: mod.detectPii, detectInjection: mod.detectInjection };
    } catch {
      // Not built yet: try the next.
    }
  }
  return undefined;
}

/** Everything a run needs, opened once per command. */
interface Session {
  config: PromptopsConfig;
  runtime: Runtime;
  options: TestOptions;
  guards?: GuardDetectors;
  store?: EvalRunStore & { getEvalRun(id: string): Promise<{ results: Parameters<typeof fromStored>[0][] } | undefined>; close?(): Promise<void> };
  log: (line: string) => void;
  /** Every suite run by this command, for the report file. */
  summaries: RunSummary[];
}

function casesFor(version: PromptVersion, options: TestOptions): Promise<TestCase[]> | TestCase[] {
  if (options.promptfoo) return readPromptfooTests(resolve(options.promptfoo));
  const file = options.cases ? resolve(options.cases) : version.testCasesPath;
  if (!file) throw new CliError(`${version.id}@${version.version} has no test-cases.json (in ${version.dir}); pass --cases <file>`);
  return loadTestCases(file);
}

async function runVersion(session: Session, ref: string): Promise<{ summary: RunSummary; version: PromptVersion }> {
  const { runtime, options } = session;
  const version = runtime.prompts.resolve(ref);
  const cases = await casesFor(version, options);
  const routed = runtime.router.route(options.model ?? version.meta.model);
  const judgeModel = runtime.router.route(options.judge ?? version.meta.model).model;
  const services: AssertionServices = { judge: judgeModel, guards: session.guards, similarityCorpus: buildTermStatistics(similarityReferences(cases)) };
  const runId = randomUUID();
  const label = `${version.id}@${version.version}`;
  const sink = await createJsonlWriter(join(resolve(options.resultsDir), `${version.id}@${version.version}-${runId}.jsonl`));
  const progress = options.progress ? createProgress(label, cases.length) : undefined;
  try {
    const summary = await runSuite({
      execute: (request) => runtime.execute({ ...request, model: options.model ?? request.model }),
      prompt: label,
      version: version.version,
      runId,
      cases,
      total: cases.length,
      concurrency: options.concurrency,
      repeat: options.repeat,
      minPass: options.minPass,
      cache: options.cache ? openDiskCache(resolve('.promptops/cache/evals')) : undefined,
      target: { provider: routed.provider, model: routed.modelId, promptHash: answerFingerprint(version) },
      services,
      threshold: options.threshold,
      sink,
      onProgress: progress && ((p) => progress.update(p)),
    });
    if (session.store) await recordRun(session.store, summary, version.id, version.version).catch((e: Error) => session.log(`note: run not recorded in the store: ${e.message}`));
    return { summary, version };
  } finally {
    progress?.stop();
    await sink.close();
  }
}

/** The table goes to stdout unless a report does; then the summary line goes to stderr. */
async function printTable(session: Session, summary: RunSummary): Promise<void> {
  const { format, output } = session.options;
  if (format === 'table' || output) process.stdout.write(`${await renderTerminal(readJsonl<CaseResult>(summary.resultsPath!), summary)}\n\n`);
  else session.log(summaryLine(summary));
}

async function baselineResults(session: Session, source: string): Promise<CaseResult[]> {
  if (existsSync(source)) return loadResultsFile(source);
  const run = await session.store?.getEvalRun(source);
  if (!run) throw new CliError(`--baseline ${source}: no such file, and no run with that id in the store`);
  return run.results.map(fromStored);
}

function previousVersion(session: Session, version: PromptVersion): string | undefined {
  const versions = openRegistry(session.config.promptsDir).versions(version.id);
  const at = versions.indexOf(version.version);
  return at > 0 ? versions[at - 1] : undefined;
}

async function writeChangelog(session: Session, summary: RunSummary, version: PromptVersion, integration?: { passed: number; total: number }) {
  const before = previousVersion(session, version);
  const previous = before ? { version: before, summary: (await runVersion({ ...session, options: { ...session.options, progress: false } }, `${version.id}@${before}`)).summary } : undefined;
  const path = version.changelog?.path ?? join(version.dir, 'CHANGELOG.md');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, updateChangelogSection(text, version.version, 'Test Results', testResultLines({ unit: summary, integration, previous })));
  session.log(`updated "Test Results" of ${version.version} in ${path}`);
}

async function runWorkflows(session: Session, files: string[]): Promise<{ passed: number; total: number; failed: boolean }> {
  let passed = 0;
  let total = 0;
  for (const file of files) {
    const suite = loadWorkflow(resolve(file));
    const own = suite.promptsDir ? createTestRuntime(session.config, openRegistry(suite.promptsDir)) : undefined;
    const runtime = own ?? session.runtime;
    const sink = await createJsonlWriter(join(resolve(session.options.resultsDir), `workflow-${suite.name}-${randomUUID()}.jsonl`));
    try {
      const summary = await runWorkflowSuite({ execute: (r) => runtime.execute(r), suite, concurrency: session.options.concurrency, services: { guards: session.guards }, sink });
      await sink.close();
      await printTable(session, summary);
      session.summaries.push(summary);
      passed += summary.passed;
      total += summary.total;
    } finally {
      await own?.close();
    }
  }
  return { passed, total, failed: passed < total };
}

async function execute(promptArg: string | undefined, options: TestOptions): Promise<number> {
  keepTestRunHeapFlat();
  const config = loadConfig({ cwd: process.cwd() });
  const runtime = createTestRuntime(config, openRegistry(config.promptsDir));
  const session: Session = { config, runtime, options, guards: await loadGuards(), log: (line) => process.stderr.write(`${line}\n`), summaries: [] };
  if (options.record) {
    try {
      const { openStore } = await import('../../store/index.js');
      session.store = (await openStore({ url: config.store.url })) as unknown as Session['store'];
    } catch (error) {
      session.log(`note: runs are not recorded (store unavailable: ${(error as Error).message})`);
    }
  }
  try {
    if (options.compare) {
      if (!promptArg) throw new CliError('--compare needs the prompt id, e.g. promptops test customer-service --compare 1.0.0 1.1.0');
      if (options.compare.length !== 2) throw new CliError('--compare takes exactly two versions');
      const id = promptArg.split('@')[0];
      const before = (await runVersion(session, `${id}@${options.compare[0]}`)).summary;
      const after = (await runVersion(session, `${id}@${options.compare[1]}`)).summary;
      const rows = await compareResults(readJsonl<CaseResult>(before.resultsPath!), readJsonl<CaseResult>(after.resultsPath!));
      process.stdout.write(`${renderComparison(rows, before, after, [options.compare[0], options.compare[1]])}\n`);
      if (options.format !== 'table') await writeReport(options.format, [before, after], options.output);
      return after.setupErrors ? EXIT.usage : after.passed === after.total ? EXIT.ok : EXIT.failure;
    }

    const refs = promptArg ? [promptArg] : options.workflow?.length ? [] : runtime.prompts.list().map((p) => `${p.id}@${p.current ?? p.latest}`);
    let failed = false;
    let setup = false;
    const runs: Array<{ summary: RunSummary; version: PromptVersion }> = [];
    for (const ref of refs) {
      const run = await runVersion(session, ref);
      runs.push(run);
      await printTable(session, run.summary);
      session.summaries.push(run.summary);
      failed ||= run.summary.passed < run.summary.total;
      setup ||= run.summary.setupErrors > 0;
    }
    const integration = options.workflow?.length ? await runWorkflows(session, options.workflow) : undefined;
    failed ||= integration?.failed ?? false;

    if (options.baseline) {
      if (runs.length !== 1) throw new CliError('--baseline compares one prompt: name it, e.g. promptops test customer-service --baseline <run>');
      const regressions = await detectRegressions(await baselineResults(session, options.baseline), readJsonl<CaseResult>(runs[0].summary.resultsPath!), { noise: options.noise });
      process.stdout.write(`${renderRegressions(regressions, options.baseline)}\n`);
      failed ||= regressions.regressed;
    }
    if (options.format !== 'table') await writeReport(options.format, session.summaries, options.output);
    if (options.changelog) {
      if (runs.length !== 1) throw new CliError('--changelog updates one version: name it, e.g. promptops test customer-service@1.1.0 --changelog');
      await writeChangelog(session, runs[0].summary, runs[0].version, integration);
    }
    return setup ? EXIT.usage : failed ? EXIT.failure : EXIT.ok;
  } finally {
    await runtime.close();
    await session.store?.close?.();
  }
}

export function registerTestCommand(program: Command): void {
  program
    .command('test')
    .description('run prompt tests, score every answer and report; exit 0 only when every case passes (1: failures, 2: setup errors)')
    .argument('[prompt]', 'id or id@version (default: every prompt at its current version)')
    .option('--compare <versions...>', 'run two versions and show them side by side, e.g. --compare 1.0.0 1.1.0')
    .option('--baseline <run-id|file>', 'fail on regressions against a stored run or a results file')
    .option('--noise <x>', 'score drops below this are noise (with --baseline)', unit, 0.05)
    .option('--promptfoo <config>', 'read the cases from a promptfoo config\'s tests:')
    .option('--cases <file>', 'read the cases from this file instead of the version\'s test-cases.json')
    .option('--workflow <files...>', 'also run workflow (integration) suites')
    .option('-j, --concurrency <n>', 'calls in flight at most', integer('--concurrency'), 8)
    .option('--repeat <n>', 'run every case n times', integer('--repeat'), 1)
    .option('--min-pass <k>', 'with --repeat: runs that must pass (default: all)', integer('--min-pass'))
    .option('--no-cache', 'ask the model again instead of reusing cached answers')
    .option('--model <model>', 'answer with this model instead of the version\'s')
    .option('--judge <model>', 'model that grades llm-rubric and g-eval (default: the version\'s model)')
    .option('--threshold <x>', 'quality score a case needs (default 0.8)', unit)
    .option('--format <format>', `table, or a report: ${REPORT_FORMATS.join(', ')}`, 'table')
    .option('-o, --output <file>', 'write the report here (default: stdout)')
    .option('--changelog', 'fill the version\'s CHANGELOG.md "Test Results" section')
    .option('--results-dir <dir>', 'where the per-case JSONL results go', '.promptops/results')
    .option('--no-record', 'do not record the run in the store')
    .option('--no-progress', 'no progress bar or progress lines')
    .action(async (prompt: string | undefined, options: TestOptions) => {
      if (options.format !== 'table' && !REPORT_FORMATS.includes(options.format)) {
        throw new CliError(`--format must be table, ${REPORT_FORMATS.join(', ')}; got "${options.format}"`);
      }
      try {
        process.exitCode = await execute(prompt, options);
      } catch (error) {
        if (error instanceof TestCaseError || error instanceof EvalSetupError) throw new CliError(error.message, EXIT.usage);
        throw error;
      }
    });
}
