/**
 * Runs `work` one turn of the event loop later, in the check phase after the next: by then a model call
 * started in this turn has written its request, so the work overlaps the wait for the answer instead of
 * delaying the request. (The next check phase would be too early: undici writes a request on a reused
 * keep-alive socket from an immediate of its own, after checking the idle socket for a close; a pending
 * immediate keeps the loop from blocking in between.) The returned function runs it at once if it has not
 * run yet (an answer may come back first), rethrows what it threw, and returns `value`.
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
  let immediate = setImmediate(() => {
    immediate = setImmediate(run);
  });
  return () => {
    clearImmediate(immediate);
    run();
    if (failed) throw failure;
    return value;
  };
}
