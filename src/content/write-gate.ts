/**
 * Holds the store writes of one sync until every loader running in it has its entries. Astro
 * serialises the whole data store (devalue) 500 ms after the last write; a loader that wrote while
 * another still waited on the render pool made it serialise the store twice per build (≈ 3 s of
 * CPU on 1,000 events). A loader that fails leaves, so the others are not held. Use:
 * `const w = gate(expected)` as a loader starts, `await w.arrive()` before its writes, `w.leave()`
 * in a finally (a no-op once arrived).
 *
 * `expected`: how many loaders the sync runs, when that is known (`astro build` and `astro sync`
 * run every collection's loader once). Loaders start one by one as Astro prepares each one's
 * context, and a small collection's loader can have its entries before a large one has started:
 * counting only the loaders already started, the gate would open for it alone, and Astro's timer
 * would serialise the store before the rest was written (measured at 1,000 events: 0.9 s of a
 * second serialisation). Without it (`astro dev`, whose re-syncs run one collection), a loader
 * that starts late only opens the gate early, never waits on one that is not running.
 */
export function writeGate(): (expected?: number) => { arrive(): Promise<void>; leave(): void } {
  let running = 0;
  let expecting = 0;
  let waiting = 0;
  let open = () => {};
  let gate: Promise<void> | undefined;
  const release = () => {
    if (waiting < Math.max(running, expecting)) return;
    open();
    gate = undefined;
    running = expecting = waiting = 0;
  };
  return (expected = 0) => {
    running++;
    expecting = Math.max(expecting, expected);
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
        if (expecting > 0) expecting--;
        release();
      },
    };
  };
}
