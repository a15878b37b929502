/**
 * The one table of content kinds (CONTENT-MODEL.md): where each kind of file lives, the schema it
 * is parsed by, how its entries are named, what people call it and who edits it. The validator's
 * reader (layout.ts, load.ts), the schema rule family (src/rules/schema.ts), the Astro
 * collections (src/content.config.ts), the docs generator (src/docs/) and the editor's config
 * (src/cms/) all read this table, so a new kind of file is one row here (plus whatever the site
 * shows of it).
 *
 * Where a kind's files live (path, pattern, entry id) is the schema-free half in kind-paths.ts,
 * which the validator reads on every run; this table adds what needs the schemas.
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
  projectSchema,
  regionRepresentationSchema,
  unitRepresentationSchema,
  type Words,
} from './schema.ts';
import { KIND_PATHS, type FileKind, type KindPath } from './kind-paths.ts';

export { classify, kindPaths, PATH_PARTS, type Classified, type FileKind } from './kind-paths.ts';

/** One kind of content file. */
export interface ContentKind<File extends z.ZodType = z.ZodType, Entry extends z.ZodType = z.ZodType> extends KindPath {
  /** The schema of the whole file (its YAML, or an event's frontmatter). */
  schema: File;
  /** The schema of one entry of the site's collection (the whole file, or one item of a list file). */
  entrySchema: Entry;
  /** The Astro collection its entries go to. */
  collection: string;
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
  /** A CONTENT-MODEL.md-style example file with comments, for kinds that contract does not show (the docs print it). */
  example?: string;
}

const kind = <File extends z.ZodType, Entry extends z.ZodType = File>(
  where: KindPath,
  row: Omit<ContentKind, 'schema' | 'entrySchema' | keyof KindPath> & { schema: File; entrySchema?: Entry },
): ContentKind<File, Entry> => ({ ...where, ...row, entrySchema: row.entrySchema ?? row.schema }) as ContentKind<File, Entry>;

/**
 * The kinds in the order paths are matched (a region's `region.yaml` before the unit pattern that
 * would also match it).
 */
export const KINDS = {
  movement: kind(KIND_PATHS.movement, {
    schema: movementSchema,
    collection: 'movement',
    format: 'yaml',
    label: { kk: 'Маусым және оның ережелері', ru: 'Сезон и его правила' },
    docTitle: 'The season and its rules',
    editors: 'maintainers',
  }),
  geography: kind(KIND_PATHS.geography, {
    schema: geoRegionSchema,
    collection: 'geography',
    format: 'yaml',
    label: { kk: 'География (ӘАОЖ)', ru: 'География (КАТО)' },
    docTitle: 'Geography (KATO reference data)',
    editors: 'maintainers',
  }),
  region: kind(KIND_PATHS.region, {
    schema: regionRepresentationSchema,
    collection: 'regions',
    format: 'yaml',
    label: { kk: 'Өңірлік өкілдіктер', ru: 'Региональные представительства' },
    docTitle: 'A regional representation',
    editors: 'coordinators',
  }),
  unit: kind(KIND_PATHS.unit, {
    schema: unitRepresentationSchema,
    collection: 'units',
    format: 'yaml',
    label: { kk: 'Қалалық және аудандық өкілдіктер', ru: 'Городские и районные представительства' },
    docTitle: 'A city/district representation',
    editors: 'coordinators',
  }),
  event: kind(KIND_PATHS.event, {
    schema: eventSchema,
    collection: 'events',
    format: 'frontmatter',
    label: { kk: 'Іс-шаралар', ru: 'Мероприятия' },
    docTitle: 'An event (frontmatter)',
    editors: 'coordinators',
  }),
  'event-translation': kind(KIND_PATHS['event-translation'], {
    schema: eventTranslationSchema,
    entrySchema: eventTranslationEntrySchema,
    collection: 'eventTranslations',
    format: 'frontmatter',
    label: { kk: 'Іс-шаралардың орысша мәтіні', ru: 'Русский текст мероприятий' },
    docTitle: "An event's Russian body",
    editors: 'coordinators',
    partOf: 'event',
  }),
  awards: kind(KIND_PATHS.awards, {
    schema: awardsFileSchema,
    entrySchema: awardSchema,
    collection: 'awards',
    format: 'yaml',
    label: { kk: 'Марапаттар', ru: 'Награды' },
    docTitle: 'An award (one list item)',
    editors: 'coordinators',
  }),
  project: kind(KIND_PATHS.project, {
    schema: projectSchema,
    collection: 'projects',
    format: 'frontmatter',
    label: { kk: 'Балалардың әлеуметтік жобалары', ru: 'Социальные проекты детей' },
    docTitle: 'A social project (frontmatter)',
    editors: 'coordinators',
    example: `---
title: { kk: "Таза Сайрамсу", ru: "Чистая Сайрамсу" }
summary: { kk: "...", ru: "..." }   # ≤ 200 characters; used on cards and in meta tags
representation: turkistan/sayram  # <region> | <region>/<unit> | <region>/<unit>/<rural>: who runs it
topics: [ecology]                   # ids from movement.yaml topics
seasons: [2026]                     # the seasons (years) it ran in
stage: done                         # idea | running | done
results: { children_involved: 46, people_helped: 1200, events_held: 2, events: [2026/sayram-clean-river] }
team: [aruzhan-mysalkyzy, abylai-sh-sayram]   # member ids of that representation or below it;
                                    # the site names them only as their consent allows, hidden ones are counted
promoted: { event: 2027/reading-marathon }    # optional: the event where it was presented
lang: kk                            # language of the body below
---
Body in Markdown, like an event's, with a section another representation can follow:

## Қалай қайталауға болады         (or: ## Как повторить, ## How to repeat)

1. ...`,
  }),
};

/** The rows in matching order, each with its kind. (Indexed by kind-paths.ts's kinds, so a kind without a row here fails the type check.) */
export const KIND_LIST: readonly (ContentKind & { kind: FileKind })[] = (Object.keys(KIND_PATHS) as FileKind[]).map((name) => ({ ...KINDS[name], kind: name }));
