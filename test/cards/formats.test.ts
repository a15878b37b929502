import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_SIZES, type Card } from '../../src/cards/card.ts';
import { renderCardPng } from '../../src/cards/render-card.ts';
import { decode } from './pixels.ts';

const event = {
  template: 'event',
  title: 'Кітап оқу марафоны',
  when: '12 маусым, жұма · 15:00–16:30 · Астана уақытымен',
  organizer: 'Сайрам ауданы, Түркістан облысы',
  badge: 'ОНЛАЙН',
  url: 'example.kz/events/2027/reading-marathon',
} as const;

const cards: Card[] = [
  { ...event, kind: 'og', locale: 'kk' },
  { ...event, kind: 'square', locale: 'ru', title: 'Марафон чтения' },
  { ...event, kind: 'story', locale: 'kk', cancelled: 'ӨТПЕЙДІ' },
  ...(['og', 'square', 'story'] as const).map((kind): Card => ({
    template: 'project',
    kind,
    locale: 'kk',
    kicker: 'Балалар жобасы · 2027',
    stage: 'АЯҚТАЛДЫ',
    stageTone: 'done',
    title: 'Таза Сайрамсу',
    figure: { value: '1200', label: 'адамға көмектесті' },
    figures: '46 бала қатысты · 2 іс-шара өтті',
    runBy: 'Сайрам ауданы, Түркістан облысы',
    url: 'example.kz/projects/turkistan/sayram-clean-river',
  })),
  { template: 'region', locale: 'ru', name: 'область Ұлытау', subtitle: 'Региональное представительство', facts: ['Городов и районов: 5'], url: 'example.kz/ru/regions/ulytau' },
  { template: 'site', locale: 'kk', tagline: 'Қазақстанның балалар еріктілер қозғалысы', facts: ['Қазақстанның 20 өңірі'], url: 'example.kz' },
];

describe('card formats', () => {
  it.each(cards.map((card) => [card.template === 'event' || card.template === 'project' ? `${card.template} ${card.kind}` : card.template, card] as const))('%s is a decodable PNG of its size', async (_, card) => {
    const png = await renderCardPng(card);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect({ width: meta.width, height: meta.height }).toEqual(CARD_SIZES[card.template === 'event' || card.template === 'project' ? card.kind : card.template]);
    const raster = await decode(png);
    expect(raster.data.length).toBe(raster.width * raster.height * raster.channels);
    // Not a blank canvas: the background and the white text are both there.
    const stats = await sharp(png).stats();
    expect(stats.channels[0]!.max - stats.channels[0]!.min).toBeGreaterThan(200);
  });
});
