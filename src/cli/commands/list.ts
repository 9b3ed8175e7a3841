import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { openRegistry } from '../../prompts/index.js';

export function registerListCommand(program: Command): void {
  program
    .command('list')
    .description('list prompts and their versions')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const config = loadConfig({ cwd: process.cwd() });
      const prompts = openRegistry(config.promptsDir).list();
      if (options.json) {
        process.stdout.write(`${JSON.stringify(prompts, null, 2)}\n`);
        return;
      }
      if (prompts.length === 0) {
        process.stdout.write(`no prompts in ${config.promptsDir} (run "promptops init" to create an example)\n`);
        return;
      }
      for (const prompt of prompts) {
        const versions = prompt.versions.map((version) => (version === prompt.current ? `${version} (current)` : version));
        process.stdout.write(`${prompt.id}\t${versions.join(', ')}\n`);
      }
    });
}
