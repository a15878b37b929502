/**
 * Where each kind of content file lives under the content root (CONTENT-MODEL.md).
 * A path that matches none of these is reported by the validator (rule `file-unexpected`)
 * instead of being silently ignored by the build.
 */
export type FileKind = 'movement' | 'geography' | 'region' | 'unit' | 'event' | 'event-translation' | 'awards';

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

const ID = '([a-z0-9]+(?:-[a-z0-9]+)*)';
const PATTERNS: [RegExp, (m: RegExpMatchArray) => Classified][] = [
  [/^movement\.yaml$/, () => ({ kind: 'movement' })],
  [new RegExp(`^geography/${ID}\\.yaml$`), (m) => ({ kind: 'geography', region: m[1]! })],
  [new RegExp(`^representations/${ID}/region\\.yaml$`), (m) => ({ kind: 'region', region: m[1]! })],
  [new RegExp(`^representations/${ID}/${ID}\\.yaml$`), (m) => ({ kind: 'unit', region: m[1]!, unit: m[2]! })],
  [new RegExp(`^events/(\\d{4})/${ID}\\.mdx?$`), (m) => ({ kind: 'event', year: Number(m[1]), slug: m[2]! })],
  // Part of the event `<slug>.mdx`, never an event of its own (Sveltia CMS's i18n `multiple_files`, kk omitted).
  [new RegExp(`^events/(\\d{4})/${ID}\\.ru\\.mdx?$`), (m) => ({ kind: 'event-translation', year: Number(m[1]), slug: m[2]!, locale: 'ru' })],
  [/^awards\/(\d{4})\.yaml$/, (m) => ({ kind: 'awards', year: Number(m[1]) })],
];

/** `<year>/<slug>`: how awards, URLs and the rules name the event a file in `events/` holds (or translates). */
export function eventId(place: Classified): string {
  return `${place.year}/${place.slug}`;
}

/** Classifies a path relative to the content root (forward slashes). */
export function classify(relativePath: string): Classified | undefined {
  for (const [pattern, build] of PATTERNS) {
    const m = relativePath.match(pattern);
    if (m) return build(m);
  }
  return undefined;
}

/** Files the build and the validator skip on purpose: dotfiles and editor leftovers. */
export function isIgnored(relativePath: string): boolean {
  return relativePath.split('/').some((part) => part.startsWith('.')) || relativePath.endsWith('~');
}
