/**
 * Events as calendar entries, in one language: what the per-event .ics, the per-region and
 * the whole-site calendar feeds contain.
 */
import { pick, type SiteLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { absoluteUrl, localizedUrl } from '../i18n/urls.ts';
import type { SiteEvent } from './events.ts';
import type { CalendarEvent } from './ics.ts';
import { paths } from './paths.ts';
import { platformName } from './platforms.ts';

export interface SiteAddress {
  site: URL | string;
  base: string;
}

/** One event as a calendar entry; the UID is the same in both languages, so calendars never duplicate it. */
export function calendarEventOf(event: SiteEvent, locale: SiteLocale, address: SiteAddress): CalendarEvent {
  const t = useTranslations(locale);
  const { data } = event;
  const url = absoluteUrl(localizedUrl(paths.event(event.id), locale, address.base), address.site);
  const place = data.place ? pick(data.place, locale) : undefined;
  const join = data.online?.url;
  const description = [
    pick(data.summary, locale),
    join && `${t('event.joinLink', { platform: platformName(data.online!.platform) })}: ${join}`,
    data.registration && `${t('event.registration')}: ${data.registration.url}`,
    url,
  ].filter(Boolean);
  return {
    uid: `${event.id.replace('/', '-')}@${new URL(address.site).hostname}`,
    start: data.start,
    end: data.end,
    summary: pick(data.title, locale),
    description: description.join('\n\n'),
    url,
    location: [place, join].filter(Boolean).join(' · ') || undefined,
    cancelled: data.status === 'cancelled',
    language: locale,
  };
}
