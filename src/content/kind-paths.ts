/**
 * Where each kind of content file lives: the half of the content-kinds table (kinds.ts) that
 * needs no schema. Every run of the validator classifies paths, and a run answered from its
 * cache never loads zod, so this half imports nothing that does. kinds.ts adds each kind's
 * schema, collection and labels to these rows; a new kind is one row here and one there (a
 * missing one fails the type check).
 */

/** Where a file is in the tree: what its path says about it. */
export interface Classified {
  kind: FileKind;
  /** The region id (geography, region, unit, project), the unit id (unit), the year (event, awards), the slug (event, project). */
  region?: string;
  unit?: string;
  year?: number;
  slug?: string;
  /** An event translation's language: `<slug>.ru.mdx` holds the Russian body of `<slug>.mdx`. */
  locale?: 'ru';
}

/** Where one kind of content file lives and how its entries are named. */
export interface KindPath {
  /** The path under `content/` with `<placeholders>` (PATH_PARTS), as the docs and messages show it. */
  path: string;
  /** The same path as a pattern over a path relative to the content root, and what its groups mean. */
  pattern: RegExp;
  place: (match: RegExpMatchArray) => Omit<Classified, 'kind'>;
  /** The id of a whole-file entry in its collection (list files name each item by its own id). */
  entryId: (place: Classified) => string;
}

const ID = '([a-z0-9]+(?:-[a-z0-9]+)*)';

/**
 * The kinds in the order paths are matched (a region's `region.yaml` before the unit pattern that
 * would also match it).
 */
export const KIND_PATHS = {
  movement: {
    path: 'movement.yaml',
    pattern: /^movement\.yaml$/,
    place: () => ({}),
    entryId: () => 'movement',
  },
  geography: {
    path: 'geography/<region>.yaml',
    pattern: new RegExp(`^geography/${ID}\\.yaml$`),
    place: (m) => ({ region: m[1]! }),
    entryId: (place) => place.region!,
  },
  region: {
    path: 'representations/<region>/region.yaml',
    pattern: new RegExp(`^representations/${ID}/region\\.yaml$`),
    place: (m) => ({ region: m[1]! }),
    entryId: (place) => place.region!,
  },
  unit: {
    path: 'representations/<region>/<unit>.yaml',
    pattern: new RegExp(`^representations/${ID}/${ID}\\.yaml$`),
    place: (m) => ({ region: m[1]!, unit: m[2]! }),
    entryId: (place) => `${place.region}/${place.unit}`,
  },
  event: {
    path: 'events/<year>/<slug>.mdx',
    pattern: new RegExp(`^events/(\\d{4})/${ID}\\.mdx?$`),
    place: (m) => ({ year: Number(m[1]), slug: m[2]! }),
    entryId: (place) => `${place.year}/${place.slug}`,
  },
  'event-translation': {
    path: 'events/<year>/<slug>.ru.mdx',
    pattern: new RegExp(`^events/(\\d{4})/${ID}\\.ru\\.mdx?$`),
    place: (m) => ({ year: Number(m[1]), slug: m[2]!, locale: 'ru' as const }),
    // The event's id: the body belongs to that event.
    entryId: (place) => `${place.year}/${place.slug}`,
  },
  awards: {
    path: 'awards/<year>.yaml',
    pattern: /^awards\/(\d{4})\.yaml$/,
    place: (m) => ({ year: Number(m[1]) }),
    entryId: (place) => String(place.year),
  },
  project: {
    path: 'projects/<region>/<slug>.mdx',
    pattern: new RegExp(`^projects/${ID}/${ID}\\.mdx$`),
    place: (m) => ({ region: m[1]!, slug: m[2]! }),
    entryId: (place) => `${place.region}/${place.slug}`,
  },
} satisfies Record<string, KindPath>;

export type FileKind = keyof typeof KIND_PATHS;

const KIND_PATH_LIST = (Object.keys(KIND_PATHS) as FileKind[]).map((kind) => ({ ...(KIND_PATHS[kind] as KindPath), kind }));

/** What the `<placeholders>` of a path stand for, in the messages' languages. */
export const PATH_PARTS: Record<string, { kk: string; ru: string; en: string }> = {
  region: { kk: 'өңір', ru: 'регион', en: 'region' },
  unit: { kk: 'аудан', ru: 'район', en: 'unit' },
  year: { kk: 'жыл', ru: 'год', en: 'year' },
  slug: { kk: 'slug', ru: 'slug', en: 'slug' },
};

/** Every kind's path with its placeholders in `lang`, comma-separated: what a misplaced file's message lists. */
export function kindPaths(lang: 'kk' | 'ru' | 'en'): string {
  return KIND_PATH_LIST.map((row) => row.path.replace(/<(\w+)>/g, (_, part: string) => `<${PATH_PARTS[part]?.[lang] ?? part}>`)).join(', ');
}

/**
 * The kinds by the first segment of their path (`events`, `movement.yaml`, …), in matching order:
 * every pattern is anchored on that literal segment, so a path is tried only against the kinds of
 * its own folder (validate classifies all 7,270 paths of the national tree on every run).
 */
const KINDS_BY_FOLDER = new Map<string, typeof KIND_PATH_LIST>();
for (const row of KIND_PATH_LIST) {
  const folder = firstSegment(row.path);
  KINDS_BY_FOLDER.set(folder, [...(KINDS_BY_FOLDER.get(folder) ?? []), row]);
}

function firstSegment(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

/** Classifies a path relative to the content root (forward slashes). */
export function classify(relativePath: string): Classified | undefined {
  for (const row of KINDS_BY_FOLDER.get(firstSegment(relativePath)) ?? []) {
    const m = relativePath.match(row.pattern);
    if (m) return { kind: row.kind, ...row.place(m) };
  }
  return undefined;
}

