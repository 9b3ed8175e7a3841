export { countTokens, type TokenCount } from './tokens.js';
