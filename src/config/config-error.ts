import { formatSourceIssue } from './yaml/source-issue.js';
import type { SourceIssue } from './yaml/source-issue.js';

/**
 * A configuration problem, located: `promptops.config.yaml:7:5 providers.openai.type: expected one of
 * openai|anthropic|demo, got "opnai"`. Problems that come from the environment name the variable as
 * the field and have no file.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  readonly expected?: string;

  /** `file` is shown as given; pass it relative to where the user is. */
  constructor(file: string | undefined, issue: SourceIssue) {
    super(formatSourceIssue(file, issue));
    this.file = file;
    this.line = issue.line;
    this.column = issue.column;
    this.field = issue.field;
    this.expected = issue.expected;
  }
}
