import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { EVENT_CARD_KINDS, type EventCard } from '../../src/cards/card.ts';
import { renderCardPng } from '../../src/cards/render-card.ts';
import { eventTitleBox } from '../../src/cards/templates/event.ts';
import { regionNameBox } from '../../src/cards/templates/region.ts';
import { fitText, textWidth } from '../../src/cards/text-fit.ts';
import { loadContent } from '../../src/content/load.ts';
import { parseContent } from '../../src/rules/schema.ts';
import { decode, differenceBox, inside } from './pixels.ts';

/** The longest title of the demo content, in either language. */
function longestDemoTitle(): string {
  const { content } = parseContent(loadContent(join(import.meta.dirname, '../../content')));
  const titles = content.events.flatMap((event) => [event.data.title.kk, event.data.title.ru]).filter((t): t is string => Boolean(t));
  expect(titles.length).toBeGreaterThan(0);
  return titles.reduce((a, b) => (b.length > a.length ? b : a));
}

const VERY_LONG =
  'Жазғы еріктілер лагері: Қазақстанның барлық өңірлерінен келген оқушылар экология, кітап оқу, спорт және цифрлық сауаттылық бойынша ' +
  'бірлескен жобаларын қорғайды, тәжірибе алмасады және жаңа достар табады — «Мың жаса!» қозғалысының ең үлкен кездесуі';
const ONE_HUGE_WORD = 'Жаңаөзенмұнайгазбарлаужәнеөндірубасқармасыныңбалаларлагері'.repeat(3);

const card = (kind: EventCard['kind'], title: string): EventCard => ({
  template: 'event',
  kind,
  locale: 'kk',
  title,
  when: '12 маусым, жұма · 15:00–16:30 · Астана уақытымен',
  place: 'Жезқазған қаласы, №1 мектеп',
  organizer: 'Жезқазған қаласы, Ұлытау облысы',
  badge: 'ОНЛАЙН + ОФЛАЙН',
  url: 'example.kz/events/2027/summer-camp',
});

describe('fitText', () => {
  const box = { weight: 800 as const, width: 600, height: 300, maxSize: 80, minSize: 30, lineHeight: 1.2 };

  it('keeps a short title at the largest size on one line', () => {
    expect(fitText('Марафон', box)).toMatchObject({ fontSize: 80, lines: ['Марафон'], truncated: false });
  });

  it('wraps and shrinks a long title until every line fits the width and all lines the height', () => {
    const fitted = fitText(VERY_LONG, box);
    expect(fitted.fontSize).toBeLessThan(80);
    expect(fitted.lines.length).toBeGreaterThan(1);
    for (const line of fitted.lines) expect(textWidth(line, 800, fitted.fontSize)).toBeLessThanOrEqual(600);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(300);
  });

  it('shrinks rather than cut a word that a smaller size still fits on a line', () => {
    const fitted = fitText('Жазғы цифрлық мектеп: бағдарламалау және медиасауаттылық', { ...box, width: 700, height: 400, maxSize: 116 });
    expect(fitted.lines.some((line) => line.split(' ').includes('медиасауаттылық'))).toBe(true);
  });

  it('cuts a word longer than a line, and ends with “…” what cannot fit even at the smallest size', () => {
    const fitted = fitText(`${ONE_HUGE_WORD} ${VERY_LONG} ${VERY_LONG}`, { ...box, height: 120 });
    expect(fitted.fontSize).toBe(30);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines.at(-1)!.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(textWidth(line, 800, 30)).toBeLessThanOrEqual(600);
  });
});

describe('titles never leave their box on the rendered card', () => {
  const titles = { 'the longest demo title': longestDemoTitle(), 'a very long title': VERY_LONG, 'one huge word': ONE_HUGE_WORD };

  for (const kind of EVENT_CARD_KINDS) {
    it.each(Object.entries(titles))(`${kind}: %s`, async (_, title) => {
      // The same card without a title: every pixel the title changes must lie in the title box.
      const [withTitle, without] = await Promise.all([renderCardPng(card(kind, title)), renderCardPng(card(kind, ''))]);
      const changed = differenceBox(await decode(withTitle), await decode(without));
      expect(changed).toBeDefined();
      expect(inside(changed!, eventTitleBox(kind)), `title drew at ${JSON.stringify(changed)}, box ${JSON.stringify(eventTitleBox(kind))}`).toBe(true);
    });
  }

  it.each(EVENT_CARD_KINDS)('%s: the widest badge stays in the header, beside the mark', async (kind) => {
    const withBadge = { ...card(kind, 'Марафон'), badge: 'ОНЛАЙН + ОФЛАЙН' };
    const { badge: _, ...noBadge } = withBadge;
    const changed = differenceBox(await decode(await renderCardPng(withBadge)), await decode(await renderCardPng(noBadge)));
    const title = eventTitleBox(kind);
    const header = { x: title.x, y: 0, width: title.width, height: title.y };
    expect(changed).toBeDefined();
    expect(inside(changed!, header), `badge drew at ${JSON.stringify(changed)}`).toBe(true);
  });

  it('region card: a long region name stays in its box', async () => {
    const region = (name: string) => ({ template: 'region' as const, locale: 'ru' as const, name, subtitle: 'Региональное представительство', facts: ['Городов и районов: 5'], url: 'example.kz/ru/regions/x' });
    const changed = differenceBox(await decode(await renderCardPng(region(VERY_LONG))), await decode(await renderCardPng(region(''))));
    expect(changed).toBeDefined();
    expect(inside(changed!, regionNameBox())).toBe(true);
  });
});
