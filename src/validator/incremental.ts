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
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { displayPath, listContent, readSourceFile, type ContentEntry, type SourceFile } from '../content/load.ts';
import { classify } from '../content/layout.ts';
import type { Locale } from '../content/schema.ts';
import { assembleContent } from '../rules/assemble.ts';
import type { ParsedFile } from '../rules/schema.ts';
import type { LocatedProblem } from '../rules/types.ts';
import { hashBytes, nowKey, readCache, writeCache, writeDelta, type CachedFile, type CachedProblem, type LoadedCache } from './cache.ts';
import type { checkSourceFile } from './check-files.ts';
import { byPlace, locateEach, wholeContentFindings } from './locate.ts';
import { decodeFacts, encodeFacts, guard, project, ProjectionMiss, recording, Unshaped, type ReadMask } from './projection.ts';

export interface IncrementalOptions {
  now: Date;
  /** Where the cache lives; default `.cache/validate` in the working directory. */
  cacheDir?: string;
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
  /** An event's body as its record keeps it: the hidden-name check reads every event's body, and need not read the file. */
  readonly body: SourceFile['body'];
  #root: string;
  #text: string | undefined;
  #loaded: SourceFile | undefined;

  constructor(root: string, entry: ContentEntry, text: string | undefined, body: SourceFile['body']) {
    this.#root = root;
    this.#text = text;
    this.body = body;
    this.path = displayPath(root, entry.path);
    this.relative = entry.path;
    this.place = classify(entry.path);
    this.refused = entry.type === 'file' ? undefined : entry.type;
  }

  #load(): SourceFile {
    return (this.#loaded ??= readSourceFile(this.#root, this.relative, this.#text, this.refused ?? 'file'));
  }
  get text() {
    return this.#load().text;
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

function cachedSourceFile(root: string, entry: ContentEntry, text: string | undefined, body: SourceFile['body']): SourceFile {
  // The optional fields are getters that may answer undefined, which `exactOptionalPropertyTypes` cannot express.
  return new CachedSourceFile(root, entry, text, body) as unknown as SourceFile;
}

/** A mtime this close to the run that recorded it may hide a later edit of the same size: hash such files. */
const RACY_MS = 2000;
/** No findings, no problems: shared by every clean cached file (never written to). */
const NONE = Object.freeze([]) as never[];
/** Up to this many records changed since the base, a re-run writes a delta rather than a new base. */
const DELTA_MAX = 200;

/** The per-file checks (schema and `checkFile` families): they load zod and the schemas, so only when a file must be parsed. */
type Check = typeof checkSourceFile;
const loadCheck = async (): Promise<Check> => (await import('./check-files.ts')).checkSourceFile;

export async function validateIncremental(root: string, options: IncrementalOptions): Promise<IncrementalResult> {
  const startedAt = Date.now();
  const entries = listContent(root);
  const stats = entries.map((entry) => (entry.type === 'file' ? statSync(`${root}/${entry.path}`) : undefined));
  const cache = readCache(root, options.cacheDir);
  if (cache && cache.nowKey === nowKey(options.now)) {
    const matches = matchRecords(root, entries, stats, cache);
    const check = matches.some((m) => !m.same) ? await loadCheck() : undefined;
    try {
      return warmRun(root, entries, stats, cache, matches, check, options, startedAt);
    } catch (error) {
      if (!(error instanceof ProjectionMiss)) throw error;
      return { ...fullRun(root, entries, stats, check ?? (await loadCheck()), options, startedAt, cache.masks), cache: 'miss' };
    }
  }
  return fullRun(root, entries, stats, await loadCheck(), options, startedAt, cache?.masks ?? {});
}

/** What the cache knows of one entry: its record, and whether the file is the one recorded (read and hashed if it had to be). */
interface Match {
  record: CachedFile | undefined;
  same: boolean;
  /** The file's text, when it was read to be hashed. */
  text: string | undefined;
  hash: string | undefined;
}

/** Matches every entry to its record: size and mtime when they can be trusted, else the hash of the bytes. */
function matchRecords(root: string, entries: ContentEntry[], stats: (Stats | undefined)[], cache: LoadedCache): Match[] {
  const known = new Map(cache.files.map((f) => [f.relative, f]));
  return entries.map((entry, i) => {
    const stat = stats[i];
    const record = known.get(entry.path);
    if (!record || record.type !== entry.type) return { record: undefined, same: false, text: undefined, hash: undefined };
    if (!stat || (stat.size === record.size && stat.mtimeMs === record.mtimeMs && record.mtimeMs < record.seen - RACY_MS)) return { record, same: true, text: undefined, hash: undefined };
    const bytes = readFileSync(`${root}/${entry.path}`);
    const hash = hashBytes(bytes);
    return { record, same: hash === record.hash, text: bytes.toString('utf8'), hash };
  });
}

/** Parses every file, learns what the whole-content families read, and writes the cache. */
function fullRun(
  root: string,
  entries: ContentEntry[],
  stats: (Stats | undefined)[],
  check: Check,
  options: IncrementalOptions,
  startedAt: number,
  knownMasks: Record<string, ReadMask>,
): IncrementalResult {
  const masks = structuredClone(knownMasks);
  const hashes: string[] = [];
  const checked = entries.map((entry) => {
    // Read as bytes, hashed as bytes (hashing the decoded text would encode it again).
    const bytes = entry.type === 'file' ? readFileSync(`${root}/${entry.path}`) : undefined;
    hashes.push(hashBytes(bytes));
    return check(readSourceFile(root, entry.path, bytes?.toString('utf8'), entry.type), options);
  });
  const watched: ParsedFile[] = checked.map((c) => (c.parsed === undefined ? c : { ...c, parsed: recording(c.parsed, (masks[c.file.place!.kind] ??= {})) }));
  const content = assembleContent({ root, files: checked.map((c) => c.file) }, watched);
  const whole = locateEach(wholeContentFindings(content, options.now));
  const defaultLocale = content.movement?.data.default_locale;
  const perFile = checked.map((c) => locateEach(c.findings));
  const records = checked.map((c, i): CachedFile => {
    const stat = stats[i];
    return {
      relative: entries[i]!.path,
      type: entries[i]!.type,
      size: stat?.size ?? 0,
      mtimeMs: stat?.mtimeMs ?? 0,
      hash: hashes[i]!,
      problems: perFile[i]!.map(withoutFile),
      valid: c.parsed !== undefined,
      body: c.file.body,
      ...storedFacts(c.parsed, masks[c.file.place!.kind]),
      seen: startedAt,
    };
  });
  writeCache(root, { nowKey: nowKey(options.now), masks, files: records }, options.cacheDir);
  return { files: checked.map((c) => c.file), problems: [...perFile.flat(), ...whole].sort(byPlace), defaultLocale, cache: 'cold', parsed: checked.length };
}

/** Re-parses the changed files, takes the rest from the cache, and runs the whole-content families on facts. */
function warmRun(
  root: string,
  entries: ContentEntry[],
  stats: (Stats | undefined)[],
  cache: LoadedCache,
  matches: Match[],
  check: Check | undefined,
  options: IncrementalOptions,
  startedAt: number,
): IncrementalResult {
  // Fresh files are watched with a copy of the masks: if they read something the cached facts lack, the run is redone.
  const masks = structuredClone(cache.masks);
  const files: SourceFile[] = [];
  const watched: ParsedFile[] = [];
  const perFile: LocatedProblem[][] = [];
  const records: (CachedFile | ParsedFile)[] = [];
  const hashes: string[] = [];
  let parsed = 0;
  // Anything the next run should not have to redo: a parsed file, a new mtime, a racy file hashed, a deleted file.
  let dirty = cache.files.length !== entries.length;
  entries.forEach((entry, i) => {
    const stat = stats[i];
    const { record, same, hash } = matches[i]!;
    let { text } = matches[i]!;
    if (text !== undefined) dirty = true;
    if (same) {
      const file = cachedSourceFile(root, entry, text, record!.body);
      files.push(file);
      const kind = file.place?.kind;
      watched.push({ file, parsed: record!.valid && kind ? readFacts(record!, cache.masks[kind]) : undefined, findings: NONE });
      perFile.push(record!.problems.length === 0 ? NONE : record!.problems.map((p) => withFile(p, file.path)));
      // The same record unless its size or mtime changed or it was hashed now: then it was seen in this run.
      records.push(text === undefined ? record! : { ...record!, size: stat?.size ?? 0, mtimeMs: stat?.mtimeMs ?? 0, seen: startedAt });
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
    hashes[i] = fileHash ?? hashBytes(undefined);
    const checked = check!(readSourceFile(root, entry.path, text, entry.type), options);
    files.push(checked.file);
    watched.push(checked.parsed === undefined ? checked : { ...checked, parsed: recording(checked.parsed, (masks[checked.file.place!.kind] ??= {})) });
    perFile.push(locateEach(checked.findings));
    records.push(checked);
  });
  const content = assembleContent({ root, files }, watched);
  const wholeFindings = wholeContentFindings(content, options.now);
  const defaultLocale = content.movement?.data.default_locale;
  // A fresh file's value was read where the cached facts hold nothing: their masks no longer say what is read.
  if (JSON.stringify(masks) !== JSON.stringify(cache.masks)) throw new ProjectionMiss('a field first read in a changed file');
  const whole = locateEach(wholeFindings);
  if (dirty) {
    const fresh = records.map((r, i): CachedFile => {
      if ('hash' in r) return r;
      return {
        relative: entries[i]!.path,
        type: entries[i]!.type,
        size: stats[i]?.size ?? 0,
        mtimeMs: stats[i]?.mtimeMs ?? 0,
        hash: hashes[i]!,
        problems: perFile[i]!.map(withoutFile),
        valid: r.parsed !== undefined,
        body: r.file.body,
        ...storedFacts(r.parsed, cache.masks[r.file.place!.kind]),
        seen: startedAt,
      };
    });
    // Records that are not the base's own (changed in this run or in an earlier delta), and the base's files now gone.
    const changed = fresh.filter((r) => cache.baseFiles.get(r.relative) !== r);
    const present = new Set(entries.map((e) => e.path));
    const removed = [...cache.baseFiles.keys()].filter((relative) => !present.has(relative));
    if (changed.length + removed.length <= DELTA_MAX) writeDelta(root, cache.base, changed, removed, options.cacheDir);
    else writeCache(root, { nowKey: cache.nowKey, masks: cache.masks, files: fresh }, options.cacheDir);
  }
  return { files, problems: [...perFile.flat(), ...whole].sort(byPlace), defaultLocale, cache: 'warm', parsed };
}

/** A cached problem located in `file` again, its fields in the order `locateEach` gives them (JSON output is compared byte for byte). */
function withFile({ severity, rule, line, column, params }: CachedProblem, file: string): LocatedProblem {
  return { severity, rule, file, line, column, params };
}

function withoutFile({ file: _, ...rest }: LocatedProblem): CachedProblem {
  return rest;
}

/** A parsed value's facts as the cache keeps them: encoded by the mask when they fit it, else as projected. */
function storedFacts(parsed: unknown, mask: ReadMask | undefined): Pick<CachedFile, 'facts' | 'encoded'> {
  if (parsed === undefined) return { facts: undefined, encoded: false };
  if (!mask) return { facts: project(parsed, mask), encoded: false };
  try {
    return { facts: encodeFacts(parsed, mask), encoded: true };
  } catch (error) {
    if (error instanceof Unshaped) return { facts: project(parsed, mask), encoded: false };
    throw error;
  }
}

/** A cached file's facts, guarded against reads outside its kind's mask. */
function readFacts(record: CachedFile, mask: ReadMask | undefined): unknown {
  if (!mask) return guard(record.facts);
  return record.encoded ? decodeFacts(record.facts, mask) : guard(record.facts, mask);
}
