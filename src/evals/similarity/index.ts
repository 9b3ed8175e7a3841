export { bm25Cosine, buildTermStatistics, vectorCosine, type TermStatistics } from './bm25-cosine.js';
export { stem, terms } from './tokenize.js';
