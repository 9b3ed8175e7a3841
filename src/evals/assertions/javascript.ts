import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import type { AssertionSpec } from '../types.js';
import { outcome, type AssertionContext, type AssertionDefinition, type AssertionOutcome } from './types.js';

const DEFAULT_TIMEOUT_MS = 1000;

/** Reads what user code returned: a boolean, a score, or `{pass, score?, reason?}`. */
export function interpretResult(value: unknown, threshold: number): AssertionOutcome {
  if (typeof value === 'boolean') return outcome(value, value ? 'javascript returned true' : 'javascript returned false');
  if (typeof value === 'number' && Number.isFinite(value)) {
    return outcome(value >= threshold, `javascript scored ${value.toFixed(2)} (pass at ${threshold})`, value);
  }
  if (value && typeof value === 'object' && typeof (value as { pass?: unknown }).pass === 'boolean') {
    const r = value as { pass: boolean; score?: unknown; reason?: unknown };
    const score = typeof r.score === 'number' ? r.score : r.pass ? 1 : 0;
    return outcome(r.pass, typeof r.reason === 'string' ? r.reason : `javascript returned pass=${r.pass}`, score);
  }
  return outcome(false, `javascript returned ${JSON.stringify(value) ?? String(value)}, expected a boolean, a number or {pass}`);
}

function isModule(value: string): boolean {
  return value.startsWith('file://') || /\.(m?js|cjs)$/.test(value.trim());
}

/** Plain data only crosses into the sandbox, so user code cannot reach host objects. */
function sandboxInput(context: AssertionContext) {
  return JSON.parse(
    JSON.stringify({
      output: context.output,
      vars: context.vars,
      latencyMs: context.latencyMs,
      costUsd: context.costUsd,
      usage: context.usage,
    }),
  ) as Record<string, unknown>;
}

function runExpression(code: string, context: AssertionContext, timeoutMs: number): unknown {
  const input = sandboxInput(context);
  const body = /\breturn\b/.test(code) ? code : `return (${code});`;
  const source = `(function (output, context) { 'use strict'; ${body}\n})(__input.output, __input)`;
  return runInNewContext(source, { __input: input }, { timeout: timeoutMs, microtaskMode: 'afterEvaluate' });
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.url).then(async (mod) => {
  const fn = typeof mod.default === 'function' ? mod.default : mod.assert;
  if (typeof fn !== 'function') throw new Error('module has no default export function');
  const value = await fn(workerData.input.output, workerData.input);
  parentPort.postMessage({ value });
}).catch((error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

/** Runs a module's default export in a worker thread, terminated when it overruns. */
function runModule(path: string, context: AssertionContext, timeoutMs: number): Promise<unknown> {
  const url = pathToFileURL(resolve(context.baseDir, path.replace(/^file:\/\//, ''))).href;
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { url, input: sandboxInput(context) },
      resourceLimits: { maxOldGenerationSizeMb: 64 },
    });
    // The clock starts once the worker is up, so a slow thread start-up is not charged to user code.
    let timer: NodeJS.Timeout | undefined;
    worker.once('online', () => {
      timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`timed out after ${timeoutMs} ms`));
      }, timeoutMs);
    });
    worker.once('message', (message: { value?: unknown; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.error !== undefined) reject(new Error(message.error));
      else resolvePromise(message.value);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function check(spec: AssertionSpec): string | undefined {
  if (typeof spec.value !== 'string' || spec.value.trim() === '') return '"value" must be an expression or a module path';
  if (isModule(spec.value)) return undefined;
  const body = /\breturn\b/.test(spec.value) ? spec.value : `return (${spec.value});`;
  try {
    new Function('output', 'context', body);
    return undefined;
  } catch (error) {
    return `"value" does not parse as JavaScript: ${(error as Error).message}`;
  }
}

export const javascriptAssertion: AssertionDefinition = {
  type: 'javascript',
  metric: 'accuracy',
  check,
  async evaluate(spec, context) {
    const code = spec.value as string;
    const timeoutMs = context.services.javascriptTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    try {
      const value = isModule(code) ? await runModule(code, context, timeoutMs) : runExpression(code, context, timeoutMs);
      return interpretResult(value, spec.threshold ?? 0.5);
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      return outcome(false, `javascript failed: ${/timed out/i.test(message) ? `timed out after ${timeoutMs} ms` : message}`);
    }
  },
};
