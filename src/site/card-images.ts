/**
 * Whether the social cards will be in this build's output, so a page may show a card as an image.
 * The cards are rendered after the pages (scripts/build-site.ts: pages, cards, search index), and
 * only `npm run build:site` runs that step: it sets `SITE_CARDS=1` for its pages step. A bare
 * `astro build` or `astro dev` has no cards, and its pages show none rather than a broken image.
 */
export function cardsInBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env.SITE_CARDS === '1';
}
