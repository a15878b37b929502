/**
 * What a card shows, already in its language: the templates only lay it out. Everything a card
 * depends on is in these plain objects, so hashing one (with the template and the fonts) tells
 * whether its image must be rendered again.
 */
import type { SiteLocale } from '../content/schema.ts';

export const EVENT_CARD_KINDS = ['og', 'square', 'story'] as const;
export type EventCardKind = (typeof EVENT_CARD_KINDS)[number];

export const CARD_SIZES = {
  og: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
  region: { width: 1200, height: 630 },
  site: { width: 1200, height: 630 },
} as const;

export interface EventCard {
  template: 'event';
  kind: EventCardKind;
  locale: SiteLocale;
  title: string;
  /** `12 маусым, жұма · 15:00–16:30 · Астана уақытымен`. */
  when: string;
  /** The place of an offline or hybrid event. */
  place?: string;
  organizer: string;
  /** `ОНЛАЙН` for online and hybrid events. */
  badge?: string;
  /** `ӨТПЕЙДІ` / `ОТМЕНЕНО` for a cancelled event. */
  cancelled?: string;
  /** The event page's address without `https://`. */
  url: string;
}

/**
 * A children's social project (issue 14), in the event cards' three kinds and style: what stage
 * it is at, its title, one result figure large, the other figures, who runs it, its page's address.
 */
export interface ProjectCard {
  template: 'project';
  kind: EventCardKind;
  locale: SiteLocale;
  /** `ЖОБА` / `ПРОЕКТ`, above the title with the seasons: `Балалар жобасы · 2026–2027`. */
  kicker: string;
  /** `ИДЕЯ`, `ЖҮРІП ЖАТЫР`, `АЯҚТАЛДЫ` (the pill beside the mark). */
  stage: string;
  /** The stage's pill colour: a finished project's is the sun, a running one's the sky, an idea's white. */
  stageTone: 'idea' | 'running' | 'done';
  title: string;
  /** The headline result: its number, printed large, and what it counts (`адамға көмектесті`). */
  figure: { value: string; label: string };
  /** The other results, one line (`12 бала қатысты · 3 іс-шара өтті`), or empty. */
  figures: string;
  /** Who runs it: `Сайрам ауданы, Түркістан облысы`. */
  runBy: string;
  /** The project page's address without `https://`. */
  url: string;
}

export interface RegionCard {
  template: 'region';
  locale: SiteLocale;
  name: string;
  subtitle: string;
  facts: string[];
  url: string;
}

export interface SiteCard {
  template: 'site';
  locale: SiteLocale;
  tagline: string;
  facts: string[];
  url: string;
}

export type Card = EventCard | ProjectCard | RegionCard | SiteCard;

/** The pixel size of a card. */
export function cardSize(card: Card): { width: number; height: number } {
  return CARD_SIZES[card.template === 'event' || card.template === 'project' ? card.kind : card.template];
}
