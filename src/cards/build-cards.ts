/**
 * The build step for cards: reads the content as the build does and renders every card of the
 * site into the output folder, through the cache. Content that fails its schema has no page,
 * so it gets no card either; the validator reports it.
 */
import type { Content } from '../content/model.ts';
import { classify, type FileKind } from '../content/layout.ts';
import { listContent, readSourceFile, type ContentTree } from '../content/load.ts';
import { assembleContent, parseFile } from '../rules/schema.ts';
import { buildNow } from '../site/now.ts';
import { allCardJobs } from './card-jobs.ts';
import { renderCards, type RenderCardsOptions, type RenderCounts } from './render-cards.ts';

export interface BuildCardsOptions extends Omit<RenderCardsOptions, 'prune'> {
  contentDir: string;
  /** The site's root URL with its base path (`https://example.org/` or `https://example.org/myn-jasa/`). */
  site: string;
  /** The build's "today", as the pages get it (`BUILD_NOW`): decides which events are past. */
  now?: Date;
}

/**
 * The kinds of content file cards print from: the events and projects, the geography (region,
 * organiser and village names) and movement.yaml (the season, which decides a project's kinds).
 */
const CARD_SOURCES: ReadonlySet<FileKind | undefined> = new Set<FileKind>(['event', 'project', 'geography', 'movement']);

/**
 * The content cards are made from, read and parsed by the build's own reader and schemas, file by
 * file; the rosters and awards (most of the national dataset's bytes) are not read at all, except
 * the city/district file of a project run by a village (the village's own name may be there).
 */
export function loadCardContent(contentDir: string): Content {
  const listed = listContent(contentDir);
  const read = (entry: (typeof listed)[number]) => readSourceFile(contentDir, entry.path, undefined, entry.type);
  const files = listed.filter((entry) => CARD_SOURCES.has(classify(entry.path)?.kind)).map(read);
  const parsed = files.map(parseFile);
  const villageUnits = new Set(
    parsed.flatMap(({ file, parsed: data }) => {
      if (file.place?.kind !== 'project' || !data) return [];
      const [region, unit, rural] = String((data as { representation?: unknown }).representation ?? '').split('/');
      return rural ? [`representations/${region}/${unit}.yaml`] : [];
    }),
  );
  const unitFiles = listed.filter((entry) => villageUnits.has(entry.path)).map(read);
  const tree: ContentTree = { root: contentDir, files: [...files, ...unitFiles] };
  return assembleContent(tree, [...parsed, ...unitFiles.map(parseFile)]);
}

/** Renders every card the site links (see `cardKindsFor`); returns the counts and how many cards there are. */
export async function buildCards(options: BuildCardsOptions): Promise<RenderCounts & { cards: number }> {
  const jobs = allCardJobs(loadCardContent(options.contentDir), options.site, options.now ?? buildNow());
  const { contentDir: _, site: __, now: ___, ...renderOptions } = options;
  // A full build knows every card the site has, so it may drop the cached ones nobody uses now.
  const counts = await renderCards(jobs, { ...renderOptions, prune: true });
  return { ...counts, cards: jobs.length };
}
