export { fill, lookup, UnresolvedReferenceError } from './fill.js';
export { loadWorkflow, parseWorkflow } from './parse-workflow.js';
export { runWorkflowCase, runWorkflowSuite, type RunWorkflowOptions, type StepRecord } from './run-workflow.js';
export type { StepExpectation, WorkflowCase, WorkflowStep, WorkflowSuite } from './types.js';
