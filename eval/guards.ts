// Prints the guard evaluation tables on the dev sets. Usage:
//   npm run eval:guards [-- --data ../shared/data] [--no-cv] [--errors N]
import { join } from 'node:path';
import { evalInjection } from './lib/eval-injection.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dataDir = arg('--data') ?? '../shared/data';
const withCv = !process.argv.includes('--no-cv');

console.log('## Prompt injection (threshold: shipped offset; FPR-hard = false positives on hard negatives)');
console.log(evalInjection(join(dataDir, 'injection'), withCv));
