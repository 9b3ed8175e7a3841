import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './exit-codes.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Command modules load on demand, so `promptops --version` does not pay for the gateway's imports. */
const COMMANDS: Record<string, () => Promise<(program: Command) => void>> = {
  init: async () => (await import('./commands/init.js')).registerInitCommand,
  list: async () => (await import('./commands/list.js')).registerListCommand,
  show: async () => (await import('./commands/show.js')).registerShowCommand,
  run: async () => (await import('./commands/run.js')).registerRunCommand,
  serve: async () => (await import('./commands/serve.js')).registerServeCommand,
  scan: async () => (await import('./commands/scan.js')).registerScanCommand,
  test: async () => (await import('./commands/test.js')).registerTestCommand,
};

export async function main(argv: string[]): Promise<void> {
  const program = new Command('promptops')
    .description('production runtime for prompt-based LLM systems')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  const requested = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const names = requested && requested in COMMANDS ? [requested] : Object.keys(COMMANDS);
  const onlyVersion = argv.slice(2).some((arg) => arg === '-V' || arg === '--version') && !(requested && requested in COMMANDS);
  if (!onlyVersion) {
    for (const name of names) (await COMMANDS[name]())(program);
  }

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.exitCode = error instanceof CliError ? error.code : (error as { exitCode?: number }).exitCode ?? EXIT.usage;
    process.stderr.write(`promptops: ${formatError(error)}\n`);
  }
}

function formatError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
