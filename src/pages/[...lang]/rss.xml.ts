/**
 * The events feed: the soonest upcoming events, then the latest held ones. Bounded, so a feed
 * reader polling it daily does not download the whole season (the calendar, events.ics, has all).
 * An item's pubDate is the event's start: the content has no announcement date, and the start is
 * stable from build to build, so a reader never sees an item change its date. The channel's
 * lastBuildDate is the build's "today" (BUILD_NOW).
 */
import type { APIRoute } from 'astro';
import { pick, localeFromParam, localeParams, LOCALE_TAGS } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { absoluteUrl, localizedUrl } from '../../i18n/urls.ts';
import { eventDateText } from '../../site/event-dates.ts';
import { buildNow } from '../../site/now.ts';
import { paths } from '../../site/paths.ts';
import { rssResponse } from '../../site/responses.ts';
import { rssFeed } from '../../site/rss.ts';
import { siteContent } from '../../site/site-content.ts';

const RECENT_PAST = 20;
const SOONEST = 100;

export const getStaticPaths = () => localeParams().map(({ params }) => ({ params }));

export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeFromParam(params.lang);
  const t = useTranslations(locale);
  const content = await siteContent();
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(localizedUrl(path, locale, base), site!);
  const events = [...content.upcoming.slice(0, SOONEST), ...content.archive.slice(0, RECENT_PAST)];
  const items = events.map((event) => {
    const when = eventDateText(event.data.start, event.data.end, locale);
    return {
      title: pick(event.data.title, locale),
      link: url(paths.event(event.id)),
      description: `${when.date}, ${when.time} (${t('event.astanaTime')}) · ${t(`format.${event.data.format}`)}. ${pick(event.data.summary, locale)}`,
      categories: event.data.topics.map((topic) => pick(content.movement.topics[topic], locale) || topic),
      published: event.data.start,
    };
  });
  return rssResponse(
    rssFeed({
      title: `${t('site.name')} — ${t('nav.events')}`,
      description: t('site.description'),
      link: url(paths.home()),
      self: url(paths.rss()),
      language: LOCALE_TAGS[locale],
      built: buildNow(),
      items,
    }),
  );
};
