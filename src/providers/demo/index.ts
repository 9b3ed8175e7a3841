export { createDemoProvider, DEMO_MODEL_ID } from './demo-provider.js';
export { pickTemplate, fillPlaceholders } from './pick-template.js';
