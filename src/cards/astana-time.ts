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

function dayKey(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ASTANA_TIME_ZONE, dateStyle: 'short' }).format(date);
}

/**
 * The date and time of an event in Astana time. Node's ICU gives Kazakh month names in the form
 * used after a day number (`12 маусым`), and Russian ones in the genitive (`12 июня`).
 */
export function formatEventWhen(start: Date, end: Date, locale: SiteLocale): EventWhen {
  const days = new Intl.DateTimeFormat(locale, { timeZone: ASTANA_TIME_ZONE, day: 'numeric', month: 'long' });
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: ASTANA_TIME_ZONE, weekday: 'long' });
  const clock = new Intl.DateTimeFormat(locale, { timeZone: ASTANA_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  if (dayKey(start) === dayKey(end)) {
    return { date: `${days.format(start)}, ${weekday.format(start)}`, time: clock.formatRange(start, end) };
  }
  return { date: days.formatRange(start, end), time: clock.format(start) };
}
