/**
 * What must never be in the built site: the name of a member whose guardian chose `hidden`, and
 * any valid IIN. Used by the dist scan (dist.test.ts) and tested on its own (leaks.test.ts).
 */
import { findIins } from '../../src/privacy/iin.ts';

export interface Leak {
  kind: 'hidden-name' | 'iin';
  /** Where in the text, and a little context, for the failure message (the built site is public anyway). */
  index: number;
  context: string;
}

/** Spaces as the pages may write them (no-break, narrow no-break) count as spaces. */
function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/** Every hidden name and IIN found in `text`. */
export function findLeaks(text: string, hiddenNames: readonly string[]): Leak[] {
  const plain = normalise(text);
  const leaks: Leak[] = [];
  const context = (index: number) => plain.slice(Math.max(0, index - 40), index + 40);
  for (const name of hiddenNames) {
    for (let index = plain.indexOf(name); index !== -1; index = plain.indexOf(name, index + 1)) {
      leaks.push({ kind: 'hidden-name', index, context: context(index) });
    }
  }
  for (const match of findIins(plain)) leaks.push({ kind: 'iin', index: match.index, context: context(match.index) });
  return leaks;
}
