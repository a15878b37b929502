import { describe, expect, it } from 'vitest';
import { CARD_SIZES, EVENT_CARD_KINDS, type EventCard } from '../../src/cards/card.ts';
import { layoutSvg, rasteriseSvg } from '../../src/cards/render-card.ts';
import { eventCardElement, eventCornerSun } from '../../src/cards/templates/event.ts';
import { PALETTE } from '../../src/cards/templates/palette.ts';

const card = (kind: EventCard['kind']): EventCard => ({ template: 'event', kind, locale: 'kk', title: 'Атау', when: '1 қаңтар', organizer: 'Алматы қаласы', url: 'example.kz' });

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe("the card's corner sun", () => {
  // The movement's sun (src/identity/mark.ts) in a 100-unit square: a disc of radius 24, a gap,
  // and twelve rays from 33 to 47 units out, one every 30°. Satori drew the old disc and ring
  // as rounded squares: no rays, and a band of the faint colour near the square's corners.
  it.each(EVENT_CARD_KINDS)('%s: is the sun of the mark, with its rays, not a rounded square', async (kind) => {
    const { width, height } = CARD_SIZES[kind];
    const { rgba } = await rasteriseSvg(await layoutSvg(eventCardElement(card(kind), 'background'), { width, height }));
    const sun = eventCornerSun(kind);
    const [cx, cy, unit] = [sun.x + sun.size / 2, sun.y + sun.size / 2, sun.size / 100];
    const colourAt = (radius: number, degrees: number): string => {
      const [x, y] = [Math.round(cx + radius * unit * Math.cos((degrees * Math.PI) / 180)), Math.round(cy + radius * unit * Math.sin((degrees * Math.PI) / 180))];
      expect(x >= 0 && x < width && y >= 0 && y < height, `${radius} units at ${degrees}° is on the card`).toBe(true);
      const pixel = [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)];
      if (pixel.every((value, i) => Math.abs(value - rgb(PALETTE.sunSoft)[i]!) <= 2)) return 'sun';
      if (pixel.every((value, i) => Math.abs(value - rgb(PALETTE.background)[i]!) <= 2)) return 'background';
      return `rgb(${pixel})`;
    };
    for (const degrees of [95, 135, 175]) expect(colourAt(15, degrees), `disc at ${degrees}°`).toBe('sun');
    for (const degrees of [100, 135, 170]) expect(colourAt(29, degrees), `gap at ${degrees}°`).toBe('background');
    for (const degrees of [90, 120, 150, 180]) expect(colourAt(40, degrees), `ray at ${degrees}°`).toBe('sun');
    for (const degrees of [105, 135, 165]) expect(colourAt(40, degrees), `between rays at ${degrees}°`).toBe('background');
    // Where a rounded square's corner would be: between two rays, outside the circle of their tips.
    expect(colourAt(49, 135), 'outside the rays on the diagonal').toBe('background');
  });
});
