/**
 * The content collections of the site, typed by the same zod schemas the validator uses
 * (`src/content/schema.ts`), and read by the same code (`src/content/load.ts`): the YAML files go
 * through js-yaml exactly as `npm run validate` reads them, so the build never disagrees with
 * the check a coordinator saw on their pull request.
 *
 * The content root comes from `CONTENT_DIR` (default `content`), so tests build fixture trees.
 */
import { relative, resolve, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { listContentFiles, readSourceFile, type SourceFile } from './content/load.ts';
import { classify, type FileKind } from './content/layout.ts';
import {
  awardSchema,
  eventSchema,
  geoRegionSchema,
  movementSchema,
  regionRepresentationSchema,
  unitRepresentationSchema,
} from './content/schema.ts';

const CONTENT_DIR = process.env.CONTENT_DIR || 'content';

interface RawEntry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * A loader for one kind of YAML file: it lists the tree like the validator, reads only the files
 * of its kind and stores one entry per `entriesOf(file)`. A file that does not parse stops the
 * build with its path; `npm run build` runs the validator first, which explains it in kk/ru.
 */
function contentFiles(kind: FileKind, entriesOf: (file: SourceFile) => RawEntry[]): Loader {
  return {
    name: `myn-jasa:${kind}`,
    async load(context) {
      const { store, parseData, generateDigest, watcher } = context;
      const sync = async () => {
        store.clear();
        for (const path of listContentFiles(CONTENT_DIR)) {
          if (classify(path)?.kind !== kind) continue;
          const file = readSourceFile(CONTENT_DIR, path);
          if (file.syntaxError) throw new Error(`${file.path}:${file.syntaxError.position.line}: ${file.syntaxError.message}`);
          for (const { id, data } of entriesOf(file)) {
            const parsed = await parseData({ id, data, filePath: file.path });
            store.set({ id, data: parsed, filePath: file.path, digest: generateDigest(data) });
          }
        }
      };
      await sync();
      // `astro dev`: reload this collection when one of its files changes.
      const root = resolve(CONTENT_DIR);
      const onChange = (changed: string) => {
        const path = relative(root, changed).split(sep).join('/');
        if (!path.startsWith('..') && classify(path)?.kind === kind) sync().catch((error) => context.logger.error(String(error)));
      };
      watcher?.add(root);
      for (const event of ['add', 'change', 'unlink'] as const) watcher?.on(event, onChange);
    },
  };
}

const asRecord = (file: SourceFile) => (file.data ?? {}) as Record<string, unknown>;

/** The whole file is one entry, named by its place in the tree. */
const wholeFile = (id: (file: SourceFile) => string) => (file: SourceFile) => [{ id: id(file), data: asRecord(file) }];

export const collections = {
  movement: defineCollection({
    loader: contentFiles('movement', wholeFile(() => 'movement')),
    schema: movementSchema,
  }),
  geography: defineCollection({
    loader: contentFiles('geography', wholeFile((file) => file.place!.region!)),
    schema: geoRegionSchema,
  }),
  regions: defineCollection({
    loader: contentFiles('region', wholeFile((file) => file.place!.region!)),
    schema: regionRepresentationSchema,
  }),
  units: defineCollection({
    loader: contentFiles('unit', wholeFile((file) => `${file.place!.region}/${file.place!.unit}`)),
    schema: unitRepresentationSchema,
  }),
  /** One entry per award (the files hold a year's list), so `/verify/<id>/` finds it by id. */
  awards: defineCollection({
    loader: contentFiles('awards', (file) =>
      (Array.isArray(file.data) ? file.data : []).map((award) => ({ id: String(award?.id), data: award as Record<string, unknown> })),
    ),
    schema: awardSchema,
  }),
  /** Events keep Astro's own glob loader: it renders the Markdown/MDX bodies. Ids are `<year>/<slug>`. */
  events: defineCollection({
    loader: glob({
      base: `${CONTENT_DIR}/events`,
      pattern: '**/*.{md,mdx}',
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
    schema: eventSchema,
  }),
};
