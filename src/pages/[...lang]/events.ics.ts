/**
 * The calendar of all upcoming events and those that ended in the last 30 days (so they stay in
 * subscribers' calendars), to subscribe to (rebuilt with the site daily).
 */
import type { APIRoute } from 'astro';
import { localeFromParam, localeParams } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { calendarEventOf, recentlyEnded } from '../../site/event-calendar.ts';
import { icsCalendar } from '../../site/ics.ts';
import { buildNow } from '../../site/now.ts';
import { calendarResponse } from '../../site/responses.ts';
import { siteContent } from '../../site/site-content.ts';

export const getStaticPaths = () => localeParams().map(({ params }) => ({ params }));

export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeFromParam(params.lang);
  const t = useTranslations(locale);
  const content = await siteContent();
  const now = buildNow();
  const address = { site: site!, base: import.meta.env.BASE_URL };
  const events = [...content.upcoming, ...recentlyEnded(content.archive, now)].map((event) => calendarEventOf(event, content, locale, address));
  return calendarResponse(icsCalendar({ name: `${t('site.name')} — ${t('events.title')}`, events, stamp: now }));
};
