/**
 * Holds the store writes of one sync until every loader running in it has its entries. Astro
 * serialises the whole data store (devalue) 500 ms after the last write; a loader that wrote while
 * another still waited on the render pool made it serialise the store twice per build (≈ 3 s of
 * CPU on 1,000 events). A loader that starts late only opens the gate early, never waits on one
 * that is not running; one that fails leaves, so the others are not held. Use: `const w = gate()`
 * as a loader starts, `await w.arrive()` before its writes, `w.leave()` in a finally (a no-op once
 * arrived).
 */
export function writeGate(): () => { arrive(): Promise<void>; leave(): void } {
  let running = 0;
  let waiting = 0;
  let open = () => {};
  let gate: Promise<void> | undefined;
  const release = () => {
    if (waiting < running) return;
    open();
    gate = undefined;
    running = waiting = 0;
  };
  return () => {
    running++;
    let done = false;
    return {
      arrive() {
        done = true;
        waiting++;
        gate ??= new Promise<void>((resolve) => (open = resolve));
        const mine = gate;
        release();
        return mine;
      },
      leave() {
        if (done) return;
        done = true;
        running--;
        release();
      },
    };
  };
}
