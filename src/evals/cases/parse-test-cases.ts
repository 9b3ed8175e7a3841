import { checkAssertion } from '../assertions/index.js';
import { normalizeTone, TONES } from '../tone/index.js';
import type { AssertionMetric, AssertionSpec, QualityWeights, TestCase } from '../types.js';
import { canonical, isRecord, suggest } from './fields.js';
import { TestCaseError, type TestCaseIssue } from './test-case-error.js';

const CASE_FIELDS = [
  'id', 'description', 'input', 'vars', 'conversation', 'expectedElements', 'expectedTone',
  'assertions', 'threshold', 'weights', 'model', 'parameters', 'metadata',
] as const;
const ASSERTION_FIELDS = ['type', 'value', 'threshold', 'weight', 'metric'] as const;
const PARAMETER_FIELDS = ['temperature', 'maxTokens', 'topP', 'seed'] as const;
const DIMENSIONS = ['relevance', 'completeness', 'accuracy', 'tone', 'format'] as const;
const METRICS: readonly string[] = [...DIMENSIONS, 'gate'];

/** Rewrites snake_case keys of one object level to camelCase; user variables are never touched. */
function canonicalKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [canonical(k), v]));
}

class CaseReader {
  readonly issues: TestCaseIssue[] = [];
  constructor(
    private readonly file: string,
    private readonly index: number,
    private readonly id?: string,
  ) {}

  problem(field: string | undefined, message: string): void {
    this.issues.push({ file: this.file, caseIndex: this.index, caseId: this.id, field, message });
  }

  unknownKeys(record: Record<string, unknown>, known: readonly string[], prefix: string): void {
    for (const key of Object.keys(record)) {
      if (!known.includes(key)) this.problem(`${prefix}${key}`, `unknown field${suggest(key, known)}; known: ${known.join(', ')}`);
    }
  }

  unit(value: unknown, field: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && value >= 0 && value <= 1) return value;
    this.problem(field, 'must be a number between 0 and 1');
    return undefined;
  }
}

function readAssertion(raw: unknown, at: string, reader: CaseReader): AssertionSpec | undefined {
  if (!isRecord(raw)) {
    reader.problem(at, 'must be an object like {"type": "icontains", "value": "refund"}');
    return undefined;
  }
  const a = canonicalKeys(raw);
  reader.unknownKeys(a, ASSERTION_FIELDS, `${at}.`);
  if (typeof a.type !== 'string' || !a.type) {
    reader.problem(`${at}.type`, 'is required (a string such as "icontains")');
    return undefined;
  }
  if (a.metric !== undefined && !METRICS.includes(a.metric as string)) {
    reader.problem(`${at}.metric`, `must be one of ${METRICS.join(', ')}`);
  }
  const spec: AssertionSpec = {
    type: a.type,
    value: a.value,
    threshold: a.threshold as number | undefined,
    weight: a.weight as number | undefined,
    metric: a.metric as AssertionMetric | undefined,
  };
  const problem = checkAssertion(spec);
  if (problem) reader.problem(`${at}.${problem.field}`, problem.message);
  return problem ? undefined : spec;
}

function readStrings(value: unknown, field: string, reader: CaseReader): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')) return value as string[];
  reader.problem(field, 'must be a list of non-empty strings');
  return [];
}

function readConversation(value: unknown, reader: CaseReader): TestCase['conversation'] {
  if (value === undefined) return undefined;
  const ok =
    Array.isArray(value) &&
    value.every((m) => isRecord(m) && ['system', 'user', 'assistant'].includes(m.role as string) && typeof m.content === 'string');
  if (ok) return value as TestCase['conversation'];
  reader.problem('conversation', 'must be a list of {"role": "user"|"assistant"|"system", "content": "..."}');
  return undefined;
}

function readWeights(value: unknown, reader: CaseReader): Partial<QualityWeights> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    reader.problem('weights', `must be an object with numbers for ${DIMENSIONS.join(', ')}`);
    return undefined;
  }
  reader.unknownKeys(value, DIMENSIONS, 'weights.');
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'number' || v < 0) reader.problem(`weights.${k}`, 'must be a number >= 0');
  }
  return value as Partial<QualityWeights>;
}

function readParameters(value: unknown, reader: CaseReader): TestCase['parameters'] {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    reader.problem('parameters', 'must be an object');
    return undefined;
  }
  const p = canonicalKeys(value);
  reader.unknownKeys(p, PARAMETER_FIELDS, 'parameters.');
  for (const [k, v] of Object.entries(p)) if (typeof v !== 'number') reader.problem(`parameters.${k}`, 'must be a number');
  return p as TestCase['parameters'];
}

function readCase(raw: unknown, file: string, index: number, seen: Set<string>): { testCase?: TestCase; issues: TestCaseIssue[] } {
  if (!isRecord(raw)) {
    return { issues: [{ file, caseIndex: index, message: 'each case must be an object' }] };
  }
  const c = canonicalKeys(raw);
  const id = typeof c.id === 'string' && c.id ? c.id : typeof c.id === 'number' ? String(c.id) : `case-${index + 1}`;
  const reader = new CaseReader(file, index, c.id === undefined ? undefined : id);
  reader.unknownKeys(c, CASE_FIELDS, '');
  if (c.id !== undefined && typeof c.id !== 'string' && typeof c.id !== 'number') reader.problem('id', 'must be a string');
  if (seen.has(id)) reader.problem('id', `duplicate id "${id}"; ids must be unique in a file`);
  seen.add(id);
  if (c.description !== undefined && typeof c.description !== 'string') reader.problem('description', 'must be a string');

  let vars: Record<string, unknown> = {};
  if (c.input !== undefined && c.vars !== undefined) reader.problem('input', 'give either "input" or "vars", not both');
  const input = c.input ?? c.vars;
  if (typeof input === 'string') vars = { message: input };
  else if (isRecord(input)) vars = input;
  else reader.problem(c.vars !== undefined ? 'vars' : 'input', 'is required: a message string or an object of template variables');

  let expectedTone: string | undefined;
  if (c.expectedTone !== undefined) {
    const tone = typeof c.expectedTone === 'string' ? normalizeTone(c.expectedTone) : undefined;
    if (tone) expectedTone = tone;
    else reader.problem('expectedTone', `must be one of ${TONES.join(', ')}`);
  }

  const assertions: AssertionSpec[] = [];
  if (c.assertions !== undefined && !Array.isArray(c.assertions)) reader.problem('assertions', 'must be a list');
  (Array.isArray(c.assertions) ? c.assertions : []).forEach((a, i) => {
    const spec = readAssertion(a, `assertions[${i}]`, reader);
    if (spec) assertions.push(spec);
  });
  if (c.model !== undefined && typeof c.model !== 'string') reader.problem('model', 'must be a string');

  const testCase: TestCase = {
    id,
    description: c.description as string | undefined,
    vars,
    conversation: readConversation(c.conversation, reader),
    expectedElements: readStrings(c.expectedElements, 'expectedElements', reader),
    expectedTone,
    assertions,
    threshold: reader.unit(c.threshold, 'threshold'),
    weights: readWeights(c.weights, reader),
    model: c.model as string | undefined,
    parameters: readParameters(c.parameters, reader),
    source: { file, index },
  };
  return { testCase: reader.issues.length ? undefined : testCase, issues: reader.issues };
}

/**
 * Validates parsed test-case JSON (the guide's format: a list of cases, or `{"cases": [...]}`).
 * Throws TestCaseError listing every problem with file, case index and field.
 */
export function parseTestCases(data: unknown, file: string): TestCase[] {
  let list: unknown = data;
  if (isRecord(data)) {
    const d = canonicalKeys(data);
    list = d.cases ?? d.testCases ?? d.tests;
  }
  if (!Array.isArray(list)) {
    throw new TestCaseError(file, [{ file, message: 'expected a list of test cases (or an object with a "cases" list)' }]);
  }
  if (list.length === 0) throw new TestCaseError(file, [{ file, message: 'the file has no test cases' }]);
  const seen = new Set<string>();
  const cases: TestCase[] = [];
  const issues: TestCaseIssue[] = [];
  list.forEach((raw, index) => {
    const result = readCase(raw, file, index, seen);
    issues.push(...result.issues);
    if (result.testCase) cases.push(result.testCase);
  });
  if (issues.length) throw new TestCaseError(file, issues);
  return cases;
}
