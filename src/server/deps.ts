import type { PromptopsConfig } from '../config/types.js';
import type { Logger, PromptMetrics } from '../observability/index.js';
import type { Runtime } from '../runtime/index.js';

/** What the routes need; built once by `createGateway` and shared. */
export interface GatewayDeps {
  runtime: Runtime;
  metrics: PromptMetrics;
  logger: Logger;
  config: Pick<PromptopsConfig, 'server' | 'retry'>;
  /** Earlier turns by `conversation_id` (stored with retention); absent means conversations are not kept. */
  conversations?: {
    getConversation(id: string): Promise<Array<{ role: string; content: string }>>;
    saveConversationTurn(id: string, role: 'user' | 'assistant', content: string): Promise<void>;
  };
  /** Liveness of the store, for `/ready`. */
  storeHealth?: () => Promise<{ ok: boolean; error?: string }>;
}

export type GatewayEnv = { Variables: { requestId: string } };
