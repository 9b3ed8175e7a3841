import { readFile } from 'node:fs/promises';
import type { TestCase } from '../types.js';
import { parseTestCases } from './parse-test-cases.js';
import { TestCaseError } from './test-case-error.js';

/** Line and column of a JSON syntax error, from the offset V8 reports. */
function jsonErrorLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  return text.slice(0, Number(position[1])).split('\n').length;
}

/** Reads and validates a test-cases.json file. */
export async function loadTestCases(file: string): Promise<TestCase[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new TestCaseError(file, [{ file, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new TestCaseError(file, [{ file, line: jsonErrorLine(text, message), message: `invalid JSON: ${message}` }]);
  }
  return parseTestCases(data, file);
}
