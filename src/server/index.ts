export { createApp } from './app.js';
export { createGateway, type Gateway, type GatewayOptions } from './gateway.js';
export { listen, type RunningServer } from './serve.js';
export { toHttpError, openAIError, type OpenAIErrorBody } from './openai-error.js';
export type { GatewayDeps } from './deps.js';
export { allowRestart, isClusterWorker, runClusterPrimary, type ClusterOptions } from './cluster.js';
