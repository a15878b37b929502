import { describe, expect, it } from 'vitest';
import { cardSize, EVENT_CARD_KINDS, type EventCard } from '../../src/cards/card.ts';
import { glyphOutline, glyphPieces, placeGlyphs, wordRuns } from '../../src/cards/glyph-tiles.ts';
import { layoutSvg } from '../../src/cards/render-card.ts';
import { svgItems, type SvgText } from '../../src/cards/svg-pieces.ts';
import { cardLayers } from '../../src/cards/templates/index.ts';

const event = (kind: EventCard['kind'], extra: Partial<EventCard> = {}): EventCard => ({
  template: 'event',
  kind,
  locale: 'kk',
  // Kerned pairs across words and punctuation, an en dash, a ligature (“fi”) in the address.
  title: 'Тәуелсіздік күні: «Жасыл ел» акциясы Түркістан облысында, AVATAR Ғ.У.',
  when: '1 қаңтар, бейсенбі · 09:00–18:00 · Астана уақытымен',
  place: 'Түркістан, Г. Т. У, «Ұлы Дала» алаңы',
  organizer: 'Сайрам ауданы, Түркістан облысы',
  badge: 'ОНЛАЙН',
  url: 'example.kz/events/2027/fifa-flow-official',
  ...extra,
});

/** The smallest x of each contour of a path (`M…Z` pieces), in order: where each glyph's parts lie. */
function contourLefts(d: string): number[] {
  return d
    .split(/(?=M)/)
    .filter((contour) => contour.trim())
    .map((contour) => {
      const numbers = [...contour.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
      let left = Infinity;
      for (let i = 0; i < numbers.length; i += 2) left = Math.min(left, numbers[i]!);
      return left;
    });
}

/** The words of a card's foreground as satori writes them without embedding the fonts. */
async function wordsOf(card: EventCard): Promise<SvgText[]> {
  const items = svgItems(await layoutSvg(cardLayers(card).foreground, cardSize(card), false))!.items;
  return items.filter((item): item is SvgText => 'text' in item);
}

describe('text drawn from glyph tiles', () => {
  it.each(EVENT_CARD_KINDS)('%s: every glyph is where satori puts it when it embeds the fonts, contour for contour', async (kind) => {
    const card = event(kind);
    const embedded = await layoutSvg(cardLayers(card).foreground, cardSize(card));
    const satoriContours = [...embedded.matchAll(/<path fill="[^"]*" d="([^"]*)"/g)].flatMap((m) => contourLefts(m[1]!));
    const runs = wordRuns(await wordsOf(card));
    const ours = runs.flatMap((run) => placeGlyphs(run).flatMap((glyph) => contourLefts(glyphOutline(run.fontWeight as 400, glyph.id, run.fontSize, glyph.x, glyph.y))));
    // The pill's own shape is a path too (first): everything else is text, in the same order,
    // each contour where satori's is up to one step of its rounding (a tenth of a pixel).
    expect(ours.length).toBeGreaterThan(100);
    const theirs = satoriContours.slice(-ours.length);
    expect(theirs.length).toBe(ours.length);
    const off = ours.filter((left, i) => Math.abs(left - theirs[i]!) > 0.1 + 1e-9);
    expect(off).toEqual([]);
  });

  it('joins words into runs up to a space, as satori shapes them', () => {
    const word = (text: string, x: number, extra: Partial<SvgText> = {}): SvgText => ({ text, x, y: 100, width: 10, fontSize: 26, fontWeight: 600, letterSpacing: 0, fill: '#ffffff', ...extra });
    const runs = wordRuns([word('11', 0), word(':', 10), word('00', 20), word(' ', 30), word('·', 40), word('Б', 50, { fill: '#f9c80e' }), word('x', 0, { y: 140 })]);
    expect(runs.map((run) => [run.text, run.x, run.y])).toEqual([
      ['11:00 ', 0, 100],
      ['·', 40, 100],
      ['Б', 50, 100],
      ['x', 0, 140],
    ]);
  });

  it('draws a glyph kept from an earlier card to the same coverage as a freshly rasterised one', async () => {
    const words = await wordsOf(event('og'));
    const first = await glyphPieces(words, cardSize(event('og')));
    const again = await glyphPieces(words, cardSize(event('og')));
    expect(again.flat().length).toBe(first.flat().length);
    again.flat().forEach((piece, i) => {
      expect({ ...piece, alpha: undefined }).toEqual({ ...first.flat()[i]!, alpha: undefined });
      expect(Buffer.from(piece.alpha).equals(Buffer.from(first.flat()[i]!.alpha))).toBe(true);
    });
    expect(first.flat().some((piece) => piece.alpha.some((value) => value === 255))).toBe(true);
  });
});
