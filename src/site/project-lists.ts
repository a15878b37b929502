/**
 * The projects list and its filters (`/projects/`, `/projects/<dimension>/<value>/`), each
 * paginated into real static pages, so every project is reachable without JavaScript. The
 * filter values and their counts are worked out once per build and language; each filter's
 * projects come from the index made with the content (projects.ts).
 */
import { localeParams, type SiteLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { projectListPageKey } from './cache-keys.ts';
import { perContent } from './content-memo.ts';
import { laterPages } from './pagination.ts';
import { PROJECT_FILTER_DIMENSIONS, type ProjectFilterDimension } from './paths.ts';
import { projectFilterOptions, PROJECTS_PER_PAGE, type ProjectView } from './projects.ts';
import type { SiteContent } from './site-content.ts';

export interface ProjectFilterOption {
  value: string;
  label: string;
  /** How many projects the value's page lists. */
  count: number;
}

const optionsMemo = perContent<ProjectFilterOption[]>();

/** Every value of one dimension with its label and count (regions by name; topics as movement.yaml orders them). */
export function projectFilterOptionsOf(content: SiteContent, dimension: ProjectFilterDimension, locale: SiteLocale): ProjectFilterOption[] {
  return optionsMemo(content, `${dimension}/${locale}`, () => {
    const t = useTranslations(locale);
    return projectFilterOptions(content.regions, content.movement.topics, dimension, locale, (stage) => t(`stage.${stage}`)).map((option) => ({
      ...option,
      count: filteredProjects(content, dimension, option.value).length,
    }));
  });
}

/** The projects that pass one filter value, most recent first. */
export function filteredProjects(content: SiteContent, dimension: ProjectFilterDimension, value: string): ProjectView[] {
  return content.projects.filtered.get(`${dimension}=${value}`) ?? [];
}

/** Every value's count, in one array: each list page shows them all in its filter bar. */
export function projectFilterCounts(content: SiteContent): number[] {
  return PROJECT_FILTER_DIMENSIONS.flatMap((dimension) => projectFilterOptionsOf(content, dimension, 'kk').map((o) => o.count));
}

type Params = { lang: string | undefined };

/** `getStaticPaths` of `/projects/` and its later pages. */
export function projectListParams(content: SiteContent, later: boolean): { params: Params & { n?: string }; cacheKey: string }[] {
  const all = content.projects.all;
  const pages = later ? laterPages(all.length, PROJECTS_PER_PAGE) : [1];
  return localeParams().flatMap(({ params }) =>
    pages.map((n) => ({ params: later ? { ...params, n: String(n) } : params, cacheKey: projectListPageKey(content, all, n) })),
  );
}

/** `getStaticPaths` of one dimension's first filter pages, in both languages. */
export function projectFilterParams(content: SiteContent, dimension: ProjectFilterDimension): { params: Params & { value: string }; cacheKey: string }[] {
  return localeParams().flatMap(({ params }) =>
    projectFilterOptionsOf(content, dimension, 'kk').map(({ value }) => ({
      params: { ...params, value },
      cacheKey: projectListPageKey(content, filteredProjects(content, dimension, value), 1),
    })),
  );
}

/** `getStaticPaths` of every filter's later pages (2, 3, …), in both languages. */
export function projectFilterLaterParams(content: SiteContent): { params: Params & { dimension: string; value: string; n: string }; cacheKey: string }[] {
  return localeParams().flatMap(({ params }) =>
    PROJECT_FILTER_DIMENSIONS.flatMap((dimension) =>
      projectFilterOptionsOf(content, dimension, 'kk').flatMap(({ value }) => {
        const projects = filteredProjects(content, dimension, value);
        return laterPages(projects.length, PROJECTS_PER_PAGE).map((n) => ({
          params: { ...params, dimension, value, n: String(n) },
          cacheKey: projectListPageKey(content, projects, n),
        }));
      }),
    ),
  );
}
