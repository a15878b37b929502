import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardSize, EVENT_CARD_KINDS, type EventCard } from '../../src/cards/card.ts';
import { layoutSvg, rasterisePieces, renderCardPng } from '../../src/cards/render-card.ts';
import { pointBounds, svgPieces } from '../../src/cards/svg-pieces.ts';
import { cardLayers } from '../../src/cards/templates/index.ts';

const event = (kind: EventCard['kind'], extra: Partial<EventCard> = {}): EventCard => ({
  template: 'event',
  kind,
  locale: 'ru',
  title: 'Экологический субботник в парке: сажаем деревья вместе',
  when: '14 мая, пятница · 10:00–13:00 · по времени Астаны',
  place: 'Караганда, Центральный парк',
  organizer: 'Карагандинская область',
  badge: 'ОНЛАЙН + ОФЛАЙН',
  url: 'example.kz/ru/events/2027/subbotnik-karaganda',
  ...extra,
});

/** The alpha channel of an SVG rasterised whole by sharp. */
async function wholeAlpha(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
}

describe('a foreground cut into pieces', () => {
  it.each(EVENT_CARD_KINDS)('%s: every line of text and the pill is a piece, and no ink lies outside the pieces', async (kind) => {
    const card = event(kind);
    const { width, height } = cardSize(card);
    const svg = await layoutSvg(cardLayers(card).foreground, { width, height });
    const cut = svgPieces(svg)!;
    expect(cut).toMatchObject({ width, height });
    // Pill, pill text, three title lines at most, the date (one or two lines), place, organiser, address.
    expect(cut.pieces.length).toBeGreaterThanOrEqual(7);
    const covered = new Uint8Array(width * height);
    for (const piece of cut.pieces) {
      expect(piece.x).toBeGreaterThanOrEqual(0);
      expect(piece.y + piece.height).toBeLessThanOrEqual(height);
      for (let y = piece.y; y < piece.y + piece.height; y++) covered.fill(1, y * width + piece.x, y * width + piece.x + piece.width);
    }
    const alpha = await wholeAlpha(svg);
    let inkOutside = 0;
    let ink = 0;
    for (let i = 0; i < alpha.length; i++) {
      if (alpha[i] === 0) continue;
      ink++;
      if (!covered[i]) inkOutside++;
    }
    expect(ink).toBeGreaterThan(1000);
    expect(inkOutside).toBe(0);
  });

  it('rasterises each piece to exactly the pixels it has in the whole SVG', async () => {
    // No pill: its text overlaps its shape, so the two pieces' pixels are not each alone in the whole SVG.
    const { badge: _, ...card } = event('og');
    const svg = await layoutSvg(cardLayers(card).foreground, cardSize(card));
    const { width, pieces } = svgPieces(svg)!;
    const alpha = await wholeAlpha(svg);
    const rasters = await rasterisePieces(pieces);
    for (const piece of rasters) {
      for (let y = 0; y < piece.height; y++) {
        const expected = alpha.subarray((piece.y + y) * width + piece.x, (piece.y + y) * width + piece.x + piece.width);
        expect(Buffer.from(piece.alpha.subarray(y * piece.width, (y + 1) * piece.width)).equals(expected)).toBe(true);
      }
    }
  });

  it('gives the same card bytes when its lines come from the cache of pieces', async () => {
    const first = await renderCardPng(event('og'));
    // Other cards with the same organiser, place and badge: their pieces are kept after the second sighting.
    for (const n of [1, 2, 3]) await renderCardPng(event('og', { title: `Другое мероприятие ${n}`, url: `example.kz/ru/events/2027/other-${n}` }));
    expect((await renderCardPng(event('og'))).equals(first)).toBe(true);
  });

  it('leaves anything but flat paths of absolute points to the whole-SVG rasteriser', () => {
    const head = '<svg width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">';
    expect(svgPieces(`${head}<path fill="#ffffff" d="M1 1L5 1L5 5Z"/></svg>`)?.pieces).toEqual([{ fill: '#ffffff', d: 'M1 1L5 1L5 5Z', x: 0, y: 0, width: 7, height: 7 }]);
    expect(svgPieces(`${head}<mask id="m"><rect width="1" height="1"/></mask><path fill="#ffffff" d="M1 1L5 1Z"/></svg>`)).toBeUndefined();
    expect(svgPieces(`${head}<path fill="#ffffff" d="M1 1l5 1Z"/></svg>`)).toBeUndefined();
    expect(svgPieces(`${head}<path fill="url(#g)" d="M1 1L5 1Z"/></svg>`)).toBeUndefined();
    expect(svgPieces(`${head}<image href="x.png"/></svg>`)).toBeUndefined();
    expect(pointBounds('M-1.5 2L3 4.25Q1 1 0 0Z')).toEqual({ minX: -1.5, minY: 0, maxX: 3, maxY: 4.25 });
    expect(pointBounds('M1 2L3')).toBeUndefined();
  });
});
