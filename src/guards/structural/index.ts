export { DATAMARK, fenceData, fenceInstructions } from './fence-data.js';
export type { FenceOptions } from './fence-data.js';
export { canaryLine, createCanary } from './canary.js';
export { checkOutput } from './check-output.js';
export type { OutputCheck, OutputCheckOptions } from './check-output.js';
