import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { TestCase } from '../types.js';
import { isRecord } from './fields.js';
import { parseTestCases } from './parse-test-cases.js';
import { TestCaseError, type TestCaseIssue } from './test-case-error.js';

interface Located {
  raw: unknown;
  file: string;
  line?: number;
}

function loadYaml(file: string): { data: unknown; doc: Document; lines: LineCounter } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TestCaseError(file, [{ file, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) {
    throw new TestCaseError(
      file,
      doc.errors.map((e) => ({ file, line: e.linePos?.[0].line, message: `YAML: ${e.message.split('\n')[0]}` })),
    );
  }
  return { data: doc.toJS() as unknown, doc, lines };
}

/** Each entry of a YAML list with its line, so problems point at the right case. */
function locate(file: string, path: (string | number)[]): Located[] {
  const { data, doc, lines } = loadYaml(file);
  let node: unknown = doc.contents;
  let value: unknown = data;
  for (const key of path) {
    node = isMap(node) ? node.get(key, true) : undefined;
    value = isRecord(value) ? value[key as string] : undefined;
  }
  if (!Array.isArray(value)) return [{ raw: value, file }];
  return value.map((raw, i) => {
    const item = isSeq(node) ? (node.items[i] as { range?: [number, number, number] } | undefined) : undefined;
    return { raw, file, line: item?.range ? lines.linePos(item.range[0]).line : undefined };
  });
}

/** `tests:` may list cases, `file://` references to YAML/JSON files of cases, or be one such reference. */
function expand(entries: Located[], baseDir: string): Located[] {
  const out: Located[] = [];
  for (const entry of entries) {
    if (typeof entry.raw === 'string' && entry.raw.startsWith('file://')) {
      const path = resolve(baseDir, entry.raw.slice('file://'.length));
      if (/\.json$/i.test(path)) {
        const list = JSON.parse(readFileSync(path, 'utf8')) as unknown;
        for (const raw of Array.isArray(list) ? list : [list]) out.push({ raw, file: path });
      } else {
        out.push(...locate(path, []));
      }
    } else out.push(entry);
  }
  return out;
}

/** promptfoo test -> our case shape: `vars`, `assert` (defaults first), `threshold`, `description`. */
function translate(test: unknown, defaults: Record<string, unknown>): unknown {
  if (!isRecord(test)) return test;
  const { vars, assert, threshold, description, metadata, options: _options, ...rest } = test;
  const defaultVars = isRecord(defaults.vars) ? defaults.vars : {};
  const defaultAssert = Array.isArray(defaults.assert) ? defaults.assert : [];
  return {
    ...rest,
    ...(description !== undefined ? { description } : {}),
    ...(metadata !== undefined ? { metadata } : {}),
    vars: { ...defaultVars, ...(isRecord(vars) ? vars : {}) },
    assertions: [...defaultAssert, ...(Array.isArray(assert) ? assert : assert === undefined ? [] : [assert])],
    ...(threshold ?? defaults.threshold) !== undefined ? { threshold: threshold ?? defaults.threshold } : {},
  };
}

/**
 * Reads a promptfoo config's `tests:` (and `defaultTest`) as our test cases, so a promptfoo suite runs
 * unchanged. Problems name the YAML file, line and promptfoo's field names.
 */
export function readPromptfooTests(configFile: string): TestCase[] {
  const { data } = loadYaml(configFile);
  if (!isRecord(data) || data.tests === undefined) {
    throw new TestCaseError(configFile, [{ file: configFile, message: 'no "tests:" section' }]);
  }
  const baseDir = dirname(configFile);
  const defaults = isRecord(data.defaultTest) ? data.defaultTest : {};
  const entries = expand(typeof data.tests === 'string' ? [{ raw: data.tests, file: configFile }] : locate(configFile, ['tests']), baseDir);
  const issues: TestCaseIssue[] = [];
  const cases: TestCase[] = [];
  entries.forEach((entry, index) => {
    try {
      const [testCase] = parseTestCases([translate(entry.raw, defaults)], entry.file);
      cases.push({ ...testCase, id: `test-${index + 1}`, source: { file: entry.file, index } });
    } catch (error) {
      if (!(error instanceof TestCaseError)) throw error;
      for (const issue of error.issues) {
        issues.push({ ...issue, caseIndex: index, line: entry.line, field: issue.field?.replace(/^assertions/, 'assert') });
      }
    }
  });
  if (issues.length) throw new TestCaseError(configFile, issues);
  return cases;
}
