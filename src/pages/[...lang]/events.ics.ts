/** The calendar of all upcoming events, to subscribe to (rebuilt with the site daily). */
import type { APIRoute } from 'astro';
import { localeFromParam, localeParams } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { calendarEventOf } from '../../site/event-calendar.ts';
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
  const events = content.upcoming.map((event) => calendarEventOf(event, locale, address));
  return calendarResponse(icsCalendar({ name: `${t('site.name')} — ${t('events.title')}`, events, stamp: now }));
};
