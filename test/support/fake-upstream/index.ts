export { readBody, startFakeUpstream, type FakeUpstream, type FakeUpstreamOptions, type RecordedRequest } from './server.js';
export { parseFault, faultName, FaultSyntaxError, type Fault, type FaultKind, type FaultSpec } from './faults.js';
export type { ChaosOptions } from './fault-source.js';
export { tokenize } from './answer.js';
