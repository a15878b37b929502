/**
 * The content collections of the site, typed by the same zod schemas the validator uses
 * (`src/content/schema.ts`), and read by the same code (`src/content/load.ts`): every file goes
 * through the one reader `npm run validate` uses, so the set of files built is the set validated
 * and the build never disagrees with the check a coordinator saw on their pull request.
 *
 * Event bodies are rendered here to sanitised HTML (src/content/render-body.ts), never compiled:
 * Astro's glob loader and MDX integration would turn an `.mdx` file into a JavaScript module, and
 * would follow symbolic links the validator refuses.
 *
 * The content root comes from `CONTENT_DIR` (default `content`), so tests build fixture trees.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { displayPath, listContent, readSourceFile, sharedListing, type SourceFile } from './content/load.ts';
import { UnsafeBodyError } from './content/unsafe-body.ts';
import { renderBodies } from './content/render-pool.ts';
import { positionOfOffset } from './content/yaml.ts';
import { writeGate } from './content/write-gate.ts';
import { KIND_LIST, KINDS, type ContentKind, type FileKind } from './content/kinds.ts';
import { classify, eventId } from './content/layout.ts';

const CONTENT_DIR = process.env.CONTENT_DIR || 'content';
/** The tree's listing for a sync, shared by the loaders of every kind (one walk instead of six). */
const listingFor = sharedListing(CONTENT_DIR, KIND_LIST.map((row) => row.kind));

interface RawEntry {
  id: string;
  data: Record<string, unknown>;
  /** An event's body as sanitised HTML. */
  html?: string;
}

/**
 * What else than a file's text decides its entries: the reader, the schemas and the body renderer
 * (their source, and the locked versions of the packages they use) and the content root. Stored
 * in each collection's meta; when it changes, the collection is read again from scratch.
 */
const PIPELINE_VERSION = (() => {
  const hash = createHash('sha256').update(resolve(CONTENT_DIR));
  const sources = resolve('src/content');
  for (const name of readdirSync(sources).sort()) if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(sources, name)));
  if (existsSync('package-lock.json')) hash.update(readFileSync('package-lock.json'));
  return hash.digest('base64url');
})();

/**
 * A file's digest: its text and the pipeline that read it, so a page keyed by an entry's digest
 * (src/site/cache-keys.ts) is rendered again when either changes. Not Astro's `generateDigest`:
 * its xxhash-wasm copies each string into WebAssembly memory, which cost ≈ 10 s on the national
 * dataset's 5,270 files; node's native hashing takes milliseconds.
 */
const digestOf = (text: string) => createHash('sha1').update(PIPELINE_VERSION).update(text).digest('base64url');

/** One gate for the store writes of every loader (src/content/write-gate.ts). */
const storeWrites = writeGate();

/**
 * A loader for one kind of YAML file: it lists the tree like the validator, reads only the files
 * of its kind and stores one entry per `entriesOf(file)`. A file that does not parse stops the
 * build with its path; `npm run build` runs the validator first, which explains it in kk/ru.
 *
 * Astro keeps the store between builds (its data store in the cache directory): a file whose
 * text has the digest its entries were stored with is neither parsed nor rendered again, so a
 * rebuild after a one-event edit parses and renders one event, not 5,000.
 */
function contentFiles(kind: FileKind, entriesOf: (files: SourceFile[]) => RawEntry[][] | Promise<RawEntry[][]>): Loader {
  return {
    name: `myn-jasa:${kind}`,
    async load(context) {
      const { store, meta, parseData, watcher } = context;
      /** `fresh`: a re-sync after an edit (`astro dev`) lists the tree itself rather than share a listing. */
      const sync = async (fresh = false) => {
        // Without a watcher (astro build, astro sync) Astro runs every collection's loader once.
        const writes = storeWrites(watcher ? undefined : KIND_LIST.length);
        try {
          await syncNow(fresh, writes.arrive);
        } finally {
          writes.leave();
        }
      };
      const syncNow = async (fresh: boolean, writable: () => Promise<void>) => {
        if (meta.get('pipeline') !== PIPELINE_VERSION) {
          store.clear();
          meta.set('pipeline', PIPELINE_VERSION);
        }
        const storedIds = new Map<string, string[]>();
        for (const { id, filePath } of store.values()) {
          if (filePath) storedIds.set(filePath, [...(storedIds.get(filePath) ?? []), id]);
        }
        const kept = new Set<string>();
        const changed: { file: SourceFile; digest: string }[] = [];
        for (const entry of fresh ? listContent(CONTENT_DIR) : listingFor(kind)) {
          // A link or special file anywhere stops every collection: it is never read, and a build
          // that skipped it silently would publish a site the validator did not see as a whole.
          if (entry.type !== 'file') throw new Error(`${CONTENT_DIR}/${entry.path}: file-symlink: a symbolic link or special file is never read (run npm run validate)`);
          if (classify(entry.path)?.kind !== kind) continue;
          const text = readFileSync(join(CONTENT_DIR, entry.path), 'utf8');
          const digest = digestOf(text);
          const stored = storedIds.get(displayPath(CONTENT_DIR, entry.path));
          if (stored?.every((id) => store.get(id)?.digest === digest)) {
            for (const id of stored) kept.add(id);
            continue;
          }
          const file = readSourceFile(CONTENT_DIR, entry.path, text);
          if (file.syntaxError) throw new Error(`${file.path}:${file.syntaxError.position.line}: ${file.syntaxError.message}`);
          changed.push({ file, digest });
        }
        // All at once, so event bodies can be rendered side by side (src/content/render-pool.ts).
        const entries = await entriesOf(changed.map(({ file }) => file));
        const parsed: Parameters<typeof store.set>[0][] = [];
        for (const [i, { file, digest }] of changed.entries()) {
          for (const { id, data, html } of entries[i]!) {
            parsed.push({ id, data: await parseData({ id, data, filePath: file.path }), filePath: file.path, digest, ...(html === undefined ? {} : { rendered: { html } }) });
            kept.add(id);
          }
        }
        await writable();
        for (const entry of parsed) store.set(entry);
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      };
      await sync();
      // `astro dev`: reload this collection when one of its files changes.
      const root = resolve(CONTENT_DIR);
      const onChange = (changed: string) => {
        const path = relative(root, changed).split(sep).join('/');
        if (!path.startsWith('..') && classify(path)?.kind === kind) sync(true).catch((error) => context.logger.error(String(error)));
      };
      watcher?.add(root);
      for (const event of ['add', 'change', 'unlink'] as const) watcher?.on(event, onChange);
    },
  };
}

const asRecord = (file: SourceFile) => (file.data ?? {}) as Record<string, unknown>;

/**
 * Files with a body (events, their translations, projects): `dataOf(file)` and the body rendered to safe HTML, one entry per file named by `idOf` its place (the event's id unless told). A body the renderer refuses
 * stops the build at its file, line and column (the validator has the kk/ru message for the
 * same rule); the first such file in the tree's order is named.
 */
const bodyEntries =
  (dataOf: (file: SourceFile) => Record<string, unknown>, idOf: (place: NonNullable<SourceFile['place']>) => string = eventId) =>
  async (files: SourceFile[]): Promise<RawEntry[][]> => {
  const html = await renderBodies(files.map((file) => ({ text: file.body!.text, mdx: file.relative.endsWith('.mdx') })));
  return files.map((file, i) => {
    const body = html[i]!;
    if (body instanceof UnsafeBodyError) {
      const { line, column } = positionOfOffset(file.text, file.body!.offset + body.offset);
      throw new Error(`${file.path}:${line}:${column}: ${body.message} (run npm run validate)`);
    }
    return [{ id: idOf(file.place!), data: dataOf(file), html: body }];
  });
};

/** The whole file is one entry, named by its row's `entryId`. */
const wholeFile = (row: ContentKind) => (files: SourceFile[]) => files.map((file) => [{ id: row.entryId(file.place!), data: asRecord(file) }]);

/**
 * One collection per row of the kinds table (src/content/kinds.ts), named by the row's
 * `collection`, typed by its entry schema. (Written out per kind: a generic helper loses the
 * schema's type in the collection types Astro generates.)
 */
export const collections = {
  movement: defineCollection({ loader: contentFiles('movement', wholeFile(KINDS.movement)), schema: KINDS.movement.entrySchema }),
  geography: defineCollection({ loader: contentFiles('geography', wholeFile(KINDS.geography)), schema: KINDS.geography.entrySchema }),
  regions: defineCollection({ loader: contentFiles('region', wholeFile(KINDS.region)), schema: KINDS.region.entrySchema }),
  units: defineCollection({ loader: contentFiles('unit', wholeFile(KINDS.unit)), schema: KINDS.unit.entrySchema }),
  /** One entry per award (the files hold a year's list), so `/verify/<id>/` finds it by id. */
  awards: defineCollection({
    loader: contentFiles('awards', (files) =>
      files.map((file) => (Array.isArray(file.data) ? file.data : []).map((award) => ({ id: String(award?.id), data: award as Record<string, unknown> }))),
    ),
    schema: KINDS.awards.entrySchema,
  }),
  /** Ids are `<year>/<slug>`; `render(entry)` gives the body's sanitised HTML. */
  events: defineCollection({ loader: contentFiles('event', bodyEntries(asRecord)), schema: KINDS.event.entrySchema }),
  /**
   * An event's body in another language (`<slug>.ru.mdx`), by the event's id: part of that event,
   * never an event of its own. Rendered like the event's own body; its frontmatter holds nothing
   * (rule `event-translation-fields`), so an entry's data is only its language.
   */
  eventTranslations: defineCollection({
    loader: contentFiles('event-translation', bodyEntries((file) => ({ locale: file.place!.locale! }))),
    schema: KINDS['event-translation'].entrySchema,
  }),
  /** Ids are `<region>/<slug>`; `render(entry)` gives the body's sanitised HTML. */
  projects: defineCollection({ loader: contentFiles('project', bodyEntries(asRecord, KINDS.project.entryId)), schema: KINDS.project.entrySchema }),
} satisfies { [K in FileKind as (typeof KINDS)[K]['collection']]: unknown };
