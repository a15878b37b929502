/** The validator as a library: load a content root, validate it, render in one language. */
import { existsSync, statSync } from 'node:fs';
import { BilingualError, contentFolderMissing } from '../cli/bilingual.ts';
import type { SourceFile } from '../content/load.ts';
import type { Locale } from '../content/schema.ts';
import type { LocatedProblem, Problem } from '../rules/types.ts';
import { checksOf, validateIncremental, type IncrementalResult } from './incremental.ts';
import { localeOf } from './order.ts';

export interface RunOptions {
  contentDir: string;
  now: Date;
  /** Message language; default: movement.yaml's `default_locale`, else kk. */
  locale?: Locale;
  /** Use and update `.cache/validate/` (default); false: parse everything, touch no cache. */
  cache?: boolean;
  /** Where the cache lives; default `.cache/validate` in the working directory. */
  cacheDir?: string;
  /** A cold run on two threads: default by the tree's size (`IncrementalOptions.parallel`). */
  parallel?: boolean;
}

export interface RunResult {
  problems: LocatedProblem[];
  locale: Locale;
  rendered: Problem[];
  /** The texts of the files with problems, by shown path, each read when first asked (only the text format shows source lines). */
  sources: Pick<ReadonlyMap<string, string>, 'get'>;
  filesChecked: number;
  /** How the cache served this run; `off` with `cache: false`. */
  cache: IncrementalResult['cache'] | 'off';
  /** Files parsed in this run, and whole-content families run (the others answered by the cache). */
  parsed: number;
  familiesRun: number;
}

/** The command could not run (no content folder, no base branch); the message is in kk and ru. */
export class CannotRunError extends BilingualError {}

/** Throws `CannotRunError` unless `contentDir` is a folder. */
export function requireContentDir(contentDir: string): void {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new CannotRunError(contentFolderMissing(contentDir).text);
}

export async function runValidation(options: RunOptions): Promise<RunResult> {
  requireContentDir(options.contentDir);
  const { files, problems, defaultLocale, cache, parsed, familiesRun } = await validate(options);
  const locale = localeOf(defaultLocale, options.locale);
  // The rule registry (every family's module) loads only to render a problem: a clean run answered from the cache never loads it.
  const renderProblem = problems.length > 0 ? (await import('./locate.ts')).renderProblem : undefined;
  const withProblems = new Set(problems.map((p) => p.file));
  // Only the files with something to show, and only when a format shows their lines (a cached file's text is read on demand).
  const withText = new Map(files.filter((f) => withProblems.has(f.path)).map((f) => [f.path, f]));
  const sources = { get: (path: string) => withText.get(path)?.text };
  return { problems, locale, rendered: problems.map((p) => renderProblem!(p, locale)), sources, filesChecked: files.length, cache, parsed, familiesRun };
}

async function validate(options: RunOptions): Promise<Pick<IncrementalResult, 'problems' | 'defaultLocale' | 'parsed' | 'familiesRun'> & { files: SourceFile[]; cache: RunResult['cache'] }> {
  if (options.cache !== false) return validateIncremental(options.contentDir, { now: options.now, ...(options.cacheDir && { cacheDir: options.cacheDir }), ...(options.parallel !== undefined && { parallel: options.parallel }) });
  // Imported here: the schemas (zod) load only when files are parsed, never for a run answered from the cache.
  const [{ validateDirectory }, { FAMILIES }] = await Promise.all([import('./validate.ts'), import('../rules/index.ts')]);
  const { tree, content, problems } = await validateDirectory(options.contentDir, { now: options.now });
  return { files: tree.files, problems, defaultLocale: content.movement?.data.default_locale, cache: 'off', parsed: tree.files.length, familiesRun: FAMILIES.flatMap(checksOf).length };
}
