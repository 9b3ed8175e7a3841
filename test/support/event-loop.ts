/** Resolves after `n` check phases of the event loop: immediates run in the order they were queued. */
export function checkPhases(n: number): Promise<void> {
  return new Promise((resolve) => (n === 0 ? resolve() : setImmediate(() => void checkPhases(n - 1).then(resolve))));
}
