/**
 * The one table of content kinds (CONTENT-MODEL.md): where each kind of file lives, the schema it
 * is parsed by, how its entries are named, what people call it and who edits it. The validator's
 * reader (layout.ts, load.ts), the schema rule family (src/rules/schema.ts), the Astro
 * collections (src/content.config.ts), the docs generator (src/docs/) and the editor's config
 * (src/cms/) all read this table, so a new kind of file is one row here (plus whatever the site
 * shows of it).
 *
 * A file that belongs to another kind's entry rather than being an entry of its own (an event's
 * Russian body beside `events/<year>/<slug>.mdx`) is a row of its own kind marked `partOf`: it
 * has its own path, schema and collection, so nothing that reads events can take it for one,
 * while the editor shows it as that entry's other language and the docs describe it in words.
 */
import type { z } from 'zod';
import {
  awardSchema,
  awardsFileSchema,
  eventSchema,
  eventTranslationEntrySchema,
  eventTranslationSchema,
  geoRegionSchema,
  movementSchema,
  regionRepresentationSchema,
  unitRepresentationSchema,
  type Words,
} from './schema.ts';

/** Where a file is in the tree: what its path says about it. */
export interface Classified {
  kind: FileKind;
  /** The region id (geography, region, unit), the unit id (unit), the year (event, awards), the slug (event). */
  region?: string;
  unit?: string;
  year?: number;
  slug?: string;
  /** An event translation's language: `<slug>.ru.mdx` holds the Russian body of `<slug>.mdx`. */
  locale?: 'ru';
}

/** One kind of content file. */
export interface ContentKind<File extends z.ZodType = z.ZodType, Entry extends z.ZodType = z.ZodType> {
  /** The path under `content/` with `<placeholders>` (PATH_PARTS), as the docs and messages show it. */
  path: string;
  /** The same path as a pattern over a path relative to the content root, and what its groups mean. */
  pattern: RegExp;
  place: (match: RegExpMatchArray) => Omit<Classified, 'kind'>;
  /** The schema of the whole file (its YAML, or an event's frontmatter). */
  schema: File;
  /** The schema of one entry of the site's collection (the whole file, or one item of a list file). */
  entrySchema: Entry;
  /** The Astro collection its entries go to. */
  collection: string;
  /** The id of a whole-file entry in its collection (list files name each item by its own id). */
  entryId: (place: Classified) => string;
  /** YAML, or YAML frontmatter followed by a Markdown/MDX body. */
  format: 'yaml' | 'frontmatter';
  /** What people call one such file (the editor's collection label). */
  label: Words;
  /** The docs' heading of its field table (English, like the rest of content-reference.md). */
  docTitle: string;
  /**
   * Who changes these files: coordinators (through the editor or a pull request), or maintainers
   * only (the editor shows them read-only; reference data or the season's rules).
   */
  editors: 'coordinators' | 'maintainers';
  /**
   * The kind whose entries these files belong to, when they are part of another kind's entry
   * rather than entries of their own (an event's Russian body): the editor edits them with that
   * entry (Sveltia's i18n `multiple_files`), the docs describe them in words, not a field table.
   */
  partOf?: string;
}

const ID = '([a-z0-9]+(?:-[a-z0-9]+)*)';
const kind = <File extends z.ZodType, Entry extends z.ZodType = File>(row: Omit<ContentKind<File, Entry>, 'entrySchema'> & { entrySchema?: Entry }): ContentKind<File, Entry> =>
  ({ ...row, entrySchema: row.entrySchema ?? row.schema }) as ContentKind<File, Entry>;

/**
 * The kinds in the order paths are matched (a region's `region.yaml` before the unit pattern that
 * would also match it).
 */
export const KINDS = {
  movement: kind({
    path: 'movement.yaml',
    pattern: /^movement\.yaml$/,
    place: () => ({}),
    schema: movementSchema,
    collection: 'movement',
    entryId: () => 'movement',
    format: 'yaml',
    label: { kk: 'Маусым және оның ережелері', ru: 'Сезон и его правила' },
    docTitle: 'The season and its rules',
    editors: 'maintainers',
  }),
  geography: kind({
    path: 'geography/<region>.yaml',
    pattern: new RegExp(`^geography/${ID}\\.yaml$`),
    place: (m) => ({ region: m[1]! }),
    schema: geoRegionSchema,
    collection: 'geography',
    entryId: (place) => place.region!,
    format: 'yaml',
    label: { kk: 'География (ӘАОЖ)', ru: 'География (КАТО)' },
    docTitle: 'Geography (KATO reference data)',
    editors: 'maintainers',
  }),
  region: kind({
    path: 'representations/<region>/region.yaml',
    pattern: new RegExp(`^representations/${ID}/region\\.yaml$`),
    place: (m) => ({ region: m[1]! }),
    schema: regionRepresentationSchema,
    collection: 'regions',
    entryId: (place) => place.region!,
    format: 'yaml',
    label: { kk: 'Өңірлік өкілдіктер', ru: 'Региональные представительства' },
    docTitle: 'A regional representation',
    editors: 'coordinators',
  }),
  unit: kind({
    path: 'representations/<region>/<unit>.yaml',
    pattern: new RegExp(`^representations/${ID}/${ID}\\.yaml$`),
    place: (m) => ({ region: m[1]!, unit: m[2]! }),
    schema: unitRepresentationSchema,
    collection: 'units',
    entryId: (place) => `${place.region}/${place.unit}`,
    format: 'yaml',
    label: { kk: 'Қалалық және аудандық өкілдіктер', ru: 'Городские и районные представительства' },
    docTitle: 'A city/district representation',
    editors: 'coordinators',
  }),
  event: kind({
    path: 'events/<year>/<slug>.mdx',
    pattern: new RegExp(`^events/(\\d{4})/${ID}\\.mdx?$`),
    place: (m) => ({ year: Number(m[1]), slug: m[2]! }),
    schema: eventSchema,
    collection: 'events',
    entryId: (place) => `${place.year}/${place.slug}`,
    format: 'frontmatter',
    label: { kk: 'Іс-шаралар', ru: 'Мероприятия' },
    docTitle: 'An event (frontmatter)',
    editors: 'coordinators',
  }),
  'event-translation': kind({
    path: 'events/<year>/<slug>.ru.mdx',
    pattern: new RegExp(`^events/(\\d{4})/${ID}\\.ru\\.mdx?$`),
    place: (m) => ({ year: Number(m[1]), slug: m[2]!, locale: 'ru' as const }),
    schema: eventTranslationSchema,
    entrySchema: eventTranslationEntrySchema,
    collection: 'eventTranslations',
    // The event's id: the body belongs to that event.
    entryId: (place) => `${place.year}/${place.slug}`,
    format: 'frontmatter',
    label: { kk: 'Іс-шаралардың орысша мәтіні', ru: 'Русский текст мероприятий' },
    docTitle: "An event's Russian body",
    editors: 'coordinators',
    partOf: 'event',
  }),
  awards: kind({
    path: 'awards/<year>.yaml',
    pattern: /^awards\/(\d{4})\.yaml$/,
    place: (m) => ({ year: Number(m[1]) }),
    schema: awardsFileSchema,
    entrySchema: awardSchema,
    collection: 'awards',
    entryId: (place) => String(place.year),
    format: 'yaml',
    label: { kk: 'Марапаттар', ru: 'Награды' },
    docTitle: 'An award (one list item)',
    editors: 'coordinators',
  }),
};

export type FileKind = keyof typeof KINDS;

/** The rows in matching order, each with its kind. */
export const KIND_LIST: readonly (ContentKind & { kind: FileKind })[] = (Object.keys(KINDS) as FileKind[]).map((name) => ({ ...KINDS[name], kind: name }));

/** What the `<placeholders>` of a path stand for, in the messages' languages. */
export const PATH_PARTS: Record<string, { kk: string; ru: string; en: string }> = {
  region: { kk: 'өңір', ru: 'регион', en: 'region' },
  unit: { kk: 'аудан', ru: 'район', en: 'unit' },
  year: { kk: 'жыл', ru: 'год', en: 'year' },
  slug: { kk: 'slug', ru: 'slug', en: 'slug' },
};

/** Every kind's path with its placeholders in `lang`, comma-separated: what a misplaced file's message lists. */
export function kindPaths(lang: 'kk' | 'ru' | 'en'): string {
  return KIND_LIST.map((row) => row.path.replace(/<(\w+)>/g, (_, part: string) => `<${PATH_PARTS[part]?.[lang] ?? part}>`)).join(', ');
}

/** Classifies a path relative to the content root (forward slashes). */
export function classify(relativePath: string): Classified | undefined {
  for (const row of KIND_LIST) {
    const m = relativePath.match(row.pattern);
    if (m) return { kind: row.kind, ...row.place(m) };
  }
  return undefined;
}
