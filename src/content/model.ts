/**
 * The content as the rules and the site see it: each file parsed by its schema, indexed by the
 * ids CONTENT-MODEL.md defines. Built by the schema family (`src/rules/schema.ts`); a file whose
 * schema failed is left out here, so the other rule families only ever see valid shapes.
 */
import type { ContentTree, SourceFile } from './load.ts';
import type { Award, EventData, EventTranslation, GeoRegion, Movement, ProjectData, RegionRepresentation, UnitRepresentation } from './schema.ts';

export interface Entry<T> {
  file: SourceFile;
  data: T;
}

export interface EventEntry extends Entry<EventData> {
  year: number;
  slug: string;
  /** `<year>/<slug>`: how awards and URLs refer to an event. */
  id: string;
}

/** `<slug>.ru.mdx`: the Russian body of the event `<year>/<slug>`, part of that event. */
export interface TranslationEntry extends Entry<EventTranslation> {
  /** The event it belongs to, `<year>/<slug>`. */
  event: string;
  locale: 'ru';
}

export interface AwardsEntry extends Entry<Award[]> {
  year: number;
}

export interface UnitEntry extends Entry<UnitRepresentation> {
  /** Region and unit from the file's place; the rules compare them with the fields inside. */
  region: string;
  unit: string;
}

export interface ProjectEntry extends Entry<ProjectData> {
  /** The region folder it sits in and its file name. */
  region: string;
  slug: string;
  /** `<region>/<slug>`: how URLs and the collection name a project. */
  id: string;
}

export interface Content {
  tree: ContentTree;
  movement?: Entry<Movement>;
  /** By region id (the file name). */
  geography: Map<string, Entry<GeoRegion>>;
  /** By region id (the folder name). */
  regions: Map<string, Entry<RegionRepresentation>>;
  units: UnitEntry[];
  events: EventEntry[];
  /** Event bodies in another language (`<slug>.ru.mdx`), in tree order. */
  translations: TranslationEntry[];
  awards: AwardsEntry[];
  projects: ProjectEntry[];
}

export function emptyContent(tree: ContentTree): Content {
  return { tree, geography: new Map(), regions: new Map(), units: [], events: [], translations: [], awards: [], projects: [] };
}
