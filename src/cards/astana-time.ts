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

/** The formatters of one locale, built once per process: building an Intl formatter costs far more than using one. */
interface Formatters {
  days: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  clock: Intl.DateTimeFormat;
}
const formatters = new Map<SiteLocale, Formatters>();
function formattersOf(locale: SiteLocale): Formatters {
  let found = formatters.get(locale);
  if (!found) {
    found = {
      days: new Intl.DateTimeFormat(locale, { timeZone: ASTANA_TIME_ZONE, day: 'numeric', month: 'long' }),
      weekday: new Intl.DateTimeFormat(locale, { timeZone: ASTANA_TIME_ZONE, weekday: 'long' }),
      clock: new Intl.DateTimeFormat(locale, { timeZone: ASTANA_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    };
    formatters.set(locale, found);
  }
  return found;
}

const DAY_KEY = new Intl.DateTimeFormat('en-CA', { timeZone: ASTANA_TIME_ZONE, dateStyle: 'short' });
function dayKey(date: Date): string {
  return DAY_KEY.format(date);
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
  const { days, weekday, clock } = formattersOf(locale);
  if (dayKey(start) === dayKey(end)) {
    return { date: `${days.format(start)}, ${weekday.format(start)}`, time: clock.formatRange(start, end) };
  }
  return { date: days.formatRange(start, end), time: clock.format(start) };
}
