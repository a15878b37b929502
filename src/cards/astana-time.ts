/**
 * Event dates and times as people in Kazakhstan read them: in Astana time (one zone, UTC+5 since
 * 2024-03-01), whatever the zone of the machine that builds the site.
 */
import type { SiteLocale } from '../content/schema.ts';

/** Asia/Almaty has been UTC+5 since 2024-03-01 (tzdata 2024a), like the whole country. */
export const ASTANA_TIME_ZONE = 'Asia/Almaty';

export interface EventWhen {
  /** `12 маусым, жұма` / `12 июня, пятница`; a range of days for a multi-day event. */
  date: string;
  /** `15:00–16:30`; the start time alone for a multi-day event. */
  time: string;
}

/**
 * Intl formatters cost milliseconds each to build and nothing to reuse: built once per locale and
 * options for the whole process (at 5,000 events a build formats tens of thousands of dates).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: ASTANA_TIME_ZONE, ...options })));
  return format;
}

const DAY_KEY = { dateStyle: 'short' } as const;
const DAYS = { day: 'numeric', month: 'long' } as const;
const WEEKDAY = { weekday: 'long' } as const;
const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

function dayKey(date: Date): string {
  return formatter('en-CA', DAY_KEY).format(date);
}

/**
 * The date and time of an event in Astana time. Node's ICU gives Kazakh month names in the form
 * used after a day number (`12 маусым`), and Russian ones in the genitive (`12 июня`).
 */
export function formatEventWhen(start: Date, end: Date, locale: SiteLocale): EventWhen {
  // Remembered per start, end and language: every card kind and page of an event asks again, and
  // many events share their times (ICU's formatRange costs a fraction of a millisecond a call).
  const key = `${locale} ${start.getTime()} ${end.getTime()}`;
  let when = remembered.get(key);
  if (!when) {
    when = formatWhen(start, end, locale);
    remembered.set(key, when);
  }
  return { ...when };
}
const remembered = new Map<string, EventWhen>();

function formatWhen(start: Date, end: Date, locale: SiteLocale): EventWhen {
  const days = formatter(locale, DAYS);
  const clock = formatter(locale, CLOCK);
  if (dayKey(start) === dayKey(end)) {
    return { date: `${days.format(start)}, ${formatter(locale, WEEKDAY).format(start)}`, time: clock.formatRange(start, end) };
  }
  return { date: days.formatRange(start, end), time: clock.format(start) };
}

/** A date with the given Intl options in Astana time, with a formatter reused across calls. */
export function formatAstana(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  return formatter(locale, options).format(date);
}

/** A range of dates with the given Intl options in Astana time (formatter reused). */
export function formatAstanaRange(start: Date, end: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  return formatter(locale, options).formatRange(start, end);
}
