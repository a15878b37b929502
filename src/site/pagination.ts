/**
 * Long lists (the upcoming events, the archive, each filter) are split into real static pages:
 * `/events/`, `/events/page/2/`, … so no page's size grows with the content, and every event is
 * reachable by following "next" without JavaScript.
 */

/** Events per list page: a phone screen scrolls through it in a few swipes. */
export const EVENTS_PER_PAGE = 24;

/** How many events the region and unit pages show before linking to the full filtered list. */
export const SHORT_LIST = 6;

/** The number of pages a list of `total` items takes; an empty list still has its first page. */
export function pageCount(total: number, size = EVENTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `number` (1-based). */
export function pageItems<T>(items: readonly T[], number: number, size = EVENTS_PER_PAGE): T[] {
  return items.slice((number - 1) * size, number * size);
}

/** The numbers of the pages after the first (the first lives at the list's own address): 2…count. */
export function laterPages(total: number, size = EVENTS_PER_PAGE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/**
 * A compact list of page numbers around `current`: the first, the last, and the neighbours,
 * with `null` for a gap (1 … 4 5 6 … 20). At most 7 entries, whatever the page count.
 */
export function pageList(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...shown].sort((a, b) => a - b);
  const list: (number | null)[] = [];
  for (const n of sorted) {
    const previous = list.at(-1);
    if (typeof previous === 'number' && n - previous === 2) list.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) list.push(null);
    list.push(n);
  }
  return list;
}

/** The first `limit` items that pass `test`, without looking further than needed. */
export function firstMatching<T>(items: Iterable<T>, test: (item: T) => boolean, limit: number): T[] {
  const found: T[] = [];
  if (limit <= 0) return found;
  for (const item of items) {
    if (!test(item)) continue;
    found.push(item);
    if (found.length >= limit) break;
  }
  return found;
}
