/** Splitting long lists into static pages (src/site/pagination.ts). */
import { describe, expect, it } from 'vitest';
import { EVENTS_PER_PAGE, firstMatching, laterPages, pageCount, pageItems, pageList } from '../../src/site/pagination.ts';
import { paths } from '../../src/site/paths.ts';

describe('pagination', () => {
  it('an empty list still has its first page; the later pages are 2…count', () => {
    expect(pageCount(0)).toBe(1);
    expect(laterPages(0)).toEqual([]);
    expect(laterPages(EVENTS_PER_PAGE)).toEqual([]);
    expect(laterPages(EVENTS_PER_PAGE + 1)).toEqual([2]);
    expect(laterPages(3 * EVENTS_PER_PAGE)).toEqual([2, 3]);
  });

  it('pages cut the list in order, the last one short', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(pageItems(items, 1, 20)).toEqual(items.slice(0, 20));
    expect(pageItems(items, 3, 20)).toEqual(items.slice(40));
    expect([1, 2, 3].flatMap((n) => pageItems(items, n, 20))).toEqual(items);
  });

  it('the page list is compact: first, last and neighbours, a gap for the rest, never a gap of one page', () => {
    expect(pageList(1, 1)).toEqual([1]);
    expect(pageList(1, 36)).toEqual([1, 2, null, 36]);
    expect(pageList(2, 36)).toEqual([1, 2, 3, null, 36]);
    expect(pageList(3, 36)).toEqual([1, 2, 3, 4, null, 36]);
    expect(pageList(18, 36)).toEqual([1, null, 17, 18, 19, null, 36]);
    expect(pageList(36, 36)).toEqual([1, null, 35, 36]);
    expect(pageList(3, 5)).toEqual([1, 2, 3, 4, 5]);
    for (let count = 1; count <= 60; count++) for (let n = 1; n <= count; n++) expect(pageList(n, count).length).toBeLessThanOrEqual(7);
  });

  it('page n of a list lives under the list, the first page at the list itself', () => {
    expect(paths.page(paths.events(), 1)).toBe('/events/');
    expect(paths.page(paths.events(), 2)).toBe('/events/page/2/');
    expect(paths.page(paths.eventsFiltered('region', 'abai'), 3)).toBe('/events/region/abai/page/3/');
  });

  it('firstMatching stops at the limit', () => {
    let looked = 0;
    const found = firstMatching([1, 2, 3, 4, 5, 6], (n) => (looked++, n % 2 === 0), 2);
    expect(found).toEqual([2, 4]);
    expect(looked).toBe(4);
  });
});
