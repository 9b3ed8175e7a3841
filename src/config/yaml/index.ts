export { parseYaml } from './yaml-source.js';
export type { Position, YamlParseResult, YamlSource } from './yaml-source.js';
export { describeZodIssue } from './zod-issue.js';
export { describeValue, dottedPath, formatSourceIssue } from './source-issue.js';
export type { SourceIssue } from './source-issue.js';
export { didYouMean } from './did-you-mean.js';
