/**
 * A region's calendar: its own upcoming events and the national ones, which its children can join
 * too, and those of them that ended in the last 30 days.
 */
import type { APIRoute } from 'astro';
import { pick, localeFromParam, localeParams } from '../../../../i18n/locales.ts';
import { useTranslations } from '../../../../i18n/translate.ts';
import { calendarEventOf, recentlyEnded } from '../../../../site/event-calendar.ts';
import { matchesFilter } from '../../../../site/events.ts';
import { filteredEvents } from '../../../../site/filters.ts';
import { icsCalendar } from '../../../../site/ics.ts';
import { buildNow } from '../../../../site/now.ts';
import { calendarResponse } from '../../../../site/responses.ts';
import { siteContent, type RegionView } from '../../../../site/site-content.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return localeParams().flatMap(({ params }) => content.regions.map((region) => ({ params: { ...params, region: region.id }, props: { region } })));
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { region } = props as { region: RegionView };
  const locale = localeFromParam(params.lang);
  const t = useTranslations(locale);
  const content = await siteContent();
  const now = buildNow();
  const address = { site: site!, base: import.meta.env.BASE_URL };
  const recent = recentlyEnded(content.archive, now).filter((event) => matchesFilter(event, 'region', region.id));
  const events = [...filteredEvents(content, 'region', region.id), ...recent].map((event) => calendarEventOf(event, content, locale, address));
  return calendarResponse(icsCalendar({ name: `${t('site.name')} — ${pick(region.geo.name, locale)}`, events, stamp: now }));
};
