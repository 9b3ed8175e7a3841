/** One problem in a test-case file, located precisely enough to fix without guessing. */
export interface TestCaseIssue {
  file: string;
  /** Zero-based index of the case in the file's list; absent for problems with the file as a whole. */
  caseIndex?: number;
  /** 1-based line of the case in the file, when the reader knows it (YAML). */
  line?: number;
  caseId?: string;
  /** Dotted path inside the case, e.g. `assertions[2].value`. */
  field?: string;
  message: string;
}

export function formatIssue(issue: TestCaseIssue): string {
  const where = [issue.line ? `${issue.file}:${issue.line}` : issue.file];
  if (issue.caseIndex !== undefined) {
    where.push(`case #${issue.caseIndex}${issue.caseId ? ` ("${issue.caseId}")` : ''}`);
  }
  if (issue.field) where.push(`field "${issue.field}"`);
  return `${where.join(': ')}: ${issue.message}`;
}

/** Thrown when a test-case file cannot be used; lists every problem found, not only the first. */
export class TestCaseError extends Error {
  readonly issues: TestCaseIssue[];
  readonly file: string;

  constructor(file: string, issues: TestCaseIssue[]) {
    super(
      issues.length === 1
        ? formatIssue(issues[0])
        : `${issues.length} problems in ${file}:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`,
    );
    this.name = 'TestCaseError';
    this.file = file;
    this.issues = issues;
  }
}
