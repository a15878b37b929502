/**
 * The project cards (issue 14): `og`, `square` and `story` in the event cards' style and frame
 * (the same padding, mark and corner sun, so both share one background layer per kind). From top
 * to bottom: the mark and the stage, "children's project · seasons", the title in a fixed box, one
 * result large (its number in the sun's colour, what it counts beside it), the other results, who
 * runs it, and the project page's short address.
 */
import { CARD_SIZES, type EventCardKind, type ProjectCard } from '../card.ts';
import { FONT_FAMILY } from '../fonts.ts';
import { textWidth } from '../text-fit.ts';
import { box, line, type CardElement } from './element.ts';
import { cardFrame, eventForegroundBox } from './event.ts';
import { cardHeader, markWidth, withCornerSun } from './mark.ts';
import { PALETTE } from './palette.ts';
import { pill, singleLine, titleBlock, type Rect } from './text.ts';

interface ProjectLayout {
  /** Where a short title sits in its box (a story's next to the figure, above the apps' bars). */
  align: 'flex-start' | 'flex-end';
  badge: number;
  gap: number;
  kicker: number;
  title: { height: number; maxSize: number; minSize: number };
  /** The result's number. */
  figure: number;
  /** What it counts, and the lines below. */
  meta: number;
  url: number;
}

// Heights add up within each card (og: 613 of 630 px at the largest sizes), so nothing is squeezed.
const LAYOUTS: Record<EventCardKind, ProjectLayout> = {
  og: { align: 'flex-start', badge: 24, gap: 20, kicker: 24, title: { height: 190, maxSize: 68, minSize: 32 }, figure: 60, meta: 26, url: 24 },
  square: { align: 'flex-start', badge: 30, gap: 48, kicker: 32, title: { height: 380, maxSize: 96, minSize: 40 }, figure: 96, meta: 36, url: 30 },
  story: { align: 'flex-end', badge: 38, gap: 160, kicker: 40, title: { height: 640, maxSize: 116, minSize: 48 }, figure: 128, meta: 44, url: 36 },
};

const STAGE_TONES: Record<ProjectCard['stageTone'], string> = { idea: PALETTE.text, running: PALETTE.muted, done: PALETTE.sun };

/** Where the title may draw on a project card of this kind (tests check that nothing leaves it). */
export function projectTitleBox(kind: EventCardKind): Rect {
  const { pad, safe, header } = cardFrame(kind);
  const { gap, kicker, title } = LAYOUTS[kind];
  return { x: pad, y: pad + safe + header + gap + Math.ceil(kicker * 1.3) + KICKER_GAP, width: CARD_SIZES[kind].width - 2 * pad, height: title.height };
}
const KICKER_GAP = 8;

/** Where a project card's foreground draws: the same part as an event card's. */
export const projectForegroundBox = eventForegroundBox;

/**
 * The satori element tree of a project card: `foreground` leaves the mark's place empty and the
 * canvas transparent (the background layer is `kindBackground`), `all` draws the whole card.
 */
export function projectCardElement(card: ProjectCard, part: 'all' | 'foreground' = 'all'): CardElement {
  const layout = LAYOUTS[card.kind];
  const frame = cardFrame(card.kind);
  const { width, height } = CARD_SIZES[card.kind];
  const inner = width - 2 * frame.pad;
  const padding = { flexDirection: 'column', padding: frame.pad, paddingTop: frame.pad + frame.safe, paddingBottom: frame.pad + frame.safe } as const;
  const room = inner - markWidth(frame.header) - layout.badge;
  const stage = pill(card.stage, layout.badge, STAGE_TONES[card.stageTone], PALETTE.badgeText, room);
  // The number as wide as its glyphs, what it counts in the rest of the line.
  const numberWidth = Math.ceil(textWidth(card.figure.value, 800, layout.figure)) + 2;
  const figureGap = Math.round(layout.figure * 0.25);
  const figureHeight = Math.ceil(layout.figure * 1.15);
  const titleBox = projectTitleBox(card.kind);
  return withCornerSun(
    { width, height },
    frame.sun,
    box(
      padding,
      cardHeader(frame.header, part === 'all', stage),
      box({ height: layout.gap, flexShrink: 0 }),
      singleLine(card.kicker, inner, layout.kicker, PALETTE.sun),
      box({ height: KICKER_GAP, flexShrink: 0 }),
      titleBlock(card.title, { width: titleBox.width, ...layout.title }, PALETTE.text, 800, layout.align),
      box(
        { alignItems: 'center', gap: figureGap, height: figureHeight, marginTop: layout.meta * 0.6, flexShrink: 0 },
        line(card.figure.value, { fontFamily: FONT_FAMILY, fontWeight: 800, fontSize: layout.figure, lineHeight: `${figureHeight}px`, color: PALETTE.sun, flexShrink: 0 }),
        singleLine(card.figure.label, inner - numberWidth - figureGap, layout.meta, PALETTE.text),
      ),
      box(
        { flexDirection: 'column', marginTop: layout.meta * 0.3, flexShrink: 0 },
        ...(card.figures ? [singleLine(card.figures, inner, layout.meta, PALETTE.muted)] : []),
        singleLine(card.runBy, inner, layout.meta, PALETTE.muted),
      ),
      box({ flexGrow: 1 }),
      singleLine(card.url, inner, layout.url, PALETTE.text, 400),
    ),
    part === 'all',
  );
}
