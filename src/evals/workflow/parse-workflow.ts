import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isRecord, suggest } from '../cases/fields.js';
import { parseTestCases } from '../cases/parse-test-cases.js';
import { TestCaseError, type TestCaseIssue } from '../cases/test-case-error.js';
import type { StepExpectation, WorkflowCase, WorkflowStep, WorkflowSuite } from './types.js';

const SUITE_FIELDS = ['name', 'description', 'prompts', 'steps', 'cases'];
const STEP_FIELDS = ['id', 'prompt', 'vars', 'conversation', 'parse', 'when'];
const CASE_FIELDS = ['id', 'description', 'input', 'path', 'expect'];

function readSteps(raw: unknown, file: string, issues: TestCaseIssue[]): WorkflowStep[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    issues.push({ file, field: 'steps', message: 'must be a non-empty list of steps' });
    return [];
  }
  const steps: WorkflowStep[] = [];
  raw.forEach((s, i) => {
    const at = `steps[${i}]`;
    const bad = (field: string, message: string) => issues.push({ file, field: `${at}.${field}`, message });
    if (!isRecord(s)) return issues.push({ file, field: at, message: 'must be an object with id and prompt' });
    for (const key of Object.keys(s)) if (!STEP_FIELDS.includes(key)) bad(key, `unknown field${suggest(key, STEP_FIELDS)}`);
    if (typeof s.id !== 'string' || !/^[\w-]+$/.test(s.id)) bad('id', 'must be a name of letters, digits, "-" or "_"');
    else if (steps.some((x) => x.id === s.id)) bad('id', `duplicate step id "${s.id}"`);
    if (typeof s.prompt !== 'string' || !s.prompt) bad('prompt', 'must be a prompt reference such as "support-classify@1.0.0"');
    if (s.vars !== undefined && !isRecord(s.vars)) bad('vars', 'must be an object of variables');
    if (s.parse !== undefined && s.parse !== 'json' && s.parse !== 'text') bad('parse', 'must be "json" or "text"');
    if (s.when !== undefined) {
      try {
        new Function('input', 'steps', `return (${String(s.when)});`);
      } catch (error) {
        bad('when', `does not parse as JavaScript: ${(error as Error).message}`);
      }
    }
    steps.push({
      id: String(s.id),
      prompt: String(s.prompt),
      vars: isRecord(s.vars) ? s.vars : {},
      conversation: s.conversation as WorkflowStep['conversation'],
      parse: s.parse as WorkflowStep['parse'],
      when: s.when === undefined ? undefined : String(s.when),
    });
  });
  return steps;
}

function readExpectations(raw: unknown, at: string, caseId: string, stepIds: string[], file: string, issues: TestCaseIssue[]): Record<string, StepExpectation> {
  const out: Record<string, StepExpectation> = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    issues.push({ file, field: `${at}.expect`, message: 'must map step ids to expectations' });
    return out;
  }
  for (const [stepId, e] of Object.entries(raw)) {
    const field = `${at}.expect.${stepId}`;
    if (!stepIds.includes(stepId)) {
      issues.push({ file, field, message: `no step "${stepId}"${suggest(stepId, stepIds)}` });
      continue;
    }
    if (!isRecord(e)) {
      issues.push({ file, field, message: 'must be an object (expectedElements, expectedTone, assertions, json)' });
      continue;
    }
    const { json, ...checks } = e;
    if (json !== undefined && !isRecord(json)) issues.push({ file, field: `${field}.json`, message: 'must be an object of expected fields' });
    try {
      const [check] = parseTestCases([{ id: `${caseId}/${stepId}`, vars: {}, ...checks }], file);
      out[stepId] = { check, json: isRecord(json) ? json : undefined };
    } catch (error) {
      if (!(error instanceof TestCaseError)) throw error;
      for (const issue of error.issues) issues.push({ file, field: `${field}.${issue.field ?? ''}`.replace(/\.$/, ''), message: issue.message });
    }
  }
  return out;
}

/** Validates a parsed workflow suite; throws TestCaseError naming file and field for every problem. */
export function parseWorkflow(data: unknown, file: string): WorkflowSuite {
  const issues: TestCaseIssue[] = [];
  if (!isRecord(data)) throw new TestCaseError(file, [{ file, message: 'a workflow suite must be an object with steps and cases' }]);
  for (const key of Object.keys(data)) if (!SUITE_FIELDS.includes(key)) issues.push({ file, field: key, message: `unknown field${suggest(key, SUITE_FIELDS)}` });
  const steps = readSteps(data.steps, file, issues);
  const stepIds = steps.map((s) => s.id);
  const cases: WorkflowCase[] = [];
  if (!Array.isArray(data.cases) || data.cases.length === 0) issues.push({ file, field: 'cases', message: 'must be a non-empty list of cases' });
  (Array.isArray(data.cases) ? data.cases : []).forEach((c, index) => {
    const at = `cases[${index}]`;
    if (!isRecord(c)) return issues.push({ file, caseIndex: index, message: 'must be an object with id and input' });
    for (const key of Object.keys(c)) if (!CASE_FIELDS.includes(key)) issues.push({ file, caseIndex: index, field: key, message: `unknown field${suggest(key, CASE_FIELDS)}` });
    const id = typeof c.id === 'string' ? c.id : `case-${index + 1}`;
    if (!isRecord(c.input)) issues.push({ file, caseIndex: index, field: 'input', message: 'must be an object of input values' });
    if (c.path !== undefined && (!Array.isArray(c.path) || c.path.some((p) => !stepIds.includes(p as string)))) {
      issues.push({ file, caseIndex: index, field: 'path', message: `must list step ids from: ${stepIds.join(', ')}` });
    }
    cases.push({
      id,
      description: typeof c.description === 'string' ? c.description : undefined,
      input: isRecord(c.input) ? c.input : {},
      path: c.path as string[] | undefined,
      expect: readExpectations(c.expect, at, id, stepIds, file, issues),
      source: { file, index },
    });
  });
  if (typeof data.name !== 'string' || !data.name) issues.push({ file, field: 'name', message: 'is required' });
  if (issues.length) throw new TestCaseError(file, issues);
  return {
    name: data.name as string,
    description: typeof data.description === 'string' ? data.description : undefined,
    file,
    promptsDir: typeof data.prompts === 'string' ? resolve(dirname(file), data.prompts) : undefined,
    steps,
    cases,
  };
}

/** Reads a workflow suite from YAML or JSON. */
export function loadWorkflow(file: string): WorkflowSuite {
  let data: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new TestCaseError(file, [{ file, message: `cannot read: ${(error as Error).message.split('\n')[0]}` }]);
  }
  return parseWorkflow(data, file);
}
