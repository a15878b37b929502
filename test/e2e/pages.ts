/**
 * The pages the quality bars are measured on (issue: home, a region, a district, the events
 * list, an event page and the search page, in both languages; the map, /stats/ and the projects list and a project's page too), and how to wait until each is
 * complete (the search page draws its search box and results with JavaScript).
 */
import type { Page } from 'playwright-core';
import { demoPath, localized, LOCALES, SEARCH_WORDS, type Locale } from './content.ts';

export interface AuditedPage {
  name: string;
  locale: Locale;
  path: string;
  /** Resolves when the page shows everything a visitor would see. */
  ready: (page: Page) => Promise<void>;
}

const loaded = async () => {};

/** The search page with a query, so the audit covers the results as well as the box. */
const searched = async (page: Page) => {
  await page.locator('#search .search-result-link').first().waitFor({ timeout: 15_000 });
};

export function auditedPages(): AuditedPage[] {
  const path = demoPath();
  return LOCALES.flatMap((locale) => [
    { name: 'home', locale, path: localized(path.home, locale), ready: loaded },
    { name: 'region', locale, path: localized(path.regionPage, locale), ready: loaded },
    { name: 'district', locale, path: localized(path.unitPage, locale), ready: loaded },
    { name: 'events list', locale, path: localized(path.events, locale), ready: loaded },
    { name: 'event', locale, path: localized(path.eventPage, locale), ready: loaded },
    { name: 'search', locale, path: `${localized(path.search, locale)}?q=${encodeURIComponent(SEARCH_WORDS[locale])}`, ready: searched },
    { name: 'regions and the map', locale, path: localized('/regions/', locale), ready: loaded },
    { name: 'stats', locale, path: localized('/stats/', locale), ready: loaded },
    { name: 'projects list', locale, path: localized('/projects/', locale), ready: loaded },
    { name: 'project', locale, path: localized('/projects/turkistan/sayram-clean-river/', locale), ready: loaded },
  ]);
}
