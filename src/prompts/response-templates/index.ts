export { parseResponseTemplates } from './parse-response-templates.js';
