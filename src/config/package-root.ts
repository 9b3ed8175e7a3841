import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder of promptops' own package.json, found by walking up from this module, so it is the same
 * whether the code runs from `src/` (tsx) or from `dist/` (compiled), or from node_modules.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'promptops') {
      return (root = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`promptops: cannot find its package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** The example prompts shipped with the package (`prompts/customer-service/...`). */
export function bundledPromptsDir(): string {
  return join(packageRoot(), 'prompts');
}
