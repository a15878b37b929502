/**
 * Dates as the site writes them, always in Astana time (UTC+5) whatever the build machine's
 * zone. Event date-times reuse the cards' wording (src/cards/astana-time.ts), so a card and its
 * page say the same thing.
 */
import { ASTANA_TIME_ZONE, formatAstana, formatAstanaRange, formatEventWhen } from '../cards/astana-time.ts';
import { kazakhstanDate, KZ_OFFSET } from '../season/calendar.ts';
import type { SiteLocale } from './locales.ts';

export { formatEventWhen };

const LONG_DATE: Record<SiteLocale, Intl.DateTimeFormat> = {
  kk: new Intl.DateTimeFormat('kk', { timeZone: ASTANA_TIME_ZONE, dateStyle: 'long' }),
  ru: new Intl.DateTimeFormat('ru', { timeZone: ASTANA_TIME_ZONE, dateStyle: 'long' }),
};

/** A calendar date (`YYYY-MM-DD` or an instant) in words: `2026 ж. 20 мамыр` / `20 мая 2026 г.`. */
export function formatDate(date: string | Date, locale: SiteLocale): string {
  const instant = typeof date === 'string' ? new Date(`${date}T12:00:00+05:00`) : date;
  return LONG_DATE[locale].format(instant);
}

const ASTANA_OFFSET_MS = 5 * 60 * 60 * 1000;

/**
 * An instant as ISO 8601 in Astana time (`2026-06-12T15:00:00+05:00`), for `<time datetime>` and
 * JSON-LD. Kazakhstan has one fixed zone, UTC+5, since 2024-03-01, so plain arithmetic is exact
 * and needs no time-zone data.
 */
export function astanaIso(instant: Date): string {
  return `${new Date(instant.getTime() + ASTANA_OFFSET_MS).toISOString().slice(0, 19)}${KZ_OFFSET}`;
}

const LONG_DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const WEEKDAY = { weekday: 'long' } as const;

/**
 * An event's date and time for the pages: the cards' wording, plus the year when the event is
 * not in the build's current year (the archive, next summer's camp), in the same order (day and
 * month, then the weekday), so one list never mixes two ways of writing a date.
 */
export function formatEventDate(start: Date, end: Date, locale: SiteLocale, now: Date): { date: string; time: string } {
  const when = formatEventWhen(start, end, locale);
  const year = (d: Date) => kazakhstanDate(d).slice(0, 4);
  if (year(start) === year(now)) return when;
  const date =
    kazakhstanDate(start) === kazakhstanDate(end)
      ? `${formatAstana(start, locale, LONG_DAY)}, ${formatAstana(start, locale, WEEKDAY)}`
      : formatAstanaRange(start, end, locale, LONG_DAY);
  return { date, time: when.time };
}
