/**
 * One project in a list, as an HTML string (like event-item.ts, and for the same reason: at
 * national scale ≈ 2,000 projects fill ≈ 250 list pages per language plus every filter's pages).
 * Every text and attribute goes through Astro's own escaping.
 */
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { pick, pickedLocale, type SiteLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { localizedUrl } from '../i18n/urls.ts';
import { paths } from '../site/paths.ts';
import { projectRunner, type ProjectView } from '../site/projects.ts';
import type { SiteContent } from '../site/site-content.ts';

export interface ProjectItemOptions {
  locale: SiteLocale;
  content: SiteContent;
  /** The site's base path (`import.meta.env.BASE_URL`). */
  base: string;
  headingLevel?: 2 | 3 | undefined;
}

const text = (value: string) => escapeHTML(value) as string;
const attr = (name: string, value: string | undefined) => String(addAttribute(value, name));

/** The `<li class="card">` of one project: title, summary, who runs it, stage and topics. */
export function projectItemHtml(project: ProjectView, options: ProjectItemOptions): string {
  const { locale, content, base, headingLevel = 3 } = options;
  const t = useTranslations(locale);
  const { data } = project;
  const runner = projectRunner(project, content, locale);
  const heading = `h${headingLevel}`;
  const lang = (map: typeof data.title) => {
    const picked = pickedLocale(map, locale);
    return attr('lang', picked === locale ? undefined : picked);
  };
  const topics = data.topics
    .map((topic) => `<li class="badge">${text(pick(content.movement.topics[topic], locale) || topic)}</li>`)
    .join('');
  return (
    `<li class="card"${attr('data-project', project.id)}${attr('data-stage', data.stage)}>` +
    `<${heading}><a${attr('href', localizedUrl(paths.project(project.id), locale, base))}${lang(data.title)}>${text(pick(data.title, locale))}</a></${heading}>` +
    `<p${lang(data.summary)}>${text(pick(data.summary, locale))}</p>` +
    `<ul class="badges"><li${attr('class', `badge stage-${data.stage}`)}>${text(t(`stage.${data.stage}`))}</li>${topics}</ul>` +
    `<p class="muted">${text(runner.name)}${runner.within ? text(`, ${runner.within}`) : ''}</p></li>`
  );
}

/** A list of projects as one `<ul>` (left out of the search index: each project is found on its own page), or a sentence when there are none. */
export function projectListHtml(projects: readonly ProjectView[], options: ProjectItemOptions & { id: string; empty: string }): string {
  if (projects.length === 0) return `<p class="muted"${attr('id', options.id)} data-project-list-empty>${text(options.empty)}</p>`;
  return `<ul class="cards"${attr('id', options.id)} data-project-list data-pagefind-ignore>${projects.map((p) => projectItemHtml(p, options)).join('')}</ul>`;
}
