/**
 * The chaos test's client: plain fetch over real HTTP, alternating `POST /v1/prompts/chaos/execute`
 * and streamed `POST /v1/chat/completions` with `model: "prompt:chaos"`, each message unique so no
 * answer comes from the cache.
 */
export interface Outcome {
  kind: 'execute' | 'stream';
  ok: boolean;
  status: number;
  ms: number;
  detail: string;
}

export interface RunOptions {
  baseUrl: string;
  count: number;
  concurrency: number;
  /** Sent as `x-promptops-timeout-ms`. */
  timeoutMs: number;
  /** Numbers the messages, so runs do not repeat each other's. */
  offset: number;
}

const json = { 'content-type': 'application/json' };

async function execute(options: RunOptions, message: string): Promise<Omit<Outcome, 'ms' | 'kind'>> {
  const response = await fetch(`${options.baseUrl}/v1/prompts/chaos/execute`, {
    method: 'POST',
    headers: { ...json, 'x-promptops-timeout-ms': String(options.timeoutMs) },
    body: JSON.stringify({ variables: { message }, no_cache: true }),
  });
  const body = (await response.json()) as { output?: string; fallback?: boolean; error?: { message: string } };
  const ok = response.status === 200 && body.fallback === false && (body.output ?? '').includes(message);
  return { ok, status: response.status, detail: body.error?.message ?? (ok ? '' : JSON.stringify(body).slice(0, 200)) };
}

async function stream(options: RunOptions, message: string): Promise<Omit<Outcome, 'ms' | 'kind'>> {
  const response = await fetch(`${options.baseUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { ...json, 'x-promptops-timeout-ms': String(options.timeoutMs) },
    body: JSON.stringify({ model: 'prompt:chaos', stream: true, messages: [{ role: 'user', content: message }] }),
  });
  const text = await response.text();
  if (response.status !== 200) return { ok: false, status: response.status, detail: text.slice(0, 200) };
  let content = '';
  let done = false;
  let error = '';
  for (const line of text.split('\n')) {
    if (!line.startsWith('data: ')) continue;
    const data = line.slice(6);
    if (data === '[DONE]') {
      done = true;
      continue;
    }
    const chunk = JSON.parse(data) as { error?: { message: string }; choices?: Array<{ delta?: { content?: string } }> };
    if (chunk.error) error = chunk.error.message;
    content += chunk.choices?.[0]?.delta?.content ?? '';
  }
  const ok = done && !error && content.includes(message);
  return { ok, status: response.status, detail: error || (ok ? '' : `stream ended ${done ? 'with' : 'without'} [DONE]: ${content.slice(0, 100)}`) };
}

/** Runs `count` requests, `concurrency` at a time; a transport error is a failed outcome, never a throw. */
export async function runRequests(options: RunOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < options.count) {
      const index = next++;
      const kind = index % 2 === 0 ? 'execute' : 'stream';
      const message = `chaos request ${options.offset + index}`;
      const started = performance.now();
      let result: Omit<Outcome, 'ms' | 'kind'>;
      try {
        result = await (kind === 'execute' ? execute(options, message) : stream(options, message));
      } catch (error) {
        result = { ok: false, status: 0, detail: (error as Error).message };
      }
      outcomes.push({ kind, ...result, ms: performance.now() - started });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return outcomes;
}

/** Nearest-rank percentile of an unsorted sample. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
