export * from './assertions/index.js';
export * from './cases/index.js';
export * from './report/index.js';
export * from './runner/index.js';
export * from './scoring/index.js';
export * from './similarity/index.js';
export * from './tone/index.js';
export * from './workflow/index.js';
export type { AssertionMetric, AssertionResult, AssertionSpec, QualityDimension, QualityWeights, TestCase } from './types.js';
