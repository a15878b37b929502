import { describe, expect, it } from 'vitest';
import { EVENT_CARD_KINDS, type EventCard } from '../../src/cards/card.ts';
import { loadCardContent } from '../../src/cards/build-cards.ts';
import { allCardJobs } from '../../src/cards/card-jobs.ts';
import { glyphTileStats, useLibrsvgForGlyphs } from '../../src/cards/glyph-tiles.ts';
import { OutlineRaster } from '../../src/cards/outline-raster.ts';
import { renderCardPng } from '../../src/cards/render-card.ts';
import { decode } from './pixels.ts';

/** The demo site's event cards of each kind in both languages, as the build makes them. */
function demoCards(): EventCard[] {
  const cards = allCardJobs(loadCardContent('content'), 'https://example.kz/', new Date('2026-09-01T12:00:00+05:00'))
    .map((job) => job.card)
    .filter((card): card is EventCard => card.template === 'event');
  return EVENT_CARD_KINDS.flatMap((kind) => (['kk', 'ru'] as const).map((locale) => cards.find((card) => card.kind === kind && card.locale === locale)!));
}

/** A coverage tile drawn from rectangles, each a closed contour drawn clockwise. */
function rectangles(width: number, height: number, ...rects: [number, number, number, number][]): Uint8Array {
  const raster = new OutlineRaster(width, height);
  for (const [x0, y0, x1, y1] of rects) {
    raster.moveTo(x0, y0);
    raster.lineTo(x1, y0);
    raster.lineTo(x1, y1);
    raster.lineTo(x0, y1);
    raster.close();
  }
  return raster.coverage();
}

describe('the JavaScript glyph rasteriser', () => {
  it('covers each pixel by the area inside the outline', () => {
    const alpha = rectangles(8, 4, [1.5, 1, 6.25, 3]);
    const row = [...alpha.subarray(8, 16)];
    expect(row).toEqual([0, 128, 255, 255, 255, 255, 64, 0]);
    expect([...alpha.subarray(0, 8)]).toEqual(new Array(8).fill(0));
  });

  it('fills overlapping contours of one winding by the non-zero rule, not by adding their areas', () => {
    // Pixel 6 is covered from 6 to 6.5 by the first and from 6.25 to 6.75 by the second: 0.75 together.
    const alpha = rectangles(10, 3, [2, 0, 6.5, 3], [6.25, 0, 6.75, 3]);
    expect(alpha[10 + 6]).toBe(191);
    expect(alpha[10 + 5]).toBe(255);
  });

  it('leaves a hole where a contour winds the other way', () => {
    const raster = new OutlineRaster(10, 10);
    for (const [x0, y0, x1, y1, clockwise] of [[1, 1, 9, 9, true], [3, 3, 7, 7, false]] as const) {
      raster.moveTo(x0, y0);
      if (clockwise) [raster.lineTo(x1, y0), raster.lineTo(x1, y1), raster.lineTo(x0, y1)];
      else [raster.lineTo(x0, y1), raster.lineTo(x1, y1), raster.lineTo(x1, y0)];
      raster.close();
    }
    const alpha = raster.coverage();
    expect(alpha[5 * 10 + 5]).toBe(0);
    expect(alpha[5 * 10 + 2]).toBe(255);
  });

  it('draws real cards within a blend step of librsvg at every pixel but a handful', { timeout: 120_000 }, async () => {
    for (const card of demoCards()) {
      useLibrsvgForGlyphs(true);
      const reference = await decode(await renderCardPng(card));
      useLibrsvgForGlyphs(false);
      const before = glyphTileStats().rasterised;
      const ours = await decode(await renderCardPng(card));
      // The card's glyphs were drawn by the rasteriser, not found among librsvg's.
      expect(glyphTileStats().rasterised - before).toBeGreaterThan(30);
      const pixels = reference.width * reference.height;
      let [differing, apart, total] = [0, 0, 0];
      for (let p = 0; p < pixels; p++) {
        let most = 0;
        for (let c = 0; c < 3; c++) most = Math.max(most, Math.abs(reference.data[p * reference.channels + c]! - ours.data[p * ours.channels + c]!));
        total += most;
        if (most > 0) differing++;
        // One blend step of the card palette between navy and white is ≈ 31 per channel.
        if (most > 40) apart++;
      }
      const where = `${card.kind}-${card.locale}`;
      expect(apart, where).toBeLessThanOrEqual(pixels * 1e-5);
      expect(differing / pixels, where).toBeLessThan(0.015);
      expect(total / pixels, where).toBeLessThan(0.2);
    }
  });
});
