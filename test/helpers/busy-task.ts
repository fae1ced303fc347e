/** A task for the worker pool's tests: keeps its thread busy for `ms` milliseconds, then says when it ended. */
export function busyFor(ms: number): number {
  const until = Date.now() + ms
  while (Date.now() < until) {
    // Busy, as a parse or a render is: the thread turns no event loop meanwhile.
  }
  return Date.now()
}
