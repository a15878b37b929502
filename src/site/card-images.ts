import type { SiteLocale } from '../i18n/locales.ts';
import { projectPageCards, type ProjectCardFacts } from '../cards/paths.ts';
import type { EventCardKind } from '../cards/card.ts';
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

/**
 * The social card images of a project's page in `locale`, by kind (site paths), or none when this
 * build renders no cards. Which cards a project has is `projectPageCards`'s answer, the function the
 * card build reads too, so a page never links a card that was not built. A page without one keeps
 * the site card for link previews.
 */
export function projectCardImages(
  project: { id: string; data: ProjectCardFacts },
  season: number | undefined,
  locale: SiteLocale,
  env: Record<string, string | undefined> = process.env,
): Partial<Record<EventCardKind, string>> | undefined {
  if (!cardsInBuild(env)) return undefined;
  const cards = projectPageCards(project.data, season, locale);
  return Object.fromEntries(cards.map((card) => [card.kind, cardPaths.project(project.id, card.kind, card.locale)]));
}
