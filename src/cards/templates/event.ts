/**
 * The event cards: `og` (link preview), `square` (post) and `story`, one layout scaled to each.
 * From top to bottom: the mark and the badges, the title in a fixed box, when and where, who
 * organises, and the event page's short address.
 */
import { CARD_SIZES, type EventCard, type EventCardKind } from '../card.ts';
import { box, type CardElement } from './element.ts';
import { mark, withCornerSun } from './mark.ts';
import { PALETTE } from './palette.ts';
import { pill, singleLine, titleBlock, type Rect } from './text.ts';

interface EventLayout {
  pad: number;
  /** Where a short title sits in its box: at the top, or at the bottom (next to the date). */
  align: 'flex-start' | 'flex-end';
  header: number;
  badge: number;
  gap: number;
  title: { height: number; maxSize: number; minSize: number };
  meta: number;
  url: number;
  sun: number;
}

const LAYOUTS: Record<EventCardKind, EventLayout> = {
  og: { align: 'flex-start', pad: 48, header: 64, badge: 24, gap: 24, title: { height: 216, maxSize: 72, minSize: 32 }, meta: 26, url: 24, sun: 520 },
  square: { align: 'flex-start', pad: 72, header: 80, badge: 30, gap: 64, title: { height: 440, maxSize: 96, minSize: 40 }, meta: 36, url: 30, sun: 640 },
  story: { align: 'flex-end', pad: 96, header: 104, badge: 38, gap: 300, title: { height: 880, maxSize: 116, minSize: 48 }, meta: 44, url: 36, sun: 960 },
};

/** Where the title may draw on a card of this kind (tests check that nothing leaves it). */
export function eventTitleBox(kind: EventCardKind): Rect {
  const { pad, header, gap, title } = LAYOUTS[kind];
  return { x: pad, y: pad + header + gap, width: CARD_SIZES[kind].width - 2 * pad, height: title.height };
}

/** The satori element tree of an event card. */
export function eventCardElement(card: EventCard): CardElement {
  const layout = LAYOUTS[card.kind];
  const { width, height } = CARD_SIZES[card.kind];
  const inner = width - 2 * layout.pad;
  const titleBox = eventTitleBox(card.kind);
  // A cancelled event shows only that: its format no longer matters, and one pill always fits.
  const badge = card.cancelled
    ? pill(card.cancelled, layout.badge, PALETTE.cancelled, PALETTE.text)
    : card.badge
      ? pill(card.badge, layout.badge, PALETTE.sun, PALETTE.badgeText)
      : box({});
  const meta = [card.when, ...(card.place ? [card.place] : []), card.organizer];
  return withCornerSun(
    { width, height },
    layout.sun,
    box(
      { flexDirection: 'column', padding: layout.pad },
      box({ height: layout.header, justifyContent: 'space-between', alignItems: 'center', flexShrink: 0 }, mark(layout.header), badge),
      box({ height: titleBox.y - layout.pad - layout.header, flexShrink: 0 }),
      titleBlock(card.title, { width: titleBox.width, ...layout.title }, card.cancelled ? PALETTE.muted : PALETTE.text, 800, layout.align),
      box(
        { flexDirection: 'column', marginTop: layout.meta * 0.8, gap: layout.meta * 0.25, flexShrink: 0 },
        ...meta.map((text, i) => singleLine(text, inner, layout.meta, i === 0 ? PALETTE.sun : PALETTE.muted)),
      ),
      box({ flexGrow: 1 }),
      singleLine(card.url, inner, layout.url, PALETTE.text, 400),
    ),
  );
}
