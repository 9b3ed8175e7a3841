export { hashedWordSet, fnv1a, type HashedWordSet } from './hashed-word-set.js';
export { jsonStrings } from './json-strings.js';
export { isEnglishWord, isEnglishWordCodes } from './english-words.js';
export { isForeignFunctionWord } from './function-words.js';
