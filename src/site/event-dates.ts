/**
 * An event's date and time as the pages write it (formatEventDate), worked out once per event
 * and language per build: one event appears on its own page, in its feeds and in several lists
 * (upcoming, each filter it matches, its region's and unit's pages), and formatting a date in
 * words costs milliseconds (it builds Intl formatters), which at 5,000 events adds up to minutes.
 */
import { formatEventDate } from '../i18n/dates.ts';
import type { SiteLocale } from '../i18n/locales.ts';
import { buildNow } from './now.ts';

const cache = new Map<string, { date: string; time: string }>();

/** formatEventDate at the build's "now", remembered for the rest of the build. */
export function eventDateText(start: Date, end: Date, locale: SiteLocale): { date: string; time: string } {
  const key = `${start.getTime()}/${end.getTime()}/${locale}`;
  let text = cache.get(key);
  if (!text) cache.set(key, (text = formatEventDate(start, end, locale, buildNow())));
  return text;
}
