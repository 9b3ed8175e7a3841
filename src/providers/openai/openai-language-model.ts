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
import { readOpenAIErrorDetails } from './openai-error-details.js';
import { toOpenAIRequest } from './openai-request.js';
import { parseOpenAICompletion } from './openai-response.js';
import { openAIStreamParts } from './openai-stream.js';

/** A chat model behind an OpenAI-compatible `/chat/completions` endpoint. */
export class OpenAIChatLanguageModel implements LanguageModel {
  readonly specificationVersion = 'v1' as const;
  private readonly ctx: CallContext;

  constructor(
    readonly provider: string,
    readonly modelId: string,
    private readonly client: HttpClient,
    private readonly headers: Record<string, string>,
  ) {
    this.ctx = { provider, modelId };
  }

  async doGenerate(options: LanguageModelCallOptions): Promise<LanguageModelGenerateResult> {
    const response = await this.client.postJsonWhole(this.request(options, false));
    if (response.status < 200 || response.status >= 300) throw errorFromText(this.ctx, response, readOpenAIErrorDetails);
    return parseOpenAICompletion(parseJsonBody(response.text, response.status, this.ctx), this.ctx, options.messages);
  }

  /** Resolves once the upstream accepted the request (HTTP errors reject here, before any part). */
  async doStream(options: LanguageModelCallOptions): Promise<LanguageModelStreamResult> {
    const response = await this.send(options, true);
    const events = sseEventsOf(response, this.ctx, options.abortSignal);
    return { stream: openAIStreamParts(events, this.ctx, options.messages) };
  }

  private request(options: LanguageModelCallOptions, stream: boolean): HttpRequest {
    return {
      path: '/chat/completions',
      body: toOpenAIRequest(this.modelId, options, stream),
      headers: { ...this.headers, ...(stream ? { accept: 'text/event-stream' } : {}), ...options.headers },
      signal: options.abortSignal,
      ctx: this.ctx,
    };
  }

  private async send(options: LanguageModelCallOptions, stream: boolean): Promise<HttpResponse> {
    const response = await this.client.postJson(this.request(options, stream));
    if (response.status >= 200 && response.status < 300) return response;
    throw await errorFromResponse(response, this.ctx, readOpenAIErrorDetails, options.abortSignal);
  }
}
