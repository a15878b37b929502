/**
 * `validate` with a per-file cache (`.cache/validate/`): a re-run re-parses only the files whose
 * content changed and runs the whole-content families on the cached facts of the others.
 *
 * What a file's cache record holds, keyed by the hash of its text (size and mtime only spare
 * re-reading an unchanged file): its located per-file problems (schema and `checkFile`
 * families) and its facts, the fields of its parsed value the whole-content families read
 * (learned by `projection.ts`). A file's per-file problems depend on nothing but its text, the
 * validator's code (the cache's version) and the calendar day of "now" (the cache's `nowKey`).
 * The whole-content families always run, on every file's facts: they see the same values a
 * full run gives them, or the run becomes a full one (`ProjectionMiss`). So the cache never
 * changes a verdict; it only decides how much is re-read.
 *
 * The families' own verdict is kept too (`WholeMemo`), for the exact tree it was made on (every
 * file's path and hash): when no file changed, the families do not run at all and the facts are
 * not even read. A family that never looked at "now" (watched: every method of the `Date` it is
 * given, `valueOf` and `Symbol.toPrimitive` included, reports a read) holds for any now; the
 * families that did run again, on the facts, when now moves.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { hash } from 'node:crypto';
import { displayPath, listContent, readSourceFile, type ContentEntry, type ContentTree, type SourceFile } from '../content/load.ts';
import type { FileKind } from '../content/kind-paths.ts';
import { emptyContent, type Content } from '../content/model.ts';
import type { Locale } from '../content/schema.ts';
import { assembleContent } from '../rules/assemble.ts';
import type { ParsedFile } from '../rules/schema.ts';
import { isFileSection, type FileSection, type LocatedProblem, type RuleFamily, type Section } from '../rules/types.ts';
import { FactsUnavailable, hashBytes, nowKey, readCache, writeCache, writeDelta, type CachedFile, type CachedProblem, type FileVerdicts, type LoadedCache, type WholeMemo } from './cache.ts';
import type { checkSourceFile } from './check-files.ts';
import type { locateEach } from './locate.ts';
import { byPlace } from './order.ts';
import { decodeFacts, decodeLazy, encodeFacts, guard, project, ProjectionMiss, recording, Unshaped, type ReadMask } from './projection.ts';

export interface IncrementalOptions {
  now: Date;
  /** Where the cache lives; default `.cache/validate` in the working directory. */
  cacheDir?: string;
  /** A cold run on two threads (`cold.ts`): by default only for a tree of `PARALLEL_MIN_BYTES` or more; true or false forces it (tests). */
  parallel?: boolean;
}

export interface IncrementalResult {
  /** Every file of the tree; a file answered from the cache reads its text only when asked. */
  files: SourceFile[];
  problems: LocatedProblem[];
  /** movement.yaml's `default_locale`, when the file is valid and has one. */
  defaultLocale: Locale | undefined;
  /** How the run went: no usable cache, answered from the cache, or a cache that fell short. */
  cache: 'cold' | 'warm' | 'miss';
  /** Files parsed in this run. */
  parsed: number;
  /** Whole-content families run in this run (the others were answered by the memo). */
  familiesRun: number;
}

/**
 * A file known from the cache: path and place at once, its text read (and parsed) only if
 * something asks for it (a problem to locate or show, a family that reads raw text).
 */
class CachedSourceFile {
  readonly path: string;
  readonly relative: string;
  readonly place: SourceFile['place'];
  readonly refused: 'symlink' | 'special' | undefined;
  #root: string;
  #text: string | undefined;
  #body: () => SourceFile['body'];
  #loaded: SourceFile | undefined;

  constructor(root: string, entry: ContentEntry, place: SourceFile['place'], text: string | undefined, body: () => SourceFile['body']) {
    this.#root = root;
    this.#text = text;
    this.#body = body;
    this.path = displayPath(root, entry.path);
    this.relative = entry.path;
    this.place = place;
    this.refused = entry.type === 'file' ? undefined : entry.type;
  }

  #load(): SourceFile {
    return (this.#loaded ??= readSourceFile(this.#root, this.relative, this.#text, this.refused ?? 'file'));
  }
  /** An event's body as its record keeps it: the hidden-name check reads every event's body, and need not read the file. */
  get body() {
    return this.#body();
  }
  get text() {
    // The text alone (a problem's source line, shown by the text format): read, not parsed.
    if (this.#loaded || this.refused) return this.#load().text;
    return (this.#text ??= readFileSync(`${this.#root}/${this.relative}`, 'utf8'));
  }
  get yaml() {
    return this.#load().yaml;
  }
  get data() {
    return this.#load().data;
  }
  get syntaxError() {
    return this.#load().syntaxError;
  }
}

function cachedSourceFile(root: string, entry: ContentEntry, place: SourceFile['place'], text: string | undefined, body: () => SourceFile['body']): SourceFile {
  // The optional fields are getters that may answer undefined, which `exactOptionalPropertyTypes` cannot express.
  return new CachedSourceFile(root, entry, place, text, body) as unknown as SourceFile;
}

/** A change this close to the run that recorded it may hide a later edit of the same size within one clock tick: hash such files. */
const RACY_MS = 2000;
/** No findings, no problems: shared by every clean cached file (never written to). */
const NONE = Object.freeze([]) as never[];
/** Up to this many records changed since the base, a re-run writes a delta rather than a new base. */
const DELTA_MAX = 200;

/** The per-file checks (schema and `checkFile` families): they load zod and the schemas, so only when a file must be parsed. */
type Check = typeof checkSourceFile;
const loadCheck = async (): Promise<Check> => (await import('./check-files.ts')).checkSourceFile;

/**
 * The whole-content families and the locator of findings: every rule module, the privacy scanners,
 * the i18n messages. Only when some family runs or a file is parsed: a run answered wholly from
 * the cache (nothing changed, the memo holds) loads none of them.
 */
interface Rules {
  families: RuleFamily[];
  locateEach: typeof locateEach;
}
const loadRules = async (): Promise<Rules> => {
  const [{ FAMILIES }, { locateEach }] = await Promise.all([import('../rules/index.ts'), import('./locate.ts')]);
  return { families: FAMILIES, locateEach };
};

export async function validateIncremental(root: string, options: IncrementalOptions): Promise<IncrementalResult> {
  const startedAt = Date.now();
  const entries = listContent(root);
  const stats = entries.map((entry) => (entry.type === 'file' ? statSync(`${root}/${entry.path}`) : undefined));
  const cache = readCache(root, options.cacheDir);
  if (cache && cache.nowKey === nowKey(options.now)) {
    const matches = matchRecords(root, entries, stats, cache);
    const check = matches.some((m) => !m.same) ? await loadCheck() : undefined;
    try {
      return await warmRun(root, entries, stats, cache, matches, check, options, startedAt);
    } catch (error) {
      if (!(error instanceof ProjectionMiss || error instanceof FactsUnavailable)) throw error;
      return { ...fullRun(root, entries, stats, check ?? (await loadCheck()), await loadRules(), options, startedAt, cache.masks), cache: 'miss' };
    }
  }
  if (!cache && (options.parallel ?? stats.reduce((sum, s) => sum + (s?.size ?? 0), 0) >= PARALLEL_MIN_BYTES)) {
    const { parallelColdRun } = await import('./cold.ts');
    const loaded = await parallelColdRun(root, entries, stats, options, startedAt, async () => ({ check: await loadCheck(), locateEach: (await loadRules()).locateEach }));
    if (loaded) return loaded;
  }
  return fullRun(root, entries, stats, await loadCheck(), await loadRules(), options, startedAt, cache?.masks ?? {});
}

/**
 * Below this many bytes of content a cold run stays on one thread (`cold.ts`): the worker's start,
 * its own module graph and the records' trip back (≈ 0.35 s of CPU, ≈ 0.15 s of it on the
 * critical path) outweigh the 45 % of the parse it takes below ≈ 5 MB (docs/performance.md,
 * "Session 9 (branch `vcold`, the cold run on two threads)").
 * The demo content is 0.1 MB; the national dataset 15 MB.
 */
const PARALLEL_MIN_BYTES = 5_000_000;

/** What the cache knows of one entry: its record, and whether the file is the one recorded (read and hashed if it had to be). */
interface Match {
  record: CachedFile | undefined;
  same: boolean;
  /** The file's text, when it was read to be hashed. */
  text: string | undefined;
  hash: string | undefined;
}

/**
 * Matches every entry to its record: without reading the file when its size, mtime, ctime and
 * inode are the recorded ones and its last change was well before the recording run; else by the
 * hash of its bytes. Why a stat match is safe: every write to a file moves its ctime to the
 * kernel's clock, and nothing can set ctime back (utimes, `touch -d`, `git checkout`, a copy or
 * an unpack all set it to now), so a file whose four figures match has not been written since the
 * run that hashed it, except within that run's own clock tick, which RACY_MS covers. A fresh
 * checkout (CI restoring the cache) has new inodes and ctimes: every file is hashed once.
 */
function matchRecords(root: string, entries: ContentEntry[], stats: (Stats | undefined)[], cache: LoadedCache): Match[] {
  return entries.map((entry, i) => {
    const stat = stats[i];
    const record = cache.byPath.get(entry.path);
    if (!record || record.type !== entry.type) return { record: undefined, same: false, text: undefined, hash: undefined };
    if (!stat || (stat.size === record.size && stat.mtimeMs === record.mtimeMs && stat.ctimeMs === record.ctimeMs && stat.ino === record.ino && Math.max(record.mtimeMs, record.ctimeMs) < record.seen - RACY_MS)) {
      return { record, same: true, text: undefined, hash: undefined };
    }
    const bytes = readFileSync(`${root}/${entry.path}`);
    const hash = hashBytes(bytes);
    return { record, same: hash === record.hash, text: bytes.toString('utf8'), hash };
  });
}

/** The figures of `stat` a record keeps. */
export function statOf(stat: Stats | undefined): Pick<CachedFile, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'> {
  return { size: stat?.size ?? 0, mtimeMs: stat?.mtimeMs ?? 0, ctimeMs: stat?.ctimeMs ?? 0, ino: stat?.ino ?? 0 };
}

/** The part of `Content` each kind of file goes to (`assembleContent`); `tree` (every file) is all of them. */
const PART_OF: Record<FileKind, keyof Content> = {
  movement: 'movement',
  geography: 'geography',
  region: 'regions',
  unit: 'units',
  event: 'events',
  'event-translation': 'translations',
  awards: 'awards',
  project: 'projects',
};
const PARTS = new Set<string>(Object.values(PART_OF));
/** The tree's listing alone (paths and places, not what the files hold): `content.tree` read only for those. */
const LISTING = 'listing';
/** Where paths are shown from (working directory and content root): a file section's kept verdicts name files by their shown path. */
const WHERE = 'where';
/** What a file in the listing tells without its content. */
const LISTED = new Set<string | symbol>(['path', 'relative', 'place', 'refused']);

/**
 * Names one exact tree for the memo: every entry's path, type and hash, and where paths are shown
 * from (`key`, also `parts.tree`); and the same for each part of the content alone (the files of
 * its kind), so a family that read only some parts keeps its verdict while they are unchanged.
 */
function treeKeys(root: string, entries: ContentEntry[], hashes: string[], places: (SourceFile['place'] | undefined)[]): { key: string; parts: Record<string, string> } {
  const head = `${process.cwd()}\0${resolve(root)}\0`;
  let text = head;
  let listing = head;
  const texts = new Map<string, string>();
  entries.forEach((entry, i) => {
    const listed = `${entry.path}\0${entry.type}`;
    listing += `${listed}\n`;
    const line = `${listed}\0${hashes[i]}\n`;
    text += line;
    const kind = places[i]?.kind;
    if (kind) texts.set(PART_OF[kind], (texts.get(PART_OF[kind]) ?? head) + line);
  });
  const key = hash('sha1', text, 'base64');
  const parts: Record<string, string> = { tree: key, [LISTING]: hash('sha1', listing, 'base64'), [WHERE]: hash('sha1', head, 'base64') };
  for (const part of PARTS) parts[part] = hash('sha1', texts.get(part) ?? head, 'base64');
  return { key, parts };
}

/**
 * The content as one family sees it, noting which parts it reads. `tree` is the listing while
 * only the files' paths and places are read through it (`listedTree`); anything else (listing the
 * content's keys, a file's text or data reached through the tree) counts as reading all of it. A family is a pure function of what it
 * reads and of now: while those parts are unchanged its verdict holds (a file is reached only
 * through its part, or through the tree). Its own object per family, so a value a rule module
 * keeps per content (`rosterOf`) is never one another family computed without reading its parts.
 */
function watchedContent(content: Content): { content: Content; reads: () => string[] } {
  const reads = new Set<string>();
  const note = (key: string | symbol) => reads.add(typeof key === 'string' && (PARTS.has(key) || key === LISTING) ? key : 'tree');
  let tree: Content['tree'] | undefined;
  const proxy = watching(content, note, (target, key, receiver) => {
    if (key === 'tree') return (tree ??= listedTree(target.tree, note));
    note(key);
    return Reflect.get(target, key, receiver);
  });
  return { content: proxy, reads: () => [...reads].sort() };
}

/** A view of `target` whose reads go through `get`; asking what keys it has counts as reading all of the tree. */
function watching<T extends object>(target: T, note: (key: string) => void, get: (target: T, key: string | symbol, receiver: unknown) => unknown): T {
  return new Proxy(target, watchingHandler(note, get));
}

/** `watching`'s handler: one may serve many targets (every file of a listed tree shares one). */
function watchingHandler<T extends object>(note: (key: string) => void, get: (target: T, key: string | symbol, receiver: unknown) => unknown): ProxyHandler<T> {
  return {
    get,
    has(target, key) {
      note('tree');
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      note('tree');
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      note('tree');
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  };
}

/**
 * The tree as a family sees it: its root and files, each file telling its path and place as the
 * listing (`LISTING`) and anything else (text, data, body) as a read of the whole tree. A file's
 * getters run on the file itself (a cached file keeps private fields), never on its view.
 */
function listedTree(tree: Content['tree'], note: (key: string) => void): Content['tree'] {
  note(LISTING);
  // One handler for all the files: a handler and its traps per file were 5 of every 6 objects this view made (7,270 files).
  const handler = watchingHandler<SourceFile>(note, (target, key) => {
    note(LISTED.has(key) ? LISTING : 'tree');
    return Reflect.get(target, key, target);
  });
  const files = tree.files.map((file) => new Proxy(file, handler));
  return { root: tree.root, files };
}

/** The memo's verdict of a family when it holds here: the same now if it read now, and the same files in every part it read. */
function keptFamily(memo: WholeMemo | undefined, kept: WholeMemo['families'][number], parts: Record<string, string>, now: Date): boolean {
  return !!memo && (kept.now === undefined || kept.now === now.getTime()) && kept.reads.every((part) => memo.parts[part] !== undefined && memo.parts[part] === parts[part]);
}

/** A `Date` for `now` that tells whether anything asked it its time (any method, comparisons and arithmetic included). */
function watchedNow(now: Date): { date: Date; read: () => boolean } {
  let read = false;
  class Watched extends Date {}
  for (const key of Reflect.ownKeys(Date.prototype)) {
    const original = (Date.prototype as unknown as Record<string | symbol, unknown>)[key];
    if (key === 'constructor' || typeof original !== 'function') continue;
    Object.defineProperty(Watched.prototype, key, {
      value(this: Date, ...args: unknown[]) {
        read = true;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
      writable: true,
      configurable: true,
    });
  }
  return { date: new Watched(now.getTime()), read: () => read };
}

/**
 * Runs the whole-content families, each with its own watched now, and locates their findings:
 * those the memo answers for this tree and now are taken from it. Returns the problems in
 * registry order and the memo for this tree.
 */
function wholeProblems(
  content: () => Content,
  sources: () => FileSource[],
  now: Date,
  tree: { key: string; parts: Record<string, string> },
  memo: WholeMemo | undefined,
  verdictsOf: (name: string) => FileVerdicts | undefined,
  defaultLocale: () => string | undefined,
  rules: Rules | undefined,
): { problems: LocatedProblem[]; memo: WholeMemo; ran: number } {
  // movement.yaml unchanged: its default locale is the memo's, and the content need not be assembled for it.
  const locale = memo && memo.parts.movement === tree.parts.movement ? memo.defaultLocale : defaultLocale();
  if (!rules) {
    // The memo answers every family (`memoHolds`): the rules were not even loaded.
    return { problems: memo!.families.flatMap((f) => f.problems), memo: { ...memo!, ...tree, defaultLocale: locale }, ran: 0 };
  }
  const families: WholeMemo['families'] = [];
  let ran = 0;
  // Every file section checks the files of its parts: listed once per run, by part, in the tree's order.
  let byPart: Map<string, FileSource[]> | undefined;
  const sourcesByPart = () => (byPart ??= groupByPart(sources()));
  for (const [name, section] of rules.families.flatMap(checksOf)) {
    const kept = memo?.families.find((f) => f.name === name && keptFamily(memo, f, tree.parts, now));
    if (kept) {
      families.push(kept);
      continue;
    }
    ran++;
    if (!isFileSection(section)) families.push(runFamily(name, section, content(), now, rules));
    else families.push(runFileSection(name, section, content, sourcesByPart(), now, tree.parts, memo, verdictsOf(name), rules));
  }
  // The verdicts file is written whole: when a file section ran, the kept ones' verdicts go into it again; else the last one still holds.
  const fileSections = new Set(rules.families.flatMap(checksOf).flatMap(([name, section]) => (isFileSection(section) ? [name] : [])));
  if (families.some((f) => f.files)) {
    const withVerdicts = families.map((f) => {
      const files = f.files || !fileSections.has(f.name) ? undefined : verdictsOf(f.name);
      return files ? { ...f, files } : f;
    });
    return { problems: families.flatMap((f) => f.problems), memo: { ...tree, defaultLocale: locale, families: withVerdicts }, ran };
  }
  return { problems: families.flatMap((f) => f.problems), memo: { ...tree, defaultLocale: locale, families, ...(memo?.verdicts && { verdicts: memo.verdicts }) }, ran };
}

/** Whether the memo answers every family here (its families are the registry's: a change of rules is a new code version, so a new cache). */
function memoHolds(memo: WholeMemo | undefined, parts: Record<string, string>, now: Date): boolean {
  return !!memo && memo.families.every((f) => keptFamily(memo, f, parts, now));
}

/** A family's whole-content checks as the memo keeps them: each section apart (`family:section`), else its `check`. */
export function checksOf(family: RuleFamily): [string, Section][] {
  if (family.sections) return Object.entries(family.sections).map(([section, check]) => [`${family.name}:${section}`, check]);
  return family.check ? [[family.name, family.check]] : [];
}

/** A file a file section may check: its part of the content, its hash, and its parsed value (as the content would hold it) only when asked. */
interface FileSource {
  relative: string;
  part: string;
  /** The file is the one its cache record names (so the verdict the same run kept for it holds). */
  unchanged: boolean;
  file: SourceFile;
  data: () => unknown;
}

/**
 * A file section (`FileSection`): its shared value kept while the parts it read are unchanged,
 * each file's verdict kept while the file and the shared value are; only the rest is checked. So
 * an event's edit checks that event, and a roster's edit no text unless the hidden names changed.
 */
function runFileSection(
  name: string,
  section: FileSection,
  content: () => Content,
  sources: ReadonlyMap<string, FileSource[]>,
  now: Date,
  parts: Record<string, string>,
  memo: WholeMemo | undefined,
  before: FileVerdicts | undefined,
  { locateEach }: Rules,
): WholeMemo['families'][number] {
  let shared: Pick<FileVerdicts, 'shared' | 'sharedKey' | 'sharedReads' | 'sharedNow'>;
  if (before && keptFamily(memo, { name, now: before.sharedNow, reads: before.sharedReads, problems: [] }, parts, now)) {
    shared = before;
  } else {
    const watched = watchedNow(now);
    const seen = watchedContent(content());
    const value = section.shared({ content: seen.content, now: watched.date });
    const sharedKey = sharedValueKey(parts[WHERE]!, value);
    shared = { shared: value, sharedKey, sharedReads: seen.reads(), sharedNow: watched.read() ? now.getTime() : undefined };
  }
  const reuse = before?.sharedKey === shared.sharedKey ? before : undefined;
  const found: Record<string, LocatedProblem[]> = {};
  const problems: LocatedProblem[] = [];
  for (const part of section.parts) {
    for (const source of sources.get(part) ?? []) {
      let located: LocatedProblem[];
      if (reuse && source.unchanged) located = reuse.found[source.relative] ?? NONE;
      else {
        // A file that failed its schema is not in the content: nothing to check.
        const data = source.data();
        located = data === undefined ? NONE : locateEach(section.check(source.file, data, shared.shared));
      }
      if (located.length > 0) found[source.relative] = located;
      problems.push(...located);
    }
  }
  const reads = [...new Set([...shared.sharedReads, ...section.parts, WHERE])].sort();
  return { name, now: shared.sharedNow, reads, problems, files: { ...shared, found } };
}

/**
 * The key a file section's shared value is kept under: the hash of `where` and of the value's JSON
 * text, which depends on the value alone. (v8's serialisation also depends on how V8 holds it: an
 * id of 13 characters or more sliced from a file with Cyrillic text is written two bytes a
 * character, the same id decoded from the cache one byte, so one value could get two keys and
 * every file of the section was checked again.) A shared value is plain data; anything JSON would
 * not keep whole is refused rather than given a key another value could share.
 */
export function sharedValueKey(where: string, value: unknown): string {
  return hash('sha1', `${where}\0${JSON.stringify(value, plainDataOnly) ?? ''}`, 'base64');
}

function plainDataOnly(this: unknown, key: string, value: unknown): unknown {
  // The holder's own value: JSON has already turned a Date into its text through `toJSON`.
  const own = (this as Record<string, unknown>)[key];
  const plain =
    own === null ||
    typeof own === 'string' ||
    typeof own === 'boolean' ||
    (typeof own === 'number' && Number.isFinite(own)) ||
    (own === undefined && !Array.isArray(this)) ||
    Array.isArray(own) ||
    (typeof own === 'object' && Object.getPrototypeOf(own) === Object.prototype);
  if (!plain) throw new TypeError(`a file section's shared value holds ${Object.prototype.toString.call(own)} at ${JSON.stringify(key)}: only plain data (objects, arrays, strings, finite numbers, booleans, null) has one key per value`);
  return value;
}

function runFamily(name: string, check: NonNullable<RuleFamily['check']>, content: Content, now: Date, { locateEach }: Rules): WholeMemo['families'][number] {
  const watched = watchedNow(now);
  const seen = watchedContent(content);
  const problems = locateEach(check({ content: seen.content, now: watched.date }));
  return { name, now: watched.read() ? now.getTime() : undefined, reads: seen.reads(), problems };
}

/** Parses every file, learns what the whole-content families read, and writes the cache. */
function fullRun(
  root: string,
  entries: ContentEntry[],
  stats: (Stats | undefined)[],
  check: Check,
  rules: Rules,
  options: IncrementalOptions,
  startedAt: number,
  knownMasks: Record<string, ReadMask>,
): IncrementalResult {
  const masks = structuredClone(knownMasks);
  const hashes: string[] = [];
  const checked = entries.map((entry) => {
    const read = readAndCheck(root, entry, check, options.now);
    hashes.push(read.hash);
    return read.checked;
  });
  const watched: ParsedFile[] = checked.map((c) => (c.parsed === undefined ? c : { ...c, parsed: recording(c.parsed, (masks[c.file.place!.kind] ??= {})) }));
  const content = assembleContent({ root, files: checked.map((c) => c.file) }, watched);
  const tree = treeKeys(root, entries, hashes, checked.map((c) => c.file.place));
  const sources = () => checked.map((c, i) => fileSource(entries[i]!.path, false, c.file, () => watched[i]!.parsed));
  const whole = wholeProblems(() => content, sources, options.now, tree, undefined, () => undefined, () => content.movement?.data.default_locale, rules);
  const defaultLocale = content.movement?.data.default_locale;
  const perFile = checked.map((c) => rules.locateEach(c.findings));
  const records = checked.map((c, i) => freshRecord(entries[i]!, statOf(stats[i]), hashes[i]!, c, perFile[i]!, masks, startedAt));
  writeCache(root, { nowKey: nowKey(options.now), masks, files: records, memo: whole.memo }, options.cacheDir);
  return { files: checked.map((c) => c.file), problems: [...perFile.flat(), ...whole.problems].sort(byPlace), defaultLocale, cache: 'cold', parsed: checked.length, familiesRun: whole.ran };
}

/**
 * Re-parses the changed files, takes the rest from the cache, and runs the whole-content families on facts (unless the memo answers them).
 * Also the end of a cold run on two threads (`cold.ts`), on the records it made: a cache without a base.
 */
export async function warmRun(
  root: string,
  entries: ContentEntry[],
  stats: (Stats | undefined)[],
  cache: LoadedCache,
  matches: Match[],
  check: Check | undefined,
  options: IncrementalOptions,
  startedAt: number,
): Promise<IncrementalResult> {
  // Fresh files are watched with a copy of the masks: if they read something the cached facts lack, the run is redone.
  const masks = structuredClone(cache.masks);
  const files: SourceFile[] = [];
  /** Each file's parsed value for the families, built only if some family runs. */
  const values: (() => unknown)[] = [];
  const perFile: LocatedProblem[][] = [];
  const records: (CachedFile | ParsedFile)[] = [];
  const hashes: string[] = [];
  let parsed = 0;
  // A file to parse has findings to locate; families to run are decided once the tree's key is known.
  let rules = check ? await loadRules() : undefined;
  // Anything the next run should not have to redo: a parsed file, a new stat, a racy file hashed, a deleted file.
  let dirty = cache.files.length !== entries.length;
  entries.forEach((entry, i) => {
    const stat = stats[i];
    const { record, same, hash } = matches[i]!;
    let { text } = matches[i]!;
    if (text !== undefined) dirty = true;
    if (same) {
      const file = cachedSourceFile(root, entry, cache.placeOf(entry.path), text, () => cache.bodyOf(record!));
      files.push(file);
      hashes.push(record!.hash);
      const kind = file.place?.kind;
      values.push(() => (record!.valid && kind ? readFacts(record!, cache, cache.masks[kind]) : undefined));
      perFile.push(record!.problems.length === 0 ? NONE : record!.problems.map((p) => withFile(p, file.path)));
      // The same record unless its stat changed or it was hashed now: then it was seen in this run.
      records.push(text === undefined ? record! : { ...record!, ...statOf(stat), seen: startedAt });
      return;
    }
    parsed++;
    dirty = true;
    let fileHash = hash;
    if (entry.type === 'file' && text === undefined) {
      const bytes = readFileSync(`${root}/${entry.path}`);
      text = bytes.toString('utf8');
      fileHash = hashBytes(bytes);
    }
    hashes.push(fileHash ?? hashBytes(undefined));
    const checked = check!(readSourceFile(root, entry.path, text, entry.type), options);
    files.push(checked.file);
    values.push(() => (checked.parsed === undefined ? undefined : recording(checked.parsed, (masks[checked.file.place!.kind] ??= {}))));
    perFile.push(checked.findings.length === 0 ? NONE : rules!.locateEach(checked.findings));
    records.push(checked);
  });
  let content: Content | undefined;
  const assemble = () => (content ??= lazyContent({ root, files }, values));
  const tree = treeKeys(root, entries, hashes, files.map((f) => f.place));
  if (!memoHolds(cache.memo, tree.parts, options.now)) rules ??= await loadRules();
  const sources = () => files.map((file, i) => fileSource(entries[i]!.path, matches[i]!.same, file, values[i]!));
  const whole = wholeProblems(assemble, sources, options.now, tree, cache.memo, cache.verdictsOf, () => assemble().movement?.data.default_locale, rules);
  // A fresh file's value was read where the cached facts hold nothing: their masks no longer say what is read.
  if (JSON.stringify(masks) !== JSON.stringify(cache.masks)) throw new ProjectionMiss('a field first read in a changed file');
  if (whole.ran > 0) dirty = true;
  if (dirty) {
    const fresh = records.map((r, i): CachedFile => ('hash' in r ? r : freshRecord(entries[i]!, statOf(stats[i]), hashes[i]!, r, perFile[i]!, cache.masks, startedAt)));
    // Records that are not the base's own (changed in this run or in an earlier delta), and the base's files now gone.
    const changed = fresh.filter((r) => cache.baseFiles.get(r.relative) !== r);
    const present = new Set(entries.map((e) => e.path));
    const removed = [...cache.baseFiles.keys()].filter((relative) => !present.has(relative));
    if (cache.base && changed.length + removed.length <= DELTA_MAX) {
      // A changed file's record carries its facts; a base file only seen anew keeps them in the base's facts file.
      writeDelta(root, cache.base, changed, removed, whole.memo, options.cacheDir);
    } else {
      writeCache(root, { nowKey: cache.nowKey, masks: cache.masks, files: fresh.map((r) => (r.own ? r : { ...r, own: { facts: cache.factsOf(r), body: cache.bodyOf(r) } })), memo: whole.memo }, options.cacheDir);
    }
  }
  return { files, problems: [...perFile.flat(), ...whole.problems].sort(byPlace), defaultLocale: whole.memo.defaultLocale as Locale | undefined, cache: 'warm', parsed, familiesRun: whole.ran };
}

function groupByPart(sources: FileSource[]): Map<string, FileSource[]> {
  const byPart = new Map<string, FileSource[]>();
  for (const source of sources) {
    const files = byPart.get(source.part);
    if (files) files.push(source);
    else byPart.set(source.part, [source]);
  }
  return byPart;
}

function fileSource(relative: string, unchanged: boolean, file: SourceFile, data: () => unknown): FileSource {
  const kind = file.place?.kind;
  return { relative, unchanged, file, data, part: kind ? PART_OF[kind] : '' };
}

/**
 * The content with each part assembled (its files' facts decoded) when first read: the families
 * that run after an edit seldom read every part, and the rosters alone are a third of the facts.
 */
function lazyContent(tree: ContentTree, values: (() => unknown)[]): Content {
  const content = emptyContent(tree);
  const filesOf = new Map<string, number[]>();
  tree.files.forEach((file, i) => {
    const kind = file.place?.kind;
    if (!kind) return;
    const part = filesOf.get(PART_OF[kind]);
    if (part) part.push(i);
    else filesOf.set(PART_OF[kind], [i]);
  });
  for (const part of PARTS) {
    let value: { of: unknown } | undefined;
    const build = () => assembleContent(tree, (filesOf.get(part) ?? []).map((i) => ({ file: tree.files[i]!, parsed: values[i]!() })))[part as keyof Content];
    // A part without files stays as `emptyContent` made it (no `movement` key at all, as in a full run).
    if (filesOf.has(part)) Object.defineProperty(content, part, { get: () => (value ??= { of: build() }).of, enumerable: true, configurable: true });
  }
  return content;
}

/** A cached problem located in `file` again, its fields in the order `locateEach` gives them (JSON output is compared byte for byte). */
function withFile({ severity, rule, line, column, params }: CachedProblem, file: string): LocatedProblem {
  return { severity, rule, file, line, column, params };
}

function withoutFile({ file: _, ...rest }: LocatedProblem): CachedProblem {
  return rest;
}

/** Reads an entry and checks it (schema and per-file families): read as bytes, hashed as bytes (hashing the decoded text would encode it again). */
export function readAndCheck(root: string, entry: ContentEntry, check: Check, now: Date): { checked: ParsedFile; hash: string } {
  const bytes = entry.type === 'file' ? readFileSync(`${root}/${entry.path}`) : undefined;
  return { checked: check(readSourceFile(root, entry.path, bytes?.toString('utf8'), entry.type), { now }), hash: hashBytes(bytes) };
}

/** A file's cache record as a run that parsed it writes it: located per-file problems, facts by its kind's mask. */
export function freshRecord(entry: ContentEntry, stat: ReturnType<typeof statOf>, hash: string, checked: ParsedFile, located: LocatedProblem[], masks: Record<string, ReadMask>, seen: number): CachedFile {
  return {
    relative: entry.path,
    type: entry.type,
    ...stat,
    hash,
    problems: located.map(withoutFile),
    valid: checked.parsed !== undefined,
    // A file in no known place (or refused) has no kind: it never parses, so it has no facts to mask.
    ...storedFacts(checked.parsed, checked.file.body, checked.file.place && masks[checked.file.place.kind]),
    seen,
  };
}

/** A parsed value's facts as the cache keeps them: encoded by the mask when they fit it, else as projected. */
function storedFacts(parsed: unknown, body: SourceFile['body'], mask: ReadMask | undefined): Pick<CachedFile, 'own' | 'encoded'> {
  if (parsed === undefined) return { own: { facts: undefined, body }, encoded: false };
  if (!mask) return { own: { facts: project(parsed, mask), body }, encoded: false };
  try {
    return { own: { facts: encodeFacts(parsed, mask), body }, encoded: true };
  } catch (error) {
    if (error instanceof Unshaped) return { own: { facts: project(parsed, mask), body }, encoded: false };
    throw error;
  }
}

/** A cached file's facts, guarded against reads outside its kind's mask (a base record's tuple: field by field, as read). */
function readFacts(record: CachedFile, cache: LoadedCache, mask: ReadMask | undefined): unknown {
  const fields = mask && cache.fieldsOf(record);
  if (fields) return decodeLazy(fields, mask);
  const facts = cache.factsOf(record);
  if (!mask) return guard(facts);
  return record.encoded ? decodeFacts(facts, mask) : guard(facts, mask);
}
