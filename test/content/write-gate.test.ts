import { describe, expect, it } from 'vitest';
import { writeGate } from '../../src/content/write-gate.ts';

/** Whether a promise has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('writeGate', () => {
  it('holds every loader until the last running one arrives', async () => {
    const gate = writeGate();
    const a = gate();
    const b = gate();
    const c = gate();
    const first = a.arrive();
    const second = b.arrive();
    expect(await settled(first)).toBe(false);
    expect(await settled(second)).toBe(false);
    const third = c.arrive();
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(true);
    expect(await settled(third)).toBe(true);
  });

  it('opens when a loader that did not arrive leaves (a failed loader holds nobody)', async () => {
    const gate = writeGate();
    const ok = gate();
    const failing = gate();
    const waiting = ok.arrive();
    expect(await settled(waiting)).toBe(false);
    failing.leave();
    expect(await settled(waiting)).toBe(true);
    ok.leave(); // after arriving: no effect on the next sync
    const next = gate();
    const other = gate();
    const held = next.arrive();
    expect(await settled(held)).toBe(false);
    other.leave();
    expect(await settled(held)).toBe(true);
  });

  it('with the number of loaders expected (astro build, astro sync), also holds them for the loaders not started yet', async () => {
    const gate = writeGate();
    const small = gate(3);
    const early = small.arrive();
    expect(await settled(early)).toBe(false);
    const large = gate(3);
    const later = gate(3);
    const second = large.arrive();
    expect(await settled(early)).toBe(false);
    expect(await settled(second)).toBe(false);
    const last = later.arrive();
    expect(await settled(early)).toBe(true);
    expect(await settled(second)).toBe(true);
    expect(await settled(last)).toBe(true);
  });

  it('with the number expected, a loader that fails before arriving is no longer waited for', async () => {
    const gate = writeGate();
    const ok = gate(2);
    const held = ok.arrive();
    expect(await settled(held)).toBe(false);
    gate(2).leave();
    expect(await settled(held)).toBe(true);
    // The next sync counts afresh.
    const next = gate(2);
    const heldAgain = next.arrive();
    expect(await settled(heldAgain)).toBe(false);
    gate(2).leave();
    expect(await settled(heldAgain)).toBe(true);
  });

  it('a loader alone (a re-sync of one collection in astro dev) passes at once', async () => {
    const gate = writeGate();
    const alone = gate();
    expect(await settled(alone.arrive())).toBe(true);
    alone.leave();
  });
});
