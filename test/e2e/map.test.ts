/**
 * The map of the regions on a 360 px phone, in the real browser: every region a tile big enough
 * to tap (44 × 44 px at least), no label overlapping another or sticking out of its tile, and the
 * figures on each tile are the content's: cities/districts with a representation out of all
 * (counted here from the YAML files) and upcoming events (not cancelled); the legend shows exactly the levels
 * the tiles have.
 */
import { describe, expect, it } from 'vitest';
import { builtNow, localized, LOCALES, unitCoverage, upcomingAt } from './content.ts';
import { PHONE, useSite } from './session.ts';

const site = useSite();
interface Box { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
const inside = (inner: Box, outer: Box) => inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

describe('the map on a 360 px phone', () => {
  for (const locale of LOCALES) {
    for (const path of ['/', '/regions/']) {
      it(`${locale} ${path}: 20 tiles of at least 44 × 44 px, no overlapping labels, the content's figures`, async () => {
        const { page, url } = await site.open(PHONE);
        await page.goto(url(localized(path, locale)));
        const tiles = await page.locator('#region-map a.tile').evaluateAll((links) =>
          links.map((link) => {
            const box = (el: Element) => {
              const r = el.getBoundingClientRect();
              return { x: r.x, y: r.y, width: r.width, height: r.height };
            };
            const labels = [...link.children].filter((el) => !el.classList.contains('visually-hidden'));
            return {
              region: link.getAttribute('data-region')!,
              level: link.getAttribute('data-level')!,
              units: link.querySelector('[data-units]')!.getAttribute('data-units')!,
              upcoming: Number(link.querySelector('[data-upcoming]')!.getAttribute('data-upcoming')),
              name: link.querySelector('strong')!.textContent!,
              box: box(link),
              labels: labels.map((el) => ({ text: el.textContent!, box: box(el), clipped: el.scrollWidth > el.clientWidth + 1 })),
            };
          }),
        );
        expect(tiles).toHaveLength(20);
        for (const tile of tiles) {
          expect(tile.box.width, `${tile.region} width`).toBeGreaterThanOrEqual(44);
          expect(tile.box.height, `${tile.region} height`).toBeGreaterThanOrEqual(44);
          expect(tile.box.x + tile.box.width, `${tile.region} inside the screen`).toBeLessThanOrEqual(360);
          for (const label of tile.labels) {
            expect(inside(label.box, tile.box), `${tile.region}: "${label.text}" inside its tile`).toBe(true);
            expect(label.clipped, `${tile.region}: "${label.text}" not cut`).toBe(false);
          }
          // Full names, not abbreviations: a name of at least two letters, never "СҚО".
          expect(tile.name, tile.region).not.toMatch(/^[А-ЯӘҒҚҢӨҰҮҺІ]{2,4}$/u);
        }
        const labels = tiles.flatMap((tile) => tile.labels.map((label) => ({ ...label, region: tile.region })));
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            expect(overlap(labels[i]!.box, labels[j]!.box), `"${labels[i]!.text}" (${labels[i]!.region}) overlaps "${labels[j]!.text}" (${labels[j]!.region})`).toBe(false);
          }
        }
        for (let i = 0; i < tiles.length; i++) {
          for (let j = i + 1; j < tiles.length; j++) expect(overlap(tiles[i]!.box, tiles[j]!.box), `${tiles[i]!.region} / ${tiles[j]!.region}`).toBe(false);
        }

        const coverage = unitCoverage();
        const upcoming = upcomingAt(builtNow());
        for (const tile of tiles) {
          expect(tile.units, `${tile.region} covered/all`).toBe(`${coverage.get(tile.region)!.covered}/${coverage.get(tile.region)!.units}`);
          expect(tile.upcoming, `${tile.region} upcoming events`).toBe(upcoming.filter((e) => e.region === tile.region && e.data.status !== 'cancelled').length);
        }

        const legend = await page.locator('#region-map [data-legend]').evaluateAll((items) => items.map((li) => [li.getAttribute('data-legend')!, li.textContent!] as const));
        const levels = [...new Set(tiles.map((tile) => tile.level))].sort();
        expect(legend.map(([level]) => level).sort()).toEqual(levels);
        for (const [level, text] of legend) expect(text, level).toContain(`(${tiles.filter((tile) => tile.level === level).length} `);
      });
    }
  }

  it('a tile leads to its region', async () => {
    const { page, url } = await site.open(PHONE);
    await page.goto(url('/ru/'));
    await page.locator('#region-map a[data-region="turkistan"]').click();
    await page.waitForURL(/\/ru\/regions\/turkistan\/$/);
    expect(await page.locator('h1').textContent()).toBe(await page.evaluate(() => document.title.split(' — ')[0]));
  });
});
