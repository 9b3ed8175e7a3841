import { readFileSync } from 'node:fs';
import { loadModel } from './model.js';
import type { InjectionModel, InjectionModelFile } from './model.js';
import { INJECTION_RULES } from './rules.js';

/** Where `npm run train:injection` writes the weights. */
export const MODEL_FILE = new URL('./injection-model.json', import.meta.url);

let cached: InjectionModel | undefined;

/** The shipped model, read once on first use. */
export function defaultInjectionModel(): InjectionModel {
  if (!cached) {
    let file: InjectionModelFile;
    try {
      file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as InjectionModelFile;
    } catch (err) {
      throw new Error(`injection model ${MODEL_FILE.pathname} unreadable (run \`npm run train:injection\`): ${(err as Error).message}`);
    }
    // rule weights are stored by position: a file trained with other rules would score nonsense
    const names = INJECTION_RULES.map((r) => r.name);
    if (file.ruleNames.join() !== names.join()) {
      throw new Error(`injection model ${MODEL_FILE.pathname} was trained with other rules than the code has (run \`npm run train:injection\`)`);
    }
    cached = loadModel(file);
  }
  return cached;
}
