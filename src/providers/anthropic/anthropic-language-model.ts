import {
  type CallContext,
  errorFromResponse,
  errorFromText,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  parseJsonBody,
  sseEventsOf,
} from '../http/index.js';
import type {
  LanguageModel,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelStreamResult,
} from '../spec/index.js';
import { readAnthropicErrorDetails } from './anthropic-error-details.js';
import { toAnthropicRequest } from './anthropic-request.js';
import { parseAnthropicMessage } from './anthropic-response.js';
import { anthropicStreamParts } from './anthropic-stream.js';

export interface AnthropicModelSettings {
  client: HttpClient;
  /** `/v1/messages`, or `/messages` when the base URL already ends in `/v1`. */
  path: string;
  headers: Record<string, string>;
  defaultMaxTokens: number;
}

/** A Claude model behind the Messages API. */
export class AnthropicMessagesLanguageModel implements LanguageModel {
  readonly specificationVersion = 'v1' as const;
  private readonly ctx: CallContext;

  constructor(
    readonly provider: string,
    readonly modelId: string,
    private readonly settings: AnthropicModelSettings,
  ) {
    this.ctx = { provider, modelId };
  }

  async doGenerate(options: LanguageModelCallOptions): Promise<LanguageModelGenerateResult> {
    const response = await this.settings.client.postJsonWhole(this.request(options, false));
    if (response.status < 200 || response.status >= 300) throw errorFromText(this.ctx, response, readAnthropicErrorDetails);
    return parseAnthropicMessage(parseJsonBody(response.text, response.status, this.ctx), this.ctx);
  }

  /** Resolves once the upstream accepted the request (HTTP errors reject here, before any part). */
  async doStream(options: LanguageModelCallOptions): Promise<LanguageModelStreamResult> {
    const response = await this.send(options, true);
    return { stream: anthropicStreamParts(sseEventsOf(response, this.ctx, options.abortSignal), this.ctx) };
  }

  private request(options: LanguageModelCallOptions, stream: boolean): HttpRequest {
    const { path, headers, defaultMaxTokens } = this.settings;
    return {
      path,
      body: toAnthropicRequest(this.modelId, options, stream, defaultMaxTokens),
      headers: { ...headers, ...(stream ? { accept: 'text/event-stream' } : {}), ...options.headers },
      signal: options.abortSignal,
      ctx: this.ctx,
    };
  }

  private async send(options: LanguageModelCallOptions, stream: boolean): Promise<HttpResponse> {
    const response = await this.settings.client.postJson(this.request(options, stream));
    if (response.status >= 200 && response.status < 300) return response;
    throw await errorFromResponse(response, this.ctx, readAnthropicErrorDetails, options.abortSignal);
  }
}
