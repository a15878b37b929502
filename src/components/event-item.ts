/**
 * One event in a list, as an HTML string: the list pages render 24 of them each (at national scale
 * ≈ 80,000 items per build), and an Astro component per item and per date cost more than the
 * page's own layout. EventList.astro inserts the string with `set:html`; every text and attribute
 * goes through Astro's own escaping (`escapeHTML` for text, `addAttribute` for attributes), so the
 * HTML is the same, byte for byte, as the components it replaces wrote.
 *
 * The data attributes carry what the filters need, so the small filter script
 * (EventFilters.astro) narrows the list in place without asking the server.
 */
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { astanaIso } from '../i18n/dates.ts';
import { pick, pickedLocale, type SiteLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { localizedUrl } from '../i18n/urls.ts';
import { eventDateText } from '../site/event-dates.ts';
import { organizerOf } from '../site/organizer.ts';
import { paths } from '../site/paths.ts';
import type { EventView, SiteContent } from '../site/site-content.ts';

export interface EventItemOptions {
  locale: SiteLocale;
  content: SiteContent;
  /** The site's base path (`import.meta.env.BASE_URL`). */
  base: string;
  /** In the archive: show how many took part. */
  results?: boolean | undefined;
  headingLevel?: 2 | 3 | undefined;
}

/** Text content, escaped as Astro escapes an expression. */
const text = (value: string) => escapeHTML(value) as string;
/** ` name="value"`, or nothing for undefined, as Astro writes an attribute expression. */
const attr = (name: string, value: string | undefined) => String(addAttribute(value, name));

/** The `<li class="card">` of one event. */
export function eventItemHtml(event: EventView, options: EventItemOptions): string {
  const { locale, content, base, results = false, headingLevel = 3 } = options;
  const t = useTranslations(locale);
  const { data } = event;
  const organizer = organizerOf(event, content, locale, t);
  const titleLang = pickedLocale(data.title, locale);
  const when = eventDateText(data.start, data.end, locale);
  const [from, to] = data.audience.grades;
  const heading = `h${headingLevel}`;
  let html =
    `<li class="card"${attr('data-event', event.id)}${attr('data-format', data.format)}${attr('data-region', event.region ?? 'national')}` +
    `${attr('data-topics', data.topics.join(' '))}${attr('data-grades', `${from}-${to}`)}>` +
    `<${heading}><a${attr('href', localizedUrl(paths.event(event.id), locale, base))}${attr('lang', titleLang === locale ? undefined : titleLang)}>${text(pick(data.title, locale))}</a></${heading}>` +
    `<p><time${attr('datetime', astanaIso(data.start))}>${text(when.date)}, ${text(when.time)}</time></p>` +
    `<ul class="badges"><li${attr('class', `badge ${data.format}`)}>${text(t(`format.${data.format}`))}</li>` +
    (data.status === 'cancelled' ? `<li class="badge cancelled">${text(t('status.cancelled'))}</li>` : '') +
    `<li class="badge">${text(t('event.grades', { from: String(from), to: String(to) }))}</li></ul>` +
    `<p class="muted">${text(organizer.name)}${organizer.within ? text(`, ${organizer.within}`) : ''}</p>`;
  if (results) {
    html += '<p>';
    if (data.status === 'held' && data.results) html += `<strong>${text(t('event.participants', { n: data.results.participants }))}</strong>`;
    else if (data.status === 'cancelled') html += text(t('event.cancelled'));
    else html += `<span class="muted">${text(t('event.noResults'))}</span>`;
    html += '</p>';
  }
  return `${html}</li>`;
}
