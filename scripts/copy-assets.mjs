#!/usr/bin/env node
// tsc emits only .js: data files read at run time (model weights, name lists) are copied beside them.
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ASSET = /\.(json|txt|html|css)$/;
function copy(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) copy(path);
    else if (ASSET.test(entry)) {
      const target = join('dist', relative('src', path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
    }
  }
}
copy('src');
