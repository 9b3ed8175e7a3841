export { compileTemplate } from './compile-template.js';
export type { CompileOptions } from './compile-template.js';
export { parseTemplate } from './parse-template.js';
export type { TemplateNode } from './parse-template.js';
