import { isAbsolute, relative } from 'node:path';

/** A path as a user would type it from where they are: relative when under the cwd, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
