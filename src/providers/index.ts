export * from './spec/index.js';
export * from './errors/index.js';
export { createDemoProvider, DEMO_MODEL_ID } from './demo/index.js';
export { createModelRouter, createProvider, type ModelRouter, type RoutedModel } from './router.js';
