export {
  createHttpClient,
  parseJsonBody,
  type AdapterTransportOptions,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
} from './http-client.js';
export { SseParser, readSseEvents, type SseEvent } from './sse-parser.js';
export { sseEventsOf } from './sse-response.js';
export { parseRetryAfter, headerValue, type HeaderBag, type HeaderValue } from './retry-after.js';
export {
  errorFromStatus,
  errorFromStreamEvent,
  truncateBody,
  type CallContext,
  type UpstreamErrorDetails,
} from './status-errors.js';
export { errorFromResponse, errorFromText, type ErrorDetailsReader } from './error-response.js';
export type { WholeResponse } from './whole-body-handler.js';
export { abortReason, mapTransportError } from './transport-errors.js';
export { estimateUsage } from './estimate-usage.js';
export { protocolError, parseEventObject } from './protocol-error.js';
export { pooledProvider } from './pooled-provider.js';
