export { bm25Cosine, buildTermStatistics, similarityReferences, vectorCosine, type TermStatistics } from './bm25-cosine.js';
export { stem, terms } from './tokenize.js';
