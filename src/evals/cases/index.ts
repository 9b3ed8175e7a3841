export { loadTestCases } from './load-test-cases.js';
export { parseTestCases } from './parse-test-cases.js';
export { readPromptfooTests } from './promptfoo.js';
export { formatIssue, TestCaseError, type TestCaseIssue } from './test-case-error.js';
