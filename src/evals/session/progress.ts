import cliProgress from 'cli-progress';
import type { Progress } from '../runner/index.js';

export interface ProgressReporter {
  update(progress: Progress): void;
  stop(): void;
}

/**
 * A bar for people (a TTY outside CI), plain lines for logs: one at every tenth of the run, or every
 * 1,000 cases when the total is unknown.
 */
export function createProgress(label: string, total: number | undefined, stream: NodeJS.WriteStream = process.stderr, env = process.env): ProgressReporter {
  const interactive = stream.isTTY === true && !env.CI && total !== undefined;
  if (interactive) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} · {passed} passed · {failed} failed · {errors} errors`, stream, hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { passed: 0, failed: 0, errors: 0 });
    return {
      update: (p) => bar.update(p.done, { passed: p.passed, failed: p.failed, errors: p.errors }),
      stop: () => bar.stop(),
    };
  }
  const step = total ? Math.max(1, Math.ceil(total / 10)) : 1000;
  return {
    update(p) {
      if (p.done % step === 0 || p.done === total) {
        stream.write(`${label}: ${p.done}${total ? `/${total}` : ''} done, ${p.passed} passed, ${p.failed} failed, ${p.errors} errors\n`);
      }
    },
    stop() {},
  };
}
