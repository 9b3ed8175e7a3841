export { normalizeText } from './normalize-text.js';
export type { NormalizedText } from './normalize-text.js';
export { decodeEmbedded } from './decode-embedded.js';
export type { DecodedSegment } from './decode-embedded.js';
