/**
 * Runs `work` in the event loop's next check phase, after this turn's writes have gone out: a model call
 * started in the same turn has sent its request by then, so the work overlaps the wait for the answer
 * instead of delaying the request. The returned function runs it at once if it has not run yet (an answer
 * may come back first), rethrows what it threw, and returns `value`.
 */
export function whileSending<T>(work: () => void, value: T): () => T {
  let ran = false;
  let failed = false;
  let failure: unknown;
  const run = () => {
    if (ran) return;
    ran = true;
    try {
      work();
    } catch (error) {
      failed = true;
      failure = error;
    }
  };
  const immediate = setImmediate(run);
  return () => {
    clearImmediate(immediate);
    run();
    if (failed) throw failure;
    return value;
  };
}
