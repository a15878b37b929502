import type { SiteLocale } from '../i18n/locales.ts';
import { cardPaths } from './paths.ts';

/**
 * Whether the social cards will be in this build's output, so a page may show a card as an image.
 * The cards are rendered after the pages (scripts/build-site.ts: pages, cards, search index), and
 * only `npm run build:site` runs that step: it sets `SITE_CARDS=1` for its pages step. A bare
 * `astro build` or `astro dev` has no cards, and its pages show none rather than a broken image.
 */
export function cardsInBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env.SITE_CARDS === '1';
}

/** Flipped when project cards are rendered (branch projcards): until then a project page shows none. */
export const PROJECT_CARDS_RENDERED = false;

/**
 * The social card images of a project's page, by kind (site paths, `cardPaths.project`), or none:
 * only when project cards are rendered and this build renders cards. A page without one keeps the
 * site card for link previews.
 */
export function projectCardImages(
  id: string,
  locale: SiteLocale,
  env: Record<string, string | undefined> = process.env,
): { og: string; square: string; story: string } | undefined {
  if (!PROJECT_CARDS_RENDERED || !cardsInBuild(env)) return undefined;
  return { og: cardPaths.project(id, 'og', locale), square: cardPaths.project(id, 'square', locale), story: cardPaths.project(id, 'story', locale) };
}
