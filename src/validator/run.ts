/** The validator as a library: load a content root, validate it, render in one language. */
import { existsSync, statSync } from 'node:fs';
import type { Locale } from '../content/schema.ts';
import type { Problem } from '../rules/types.ts';
import { messageLocale, renderProblem, validateDirectory, type ValidationResult } from './validate.ts';

export interface RunOptions {
  contentDir: string;
  now: Date;
  /** Message language; default: movement.yaml's `default_locale`, else kk. */
  locale?: Locale;
}

export interface RunResult extends ValidationResult {
  locale: Locale;
  rendered: Problem[];
  sources: Map<string, string>;
  filesChecked: number;
}

export class CannotRunError extends Error {}

/** Throws `CannotRunError` unless `contentDir` is a folder. */
export function requireContentDir(contentDir: string): void {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new CannotRunError(`content folder not found: ${contentDir}`);
}

export async function runValidation(options: RunOptions): Promise<RunResult> {
  requireContentDir(options.contentDir);
  const result = await validateDirectory(options.contentDir, { now: options.now });
  const { tree } = result;
  const locale = messageLocale(result.content, options.locale);
  const withProblems = new Set(result.problems.map((p) => p.file));
  const sources = new Map(tree.files.filter((f) => withProblems.has(f.path)).map((f) => [f.path, f.text]));
  return { ...result, locale, rendered: result.problems.map((p) => renderProblem(p, locale)), sources, filesChecked: tree.files.length };
}
