/**
 * The event cards: `og` (link preview), `square` (post) and `story`, one layout scaled to each.
 * From top to bottom: the mark and the badges, the title in a fixed box, when and where, who
 * organises, and the event page's short address.
 */
import { CARD_SIZES, type EventCard, type EventCardKind } from '../card.ts';
import { box, type CardElement } from './element.ts';
import { cardHeader, cornerSunBox, mark, markWidth, withCornerSun } from './mark.ts';
import { PALETTE } from './palette.ts';
import { pill, singleLine, textLines, titleBlock, type Rect } from './text.ts';

interface EventLayout {
  pad: number;
  /** Extra room above and below: stories are covered there by the apps' own bars. */
  safe: number;
  /** Where a short title sits in its box: at the top, or at the bottom (next to the date). */
  align: 'flex-start' | 'flex-end';
  header: number;
  badge: number;
  gap: number;
  title: { height: number; maxSize: number; minSize: number };
  meta: number;
  /** Lines the place may take (a long address wraps where there is room). */
  placeLines: number;
  url: number;
  sun: number;
}

const LAYOUTS: Record<EventCardKind, EventLayout> = {
  og: { align: 'flex-start', pad: 48, safe: 0, header: 64, badge: 24, gap: 24, title: { height: 216, maxSize: 72, minSize: 32 }, meta: 26, placeLines: 1, url: 24, sun: 520 },
  square: { align: 'flex-start', pad: 72, safe: 0, header: 80, badge: 30, gap: 64, title: { height: 440, maxSize: 96, minSize: 40 }, meta: 36, placeLines: 2, url: 30, sun: 640 },
  story: { align: 'flex-end', pad: 96, safe: 130, header: 104, badge: 38, gap: 200, title: { height: 700, maxSize: 116, minSize: 48 }, meta: 44, placeLines: 2, url: 36, sun: 960 },
};

/** Where the title may draw on a card of this kind (tests check that nothing leaves it). */
export function eventTitleBox(kind: EventCardKind): Rect {
  const { pad, safe, header, gap, title } = LAYOUTS[kind];
  return { x: pad, y: pad + safe + header + gap, width: CARD_SIZES[kind].width - 2 * pad, height: title.height };
}

/** Where the big faint sun of an event card of this kind lies (its square, cut by the card's edges). */
export function eventCornerSun(kind: EventCardKind): { x: number; y: number; size: number } {
  return cornerSunBox(CARD_SIZES[kind].width, LAYOUTS[kind].sun);
}

/** Room outside the padding that the foreground's ink may still reach (side bearings, antialiasing). */
const INK_MARGIN = 8;

/**
 * Where an event card's foreground draws: inside the padding (and the story's safe areas), plus
 * a small margin. Only this part is rasterised; the rest of the card is the background's.
 */
export function eventForegroundBox(kind: EventCardKind): Rect {
  const { pad, safe } = LAYOUTS[kind];
  const { width, height } = CARD_SIZES[kind];
  const [x, y] = [pad - INK_MARGIN, pad + safe - INK_MARGIN];
  return { x, y, width: width - 2 * x, height: height - 2 * y };
}

/**
 * The frame every card of a kind shares, event or project: padding, the safe areas, the header's
 * height (the mark's size) and the corner sun. Cards that share it share their background layer.
 */
export function cardFrame(kind: EventCardKind): Pick<EventLayout, 'pad' | 'safe' | 'header' | 'sun'> {
  const { pad, safe, header, sun } = LAYOUTS[kind];
  return { pad, safe, header, sun };
}

/** The background layer of every event and project card of a kind: the navy ground, the corner sun and the mark. */
export function kindBackground(kind: EventCardKind): CardElement {
  const { pad, safe, header, sun } = LAYOUTS[kind];
  const { width, height } = CARD_SIZES[kind];
  const padding = { flexDirection: 'column', padding: pad, paddingTop: pad + safe, paddingBottom: pad + safe } as const;
  return withCornerSun({ width, height }, sun, box(padding, box({ height: header, justifyContent: 'space-between', alignItems: 'center', flexShrink: 0 }, mark(header))));
}

/**
 * What is drawn of an event card: `background` is the part that is the same on every card of a
 * kind (the background, the corner sun and the mark), `foreground` the rest (badge and texts,
 * on a transparent canvas, the mark's place kept empty), `all` both at once.
 */
export type EventCardPart = 'all' | 'background' | 'foreground';

/** The satori element tree of an event card, or of one of its layers. */
export function eventCardElement(card: EventCard, part: EventCardPart = 'all'): CardElement {
  const layout = LAYOUTS[card.kind];
  const { width, height } = CARD_SIZES[card.kind];
  const inner = width - 2 * layout.pad;
  const titleBox = eventTitleBox(card.kind);
  const padding = { flexDirection: 'column', padding: layout.pad, paddingTop: layout.pad + layout.safe, paddingBottom: layout.pad + layout.safe } as const;
  if (part === 'background') return kindBackground(card.kind);
  // A cancelled event shows only that: its format no longer matters. The pill takes the room
  // the mark leaves, shrinking its text if it must.
  const room = inner - markWidth(layout.header) - layout.badge;
  const badge = card.cancelled
    ? pill(card.cancelled, layout.badge, PALETTE.cancelled, PALETTE.text, room)
    : card.badge
      ? pill(card.badge, layout.badge, PALETTE.sun, PALETTE.badgeText, room)
      : box({});
  return withCornerSun(
    { width, height },
    layout.sun,
    box(
      padding,
      cardHeader(layout.header, part === 'all', badge),
      box({ height: layout.gap, flexShrink: 0 }),
      titleBlock(card.title, { width: titleBox.width, ...layout.title }, card.cancelled ? PALETTE.muted : PALETTE.text, 800, layout.align),
      box(
        { flexDirection: 'column', marginTop: layout.meta * 0.8, gap: layout.meta * 0.25, flexShrink: 0 },
        // Date, time and "Astana time" wrap rather than lose the time zone to an ellipsis.
        textLines(card.when, inner, layout.meta, PALETTE.sun, 2),
        ...(card.place ? [textLines(card.place, inner, layout.meta, PALETTE.muted, layout.placeLines)] : []),
        singleLine(card.organizer, inner, layout.meta, PALETTE.muted),
      ),
      box({ flexGrow: 1 }),
      singleLine(card.url, inner, layout.url, PALETTE.text, 400),
    ),
    part === 'all',
  );
}
