import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardSize, EVENT_CARD_KINDS, type Card, type EventCard } from '../../src/cards/card.ts';
import { cardFonts } from '../../src/cards/fonts.ts';
import { CARD_PALETTE, composeOver, encodeIndexedPng, indexRaster } from '../../src/cards/indexed-png.ts';
import { renderCardPng } from '../../src/cards/render-card.ts';
import { eventCardElement } from '../../src/cards/templates/event.ts';
import { cardElement, cardLayers } from '../../src/cards/templates/index.ts';
import { PALETTE } from '../../src/cards/templates/palette.ts';
import { decode } from './pixels.ts';

const event = (kind: EventCard['kind'], extra: Partial<EventCard> = {}): EventCard => ({
  template: 'event',
  kind,
  locale: 'kk',
  title: 'Мұражайдағы бір күн: Алматы тарихы оқушылар көзімен',
  when: '27 маусым, сенбі · 11:00–15:00 · Астана уақытымен',
  place: 'Алматы, Орталық мемлекеттік музей',
  organizer: 'Алматы қаласы',
  badge: 'ОНЛАЙН + ОФЛАЙН',
  url: 'example.kz/events/2026/almaty-museum-day',
  ...extra,
});

const hex = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

describe('the card palette', () => {
  it('holds every flat colour of the templates and fits a PNG palette', () => {
    expect(CARD_PALETTE.length).toBeLessThanOrEqual(256);
    for (const colour of Object.values(PALETTE)) expect(CARD_PALETTE.map(hex)).toContain(colour);
  });

  it('covers every colour the templates draw with (a new colour must go into palette.ts)', async () => {
    const cards: Card[] = [
      ...EVENT_CARD_KINDS.map((kind) => event(kind)),
      event('og', { cancelled: 'ӨТПЕЙДІ' }),
      // A project card at each stage (each its own pill colour).
      ...(['idea', 'running', 'done'] as const).map((stageTone): Card => ({
        template: 'project',
        kind: 'og',
        locale: 'kk',
        kicker: 'Балалар жобасы · 2027',
        stage: stageTone.toUpperCase(),
        stageTone,
        title: 'Таза Кеңгір',
        figure: { value: '300', label: 'адамға көмектесті' },
        figures: '12 бала қатысты',
        runBy: 'Жезқазған қаласы, Ұлытау облысы',
        url: 'example.kz/projects/ulytau/clean-kengir',
      })),
      { template: 'region', locale: 'ru', name: 'область Ұлытау', subtitle: 'Региональное представительство', facts: ['Городов и районов: 5'], url: 'example.kz/ru/regions/ulytau' },
      { template: 'site', locale: 'kk', tagline: 'Қазақстанның балалар еріктілер қозғалысы', facts: ['Қазақстанның 20 өңірі'], url: 'example.kz' },
    ];
    const flat = new Set(Object.values(PALETTE).map((colour) => colour.toLowerCase()));
    for (const card of cards) {
      const svg = await satori(cardElement(card) as never, { ...cardSize(card), fonts: cardFonts() });
      // Masks are stencils (white: visible), not paint.
      const painted = svg.replace(/<mask[\s\S]*?<\/mask>/g, '');
      const colours = [...painted.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]{3,6}|rgb[^"]*)"/g)].map((m) => m[1]!.toLowerCase());
      expect(colours.length).toBeGreaterThan(3);
      expect(colours.filter((colour) => !flat.has(colour))).toEqual([]);
    }
  });

  it('encodes a picture in palette colours losslessly, as a PNG any decoder reads', async () => {
    const [width, height] = [40, 30];
    const rgb = new Uint8Array(width * height * 3);
    for (let p = 0; p < width * height; p++) {
      const colour = CARD_PALETTE[(p * 7) % CARD_PALETTE.length]!;
      rgb.set([(colour >> 16) & 255, (colour >> 8) & 255, colour & 255], p * 3);
    }
    const png = encodeIndexedPng(indexRaster(rgb, width, height, 3));
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width, height, isPalette: true });
    const raster = await decode(png);
    const decoded = raster.channels === 3 ? raster.data : Buffer.from(raster.data.filter((_, i) => i % raster.channels < 3));
    expect(decoded.equals(Buffer.from(rgb))).toBe(true);
  });

  it('blends a half-transparent white pixel over the background into the middle shade between them', () => {
    const background = parseInt(PALETTE.background.slice(1), 16);
    const base = indexRaster(Uint8Array.from([(background >> 16) & 255, (background >> 8) & 255, background & 255]), 1, 1, 3);
    const composed = composeOver(base, Uint8Array.from([255, 255, 255, 128]));
    const colour = CARD_PALETTE[composed.rows[1]!]!;
    const expected = [11, 60, 93].map((c) => c + ((255 - c) * 128) / 255);
    [(colour >> 16) & 255, (colour >> 8) & 255, colour & 255].forEach((channel, i) => expect(Math.abs(channel - expected[i]!)).toBeLessThanOrEqual(16));
  });
});

describe('event cards drawn in two layers', () => {
  it.each(EVENT_CARD_KINDS)('%s: the background layer does not depend on the event', (kind) => {
    const a = cardLayers(event(kind));
    const { badge: _, ...withoutBadge } = event(kind, { title: 'Басқа атау', locale: 'ru', cancelled: 'ОТМЕНЕНО' });
    const b = cardLayers(withoutBadge);
    expect(a.background!.key).toBe(b.background!.key);
    expect(JSON.stringify(a.background!.element())).toBe(JSON.stringify(b.background!.element()));
    expect(JSON.stringify(a.foreground)).not.toBe(JSON.stringify(b.foreground));
  });

  it.each(EVENT_CARD_KINDS)('%s: looks like the card drawn in one piece, up to a shade of antialiasing', async (kind) => {
    const card = event(kind);
    const size = cardSize(card);
    const whole = await satori(eventCardElement(card, 'all') as never, { ...size, fonts: cardFonts() });
    const reference = await sharp(Buffer.from(whole)).removeAlpha().raw().toBuffer();
    const layered = await decode(await renderCardPng(card));
    const rgb = Buffer.from(layered.data.filter((_, i) => i % layered.channels < 3));
    expect(rgb.length).toBe(reference.length);
    let far = 0;
    let total = 0;
    for (let i = 0; i < rgb.length; i++) {
      const difference = Math.abs(rgb[i]! - reference[i]!);
      total += difference;
      if (difference > 20) far++;
    }
    // The same picture: no channel off by more than a blend step, except a few corner pixels where three colours meet.
    expect(far / rgb.length).toBeLessThan(0.001);
    expect(total / rgb.length).toBeLessThan(1);
  });
});
