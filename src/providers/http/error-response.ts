import type { ProviderError } from '../errors/index.js';
import type { AbortSignalLike } from '../spec/index.js';
import { type HttpResponse, readText } from './http-client.js';
import type { WholeResponse } from './whole-body-handler.js';
import { type CallContext, errorFromStatus, type UpstreamErrorDetails } from './status-errors.js';

/** Reads a vendor's error body (JSON or not) into the details the shared status mapping needs. */
export type ErrorDetailsReader = (body: unknown, status: number) => UpstreamErrorDetails;

/** Drains a non-2xx response and builds the matching ProviderError (draining keeps the connection reusable). */
export async function errorFromResponse(
  response: HttpResponse,
  ctx: CallContext,
  readDetails: ErrorDetailsReader,
  signal?: AbortSignalLike,
): Promise<ProviderError> {
  return errorFromText(ctx, { status: response.status, headers: response.headers, text: await readText(response, ctx, signal) }, readDetails);
}

/** The ProviderError for a non-2xx answer already read whole. */
export function errorFromText(ctx: CallContext, { status, headers, text }: WholeResponse, readDetails: ErrorDetailsReader): ProviderError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return errorFromStatus(ctx, status, headers, text, readDetails(json, status));
}
