import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { openRegistry } from '../../prompts/index.js';

export function registerShowCommand(program: Command): void {
  program
    .command('show')
    .description('show one prompt version: model, variables, hash, changelog')
    .argument('<prompt>', 'id, id@1.1.0, id@current or id@latest')
    .option('--json', 'print JSON')
    .action((ref: string, options: { json?: boolean }) => {
      const config = loadConfig({ cwd: process.cwd() });
      const version = openRegistry(config.promptsDir).resolve(ref);
      const entry = version.changelog?.entries.find((candidate) => candidate.version === version.version);
      const view = {
        id: version.id,
        version: version.version,
        hash: version.hash,
        dir: version.dir,
        description: version.meta.description,
        model: version.meta.model,
        fallbackModels: version.meta.fallbackModels,
        parameters: version.meta.parameters,
        variables: version.meta.variables,
        responseTemplates: version.responseTemplates.map((template) => template.name),
        changelog: entry?.sections,
      };
      if (options.json) {
        process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
        return;
      }
      const lines = [
        `${view.id}@${view.version}  ${view.hash.slice(0, 12)}`,
        view.description ? `  ${view.description}` : '',
        `  model: ${view.model}${view.fallbackModels.length ? ` (fallbacks: ${view.fallbackModels.join(', ')})` : ''}`,
        `  variables: ${Object.entries(view.variables).map(([name, spec]) => `${name}${spec.required ? '' : '?'}: ${spec.type}`).join(', ') || 'none'}`,
        `  response templates: ${view.responseTemplates.join(', ') || 'none'}`,
        ...Object.entries(view.changelog ?? {}).flatMap(([title, items]) => [`  ${title}:`, ...items.map((item) => `    - ${item}`)]),
      ];
      process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
    });
}
