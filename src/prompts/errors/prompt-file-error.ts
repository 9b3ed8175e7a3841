import { formatSourceIssue } from '../../config/yaml/index.js';
import type { SourceIssue } from '../../config/yaml/index.js';

/** A problem in one file of a prompt version, located: `.../system-prompt.md:4:3 variables.message.type: expected ...`. */
export class PromptFileError extends Error {
  override readonly name = 'PromptFileError';
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  readonly expected?: string;

  constructor(
    readonly file: string,
    issue: SourceIssue,
  ) {
    super(formatSourceIssue(file, issue));
    this.line = issue.line;
    this.column = issue.column;
    this.field = issue.field;
    this.expected = issue.expected;
  }
}
